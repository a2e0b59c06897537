// The words of a legacy document, read once each: a line's bytes are split
// into words once, each distinct word is looked up in a per-document memo
// (its scores under every reading, its capitals class, its TCVN3 letters
// written out), and the lines keep their words as numbers. Scoring
// (legacy.cpp) and writing TCVN3 out (legacy_codec.cpp) work on those.
// Internal to pipeline/text.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "legacy.h"
#include "legacy_memo.h"
#include "syllable.h"

namespace vanban::legacy {

constexpr int kKinds = 4;  // the readings, by Kind

// Scores under every reading (by Kind), a field at a time so that adding
// up a line's words is a few vector additions.
struct Scores {
  int total[kKinds] = {};
  int valid[kKinds] = {};   // well-formed syllables with Vietnamese letters
  int lost_u[kKinds] = {};  // words that are syllables only with a ư put back

  Scores& operator+=(const Scores& o) {
    for (int k = 0; k < kKinds; ++k) total[k] += o.total[k];
    for (int k = 0; k < kKinds; ++k) valid[k] += o.valid[k];
    for (int k = 0; k < kKinds; ++k) lost_u[k] += o.lost_u[k];
    return *this;
  }
};

// How a word stands in a TCVN3 line typed in a capital font (see
// capital_words in legacy_codec.cpp).
enum class Caps : std::uint8_t { lower, strong, weak, neutral };

// A distinct word: a run of bytes between separators (is_sep on the bytes:
// ASCII non-letters and 0x80–0xA0).
struct Word {
  Scores score;  // zero for words of ASCII only
  Caps caps = Caps::lower;            // read as TCVN3
  // Its letters as TCVN3 writes them out (first Run and how many), as it is
  // and upper-cased; worked out when first written (first < 0: not yet).
  std::int32_t first[2] = {-1, -1};
  std::uint32_t runs[2] = {0, 0};
  std::int32_t vni = -1;  // its VNI reading in Words::arena, when first written
  std::uint32_t vni_len = 0;
};

// A run of letters in a word, as it is written out.
struct Run {
  std::uint32_t off = 0, len = 0;  // its bytes in the word
  syl::UWord word;                 // for putting back the lost ư
  std::uint32_t utf8 = 0, utf8_len = 0, utf8_u = 0, utf8_u_len = 0;  // in Words::arena, as it is / with ư
};

// A word in a line: its bytes in the document's legacy bytes.
struct Place {
  std::uint32_t b, e, word;
  Caps caps;  // the word's, kept here for the pass over the line
};

// A document's words.
struct Words {
  Kind unused = Kind::as_is;  // the reading not scored: Windows-1258 for mojibake, as is for raw bytes
  Memo<Word> memo;            // by the word's bytes
  std::vector<Place> places;  // the lines' words, line after line
  std::vector<Run> runs;      // of the words written out as TCVN3
  std::string arena;          // UTF-8 of the runs and VNI words

  void clear() {  // for the next document, keeping the memory
    memo.clear();
    places.clear();
    runs.clear();
    arena.clear();
  }
};

// Splits bytes [b, e) of `legacy` (one line) into words, appending them to
// words.places, scoring new words every way and adding the words' scores to
// `sum`. Returns whether a separator byte is no separator in TCVN3 (€ ƒ Š…:
// then the line's capitals go by its bytes).
bool split_words(std::string_view legacy, std::size_t b, std::size_t e, Words& words,
                 Scores& sum);

// Writes one TCVN3 line as UTF-8, its words places[p0, p1) from
// split_words: the words typed in capitals upper-cased (when `capitals`;
// `odd`: as split_words said) and the lost ư put back. Returns the number
// of ư put back.
std::size_t write_tcvn3(std::string_view legacy, std::size_t b, std::size_t e, std::size_t p0, std::size_t p1,
                        bool capitals, bool odd, bool lost_everywhere, Words& words, std::string& out);

// Writes one VNI line as UTF-8 (its words places[p0, p1)).
void write_vni(std::string_view legacy, std::size_t b, std::size_t e, std::size_t p0, std::size_t p1, Words& words,
               std::string& out);

// Writes a line of Windows-1258 bytes as UTF-8 (tones stay combining).
void write_cp1258(std::string_view bytes, std::string& out);

// TCVN3 capitals for scoring and writing: the capital form of a letter.
char32_t to_upper(char32_t c);

// A word's class in a TCVN3 line typed in capitals (from its bytes).
Caps tcvn3_caps(std::string_view word);

// True for bytes that split words in scoring but not in TCVN3 (€ ƒ Š…).
bool tcvn3_odd_sep(unsigned char b);

// Word boundaries for scoring: ASCII non-letters, no-break space and the
// general punctuation block (– — “ ” … •). Latin-1 symbols stay inside words
// on purpose: "B¸o" must read as one odd word, not as "B" and "o".
inline bool is_sep(char32_t c) {
  if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
}

}  // namespace vanban::legacy
