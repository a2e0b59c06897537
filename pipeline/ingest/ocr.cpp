// OCR is not built yet: the facade's call lands here and says so.
#include "ocr.h"

namespace vanban::ingest {

Extracted read_image(std::string_view, const std::string& file, Format format, const IngestLimits&) {
  throw InputError(file, 0, "input.unsupported-format",
                   file + ": " + format_name(format) + " images (scans) cannot be read yet, give the text");
}

}  // namespace vanban::ingest
