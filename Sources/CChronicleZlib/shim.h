#ifndef CHRONICLE_CZLIB_SHIM_H
#define CHRONICLE_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro: this starts a raw-deflate (no zlib header) stream, as in ZIP.
static inline int chronicle_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
/// deflateInit2 is a macro too: a raw-deflate stream for writing ZIP entries.
static inline int chronicle_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
