// The PDF and image readers linked into an executable instead of loaded
// (tests, benchmarks, fuzzers: they link vanban_media_builtin). Installed
// before main, so media::readers() never looks for vanban-media.so.
#include "media.h"

namespace {

[[maybe_unused]] const bool installed = [] {
  vanban::ingest::media::install(&vanban::ingest::media::implementation());
  return true;
}();

}  // namespace
