// Word 2007+ documents: word/document.xml read in order — paragraphs,
// tables, content controls — into lines for the text stage.
#include "readers.h"
#include "xml.h"
#include "zip_reader.h"

namespace vanban::ingest {
namespace {

const std::string kDocument = "word/document.xml";

class Writer {
 public:
  std::string out;

  void paragraph(const xmlNode* p) {
    std::string text, boxes;
    runs(p, text, boxes);
    line(text);
    out += boxes;
  }

  void table(const xmlNode* tbl) {
    for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
      if (!is(tr, "tr")) continue;
      for (const xmlNode* tc = tr->children; tc; tc = tc->next)
        if (is(tc, "tc")) block(tc);
    }
  }

  // Body-level content: paragraphs and tables, through content controls.
  void block(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (is(c, "p")) paragraph(c);
      else if (is(c, "tbl")) table(c);
      else if (is(c, "sdt")) block(child(c, "sdtContent"));
      else if (is(c, "customXml") || is(c, "sdtContent")) block(c);
    }
  }

 private:
  void line(const std::string& text) {
    out += text;
    out += '\n';
  }

  // Inline content of a paragraph; text boxes' paragraphs go to `boxes`.
  void runs(const xmlNode* n, std::string& text, std::string& boxes) {
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is(c, "t")) {
        for (const xmlNode* t = c->children; t; t = t->next)
          if (t->type == XML_TEXT_NODE && t->content) text += reinterpret_cast<const char*>(t->content);
      } else if (is(c, "tab")) {
        text += '\t';
      } else if (is(c, "br") || is(c, "cr")) {
        if (attr(c, "type") != "page" && attr(c, "type") != "column") text += '\n';
      } else if (is(c, "noBreakHyphen")) {
        text += '-';
      } else if (is(c, "txbxContent")) {
        Writer w;
        w.block(c);
        boxes += w.out;
      } else if (is(c, "del") || is(c, "moveFrom") || is(c, "instrText") || is(c, "delText") ||
                 is(c, "Fallback") || is(c, "pPr") || is(c, "rPr")) {
        // deleted text, field instructions, the duplicate of an mc:Choice
      } else {
        runs(c, text, boxes);  // r, hyperlink, ins, smartTag, sdt, fldSimple, drawing, mc:Choice …
      }
    }
  }
};

}  // namespace

[[noreturn]] void refuse_zip(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  ZipReader zip(bytes, file, limits);  // throws for a damaged archive
  throw InputError(file, 0, "docx.no-document",
                   file + ": ZIP archive without " + kDocument + ", not a Word document");
}

Extracted read_docx(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  ZipReader zip(bytes, file, limits);
  std::optional<std::string> xml = zip.read(kDocument);
  if (!xml) throw InputError(file, 0, "docx.no-document", file + ": ZIP archive without " + kDocument + ", not a Word document");
  XmlDoc doc = parse_xml_part(*xml, file, kDocument);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  Writer w;
  w.block(child(root, "body"));
  Extracted e;
  e.text = std::move(w.out);
  return e;
}

}  // namespace vanban::ingest
