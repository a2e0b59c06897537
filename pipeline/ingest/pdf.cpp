// PDF reading is not built yet: the facade's call lands here and says so.
#include "pdf.h"

namespace vanban::ingest {

Extracted read_pdf(std::string_view, const std::string& file, const IngestLimits&) {
  throw InputError(file, 0, "input.unsupported-format",
                   file + ": PDF documents cannot be read yet, give the text (e.g. pdftotext -layout)");
}

}  // namespace vanban::ingest
