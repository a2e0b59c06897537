// Web pages: libxml2's HTML parser (no network), then the text of the
// document's body, one line per block element.
#include <libxml/HTMLparser.h>

#include "readers.h"
#include "xml.h"

namespace vanban::ingest {
namespace {

bool is_block(const xmlNode* n) {
  static const char* kBlocks[] = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                  "table", "ul", "ol", "blockquote", "pre", "section", "article", "dd", "dt"};
  for (const char* b : kBlocks)
    if (is(n, b)) return true;
  return false;
}

void collect(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, "script") || is(c, "style") || is(c, "noscript") || is(c, "head")) continue;
    const bool block = is_block(c);
    if (block && !out.empty() && out.back() != '\n') out += '\n';
    if (is(c, "td") || is(c, "th")) out += '\t';
    collect(c, out);
    if (block && !out.empty() && out.back() != '\n') out += '\n';
  }
}

}  // namespace

Extracted read_html(std::string_view bytes, const std::string& file, const IngestLimits&) {
  htmlDocPtr d = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), file.c_str(), nullptr,
                                HTML_PARSE_NONET | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!d) throw InputError(file, 0, "html.corrupt", file + ": cannot read the HTML page");
  XmlDoc doc(d);
  Extracted e;
  const xmlNode* root = xmlDocGetRootElement(d);
  if (root) collect(root, e.text);
  return e;
}

}  // namespace vanban::ingest
