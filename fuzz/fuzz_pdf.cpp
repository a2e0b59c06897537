// libFuzzer target for the PDF reader: arbitrary bytes → poppler → word
// boxes → reading order → stamps and page furniture.
//
// The contract: a PDF that cannot be used is refused with InputError (file,
// stable code); everything else gives text. Any other exception or a
// sanitizer report is a finding. Scanned pages are refused here by a zero
// pixel limit, so the fuzzer explores the text layer and the scan test, not
// Tesseract (whose input is a rendered image, never the file's bytes).
//
// Linked into fuzz_pdf_replay (replay_main.cpp) too, which ctest runs over
// fuzz/seeds-pdf/ in every build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "pdf.h"
#include "vanban/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  vanban::IngestLimits limits;
  limits.max_pixels = 0;
  limits.max_pages = 50;
  limits.seconds_per_file = 20;
  try {
    vanban::Extracted e = vanban::ingest::read_pdf(bytes, "fuzz.pdf", limits);
    if (e.pages < 1) {
      std::fprintf(stderr, "fuzz_pdf: text from a PDF of %d pages\n", e.pages);
      std::abort();
    }
  } catch (const vanban::InputError& e) {
    if (e.code().rfind("pdf.", 0) != 0 && e.code() != "io.too-big") {
      std::fprintf(stderr, "fuzz_pdf: refused with an unexpected code %s\n", e.code().c_str());
      std::abort();
    }
  }
  return 0;
}
