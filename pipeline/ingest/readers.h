// The format readers of pipeline/ingest, one per format family; the facade
// (ingest.cpp) picks one by detect_format. PDF and scans: pdf.h, ocr.h.
#pragma once

#include <string>
#include <string_view>

#include "vanban/ingest.h"

namespace vanban::ingest {

// Word 2007+ (docx.cpp): paragraphs, numbering labels, tables.
Extracted read_docx(std::string_view bytes, const std::string& file, const IngestLimits& limits);
// A ZIP that is not a Word file: the reason, as an InputError.
[[noreturn]] void refuse_zip(std::string_view bytes, const std::string& file, const IngestLimits& limits);

// A web page (html.cpp): the document's body without the site around it.
Extracted read_html(std::string_view bytes, const std::string& file, const IngestLimits& limits);

// Word 97–2003 and RTF (legacy.cpp): antiword / catdoc / unrtf run as
// subprocesses with the time limit; their bytes go to the text stage as
// they are (often TCVN3 or VNI).
Extracted read_doc(std::string_view bytes, const std::string& file, const IngestLimits& limits);
Extracted read_rtf(std::string_view bytes, const std::string& file, const IngestLimits& limits);

// A limit in seconds as messages print it: "0.5", "60", "480".
std::string seconds_text(double s);

}  // namespace vanban::ingest
