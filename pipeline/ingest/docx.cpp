// Word 2007+ documents: word/document.xml read in order — paragraphs with
// their automatic numbering, tables, content controls, text boxes — into
// lines for the text stage.
//
// Tables come in two kinds. Layout tables (the two-column header: issuer |
// national motto, number | place and date; the closing: Nơi nhận | signature)
// are read cell by cell, each cell's paragraphs as lines, which is the order
// the header and closing readers expect. Data tables (three columns or more
// on at least two rows: task tables with lead / coordinate / deadline
// columns, figures) become pipe rows "| 1 | Nhiệm vụ | Sở … | … |", the shape
// of the tables pages copied as text carry, so the parser keeps them apart
// from provision text.
#include <algorithm>
#include <cstdlib>
#include <optional>

#include "numbering.h"
#include "readers.h"
#include "xml.h"
#include "zip_reader.h"

namespace vanban::ingest {
namespace {

const std::string kDocument = "word/document.xml";

using Cell = std::vector<std::string>;  // a cell's lines
using Row = std::vector<Cell>;

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Three columns or more with text, on two rows or more.
bool is_data_table(const std::vector<Row>& rows) {
  int wide = 0;
  for (const Row& r : rows) {
    int filled = 0;
    for (const Cell& c : r)
      filled += std::any_of(c.begin(), c.end(), [](const std::string& l) { return !trim(l).empty(); });
    wide += filled >= 3;
  }
  return wide >= 2;
}

class Writer {
 public:
  explicit Writer(Numbering& numbering) : numbering_(numbering) {}

  std::vector<std::string> lines;

  // Body-level content: paragraphs and tables, through content controls.
  void block(const xmlNode* n, int depth = 0) {
    if (depth > 32) return;  // nesting only a crafted file has
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
      if (is(c, "p")) paragraph(c);
      else if (is(c, "tbl")) table(c, depth);
      else if (is(c, "sdt")) block(child(c, "sdtContent"), depth + 1);
      else if (is(c, "customXml") || is(c, "sdtContent")) block(c, depth + 1);
    }
  }

 private:
  Numbering& numbering_;
  int box_depth_ = 0;

  void paragraph(const xmlNode* p) {
    std::string text;
    std::vector<std::string> boxes;
    runs(p, text, boxes, 0);
    std::string label = numbering_.label(p);
    // a tab after a typed label ("1.\tText") is the label's gap, not a column
    std::string body = trim(text);
    if (!label.empty() && !body.empty()) body = label + body;
    else if (!label.empty()) body = trim(label);
    fix_label_tab(body);
    // a line break inside a paragraph (w:br) is a line of its own
    std::size_t i = 0;
    do {
      std::size_t e = body.find('\n', i);
      lines.push_back(body.substr(i, e == std::string::npos ? std::string::npos : e - i));
      i = e == std::string::npos ? std::string::npos : e + 1;
    } while (i != std::string::npos);
    lines.insert(lines.end(), boxes.begin(), boxes.end());
  }

  static void fix_label_tab(std::string& s) {
    std::size_t t = s.find('\t');
    if (t == std::string::npos || t > 12) return;
    std::string head = s.substr(0, t);
    bool label = !head.empty() && (head == "-" || head == "+" || head.back() == '.' || head.back() == ')' ||
                                   head.back() == ':');
    if (label) s[t] = ' ';
  }

  void table(const xmlNode* tbl, int depth) {
    std::vector<Row> rows;
    // a vertically merged cell's continuations, by row and cell: in a layout
    // table they repeat nothing; in a data table each row repeats the merged
    // text (a lead body printed once for several tasks is every one's lead)
    std::vector<std::vector<std::optional<Cell>>> merged;
    std::vector<Cell> restart;  // the text of the merge open in each grid column
    for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
      if (!is(tr, "tr")) continue;
      Row row;
      std::vector<std::optional<Cell>> from;
      std::size_t grid = 0;
      for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
        if (is(tc, "sdt")) tc = child(child(tc, "sdtContent"), "tc");
        if (!is(tc, "tc")) continue;
        Writer w(numbering_);
        w.block(tc, depth + 1);
        const xmlNode* pr = child(tc, "tcPr");
        const xmlNode* vm = child(pr, "vMerge");
        if (grid < 64 && restart.size() <= grid) restart.resize(grid + 1);
        std::optional<Cell> same;
        if (vm && attr(vm, "val") != "restart") {
          w.lines.clear();
          if (grid < restart.size()) same = restart[grid];
        } else if (grid < restart.size()) {
          restart[grid] = vm ? w.lines : Cell{};
        }
        row.push_back(std::move(w.lines));
        from.push_back(std::move(same));
        const int span = std::atoi(attr(child(pr, "gridSpan"), "val").c_str());
        grid += span > 1 && span < 64 ? span : 1;
      }
      rows.push_back(std::move(row));
      merged.push_back(std::move(from));
    }
    if (is_data_table(rows))
      for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
          if (merged[r][c]) rows[r][c] = *merged[r][c];
    if (!is_data_table(rows)) {
      for (const Row& r : rows)
        for (const Cell& c : r)
          for (const std::string& l : c)
            if (!trim(l).empty()) lines.push_back(l);
      lines.push_back("");
      return;
    }
    lines.push_back("");
    bool first = true;
    for (const Row& r : rows) {
      std::string out = "|";
      bool any = false;
      for (const Cell& c : r) {
        std::string cell;
        for (const std::string& l : c) {
          std::string t = trim(l);
          if (t.empty()) continue;
          if (!cell.empty()) cell += ' ';
          cell += t;
        }
        for (char& ch : cell)
          if (ch == '|') ch = '/';  // a pipe inside a cell would split it
          else if (ch == '\t') ch = ' ';
        any = any || !cell.empty();
        out += " " + cell + " |";
      }
      if (!any) continue;
      lines.push_back(out);
      if (first) {
        std::string rule = "|";
        for (std::size_t k = 0; k < r.size(); ++k) rule += "---|";
        lines.push_back(rule);
        first = false;
      }
    }
    lines.push_back("");
  }

  // Inline content of a paragraph; text boxes' paragraphs go to `boxes`.
  void runs(const xmlNode* n, std::string& text, std::vector<std::string>& boxes, int depth) {
    if (depth > 32) return;
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is(c, "t")) {
        for (const xmlNode* t = c->children; t; t = t->next)
          if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
            text += reinterpret_cast<const char*>(t->content);
      } else if (is(c, "tab") || is(c, "ptab")) {
        text += '\t';
      } else if (is(c, "br") || is(c, "cr")) {
        if (attr(c, "type") != "page" && attr(c, "type") != "column") text += '\n';
      } else if (is(c, "noBreakHyphen")) {
        text += '-';
      } else if (is(c, "txbxContent")) {
        if (box_depth_ > 4) continue;
        ++box_depth_;
        Writer w(numbering_);
        w.box_depth_ = box_depth_;
        w.block(c, depth + 1);
        --box_depth_;
        for (auto& l : w.lines)
          if (!trim(l).empty()) boxes.push_back(std::move(l));
      } else if (is(c, "del") || is(c, "moveFrom") || is(c, "instrText") || is(c, "delText") ||
                 is(c, "Fallback") || is(c, "pPr") || is(c, "rPr") || is(c, "footnoteReference") ||
                 is(c, "endnoteReference") || is(c, "commentReference")) {
        // deleted text, field instructions, the duplicate of an mc:Choice, notes' marks
      } else {
        runs(c, text, boxes, depth + 1);  // r, hyperlink, ins, smartTag, sdt, fldSimple, drawing, mc:Choice …
      }
    }
  }
};

// A part that may be missing (numbering, styles); a damaged one is an error.
XmlDoc optional_part(ZipReader& zip, const std::string& file, const std::string& part) {
  std::optional<std::string> xml = zip.read(part);
  if (!xml) return nullptr;
  return parse_xml_part(*xml, file, part);
}

}  // namespace

[[noreturn]] void refuse_zip(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  ZipReader zip(bytes, file, limits);  // throws for a damaged archive
  throw InputError(file, 0, "docx.no-document", file + ": ZIP archive without " + kDocument + ", not a Word document");
}

Extracted read_docx(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  ZipReader zip(bytes, file, limits);
  std::optional<std::string> xml = zip.read(kDocument);
  if (!xml)
    throw InputError(file, 0, "docx.no-document", file + ": ZIP archive without " + kDocument + ", not a Word document");
  XmlDoc doc = parse_xml_part(*xml, file, kDocument);
  XmlDoc numbering_xml = optional_part(zip, file, "word/numbering.xml");
  XmlDoc styles_xml = optional_part(zip, file, "word/styles.xml");
  Numbering numbering(numbering_xml.get(), styles_xml.get());
  Writer w(numbering);
  w.block(child(xmlDocGetRootElement(doc.get()), "body"));
  Extracted e;
  for (const std::string& l : w.lines) {
    e.text += l;
    e.text += '\n';
  }
  return e;
}

}  // namespace vanban::ingest
