// Legacy Vietnamese encodings (TCVN3/ABC, VNI-Windows, Windows-1258) and
// their mojibake, decoded line by line: each line is read every way that
// could make sense and the reading with the most real Vietnamese syllables
// wins. Internal to pipeline/text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::legacy {

enum class Kind : std::uint8_t { as_is, tcvn3, vni, cp1258 };

// ---- codecs (legacy_codec.cpp): one line of bytes → code points, appended
void decode_tcvn3(std::string_view bytes, std::u32string& out);
// strict: a modifier byte that modifies nothing becomes U+FFFD (for scoring)
void decode_vni(std::string_view bytes, std::u32string& out, bool strict = false);
void decode_cp1258(std::string_view bytes, std::u32string& out);  // combining tones stay
void decode_cp1252(std::string_view bytes, std::u32string& out);
// The Windows-1252 byte a character came from when legacy bytes were misread
// (also U+2212 for 0xAD and U+2219 for 0xB7, as some PDF extractors write
// them); -1 when it has none.
int cp1252_byte(char32_t c);
// The Windows-1252 bytes valid UTF-8 was misread from, appended; false (and
// `out` as it was) when a character has none.
bool cp1252_bytes(std::string_view utf8, std::string& out);

// ---- helpers shared with decode.cpp
void append_utf8(std::string& out, char32_t c);
void append_utf8(std::string& out, std::u32string_view s);
// Decodes valid UTF-8 (checked before) into code points.
void utf8_to_u32(std::string_view s, std::u32string& out);

struct Result {
  std::string utf8;
  Kind kind = Kind::as_is;        // the reading the document as a whole took
  std::size_t lines[4] = {};      // lines (with non-ASCII bytes) read each way, by Kind
  std::size_t u_restored = 0;     // lost ư put back
};

// Raw 8-bit bytes: chooses per line among TCVN3, VNI and Windows-1258.
// False when no reading looks like Vietnamese (then `out` is untouched).
bool decode_bytes(std::string_view bytes, Result& out);

// Valid UTF-8 whose lines may be TCVN3/VNI bytes misread as Windows-1252.
// False when no line needs repair.
bool repair_mojibake(std::string_view utf8, Result& out);

}  // namespace vanban::legacy
