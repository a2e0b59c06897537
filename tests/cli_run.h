// The vanban executable run as a child process by the CLI regression tests
// (plan_cli_test.cpp, leaflet_cli_test.cpp), and shell tools reading what it
// or the renderer wrote: exit status, stdout and stderr, each run in a private
// directory or temporary file removed afterwards.
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cli_run {

namespace fs = std::filesystem;

struct Result {
  int exit = -1;
  std::string out, err;
};

inline std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Writes bytes to a file, or throws (a test's input must exist before it runs).
inline void write_all(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

// A private directory, removed afterwards.
struct Dir {
  fs::path path;
  Dir() {
    std::string t = (fs::temp_directory_path() / "vanban-cli-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp failed");
    path = t;
  }
  ~Dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& n) const { return (path / n).string(); }
};

// Bytes (a rendered PDF) in a private temporary file for the poppler tools,
// removed afterwards.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& bytes, const char* stem = "vanban-test") {
    std::string t = (fs::temp_directory_path() / (std::string(stem) + "-XXXXXX")).string();
    int fd = mkstemp(t.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    path = t;
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { std::remove(path.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

// What a shell command prints on stdout (pdftotext, pdffonts, ldd …).
inline std::string output_of(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("popen " + cmd);
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

// Runs of blanks (spaces, newlines, form feeds, tabs) as one space: pdftotext's
// line and page breaks do not matter to the words.
inline std::string squash(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n' || c == '\f' || c == '\t';
    if (sp && (out.empty() || out.back() == ' ')) continue;
    out += sp ? ' ' : c;
  }
  return out;
}

// Runs `vanban ARGS` (arguments without spaces or quotes).
inline Result vanban(const std::string& args) {
  Dir io;
  std::string cmd = std::string(VANBAN_BINARY) + " " + args + " >" + (io / "out") + " 2>" + (io / "err") + " </dev/null";
  int st = std::system(cmd.c_str());
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read_all(io / "out"), read_all(io / "err")};
}

}  // namespace cli_run
