// Choosing a reading per line, then two TCVN3 repairs (legacy_codec.cpp):
//  - capitals: the ".VnTimeH" capital fonts reuse the lower-case bytes, so
//    "PHÇN" arrives for "PHẦN"; a word typed in capitals is upper-cased whole.
//  - the lost ư (orthography.md §5.1; decided in syllable.cpp): 0xAD is the
//    soft hyphen of Windows-1252 and extractors drop it.
// A line's bytes are split into words once; each distinct word is scored
// every way once per document (legacy_words.h).
#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "legacy.h"
#include "legacy_words.h"
#include "syllable.h"

namespace vanban::legacy {

namespace {

void score_word(std::u32string_view w, Kind k, Scores& sc) {
  int i = static_cast<int>(k);
  switch (syl::classify(w)) {
    case syl::Word::ascii: break;
    case syl::Word::valid:
      sc.total[i] += 2;
      ++sc.valid[i];
      break;
    case syl::Word::foreign: sc.total[i] -= 3; break;
    case syl::Word::invalid:
      if (k == Kind::tcvn3 && syl::u_horn_slot(w, false) >= 0) {
        sc.total[i] += 1;
        ++sc.lost_u[i];
      } else {
        sc.total[i] -= 1;
      }
      break;
  }
}

// Scores a word's bytes every way: only words with bytes ≥ 0x80 read
// differently (in TCVN3 a word typed in capitals is upper-cased first, as
// the capitals repair will).
void score_bytes(std::string_view word, Kind unused, Scores& ws) {
  bool high = false, ascii_lower = false, ascii_upper = false;
  for (char ch : word) {
    unsigned char c = static_cast<unsigned char>(ch);
    high |= c >= 0x80;
    ascii_lower |= c >= 'a' && c <= 'z';
    ascii_upper |= c >= 'A' && c <= 'Z';
  }
  if (!high) return;
  thread_local std::u32string w;
  w.clear();
  decode_tcvn3(word, w);
  if (ascii_upper && !ascii_lower && w.size() >= 2)
    for (char32_t& c : w) c = to_upper(c);
  score_word(w, Kind::tcvn3, ws);
  w.clear();
  decode_vni(word, w, true);
  score_word(w, Kind::vni, ws);
  if (unused != Kind::cp1258) {
    w.clear();
    decode_cp1258(word, w);
    score_word(w, Kind::cp1258, ws);
  }
  if (unused != Kind::as_is) {
    w.clear();
    decode_cp1252(word, w);
    score_word(w, Kind::as_is, ws);
  }
}

// Legacy bytes for scoring: separators (is_sep on the bytes: ASCII
// non-letters and 0x80–0xA0, Windows-1252 punctuation and the no-break
// space), and those of them TCVN3 does not split words on.
enum : std::uint8_t { kSepB = 1, kOddB = 2 };
const std::array<std::uint8_t, 256>& score_bytes_table() {
  static const std::array<std::uint8_t, 256> t = [] {
    std::array<std::uint8_t, 256> t{};
    for (int b = 0; b < 256; ++b) {
      bool sep = b < 0x80 ? !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') : b <= 0xA0;
      t[b] = static_cast<std::uint8_t>((sep ? kSepB : 0) | (tcvn3_odd_sep(static_cast<unsigned char>(b)) ? kOddB : 0));
    }
    return t;
  }();
  return t;
}

// The separators among eight bytes as eight bits (lane by lane in one
// number: a letter is a-z/A-Z, or a byte ≥ 0xA1); odd |= table flags of the
// bytes 0x80–0xA0 among them (rare: looked up only then).
std::uint64_t sep_bits(const unsigned char* p, const std::array<std::uint8_t, 256>& table, unsigned& odd) {
  constexpr std::uint64_t k01 = 0x0101010101010101ull, k80 = 0x80 * k01, k7F = 0x7F * k01;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  std::uint64_t hi = w & k80, low = w & k7F;
  std::uint64_t ge21 = (low + 0x5F * k01) & k80;  // low 7 bits ≥ 0x21
  std::uint64_t x = low | 0x20 * k01;             // ASCII folded to lower case
  std::uint64_t letter = (x + 0x1F * k01) & ~(x + 0x05 * k01) & k80 & ~hi;  // 0x61 ≤ x ≤ 0x7A
  std::uint64_t sep = ~(letter | (hi & ge21)) & k80;
  if (hi & ~ge21)
    for (int j = 0; j < 8; ++j) odd |= table[p[j]];
  return ((sep >> 7) * 0x0102040810204080ull) >> 56;  // lane j's bit to bit j
}

}  // namespace

bool split_words(std::string_view legacy, std::size_t b, std::size_t e, Words& words,
                 Scores& sum) {
  // The separators as bits, 64 bytes a number: built without a branch per
  // byte, and words found with bit scans, without a mispredicted branch at
  // the end of each word.
  thread_local std::vector<std::uint64_t> sep;
  const std::array<std::uint8_t, 256>& table = score_bytes_table();
  const auto* p = reinterpret_cast<const unsigned char*>(legacy.data()) + b;
  std::size_t n = e - b, nw = n / 64 + 1;  // one more: bits past the end are separators
  sep.resize(nw);
  unsigned odd = 0;
  for (std::size_t w = 0; w < nw; ++w) {
    std::size_t base = w * 64, lim = std::min<std::size_t>(64, n - std::min(n, base)), j = 0;
    std::uint64_t m = lim < 64 ? ~0ull << lim : 0;
    for (; j + 8 <= lim; j += 8) m |= sep_bits(p + base + j, table, odd) << j;
    for (; j < lim; ++j) {
      unsigned f = table[p[base + j]];
      m |= static_cast<std::uint64_t>(f & kSepB) << j;
      odd |= f;
    }
    sep[w] = m;
  }
  // the first position ≥ at whose bit is `set` (past the end: n)
  auto next = [&](std::size_t at, bool set) {
    std::size_t w = at >> 6;
    std::uint64_t x = (set ? sep[w] : ~sep[w]) & (~0ull << (at & 63));
    while (!x) {
      if (++w == nw) return n;
      x = set ? sep[w] : ~sep[w];
    }
    return std::min(n, (w << 6) + static_cast<std::size_t>(__builtin_ctzll(x)));
  };
  for (std::size_t i = next(0, false); i < n;) {
    std::size_t end = next(i, true);
    std::string_view key = legacy.substr(b + i, end - i);
    auto [index, fresh] = words.memo.find(key, b + i + 8 <= legacy.size());
    Word& w = words.memo[index];
    if (fresh) {
      score_bytes(key, words.unused, w.score);
      w.caps = tcvn3_caps(key);
    }
    sum += w.score;  // the unused reading's scores stay zero
    words.places.push_back({static_cast<std::uint32_t>(b + i), static_cast<std::uint32_t>(b + end), index, w.caps});
    i = next(end, false);
  }
  return odd & kOddB;
}

namespace {

// ---- per-line choice

struct Line {
  std::size_t b, e;          // byte range in the input, without '\n'
  std::size_t lb = 0, le = 0;  // the line's legacy bytes, in the document's
  bool has_bytes = false;    // false: mojibake line with characters outside Windows-1252
  bool candidate = false;    // has bytes ≥ 0x80 that the readings disagree on
  bool split = false;        // its words are words.places[p0, p1)
  bool odd = false;          // as split_words said
  std::uint32_t p0 = 0, p1 = 0;
  int score[kKinds] = {};
  int lost_u = 0, soft_hyphens = 0;
  bool strong = false;       // mojibake beyond doubt: two syllables and a clear gain
  Kind chosen = Kind::as_is;
};

void split(std::string_view legacy, Line& ln, Words& words, Scores& sum) {
  ln.p0 = static_cast<std::uint32_t>(words.places.size());
  ln.odd = split_words(legacy, ln.lb, ln.le, words, sum);
  ln.p1 = static_cast<std::uint32_t>(words.places.size());
  ln.split = true;
}

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

// What a document is decoded with, kept from one document to the next (per
// thread): fresh memory costs a page fault per 4 KiB on first touch, which
// on these buffers cost more than the work done in them.
struct Scratch {
  std::vector<Line> lines;
  std::string legacy;  // mojibake lines' bytes
  Words words;

  static Scratch& get() {
    thread_local Scratch s;
    s.lines.clear();
    s.legacy.clear();
    s.words.clear();
    return s;
  }
  // A huge document's buffers are not kept.
  void trim() {
    constexpr std::size_t kKeep = 16 << 20;
    if (lines.capacity() * sizeof(Line) > kKeep) std::vector<Line>().swap(lines);
    if (legacy.capacity() > kKeep) std::string().swap(legacy);
    if (words.places.capacity() * sizeof(Place) > kKeep || words.arena.capacity() > kKeep) words = Words();
  }
};

// The lines of `input`, their legacy bytes not yet filled in.
void split_lines(std::string_view input, std::vector<Line>& lines) {
  for (std::size_t i = 0; i <= input.size();) {
    std::size_t e = input.find('\n', i);
    if (e == std::string_view::npos) e = input.size();
    lines.push_back(Line{i, e});
    i = e + 1;
  }
}

// Shared by both entry points. `legacy` holds the lines' legacy bytes (each
// line's range in Line::lb/le, computed once by the caller); `as_is` says
// whether the line's own UTF-8 is a reading too.
bool choose_and_decode(std::string_view input, bool as_is, std::string_view legacy, std::vector<Line>& lines,
                       Words& words, Result& out) {
  std::u32string buf;
  const Kind kinds[] = {Kind::tcvn3, Kind::vni, Kind::cp1258};
  int total[kKinds] = {};
  std::size_t strong = 0, unicode = 0;
  words.unused = as_is ? Kind::cp1258 : Kind::as_is;
  for (Line& ln : lines) {
    if (ln.has_bytes) {
      std::string_view bytes = legacy.substr(ln.lb, ln.le - ln.lb);
      if (has_high(bytes)) {
        ln.candidate = true;
        Scores sc;
        split(legacy, ln, words, sc);
        for (int k = 0; k < kKinds; ++k) {
          ln.score[k] = sc.total[k];
          if (k != 0) ln.strong |= sc.valid[k] >= 2 && sc.total[k] >= sc.total[0] + 4;
        }
        ln.lost_u = sc.lost_u[static_cast<int>(Kind::tcvn3)];
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
  for (Line& ln : lines) {
    std::string_view text = input.substr(ln.b, ln.e - ln.b);
    std::string_view bytes = legacy.substr(ln.lb, ln.le - ln.lb);
    if (!ln.candidate && ln.chosen == Kind::tcvn3 && lost_everywhere) {
      // ASCII lines too may have lost their ư ("- Lu TTLT"); ASCII reads the
      // same in TCVN3, Unicode lines of mojibake go by their characters
      if (ln.has_bytes) {
        Scores unused;
        if (!ln.split) split(legacy, ln, words, unused);
        out.u_restored += write_tcvn3(legacy, ln.lb, ln.le, ln.p0, ln.p1, false, ln.odd, true, words, out.utf8);
      } else {
        buf.clear();
        utf8_to_u32(text, buf);
        std::size_t restored = syl::restore_u(buf, true);
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
        out.u_restored += write_tcvn3(legacy, ln.lb, ln.le, ln.p0, ln.p1, true, ln.odd, lost_everywhere, words,
                                      out.utf8);
      } else if (ln.chosen == Kind::vni) {
        write_vni(legacy, ln.lb, ln.le, ln.p0, ln.p1, words, out.utf8);
      } else {
        write_cp1258(bytes, out.utf8);
      }
      ++out.lines[static_cast<int>(ln.chosen)];
    }
    if (ln.e < input.size()) out.utf8 += '\n';
  }
  return true;
}

}  // namespace

// Word positions are kept in 32 bits (half the memory, twice the words per
// cache line): documents of 4 GiB and more are not taken for legacy text.
constexpr std::size_t kMaxBytes = std::size_t{0xFFFFFFFF};

bool decode_bytes(std::string_view bytes, Result& out) {
  if (bytes.size() >= kMaxBytes) return false;
  Scratch& s = Scratch::get();
  split_lines(bytes, s.lines);
  for (Line& ln : s.lines) {  // each line is its own legacy bytes
    ln.lb = ln.b;
    ln.le = ln.e;
    ln.has_bytes = true;
  }
  bool ok = choose_and_decode(bytes, false, bytes, s.lines, s.words, out);
  s.trim();
  return ok;
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
// the line-by-line trial decoding is skipped for it. Without a branch per
// byte: every UTF-8 document comes through here.
bool may_be_mojibake(std::string_view utf8) {
  // foreign_latin1 of the character C2 xx / C3 xx, by (lead is C3) * 64 + (xx & 0x3F)
  static const std::array<std::uint8_t, 128> kForeign = [] {
    std::array<std::uint8_t, 128> t{};
    for (unsigned c = 0x80; c < 0x100; ++c) t[(c >> 6 & 1) << 6 | (c & 0x3F)] = foreign_latin1(c);
    return t;
  }();
  std::size_t chars = 0, foreign = 0, n = utf8.size(), i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  auto lead = [&](std::size_t at) {  // the character starting at p[at], if C2/C3 xx
    unsigned next = at + 1 < n ? p[at + 1] : 0;
    foreign += kForeign[(p[at] & 1) << 6 | (next & 0x3F)];
  };
  constexpr std::uint64_t k80 = 0x8080808080808080ull, k7F = 0x7F7F7F7F7F7F7F7Full;
  for (; i + 8 <= n; i += 8) {  // eight bytes at a time
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    std::uint64_t cont = w & k80 & ~(w << 1);  // 10xxxxxx: bit 7 set, bit 6 clear
    chars += 8 - (((cont >> 7) * 0x0101010101010101ull) >> 56);  // the bytes' sum of 0/1
    std::uint64_t x = (w ^ 0xC2C2C2C2C2C2C2C2ull) & 0xFEFEFEFEFEFEFEFEull;  // 0 where C2/C3
    for (std::uint64_t m = ~(((x & k7F) + k7F) | x) & k80; m; m &= m - 1) lead(i + (__builtin_ctzll(m) >> 3));
  }
  for (; i < n; ++i) {
    chars += (p[i] & 0xC0) != 0x80;
    if ((p[i] & 0xFE) == 0xC2) lead(i);
  }
  return foreign >= 20 || (chars > 0 && foreign * 1000 >= chars * 3);
}
}  // namespace

bool repair_mojibake(std::string_view utf8, Result& out) {
  if (utf8.size() >= kMaxBytes || !may_be_mojibake(utf8)) return false;
  // Every line's bytes once, in one buffer: scoring and decoding read them there.
  Scratch& s = Scratch::get();
  split_lines(utf8, s.lines);
  s.legacy.reserve(utf8.size());
  for (Line& ln : s.lines) {
    ln.lb = s.legacy.size();
    ln.has_bytes = cp1252_bytes(utf8.substr(ln.b, ln.e - ln.b), s.legacy);
    ln.le = s.legacy.size();
  }
  bool ok = choose_and_decode(utf8, true, s.legacy, s.lines, s.words, out);
  s.trim();
  return ok;
}

}  // namespace vanban::legacy
