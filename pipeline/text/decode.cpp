// Encoding detection and decoding. (Initial version: UTF-8 and UTF-16 with
// BOM; the legacy Vietnamese encodings are added in legacy.cpp.)
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "vanban/text.h"

namespace vanban {

namespace {

bool valid_utf8(std::string_view s, std::size_t* bad_at) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > n) { *bad_at = i; return false; }
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) { *bad_at = i; return false; }
    i += len;
  }
  return true;
}

std::string from_utf16(std::string_view bytes, bool little) {
  std::u16string u;
  u.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    u.push_back(static_cast<char16_t>(little ? (a | b << 8) : (a << 8 | b)));
  }
  std::string out;
  icu::UnicodeString(u.data(), (int32_t)u.size()).toUTF8String(out);
  return out;
}

}  // namespace

Decoded decode(std::string_view bytes, const std::string& file) {
  Decoded d;
  if (bytes.empty()) throw InputError(file, 0, "input.empty", file + ": empty file, nothing to read");
  if (bytes.size() >= 2 && (unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) {
    d.encoding = Encoding::utf16le;
    d.utf8 = from_utf16(bytes.substr(2), true);
    return d;
  }
  if (bytes.size() >= 2 && (unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF) {
    d.encoding = Encoding::utf16be;
    d.utf8 = from_utf16(bytes.substr(2), false);
    return d;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.encoding = Encoding::utf8_bom;
    bytes.remove_prefix(3);
  }
  std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos)
    throw InputError(file, nul, "input.binary",
                     file + ": not a text file (NUL byte at offset " + std::to_string(nul) + ")");
  std::size_t bad = 0;
  if (!valid_utf8(bytes, &bad))
    throw InputError(file, bad, "input.encoding",
                     file + ": invalid UTF-8 at offset " + std::to_string(bad));
  d.utf8.assign(bytes);
  return d;
}

}  // namespace vanban
