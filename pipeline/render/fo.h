// The FO tree the reader hands to layout: element names and attributes as
// written (values are interpreted by layout, which knows the context and
// reports bad values with the node's line:column), text already NFC.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban::render::fo {

struct Node {
  std::string name;      // local name without "fo:"; "#text" for character data
  std::string text;      // character data (NFC), only for "#text"
  std::vector<std::pair<std::string, std::string>> attrs;
  std::vector<Node> children;
  int line = 0, column = 0;  // of the start tag's '<' (text: of the text's start)

  const std::string* attr(std::string_view key) const {
    for (const auto& [k, v] : attrs)
      if (k == key) return &v;
    return nullptr;
  }
  bool is(std::string_view n) const { return name == n; }
};

// Parses (libxml2, no network, no entities, no DTD) and validates against
// the embedded subset schema. Throws FoError.
Node read(std::string_view fo, const std::string& origin);

}  // namespace vanban::render::fo
