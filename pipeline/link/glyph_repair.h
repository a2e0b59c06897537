// Lost glyphs: a PDF whose text layer dropped its precomposed vowels
// ("Ch nh Văn phòng", "Gi m đốc", "v c c tổ ch c ch nh trị - x hội").
// Detected per document by its rate of vowel-less words; repaired for the
// linker only, from the document's own intact words (and the registry's
// names), so that mentions are found while the printed text stays as given.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tokens.h"
#include "vanban/link.h"

namespace vanban::link_detail {

// Word counts of a text for the lost-glyph test: vowel-less words that are
// not list letters ("c)"), numbers, roman numerals, units or upper-case
// abbreviations ("TTr", "QĐ").
struct GlyphCount {
  std::size_t words = 0, vowelless = 0;
  // where the first vowel-less word's excerpt starts (the word before it), in the text that had it
  std::size_t first_offset = std::string::npos;
  // Counts the words of a text, up to kEnough in all: enough to tell, and a
  // long healthy document pays for its opening only.
  void add(std::string_view text);
  static constexpr std::size_t kEnough = 1000;
  // Well above healthy texts (under 5 %: "a b c d" lists, "kg"): 10 % of at least 50 words.
  bool damaged() const { return words >= 50 && vowelless * 10 >= words; }
};

// A document's vocabulary, learnt from its intact words, and the repair of
// broken syllables by it.
class GlyphRepair {
 public:
  // Words and neighbour pairs of a text of the document (counted), or of a
  // registry name (pairs only: they tell "Chánh Văn phòng" from "chính trị").
  void learn(std::string_view text, bool document = true);

  // One replaced span: printed bytes [from, to) are repaired bytes [at, at_end).
  struct Edit {
    std::size_t from, to, at, at_end;
  };
  // The text with its broken syllables restored ("Th nh phố" -> "Thành phố",
  // "v c c" -> "và các"); the spans replaced in order, when `edits` is given.
  std::string repair(std::string_view text, std::vector<Edit>* edits = nullptr) const;
  // The printed offset of a token's first byte (or its end, `end`) in the
  // repaired text: a replaced span maps to the whole printed span.
  static std::size_t printed(const std::vector<Edit>& edits, std::size_t at, bool end);
  // The same for offsets asked in growing order, `cursor` (0 at first) kept between calls.
  static std::size_t printed(const std::vector<Edit>& edits, std::size_t at, bool end, std::size_t& cursor);

 private:
  struct Cand {
    std::string word;  // lower case
    std::size_t at = 0, len = 0;  // the restored vowel's bytes in word
  };
  // restored word by its broken form: head "\x01" tail, or head alone (a
  // lost final vowel: "v" for "và")
  std::unordered_map<std::string, std::vector<Cand>> broken_;
  std::unordered_map<std::string, std::size_t> pairs_;  // "w1 w2" (lower case, numbers "#"), document pairs doubled
  std::unordered_map<std::string, std::size_t> counts_;  // the document's intact words
  std::unordered_set<std::string> indexed_;
  std::size_t pair(const std::string& a, const std::string& b) const;
  std::size_t count(const std::string& w) const;
  const Cand* likeliest(const std::string& key) const;  // the most frequent of a broken form's words
  const Cand* beside(const std::string& key, const std::string& next) const;  // the one that pairs most with next
};

// The tokens of `text` read through its repair `fixed` (made by repair with
// `edits`): words as repaired, byte offsets in `text`, so that what a
// mention prints is the text as given.
std::vector<Tok> repaired_tokens(std::string_view text, std::string_view fixed, const std::vector<GlyphRepair::Edit>& edits,
                                 WordFolds& folds);

// The repair of a document that lost glyphs (GlyphCount::damaged over its
// paragraphs, headings and provisions), learnt from its words and the
// registry's names, with a text.lost-glyphs warning at its first vowel-less
// word; none for a healthy document.
std::unique_ptr<GlyphRepair> glyph_repair_for(Document& doc, const AgencyRegistry& reg);

}  // namespace vanban::link_detail
