// Choosing a reading per line, then two TCVN3 repairs:
//  - capitals: the ".VnTimeH" capital fonts reuse the lower-case bytes, so
//    "PHÇN" arrives for "PHẦN"; a word typed in capitals is upper-cased whole.
//  - the lost ư (orthography.md §5.1): 0xAD is the soft hyphen of
//    Windows-1252 and extractors drop it. Words that are no syllable without
//    it ("nớc", "Chơng") get it back; where both spellings are words
//    ("mơi"/"mươi", "c"/"cư") word counts decide (syllable_data.cpp), and
//    only in a document that lost its ư at all.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "legacy.h"
#include "syllable.h"

namespace vanban::syl {
extern const char kUHornCounts[];
}

namespace vanban::legacy {

namespace {

// Word boundaries for scoring: ASCII non-letters, no-break space and the
// general punctuation block (– — “ ” … •). Latin-1 symbols stay inside words
// on purpose: "B¸o" must read as one odd word, not as "B" and "o".
bool is_sep(char32_t c) {
  if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
}

template <class F>
void for_each_word(std::u32string_view s, F&& f) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && is_sep(s[i])) ++i;
    std::size_t b = i;
    while (i < n && !is_sep(s[i])) ++i;
    if (i > b) f(b, i);
  }
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

// Upper-cases TCVN3 words typed in a capital font: all their ASCII letters
// are capitals and at least two letters are ("THø" → "THỨ", "§¸NH" →
// "ĐÁNH"); a word with one capital ("Vµ", "Sè") follows its neighbours.
void fix_capitals(std::u32string& s) {
  enum Cls : std::uint8_t { lower, strong, weak, neutral };
  struct W {
    std::size_t b, e;
    Cls cls;
  };
  thread_local std::vector<W> words;  // reused: this runs once per line
  words.clear();
  for_each_word(s, [&](std::size_t b, std::size_t e) {
    int up = 0, ascii_lower = 0, vn_lower = 0;
    for (std::size_t i = b; i < e; ++i) {
      syl::Letter l = syl::letter(s[i]);
      if (l.base == syl::kNone || l.base == syl::kToneMark) continue;
      if (l.upper) ++up;
      else if (s[i] < 0x80) ++ascii_lower;
      else ++vn_lower;
    }
    // ASCII-only capitals (UBND, PC) are abbreviations as often as headings
    bool ascii_only = vn_lower == 0 && std::all_of(s.begin() + b, s.begin() + e, [](char32_t c) { return c < 0x80; });
    Cls c = ascii_lower ? lower : ascii_only ? neutral : up >= 2 ? strong : up == 1 ? (vn_lower ? weak : neutral) : lower;
    words.push_back({b, e, c});
  });
  auto upcase = [&](const W& w) {
    for (std::size_t i = w.b; i < w.e; ++i) s[i] = to_upper(s[i]);
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].cls == strong) upcase(words[k]);
    if (words[k].cls != weak) continue;
    auto side = [&](int step) {  // -1 = lower-case neighbour, 1 = capitals, 0 = none
      for (std::size_t j = k + step; j < words.size(); j += step) {
        if (words[j].cls == lower) return -1;
        if (words[j].cls == strong) return 1;
      }
      return 0;
    };
    int l = side(-1), r = side(1);
    if (l >= 0 && r >= 0 && l + r > 0) upcase(words[k]);
  }
}

constexpr int kKinds = 4;

// Scores one line of legacy bytes every way at once, word by word: only
// words with bytes ≥ 0xA1 read differently, so only those are decoded (in
// TCVN3 a word typed in capitals is upper-cased first, as fix_capitals
// will). `as_is`: also the Windows-1252 reading, i.e. mojibake left alone.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using WordCache = std::unordered_map<std::string, std::array<Score, kKinds>, ViewHash, std::equal_to<>>;

void score_bytes(std::string_view bytes, bool as_is, Score sc[kKinds], WordCache& cache) {
  thread_local std::u32string w;
  auto sep = [](unsigned char b) { return b < 0x80 ? !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') : b <= 0xA0; };
  std::size_t i = 0, n = bytes.size();
  while (i < n) {
    while (i < n && sep(static_cast<unsigned char>(bytes[i]))) ++i;
    std::size_t b = i;
    bool high = false, ascii_lower = false, ascii_upper = false;
    for (; i < n && !sep(static_cast<unsigned char>(bytes[i])); ++i) {
      unsigned char c = static_cast<unsigned char>(bytes[i]);
      high |= c >= 0x80;
      ascii_lower |= c >= 'a' && c <= 'z';
      ascii_upper |= c >= 'A' && c <= 'Z';
    }
    if (!high) continue;
    std::string_view word = bytes.substr(b, i - b);
    // A document repeats its words: each distinct one is read once.
    auto it = cache.find(word);
    if (it == cache.end()) {
      if (cache.size() > 200000) cache.clear();
      std::array<Score, kKinds> ws{};
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
      it = cache.emplace(std::string(word), ws).first;
    }
    for (int k = 0; k < kKinds; ++k) {
      if (k == static_cast<int>(as_is ? Kind::cp1258 : Kind::as_is)) continue;
      sc[k].total += it->second[k].total;
      sc[k].valid += it->second[k].valid;
      sc[k].lost_u += it->second[k].lost_u;
    }
  }
}

// ---- word counts for the ambiguous ư pairs

struct Counts {
  std::unordered_map<std::string, double> uni, bi;
  Counts() {
    const char* p = syl::kUHornCounts;
    while (*p) {
      const char* e = p;
      while (*e && *e != '\n') ++e;
      std::string line(p, e);
      p = *e ? e + 1 : e;
      std::size_t sp = line.rfind(' ');
      if (sp == std::string::npos) continue;
      double n = std::stod(line.substr(sp + 1));
      std::string key = line.substr(0, sp);
      (key.find(' ') == std::string::npos ? uni : bi)[key] = n;
    }
  }
  double u(const std::string& w) const {
    auto it = uni.find(w);
    return it == uni.end() ? 0 : it->second;
  }
  double b(const std::string& a, const std::string& c) const {
    auto it = bi.find(a + ' ' + c);
    return it == bi.end() ? 0 : it->second;
  }
};

const Counts& counts() {
  static const Counts c;
  return c;
}

bool has_vowel(std::u32string_view w) {
  for (char32_t c : w) {
    syl::Letter l = syl::letter(c);
    std::uint8_t b = l.base;
    if (b == 1 || b == 5 || b == 9 || b == 15 || b == 21 || b == 25 || (b >= syl::kA_breve && b <= syl::kU_horn))
      return true;
  }
  return false;
}

bool all_caps(std::u32string_view w) {
  if (w.size() < 2) return false;
  for (char32_t c : w)
    if (!syl::letter(c).upper) return false;
  return true;
}

// Number words and counted units, one class for the pair counts (as in
// syllable_data_gen.py).
const std::string kNumeral = "<num>";
bool is_numeral(const std::string& w) {
  static const char* const kWords[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
                                       "mười", "mươi", "lăm", "mốt", "tư", "trăm", "nghìn", "ngàn",
                                       "triệu", "tỷ", "ngày", "tháng", "giờ", "phút", "lần", "tuổi"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Picks between "w" and "w with ư" by how often each follows `left` and
// precedes `right`; a context word counts only when it was seen with one of
// the two.
bool prefer_u(const std::string& w, const std::string& wu, const std::string& left, const std::string& right) {
  const Counts& c = counts();
  double uw = c.u(w), uu = c.u(wu);
  double sw = std::log(uw + 0.5), su = std::log(uu + 0.5);
  for (int side = 0; side < 2; ++side) {
    const std::string& ctx = side ? right : left;
    if (ctx.empty()) continue;
    // numerals pool their counts: "mười ba" tells about "mười bảy" too
    const std::string& cls = is_numeral(ctx) ? kNumeral : ctx;
    double bw = side ? c.b(w, cls) : c.b(cls, w);
    double bu = side ? c.b(wu, cls) : c.b(cls, wu);
    if (bw + bu == 0) continue;
    sw += std::log((bw + 0.1) / (uw + 1));
    su += std::log((bu + 0.1) / (uu + 1));
  }
  return su > sw;
}

// Puts lost ư back into one TCVN3 line; returns how many.
std::size_t restore_u(std::u32string& s, bool lost_everywhere) {
  struct Span {
    std::size_t b, e;
    bool fixed;
  };
  thread_local std::vector<Span> words;
  words.clear();
  std::size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && !syl::is_letter(s[i])) ++i;
    std::size_t b = i;
    while (i < n && syl::is_letter(s[i])) ++i;
    if (i > b) words.push_back({b, i, false});
  }
  std::size_t restored = 0;
  auto insert = [&](std::size_t k, int slot) {
    std::u32string_view w(s.data() + words[k].b, words[k].e - words[k].b);
    char32_t u = all_caps(w) ? 0x1AF : 0x1B0;
    s.insert(s.begin() + static_cast<std::ptrdiff_t>(words[k].b + slot), u);
    for (std::size_t j = k; j < words.size(); ++j) {
      if (j > k) ++words[j].b;
      ++words[j].e;
    }
    words[k].fixed = true;
    ++restored;
  };
  auto view = [&](std::size_t k) { return std::u32string_view(s.data() + words[k].b, words[k].e - words[k].b); };
  // 1. words that are no syllable without it: nớc, Chơng, trởng
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::u32string_view w = view(k);
    if (w.size() == 1 && syl::letter(w[0]).upper) continue;  // column labels, form codes: S, T, C04
    if (!has_vowel(w)) continue;  // "c", "tr": abbreviations and point letters too
    int slot = syl::u_horn_slot(w, false);
    if (slot >= 0) insert(k, slot);
  }
  if (!lost_everywhere) return restored;
  // A single letter that names a point ("d)", "(c)", "điểm d", "a, b, c")
  // keeps its spelling; the counts leave such letters out too.
  auto one_letter = [&](std::size_t k) {  // a–z or đ alone: a point's name, not "ở"
    const Span& w = words[k];
    return w.e - w.b == 1 && (s[w.b] < 0x80 || s[w.b] == 0x111 || s[w.b] == 0x110);
  };
  auto point_letter = [&](std::size_t k) {
    const Span& w = words[k];
    if (!one_letter(k)) return false;
    char32_t after = w.e < s.size() ? s[w.e] : 0, before = w.b > 0 ? s[w.b - 1] : 0;
    // "d)", "(c)", "a." open a line; "(đầu t)" is running text
    if (before == '(' || (k == 0 && (after == ')' || after == '.' || after == ':'))) return true;
    if (k + 1 < words.size() && one_letter(k + 1)) return true;
    if (k == 0) return false;
    if (one_letter(k - 1)) return true;
    std::string left = syl::lower_utf8(view(k - 1));
    if (left == "điểm" || left == "tiết" || left == "mục" || left == "khoản") return true;
    // "a và d", "a đến d"; but "dân lập và t nhân" is tư nhân
    return (left == "và" || left == "hoặc" || left == "đến") && k >= 2 && one_letter(k - 2);
  };
  // 2. both spellings are words: decide by counts, in context
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].fixed) continue;
    std::u32string_view w = view(k);
    // A capital alone is a column label or form code (S, T, C04-) unless it
    // continues a capitalised name ("Sở T pháp", "Đầu T").
    if (w.size() == 1 && syl::letter(w[0]).upper) {
      char32_t after = words[k].e < s.size() ? s[words[k].e] : 0;
      if (k == 0 || after == '-' || (after >= '0' && after <= '9') || view(k - 1).size() < 2 ||
          !syl::letter(view(k - 1)[0]).upper)
        continue;
    }
    if (!has_vowel(w) && (all_caps(w) || point_letter(k))) continue;  // NH, UBND; điểm d
    int slot = syl::u_horn_slot(w, true);
    if (slot < 0) continue;
    if (!has_vowel(w) && w.size() >= 2) {  // "nh", "Hng": no word without the ư
      insert(k, slot);
      continue;
    }
    std::string lw = syl::lower_utf8(w);
    std::string lu = lw;
    std::size_t at = 0;
    for (int j = 0; j < slot; ++j) at += lw[at] & 0x80 ? ((lw[at] & 0xE0) == 0xC0 ? 2 : 3) : 1;
    lu.insert(at, "\xC6\xB0");
    std::string left = k > 0 ? syl::lower_utf8(view(k - 1)) : std::string();
    std::string right = k + 1 < words.size() ? syl::lower_utf8(view(k + 1)) : std::string();
    if (prefer_u(lw, lu, left, right)) insert(k, slot);
  }
  return restored;
}

// ---- per-line choice

struct Line {
  std::size_t b, e;          // byte range in the input, without '\n'
  bool candidate = false;    // has bytes ≥ 0x80 that the readings disagree on
  int score[kKinds] = {};
  int lost_u = 0, soft_hyphens = 0;
  bool strong = false;       // mojibake beyond doubt: two syllables and a clear gain
  Kind chosen = Kind::as_is;
};

void read_as(Kind k, std::string_view bytes, std::u32string& out) {
  out.clear();
  if (k == Kind::tcvn3) {
    decode_tcvn3(bytes, out);
    fix_capitals(out);
  } else if (k == Kind::vni) {
    decode_vni(bytes, out);
  } else {
    decode_cp1258(bytes, out);
  }
}

// Shared by both entry points. `bytes_of` gives a line's legacy bytes (false
// when it has none: mojibake lines with characters outside Windows-1252);
// `as_is` says whether the line's own UTF-8 is a reading too.
template <class BytesOf>
bool choose_and_decode(std::string_view input, bool as_is, BytesOf&& bytes_of, Result& out) {
  std::vector<Line> lines;
  std::string bytes;
  std::u32string buf;
  const Kind kinds[] = {Kind::tcvn3, Kind::vni, Kind::cp1258};
  int total[kKinds] = {};
  std::size_t strong = 0, unicode = 0;
  WordCache cache;
  lines.reserve(static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n')) + 1);
  for (std::size_t i = 0; i <= input.size();) {
    std::size_t e = input.find('\n', i);
    if (e == std::string_view::npos) e = input.size();
    Line ln{i, e};
    std::string_view text = input.substr(i, e - i);
    if (bytes_of(text, bytes)) {
      bool high = false;
      for (char c : bytes) high |= static_cast<unsigned char>(c) >= 0x80;
      if (high) {
        ln.candidate = true;
        Score sc[kKinds];
        score_bytes(bytes, as_is, sc, cache);
        for (int k = 0; k < kKinds; ++k) {
          ln.score[k] = sc[k].total;
          if (k != 0) ln.strong |= sc[k].valid >= 2 && sc[k].total >= sc[0].total + 4;
        }
        ln.lost_u = sc[static_cast<int>(Kind::tcvn3)].lost_u;
        strong += ln.strong;
        for (char c : bytes) ln.soft_hyphens += static_cast<unsigned char>(c) == 0xAD;
        for (int k = 0; k < kKinds; ++k) total[k] += ln.score[k];
      }
    } else if (as_is) {
      ++unicode;  // characters Windows-1252 lacks: real Unicode text
    }
    lines.push_back(ln);
    i = e + 1;
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
    if (!ln.candidate && ln.chosen == Kind::tcvn3 && lost_everywhere) {
      buf.clear();
      utf8_to_u32(text, buf);
      out.u_restored += restore_u(buf, true);
      append_utf8(out.utf8, buf);
    } else if (!ln.candidate || ln.chosen == Kind::as_is) {
      if (ln.candidate) ++out.lines[0];
      out.utf8.append(text);  // ASCII, or UTF-8 kept as it is
    } else {
      bytes_of(text, bytes);
      read_as(ln.chosen, bytes, buf);
      if (ln.chosen == Kind::tcvn3) out.u_restored += restore_u(buf, lost_everywhere);
      append_utf8(out.utf8, buf);
      ++out.lines[static_cast<int>(ln.chosen)];
    }
    if (ln.e < input.size()) out.utf8 += '\n';
  }
  return true;
}

}  // namespace

bool decode_bytes(std::string_view bytes, Result& out) {
  return choose_and_decode(bytes, false,
                           [](std::string_view line, std::string& b) {
                             b.assign(line);
                             return true;
                           },
                           out);
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
  std::u32string cps;
  return choose_and_decode(utf8, true,
                           [&cps](std::string_view line, std::string& b) {
                             b.clear();
                             cps.clear();
                             utf8_to_u32(line, cps);
                             for (char32_t c : cps) {
                               int v = cp1252_byte(c);
                               if (v < 0) return false;
                               b += static_cast<char>(v);
                             }
                             return true;
                           },
                           out);
}

}  // namespace vanban::legacy
