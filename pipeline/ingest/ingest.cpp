// The ingest facade: detect the format, run its reader, hand the text to the
// text stage.
#include "vanban/ingest.h"

#include "ocr.h"
#include "pdf.h"
#include "readers.h"

namespace vanban {

Extracted extract(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  if (bytes.size() > limits.max_file_bytes)
    throw InputError(file, 0, "io.too-big",
                     file + ": file is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                         std::to_string(limits.max_file_bytes));
  const Format f = detect_format(bytes);
  Extracted e;
  switch (f) {
    case Format::text: e.text = std::string(bytes); break;
    case Format::pdf: e = ingest::read_pdf(bytes, file, limits); break;
    case Format::png:
    case Format::jpeg:
    case Format::tiff: e = ingest::read_image(bytes, file, f, limits); break;
    case Format::docx: e = ingest::read_docx(bytes, file, limits); break;
    case Format::zip: ingest::refuse_zip(bytes, file, limits);
    case Format::html: e = ingest::read_html(bytes, file, limits); break;
    case Format::doc: e = ingest::read_doc(bytes, file, limits); break;
    case Format::rtf: e = ingest::read_rtf(bytes, file, limits); break;
  }
  e.format = f;
  return e;
}

Text ingest_bytes(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  Extracted e = extract(bytes, file, limits);
  if (e.text.size() > limits.max_text_bytes)
    throw InputError(file, 0, "input.too-much-text",
                     file + ": the document's text is " + std::to_string(e.text.size()) +
                         " bytes, more than the limit of " + std::to_string(limits.max_text_bytes));
  if (e.format != Format::text && e.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    throw InputError(file, 0, "input.no-text",
                     file + ": no text found in the " + std::string(format_name(e.format)) + " document");
  Text t = load_text(e.text, file);
  // the reader's findings come before the text stage's, as they happened
  e.diagnostics.insert(e.diagnostics.end(), t.diagnostics.begin(), t.diagnostics.end());
  t.diagnostics = std::move(e.diagnostics);
  return t;
}

Text ingest_file(const std::string& path, const IngestLimits& limits) {
  return ingest_bytes(read_file(path, limits.max_file_bytes), path, limits);
}

}  // namespace vanban
