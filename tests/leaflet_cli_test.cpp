// `vanban render leaflet` through the real executable: exit status (0 done,
// 1 unusable input / bad template, 2 bad usage), messages to the letter,
// output written whole or not at all.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Result {
  int exit = -1;
  std::string out, err;
};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A private directory, removed afterwards.
struct Dir {
  fs::path path;
  Dir() {
    std::string t = (fs::temp_directory_path() / "vanban-leaflet-cli-XXXXXX").string();
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
Result vanban(const std::string& args) {
  Dir io;
  std::string cmd = std::string(VANBAN_BINARY) + " " + args + " >" + (io / "out") + " 2>" + (io / "err") + " </dev/null";
  int st = std::system(cmd.c_str());
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read_all(io / "out"), read_all(io / "err")};
}

const std::string kDoc = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-quyet-47-2024-hdnd-an-phu.txt";

bool starts(const std::string& s, const std::string& head) { return s.compare(0, head.size(), head) == 0; }

}  // namespace

TEST_CASE("leaflet cli: PDF and FO written whole, warnings on stderr") {
  Dir d;
  Result r = vanban("render leaflet " + kDoc + " -o " + (d / "l.pdf"));
  CHECK(r.exit == 0);
  CHECK(r.err == kDoc + ": warning: no address of the full text (--url or --url-pattern): the leaflet has no QR code "
                        "[leaflet.no-url]\n");
  std::string pdf = read_all(d / "l.pdf");
  CHECK(starts(pdf, "%PDF-1.4"));
  auto files = std::distance(fs::directory_iterator(d.path), fs::directory_iterator());
  CHECK(files == 1);  // no temporary left
  r = vanban("render leaflet " + kDoc + " --url https://x.vn/47 --layout booklet");
  CHECK(r.exit == 0);
  CHECK(r.err.empty());
  CHECK(starts(r.out, "<?xml"));
  CHECK(r.out.find("page-width=\"148mm\"") != std::string::npos);
}

TEST_CASE("leaflet cli: bad usage is exit 2 with the leaflet's usage") {
  Result r = vanban("render leaflet " + kDoc + " --layout poster");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: unknown layout 'poster' (trifold or booklet)\n\nusage: vanban render leaflet FILE"));
  r = vanban("render leaflet " + kDoc + " --url https://x.vn --url-pattern https://x.vn/{number}");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --url and --url-pattern: give one\n"));
  r = vanban("render leaflet " + kDoc + " --url-pattern https://x.vn/{so}");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --url-pattern: unknown key {so} (use {number}, {year}, {date}, {type}, {file})\n"));
  r = vanban("render leaflet " + kDoc + " --format pdf");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: --format pdf needs -o FILE\n"));
  r = vanban("render leaflet");
  CHECK(r.exit == 2);
  CHECK(starts(r.err, "vanban: render leaflet needs a FILE\n"));
}

TEST_CASE("leaflet cli: a templates folder without the leaflet is exit 1") {
  Dir d;
  Result r = vanban("render leaflet " + kDoc + " --templates " + d.path.string());
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: " + d.path.string() + ": no leaflet/trifold.fo.mustache in this templates directory\n");
}
