// Word 97–2003 (.doc) and RTF through Debian's extractors, run as
// subprocesses under the file's time limit. Vietnamese files of that era
// mostly use TCVN3 (.VnTime) or VNI fonts: the extractors pass those bytes
// through, and the text stage's legacy decoding turns them into Unicode.
#include <cstdio>

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

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

// Runs one extractor on a temporary copy of the bytes; throws InputError when
// it cannot be run, runs too long, prints too much or fails.
std::string run_extractor(std::vector<std::string> argv, std::string_view bytes, const std::string& suffix,
                          const std::string& file, const IngestLimits& limits) {
  TempFile tmp(bytes, suffix);
  argv.push_back(tmp.path());
  const std::string tool = argv[0];
  RunResult r = run_program(argv, limits.seconds_per_file, limits.max_text_bytes);
  switch (r.status) {
    case RunResult::Status::exited:
      if (r.exit_code == 0) return std::move(r.out);
      {
        std::string why = first_line(r.err);
        // the tool names our temporary file; the user knows their own name
        for (std::size_t p; (p = why.find(tmp.path())) != std::string::npos;) why.replace(p, tmp.path().size(), file);
        throw InputError(file, 0, "input.extractor-failed",
                         file + ": " + tool + " could not read it (exit status " + std::to_string(r.exit_code) +
                             (why.empty() ? "" : ": " + why) + ")");
      }
    case RunResult::Status::timed_out:
      throw InputError(file, 0, "input.timeout",
                       file + ": " + tool + " ran longer than the limit of " + seconds_text(limits.seconds_per_file) +
                           " s per file, stopped");
    case RunResult::Status::too_much_output:
      throw InputError(file, 0, "input.too-much-text",
                       file + ": " + tool + " printed more than the limit of " +
                           std::to_string(limits.max_text_bytes) + " bytes of text, stopped");
    case RunResult::Status::signalled:
      throw InputError(file, 0, "input.extractor-failed",
                       file + ": " + tool + " crashed (signal " + std::to_string(r.signal) + ")");
    case RunResult::Status::not_started: break;
  }
  throw InputError(file, 0, "input.extractor-missing",
                   file + ": cannot run " + tool + " (install it: tools/setup)");
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

}  // namespace

Extracted read_doc(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  // -w 0: one paragraph per line, as the parser expects; UTF-8 mapping keeps
  // real Unicode text, and 8-bit font text comes out as its cp1252 reading,
  // which the text stage recognises as TCVN3/VNI mojibake.
  Extracted e;
  e.text = run_extractor({"antiword", "-m", "UTF-8.txt", "-w", "0"}, bytes, ".doc", file, limits);
  return e;
}

Extracted read_rtf(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  Extracted e;
  e.text = strip_unrtf_header(run_extractor({"unrtf", "--text"}, bytes, ".rtf", file, limits));
  return e;
}

}  // namespace vanban::ingest
