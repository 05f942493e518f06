#ifndef CHRONICLE_CZLIB_SHIM_H
#define CHRONICLE_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro: this starts a raw-deflate (no zlib header) stream, as in ZIP.
static inline int chronicle_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
#endif
