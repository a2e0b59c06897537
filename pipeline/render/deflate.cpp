// The compression level of the PDF's Flate streams. PoDoFo 0.9.8 compresses
// every stream (content, ToUnicode, the font subsets) with
// deflateInit(Z_DEFAULT_COMPRESSION), i.e. level 6, and has no setting for
// it; deflate was ~30 % of a plan's CPU. This definition of zlib's
// deflateInit_ takes precedence over libz's for the whole executable (the
// dynamic linker looks in the executable first) and changes only the level,
// and only while a DeflateLevel is alive on the calling thread: every other
// zlib user, and PoDoFo outside write_pdf, keep zlib's own behaviour. The
// output stays deterministic (same zlib, same level, same bytes).
#include "deflate.h"

#include <zlib.h>

namespace vanban::render {

static thread_local int t_level = Z_DEFAULT_COMPRESSION;

DeflateLevel::DeflateLevel(int level) : old_(t_level) { t_level = level; }
DeflateLevel::~DeflateLevel() { t_level = old_; }

}  // namespace vanban::render

extern "C" int deflateInit_(z_streamp strm, int level, const char* version, int stream_size) {
  if (level == Z_DEFAULT_COMPRESSION) level = vanban::render::t_level;
  // zlib's own deflateInit_ with the same window (15) and memLevel (8)
  return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
