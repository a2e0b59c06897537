// OCR of scans (pipeline/ingest): PNG/JPEG/TIFF images, and the PDF pages
// that have no text layer, through Tesseract (`vie`, 300 dpi), then the
// repair of its usual slips where the document's own words make the fix
// certain (ocr_repair.cpp). Called by the facade for Format::png, jpeg and
// tiff.
#pragma once

#include <string>
#include <string_view>

#include "vanban/ingest.h"

namespace vanban::ingest {

// Throws InputError for an image that cannot be read or exceeds `limits`.
Extracted read_image(std::string_view bytes, const std::string& file, Format format, const IngestLimits& limits);

}  // namespace vanban::ingest
