// Format detection from the bytes: signatures first, then a look at the
// start of the content for HTML. The file name's extension is never used —
// people save a .doc as .docx and a web page as .txt.
#include <algorithm>
#include <cctype>

#include "vanban/ingest.h"
#include "zip_reader.h"

namespace vanban {
namespace {

bool starts(std::string_view b, std::string_view sig) { return b.substr(0, sig.size()) == sig; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A web page: the first markup (after a BOM, blank space and comments) opens
// an HTML document. Text files may hold a stray tag ("<jsontable>" in pages
// copied as text), so a tag somewhere is not enough.
bool looks_html(std::string_view b) {
  if (starts(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
  std::string head = lower_ascii(b.substr(0, 4096));
  std::size_t i = 0;
  for (;;) {
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (head.compare(i, 4, "<!--") == 0) {
      std::size_t e = head.find("-->", i + 4);
      if (e == std::string::npos) return false;
      i = e + 3;
      continue;
    }
    if (head.compare(i, 5, "<?xml") == 0) {
      std::size_t e = head.find("?>", i);
      if (e == std::string::npos) return false;
      i = e + 2;
      continue;
    }
    break;
  }
  auto at = [&](std::string_view tag) {
    return head.compare(i, tag.size(), tag) == 0 && i + tag.size() < head.size() &&
           (std::isspace(static_cast<unsigned char>(head[i + tag.size()])) || head[i + tag.size()] == '>');
  };
  return at("<!doctype html") || at("<html") || at("<head") || at("<body");
}

}  // namespace

const char* format_name(Format f) {
  switch (f) {
    case Format::text: return "text";
    case Format::pdf: return "PDF";
    case Format::docx: return "DOCX";
    case Format::zip: return "ZIP";
    case Format::doc: return "DOC";
    case Format::rtf: return "RTF";
    case Format::html: return "HTML";
    case Format::png: return "PNG";
    case Format::jpeg: return "JPEG";
    case Format::tiff: return "TIFF";
  }
  return "unknown";
}

Format detect_format(std::string_view b) {
  // %PDF- may follow some junk (the spec allows it in the first 1024 bytes)
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::pdf;
  if (starts(b, "PK\x03\x04") || starts(b, "PK\x05\x06"))
    return ingest::zip_has_entry(b, "word/document.xml") ? Format::docx : Format::zip;
  if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Format::doc;
  if (starts(b, "{\\rtf")) return Format::rtf;
  if (starts(b, "\x89PNG\r\n\x1A\n")) return Format::png;
  if (starts(b, "\xFF\xD8\xFF")) return Format::jpeg;
  if (starts(b, std::string_view("II*\0", 4)) || starts(b, std::string_view("MM\0*", 4))) return Format::tiff;
  if (looks_html(b)) return Format::html;
  return Format::text;
}

}  // namespace vanban
