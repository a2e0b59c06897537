// Ingest (pipeline/ingest): a document as it arrives — text, Word (.docx,
// .doc), RTF, HTML, PDF, scans — → the text stage's vanban::Text.
//
//   detect_format()  what the bytes are (signatures and content, never the
//                    file name's extension)
//   ingest_bytes()   bytes → Text through the reader of that format, then
//                    the text stage (load_text: legacy encodings, NFC, debris)
//   ingest_file()    read_file with the size limit + ingest_bytes
//
// Unusable input (corrupt archive, a limit exceeded, an unsupported format)
// throws vanban::InputError with the file, the offset when known and a
// stable code; the message says what went wrong and which limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"
#include "vanban/text.h"

namespace vanban {

enum class Format {
  text,   // plain text in any encoding pipeline/text knows
  pdf,    // %PDF-
  docx,   // ZIP with word/document.xml
  zip,    // another ZIP (no Word document inside)
  doc,    // OLE2 compound file (Word 97–2003)
  rtf,    // {\rtf
  html,   // <!DOCTYPE html>, <html …
  png,
  jpeg,
  tiff,
};

// "PDF", "DOCX", "HTML"… for messages.
const char* format_name(Format f);

// What the bytes are. A ZIP is told DOCX only when word/document.xml is in
// its central directory (a damaged directory reads as Format::zip).
Format detect_format(std::string_view bytes);

// Limits on one input file; every one exceeded is an InputError naming the
// file, the limit and the value found.
struct IngestLimits {
  std::size_t max_file_bytes = 64u << 20;          // the file itself
  int max_pages = 2000;                            // PDF pages, images in a TIFF
  std::size_t max_decompressed_bytes = 256u << 20; // all entries read from a ZIP together
  double max_ratio = 200;                          // one ZIP entry: uncompressed / compressed
  double seconds_per_file = 60;                    // wall time: subprocesses, OCR, PDF pages
  std::size_t max_text_bytes = 64u << 20;          // text an extractor may produce
  std::size_t max_pixels = 40'000'000;             // a page rendered for OCR at 300 dpi (A4 ≈ 8.7 M), an image
  int ocr_threads = 2;                             // scanned pages OCR'd at once (output order never depends on it)
  double ocr_seconds_per_page = 60;                // added to seconds_per_file for each page read by OCR (scanned PDF pages, images)
};

// The text a format reader extracted, before the text stage: bytes that
// load_text decodes (UTF-8 from most readers; legacy TCVN3/VNI bytes from
// .doc/.rtf text layers), plus what the reader noticed on the way.
struct Extracted {
  Format format = Format::text;
  std::string text;
  std::vector<Diagnostic> diagnostics;
  int pages = 0;  // pages read (PDF, scans); 0 when the format has none
};

// bytes → Text by the format the bytes show. `file` names the input in
// messages and diagnostics.
Text ingest_bytes(std::string_view bytes, const std::string& file, const IngestLimits& limits = {});

// The same from a file on disk, refused before reading when larger than
// limits.max_file_bytes.
Text ingest_file(const std::string& path, const IngestLimits& limits = {});

// The format reader alone, before load_text (for tests and benchmarks).
Extracted extract(std::string_view bytes, const std::string& file, const IngestLimits& limits = {});

}  // namespace vanban
