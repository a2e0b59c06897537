// Word tokens with byte offsets, shared by the registry and the linker.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::link_detail {

// The pairs of words the linker restores when an OCR printed them with wrong
// marks (tone_repair.h), one bit each: those whose first / second word has a
// word's letters, and those whose word it is.
struct ToneBits {
  std::uint32_t first = 0, second = 0, first_exact = 0, second_exact = 0;
};

// A word's folded forms (tone placement, case, diacritics), made once per
// distinct word of a document.
struct WordFold {
  std::string word;  // the bytes as printed
  std::string key, ascii;
  bool upper = false;
  // what the word is to the pairs an OCR may print with wrong marks (tone_repair.h; beside the
  // fields the tokenizer reads)
  ToneBits tone;
  std::uint64_t hash = 0;
  // the word's ids in a registry (0: no entry has it), looked up once per registry
  const void* ids_of = nullptr;
  std::uint32_t key_id = 0, ascii_id = 0;
  // the registry's trie nodes after this word as an entry's first word
  // (exact, diacritic-free; 0: no entry starts with it — most words)
  std::uint32_t first_node = 0, first_ascii_node = 0;
  // what a clause's time phrase needs (when_of), read once per distinct word:
  // a digit, a syllable of a recurrence word (time_syllable)
  bool digit = false, time_syllable = false;
};

// The bytes hold a digit / one of the syllables every recurrence word has
// ("hằng", "hàng", "thường xuyên", "định kỳ"; deadlines.cpp).
bool has_digit(std::string_view s);
bool time_syllable(std::string_view s);

// The word's first letter is a capital (ICU's case property, so "Uỷ" is upper and "uỷ", whose key starts
// "ủ", is not): WordFold::upper, and a word of a name put together from its parts (resolve.cpp).
bool starts_capital(std::string_view word);

// Folded forms of words already seen: documents repeat their words, and
// folding is the costly part of tokenizing.
class WordFolds {
 public:
  using Fold = WordFold;
  // The fold of a word, made on its first sight; stays at its address.
  // `hash`: the word's FNV-1a hash (fnv1a), which the tokenizer computes
  // while it reads the word's bytes.
  Fold& of(std::string_view word, std::uint64_t hash);
  Fold& of(std::string_view word) { return of(word, fnv1a(word)); }

  // two words side by side read so far that are a pair misread (tone_repair.h): a text that adds none
  // needs no repair
  std::size_t misread_pairs = 0;

  static constexpr std::uint64_t kFnvBasis = 14695981039346656037ull, kFnvPrime = 1099511628211ull;
  static std::uint64_t fnv1a(std::string_view word) {
    std::uint64_t h = kFnvBasis;
    for (unsigned char c : word) h = (h ^ c) * kFnvPrime;
    return h;
  }

 private:
  // A word not seen before: folded and given a slot (kept out of of(), which
  // the tokenizer inlines for the words it has seen)
  [[gnu::noinline]] Fold& add(std::string_view word, std::uint64_t hash);
  std::deque<Fold> folds_;
  // open addressing over folds_ (null = empty), at most half full: one cheap
  // hash and usually one comparison per token
  struct Slot {
    std::uint64_t hash = 0;
    Fold* fold = nullptr;
  };
  std::vector<Slot> slots_;
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

// A text's folded keys, built once from its tokens so that its clauses need
// no folding of their own.
class KeyText {
 public:
  KeyText(std::string_view src, const std::vector<Tok>& t);
  // The keys of tokens [b, e) joined by spaces (join_keys, as a view).
  std::string_view joined(std::size_t b, std::size_t e) const;
  // fold_key of the source bytes of tokens [b, e): each word's key and the
  // bytes between as printed — the same string, since no letter run crosses
  // a token's edge. None when the text has combining marks (fold_key would
  // compose them first, changing byte positions).
  // (only [b, e) is folded: most clauses read none of their text's other words)
  std::optional<std::string_view> folded(std::size_t b, std::size_t e) const;
  // has_digit and time_syllable of the source bytes of tokens [b, e), from
  // their words' folds; none when a word is not the text's own bytes (a text
  // read with its lost glyphs restored, glyph_repair.h)
  struct TimeCues {
    bool digit = false, syllable = false;
  };
  std::optional<TimeCues> time_cues(std::size_t b, std::size_t e) const;
  // fold_key of the text's first p bytes, when p ends a token and the text
  // starts with one (no bytes outside the tokens); else none.
  std::optional<std::string_view> prefix(std::size_t p) const;

 private:
  void join() const;
  void fold_into(std::string& out, std::size_t b, std::size_t e) const;
  std::string_view src_;
  const std::vector<Tok>& t_;
  // built on first use: many texts need only a few joins
  mutable std::string joined_;
  mutable std::vector<std::size_t> jb_;  // each token's first byte in joined_
  mutable bool joined_built_ = false;
  bool marks_ = false;
  mutable bool empty_key_ = false;  // a token with an empty key (join_keys skips its space): joined() copies
  mutable std::deque<std::string> copies_;  // joins not in joined_, folds of clauses and openings
};

}  // namespace vanban::link_detail
