// Vietnamese syllable structure: initial consonant + rhyme (vần) + tone.
// The set of valid syllables is generated once from the tables below and
// kept as packed 64-bit keys, so a word is checked with one hash probe.
#include "syllable.h"

#include "legacy.h"

#include <array>
#include <vector>

namespace vanban::syl {

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
};

Skeleton skeleton(std::u32string_view w) {
  Skeleton s;
  for (char32_t ch : w) {
    Letter l = letter(ch);
    if (l.base == kNone) {
      s.foreign = true;
      s.ok = false;
      return s;
    }
    if (l.base == kToneMark) {
      if (s.n == 0 || s.tone) s.ok = false;
      s.tone = l.tone;
      s.vietnamese = true;
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

bool valid_codes(const std::uint8_t* c, std::size_t n, int tone) {
  if (n == 0 || n > 7) return false;
  if (!tables().contains(Tables::pack(c, n))) return false;
  std::uint8_t last = c[n - 1];
  bool stop = last == 'p' - 'a' + 1 || last == 't' - 'a' + 1 || last == 'c' - 'a' + 1 ||
              (n >= 2 && last == 'h' - 'a' + 1 && c[n - 2] == 'c' - 'a' + 1);
  return !stop || tone == 4 || tone == 5;
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

int u_horn_slot(std::u32string_view w, bool any_valid) {
  Skeleton s = skeleton(w);
  if (!s.ok || s.n == 0 || s.n > 6) return -1;
  // Only words written letter by letter (precomposed) can be patched by index.
  for (char32_t ch : w)
    if (letter(ch).base == kToneMark) return -1;
  std::size_t init = initial_length(s.c, s.n);
  if (init > s.n) return -1;
  if (!any_valid && valid_codes(s.c, s.n, s.tone)) return -1;
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
  if (!fits) return -1;
  std::uint8_t k[12];
  std::size_t n = 0;
  for (std::size_t i = 0; i < init; ++i) k[n++] = s.c[i];
  k[n++] = kU_horn;
  for (std::size_t i = 0; i < rn; ++i) k[n++] = r[i];
  return valid_codes(k, n, s.tone) ? static_cast<int>(init) : -1;
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

}  // namespace vanban::syl
