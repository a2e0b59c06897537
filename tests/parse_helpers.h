// Shared by the parser's corpus tests: parse a corpus text by name, find a
// provision by eid anywhere in the tree.
#pragma once

#include <string>
#include <vector>

#include "vanban/parse.h"

namespace parse_test {

inline vanban::Document parse_doc(const std::string& name) {
  return vanban::parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/" + name + ".txt");
}

inline const vanban::Provision* find(const std::vector<vanban::Provision>& ps, const std::string& eid) {
  for (const auto& p : ps) {
    if (p.eid == eid) return &p;
    if (const vanban::Provision* c = find(p.children, eid)) return c;
  }
  return nullptr;
}

}  // namespace parse_test
