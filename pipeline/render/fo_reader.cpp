// FO reader: libxml2 parse that never loads anything (no network, no DTD, no
// entities — a DOCTYPE is refused as soon as the parser sees it, so entity
// bombs and external entities never expand), then RELAX NG validation
// against the embedded templates/fo-subset.rng, then a plain tree for layout.
// Every error carries the FO's line and column: templates are debugged from
// these messages.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <set>
#include <unordered_map>

#include <libxml/SAX2.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "fo.h"
#include "vanban/render.h"

namespace vanban::render {
extern const char* const kFoSubsetRng;
}

namespace vanban::render::fo {
namespace {

constexpr std::string_view kFoNs = "http://www.w3.org/1999/XSL/Format";
constexpr size_t kMaxBytes = 32u << 20;  // 32 MiB of FO is far beyond any plan
constexpr int kMaxDepth = 64;            // layout recurses per level

// Elements of the subset; anything else is named in the error, before the
// schema's vaguer "Did not expect element X there".
const std::set<std::string, std::less<>> kElements = {
    "root", "layout-master-set", "simple-page-master", "region-body", "region-before",
    "region-after", "page-sequence-master", "single-page-master-reference",
    "repeatable-page-master-reference", "repeatable-page-master-alternatives",
    "conditional-page-master-reference", "page-sequence", "static-content", "flow", "block",
    "inline", "basic-link", "leader", "page-number", "page-number-citation", "external-graphic",
    "block-container", "list-block", "list-item", "list-item-label", "list-item-body", "table", "table-column",
    "table-header", "table-body", "table-row", "table-cell", "bookmark-tree", "bookmark",
    "bookmark-title"};

struct Sink {
  bool have = false;
  int line = 0, column = 0;
  std::string message;
  xmlNodePtr node = nullptr;
  bool doctype = false;
  int doctype_line = 0;
  std::unordered_map<const void*, size_t> offsets;  // element → byte offset of its '<'
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void on_error(void* ud, xmlErrorPtr e) {
  auto* sink = static_cast<Sink*>(ud);
  if (sink->have || !e || e->level < XML_ERR_ERROR) return;  // first error only; warnings ignored
  sink->have = true;
  sink->line = e->line;
  sink->column = e->int2;
  sink->message = trim(e->message ? e->message : "malformed XML");
  sink->node = static_cast<xmlNodePtr>(e->node);
}

void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  auto* sink = static_cast<Sink*>(ctxt->_private);
  sink->doctype = true;
  sink->doctype_line = ctxt->input ? ctxt->input->line : 0;
  xmlStopParser(ctxt);
}

// Records where each element starts. (libxml2 2.9.14's record_info leaves
// begin_line uninitialised for elements with content, so it cannot be used.)
// When the callback runs the parser stands inside the start tag; attribute
// values cannot hold a raw '<', so the last '<' before it opens the tag.
void on_start(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri, int nb_ns,
              const xmlChar** ns, int nb_attrs, int nb_defaulted, const xmlChar** attrs) {
  xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_ns, ns, nb_attrs, nb_defaulted, attrs);
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  auto* sink = static_cast<Sink*>(ctxt->_private);
  if (ctxt->node && ctxt->input && ctxt->input->cur && ctxt->input->base)
    sink->offsets[ctxt->node] = static_cast<size_t>(ctxt->input->consumed) +
                                static_cast<size_t>(ctxt->input->cur - ctxt->input->base);
}

// 1-based column, in characters, of byte offset pos.
int column_of(std::string_view text, size_t pos) {
  if (pos > text.size()) pos = text.size();
  size_t start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  start = (start == std::string_view::npos || pos == 0) ? 0 : start + 1;
  int col = 1;
  for (size_t i = start; i < pos; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return col;
}

xmlRelaxNGPtr schema() {
  static std::once_flag once;
  static xmlRelaxNGPtr rng = nullptr;
  std::call_once(once, [] {
    xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewMemParserCtxt(kFoSubsetRng, static_cast<int>(std::strlen(kFoSubsetRng)));
    rng = xmlRelaxNGParse(pc);
    xmlRelaxNGFreeParserCtxt(pc);
  });
  return rng;
}

std::string nfc(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  if (ascii) return std::string(s);
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_FAILURE(st) || n->isNormalized(u, st)) return std::string(s);
  st = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(u, st);
  std::string r;
  out.toUTF8String(r);
  return r;
}

// Where character data means something; elsewhere it is indentation (the
// schema has already refused anything but white space there).
bool holds_text(const std::string& name) {
  return name == "block" || name == "inline" || name == "basic-link" || name == "bookmark-title";
}

// libxml2's RELAX NG sentences, said in FO terms.
std::string schema_message(const std::string& m) {
  auto between = [&](const char* a, const char* b, std::string& out) {
    size_t i = m.find(a);
    if (i != 0) return false;
    i += std::strlen(a);
    size_t j = m.find(b, i);
    if (j == std::string::npos) return false;
    out = m.substr(i, j - i);
    return true;
  };
  std::string x;
  if (between("Invalid attribute ", " for element ", x))
    return "attribute " + x + " is not allowed on fo:" + m.substr(m.rfind(' ') + 1);
  if (between("Did not expect element ", " there", x)) return "fo:" + x + " is not allowed here";
  if (between("Element ", " failed to validate attributes", x))
    return "fo:" + x + " lacks a required attribute";
  if (between("Expecting an element ", ", got nothing", x)) return "fo:" + x + " is missing here";
  if (between("Expecting element ", ", got ", x))
    return "expected fo:" + x + ", found fo:" + m.substr(m.rfind(' ') + 1);
  if (between("Element ", " has extra content: ", x)) return "fo:" + x + " has content the subset does not allow there";
  return m;
}

struct Reader {
  std::string_view text;
  const std::string& origin;
  const Sink& sink;
  std::vector<size_t> line_starts;

  Reader(std::string_view t, const std::string& o, const Sink& s) : text(t), origin(o), sink(s) {
    line_starts.push_back(0);
    for (size_t i = 0; i < t.size(); ++i)
      if (t[i] == '\n') line_starts.push_back(i + 1);
  }

  // Elements are asked for in document order, so the column is counted on
  // from the previous element when both sit on the same line (the reference
  // plan has 30 KB lines: counting from the line start each time is O(n²)).
  mutable size_t last_pos = 0;
  mutable int last_col = 1;

  std::pair<int, int> where(xmlNodePtr n) const {
    if (!n) return {0, 0};
    auto it = sink.offsets.find(n);
    if (it == sink.offsets.end()) return {static_cast<int>(xmlGetLineNo(n)), 0};
    size_t pos = std::min(it->second, text.size());
    size_t lt = text.rfind('<', pos == 0 ? 0 : pos - 1);
    if (lt != std::string_view::npos) pos = lt;
    const auto line_it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
    const size_t line_start = *(line_it - 1);
    int col;
    if (last_pos >= line_start && last_pos <= pos) {
      col = last_col;
      for (size_t i = last_pos; i < pos; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    } else {
      col = column_of(text, pos);
    }
    last_pos = pos;
    last_col = col;
    return {static_cast<int>(line_it - line_starts.begin()), col};
  }

  [[noreturn]] void fail(xmlNodePtr n, const std::string& code, const std::string& msg) const {
    auto [l, c] = where(n);
    throw FoError(origin, l, c, code, msg);
  }

  // Names every element outside the subset, before the schema does.
  void check_names(xmlNodePtr n, int depth) const {
    if (depth > kMaxDepth) fail(n, "fo.limit", "elements nested deeper than " + std::to_string(kMaxDepth) + " levels");
    for (; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string name = reinterpret_cast<const char*>(n->name);
      std::string_view ns = n->ns && n->ns->href ? reinterpret_cast<const char*>(n->ns->href) : "";
      if (ns != kFoNs)
        fail(n, "fo.element", "element " + name + " is not XSL-FO (namespace " +
                                  (ns.empty() ? std::string("none") : std::string(ns)) + ")");
      if (!kElements.count(name))
        fail(n, "fo.element", "fo:" + name + " is not in vanban's XSL-FO subset (templates/README.md)");
      check_names(n->children, depth + 1);
    }
  }

  Node build(xmlNodePtr n) const {
    Node out;
    out.name = reinterpret_cast<const char*>(n->name);
    std::tie(out.line, out.column) = where(n);
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
      std::string key = reinterpret_cast<const char*>(a->name);
      if (a->ns && a->ns->prefix) key = std::string(reinterpret_cast<const char*>(a->ns->prefix)) + ":" + key;
      xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
      out.attrs.emplace_back(std::move(key), v ? reinterpret_cast<const char*>(v) : "");
      xmlFree(v);
    }
    for (xmlNodePtr c = n->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE) {
        out.children.push_back(build(c));
      } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && holds_text(out.name)) {
        Node t;
        t.name = "#text";
        t.text = nfc(reinterpret_cast<const char*>(c->content ? c->content : BAD_CAST ""));
        t.line = out.line;
        out.children.push_back(std::move(t));
      }
    }
    return out;
  }
};

}  // namespace

Node read(std::string_view fo, const std::string& origin) {
  if (fo.size() > kMaxBytes)
    throw FoError(origin, 0, 0, "fo.limit", "FO larger than " + std::to_string(kMaxBytes >> 20) + " MiB");
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });

  Sink sink;
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(fo.data(), static_cast<int>(fo.size()));
  if (!ctxt) throw FoError(origin, 0, 0, "fo.xml", "cannot create an XML parser");
  // NONET: nothing from the network; no NOENT/DTDLOAD/DTDATTR/XINCLUDE/HUGE,
  // so entities stay unexpanded and libxml2's size limits hold.
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  ctxt->_private = &sink;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->startElementNs = on_start;
  ctxt->sax->serror = nullptr;  // errors go to the per-thread structured handler below
  ctxt->sax->error = nullptr;
  ctxt->sax->warning = nullptr;
  ctxt->vctxt.error = nullptr;
  ctxt->vctxt.warning = nullptr;
  xmlSetStructuredErrorFunc(&sink, on_error);

  struct Cleanup {
    xmlParserCtxtPtr c;
    ~Cleanup() {
      if (c->myDoc) xmlFreeDoc(c->myDoc);
      xmlFreeParserCtxt(c);
      xmlSetStructuredErrorFunc(nullptr, nullptr);
    }
  } cleanup{ctxt};

  xmlParseDocument(ctxt);
  if (sink.doctype) {
    size_t at = fo.find("<!DOCTYPE");
    int line = 1;
    for (size_t i = 0; at != std::string_view::npos && i < at; ++i) line += fo[i] == '\n';
    throw FoError(origin, at == std::string_view::npos ? sink.doctype_line : line,
                  at == std::string_view::npos ? 0 : column_of(fo, at), "fo.doctype",
                  "DOCTYPE is not allowed in XSL-FO: no DTD, no entities");
  }
  if (sink.have || !ctxt->wellFormed || !ctxt->myDoc)
    throw FoError(origin, sink.line, sink.column, "fo.xml", sink.have ? sink.message : "malformed XML");

  Reader r(fo, origin, sink);
  xmlNodePtr root = xmlDocGetRootElement(ctxt->myDoc);
  if (!root) throw FoError(origin, 1, 1, "fo.xml", "no root element");
  r.check_names(root, 0);

  xmlRelaxNGPtr rng = schema();
  if (!rng) throw FoError(origin, 0, 0, "fo.schema", "the embedded FO subset schema does not compile");
  xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(rng);
  xmlRelaxNGSetValidStructuredErrors(vc, on_error, &sink);
  int rc = xmlRelaxNGValidateDoc(vc, ctxt->myDoc);
  xmlRelaxNGFreeValidCtxt(vc);
  if (rc != 0) {
    auto [l, c] = sink.node ? r.where(sink.node) : std::pair<int, int>{sink.line, 0};
    std::string msg = sink.have ? schema_message(sink.message) : "does not match the FO subset schema";
    throw FoError(origin, l, c, "fo.schema", msg);
  }
  return r.build(root);
}

}  // namespace vanban::render::fo
