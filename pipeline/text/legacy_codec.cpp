// Byte tables of the legacy Vietnamese encodings (orthography.md §5).
//
// TCVN3 (ABC, ".VnTime" fonts): one byte per letter, the letters in
// 0xA1–0xFF (TCVN 5712 as in glibc's TCVN5712-1, without its combining tones
// at 0xB0–0xB4, which the .Vn fonts do not use); 0x80–0x9F keep the
// Windows-1252 punctuation Word wrote there (… “ ” –).
// VNI-Windows: a base letter followed by a modifier byte (aù = á, aâ = â,
// aá = ấ); đ ơ ư and the i/ỵ letters are single bytes.
// Windows-1258: ICU's converter; tones stay combining until NFC.
//
// Also TCVN3 written out as UTF-8 with its two repairs (legacy.cpp says
// which), from the line's bytes and the document's words (legacy_words.h).
#include <unicode/ucnv.h>

#include <array>
#include <cstring>
#include <memory>

#include "legacy.h"
#include "legacy_words.h"

namespace vanban::legacy {

namespace {

// Windows-1252 0x80–0x9F; its five holes stay C1 controls, as most tools
// that misread legacy bytes leave them.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// TCVN3 0xA1–0xFF; 0 = as in Windows-1252.
constexpr char16_t kTcvn3[95] = {
    /* A1 */ 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4,
    0x01A1, 0x01B0, 0x0111, 0x1EB0,
    /* B0 */ 0, 0, 0, 0, 0, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5,
    0x1EAF, 0x1EB4,
    /* C0 */ 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5,
    0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    /* D0 */ 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE,
    0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    /* E0 */ 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD,
    0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    /* F0 */ 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3,
    0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0};

struct Tables {
  std::array<char32_t, 256> cp1252{}, tcvn3{}, cp1258{};
  Tables() {
    for (int b = 0; b < 256; ++b) cp1252[b] = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b;
    tcvn3 = cp1252;
    for (int b = 0xA1; b <= 0xFF; ++b)
      if (kTcvn3[b - 0xA1]) tcvn3[b] = kTcvn3[b - 0xA1];
    cp1258 = cp1252;
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open("windows-1258", &st), ucnv_close);
    if (U_FAILURE(st)) return;
    for (int b = 0x80; b < 0x100; ++b) {
      char in = static_cast<char>(b);
      UChar u[4];
      st = U_ZERO_ERROR;
      int32_t n = ucnv_toUChars(cnv.get(), u, 4, &in, 1, &st);
      if (U_SUCCESS(st) && n == 1 && u[0] != 0xFFFD && u[0] != 0x1A) cp1258[b] = u[0];
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// VNI modifiers, indexed by byte - 0xC0 (upper) or - 0xE0 (lower):
// kind 1 = tone on a plain vowel, 2 = circumflex (+tone), 3 = breve (+tone).
struct Mod {
  std::uint8_t kind, tone;
};
constexpr Mod kVniMod[32] = {
    /* à */ {2, 1}, /* á */ {2, 4}, /* â */ {2, 0}, /* ã */ {2, 3}, /* ä */ {2, 5}, /* å */ {2, 2},
    /* æ */ {0, 0}, /* ç */ {0, 0}, /* è */ {3, 1}, /* é */ {3, 4}, /* ê */ {3, 0}, /* ë */ {3, 5},
    /* ì */ {0, 0}, /* í */ {0, 0}, /* î */ {0, 0}, /* ï */ {1, 5}, /* ð */ {0, 0}, /* ñ */ {0, 0},
    /* ò */ {0, 0}, /* ó */ {0, 0}, /* ô */ {0, 0}, /* õ */ {1, 3}, /* ö */ {0, 0}, /* ÷ */ {0, 0},
    /* ø */ {1, 1}, /* ù */ {1, 4}, /* ú */ {3, 2}, /* û */ {1, 2}, /* ü */ {3, 3}, /* ý */ {0, 0},
    /* þ */ {0, 0}, /* ÿ */ {0, 0}};

// Vowel rows in tone order (ngang, huyền, hỏi, ngã, sắc, nặng), lower case;
// upper case is the next code point for the U+1Exx letters.
struct VowelRow {
  char32_t lower[6], upper[6];
};
constexpr VowelRow kA = {{'a', 0xE0, 0x1EA3, 0xE3, 0xE1, 0x1EA1}, {'A', 0xC0, 0x1EA2, 0xC3, 0xC1, 0x1EA0}};
constexpr VowelRow kAcirc = {{0xE2, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD}, {0xC2, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EAC}};
constexpr VowelRow kAbreve = {{0x103, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB7}, {0x102, 0x1EB0, 0x1EB2, 0x1EB4, 0x1EAE, 0x1EB6}};
constexpr VowelRow kE = {{'e', 0xE8, 0x1EBB, 0x1EBD, 0xE9, 0x1EB9}, {'E', 0xC8, 0x1EBA, 0x1EBC, 0xC9, 0x1EB8}};
constexpr VowelRow kEcirc = {{0xEA, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7}, {0xCA, 0x1EC0, 0x1EC2, 0x1EC4, 0x1EBE, 0x1EC6}};
constexpr VowelRow kO = {{'o', 0xF2, 0x1ECF, 0xF5, 0xF3, 0x1ECD}, {'O', 0xD2, 0x1ECE, 0xD5, 0xD3, 0x1ECC}};
constexpr VowelRow kOcirc = {{0xF4, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9}, {0xD4, 0x1ED2, 0x1ED4, 0x1ED6, 0x1ED0, 0x1ED8}};
constexpr VowelRow kOhorn = {{0x1A1, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3}, {0x1A0, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2}};
constexpr VowelRow kU = {{'u', 0xF9, 0x1EE7, 0x169, 0xFA, 0x1EE5}, {'U', 0xD9, 0x1EE6, 0x168, 0xDA, 0x1EE4}};
constexpr VowelRow kUhorn = {{0x1B0, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1}, {0x1AF, 0x1EEA, 0x1EEC, 0x1EEE, 0x1EE8, 0x1EF0}};
constexpr VowelRow kY = {{'y', 0x1EF3, 0x1EF7, 0x1EF9, 0xFD, 0x1EF5}, {'Y', 0x1EF2, 0x1EF6, 0x1EF8, 0xDD, 0x1EF4}};

// The row a VNI base byte starts (plain vowels and the single-byte ơ ư).
const VowelRow* vni_base(unsigned char b) {
  switch (b | 0x20) {
    case 'a': return &kA;
    case 'e': return &kE;
    case 'o': return &kO;
    case 'u': return &kU;
    case 'y': return &kY;
    case 0xF4: return &kOhorn;  // ô / Ô
    case 0xF6: return &kUhorn;  // ö / Ö
    default: return nullptr;
  }
}

// Single-byte VNI letters (lower-case byte → letter; upper = byte - 0x20).
char32_t vni_single(unsigned char b, bool* upper) {
  *upper = b >= 0xC0 && b < 0xE0;
  switch (b | 0x20) {
    case 0xF1: return *upper ? 0x110 : 0x111;    // ñ đ
    case 0xF4: return *upper ? 0x1A0 : 0x1A1;    // ô ơ
    case 0xF6: return *upper ? 0x1AF : 0x1B0;    // ö ư
    case 0xED: return *upper ? 0xCD : 0xED;      // í
    case 0xEC: return *upper ? 0xCC : 0xEC;      // ì
    case 0xE6: return *upper ? 0x1EC8 : 0x1EC9;  // æ ỉ
    case 0xF3: return *upper ? 0x128 : 0x129;    // ó ĩ
    case 0xF2: return *upper ? 0x1ECA : 0x1ECB;  // ò ị
    case 0xEE: return *upper ? 0x1EF4 : 0x1EF5;  // î ỵ
    default: return 0;
  }
}

}  // namespace

namespace {
// One code point per byte: grown once, then written (no per-character checks).
void decode_table(const std::array<char32_t, 256>& t, std::string_view bytes, std::u32string& out) {
  std::size_t at = out.size();
  out.resize(at + bytes.size());
  char32_t* o = out.data() + at;
  for (char c : bytes) *o++ = t[static_cast<unsigned char>(c)];
}
}  // namespace

void decode_cp1252(std::string_view bytes, std::u32string& out) { decode_table(tables().cp1252, bytes, out); }

void decode_tcvn3(std::string_view bytes, std::u32string& out) { decode_table(tables().tcvn3, bytes, out); }

void decode_cp1258(std::string_view bytes, std::u32string& out) { decode_table(tables().cp1258, bytes, out); }

void decode_vni(std::string_view bytes, std::u32string& out, bool strict) {
  const auto& cp = tables().cp1252;
  std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80 && !vni_base(b)) {
      out.push_back(b);
      continue;
    }
    bool upper = b < 0x80 ? (b >= 'A' && b <= 'Z') : (b >= 0xC0 && b < 0xE0);
    if (const VowelRow* row = vni_base(b); row && i + 1 < n) {
      unsigned char m = static_cast<unsigned char>(bytes[i + 1]);
      if (m >= 0xC0) {
        Mod mod = kVniMod[m & 0x1F];
        const VowelRow* to = nullptr;
        if (mod.kind == 1) to = row;
        else if (mod.kind == 2) to = row == &kA ? &kAcirc : row == &kE ? &kEcirc : row == &kO ? &kOcirc : nullptr;
        else if (mod.kind == 3) to = row == &kA ? &kAbreve : nullptr;
        if (to) {
          int tone = mod.tone;
          ++i;
          // "eâï": hat and tone typed as two modifiers
          if (mod.kind != 1 && tone == 0 && i + 1 < n && static_cast<unsigned char>(bytes[i + 1]) >= 0xC0) {
            Mod t = kVniMod[bytes[i + 1] & 0x1F];
            if (t.kind == 1) {
              tone = t.tone;
              ++i;
            }
          }
          out.push_back(upper ? to->upper[tone] : to->lower[tone]);
          continue;
        }
      }
    }
    if (b < 0x80) {
      out.push_back(b);
      continue;
    }
    bool up = false;
    char32_t s = b >= 0xC0 ? vni_single(b, &up) : 0;
    // A stray modifier is no VNI letter: strict readings mark it foreign.
    out.push_back(s ? s : strict && b >= 0xC0 ? 0xFFFD : cp[b]);
  }
}

namespace {
// The code point of the multi-byte sequence at s[i] (valid UTF-8, checked
// before), moving i past it.
char32_t next_multibyte(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> len);
  for (int k = 1; k <= len && i + k < s.size(); ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len + 1;
  return cp;
}
}  // namespace

bool cp1252_bytes(std::string_view utf8, std::string& out) {
  std::size_t at = out.size(), i = 0, n = utf8.size();
  out.resize(at + n);  // never more bytes than the UTF-8 had
  char* o = out.data() + at;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
      ++i;
      continue;
    }
    // U+0080–U+00FF (C2/C3 xx, most of mojibake) is its own byte; the rest
    // goes by the table
    if ((c & 0xFE) == 0xC2 && i + 1 < n) {
      *o++ = static_cast<char>(c << 6 | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F));
      i += 2;
      continue;
    }
    char32_t cp = next_multibyte(utf8, i);
    int b = cp < 0x100 ? static_cast<int>(cp) : cp1252_byte(cp);
    if (b < 0) {
      out.resize(at);
      return false;
    }
    *o++ = static_cast<char>(b);
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return true;
}

int cp1252_byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c < 0xA0)) return static_cast<int>(c);
  if (c == 0x2212) return 0xAD;
  if (c == 0x2219) return 0xB7;
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == c) return 0x80 + i;
  return -1;
}

namespace {
char* put_utf8(char* p, char32_t c) {
  if (c < 0x80) {
    *p++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *p++ = static_cast<char>(0xC0 | c >> 6);
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *p++ = static_cast<char>(0xE0 | c >> 12);
    *p++ = static_cast<char>(0x80 | (c >> 6 & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | c >> 18);
    *p++ = static_cast<char>(0x80 | (c >> 12 & 0x3F));
    *p++ = static_cast<char>(0x80 | (c >> 6 & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return p;
}
}  // namespace

void append_utf8(std::string& out, char32_t c) {
  char b[4];  // not through the string's own buffer: one character is cheaper so
  out.append(b, static_cast<std::size_t>(put_utf8(b, c) - b));
}

void append_utf8(std::string& out, std::u32string_view s) {
  std::size_t at = out.size();
  out.resize(at + 4 * s.size());
  char* p = out.data() + at;
  for (char32_t c : s) p = put_utf8(p, c);
  out.resize(static_cast<std::size_t>(p - out.data()));
}

void utf8_to_u32(std::string_view s, std::u32string& out) {
  std::size_t at = out.size(), i = 0, n = s.size();
  out.resize(at + n);  // never more code points than bytes
  char32_t* o = out.data() + at;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      *o++ = c;
      ++i;
      continue;
    }
    *o++ = next_multibyte(s, i);
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
}

// ---- lines written out

namespace {

// UTF-8 of each byte of a single-byte code (all in the BMP: ≤ 3 bytes).
struct Utf8Byte {
  std::uint8_t len = 0;
  char utf8[3] = {};
};
using Utf8Table = std::array<Utf8Byte, 256>;

Utf8Table utf8_table(const std::array<char32_t, 256>& code) {
  Utf8Table t;
  std::string u;
  for (int b = 0; b < 256; ++b) {
    u.clear();
    append_utf8(u, code[b]);
    t[b].len = static_cast<std::uint8_t>(u.size());
    std::memcpy(t[b].utf8, u.data(), u.size());
  }
  return t;
}

// Appends bytes [from, to) of `s` as UTF-8 through table `t`, at `o`
// (room for three bytes a byte); returns the end.
char* put_bytes(const Utf8Table& t, std::string_view s, std::size_t from, std::size_t to, char* o) {
  for (std::size_t j = from; j < to; ++j) {
    const Utf8Byte& c = t[static_cast<unsigned char>(s[j])];
    std::memcpy(o, c.utf8, 3);
    o += c.len;
  }
  return o;
}

}  // namespace

void write_cp1258(std::string_view bytes, std::string& out) {
  static const Utf8Table t = utf8_table(tables().cp1258);
  std::size_t start = out.size();
  out.resize(start + 3 * bytes.size());
  char* o = put_bytes(t, bytes, 0, bytes.size(), out.data() + start);
  out.resize(static_cast<std::size_t>(o - out.data()));
}

void write_vni(std::string_view legacy, std::size_t b, std::size_t e, std::size_t p0, std::size_t p1, Words& words,
               std::string& out) {
  // A VNI letter (base and modifiers) never spans a separator (no separator
  // is a base or a modifier), so a line reads word by word, and what lies
  // between the words reads as Windows-1252.
  static const Utf8Table between = utf8_table(tables().cp1252);
  thread_local std::u32string s;
  const Place* places = words.places.data() + p0;
  std::size_t np = p1 - p0, extra = 0;
  for (std::size_t k = 0; k < np; ++k) {
    Word& w = words.memo[places[k].word];
    if (w.vni < 0) {
      s.clear();
      decode_vni(legacy.substr(places[k].b, places[k].e - places[k].b), s);
      w.vni = static_cast<std::int32_t>(words.arena.size());
      append_utf8(words.arena, s);
      w.vni_len = static_cast<std::uint32_t>(words.arena.size() - w.vni);
    }
    extra += w.vni_len;
  }
  std::size_t start = out.size();
  out.resize(start + 3 * (e - b) + extra);
  char* o = out.data() + start;
  std::size_t done = b;
  for (std::size_t k = 0; k < np; ++k) {
    const Word& w = words.memo[places[k].word];
    o = put_bytes(between, legacy, done, places[k].b, o);
    std::memcpy(o, words.arena.data() + w.vni, w.vni_len);
    o += w.vni_len;
    done = places[k].e;
  }
  o = put_bytes(between, legacy, done, e, o);
  out.resize(static_cast<std::size_t>(o - out.data()));
}

// ---- TCVN3 written out

char32_t to_upper(char32_t c) {
  syl::Letter l = syl::letter(c);
  if (l.base == syl::kNone || l.base == syl::kToneMark || l.upper) return c;
  char32_t u = syl::compose(l.base, l.tone, true);
  return u ? u : c;
}

namespace {

enum : std::uint8_t {
  kSep = 1,         // is_sep
  kUpper = 2,       // a capital letter
  kAsciiLower = 4,  // a–z
  kVnLower = 8,     // a lower-case letter beyond ASCII
  kNonAscii = 16,   // decodes to U+0080 or above
};
// A TCVN3 byte's flags, worked out once from the character it decodes to
// (one per byte): lines are classified on their bytes with this table.
const std::array<std::uint8_t, 256>& tcvn3_flags() {
  static const std::array<std::uint8_t, 256> t = [] {
    std::array<std::uint8_t, 256> t{};
    const auto& tcvn3 = tables().tcvn3;
    for (int b = 0; b < 256; ++b) {
      char32_t c = tcvn3[b];
      bool letter = syl::is_letter(c), upper = syl::letter(c).upper;
      t[b] = (is_sep(c) ? kSep : 0) | (letter && upper ? kUpper : 0) |
             (letter && !upper && c < 0x80 ? kAsciiLower : 0) | (letter && !upper && c >= 0x80 ? kVnLower : 0) |
             (c >= 0x80 ? kNonAscii : 0);
    }
    return t;
  }();
  return t;
}

// Which of `n` words in a row are upper-cased: those typed in a capital font
// (strong), and a word with one capital ("Vµ", "Sè": weak) when the nearest
// strong or lower-case word on either side is strong, or there is none, and
// there is a strong one on at least one side.
void choose_capitals(const Caps* caps, std::size_t n, std::uint8_t* up) {
  for (std::size_t k = 0; k < n; ++k) {
    up[k] = caps[k] == Caps::strong;
    if (caps[k] != Caps::weak) continue;
    auto side = [&](int step) {  // -1 = lower-case neighbour, 1 = capitals, 0 = none
      for (std::size_t j = k + step; j < n; j += step) {
        if (caps[j] == Caps::lower) return -1;
        if (caps[j] == Caps::strong) return 1;
      }
      return 0;
    };
    int l = side(-1), r = side(1);
    up[k] = l >= 0 && r >= 0 && l + r > 0;
  }
}

// The capitals of a line whose words are not the scoring words (it has a
// byte of tcvn3_odd_sep): words split on the TCVN3 characters themselves;
// sets up[k] for each place of `places`.
void capital_words(std::string_view legacy, std::size_t b, std::size_t e, const Place* places, std::size_t np,
                   std::uint8_t* up) {
  struct W {
    std::size_t b, e;
  };
  thread_local std::vector<W> words;
  thread_local std::vector<Caps> caps;
  thread_local std::vector<std::uint8_t> upper;
  words.clear();
  caps.clear();
  const std::array<std::uint8_t, 256>& flags = tcvn3_flags();
  auto at = [&](std::size_t i) { return flags[static_cast<unsigned char>(legacy[i])] & kSep; };
  for (std::size_t i = b; i < e;) {
    while (i < e && at(i)) ++i;
    std::size_t wb = i;
    while (i < e && !at(i)) ++i;
    if (i == wb) continue;
    words.push_back({wb, i});
    caps.push_back(tcvn3_caps(legacy.substr(wb, i - wb)));
  }
  upper.resize(words.size());
  choose_capitals(caps.data(), caps.size(), upper.data());
  std::size_t r = 0;  // a place lies in one of these words
  for (std::size_t k = 0; k < np; ++k) {
    while (r < words.size() && words[r].e <= places[k].b) ++r;
    up[k] = r < words.size() && words[r].b <= places[k].b && upper[r];
  }
}

// Works out how word `w` (bytes `key`) is written, upper-cased or not.
void write_word(Word& w, std::string_view key, bool upper, Words& words) {
  thread_local std::u32string s;
  s.clear();
  decode_tcvn3(key, s);
  if (upper)
    for (char32_t& c : s) c = to_upper(c);
  w.first[upper] = static_cast<std::int32_t>(words.runs.size());
  syl::for_each_letter_run(s, [&](std::size_t b, std::size_t i) {
    Run& r = words.runs.emplace_back();
    std::u32string_view run(s.data() + b, i - b);
    r.off = static_cast<std::uint32_t>(b);  // one character a byte
    r.len = static_cast<std::uint32_t>(i - b);
    r.word = syl::u_word(run);
    r.utf8 = static_cast<std::uint32_t>(words.arena.size());
    append_utf8(words.arena, run);
    r.utf8_len = static_cast<std::uint32_t>(words.arena.size() - r.utf8);
    if (r.word.horn.slot >= 0) {
      std::u32string with(run);
      with.insert(with.begin() + r.word.horn.slot, r.word.all_caps ? U'\u01AF' : U'\u01B0');
      r.utf8_u = static_cast<std::uint32_t>(words.arena.size());
      append_utf8(words.arena, with);
      r.utf8_u_len = static_cast<std::uint32_t>(words.arena.size() - r.utf8_u);
    }
  });
  w.runs[upper] = static_cast<std::uint32_t>(words.runs.size() - w.first[upper]);
}

}  // namespace

Caps tcvn3_caps(std::string_view word) {
  const std::array<std::uint8_t, 256>& flags = tcvn3_flags();
  unsigned seen = 0, up = 0;
  for (char c : word) {
    unsigned f = flags[static_cast<unsigned char>(c)];
    seen |= f;
    up += (f & kUpper) != 0;
  }
  // ASCII-only capitals (UBND, PC) are abbreviations as often as headings
  return seen & kAsciiLower   ? Caps::lower
         : !(seen & kNonAscii) ? Caps::neutral
         : up >= 2             ? Caps::strong
         : up == 1             ? (seen & kVnLower ? Caps::weak : Caps::neutral)
                               : Caps::lower;
}

bool tcvn3_odd_sep(unsigned char b) { return b >= 0x80 && b <= 0xA0 && !(tcvn3_flags()[b] & kSep); }

std::size_t write_tcvn3(std::string_view legacy, std::size_t b, std::size_t e, std::size_t p0, std::size_t p1,
                        bool capitals, bool odd, bool lost_everywhere, Words& words, std::string& out) {
  struct At {  // a run of letters in the line
    std::uint32_t b, e, run;
  };
  thread_local std::vector<std::uint8_t> up;
  thread_local std::vector<Caps> caps;
  thread_local std::vector<At> at;
  thread_local std::vector<syl::USpan> spans;
  const Place* places = words.places.data() + p0;
  std::size_t np = p1 - p0;
  up.assign(np, 0);
  if (capitals && odd) {
    capital_words(legacy, b, e, places, np, up.data());
  } else if (capitals) {  // the words are the scoring words
    bool any = false;
    for (std::size_t k = 0; k < np; ++k) any |= places[k].caps == Caps::strong || places[k].caps == Caps::weak;
    if (any) {
      caps.resize(np);
      for (std::size_t k = 0; k < np; ++k) caps[k] = places[k].caps;
      choose_capitals(caps.data(), np, up.data());
    }
  }
  at.clear();
  bool any_slot = false;  // restore_u has nothing to decide without a word that takes a ư
  for (std::size_t k = 0; k < np; ++k) {
    const Place& p = places[k];
    Word& w = words.memo[p.word];
    if (w.first[up[k]] < 0) write_word(w, legacy.substr(p.b, p.e - p.b), up[k], words);  // first met (so cased)
    for (std::uint32_t r = w.first[up[k]], end = r + w.runs[up[k]]; r < end; ++r) {
      const Run& run = words.runs[r];
      at.push_back({p.b + run.off, p.b + run.off + run.len, r});
      any_slot |= run.word.horn.slot >= 0;
    }
  }
  const Run* runs = words.runs.data();  // stays put from here on
  const std::array<char32_t, 256>& tcvn3 = tables().tcvn3;
  auto byte = [&](std::size_t i) { return tcvn3[static_cast<unsigned char>(legacy[i])]; };
  std::size_t restored = 0;
  spans.clear();
  if (any_slot) {
    for (const At& a : at) spans.push_back({&runs[a.run].word, a.b > b ? byte(a.b - 1) : 0, a.e < e ? byte(a.e) : 0, false});
    if (!at.empty() && spans[0].word->one_letter) {  // "c - Xử lý …": see USpan::dash_after
      std::size_t i = at[0].e;
      while (i < e && legacy[i] == ' ') ++i;
      spans[0].dash_after = i > at[0].e && i < e && legacy[i] == '-';
    }
    restored = syl::restore_u(spans, lost_everywhere);
  }
  // Written through a pointer: at most 3 bytes a byte, 3 more a ư, and room
  // to copy a word's UTF-8 sixteen bytes at a time.
  static const Utf8Table between = utf8_table(tcvn3);  // bytes that are no letters: as they decode
  const char* arena = words.arena.data();
  std::size_t arena_size = words.arena.size(), start = out.size();
  out.resize(start + 3 * (e - b + restored) + 16);
  char* o = out.data() + start;
  std::size_t done = b;
  for (std::size_t k = 0; k < at.size(); ++k) {
    const At& a = at[k];
    const Run& r = runs[a.run];
    o = put_bytes(between, legacy, done, a.b, o);
    bool fixed = restored && spans[k].fixed;
    std::uint32_t off = fixed ? r.utf8_u : r.utf8, len = fixed ? r.utf8_u_len : r.utf8_len;
    if (len <= 16 && off + 16 <= arena_size) std::memcpy(o, arena + off, 16);  // most words: no call
    else std::memcpy(o, arena + off, len);
    o += len;
    done = a.e;
  }
  o = put_bytes(between, legacy, done, e, o);
  out.resize(static_cast<std::size_t>(o - out.data()));
  return restored;
}

}  // namespace vanban::legacy
