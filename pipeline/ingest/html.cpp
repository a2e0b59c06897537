// Web pages: libxml2's HTML parser (no network, no entities fetched), then
// the document's text without the site around it, one line per block.
//
// The document is found by where a page keeps it: the national legal
// database (vbpl.vn) puts the header tables, the body (#toanvancontent) and
// the signature in div.fulltext, next to its own validity notes (div.vbInfo).
// Other pages: from <body> down, into the one child that holds nearly all of
// the text that is not links (menus and footers are mostly links).
#include <libxml/HTMLparser.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "readers.h"
#include "xml.h"

namespace vanban::ingest {
namespace {

bool has_class(const xmlNode* n, const char* cls) {
  std::string c = attr(n, "class");
  std::size_t i = 0, len = std::strlen(cls);
  while ((i = c.find(cls, i)) != std::string::npos) {
    bool left = i == 0 || c[i - 1] == ' ', right = i + len == c.size() || c[i + len] == ' ';
    if (left && right) return true;
    i += len;
  }
  return false;
}

bool skipped(const xmlNode* n) {
  static const char* kSkip[] = {"script", "style", "noscript", "head", "iframe", "select", "button",
                                "input",  "nav",   "form",     "svg",  "object", "template"};
  for (const char* s : kSkip)
    if (is(n, s)) return true;
  std::string style = attr(n, "style");
  return has_class(n, "vbInfo") || has_class(n, "vbFile") || has_class(n, "vbLienQuan") || style.find("display:none") != std::string::npos ||
         style.find("display: none") != std::string::npos;
}

bool is_block(const xmlNode* n) {
  static const char* kBlocks[] = {"p",  "div", "tr", "li", "h1",    "h2",     "h3",         "h4",
                                  "h5", "h6",  "ul", "ol", "table", "center", "blockquote", "pre",
                                  "section", "article", "dd", "dt", "dl", "td", "th", "hr"};
  for (const char* b : kBlocks)
    if (is(n, b)) return true;
  return false;
}

// Text lengths under a node: all of it, and what sits inside links.
struct Weight {
  std::size_t text = 0, links = 0;
};

Weight weigh(const xmlNode* n, bool in_link, int depth) {
  Weight w;
  if (depth > 256) return w;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      std::size_t k = 0;
      for (const xmlChar* p = c->content; *p; ++p) k += *p > ' ';
      w.text += k;
      if (in_link) w.links += k;
    } else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
      Weight s = weigh(c, in_link || is(c, "a"), depth + 1);
      w.text += s.text;
      w.links += s.links;
    }
  }
  return w;
}

const xmlNode* find(const xmlNode* n, bool (*pred)(const xmlNode*), int depth = 0) {
  if (!n || depth > 256) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (pred(c)) return c;
    if (const xmlNode* f = find(c, pred, depth + 1)) return f;
  }
  return nullptr;
}

const xmlNode* content_root(const xmlNode* root) {
  if (const xmlNode* f = find(root, [](const xmlNode* n) { return is(n, "div") && has_class(n, "fulltext"); }))
    return f;
  if (const xmlNode* f = find(root, [](const xmlNode* n) { return attr(n, "id") == "toanvancontent"; })) return f;
  const xmlNode* n = find(root, [](const xmlNode* x) { return is(x, "body"); });
  if (!n) return root;
  // descend while one child holds 90 % of the text that is not links
  for (int depth = 0; depth < 64; ++depth) {
    Weight all = weigh(n, false, 0);
    const std::size_t own = all.text - all.links;
    const xmlNode* best = nullptr;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || skipped(c)) continue;
      Weight w = weigh(c, is(c, "a"), 0);
      if ((w.text - w.links) * 10 >= own * 9) best = c;
    }
    if (!best || !is_block(best)) break;
    n = best;
  }
  return n;
}

class Lines {
 public:
  std::string out;
  void text(const xmlChar* s, bool pre) {
    for (const xmlChar* p = s; *p; ++p) {
      char c = static_cast<char>(*p);
      if (!pre && (c == '\n' || c == '\r' || c == '\t' || c == ' ')) {
        space_ = !line_.empty();
        continue;
      }
      if (pre && c == '\n') {
        end();
        continue;
      }
      if (space_) line_ += ' ';
      space_ = false;
      line_ += c;
    }
  }
  void line(const std::string& l) {
    end();
    out += l;
    out += '\n';
  }
  void end() {
    // no-break spaces count as space: trim them too
    auto nbsp = [](const std::string& l, std::size_t i) { return l.compare(i, 2, "\xC2\xA0") == 0; };
    while (line_.size() >= 2 && nbsp(line_, line_.size() - 2)) line_.resize(line_.size() - 2);
    std::size_t b = 0;
    while (b + 1 < line_.size() && nbsp(line_, b)) b += 2;
    if (b < line_.size()) {
      out += line_.substr(b);
      out += '\n';
    }
    line_.clear();
    space_ = false;
  }

 private:
  std::string line_;
  bool space_ = false;
};

void collect(const xmlNode* n, Lines& out, bool pre, int depth);

// A task table (header: chủ trì / phối hợp / thời gian) as pipe rows, the
// shape the DOCX reader gives a Word table, a cell spanning rows (rowspan)
// repeated in each: the link stage reads one task per row. Other tables stay
// blocks, a cell a line. False when `tbl` is not a task table.
bool task_table(const xmlNode* tbl, Lines& out, int depth) {
  std::vector<const xmlNode*> trs;
  for (const xmlNode* c = tbl->children; c; c = c->next) {
    if (is(c, "tr")) trs.push_back(c);
    else if (is(c, "thead") || is(c, "tbody") || is(c, "tfoot"))
      for (const xmlNode* r = c->children; r; r = r->next)
        if (is(r, "tr")) trs.push_back(r);
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<std::pair<int, std::string>> spans;  // per column: rows still covered, text
  for (const xmlNode* tr : trs) {
    std::vector<std::string> row;
    auto spanned = [&] {
      while (row.size() < spans.size() && spans[row.size()].first > 0) {
        --spans[row.size()].first;
        row.push_back(spans[row.size()].second);
      }
    };
    for (const xmlNode* td = tr->children; td && row.size() < 64; td = td->next) {
      if (!is(td, "td") && !is(td, "th")) continue;
      spanned();
      Lines cell;
      collect(td, cell, false, depth + 1);
      cell.end();
      std::string text;
      for (char ch : cell.out) text += ch == '\n' ? ' ' : ch == '|' ? '/' : ch;
      while (!text.empty() && text.back() == ' ') text.pop_back();
      const int rs = std::atoi(attr(td, "rowspan").c_str()), cs = std::atoi(attr(td, "colspan").c_str());
      if (spans.size() <= row.size()) spans.resize(row.size() + 1);
      spans[row.size()] = {rs > 1 && rs < 1000 ? rs - 1 : 0, text};
      row.push_back(text);
      for (int k = 1; k < cs && k < 64; ++k) row.emplace_back();
    }
    spanned();
    rows.push_back(std::move(row));
  }
  bool header = false;
  for (std::size_t r = 0; r < rows.size() && r < 3 && !header; ++r) header = is_task_table_header(rows[r]);
  if (!header) return false;
  out.end();
  for (const auto& row : rows) {
    std::string line = "|";
    for (const std::string& c : row) line += c.empty() ? " |" : " " + c + " |";
    out.line(line);
  }
  return true;
}

void collect(const xmlNode* n, Lines& out, bool pre, int depth) {
  if (depth > 256) return;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out.text(c->content, pre);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || skipped(c)) continue;
    if (is(c, "br")) {
      out.end();
      continue;
    }
    if (is(c, "table") && task_table(c, out, depth)) continue;
    const bool block = is_block(c);
    if (block) out.end();
    collect(c, out, pre || is(c, "pre"), depth + 1);
    if (block) out.end();
  }
}

// The page's declared charset decides; without one, UTF-8 when the bytes
// are UTF-8 (libxml2 would assume Latin-1), else Windows-1258.
const char* encoding_for(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (head.find("charset") != std::string::npos || head.find("encoding=") != std::string::npos) return nullptr;
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto c = static_cast<unsigned char>(bytes[i]);
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0 || i + static_cast<std::size_t>(n) >= bytes.size() + (n == 0 ? 1 : 0)) return "windows-1258";
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return "windows-1258";
    i += static_cast<std::size_t>(n) + 1;
  }
  return "UTF-8";
}

}  // namespace

Extracted read_html(std::string_view bytes, const std::string& file, const IngestLimits&) {
  htmlDocPtr d = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), file.c_str(), encoding_for(bytes),
                                HTML_PARSE_NONET | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!d) throw InputError(file, 0, "html.corrupt", file + ": cannot read the HTML page");
  XmlDoc doc(d);
  Extracted e;
  const xmlNode* root = xmlDocGetRootElement(d);
  if (!root) return e;
  Lines lines;
  collect(content_root(root), lines, false, 0);
  lines.end();
  e.text = std::move(lines.out);
  return e;
}

}  // namespace vanban::ingest
