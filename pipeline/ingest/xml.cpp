#include "xml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "vanban/text.h"

namespace vanban::ingest {

XmlDoc parse_xml_part(std::string_view bytes, const std::string& file, const std::string& part) {
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) throw std::bad_alloc();
  // NONET: never fetch; no NOENT/DTDLOAD/HUGE (see notes/dependencies.md)
  xmlDoc* d = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::string why;
  int line = 0;
  if (!d) {
    const xmlError* e = xmlCtxtGetLastError(ctxt);
    if (e && e->message) {
      why = e->message;
      while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
      line = e->line;
    }
  }
  xmlFreeParserCtxt(ctxt);
  if (!d)
    throw InputError(file, 0, "docx.corrupt",
                     file + ": damaged " + part + (line ? " at line " + std::to_string(line) : std::string()) +
                         (why.empty() ? std::string() : " (" + why + ")"));
  XmlDoc doc(d);
  if (doc->intSubset)
    throw InputError(file, 0, "docx.doctype", file + ": " + part + " declares a DOCTYPE, which Word never writes");
  return doc;
}

std::string attr(const xmlNode* n, const char* local) {
  for (const xmlAttr* a = n ? n->properties : nullptr; a; a = a->next)
    if (xmlStrcmp(a->name, reinterpret_cast<const xmlChar*>(local)) == 0 && a->children && a->children->content)
      return reinterpret_cast<const char*>(a->children->content);
  return {};
}

const xmlNode* child(const xmlNode* n, const char* local) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (is(c, local)) return c;
  return nullptr;
}

}  // namespace vanban::ingest
