// `vanban track` through the real executable: messages to the letter for bad
// usage, bad CSV, a locked and a damaged store; two imports at once lose
// nothing.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "vanban/track.h"

namespace fs = std::filesystem;

namespace {

struct Out {
  int exit = -1;
  std::string out, err;
};

struct Work {
  fs::path dir;
  Work() {
    std::string t = (fs::temp_directory_path() / "vanban-track-cli-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp failed");
    dir = t;
  }
  ~Work() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string operator/(const std::string& n) const { return (dir / n).string(); }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary) << bytes;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir / name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // `vanban ARGS` run by the shell in this directory (arguments without quotes)
  Out run(const std::string& args) const {
    std::string cmd = "cd " + dir.string() + " && " + VANBAN_BINARY + " " + args + " >run.out 2>run.err </dev/null";
    int st = std::system(cmd.c_str());
    return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read("run.out"), read("run.err")};
  }
};

const std::string kDoc = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-quyet-47-2024-hdnd-an-phu.txt";

const std::string kTrackUsage =
    "usage: vanban track add FILE... [--db PATH] [--agencies TSV]\n"
    "       vanban track import UPDATES.csv [--db PATH]\n"
    "       vanban track list [--document NUMBER] [--format table|csv|json] [--db PATH]\n"
    "  --db PATH               the store (default out/vanban.db)\n"
    "  --busy-timeout MS       how long to wait for another writer (default 10000)\n";

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> v;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) v.push_back(l);
  return v;
}

// N of "…: N tasks (M new), …" printed by `track add`.
std::size_t tasks_added(const std::string& out) {
  std::size_t p = out.find(" tasks (");
  std::size_t b = out.rfind(' ', p - 1);
  return p == std::string::npos || b == std::string::npos ? 0 : std::stoul(out.substr(b + 1, p - b - 1));
}

}  // namespace

TEST_CASE("track cli: usage errors exit 2 with the track usage") {
  Work w;
  Out r = w.run("track");
  CHECK(r.exit == 2);
  CHECK(r.err == "vanban: track needs add, import or list\n\n" + kTrackUsage);
  r = w.run("track remove x");
  CHECK(r.exit == 2);
  CHECK(r.err == "vanban: unknown track command 'remove' (add, import or list)\n\n" + kTrackUsage);
  r = w.run("track import a.csv b.csv");
  CHECK(r.err == "vanban: track import takes one CSV file\n\n" + kTrackUsage);
  r = w.run("track list --format xml");
  CHECK(r.err == "vanban: unknown format 'xml' (table, csv or json)\n\n" + kTrackUsage);
  r = w.run("track import a.csv --busy-timeout soon");
  CHECK(r.err == "vanban: --busy-timeout: 'soon' is not a number of milliseconds\n\n" + kTrackUsage);
  CHECK(!fs::exists(w.dir / "out"));  // nothing created on bad usage
}

TEST_CASE("track cli: add into the default store, list as a form, import it back") {
  Work w;
  Out r = w.run("track add " + kDoc);
  CHECK(r.exit == 0);
  CHECK(r.err == "");
  // as many tasks as the linker finds (its figures move as linking improves)
  const std::size_t tasks = tasks_added(r.out);
  REQUIRE(tasks >= 20);
  CHECK(r.out == kDoc + ": 47/NQ-HĐND | Hội đồng nhân dân huyện An Phú: " + std::to_string(tasks) + " tasks (" +
                     std::to_string(tasks) + " new), 29 provisions (out/vanban.db)\n");
  REQUIRE(fs::exists(w.dir / "out/vanban.db"));
  r = w.run("track list --format csv");
  std::vector<std::string> form = lines(r.out);
  REQUIRE(form.size() == tasks + 1);
  CHECK(form[0] == "mã nhiệm vụ,ngày,trạng thái,ghi chú,người báo cáo,văn bản,điều khoản,cơ quan,vai trò,thời hạn");
  // fill two rows of the form, leave the rest blank, import
  std::string id1 = form[1].substr(0, 15), id2 = form[2].substr(0, 15);
  form[1] = id1 + ",15/03/2025,hoàn thành,Đã tổ chức,Phòng Tư pháp" + form[1].substr(19);
  form[2] = id2 + ",2025-03-20,đang thực hiện,,," + form[2].substr(20);
  std::string filled;
  for (auto& l : form) filled += l + "\n";
  w.write("filled.csv", filled);
  r = w.run("track import filled.csv");
  CHECK(r.err == "");
  CHECK(r.out == "filled.csv: 2 updates imported, " + std::to_string(tasks - 2) + " blank rows skipped (out/vanban.db)\n");
  r = w.run("track list --format json --document 47/NQ-HĐND");
  CHECK(r.out.find("\"id\": \"" + id1 + "\", \"document\": \"47/NQ-HĐND\"") != std::string::npos);
  CHECK(r.out.find("\"status\": \"hoàn thành\", \"date\": \"2025-03-15\", \"note\": \"Đã tổ chức\"") !=
        std::string::npos);
}

TEST_CASE("track cli: a CSV with bad rows is refused whole, every line named") {
  Work w;
  w.run("track add " + kDoc + " --db t.db");
  w.write("bad.csv", "mã nhiệm vụ,ngày,trạng thái\nNV-2E0E22318221,2025-03-01,hoàn thành\nNV-123,2025-03-01,"
                     "hoàn thành\nNV-2E0E22318221,1/13/2025,hoàn thành\n");
  Out r = w.run("track import bad.csv --db t.db");
  CHECK(r.exit == 1);
  CHECK(r.out == "");
  CHECK(r.err ==
        "bad.csv:3: error: unknown task id 'NV-123' (`vanban track list` shows the ids) [import.task]\n"
        "bad.csv:4: error: date '1/13/2025' is not a date written YYYY-MM-DD or dd/mm/yyyy [import.date]\n"
        "vanban: error: bad.csv: 2 errors, nothing imported [import]\n");
  r = w.run("track list --db t.db --format json");
  CHECK(r.out.find("\"status\": \"hoàn thành\"") == std::string::npos);
  r = w.run("track import missing.csv --db t.db");
  CHECK(r.exit == 1);
  CHECK(r.err.rfind("vanban: error: missing.csv: ", 0) == 0);
}

TEST_CASE("track cli: a locked store, a damaged one, a newer one") {
  Work w;
  w.run("track add " + kDoc + " --db t.db");
  w.write("u.csv", "mã nhiệm vụ,ngày,trạng thái\nNV-2E0E22318221,2025-03-01,hoàn thành\n");
  {
    vanban::track::Store holder = vanban::track::Store::open(w / "t.db");
    vanban::track::Transaction lock(holder);
    Out r = w.run("track import u.csv --db t.db --busy-timeout 150");
    CHECK(r.exit == 1);
    CHECK(r.err == "vanban: error: t.db: the tracking store is locked by another process (waited 150 ms); try "
                   "again when it has finished [track.locked]\n");
  }
  Out r = w.run("track import u.csv --db t.db");
  CHECK(r.exit == 0);

  w.write("broken.db", std::string(4096, 'x'));
  r = w.run("track list --db broken.db");
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: broken.db: the tracking store is damaged or not a database (file is not a "
                 "database) [track.corrupt]\n");
  CHECK(w.read("broken.db") == std::string(4096, 'x'));  // left as it was

  r = w.run("track list --db none.db");
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: none.db: no tracking store here (run `vanban track add` first) [track.open]\n");
  CHECK(!fs::exists(w.dir / "none.db"));
}

TEST_CASE("track cli: two imports at the same time lose no update") {
  Work w;
  Out r = w.run("track add " + kDoc + " --db c.db");
  REQUIRE(r.exit == 0);
  const std::size_t tasks = tasks_added(r.out);
  r = w.run("track list --db c.db --format csv");
  std::vector<std::string> form = lines(r.out);
  REQUIRE(form.size() == tasks + 1);
  // two files of 50 distinct updates per task each (one a day)
  for (int f = 0; f < 2; ++f) {
    std::string csv = "mã nhiệm vụ,ngày,trạng thái,người báo cáo\n";
    for (int day = 0; day < 50; ++day)
      for (std::size_t t = 1; t < form.size(); ++t)
        csv += form[t].substr(0, 15) + ",2025-0" + std::to_string(f ? 4 : 1) + "-" + (day % 28 < 9 ? "0" : "") +
               std::to_string(day % 28 + 1) + ",đang thực hiện,người " + std::to_string(f) + "-" +
               std::to_string(day) + "\n";
    w.write("p" + std::to_string(f) + ".csv", csv);
  }
  std::string cmd = "cd " + w.dir.string() + " && (" + VANBAN_BINARY + " track import p0.csv --db c.db >o0 2>e0 & " +
                    VANBAN_BINARY + " track import p1.csv --db c.db >o1 2>e1 & wait)";
  REQUIRE(std::system(cmd.c_str()) == 0);
  const std::string each = std::to_string(50 * tasks);
  CHECK(w.read("o0") == "p0.csv: " + each + " updates imported (c.db)\n");
  CHECK(w.read("o1") == "p1.csv: " + each + " updates imported (c.db)\n");
  CHECK(w.read("e0") + w.read("e1") == "");
  vanban::track::Store s = vanban::track::Store::open(w / "c.db");
  vanban::track::Statement n(s, "SELECT count(*), count(DISTINCT reporter) FROM status_updates");
  n.step();
  CHECK(n.integer(0) == static_cast<std::int64_t>(100 * tasks));
  CHECK(n.integer(1) == 100);
  vanban::track::Statement ok(s, "PRAGMA integrity_check");
  ok.step();
  CHECK(ok.text(0) == "ok");
}

TEST_CASE("track cli: render report from the store, the same bytes twice, clear errors") {
  Work w;
  w.run("track add " + kDoc + " --db t.db");
  w.write("u.csv", "mã nhiệm vụ,ngày,trạng thái\nNV-2E0E22318221,2025-03-01,hoàn thành\n");
  w.run("track import u.csv --db t.db");
  Out r = w.run("render report --document 47/NQ-HĐND --period 2025-Q1 --db t.db -o a.pdf");
  CHECK(r.exit == 0);
  CHECK(r.err == "");  // no template warning, nothing overfull
  r = w.run("render report --period 2025-Q1 --db t.db -o b.pdf");  // every document of the period: the same one
  CHECK(r.exit == 0);
  CHECK(w.read("a.pdf").rfind("%PDF-", 0) == 0);
  CHECK(w.read("a.pdf") == w.read("b.pdf"));
  for (const auto& e : fs::directory_iterator(w.dir))
    CHECK(e.path().filename().string().find(".tmp.") == std::string::npos);

  r = w.run("render report --document 99/NQ-HĐND --period 2025-Q1 --db t.db -o c.pdf");
  CHECK(r.exit == 1);
  CHECK(r.err == "vanban: error: t.db: no document numbered 99/NQ-HĐND with tasks (`vanban track add` it first) "
                 "[track.no-document]\n");
  r = w.run("render report --period 2023-Q4 --db t.db -o c.pdf");
  CHECK(r.err == "vanban: error: t.db: no document with tasks dated on or before 2023-12-31 [track.no-document]\n");
  CHECK(!fs::exists(w.dir / "c.pdf"));
  r = w.run("render report --document 47/NQ-HĐND --db t.db -o c.pdf");
  CHECK(r.exit == 2);
  CHECK(r.err.rfind("vanban: render report needs --period (e.g. 2025-Q1)\n\nusage: vanban render plan", 0) == 0);
  r = w.run("render report --period 2025-Q5 --db t.db -o c.pdf");
  CHECK(r.exit == 2);
  CHECK(r.err.rfind("vanban: --period: '2025-Q5' is not a period (2025-Q1 … 2025-Q4, 2025-H1, 2025-H2, 2025-03 or "
                    "2025)\n\n",
                    0) == 0);
  r = w.run("render report " + kDoc + " --period 2025-Q1");
  CHECK(r.err.rfind("vanban: render report takes no FILE (the store has the documents)\n\n", 0) == 0);
}
