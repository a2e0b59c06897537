// A cheap structural check of vanban's JSON output, shared by the fuzz target
// and the corpus test: valid UTF-8, no raw control characters inside strings,
// balanced and correctly nested {} and [], exactly one top-level object.
//
// It is not a JSON parser on purpose: it must be fast enough to run on every
// fuzz input, and the exact schema is tested elsewhere (golden tests).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::check {

// Returns an empty string when `json` has the expected shape, otherwise what
// is wrong and at which byte offset (for a readable test failure).
inline std::string json_shape_error(std::string_view json) {
  auto at = [](std::size_t i) { return " at byte " + std::to_string(i); };

  // UTF-8 first: a string must never contain a truncated or overlong
  // sequence, a surrogate or a code point above U+10FFFF.
  for (std::size_t i = 0; i < json.size();) {
    unsigned char c = static_cast<unsigned char>(json[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > json.size()) return "invalid UTF-8 lead byte" + at(i);
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(json[i + k]);
      if ((cc & 0xC0) != 0x80) return "invalid UTF-8 continuation byte" + at(i + k);
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len]) return "overlong UTF-8 sequence" + at(i);
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return "UTF-8 encodes an invalid code point" + at(i);
    i += len;
  }

  std::vector<char> open;  // expected closers, innermost last
  bool in_string = false, seen_top = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        if (++i >= json.size()) return "string ends inside an escape" + at(i);
      } else if (c == '"') {
        in_string = false;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        return "unescaped control character in a string" + at(i);
      }
      continue;
    }
    switch (c) {
      case '"':
        if (open.empty()) return "string outside the top-level object" + at(i);
        in_string = true;
        break;
      case '{':
      case '[':
        if (open.empty()) {
          if (seen_top) return "more than one top-level value" + at(i);
          if (c != '{') return "top-level value is not an object" + at(i);
          seen_top = true;
        }
        open.push_back(c == '{' ? '}' : ']');
        break;
      case '}':
      case ']':
        if (open.empty() || open.back() != c) return std::string("unbalanced '") + c + "'" + at(i);
        open.pop_back();
        break;
      default:
        if (open.empty() && c != ' ' && c != '\n' && c != '\r' && c != '\t')
          return "text outside the top-level object" + at(i);
    }
  }
  if (in_string) return "unterminated string";
  if (!open.empty()) return std::to_string(open.size()) + " unclosed bracket(s) at end of output";
  if (!seen_top) return "no top-level object";
  return {};
}

}  // namespace vanban::check
