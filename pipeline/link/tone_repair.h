// OCR'd tone marks: a scan read "cơ quan có thâm quyền", "tô chức", "kiêm tra",
// "thấm quyên" where the page says thẩm quyền, tổ chức, kiểm tra. The words
// the linker's grammar reads (the duty's verbs, "có thẩm quyền", "trách
// nhiệm") are restored for the linker where a pair of them is printed with the
// right letters and wrong marks; the printed text stays as given. Only pairs
// whose letters have no other reading are restored ("tô" alone is a word,
// "tô chức" is not).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace vanban::link_detail {

// What a word is to the restorable pairs (one bit per pair), from its folded
// forms (WordFold::ascii, key), made once per distinct word: the pairs whose
// first / second word has its letters, and of them those whose word it is,
// marks and all (tone placement and case are folded in the key already).
ToneBits tone_bits(std::string_view ascii, std::string_view key);

// The pairs two words side by side have the letters of and not the marks:
// those to restore ("thâm" "quyền", "tô" "chức"); 0 for nearly every two words.
inline std::uint32_t misread_pairs(const ToneBits& a, const ToneBits& b) {
  const std::uint32_t letters = a.first & b.second;
  return letters & ~(a.first_exact & b.second_exact);
}

// Restores the pairs of t printed with wrong marks: both tokens then read the
// pair's words (in the printed case), their offsets still the printed ones.
// (only a text whose tokenizing counted a misread pair in folds.misread_pairs has one)
void repair_tones(std::vector<Tok>& t, WordFolds& folds);

}  // namespace vanban::link_detail
