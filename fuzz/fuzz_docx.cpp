// libFuzzer target for the archive and markup readers of pipeline/ingest:
// arbitrary bytes → format detection → the DOCX reader (libzip + libxml2,
// numbering, tables) or the HTML reader → the text stage.
//
// The contract: damaged, hostile or foreign input ends in InputError with a
// message, nothing else. Inputs that would start an extractor program
// (.doc, .rtf) or the PDF/OCR readers are left to their own targets.
//
// Linked into fuzz_docx_replay (replay_main.cpp) too, which ordinary test
// runs use to replay fuzz/seeds-docx/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vanban/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const vanban::Format f = vanban::detect_format(bytes);
  if (f != vanban::Format::docx && f != vanban::Format::zip && f != vanban::Format::html) return 0;
  vanban::IngestLimits limits;
  limits.max_decompressed_bytes = 16u << 20;  // keeps each run short; the checks are the same
  try {
    vanban::ingest_bytes(bytes, "fuzz.docx", limits);
  } catch (const vanban::InputError&) {
    // refused with a message: the documented outcome
  }
  return 0;
}
