#ifndef CHRONICLE_CGRAPHVIZ_SHIM_H
#define CHRONICLE_CGRAPHVIZ_SHIM_H

#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The one place that calls gvRenderData: its length parameter is `unsigned int *`
/// up to Graphviz 12 and `size_t *` from Graphviz 13.
static inline int chronicle_gv_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                           char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}

/// Routes every Graphviz warning and error to `handler` instead of stderr.
static inline void chronicle_gv_capture_errors(agusererrf handler) {
    agseterr(AGWARN);
    agseterrf(handler);
}

#endif
