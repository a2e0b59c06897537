// PDF reader (pipeline/ingest): the text layer of a PDF in reading order,
// pages without one through OCR (ocr.h). Called by the facade for
// Format::pdf.
//
// The text comes back as lines the header and closing readers expect:
// pages in order; the two-column header (issuer | Quốc hiệu, number | place
// and date) and the closing (Nơi nhận | signer) column by column; page
// numbers and running headers dropped; a digital-signature stamp ("Ký bởi",
// "Người ký", "Thời gian ký", "Signature Not Verified") taken out of the text
// and reported as a note (pdf.signature-stamp) with its signer and time.
// Words in TCVN3/VNI fonts are decoded here, where the font is known; other
// legacy text is left to the text stage's detection.
#pragma once

#include <string>
#include <string_view>

#include "vanban/ingest.h"

namespace vanban::ingest {

// Throws InputError for a PDF that cannot be read (damaged, truncated,
// encrypted) or exceeds `limits` (pages, file size, time, rendered size).
Extracted read_pdf(std::string_view bytes, const std::string& file, const IngestLimits& limits);

}  // namespace vanban::ingest
