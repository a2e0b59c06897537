// Vietnamese syllable structure (cấu trúc âm tiết), for telling decoded
// Vietnamese from mojibake and for putting back the `ư` that TCVN3
// extraction lost. Internal to pipeline/text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::syl {

// A letter reduced to what the syllable rules need. `base` codes: 1–26 =
// a–z, then the Vietnamese vowel shapes and đ (kA_breve …). 0 = not a letter
// of Vietnamese (µ, ¸, Ö, digits…).
enum : std::uint8_t {
  kNone = 0,
  kA_breve = 27,  // ă
  kA_circ,        // â
  kE_circ,        // ê
  kO_circ,        // ô
  kO_horn,        // ơ
  kU_horn,        // ư
  kD_bar,         // đ
  kToneMark,      // a combining tone (cp1258 and NFD input)
};

// Tones in dictionary order: 0 ngang, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
struct Letter {
  std::uint8_t base = kNone;
  std::uint8_t tone = 0;
  bool upper = false;
};

namespace detail {
constexpr char32_t kLetterEnd = 0x1F00;
extern const Letter* const letters;  // [0, kLetterEnd), built at start-up
}  // namespace detail

// Table lookup (inline: it runs for every character scored); code points
// outside the table give {kNone}.
inline Letter letter(char32_t c) { return c < detail::kLetterEnd ? detail::letters[c] : Letter{}; }

// Precomposed code point for (base, tone, upper); 0 when there is none.
char32_t compose(std::uint8_t base, int tone, bool upper);

// True for a letter of Vietnamese spelling (ASCII letters included).
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return letter(c).base != kNone && letter(c).base != kToneMark;
}

// How a word reads as Vietnamese.
enum class Word {
  ascii,     // only ASCII letters: abbreviations, foreign words (no evidence)
  valid,     // a well-formed syllable with Vietnamese letters
  invalid,   // Vietnamese letters, but no syllable (or mixed case: "hoÀ")
  foreign,   // has a character no Vietnamese word contains (µ ¸ Ö ×…)
};

// `w` is one word: no spaces, no ASCII punctuation.
Word classify(std::u32string_view w);

// Where the lost plain `ư` goes back into word `w` so that it is a valid
// syllable ("nớc" → 1, "ngời" → 2, "c" → 1), or -1. `any_valid`: also when `w`
// is already a syllable ("mơi" → "mươi"); otherwise only when it is not.
int u_horn_slot(std::u32string_view w, bool any_valid);

// Lower-cased UTF-8 of a word, for the frequency tables.
std::string lower_utf8(std::u32string_view w);

}  // namespace vanban::syl
