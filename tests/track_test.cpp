// The tracking store with a real document (47/NQ-HĐND of An Phú): tasks
// added idempotently with stable ids, status updates imported all or
// nothing, CSV and date reading.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "vanban/parse.h"
#include "vanban/track.h"

namespace fs = std::filesystem;
namespace track = vanban::track;

namespace {

const std::string kDoc = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-quyet-47-2024-hdnd-an-phu.txt";

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string t = (fs::temp_directory_path() / "vanban-track-add-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp");
    dir = t;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string db() const { return (dir / "t.db").string(); }
};

std::int64_t count(track::Store& s, const std::string& table) {
  track::Statement st(s, "SELECT count(*) FROM " + table);
  st.step();
  return st.integer(0);
}

const vanban::Document& an_phu() {
  static const vanban::Document d = vanban::parse_file(kDoc);
  return d;
}

std::vector<std::string> messages(const track::ImportResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.errors) out.push_back(vanban::format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("track: task ids are a pure function of document, provision, body and role", "[track]") {
  // pinned: a changed scheme would orphan every status update in the field
  CHECK(track::task_id("47/NQ-HĐND | Hội đồng nhân dân huyện An Phú", "art_3", "Ủy ban nhân dân huyện An Phú",
                       vanban::Role::lead) == "NV-2E0E22318221");
  CHECK(track::task_id("47/NQ-HĐND | Hội đồng nhân dân huyện An Phú", "art_3", "Ủy ban nhân dân huyện An Phú",
                       vanban::Role::supervise) != "NV-2E0E22318221");
  CHECK(track::document_key(an_phu()) == "47/NQ-HĐND | Hội đồng nhân dân huyện An Phú");
}

TEST_CASE("track: adding a document twice gives the same tasks and ids, none duplicated", "[track]") {
  Scratch s;
  track::Store st = track::Store::open(s.db());
  track::AddResult a = track::add_document(st, an_phu());
  // one task per distinct (eid, agency, role), plus the implementing body on each unassigned provision
  std::set<std::tuple<std::string, std::string, vanban::Role>> distinct;
  for (const auto& x : an_phu().assignments) distinct.insert({x.eid, x.agency, x.role});
  for (const auto& eid : an_phu().unassigned) distinct.insert({eid, a.implementer, vanban::Role::lead});
  CHECK(a.implementer == "Ủy ban nhân dân huyện An Phú");
  CHECK(a.tasks == static_cast<int>(distinct.size()));
  CHECK(a.new_tasks == a.tasks);
  CHECK(a.retired == 0);
  std::vector<track::TaskStatus> first = track::list_tasks(st);
  track::AddResult b = track::add_document(st, an_phu());
  CHECK(b.tasks == a.tasks);
  CHECK(b.new_tasks == 0);
  CHECK(count(st, "tasks") == a.tasks);
  CHECK(count(st, "documents") == 1);
  int provisions = 0;
  vanban::for_each_provision(an_phu().provisions, [&](const vanban::Provision&) { ++provisions; });
  CHECK(count(st, "provisions") == provisions);
  std::vector<track::TaskStatus> second = track::list_tasks(st);
  REQUIRE(second.size() == first.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(second[i].id == first[i].id);

  // another store, same ids
  Scratch s2;
  track::Store other = track::Store::open(s2.db());
  track::add_document(other, an_phu());
  std::vector<track::TaskStatus> third = track::list_tasks(other);
  REQUIRE(third.size() == first.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(third[i].id == first[i].id);
}

TEST_CASE("track: a task the document no longer has is kept but no longer listed", "[track]") {
  Scratch s;
  track::Store st = track::Store::open(s.db());
  track::add_document(st, an_phu());
  vanban::Document changed = an_phu();
  REQUIRE(!changed.assignments.empty());
  changed.assignments.erase(changed.assignments.begin());  // nothing else names this (eid, agency, role)
  track::AddResult r = track::add_document(st, changed);
  CHECK(r.retired == 1);
  CHECK(r.new_tasks == 0);
  CHECK(track::list_tasks(st).size() == static_cast<std::size_t>(r.tasks));
  CHECK(count(st, "tasks") == r.tasks + 1);
  CHECK(track::list_tasks(st, std::string("47/NQ-HĐND")).size() == static_cast<std::size_t>(r.tasks));
  CHECK(track::list_tasks(st, std::string("48/NQ-HĐND")).empty());
}

TEST_CASE("track: an import with bad rows writes nothing and names every bad line", "[track]") {
  Scratch s;
  track::Store st = track::Store::open(s.db());
  track::add_document(st, an_phu());
  std::vector<track::TaskStatus> tasks = track::list_tasks(st);
  const std::string a = tasks[0].id, b = tasks[1].id;
  std::string csv = "mã nhiệm vụ,ngày,trạng thái,ghi chú,người báo cáo\n" + a +
                    ",2025-03-10,đang thực hiện,,Phòng Tư pháp\n" + b + ",31/3/2025,hoàn thành,\"Đã xong, đúng hạn\",\n" +
                    "NV-000000000000,2025-03-10,hoàn thành,,\n" + a + ",2025/03/10,hoàn thành,,\n" + b +
                    ",2025-03-11,xong,,\n" + a + ",30/02/2025,quá hạn,,\n";
  track::ImportResult r = track::import_updates(st, csv, "u.csv");
  CHECK(messages(r) == std::vector<std::string>{
                           "u.csv:4: error: unknown task id 'NV-000000000000' (`vanban track list` shows the ids) "
                           "[import.task]",
                           "u.csv:5: error: date '2025/03/10' is not a date written YYYY-MM-DD or dd/mm/yyyy "
                           "[import.date]",
                           "u.csv:6: error: unknown status 'xong' (chưa thực hiện, đang thực hiện, hoàn thành or "
                           "quá hạn) [import.status]",
                           "u.csv:7: error: date '30/02/2025' is not a date written YYYY-MM-DD or dd/mm/yyyy "
                           "[import.date]"});
  CHECK(r.added == 0);
  CHECK(count(st, "status_updates") == 0);  // the two good rows were not written either

  // the good rows alone: written; again: recognised as already there
  std::string good = "\xEF\xBB\xBFMã nhiệm vụ,Ngày,Trạng thái,Ghi chú\r\n" + a + ",2025-03-10,Đang thực hiện,\r\n" +
                     b + ",31/3/2025,hoàn thành,\"Đã xong, \"\"đúng hạn\"\"\nvà báo cáo\"\r\n" + ",,,\r\n";
  r = track::import_updates(st, good, "g.csv");
  CHECK(messages(r).empty());
  CHECK(r.rows == 3);
  CHECK(r.added == 2);
  CHECK(r.blank == 1);
  r = track::import_updates(st, good, "g.csv");
  CHECK(r.added == 0);
  CHECK(r.duplicates == 2);
  CHECK(count(st, "status_updates") == 2);
  std::vector<track::TaskStatus> now = track::list_tasks(st);
  CHECK(now[0].status == std::optional<std::string>("đang thực hiện"));
  CHECK(now[1].status == std::optional<std::string>("hoàn thành"));
  CHECK(now[1].date == std::optional<std::string>("2025-03-31"));
  CHECK(now[1].note == std::optional<std::string>("Đã xong, \"đúng hạn\"\nvà báo cáo"));
  CHECK(!now[2].status);
}

TEST_CASE("track: the header must name the three columns, and only known ones", "[track]") {
  Scratch s;
  track::Store st = track::Store::open(s.db());
  CHECK(messages(track::import_updates(st, "mã nhiệm vụ,ngày,tình trạng\n", "h.csv")) ==
        std::vector<std::string>{
            "h.csv:1: error: unknown column 'tình trạng' (known: mã nhiệm vụ, ngày, trạng thái, ghi chú, người báo "
            "cáo) [import.header]",
            "h.csv:1: error: no column 'trạng thái' [import.header]"});
  CHECK(messages(track::import_updates(st, "ngày,ngày,mã nhiệm vụ,trạng thái\n", "h.csv")) ==
        std::vector<std::string>{"h.csv:1: error: column 'ngày' is given twice [import.header]"});
  CHECK(messages(track::import_updates(st, "", "e.csv")) ==
        std::vector<std::string>{"e.csv:1: error: empty file: the first line names the columns (mã nhiệm "
                                 "vụ,ngày,trạng thái,ghi chú,người báo cáo) [import.header]"});
}

TEST_CASE("track: malformed CSV is reported at its line", "[track]") {
  Scratch s;
  track::Store st = track::Store::open(s.db());
  auto first = [&](const std::string& csv) {
    auto m = messages(track::import_updates(st, csv, "c.csv"));
    return m.empty() ? std::string("(none)") : m[0];
  };
  const std::string head = "mã nhiệm vụ,ngày,trạng thái\n";
  CHECK(first(head + "NV-1,2025-01-01,hoàn thành\n\"NV-2,2025-01-01,hoàn thành\n") ==
        "c.csv:3: error: a quoted field is not closed (a \" is missing) [import.csv]");
  CHECK(first(head + "\"NV-1\"x,2025-01-01,hoàn thành\n") ==
        "c.csv:2: error: text after a closing quote (write \"\" for a quote inside a field) [import.csv]");
  CHECK(first(head + "NV-1,2025-01-01,hoàn \"thành\"\n") ==
        "c.csv:2: error: a quote inside an unquoted field (quote the field and write \"\") [import.csv]");
  CHECK(first(head + "NV-1,2025-01-01\n") ==
        "c.csv:2: error: 2 fields, the header has 3 (quote a field that holds a comma) [import.csv]");
  // Windows-1258 "hoàn thành" (à = E0): the file was not saved as UTF-8
  CHECK(first(head + "NV-1,2025-01-01,ho\xE0n th\xE0nh\n") ==
        "c.csv:2:19: error: not UTF-8 (byte 224); save the table as CSV UTF-8 [import.encoding]");
  CHECK(first(std::string("m\0a", 3)) ==
        "c.csv:1:2: error: not a text file (NUL byte); save the table as CSV UTF-8 [import.encoding]");
}

TEST_CASE("track: dates in the two written forms, real calendar days only", "[track]") {
  CHECK(track::parse_date("2025-03-31") == std::optional<std::string>("2025-03-31"));
  CHECK(track::parse_date("31/03/2025") == std::optional<std::string>("2025-03-31"));
  CHECK(track::parse_date("5/1/2025") == std::optional<std::string>("2025-01-05"));
  CHECK(track::parse_date("29/2/2024") == std::optional<std::string>("2024-02-29"));
  CHECK(!track::parse_date("29/2/2025"));
  CHECK(!track::parse_date("2025-13-01"));
  CHECK(!track::parse_date("2025-1-5"));
  CHECK(!track::parse_date("31/03/25"));
  CHECK(!track::parse_date("31.03.2025"));
  CHECK(!track::parse_date(""));
}
