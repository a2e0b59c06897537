// The vanban executable run as a child process by the CLI regression tests
// (plan_cli_test.cpp, leaflet_cli_test.cpp): exit status, stdout and stderr,
// each run in a private directory removed afterwards.
#pragma once

#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

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

// Runs `vanban ARGS` (arguments without spaces or quotes).
inline Result vanban(const std::string& args) {
  Dir io;
  std::string cmd = std::string(VANBAN_BINARY) + " " + args + " >" + (io / "out") + " 2>" + (io / "err") + " </dev/null";
  int st = std::system(cmd.c_str());
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read_all(io / "out"), read_all(io / "err")};
}

}  // namespace cli_run
