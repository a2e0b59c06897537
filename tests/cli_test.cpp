// Regression tests of the real `vanban` executable (QPDF's way): each test
// runs the built binary (VANBAN_BINARY) and pins its exit status, stdout and
// stderr. Error messages are compared to the letter ({fmt}'s
// EXPECT_THROW_MSG): they are part of the interface people and scripts see.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>
#include "cli_run.h"

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit = -1;  // exit status; 128 + signal when killed
  std::string out, err;
};

// A private directory for this test run's files, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "vanban-cli-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp: " + std::string(std::strerror(errno)));
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// Runs VANBAN_BINARY with `args`. Output goes to files rather than pipes, so a
// large stdout cannot block the child while we wait for it.
Run vanban(const std::vector<std::string>& args) {
  TempDir io;
  const std::string out = (io / "stdout").string(), err = (io / "stderr").string();
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

  std::vector<std::string> argv_s{VANBAN_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error(std::string("posix_spawn " VANBAN_BINARY ": ") + std::strerror(rc));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error("waitpid: " + std::string(std::strerror(errno)));

  Run r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = cli_run::read_all(out);
  r.err = cli_run::read_all(err);
  return r;
}

// The usage text printed after every usage error. A copy of kUsage in
// pipeline/cli/main.cpp on purpose: the expected text must not come from
// the code under test.
const std::string kUsage =
    "usage: vanban <command> [options]\n"
    "\n"
    "commands:\n"
    "  text FILE                     print the decoded, normalised text\n"
    "  parse FILE [--format F] [--warnings] [--agencies TSV]\n"
    "                                F = json (default) | akn | tree\n"
    "  agencies FILE [--format F] [--agencies TSV]\n"
    "                                who must act on which provision;\n"
    "                                F = table (default) | csv | json\n"
    "                                --agencies: the user's registry additions\n"
    "  render plan FILE [-o OUT] [--format fo|pdf] [options]\n"
    "                                the implementation plan (Kế hoạch) as PDF;\n"
    "                                `vanban render` lists the options\n"
    "  render leaflet FILE [-o OUT] [--layout trifold|booklet] [--url URL]\n"
    "                                the dissemination leaflet (tờ gấp) as PDF,\n"
    "                                QR code to the full text;\n"
    "                                `vanban render leaflet` lists the options\n"
    "  render report --period P [--document NUMBER] [-o OUT]\n"
    "                                the compliance report (Báo cáo) from the\n"
    "                                tracking store\n"
    "  track add|import|list …       the tracking store (tasks, status updates);\n"
    "                                `vanban track` lists the options\n"
    "  batch IN_DIR -o OUT_DIR [--jobs N] [--only parse,plan,leaflet] [--force]\n"
    "        [--shard K/N] [--quiet] [--json-log]\n"
    "                                every document of a folder, incrementally;\n"
    "                                `vanban batch` lists the options\n"
    "  version                       print the version\n";

std::string usage_error(const std::string& msg) { return "vanban: " + msg + "\n\n" + kUsage; }

const fs::path kData = fs::path(VANBAN_SOURCE_DIR) / "tests" / "data";

}  // namespace

TEST_CASE("cli: no arguments is a usage error", "[cli]") {
  Run r = vanban({});
  CHECK(r.exit == 2);
  CHECK(r.out == "");
  CHECK(r.err == usage_error("no command"));
}

TEST_CASE("cli: unknown command is a usage error naming it", "[cli]") {
  Run r = vanban({"frobnicate", "x.txt"});
  CHECK(r.exit == 2);
  CHECK(r.out == "");
  CHECK(r.err == usage_error("unknown command 'frobnicate'"));
}

TEST_CASE("cli: help and version go to stdout", "[cli]") {
  for (const char* help : {"help", "--help", "-h"}) {
    Run h = vanban({help});
    INFO(help);
    CHECK(h.exit == 0);
    CHECK(h.out == kUsage);
    CHECK(h.err == "");
  }
  Run v = vanban({"version"});
  CHECK(v.exit == 0);
  CHECK(v.out == "vanban 0.1.0\n");
  CHECK(v.err == "");
}

TEST_CASE("cli: argument errors exit 2 with the message and the usage", "[cli]") {
  const std::string fixture = (kData / "text-golden.txt").string();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"parse", fixture, "--format", "nope"}, "unknown format 'nope' (json, akn or tree)"},
      {{"parse", "--format=", fixture}, "unknown format '' (json, akn or tree)"},
      {{"parse"}, "parse needs a FILE"},
      {{"parse", fixture, fixture}, "parse takes one FILE"},
      {{"parse", fixture, "--verbose"}, "unknown option --verbose"},
      {{"text"}, "text takes exactly one FILE"},
      {{"agencies"}, "agencies needs a FILE"},
      {{"agencies", fixture, "--format", "xml"}, "unknown format 'xml' (table, csv or json)"},
  };
  for (const auto& c : cases) {
    Run r = vanban(c.args);
    INFO("vanban " << Catch::Detail::stringify(c.args));
    CHECK(r.exit == 2);
    CHECK(r.out == "");
    CHECK(r.err == usage_error(c.message));
  }
}

// `vanban render` without a kind: the render usage, every kind named. A
// copy of kRenderUsage (pipeline/cli/render_cmd.cpp), as kUsage above.
TEST_CASE("cli: render without a kind lists plan, report and leaflet", "[cli]") {
  const std::string render_usage =
      "usage: vanban render plan FILE [-o OUT] [--format fo|pdf] [options]\n"
      "       vanban render report --period P [--document NUMBER] [--db PATH] [-o OUT] [options]\n"
      "       vanban render leaflet FILE [-o OUT] [--layout trifold|booklet] [--url URL]\n"
      "                               (`vanban render leaflet` lists its options)\n"
      "  --period P              report: 2025-Q1, 2025-H1, 2025-03 or 2025\n"
      "  --document NUMBER       report: one document (e.g. 47/NQ-HĐND); default all of the period\n"
      "  --db PATH               report: the tracking store (default out/vanban.db)\n"
      "  -o OUT                  output file (default: stdout for fo); '-' is stdout\n"
      "  --format fo|pdf         default: from OUT's extension (.fo), else pdf\n"
      "  --issuer NAME           implementing body (default: from the document)\n"
      "  --parent NAME           the line above it in the header\n"
      "  --number N              plan number, '12' or '12/KH-UBND' (default blank)\n"
      "  --date YYYY-MM-DD       plan date (default blank: never the clock)\n"
      "  --place NAME            place in the date line\n"
      "  --signer NAME           signer's name\n"
      "  --signer-position P     e.g. 'Phó Chủ tịch' (default: the head's title)\n"
      "  --signer-authority A    e.g. 'KT. Chủ tịch' (default: from the position)\n"
      "  --templates DIR         a copy of templates/ to use instead of the built-in one\n";
  Run r = vanban({"render"});
  CHECK(r.exit == 2);
  CHECK(r.out == "");
  CHECK(r.err == "vanban: render needs a kind (plan, leaflet or report)\n\n" + render_usage);
  r = vanban({"render", "poster"});
  CHECK(r.exit == 2);
  CHECK(r.err == "vanban: unknown render kind 'poster' (plan, leaflet or report)\n\n" + render_usage);
}

TEST_CASE("cli: unusable input exits 1 with a message naming the file", "[cli]") {
  TempDir dir;
  cli_run::write_all(dir / "empty.txt", "");
  // The start of a .docx cut short: read as a ZIP, refused as damaged.
  cli_run::write_all(dir / "scan.docx", std::string_view("PK\x03\x04\x14\x00\x06\x00", 8));
  cli_run::write_all(dir / "data.bin", std::string_view("Điều\x00\x01\x02", 10));  // "Điều" is 7 bytes
  struct Case {
    std::string command, file, message;
  };
  const Case cases[] = {
      {"parse", "missing.txt", "cannot open file [io.open]"},
      {"text", "missing.txt", "cannot open file [io.open]"},
      {"parse", "empty.txt", "empty file, nothing to read [input.empty]"},
      {"parse", "scan.docx", "damaged ZIP archive, cannot read its directory (Not a zip archive) [docx.corrupt]"},
      {"parse", "data.bin", "not a text file (NUL byte at offset 7) [input.binary]"},
  };
  for (const auto& c : cases) {
    const std::string path = (dir / c.file).string();
    Run r = vanban({c.command, path});
    INFO("vanban " << c.command << " " << path);
    CHECK(r.exit == 1);
    CHECK(r.out == "");
    CHECK(r.err == "vanban: error: " + path + ": " + c.message + "\n");
  }
}

TEST_CASE("cli: text of a UTF-8 fixture matches its golden output", "[cli]") {
  // tests/data/text-golden.txt: NFD letters, CRLF line ends, markdown marks,
  // no-break and zero-width spaces, a received stamp and a lone page number;
  // text-golden.expected is what `vanban text` must print for it.
  Run r = vanban({"text", (kData / "text-golden.txt").string()});
  CHECK(r.exit == 0);
  CHECK(r.err == "");
  CHECK(r.out == cli_run::read_all(kData / "text-golden.expected"));
}

// `vanban agencies`: the matrix for people and machines, and a user's
// registry file that teaches it a body the built-in registry does not know.
TEST_CASE("cli: agencies prints who must act where, and --agencies extends the registry", "[cli]") {
  TempDir dir;
  cli_run::write_all(dir / "qd.txt",
       "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 12/QĐ-UBND\nNinh Bình, ngày 05 tháng 01 năm 2025\n\nQUYẾT ĐỊNH\n"
       "Về việc thử nghiệm\n\nQUYẾT ĐỊNH:\n\n"
       "Điều 1. Giao Sở Tài chính chủ trì, phối hợp với Công ty Điện lực rà soát trước ngày 30/6/2025.\n"
       "Điều 2. Tổ chức tuyên truyền rộng rãi Quyết định này.\n"
       "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n");
  Run r = vanban({"agencies", (dir / "qd.txt").string()});
  CHECK(r.exit == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "Sở Tài chính tỉnh Ninh Bình\n"
        "  Điều 1      chủ trì                 trước 30/06/2025\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Bình\n"
        "  Điều 3      chủ trì (cả văn bản)\n"
        "\n"
        "Chưa có cơ quan thực hiện:\n"
        "  Điều 2\n");

  cli_run::write_all(dir / "mine.tsv", "# our power company\nprovince\tCông ty Điện lực\n");
  r = vanban({"agencies", (dir / "qd.txt").string(), "--agencies", (dir / "mine.tsv").string(), "--format", "csv"});
  CHECK(r.exit == 0);
  CHECK(r.out ==
        "agency,eid,provision,role,scope,deadline,recurrence,time_words,mention\r\n"
        "Sở Tài chính tỉnh Ninh Bình,art_1,Điều 1,lead,provision,2025-06-30,,trước ngày 30/6/2025,Sở Tài chính\r\n"
        "Công ty Điện lực tỉnh Ninh Bình,art_1,Điều 1,coordinate,provision,2025-06-30,,trước ngày 30/6/2025,"
        "Công ty Điện lực\r\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Bình,art_3,Điều 3,lead,document,,,,"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh\r\n");

  cli_run::write_all(dir / "bad.tsv", "province\tQuỹ\nsector\tngành Thuế\tCục Thuế\n");
  r = vanban({"agencies", (dir / "qd.txt").string(), "--agencies", (dir / "bad.tsv").string()});
  CHECK(r.exit == 1);
  CHECK(r.out == "");
  CHECK(r.err == "vanban: error: " + (dir / "bad.tsv").string() +
                     ":2: a sector needs its offices as province|district|commune\n");
}
