// Word 97–2003 (.doc) and RTF through Debian's extractors, run as
// subprocesses under the file's time limit. Vietnamese files of that era
// mostly use TCVN3 (.VnTime) or VNI fonts: the extractors pass those bytes
// through, and the text stage's legacy decoding turns them into Unicode.
#include <chrono>
#include <cstdio>
#include <functional>

#include "readers.h"
#include "subprocess.h"

namespace vanban::ingest {
namespace {

std::string first_line(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  std::size_t e = s.find('\n', b);
  std::string l = s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.pop_back();
  return l.size() > 200 ? l.substr(0, 200) : l;
}

// What one extractor run gave: its text, or why not (a stable code and a
// sentence that names the tool and the user's file, never our temporary copy).
struct Run {
  bool ok = false;
  std::string text, code, why;
  double seconds = 0;  // wall time it took
};

// Runs one extractor on a temporary copy of the bytes for at most `seconds`.
// `prepare` may put settings beside the copy and name environment variables.
Run run_extractor(std::vector<std::string> argv, std::string_view bytes, const std::string& suffix,
                  const std::string& file, double seconds, const IngestLimits& limits,
                  const std::function<std::vector<std::string>(const TempFile&)>& prepare = {}) {
  TempFile tmp(bytes, suffix);
  argv.push_back(tmp.path());
  const std::string tool = argv[0];
  std::vector<std::string> env;
  if (prepare) env = prepare(tmp);
  const auto start = std::chrono::steady_clock::now();
  RunResult r = run_program(argv, seconds, limits.max_text_bytes, env);
  Run out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  switch (r.status) {
    case RunResult::Status::exited:
      if (r.exit_code == 0) {
        out.ok = true;
        out.text = std::move(r.out);
        return out;
      }
      {
        std::string why = first_line(r.err);
        // the tool names our temporary file; the user knows their own name
        for (std::size_t p; (p = why.find(tmp.path())) != std::string::npos;) why.replace(p, tmp.path().size(), file);
        out.code = "input.extractor-failed";
        out.why = tool + " could not read it (exit status " + std::to_string(r.exit_code) +
                  (why.empty() ? "" : ": " + why) + ")";
      }
      return out;
    case RunResult::Status::timed_out:
      out.code = "input.timeout";
      out.why = tool + " ran longer than the limit of " + seconds_text(limits.seconds_per_file) + " s per file, stopped";
      return out;
    case RunResult::Status::too_much_output:
      out.code = "input.too-much-text";
      out.why = tool + " printed more than the limit of " + std::to_string(limits.max_text_bytes) + " bytes of text, stopped";
      return out;
    case RunResult::Status::signalled:
      out.code = "input.extractor-failed";
      out.why = tool + " crashed (signal " + std::to_string(r.signal) + ")";
      return out;
    case RunResult::Status::not_started: break;
  }
  out.code = "input.extractor-missing";
  out.why = "cannot run " + tool + " (install it: tools/setup)";
  return out;
}

[[noreturn]] void refuse(const std::string& file, const Run& r) {
  throw InputError(file, 0, r.code, file + ": " + r.why);
}

// unrtf --text starts with "### …" comments and the document's properties
// (TITLE:, AUTHOR: …) closed by a line of dashes; the body follows.
std::string strip_unrtf_header(std::string s) {
  std::size_t i = 0;
  for (;;) {
    std::size_t e = s.find('\n', i);
    if (e == std::string::npos) return s;
    std::string_view l(s.data() + i, e - i);
    if (l.rfind("-----------------", 0) == 0) return s.substr(e + 1);
    bool header = l.empty() || l.rfind("###", 0) == 0 || l.find(':') != std::string_view::npos;
    if (!header) return s;
    i = e + 1;
  }
}

// Text in an 8-bit font (TCVN3 .VnTime, VNI-Times) reaches antiword as the
// cp1252 reading of its bytes. When every character has a cp1252 byte, the
// bytes themselves go to the text stage: its TCVN3/VNI detection works best
// on the bytes the font saw (as with any 8-bit text file). Text with real
// Unicode Vietnamese (ạ, ư, đ are not in cp1252) stays UTF-8.
std::string narrow_to_8bit(const std::string& utf8) {
  static const char16_t k80[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(utf8.size());
  bool high = false;
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    int len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; }
    else return utf8;  // beyond the BMP: not a cp1252 reading
    if (i + static_cast<std::size_t>(len) > utf8.size()) return utf8;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(len);
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      high = high || cp >= 0xA0;
      out += static_cast<char>(cp);
      continue;
    }
    int b = -1;
    for (int k = 0; k < 32; ++k)
      if (k80[k] && k80[k] == cp) b = 0x80 + k;
    if (b < 0) return utf8;
    high = true;
    out += static_cast<char>(b);
  }
  return high ? out : utf8;
}

// antiword draws a table row as "|cell  |cell  |"; Word tables in these
// documents are the header and signature blocks, whose cells the text stage
// reads as columns when they are tab-separated (as in Word's own text export).
std::string row_to_columns(std::string_view l) {
  std::string out;
  std::size_t a = 1;
  while (a < l.size()) {
    std::size_t b = l.find('|', a);
    if (b == std::string_view::npos) b = l.size();
    std::string_view c = l.substr(a, b - a);
    std::size_t x = c.find_first_not_of(' '), y = c.find_last_not_of(' ');
    if (x != std::string_view::npos) {
      if (!out.empty()) out += '\t';
      out.append(c.substr(x, y - x + 1));
    }
    a = b + 1;
  }
  return out;
}

// antiword writes a blank line after each paragraph and for every empty
// paragraph used as spacing; they carry nothing, and a title or a list cut
// by them reads as two.
std::string drop_blank_lines(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t e = s.find('\n', i);
    if (e == std::string::npos) e = s.size();
    std::string_view l(s.data() + i, e - i);
    std::string row;
    if (l.size() > 1 && l.front() == '|' && l.back() == '|') {
      row = row_to_columns(l);
      l = row;
    }
    // "[pic]": antiword's stand-in for a picture or an embedded object
    if (l.find_first_not_of(" \t\r\f") != std::string_view::npos && l != "[pic]") {
      out.append(l);
      out += '\n';
    }
    i = e + 1;
  }
  return out;
}

}  // namespace

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

Extracted read_doc(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  // -w 0: one paragraph per line, as the parser expects; UTF-8 mapping keeps
  // real Unicode text, and 8-bit font text comes out as its cp1252 reading,
  // which the text stage recognises as TCVN3/VNI mojibake.
  Extracted e;
  Run aw = run_extractor({"antiword", "-m", "UTF-8.txt", "-w", "0"}, bytes, ".doc", file, limits.seconds_per_file, limits);
  if (aw.ok) {
    e.text = drop_blank_lines(narrow_to_8bit(aw.text));
    return e;
  }
  // antiword refuses files it does not know (Word before 6, some files other
  // programs wrote) and fails on some damaged ones; catdoc reads the text
  // runs of more of them. Both share the file's time: one that timed out or
  // printed too much has used up what the file may take.
  if (aw.code != "input.extractor-failed" && aw.code != "input.extractor-missing") refuse(file, aw);
  const double left = limits.seconds_per_file - aw.seconds;
  if (left <= 0) refuse(file, aw);
  // -w: a paragraph per line; -d utf-8: the same cp1252 reading of 8-bit
  // fonts as antiword's, so the same narrowing applies. catdoc's own output
  // format drops U+00AD, the soft hyphen, which is TCVN3's "ư" (0xAD): our
  // format (its map files, found through a HOME of our own) keeps it, and
  // gives a table row as its cells separated by tabs, the columns the text
  // stage reads.
  Run cd = run_extractor({"catdoc", "-w", "-d", "utf-8", "-f", "vanban"}, bytes, ".doc", file, left, limits,
                         [](const TempFile& tmp) {
                           tmp.add(".catdocrc", "map_path = " + tmp.dir() + "\n");
                           tmp.add("vanban.specchars", "001C \"\\t\"\n001E \"\\n\"\n");
                           tmp.add("vanban.replchars", "");
                           return std::vector<std::string>{"HOME=" + tmp.dir()};
                         });
  if (!cd.ok) {
    if (cd.code == "input.timeout" || cd.code == "input.too-much-text") refuse(file, cd);
    throw InputError(file, 0, "input.extractor-failed",
                     file + ": neither antiword nor catdoc can read it: " + aw.why + "; " + cd.why);
  }
  e.text = drop_blank_lines(narrow_to_8bit(cd.text));
  Diagnostic d;
  d.severity = Severity::note;
  d.code = "doc.catdoc";
  d.file = file;
  d.message = aw.why + "; text extracted by catdoc instead";
  e.diagnostics.push_back(std::move(d));
  return e;
}

Extracted read_rtf(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  Extracted e;
  Run r = run_extractor({"unrtf", "--text"}, bytes, ".rtf", file, limits.seconds_per_file, limits);
  if (!r.ok) refuse(file, r);
  e.text = strip_unrtf_header(std::move(r.text));
  return e;
}

}  // namespace vanban::ingest
