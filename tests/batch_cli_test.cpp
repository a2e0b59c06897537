// `vanban batch` as people and scripts run it: killed with SIGKILL mid-run
// and run again, exit status, progress and JSON log, usage errors to the
// letter.
#include <catch2/catch.hpp>

#include <poll.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "batch_helpers.h"

using namespace batch_test;

namespace {

// The first `count` documents of corpus/docs (by name), copied into dir.
void copy_corpus(const fs::path& dir, std::size_t count) {
  std::vector<fs::path> all;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus/docs")) {
    std::string n = e.path().filename().string();
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0 && n.find(".groundtruth.") == std::string::npos)
      all.push_back(e.path());
  }
  std::sort(all.begin(), all.end());
  fs::create_directories(dir);
  for (std::size_t i = 0; i < count && i < all.size(); ++i) fs::copy_file(all[i], dir / all[i].filename());
}

// Every output file is whole; returns the number of documents with a JSON.
std::size_t check_whole(const fs::path& out) {
  std::size_t docs = 0;
  for (const auto& [rel, bytes] : tree(out)) {
    INFO(rel);
    if (rel.rfind(".partial/", 0) == 0) continue;  // temporary files: never an output
    CHECK(incomplete(rel, bytes) == "");
    docs += rel.size() > 5 && rel.compare(rel.size() - 5, 5, ".json") == 0 && rel != "manifest.json";
  }
  return docs;
}

// Runs the batch and kills it with SIGKILL once `after` documents are done
// (logged, so in the ledger).
int kill_after(const fs::path& in, const fs::path& out, const fs::path& err, std::size_t after) {
  int fd = -1;
  pid_t pid = start({"batch", in.string(), "-o", out.string(), "--jobs", "2", "--json-log", "--quiet"}, err, &fd);
  std::size_t done = 0;
  std::string line;
  char c;
  while (done < after && read(fd, &c, 1) == 1) {
    if (c != '\n') {
      line += c;
      continue;
    }
    done += line.find("\"status\": \"done\"") != std::string::npos;
    line.clear();
  }
  kill(pid, SIGKILL);
  close(fd);
  return wait_for(pid);
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("batch cli: killed with SIGKILL twice, every file is whole or absent and the third run finishes", "[batch]") {
  Scratch t;
  copy_corpus(t / "in", 16);
  // each kill comes after 3 more documents are done and in the ledger;
  // others may have their outputs (whole) without being in it yet
  CHECK(kill_after(t / "in", t / "out", t / "err1", 3) == 128 + SIGKILL);
  std::size_t first = check_whole(t / "out");
  CHECK(first >= 3);
  CHECK(first < 16);
  CHECK(kill_after(t / "in", t / "out", t / "err2", 3) == 128 + SIGKILL);
  CHECK(check_whole(t / "out") >= 6);

  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--progress", "lines"});
  CHECK(c.exit == 0);
  // the rerun resumes: what the killed runs finished is not done again
  unsigned to_do = 0, unchanged = 0;
  REQUIRE(std::sscanf(c.err.c_str(), "%u of 16 documents to process (%u unchanged)", &to_do, &unchanged) == 2);
  CHECK(unchanged >= 6);
  CHECK(to_do + unchanged == 16);
  CHECK(c.err.find("16 documents: " + std::to_string(to_do) + " processed, " + std::to_string(unchanged) +
                   " unchanged, 0 failed") != std::string::npos);
  CHECK(check_whole(t / "out") == 16);
  CHECK_FALSE(fs::exists(t / "out/.partial"));
  CHECK(count(cli_run::read_all(t / "out/manifest.json"), "\"ok\": true") == 16);
}

TEST_CASE("batch cli: exit status 1 when a document failed, the summary names it", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 2);
  cli_run::write_all(t / "in/broken.txt", "");
  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--progress", "lines"});
  CHECK(c.exit == 1);
  CHECK(c.out.empty());
  CHECK(c.err.find("FAILED broken.txt: broken.txt: empty file, nothing to read [input.empty]\n") != std::string::npos);
  CHECK(c.err.find("3 documents: 2 processed, 0 unchanged, 1 failed, in ") != std::string::npos);
  CHECK(c.err.find("\n  failed: broken.txt: broken.txt: empty file, nothing to read [input.empty]\n") !=
        std::string::npos);
  fs::remove(t / "in/broken.txt");
  Child again = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--progress", "lines"});
  CHECK(again.exit == 0);
  CHECK(again.err.rfind("0 of 2 documents changed; nothing to do\n", 0) == 0);
}

TEST_CASE("batch cli: the closing list of failures stops at 50, the index has them all", "[batch]") {
  Scratch t;
  fs::create_directories(t / "in");
  for (int i = 0; i < 53; ++i) cli_run::write_all(t / "in" / ("e" + std::to_string(100 + i) + ".txt"), "");
  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--progress", "lines"});
  CHECK(c.exit == 1);
  CHECK(count(c.err, "FAILED e") == 53);  // each as it happens
  CHECK(count(c.err, "\n  failed: e") == 50);
  CHECK(c.err.find("\n  failed: e149.txt: e149.txt: empty file, nothing to read [input.empty]\n"
                   "  … and 3 more failed (index.html and manifest.json list them all)\n") != std::string::npos);
  CHECK(count(cli_run::read_all(t / "out/index.html"), "<tr class=\"failed\">") == 53);
  CHECK(count(cli_run::read_all(t / "out/manifest.json"), "\"ok\": false") == 53);
}

TEST_CASE("batch cli: --json-log gives one JSON object per document, --quiet nothing else", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 3);
  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--json-log", "--quiet"});
  CHECK(c.exit == 0);
  CHECK(c.err.empty());
  std::istringstream lines(c.out);
  std::vector<std::string> ls;
  for (std::string l; std::getline(lines, l);) ls.push_back(l);
  REQUIRE(ls.size() == 4);
  for (int i = 0; i < 3; ++i) {
    CHECK(ls[i].rfind("{\"event\": \"document\", \"path\": \"", 0) == 0);
    CHECK(ls[i].find("\"status\": \"done\"") != std::string::npos);
    CHECK(ls[i].back() == '}');
  }
  CHECK(ls[3].rfind("{\"event\": \"summary\", \"found\": 3, \"selected\": 3, \"done\": 3, \"unchanged\": 0, \"failed\": 0, "
                    "\"seconds\": ", 0) == 0);
  CHECK(count(c.out, "\"doc_type\": \"Nghị quyết\", \"number\": \"47/NQ-HĐND\"") == 1);
  // unchanged documents are logged too
  Child again = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--json-log", "--quiet"});
  CHECK(count(again.out, "\"status\": \"unchanged\"") == 3);
}

TEST_CASE("batch cli: a live bar with rate and ETA when asked for one", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 2);
  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "out").string(), "--progress", "bar"});
  CHECK(c.exit == 0);
  CHECK(c.err.find("\r\033[K[") != std::string::npos);
  CHECK(c.err.find("] 2/2  ") != std::string::npos);
  CHECK(c.err.find(" documents/s, ETA 0:00") != std::string::npos);
  CHECK(c.err.find("2 documents: 2 processed, 0 unchanged, 0 failed, in ") != std::string::npos);
}

TEST_CASE("batch cli: by default a bar when stderr is a terminal, plain lines when it is not", "[batch]") {
  Scratch t;
  copy_samples(t / "in", 2);
  // a terminal: the secondary side of a pseudo-terminal as stderr
  int tty = posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(tty >= 0);
  REQUIRE(grantpt(tty) == 0);
  REQUIRE(unlockpt(tty) == 0);
  const std::string pts = ptsname(tty);
  int fd = -1;
  pid_t pid = start({"batch", (t / "in").string(), "-o", (t / "out").string()}, pts, &fd);
  std::string screen;
  char buf[4096];
  // read both as they come: a full terminal would stop the child
  for (bool open = true; open;) {
    pollfd fds[2] = {{fd, POLLIN, 0}, {tty, POLLIN, 0}};
    if (poll(fds, 2, 1000) < 0 && errno != EINTR) break;
    if (fds[1].revents & POLLIN)
      if (ssize_t n = read(tty, buf, sizeof buf); n > 0) screen.append(buf, static_cast<std::size_t>(n));
    if (fds[0].revents & (POLLIN | POLLHUP)) open = read(fd, buf, sizeof buf) > 0;
  }
  close(fd);
  CHECK(wait_for(pid) == 0);
  fcntl(tty, F_SETFL, O_NONBLOCK);
  for (ssize_t n; (n = read(tty, buf, sizeof buf)) > 0;) screen.append(buf, static_cast<std::size_t>(n));
  close(tty);
  CHECK(screen.find("\r\033[K[") != std::string::npos);
  CHECK(screen.find("] 2/2  ") != std::string::npos);
  CHECK(screen.find("2 documents: 2 processed, 0 unchanged, 0 failed, in ") != std::string::npos);
  // not a terminal (a file): no bar, no escape sequence, the same summary
  Child c = vanban({"batch", (t / "in").string(), "-o", (t / "again").string()});
  CHECK(c.exit == 0);
  CHECK(c.err.find('\033') == std::string::npos);
  CHECK(c.err.find('\r') == std::string::npos);
  CHECK(c.err.rfind("2 of 2 documents to process (0 unchanged)\n", 0) == 0);
  CHECK(c.err.find("\n2 documents: 2 processed, 0 unchanged, 0 failed, in ") != std::string::npos);
}

TEST_CASE("batch cli: usage errors and unusable folders, to the letter", "[batch]") {
  Scratch t;
  auto first_line = [](const std::string& s) { return s.substr(0, s.find('\n')); };
  Child c = vanban({"batch"});
  CHECK(c.exit == 2);
  CHECK(first_line(c.err) == "vanban: batch needs an IN_DIR");
  CHECK(c.err.find("usage: vanban batch IN_DIR -o OUT_DIR [options]\n") != std::string::npos);
  c = vanban({"batch", t.path().string()});
  CHECK(c.exit == 2);
  CHECK(first_line(c.err) == "vanban: batch needs -o OUT_DIR");
  c = vanban({"batch", t.path().string(), "-o", (t / "o").string(), "--shard", "3/2"});
  CHECK(c.exit == 2);
  CHECK(first_line(c.err) == "vanban: --shard: '3/2' is not K/N with 1 <= K <= N");
  c = vanban({"batch", t.path().string(), "-o", (t / "o").string(), "--jobs", "0"});
  CHECK(first_line(c.err) == "vanban: --jobs: '0' is not a number from 1 to 1024");
  c = vanban({"batch", t.path().string(), "-o", (t / "o").string(), "--only", "parse,pdf"});
  CHECK(first_line(c.err) == "vanban: --only: unknown output 'pdf' (parse, plan, leaflet)");
  c = vanban({"batch", (t / "nowhere").string(), "-o", (t / "o").string()});
  CHECK(c.exit == 1);
  CHECK(c.err == "vanban: error: " + (t / "nowhere").string() + ": not a folder [batch.in-dir]\n");
  cli_run::write_all(t / "file", "x");
  fs::create_directories(t / "in");
  c = vanban({"batch", (t / "in").string(), "-o", (t / "file").string()});
  CHECK(c.exit == 1);
  CHECK(c.err == "vanban: error: " + (t / "file").string() + ": cannot create folder [batch.out-dir]\n");
}
