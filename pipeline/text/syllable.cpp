// Vietnamese syllable structure: initial consonant + rhyme (vần) + tone.
// The set of valid syllables is generated once from the tables below and
// kept as packed 64-bit keys, so a word is checked with one hash probe.
#include "syllable.h"

#include "legacy.h"

#include <array>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace vanban::syl {

extern const char kUHornCounts[];

namespace {

// Vowel shapes with their tones, lower and upper case, in tone order.
struct Row {
  std::uint8_t base;
  const char* lower;
  const char* upper;
};
const Row kRows[] = {
    {'a' - 'a' + 1, "aàảãáạ", "AÀẢÃÁẠ"}, {kA_breve, "ăằẳẵắặ", "ĂẰẲẴẮẶ"}, {kA_circ, "âầẩẫấậ", "ÂẦẨẪẤẬ"},
    {'e' - 'a' + 1, "eèẻẽéẹ", "EÈẺẼÉẸ"}, {kE_circ, "êềểễếệ", "ÊỀỂỄẾỆ"}, {'i' - 'a' + 1, "iìỉĩíị", "IÌỈĨÍỊ"},
    {'o' - 'a' + 1, "oòỏõóọ", "OÒỎÕÓỌ"}, {kO_circ, "ôồổỗốộ", "ÔỒỔỖỐỘ"}, {kO_horn, "ơờởỡớợ", "ƠỜỞỠỚỢ"},
    {'u' - 'a' + 1, "uùủũúụ", "UÙỦŨÚỤ"}, {kU_horn, "ưừửữứự", "ƯỪỬỮỨỰ"}, {'y' - 'a' + 1, "yỳỷỹýỵ", "YỲỶỸÝỴ"},
};

char32_t next_cp(const char*& p) {
  unsigned char c = static_cast<unsigned char>(*p++);
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> n);
  while (n--) cp = cp << 6 | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

constexpr char32_t kTableEnd = detail::kLetterEnd;

struct Tables {
  std::array<Letter, kTableEnd> info{};
  char32_t composed[kD_bar + 1][6][2]{};
  // Open-addressing set of packed syllable skeletons (0 = empty slot).
  std::vector<std::uint64_t> slots = std::vector<std::uint64_t>(1 << 14, 0);

  Tables() {
    for (char32_t c = 'a'; c <= 'z'; ++c) {
      info[c] = {static_cast<std::uint8_t>(c - 'a' + 1), 0, false};
      info[c - 32] = {static_cast<std::uint8_t>(c - 'a' + 1), 0, true};
      composed[c - 'a' + 1][0][0] = c;
      composed[c - 'a' + 1][0][1] = c - 32;
    }
    for (const Row& r : kRows) {
      const char* lo = r.lower;
      const char* up = r.upper;
      for (int t = 0; t < 6; ++t) {
        char32_t l = next_cp(lo), u = next_cp(up);
        info[l] = {r.base, static_cast<std::uint8_t>(t), false};
        info[u] = {r.base, static_cast<std::uint8_t>(t), true};
        composed[r.base][t][0] = l;
        composed[r.base][t][1] = u;
      }
    }
    info[0x111] = {kD_bar, 0, false};
    info[0x110] = {kD_bar, 0, true};
    composed[kD_bar][0][0] = 0x111;
    composed[kD_bar][0][1] = 0x110;
    // combining tones (cp1258, NFD): grave, acute, tilde, hook, dot below
    info[0x300] = {kToneMark, 1, false};
    info[0x309] = {kToneMark, 2, false};
    info[0x303] = {kToneMark, 3, false};
    info[0x301] = {kToneMark, 4, false};
    info[0x323] = {kToneMark, 5, false};
    // Windows-1258 also encodes tones U+0340/0341 in some tools.
    info[0x340] = {kToneMark, 1, false};
    info[0x341] = {kToneMark, 4, false};
    build_syllables();
  }

  static std::uint64_t pack(const std::uint8_t* codes, std::size_t n) {
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k |= static_cast<std::uint64_t>(codes[i]) << (6 * i);
    return k;
  }
  void insert(std::uint64_t k) {
    std::size_t m = slots.size() - 1, i = (k * 0x9E3779B97F4A7C15ull) >> 50 & m;
    while (slots[i] && slots[i] != k) i = (i + 1) & m;
    slots[i] = k;
  }
  bool contains(std::uint64_t k) const {
    std::size_t m = slots.size() - 1, i = (k * 0x9E3779B97F4A7C15ull) >> 50 & m;
    while (slots[i]) {
      if (slots[i] == k) return true;
      i = (i + 1) & m;
    }
    return false;
  }
  std::vector<std::uint8_t> codes(const char* s) const {
    std::vector<std::uint8_t> v;
    while (*s) v.push_back(info[next_cp(s)].base);
    return v;
  }
  void build_syllables();
};

// Rhymes (vần) without tone. Those with p/t/c/ch finals take only sắc/nặng,
// checked at lookup.
const char* const kRhymes[] = {
    "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
    "ăm", "ăn", "ăng", "ăp", "ăt", "ăc",
    "âu", "ây", "âm", "ân", "âng", "âp", "ât", "âc",
    "e", "eo", "em", "en", "eng", "ep", "et", "ec",
    "ê", "êu", "êm", "ên", "ênh", "êp", "êt", "êch",
    "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
    "iêu", "iêm", "iên", "iêng", "iêp", "iêt", "iêc",
    "o", "oi", "om", "on", "ong", "op", "ot", "oc", "oong", "ooc",
    "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
    "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc",
    "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
    "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưt", "ưc",
    "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt", "ươc",
    "y", "yêu", "yêm", "yên", "yêt",
    "oa", "oai", "oay", "oan", "oang", "oanh", "oap", "oat", "oac", "oach",
    "oăm", "oăn", "oăng", "oăt", "oăc", "oe", "oeo", "oen", "oet",
    "uân", "uâng", "uât", "uây", "uê", "uênh", "uêch", "uơ",
    "uy", "uya", "uyu", "uyn", "uynh", "uyt", "uych", "uyp", "uyên", "uyêt",
};
// After qu the u belongs to the initial: quà, quân, quyết, quốc.
const char* const kQuRhymes[] = {
    "a", "ai", "ao", "ay", "an", "ang", "anh", "at", "ac", "ach", "ăn", "ăng", "ăt", "ăc",
    "ân", "âng", "ât", "ây", "e", "eo", "en", "et", "ê", "ên", "ênh", "êt", "êch", "i", "y",
    "yên", "yêt", "ynh", "yt", "ych", "yn", "yu", "ơ", "ôc", "ôn",
};
const char* const kInitials[] = {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m",
                                 "n", "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x"};

void Tables::build_syllables() {
  constexpr std::uint8_t A = 1, E = 5, I = 9, Y = 25;
  auto front = [](std::uint8_t c) { return c == E || c == kE_circ || c == I || c == Y; };
  for (const char* ini : kInitials) {
    std::vector<std::uint8_t> in = codes(ini);
    std::string si(ini);
    for (const char* rh : kRhymes) {
      std::vector<std::uint8_t> r = codes(rh);
      bool fr = front(r[0]);
      if ((si == "k" || si == "gh" || si == "ngh") && !fr) continue;
      if ((si == "gh" || si == "ngh") && r[0] == Y) continue;
      if ((si == "c" || si == "ng") && fr) continue;
      if (si == "g" && (r[0] == E || r[0] == kE_circ || r[0] == Y)) continue;  // g+i: gì, gìn
      if (si == "gi" && r[0] == I) continue;
      if (r[0] == Y && r.size() > 1 && !si.empty()) continue;  // yêu, yên only alone
      if (r.size() >= 2 && r[0] == I && r[1] == kE_circ && si.empty()) continue;  // iê needs an initial
      std::vector<std::uint8_t> k = in;
      k.insert(k.end(), r.begin(), r.end());
      insert(pack(k.data(), k.size()));
    }
    (void)A;
  }
  for (const char* rh : kQuRhymes) {
    std::vector<std::uint8_t> k = codes("qu"), r = codes(rh);
    k.insert(k.end(), r.begin(), r.end());
    insert(pack(k.data(), k.size()));
  }
  for (const char* rh : {"êng", "ênh"}) {  // giêng, giếng (the i of iê merges into gi)
    std::vector<std::uint8_t> k = codes("gi"), r = codes(rh);
    k.insert(k.end(), r.begin(), r.end());
    insert(pack(k.data(), k.size()));
  }
}

const Tables& tables() {
  static const Tables t;
  return t;
}

// A word reduced to lower-case skeleton codes + tone.
struct Skeleton {
  std::uint8_t c[12];
  std::size_t n = 0;
  int tone = 0;
  int upper = 0;
  bool first_upper = false;
  bool ok = true;       // at most one tone, no foreign character, case pattern fine
  bool foreign = false;
  bool vietnamese = false;  // has a non-ASCII Vietnamese letter or a tone
  bool combining = false;   // has a combining tone mark
};

Skeleton skeleton(std::u32string_view w) {
  Skeleton s;
  const Letter* info = detail::letters;
  for (char32_t ch : w) {
    Letter l = ch < kTableEnd ? info[ch] : Letter{};
    if (l.base == kNone) {
      s.foreign = true;
      s.ok = false;
      return s;
    }
    if (l.base == kToneMark) {
      if (s.n == 0 || s.tone) s.ok = false;
      s.tone = l.tone;
      s.vietnamese = true;
      s.combining = true;
      continue;
    }
    if (ch >= 0x80) s.vietnamese = true;
    if (l.tone) {
      if (s.tone) s.ok = false;
      s.tone = l.tone;
    }
    if (l.upper) {
      ++s.upper;
      if (s.n == 0) s.first_upper = true;
    }
    if (s.n == 12) {
      s.ok = false;
      return s;
    }
    s.c[s.n++] = l.base;
  }
  if (s.upper && s.upper != static_cast<int>(s.n) && !(s.upper == 1 && s.first_upper)) s.ok = false;
  return s;
}

// Syllables end in p, t, c or ch only with the sắc or nặng tone.
bool tone_fits(const std::uint8_t* c, std::size_t n, int tone) {
  if (tone == 4 || tone == 5) return true;
  std::uint8_t last = c[n - 1];
  return !(last == 'p' - 'a' + 1 || last == 't' - 'a' + 1 || last == 'c' - 'a' + 1 ||
           (n >= 2 && last == 'h' - 'a' + 1 && c[n - 2] == 'c' - 'a' + 1));
}

bool valid_codes(const std::uint8_t* c, std::size_t n, int tone) {
  if (n == 0 || n > 7) return false;
  // the tone test first: it is cheaper than the probe and answers the same
  return tone_fits(c, n, tone) && tables().contains(Tables::pack(c, n));
}

// Length of the initial consonant, the way the rhyme tables split words.
std::size_t initial_length(const std::uint8_t* c, std::size_t n) {
  auto is = [&](std::size_t i, char ch) { return i < n && c[i] == ch - 'a' + 1; };
  auto vowel = [&](std::size_t i) {
    if (i >= n) return false;
    std::uint8_t b = c[i];
    return b == 1 || b == 5 || b == 9 || b == 15 || b == 21 || b == 25 || (b >= kA_breve && b <= kU_horn);
  };
  if (is(0, 'n') && is(1, 'g') && is(2, 'h')) return 3;
  if (is(0, 'g') && is(1, 'i')) return vowel(2) ? 2 : 1;
  if (is(0, 'q') && is(1, 'u')) return 2;
  if ((is(0, 'c') || is(0, 'k') || is(0, 'n') || is(0, 'p') || is(0, 't') || is(0, 'g')) && is(1, 'h')) return 2;
  if (is(0, 'n') && is(1, 'g')) return 2;
  if (is(0, 't') && is(1, 'r')) return 2;
  std::size_t i = 0;
  while (i < n && !vowel(i)) ++i;
  return i > 1 ? n + 1 : i;  // other clusters are not Vietnamese
}

}  // namespace

const Letter* const detail::letters = tables().info.data();

char32_t compose(std::uint8_t base, int tone, bool upper) {
  if (base == kNone || base > kD_bar || tone < 0 || tone > 5) return 0;
  return tables().composed[base][tone][upper ? 1 : 0];
}

Word classify(std::u32string_view w) {
  Skeleton s = skeleton(w);
  if (s.foreign) return Word::foreign;
  if (!s.vietnamese) return Word::ascii;
  if (!s.ok) return Word::invalid;
  return valid_codes(s.c, s.n, s.tone) ? Word::valid : Word::invalid;
}

UHorn u_horn(std::u32string_view w) {
  UHorn h;
  Skeleton s = skeleton(w);
  // Only words written letter by letter (precomposed) can be patched by index.
  if (!s.ok || s.n == 0 || s.n > 6 || s.combining) return h;
  std::size_t init = initial_length(s.c, s.n);
  if (init > s.n) return h;
  const std::uint8_t* r = s.c + init;
  std::size_t rn = s.n - init;
  constexpr std::uint8_t A = 1, G = 7, I = 9, M = 13, N = 14, U = 21;
  bool fits = false;
  if (rn > 0 && r[0] == kO_horn) fits = true;  // ươ: the tone sits on ơ, ư is plain
  else if (s.tone == 0) {
    // ư carries the tone in ưa, ưu, ưng…, so only a toneless one was lost
    fits = (rn == 0 && init > 0) || (rn == 1 && (r[0] == A || r[0] == U || (r[0] == I && init > 0))) ||
           (rn == 2 && r[0] == N && r[1] == G) || (rn == 1 && init > 0 && (r[0] == N || r[0] == M));
  }
  if (!fits) return h;
  std::uint8_t k[12];
  std::size_t n = 0;
  for (std::size_t i = 0; i < init; ++i) k[n++] = s.c[i];
  k[n++] = kU_horn;
  for (std::size_t i = 0; i < rn; ++i) k[n++] = r[i];
  if (!valid_codes(k, n, s.tone)) return h;
  h.slot = static_cast<int>(init);
  h.valid = valid_codes(s.c, s.n, s.tone);
  return h;
}

int u_horn_slot(std::u32string_view w, bool any_valid) {
  UHorn h = u_horn(w);
  return any_valid || !h.valid ? h.slot : -1;
}

std::string lower_utf8(std::u32string_view w) {
  std::string out;
  out.reserve(w.size() * 2);
  for (char32_t ch : w) {
    Letter l = letter(ch);
    if (l.upper) ch = compose(l.base, l.tone, false);
    legacy::append_utf8(out, ch);
  }
  return out;
}

// ---- the lost ư

namespace {

// The counts of syllable_data.cpp by word number: a word is looked up once,
// when it is first met, and a pair by its two numbers.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Counts {
  // the words the counts or restore_u know, each with what restore_u asks
  std::unordered_map<std::string, UForm, ViewHash, std::equal_to<>> forms;  // looked up by views
  std::vector<double> uni;  // by id; 0 = not counted alone
  std::unordered_map<std::uint64_t, double> bi;
  int numeral = -1;  // "<num>", the class all number words share in pairs

  Counts() {
    std::unordered_map<std::string, double> by_word, by_pair;
    const char* p = kUHornCounts;
    while (*p) {  // lines "word count" and "word word count"; the last count of a key holds
      const char* e = p;
      while (*e && *e != '\n') ++e;
      std::string line(p, e);
      p = *e ? e + 1 : e;
      std::size_t sp = line.rfind(' ');
      if (sp == std::string::npos) continue;
      double n = std::stod(line.substr(sp + 1));
      std::string key = line.substr(0, sp);
      (key.find(' ') == std::string::npos ? by_word : by_pair)[key] = n;
    }
    for (const auto& [w, n] : by_word) uni[intern(w)] = n;
    for (const auto& [pair, n] : by_pair) {
      // only two words of letters can ever be asked for
      std::size_t sp = pair.find(' ');
      if (sp == 0 || sp + 1 == pair.size() || pair.find(' ', sp + 1) != std::string::npos) continue;
      bi[key(intern(pair.substr(0, sp)), intern(pair.substr(sp + 1)))] = n;
    }
    auto it = forms.find("<num>");
    if (it != forms.end()) numeral = it->second.id;
    // number words and counted units: one class for the pair counts (as in
    // syllable_data_gen.py)
    for (const char* w : {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "lăm", "mốt",
                          "tư", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "ngày", "tháng", "giờ", "phút", "lần", "tuổi"})
      forms[w].numeral = true;
    for (const char* w : {"điểm", "tiết", "mục", "khoản"}) forms[w].point = true;
    for (const char* w : {"và", "hoặc", "đến"}) forms[w].link = true;
  }
  int intern(const std::string& w) {
    auto [it, fresh] = forms.emplace(w, UForm{});
    if (fresh) {
      it->second.id = static_cast<int>(uni.size());
      uni.push_back(0);
    }
    return it->second.id;
  }
  static std::uint64_t key(int a, int b) { return static_cast<std::uint64_t>(a) << 32 | static_cast<std::uint32_t>(b); }
  UForm form(std::string_view w) const {
    auto it = forms.find(w);
    return it == forms.end() ? UForm{} : it->second;
  }
  double u(int w) const { return w < 0 ? 0 : uni[w]; }
  double b(int a, int c) const {
    if (a < 0 || c < 0) return 0;
    auto it = bi.find(key(a, c));
    return it == bi.end() ? 0 : it->second;
  }
};

const Counts& counts() {
  static const Counts c;
  return c;
}

bool is_vowel(std::uint8_t b) {
  return b == 1 || b == 5 || b == 9 || b == 15 || b == 21 || b == 25 || (b >= kA_breve && b <= kU_horn);
}

UForm form(std::string_view w) { return counts().form(w); }

// Picks between "w" and "w with ư" by how often each follows `left` and
// precedes `right`; a context word counts only when it was seen with one of
// the two.
bool prefer_u(const UForm& w, const UForm& wu, const UForm* left, const UForm* right) {
  const Counts& c = counts();
  double uw = c.u(w.id), uu = c.u(wu.id);
  double sw = std::log(uw + 0.5), su = std::log(uu + 0.5);
  for (int side = 0; side < 2; ++side) {
    const UForm* ctx = side ? right : left;
    if (!ctx) continue;
    // numerals pool their counts: "mười ba" tells about "mười bảy" too
    int cls = ctx->numeral ? c.numeral : ctx->id;
    double bw = side ? c.b(w.id, cls) : c.b(cls, w.id);
    double bu = side ? c.b(wu.id, cls) : c.b(cls, wu.id);
    if (bw + bu == 0) continue;
    sw += std::log((bw + 0.1) / (uw + 1));
    su += std::log((bu + 0.1) / (uu + 1));
  }
  return su > sw;
}

}  // namespace

UWord u_word(std::u32string_view w) {
  UWord u;
  u.horn = u_horn(w);
  u.size = static_cast<std::uint32_t>(w.size());
  bool all_upper = true;
  for (char32_t c : w) {
    Letter l = letter(c);
    u.vowel |= is_vowel(l.base);
    all_upper &= l.upper;
  }
  u.all_caps = w.size() >= 2 && all_upper;
  u.first_upper = !w.empty() && letter(w[0]).upper;
  u.single_upper = w.size() == 1 && u.first_upper;
  u.one_letter = w.size() == 1 && (w[0] < 0x80 || w[0] == 0x111 || w[0] == 0x110);
  std::string lw = lower_utf8(w);
  u.plain = form(lw);
  if (u.horn.slot >= 0) {
    std::size_t at = 0;  // letters take 1–3 bytes
    for (int j = 0; j < u.horn.slot; ++j) at += lw[at] & 0x80 ? ((lw[at] & 0xE0) == 0xC0 ? 2 : 3) : 1;
    lw.insert(at, "\xC6\xB0");
    u.with_u = form(lw);
  }
  return u;
}

std::size_t restore_u(std::vector<USpan>& words, bool lost_everywhere) {
  std::size_t restored = 0, n = words.size();
  auto fix = [&](std::size_t k) {
    words[k].fixed = true;
    ++restored;
  };
  // 1. words that are no syllable without it: nớc, Chơng, trởng
  for (std::size_t k = 0; k < n; ++k) {
    const UWord& w = *words[k].word;
    if (w.horn.slot < 0 || w.horn.valid) continue;  // most words, first
    if (w.single_upper) continue;  // column labels, form codes: S, T, C04
    if (!w.vowel) continue;        // "c", "tr": abbreviations and point letters too
    fix(k);
  }
  if (!lost_everywhere) return restored;
  // A word as it stands now: fixed ones have their ư.
  auto size = [&](std::size_t k) { return words[k].word->size + (words[k].fixed ? 1 : 0); };
  auto first_upper = [&](std::size_t k) {
    const UWord& w = *words[k].word;
    return words[k].fixed && w.horn.slot == 0 ? w.all_caps : w.first_upper;
  };
  auto now = [&](std::size_t k) -> const UForm& { return words[k].fixed ? words[k].word->with_u : words[k].word->plain; };
  // A single letter that names a point ("d)", "(c)", "điểm d", "a, b, c")
  // keeps its spelling; the counts leave such letters out too.
  auto one_letter = [&](std::size_t k) { return !words[k].fixed && words[k].word->one_letter; };
  auto point_letter = [&](std::size_t k) {
    if (!one_letter(k)) return false;
    char32_t after = words[k].after, before = words[k].before;
    // "d)", "(c)", "a." open a line; "(đầu t)" is running text
    // ("c- Giấy phép …", "c - Xử lý …": a point's or a part's letter before a dash, TT 120/2002/TT-BTC)
    if (before == '(' || (k == 0 && (after == ')' || after == '.' || after == ':' || after == '-' || words[k].dash_after)))
      return true;
    if (k + 1 < n && one_letter(k + 1)) return true;
    if (k == 0) return false;
    if (one_letter(k - 1)) return true;
    const UForm& left = now(k - 1);
    if (left.point) return true;
    // "a và d", "a đến d"; but "dân lập và t nhân" is tư nhân
    return left.link && k >= 2 && one_letter(k - 2);
  };
  // 2. both spellings are words: decide by counts, in context
  for (std::size_t k = 0; k < n; ++k) {
    const UWord& w = *words[k].word;
    if (words[k].fixed || w.horn.slot < 0) continue;  // most words, first: the tests below only look
    // A capital alone is a column label or form code (S, T, C04-) unless it
    // continues a capitalised name ("Sở T pháp", "Đầu T").
    if (w.single_upper) {
      char32_t after = words[k].after;
      if (k == 0 || after == '-' || (after >= '0' && after <= '9') || size(k - 1) < 2 || !first_upper(k - 1))
        continue;
    }
    if (!w.vowel && (w.all_caps || point_letter(k))) continue;  // NH, UBND; điểm d
    if (!w.vowel && w.size >= 2) {  // "nh", "Hng": no word without the ư
      fix(k);
      continue;
    }
    if (prefer_u(w.plain, w.with_u, k > 0 ? &now(k - 1) : nullptr, k + 1 < n ? &now(k + 1) : nullptr)) fix(k);
  }
  return restored;
}

std::size_t restore_u(std::u32string& line, bool lost_everywhere) {
  thread_local std::vector<std::size_t> start, end;
  thread_local std::vector<UWord> found;
  thread_local std::vector<USpan> spans;
  start.clear();
  end.clear();
  for_each_letter_run(line, [&](std::size_t b, std::size_t e) {
    start.push_back(b);
    end.push_back(e);
  });
  std::size_t n = start.size();
  found.resize(n);
  spans.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    found[k] = u_word(std::u32string_view(line.data() + start[k], end[k] - start[k]));
    spans[k] = {&found[k], start[k] > 0 ? line[start[k] - 1] : 0, end[k] < line.size() ? line[end[k]] : 0, false};
  }
  if (n > 0 && found[0].one_letter) {
    std::size_t i = end[0];
    while (i < line.size() && line[i] == U' ') ++i;
    spans[0].dash_after = i > end[0] && i < line.size() && line[i] == U'-';
  }
  std::size_t restored = restore_u(spans, lost_everywhere);
  for (std::size_t k = n; k-- > 0;)  // from the end: earlier positions stay put
    if (spans[k].fixed)
      line.insert(line.begin() + static_cast<std::ptrdiff_t>(start[k] + found[k].horn.slot),
                  found[k].all_caps ? U'\u01AF' : U'\u01B0');
  return restored;
}

}  // namespace vanban::syl
