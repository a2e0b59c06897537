// Choosing a reading per line, then two TCVN3 repairs:
//  - capitals: the ".VnTimeH" capital fonts reuse the lower-case bytes, so
//    "PHÇN" arrives for "PHẦN"; a word typed in capitals is upper-cased whole.
//  - the lost ư (orthography.md §5.1; decided in syllable.cpp): 0xAD is the
//    soft hyphen of Windows-1252 and extractors drop it.
// Both work on the line's bytes, and each distinct word is read once per
// document: scored once under every reading, and written out once.
#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "legacy.h"
#include "legacy_memo.h"
#include "syllable.h"

namespace vanban::legacy {

namespace {

// Word boundaries for scoring: ASCII non-letters, no-break space and the
// general punctuation block (– — “ ” … •). Latin-1 symbols stay inside words
// on purpose: "B¸o" must read as one odd word, not as "B" and "o".
bool is_sep(char32_t c) {
  if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
}

struct Score {
  int total = 0;
  int valid = 0;   // well-formed syllables with Vietnamese letters
  int lost_u = 0;  // words that are syllables only with a ư put back
};

void score_word(std::u32string_view w, bool tcvn3, Score& sc) {
  switch (syl::classify(w)) {
    case syl::Word::ascii: break;
    case syl::Word::valid:
      sc.total += 2;
      ++sc.valid;
      break;
    case syl::Word::foreign: sc.total -= 3; break;
    case syl::Word::invalid:
      if (tcvn3 && syl::u_horn_slot(w, false) >= 0) {
        sc.total += 1;
        ++sc.lost_u;
      } else {
        sc.total -= 1;
      }
      break;
  }
}


char32_t to_upper(char32_t c) {
  syl::Letter l = syl::letter(c);
  if (l.base == syl::kNone || l.base == syl::kToneMark || l.upper) return c;
  char32_t u = syl::compose(l.base, l.tone, true);
  return u ? u : c;
}

// A TCVN3 byte, worked out once from the character it decodes to (one per
// byte): lines are classified and written out on their bytes with this table.
enum : std::uint8_t {
  kSep = 1,         // is_sep
  kLetter = 2,      // syl::is_letter
  kUpper = 4,       // a capital letter
  kAsciiLower = 8,  // a–z
  kVnLower = 16,    // a lower-case letter beyond ASCII
  kNonAscii = 32,   // decodes to U+0080 or above
};
struct TcvnByte {
  char32_t c = 0;
  std::uint8_t len = 0;  // UTF-8 of c
  char utf8[3] = {};
};
struct Tcvn3Table {
  std::array<std::uint8_t, 256> flags{};
  std::array<TcvnByte, 256> bytes{};
};

const Tcvn3Table& tcvn3_table() {
  static const Tcvn3Table t = [] {
    Tcvn3Table t;
    std::u32string c;
    std::string u;
    for (int b = 0; b < 256; ++b) {
      char ch = static_cast<char>(b);
      c.clear();
      decode_tcvn3(std::string_view(&ch, 1), c);
      u.clear();
      append_utf8(u, c[0]);
      TcvnByte& x = t.bytes[b];
      x.c = c[0];
      x.len = static_cast<std::uint8_t>(u.size());  // ≤ 3: TCVN3 stays in the BMP
      std::memcpy(x.utf8, u.data(), u.size());
      bool letter = syl::is_letter(c[0]), upper = syl::letter(c[0]).upper;
      t.flags[b] = (is_sep(c[0]) ? kSep : 0) | (letter ? kLetter : 0) | (letter && upper ? kUpper : 0) |
                   (letter && !upper && c[0] < 0x80 ? kAsciiLower : 0) |
                   (letter && !upper && c[0] >= 0x80 ? kVnLower : 0) | (c[0] >= 0x80 ? kNonAscii : 0);
    }
    return t;
  }();
  return t;
}

struct Range {
  std::size_t b, e;
};

// The words of a TCVN3 line typed in a capital font, to be upper-cased:
// all their ASCII letters are capitals and at least two letters are ("THø"
// → "THỨ", "§¸NH" → "ĐÁNH"); a word with one capital ("Vµ", "Sè") follows
// its neighbours. Words as in scoring (is_sep); `up` in order.
void capital_words(std::string_view bytes, std::vector<Range>& up) {
  enum Cls : std::uint8_t { lower, strong, weak, neutral };
  struct W {
    std::size_t b, e;
    Cls cls;
  };
  thread_local std::vector<W> words;  // reused: this runs once per line
  words.clear();
  const std::array<std::uint8_t, 256>& flags = tcvn3_table().flags;
  auto at = [&](std::size_t i) { return flags[static_cast<unsigned char>(bytes[i])]; };
  bool any = false;
  std::size_t i = 0, n = bytes.size();
  while (i < n) {
    while (i < n && at(i) & kSep) ++i;
    std::size_t b = i;
    unsigned seen = 0, up_letters = 0;
    for (; i < n; ++i) {
      unsigned f = at(i);
      if (f & kSep) break;
      seen |= f;
      up_letters += (f & kUpper) != 0;
    }
    if (i == b) continue;
    // ASCII-only capitals (UBND, PC) are abbreviations as often as headings
    Cls c = seen & kAsciiLower   ? lower
            : !(seen & kNonAscii) ? neutral
            : up_letters >= 2     ? strong
            : up_letters == 1     ? (seen & kVnLower ? weak : neutral)
                                  : lower;
    any |= c == strong || c == weak;
    words.push_back({b, i, c});
  }
  if (!any) return;  // most lines
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].cls == strong) up.push_back({words[k].b, words[k].e});
    if (words[k].cls != weak) continue;
    auto side = [&](int step) {  // -1 = lower-case neighbour, 1 = capitals, 0 = none
      for (std::size_t j = k + step; j < words.size(); j += step) {
        if (words[j].cls == lower) return -1;
        if (words[j].cls == strong) return 1;
      }
      return 0;
    };
    int l = side(-1), r = side(1);
    if (l >= 0 && r >= 0 && l + r > 0) up.push_back({words[k].b, words[k].e});
  }
}

constexpr int kKinds = 4;

// The scores of each distinct word of a document under every reading.
using WordCache = Memo<char, std::array<Score, kKinds>>;

// Legacy bytes for scoring: word boundaries (is_sep on the bytes: ASCII
// non-letters and 0x80–0xA0, Windows-1252 punctuation and the no-break
// space), and what a word's bytes are.
enum : std::uint8_t { kSepB = 1, kHighB = 2, kLowerB = 4, kUpperB = 8 };
constexpr std::array<std::uint8_t, 256> kScoreByte = [] {
  std::array<std::uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    bool sep = b < 0x80 ? !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') : b <= 0xA0;
    t[b] = static_cast<std::uint8_t>((sep ? kSepB : 0) | (b >= 0x80 ? kHighB : 0) |
                                     (b >= 'a' && b <= 'z' ? kLowerB : 0) | (b >= 'A' && b <= 'Z' ? kUpperB : 0));
  }
  return t;
}();

// Scores one line of legacy bytes every way at once, word by word: only
// words with bytes ≥ 0x80 read differently, so only those are decoded (in
// TCVN3 a word typed in capitals is upper-cased first, as fix_capitals
// will). `as_is`: also the Windows-1252 reading, i.e. mojibake left alone.
void score_bytes(std::string_view bytes, bool as_is, Score sc[kKinds], WordCache& cache) {
  thread_local std::u32string w;
  std::size_t i = 0, n = bytes.size();
  const char* p = bytes.data();
  while (i < n) {
    while (i < n && kScoreByte[static_cast<unsigned char>(p[i])] & kSepB) ++i;
    std::size_t b = i;
    unsigned seen = 0;
    for (; i < n; ++i) {
      unsigned f = kScoreByte[static_cast<unsigned char>(p[i])];
      if (f & kSepB) break;
      seen |= f;
    }
    if (!(seen & kHighB)) continue;
    bool ascii_lower = seen & kLowerB, ascii_upper = seen & kUpperB;
    std::string_view word = bytes.substr(b, i - b);
    WordCache::Found f = cache.find(word);
    std::array<Score, kKinds>& ws = cache[f.index];
    if (f.fresh) {
      w.clear();
      decode_tcvn3(word, w);
      if (ascii_upper && !ascii_lower && w.size() >= 2)
        for (char32_t& c : w) c = to_upper(c);
      score_word(w, true, ws[static_cast<int>(Kind::tcvn3)]);
      w.clear();
      decode_vni(word, w, true);
      score_word(w, false, ws[static_cast<int>(Kind::vni)]);
      w.clear();
      decode_cp1258(word, w);
      score_word(w, false, ws[static_cast<int>(Kind::cp1258)]);
      w.clear();
      decode_cp1252(word, w);
      score_word(w, false, ws[static_cast<int>(Kind::as_is)]);
    }
    for (int k = 0; k < kKinds; ++k) {
      if (k == static_cast<int>(as_is ? Kind::cp1258 : Kind::as_is)) continue;
      sc[k].total += ws[k].total;
      sc[k].valid += ws[k].valid;
      sc[k].lost_u += ws[k].lost_u;
    }
  }
}

// ---- writing TCVN3 lines out, with their lost ư put back

// A word of TCVN3 lines (a run of letter bytes, upper-cased or not) as it
// is written out: what restore_u asks of it and its UTF-8, as it is and
// with its ư, in the arena.
struct Tcvn3Word {
  syl::UWord word;
  std::uint32_t off = 0, len = 0, off_u = 0, len_u = 0;
};

struct Tcvn3Words {
  Memo<char, Tcvn3Word> lower, upper;  // by bytes; upper: in a word fix_capitals upper-cases
  std::string utf8;                    // the arena
  Memo<char32_t, syl::UWord> unicode;  // words of lines without legacy bytes
};

// Writes one TCVN3 line as UTF-8: the words typed in capitals upper-cased
// (when `capitals`), the lost ư put back. The same as decoding it, upper-
// casing, inserting the ư and encoding, without the per-character passes.
// Returns the number of ư put back.
std::size_t write_tcvn3(std::string_view bytes, bool capitals, bool lost_everywhere, Tcvn3Words& memo,
                        std::string& out) {
  struct Place {  // where a word is in the line, and which one it is
    std::size_t b, e;
    bool upper;
    std::uint32_t index;
  };
  thread_local std::vector<Range> up;
  thread_local std::vector<syl::USpan> words;
  thread_local std::vector<Place> at;
  thread_local std::u32string w;
  up.clear();
  words.clear();
  at.clear();
  if (capitals) capital_words(bytes, up);
  const Tcvn3Table& table = tcvn3_table();
  auto byte = [&](std::size_t i) -> const TcvnByte& { return table.bytes[static_cast<unsigned char>(bytes[i])]; };
  auto letter = [&](std::size_t i) { return table.flags[static_cast<unsigned char>(bytes[i])] & kLetter; };
  std::size_t i = 0, n = bytes.size(), r = 0;
  while (i < n) {
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < n && letter(i)) ++i;
    while (r < up.size() && up[r].e <= b) ++r;
    bool upper = r < up.size() && up[r].b <= b;  // a run of letters lies in one word
    std::string_view key = bytes.substr(b, i - b);
    Memo<char, Tcvn3Word>& words_of = upper ? memo.upper : memo.lower;
    auto [index, fresh] = words_of.find(key);
    if (fresh) {
      Tcvn3Word& tw = words_of[index];
      w.clear();
      decode_tcvn3(key, w);
      if (upper)
        for (char32_t& c : w) c = to_upper(c);
      tw.word = syl::u_word(w);
      tw.off = static_cast<std::uint32_t>(memo.utf8.size());
      append_utf8(memo.utf8, w);
      tw.len = static_cast<std::uint32_t>(memo.utf8.size() - tw.off);
      if (tw.word.horn.slot >= 0) {
        w.insert(w.begin() + tw.word.horn.slot, tw.word.all_caps ? U'\u01AF' : U'\u01B0');
        tw.off_u = static_cast<std::uint32_t>(memo.utf8.size());
        append_utf8(memo.utf8, w);
        tw.len_u = static_cast<std::uint32_t>(memo.utf8.size() - tw.off_u);
      }
    }
    at.push_back({b, i, upper, index});
  }
  for (const Place& p : at) {  // now that the memo stays put
    syl::USpan& sp = words.emplace_back();
    sp.word = &(p.upper ? memo.upper : memo.lower)[p.index].word;
    sp.before = p.b > 0 ? byte(p.b - 1).c : 0;
    sp.after = p.e < n ? byte(p.e).c : 0;
  }
  std::size_t restored = syl::restore_u(words, lost_everywhere);
  // Written through a pointer: at most 3 bytes a byte, 3 more a ư.
  const char* arena = memo.utf8.data();
  std::size_t start = out.size();
  out.resize(start + 3 * (n + restored));
  char* o = out.data() + start;
  auto put = [&](std::size_t from, std::size_t to) {  // bytes that are no letters: as they decode
    for (std::size_t j = from; j < to; ++j) {
      const TcvnByte& c = byte(j);
      std::memcpy(o, c.utf8, 3);
      o += c.len;
    }
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Place& p = at[k];
    put(done, p.b);
    const Tcvn3Word& tw = (p.upper ? memo.upper : memo.lower)[p.index];
    std::uint32_t off = words[k].fixed ? tw.off_u : tw.off, len = words[k].fixed ? tw.len_u : tw.len;
    std::memcpy(o, arena + off, len);
    o += len;
    done = p.e;
  }
  put(done, n);
  out.resize(static_cast<std::size_t>(o - out.data()));
  return restored;
}

// The same for a line of Unicode text (a mojibake line with characters
// Windows-1252 lacks): no capitals, only the lost ư.
std::size_t restore_u(std::u32string& s, bool lost_everywhere, Tcvn3Words& memo) {
  thread_local std::vector<syl::USpan> words;
  thread_local std::vector<std::size_t> start;
  thread_local std::vector<std::uint32_t> which;
  words.clear();
  start.clear();
  which.clear();
  std::size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && !syl::is_letter(s[i])) ++i;
    std::size_t b = i;
    while (i < n && syl::is_letter(s[i])) ++i;
    if (i == b) continue;
    std::u32string_view w(s.data() + b, i - b);
    auto [index, fresh] = memo.unicode.find(w);
    if (fresh) memo.unicode[index] = syl::u_word(w);
    syl::USpan sp;
    sp.before = b > 0 ? s[b - 1] : 0;
    sp.after = i < n ? s[i] : 0;
    words.push_back(sp);
    start.push_back(b);
    which.push_back(index);
  }
  for (std::size_t k = 0; k < words.size(); ++k) words[k].word = &memo.unicode[which[k]];
  std::size_t restored = syl::restore_u(words, lost_everywhere);
  for (std::size_t k = words.size(); k-- > 0;)  // from the end: earlier positions stay put
    if (words[k].fixed)
      s.insert(s.begin() + static_cast<std::ptrdiff_t>(start[k] + words[k].word->horn.slot),
               words[k].word->all_caps ? U'\u01AF' : U'\u01B0');
  return restored;
}

// ---- per-line choice

struct Line {
  std::size_t b, e;          // byte range in the input, without '\n'
  std::size_t lb = 0, le = 0;  // the line's legacy bytes, in the document's
  bool has_bytes = false;    // false: mojibake line with characters outside Windows-1252
  bool candidate = false;    // has bytes ≥ 0x80 that the readings disagree on
  int score[kKinds] = {};
  int lost_u = 0, soft_hyphens = 0;
  bool strong = false;       // mojibake beyond doubt: two syllables and a clear gain
  Kind chosen = Kind::as_is;
};


// Whether `s` has a byte ≥ 0x80: eight at a time, as most lines are ASCII
// for long stretches.
bool has_high(std::string_view s) {
  std::size_t i = 0, n = s.size();
  std::uint64_t any = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    any |= w;
  }
  for (; i < n; ++i) any |= static_cast<unsigned char>(s[i]);
  return any & 0x8080808080808080ull;
}

// How often byte `c` occurs in `s` (memchr: the bytes counted are rare).
std::size_t count_byte(std::string_view s, char c) {
  std::size_t n = 0;
  for (const char *p = s.data(), *e = p + s.size(); (p = static_cast<const char*>(std::memchr(p, c, e - p))); ++p)
    ++n;
  return n;
}

// The lines of `input`, their legacy bytes not yet filled in.
std::vector<Line> split_lines(std::string_view input) {
  std::vector<Line> lines;
  lines.reserve(count_byte(input, '\n') + 1);
  for (std::size_t i = 0; i <= input.size();) {
    std::size_t e = input.find('\n', i);
    if (e == std::string_view::npos) e = input.size();
    lines.push_back(Line{i, e});
    i = e + 1;
  }
  return lines;
}

// Shared by both entry points. `legacy` holds the lines' legacy bytes (each
// line's range in Line::lb/le, computed once by the caller); `as_is` says
// whether the line's own UTF-8 is a reading too.
bool choose_and_decode(std::string_view input, bool as_is, std::string_view legacy, std::vector<Line>& lines,
                       Result& out) {
  std::u32string buf;
  const Kind kinds[] = {Kind::tcvn3, Kind::vni, Kind::cp1258};
  int total[kKinds] = {};
  std::size_t strong = 0, unicode = 0;
  WordCache cache;
  Tcvn3Words words;
  for (Line& ln : lines) {
    if (ln.has_bytes) {
      std::string_view bytes = legacy.substr(ln.lb, ln.le - ln.lb);
      if (has_high(bytes)) {
        ln.candidate = true;
        Score sc[kKinds];
        score_bytes(bytes, as_is, sc, cache);
        for (int k = 0; k < kKinds; ++k) {
          ln.score[k] = sc[k].total;
          if (k != 0) ln.strong |= sc[k].valid >= 2 && sc[k].total >= sc[0].total + 4;
        }
        ln.lost_u = sc[static_cast<int>(Kind::tcvn3)].lost_u;
        strong += ln.strong;
        ln.soft_hyphens = static_cast<int>(count_byte(bytes, '\xAD'));
        for (int k = 0; k < kKinds; ++k) total[k] += ln.score[k];
      }
    } else if (as_is) {
      ++unicode;  // characters Windows-1252 lacks: real Unicode text
    }
  }
  Kind doc = Kind::tcvn3;
  for (Kind k : kinds)
    if (!(as_is && k == Kind::cp1258) && total[static_cast<int>(k)] > total[static_cast<int>(doc)]) doc = k;
  int best = total[static_cast<int>(doc)];
  // Evidence needed: real Vietnamese beats the text as it stands (mojibake)
  // or reads at all (raw bytes).
  if (as_is ? best < total[0] + 4 || strong == 0 : best < 4) return false;
  // A real Unicode document with a few odd lines ("Ö" left by Word) is not
  // mojibake: where Unicode lines outnumber clear mojibake, only the clear
  // lines are repaired.
  bool only_strong = as_is && unicode > strong;

  // A line takes the reading that beats the others by a real syllable; a
  // line without such evidence ("Sè", a table cell) reads like the last
  // line that had it, as mixed documents change encoding in blocks.
  constexpr int kMargin = 2;
  Kind last = Kind::as_is, first = Kind::as_is;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& ln = lines[i];
    if (!ln.candidate) {
      ln.chosen = last;  // ASCII lines too may have lost their ư ("- Lu TTLT")
      continue;
    }
    Kind best = Kind::as_is;
    for (Kind k : kinds) {
      if (as_is && k == Kind::cp1258) continue;
      if (best == Kind::as_is || ln.score[static_cast<int>(k)] > ln.score[static_cast<int>(best)]) best = k;
    }
    bool decisive = true;
    for (Kind k : kinds)
      if (k != best && !(as_is && k == Kind::cp1258) &&
          ln.score[static_cast<int>(best)] < ln.score[static_cast<int>(k)] + kMargin)
        decisive = false;
    if (decisive) {
      last = best;
      if (first == Kind::as_is) first = best;
    }
    ln.chosen = decisive ? best : last;
  }
  int lost_u = 0, soft = 0;
  for (Line& ln : lines) {
    if (ln.chosen == Kind::as_is) ln.chosen = first == Kind::as_is ? doc : first;
    if (!ln.candidate) continue;
    if (as_is && (ln.score[0] >= ln.score[static_cast<int>(ln.chosen)] || (only_strong && !ln.strong)))
      ln.chosen = Kind::as_is;
    if (ln.chosen == Kind::tcvn3) {
      lost_u += ln.lost_u;
      soft += ln.soft_hyphens;
    }
  }
  // The document lost its ư when lost-ư words clearly outnumber surviving 0xAD.
  bool lost_everywhere = lost_u >= 3 && lost_u > 4 * soft;

  out = Result{};
  out.kind = doc;
  out.utf8.reserve(input.size() + input.size() / 2);  // TCVN3 letters take 2–3 bytes
  for (const Line& ln : lines) {
    std::string_view text = input.substr(ln.b, ln.e - ln.b);
    std::string_view bytes = legacy.substr(ln.lb, ln.le - ln.lb);
    if (!ln.candidate && ln.chosen == Kind::tcvn3 && lost_everywhere) {
      // ASCII lines too may have lost their ư ("- Lu TTLT"); ASCII reads the
      // same in TCVN3, Unicode lines of mojibake go by their characters
      if (ln.has_bytes) {
        out.u_restored += write_tcvn3(bytes, false, true, words, out.utf8);
      } else {
        buf.clear();
        utf8_to_u32(text, buf);
        std::size_t restored = restore_u(buf, true, words);
        out.u_restored += restored;
        // unchanged, the line's valid UTF-8 is its own encoding
        if (restored) append_utf8(out.utf8, buf);
        else out.utf8.append(text);
      }
    } else if (!ln.candidate || ln.chosen == Kind::as_is) {
      if (ln.candidate) ++out.lines[0];
      out.utf8.append(text);  // ASCII, or UTF-8 kept as it is
    } else {
      if (ln.chosen == Kind::tcvn3) {
        out.u_restored += write_tcvn3(bytes, true, lost_everywhere, words, out.utf8);
      } else {
        buf.clear();
        if (ln.chosen == Kind::vni) decode_vni(bytes, buf);
        else decode_cp1258(bytes, buf);
        append_utf8(out.utf8, buf);
      }
      ++out.lines[static_cast<int>(ln.chosen)];
    }
    if (ln.e < input.size()) out.utf8 += '\n';
  }
  return true;
}

}  // namespace

bool decode_bytes(std::string_view bytes, Result& out) {
  std::vector<Line> lines = split_lines(bytes);
  for (Line& ln : lines) {  // each line is its own legacy bytes
    ln.lb = ln.b;
    ln.le = ln.e;
    ln.has_bytes = true;
  }
  return choose_and_decode(bytes, false, bytes, lines, out);
}

namespace {
// Latin-1 letters and signs that Vietnamese never uses but TCVN3/VNI
// mojibake is full of (µ · ¸ ñ Ü Ö for TCVN3; ä ø û ï for VNI).
bool foreign_latin1(unsigned c) {
  if (c >= 0xA1 && c <= 0xBF) return c != 0xAB && c != 0xBB && c != 0xB0;  // « » ° occur in real text
  switch (c) {
    case 0xC4: case 0xC5: case 0xC6: case 0xC7: case 0xCB: case 0xCE: case 0xCF: case 0xD0: case 0xD1:
    case 0xD6: case 0xD8: case 0xDB: case 0xDC: case 0xDE: case 0xDF: case 0xE4: case 0xE5: case 0xE6:
    case 0xE7: case 0xEB: case 0xEE: case 0xEF: case 0xF0: case 0xF1: case 0xF6: case 0xF8: case 0xFB:
    case 0xFC: case 0xFE: case 0xFF:
      return true;
    default:
      return false;
  }
}

// A cheap first look: real Unicode Vietnamese has (almost) none of them, so
// the line-by-line trial decoding is skipped for it.
bool may_be_mojibake(std::string_view utf8) {
  std::size_t chars = 0, foreign = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (i + 8 <= utf8.size()) {  // ASCII eight at a time: each byte a character, none foreign
      std::uint64_t w;
      std::memcpy(&w, utf8.data() + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        chars += 8;
        i += 7;
        continue;
      }
    }
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if ((b & 0xC0) != 0x80) ++chars;
    if ((b == 0xC2 || b == 0xC3) && i + 1 < utf8.size()) {
      unsigned c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
      if (foreign_latin1(c)) ++foreign;
    }
  }
  return foreign >= 20 || (chars > 0 && foreign * 1000 >= chars * 3);
}
}  // namespace

bool repair_mojibake(std::string_view utf8, Result& out) {
  if (!may_be_mojibake(utf8)) return false;
  // Every line's bytes once, in one buffer: scoring and decoding read them there.
  std::vector<Line> lines = split_lines(utf8);
  std::string legacy;
  legacy.reserve(utf8.size());
  for (Line& ln : lines) {
    ln.lb = legacy.size();
    ln.has_bytes = cp1252_bytes(utf8.substr(ln.b, ln.e - ln.b), legacy);
    ln.le = legacy.size();
  }
  return choose_and_decode(utf8, true, legacy, lines, out);
}

}  // namespace vanban::legacy
