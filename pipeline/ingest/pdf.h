// PDF reader (pipeline/ingest): the text layer of a PDF, pages without one
// through OCR (ocr.h). Called by the facade for Format::pdf.
#pragma once

#include <string>
#include <string_view>

#include "vanban/ingest.h"

namespace vanban::ingest {

// Throws InputError for a PDF that cannot be read or exceeds `limits`.
Extracted read_pdf(std::string_view bytes, const std::string& file, const IngestLimits& limits);

}  // namespace vanban::ingest
