// libFuzzer target for the render engine: arbitrary bytes as XSL-FO →
// read + validate → layout → PDF.
//
// The contract: FO outside the subset (or not XML at all) is refused with
// FoError; everything else renders. Any other exception, a sanitizer
// report, or a result that is not a PDF is a finding.
//
// Linked into fuzz_fo_replay (replay_main.cpp) too, which ctest runs over
// fuzz/seeds-fo/ in every build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "vanban/render.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view fo(reinterpret_cast<const char*>(data), size);
  vanban::render::RenderResult r;
  try {
    r = vanban::render::render_fo(fo, "fuzz.fo");
  } catch (const vanban::render::FoError&) {
    return 0;  // refused with a position and a code: the documented outcome
  }
  if (r.pdf.compare(0, 5, "%PDF-") != 0 || r.pdf.find("%%EOF", r.pdf.size() > 32 ? r.pdf.size() - 32 : 0) == std::string::npos ||
      r.pages < 1) {
    std::fprintf(stderr, "fuzz_fo: output is not a PDF (%zu bytes, %d pages)\n", r.pdf.size(), r.pages);
    std::abort();
  }
  return 0;
}
