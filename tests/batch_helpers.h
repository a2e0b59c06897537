// Helpers of the batch tests (batch_test.cpp, batch_cli_test.cpp): a
// private folder of real corpus documents, the vanban binary as a child
// process, and the check that an output file is whole.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <libxml/parser.h>
#include "cli_run.h"

extern char** environ;

namespace batch_test {

namespace fs = std::filesystem;

class Scratch {
 public:
  Scratch() {
    std::string t = (fs::temp_directory_path() / "vanban-batch-test-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp: " + std::string(std::strerror(errno)));
    path_ = t;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  fs::path operator/(const std::string& name) const { return path_ / name; }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Real documents of every kind the batch meets: resolutions and decisions
// (they get a plan), a law, a circular in TCVN3 bytes, a letter, a report,
// OCR text.
inline const std::vector<std::string>& sample_names() {
  static const std::vector<std::string> n = {
      "nghi-quyet-47-2024-hdnd-an-phu.txt",      "quyet-dinh-807-2024-ubnd-ninh-binh.txt",
      "thong-tu-99-1998-btc.8bit.txt",           "cong-van-193-2026-ubnd-lao-cai.txt",
      "chi-thi-299-1980-ttg.txt",                "bao-cao-ket-qua-chi-thi-38-ttg-ubnd-lao-cai.txt",
      "quyet-dinh-16-2026-ubnd-lao-cai-ocr.txt", "nghi-quyet-09-hdnd-thua-thien-hue.txt"};
  return n;
}

// Copies the first `count` sample documents into dir; returns their names.
inline std::vector<std::string> copy_samples(const fs::path& dir, std::size_t count = 8) {
  fs::create_directories(dir);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < count && i < sample_names().size(); ++i) {
    fs::copy_file(fs::path(VANBAN_SOURCE_DIR) / "corpus/docs" / sample_names()[i], dir / sample_names()[i]);
    names.push_back(sample_names()[i]);
  }
  return names;
}

// Every regular file under dir (relative path → bytes), leaving out the store.
inline std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> m;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::string rel = e.path().lexically_relative(dir).generic_string();
    if (rel.rfind("vanban.db", 0) == 0) continue;
    m[rel] = cli_run::read_all(e.path());
  }
  return m;
}

// "" when the output file is whole, else what is wrong with it: a PDF from
// %PDF- to its last %%EOF, XML that libxml2 reads, JSON that ends as the
// writer ends it, HTML with its closing tag, text ending in a newline.
inline std::string incomplete(const std::string& name, const std::string& b) {
  auto ends = [&](const std::string& t) { return b.size() >= t.size() && b.compare(b.size() - t.size(), t.size(), t) == 0; };
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0)
    return b.rfind("%PDF-", 0) == 0 && (ends("%%EOF\n") || ends("%%EOF")) ? "" : "truncated PDF";
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0) {
    xmlDocPtr d = xmlReadMemory(b.data(), static_cast<int>(b.size()), name.c_str(), "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    bool ok = d != nullptr;
    xmlFreeDoc(d);
    return ok ? "" : "not well-formed XML";
  }
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
    return b.rfind("{", 0) == 0 && ends("}\n") ? "" : "truncated JSON";
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".html") == 0) return ends("</html>\n") ? "" : "truncated HTML";
  return b.empty() || ends("\n") ? "" : "truncated text";
}

struct Child {
  int exit = -1;  // 128 + signal when killed
  std::string out, err;
};

// Starts VANBAN_BINARY with args, stdout into a pipe (returned in *out_fd
// when given, else read to the end), stderr into a file.
inline pid_t start(const std::vector<std::string>& args, const fs::path& err_file, int* out_fd) {
  int p[2];
  if (pipe(p) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, p[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&fa, p[0]);
  posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> sv{VANBAN_BINARY};
  sv.insert(sv.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : sv) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(p[1]);
  if (rc != 0) {
    close(p[0]);
    throw std::runtime_error("posix_spawn: " + std::string(std::strerror(rc)));
  }
  *out_fd = p[0];
  return pid;
}

inline int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error("waitpid");
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

inline Child vanban(const std::vector<std::string>& args) {
  Scratch io;
  int fd = -1;
  pid_t pid = start(args, io / "stderr", &fd);
  Child c;
  char buf[4096];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    c.out.append(buf, static_cast<std::size_t>(n));
  }
  close(fd);
  c.exit = wait_for(pid);
  c.err = cli_run::read_all(io / "stderr");
  return c;
}

}  // namespace batch_test
