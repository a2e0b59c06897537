// Vietnamese syllable structure (cấu trúc âm tiết), for telling decoded
// Vietnamese from mojibake and for putting back the `ư` that TCVN3
// extraction lost. Internal to pipeline/text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Both answers of u_horn_slot at once, for callers that need both:
// `slot` as with any_valid, and whether `w` is a syllable as it stands
// (only worked out when slot ≥ 0; then u_horn_slot(w, false) = valid ? -1 : slot).
struct UHorn {
  int slot = -1;
  bool valid = false;
};
UHorn u_horn(std::u32string_view w);

// Lower-cased UTF-8 of a word, for the frequency tables.
std::string lower_utf8(std::u32string_view w);

// ---- putting the lost ư back into a line (orthography.md §5.1)
//
// Words that are no syllable without it ("nớc", "Chơng") get it back; where
// both spellings are words ("mơi"/"mươi", "c"/"cư") word counts decide
// (syllable_data.cpp), and only in a document that lost its ư at all. The
// caller splits a line into words (maximal runs of is_letter) and says what
// each one is (u_word, worth keeping per distinct word: documents repeat
// their words); restore_u decides, the caller writes the ư in.

// A word as the counts know it, lower-cased.
struct UForm {
  int id = -1;           // in the counts' vocabulary; -1 = never counted
  bool numeral = false;  // a number word or counted unit ("mười", "ngày")
  bool point = false;    // names a point's kind: điểm, tiết, mục, khoản
  bool link = false;     // và, hoặc, đến
};

// What restore_u asks of a word, wherever it stands.
struct UWord {
  UHorn horn;                 // where a ư would go
  std::uint32_t size = 0;     // letters
  bool vowel = false;         // has a vowel letter
  bool all_caps = false;      // two letters or more, all capitals (the ư put back is Ư)
  bool single_upper = false;  // one capital alone (S, T: column labels, form codes)
  bool one_letter = false;    // a–z or đ alone: maybe a point's name
  bool first_upper = false;
  UForm plain, with_u;        // the word as it is, and with its ư put back
};
UWord u_word(std::u32string_view w);

// One word of a line, in order.
struct USpan {
  const UWord* word;
  char32_t before = 0, after = 0;  // the characters around it; 0 at the line's ends
  bool fixed = false;              // set by restore_u: a ư goes in at word.horn.slot
  bool dash_after = false;         // a line's first word, then spaces and a dash: "c - Xử lý …" (a label)
};

// Decides which words of one TCVN3 line get their ư back (Ư when all_caps);
// returns how many. `lost_everywhere`: the document lost its ư at all, so
// words that are syllables either way are decided too.
std::size_t restore_u(std::vector<USpan>& words, bool lost_everywhere);

// The same for a line of text: finds its words, decides and writes the ư in.
std::size_t restore_u(std::u32string& line, bool lost_everywhere);

// Calls f(b, e) for each word of `s` as restore_u takes them: the runs of
// letters s[b, e).
template <class F>
void for_each_letter_run(std::u32string_view s, F&& f) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && !is_letter(s[i])) ++i;
    std::size_t b = i;
    while (i < n && is_letter(s[i])) ++i;
    if (i > b) f(b, i);
  }
}

}  // namespace vanban::syl
