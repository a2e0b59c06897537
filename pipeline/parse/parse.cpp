// Parser facade: wires header, preamble, body and closing readers.
#include "vanban/parse.h"
#include "vanban/text.h"

namespace vanban {

Document parse(const Text& text, const std::string& file) {
  Document doc;
  doc.source = file;
  doc.encoding = text.encoding;
  doc.received = text.received;
  doc.diagnostics = text.diagnostics;
  return doc;
}

Document parse_file(const std::string& path) {
  Text t = load_text(read_file(path), path);
  return parse(t, path);
}

}  // namespace vanban
