#include "akn_text.h"

#include <cstdint>

namespace vanban::akn {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes one code point at s[i], advancing i. A malformed sequence yields
// U+FFFD and consumes only its first byte (or the valid prefix of a
// truncated sequence), so decoding always resynchronises.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t c = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; c = b0 & 0x1F; min = 0x80; }
  else if (b0 >= 0xE0 && b0 <= 0xEF) { len = 3; c = b0 & 0x0F; min = 0x800; }
  else if (b0 >= 0xF0 && b0 <= 0xF4) { len = 4; c = b0 & 0x07; min = 0x10000; }
  else {
    ++i;
    return kReplacement;
  }
  std::size_t j = i + 1;
  for (int k = 1; k < len; ++k, ++j) {
    if (j >= s.size() || (static_cast<unsigned char>(s[j]) & 0xC0) != 0x80) {
      i = j;  // skip the valid prefix; the offending byte starts afresh
      return kReplacement;
    }
    c = (c << 6) | (static_cast<unsigned char>(s[j]) & 0x3F);
  }
  i = j;
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return kReplacement;
  return c;
}

bool xml_char(char32_t c) {
  if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
  return c != 0xFFFE && c != 0xFFFF;
}

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Base letters of U+00C0..U+024F and U+1E00..U+1EFF ('.' = none), generated
// from the Unicode canonical decompositions, plus đ/Đ, which have none.
constexpr std::string_view kLatin1Ext =
    "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."
    "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz."
    "................................oo.............uu..............."
    ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"
    "................";
constexpr std::string_view kLatinExtAdditional =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

char latin_base(char32_t c) {
  char b = '.';
  if (c >= 0xC0 && c < 0xC0 + kLatin1Ext.size()) b = kLatin1Ext[c - 0xC0];
  else if (c >= 0x1E00 && c < 0x1E00 + kLatinExtAdditional.size()) b = kLatinExtAdditional[c - 0x1E00];
  return b == '.' ? 0 : b;
}

int digits(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t k = pos; k < pos + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

}  // namespace

std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (!xml_char(c)) continue;
    if (c == kReplacement) append_utf8(out, c);  // may stand for bad bytes
    else out.append(s.substr(start, i - start));
  }
  return out;
}

std::string xml_line(std::string_view s) {
  const std::string safe = xml_safe(s);
  std::string out;
  out.reserve(safe.size());
  bool pending_space = false;
  for (char c : safe) {
    if (xml_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string slug(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  bool dash = false;  // a separator is owed before the next kept character
  auto keep = [&](std::string_view piece) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += piece;
  };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (c < 0x80) {
      const char a = static_cast<char>(c);
      if (a >= 'A' && a <= 'Z') keep(std::string(1, static_cast<char>(a - 'A' + 'a')));
      else if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) keep(std::string(1, a));
      else dash = true;
    } else if (const char b = latin_base(c)) {
      keep(std::string(1, b));
    } else if (c >= 0x300 && c <= 0x36F) {
      // a combining mark (text not in NFC): the base letter already went out
    } else {
      const std::string_view bytes = c == kReplacement ? std::string_view("\xEF\xBF\xBD") : s.substr(start, i - start);
      std::string enc;
      for (unsigned char b : bytes) {
        enc += '%';
        enc += kHex[b >> 4];
        enc += kHex[b & 0xF];
      }
      keep(enc);
    }
  }
  return out.empty() ? "nn" : out;
}

std::string eid_value(std::string_view s) {
  std::string out = xml_safe(s);
  for (char& c : out)
    if (xml_space(c)) c = '_';
  return out;
}

bool valid_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string vietnamese_date(std::string_view iso) {
  if (!valid_iso_date(iso)) return std::string(iso);
  // Decree 30/2020 style: days below 10 and months 1–2 take a leading zero.
  const int m = digits(iso, 5, 2);
  std::string month = m <= 2 ? std::string(iso.substr(5, 2)) : std::to_string(m);
  return "ngày " + std::string(iso.substr(8, 2)) + " tháng " + month + " năm " + std::string(iso.substr(0, 4));
}

}  // namespace vanban::akn
