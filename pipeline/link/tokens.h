// Word tokens with byte offsets, shared by the registry and the linker.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::link_detail {

struct Tok {
  std::size_t begin = 0, end = 0;  // bytes in the source text
  std::string text;                // as printed
  std::string key;                 // fold_key
  std::string ascii;               // fold_ascii
  bool word = false;               // false for punctuation (",", ";", ":", ".", "-", "(" …)
  bool upper = false;              // starts with a capital letter
};

std::vector<Tok> tokenize(std::string_view s);

}  // namespace vanban::link_detail
