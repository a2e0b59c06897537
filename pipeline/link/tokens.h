// Word tokens with byte offsets, shared by the registry and the linker.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vanban::link_detail {

// Folded forms of words already seen: documents repeat their words, and
// folding (tone placement, case, diacritics) is the costly part of tokenizing.
struct WordFolds {
  struct Fold {
    std::string key, ascii;
    bool upper = false;
    // the word's ids in a registry (0: no entry has it), looked up once per registry
    const void* ids_of = nullptr;
    std::uint32_t key_id = 0, ascii_id = 0;
  };
  // looked up by the word's bytes without building a string (C++20 transparent lookup)
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Fold, Hash, std::equal_to<>> seen;
};

// Views into the tokenized text and into the WordFolds that folded it: both
// must outlive the tokens.
struct Tok {
  std::size_t begin = 0, end = 0;  // bytes in the source text
  std::string_view text;           // as printed
  std::string_view key;            // fold_key
  std::string_view ascii;          // fold_ascii
  bool word = false;               // false for punctuation (",", ";", ":", ".", "-", "(" …)
  bool upper = false;              // starts with a capital letter
  WordFolds::Fold* fold = nullptr; // the word's entry in its WordFolds (words only)
};

std::vector<Tok> tokenize(std::string_view s, WordFolds& folds);

}  // namespace vanban::link_detail
