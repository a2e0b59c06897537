// RFC 4180 CSV reading and the dates of status updates. Untrusted input
// (agencies' files): every malformed byte sequence ends in a diagnostic with
// its line, never in a crash (fuzz/fuzz_csv.cpp).
#include <cstdio>
#include <cstdlib>

#include "vanban/track.h"

namespace vanban::track {

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  std::uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (d & 0x3F);
  }
  static const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;  // overlong, surrogate
  return n;
}

Diagnostic csv_error(int line, int column, const char* code, std::string msg) {
  Diagnostic d;
  d.severity = Severity::error;
  d.code = code;
  d.line = line;
  d.column = column;
  d.message = std::move(msg);
  return d;
}

}  // namespace

std::vector<CsvRecord> read_csv(std::string_view text, std::optional<Diagnostic>& error) {
  std::vector<CsvRecord> out;
  error.reset();
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM
  int line = 1, column = 1;
  // validate the encoding first, so a Windows-1258 or UTF-16 file is named as such
  for (std::size_t k = i; k < text.size();) {
    if (text[k] == '\0') {
      error = csv_error(line, column, "import.encoding", "not a text file (NUL byte); save the table as CSV UTF-8");
      return out;
    }
    std::size_t n = utf8_len(text, k);
    if (n == 0) {
      error = csv_error(line, column, "import.encoding",
                        "not UTF-8 (byte " + std::to_string(static_cast<unsigned char>(text[k])) +
                            "); save the table as CSV UTF-8");
      return out;
    }
    if (text[k] == '\n') ++line, column = 1;
    else ++column;
    k += n;
  }
  line = 1;
  while (i < text.size()) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool end_of_record = false;
    while (!end_of_record) {
      field.clear();
      if (i < text.size() && text[i] == '"') {
        int open_line = line;
        ++i;
        for (;;) {
          if (i >= text.size()) {
            error = csv_error(open_line, 0, "import.csv", "a quoted field is not closed (a \" is missing)");
            return out;
          }
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field += c;
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          error = csv_error(line, 0, "import.csv", "text after a closing quote (write \"\" for a quote inside a field)");
          return out;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            error = csv_error(line, 0, "import.csv", "a quote inside an unquoted field (quote the field and write \"\")");
            return out;
          }
          field += text[i++];
        }
      }
      rec.fields.push_back(field);
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      end_of_record = true;
    }
    bool empty_line = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!empty_line) out.push_back(std::move(rec));
  }
  return out;
}

std::optional<std::string> parse_date(std::string_view s) {
  auto digits = [](std::string_view t, std::size_t lo, std::size_t hi) {
    if (t.size() < lo || t.size() > hi) return -1;
    int v = 0;
    for (char c : t) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  int y = -1, m = -1, d = -1;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    y = digits(s.substr(0, 4), 4, 4), m = digits(s.substr(5, 2), 2, 2), d = digits(s.substr(8, 2), 2, 2);
  } else {
    std::size_t a = s.find('/'), b = a == std::string_view::npos ? a : s.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    d = digits(s.substr(0, a), 1, 2), m = digits(s.substr(a + 1, b - a - 1), 1, 2), y = digits(s.substr(b + 1), 4, 4);
  }
  if (y < 1900 || m < 1 || m > 12 || d < 1) return std::nullopt;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > days[m - 1] + (m == 2 && leap)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

}  // namespace vanban::track
