// libxml2 helpers shared by the DOCX and HTML readers: safe parsing from
// memory (no network, no entities, no DTD), element walking by local name.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace vanban::ingest {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses an XML part of an archive; throws InputError (docx.corrupt) naming
// the file, the part, line and libxml2's message. A DOCTYPE is refused: Word
// never writes one, and entity tricks need one.
XmlDoc parse_xml_part(std::string_view bytes, const std::string& file, const std::string& part);

inline bool is(const xmlNode* n, const char* local) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(local)) == 0;
}

// The attribute by local name, whatever its namespace prefix ("w:val").
std::string attr(const xmlNode* n, const char* local);

// The first child element with that local name.
const xmlNode* child(const xmlNode* n, const char* local);

}  // namespace vanban::ingest
