// The compliance report by agency, coordinators included, on real documents
// with coordinating bodies (phối hợp): letter 193/UBND-KT of Lào Cai (leads
// on clauses, coordinators on their points, a clause with two leads, points
// that name coordinators only) and four more. The expected counts are worked
// out here from the store's tasks and the updates this test writes, by the
// rule the report documents (vanban/report.h): a task is a lead × provision;
// a coordinator joins the lead tasks of its provision or of the nearest one
// above it; coordinators with no lead above them make one lead-less task;
// totals count every task once.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "vanban/parse.h"
#include "vanban/render.h"
#include "vanban/report.h"
#include "vanban/track.h"

namespace fs = std::filesystem;
namespace track = vanban::track;
namespace plan = vanban::plan;

#include "cli_run.h"

using cli_run::output_of;
using cli_run::squash;

namespace {

struct TempStore {
  fs::path dir;
  track::Store store;
  TempStore() : dir(make()), store(track::Store::open((dir / "t.db").string())) {}
  ~TempStore() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  static fs::path make() {
    std::string t = (fs::temp_directory_path() / "vanban-report-agencies-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp");
    return t;
  }
};

const char* const kState[] = {"hoàn thành", "đang thực hiện", "chưa thực hiện"};
// the report's column of each state above (Progress: done, done_late, in_progress, not_started, overdue)
const int kColumn[] = {0, 2, 3};

// What the test expects: per task (key "eid|lead"), its state column, its
// lead and coordinators, worked out from list_tasks.
struct Expected {
  struct Task {
    std::string lead;  // "" : none
    std::set<std::string> coordinators;
    int column = 3;    // not started
  };
  std::map<std::string, Task> tasks;
  std::string csv = "mã nhiệm vụ,ngày,trạng thái\n";
};

// Writes updates to every task: leads in turn through the three states;
// coordinators of a led task all say "hoàn thành" (which must change
// nothing); the coordinators of a lead-less provision report in turn, the
// last one's state winning.
Expected updates(const std::vector<track::TaskStatus>& all) {
  Expected e;
  std::map<std::string, std::vector<const track::TaskStatus*>> leads;
  for (const auto& t : all)
    if (t.role == "chủ trì") leads[t.eid].push_back(&t);
  int k = 0;
  for (const auto& t : all) {
    if (t.role != "chủ trì") continue;
    int s = k++ % 3;
    e.tasks[t.eid + "|" + t.agency].lead = t.agency;
    e.tasks[t.eid + "|" + t.agency].column = kColumn[s];
    e.csv += t.id + ",2025-03-01," + kState[s] + "\n";
  }
  std::map<std::string, int> leadless_turn;
  for (const auto& t : all) {
    if (t.role != "phối hợp") continue;
    std::string eid = t.eid;
    while (!leads.count(eid) && eid.find("__") != std::string::npos) eid.resize(eid.rfind("__"));
    if (leads.count(eid)) {
      for (const auto* l : leads[eid])
        if (l->agency != t.agency) e.tasks[eid + "|" + l->agency].coordinators.insert(t.agency);
      e.csv += t.id + ",2025-03-15,hoàn thành\n";  // later than the lead's: still not the task's state
      continue;
    }
    Expected::Task& x = e.tasks[t.eid + "|"];
    x.coordinators.insert(t.agency);
    int turn = leadless_turn[t.eid]++;
    int s = turn % 2 ? 0 : 1;  // đang thực hiện, then hoàn thành, …: the later date wins
    x.column = kColumn[s];
    e.csv += t.id + ",2025-02-" + std::to_string(10 + turn) + "," + kState[s] + "\n";
  }
  return e;
}

plan::ReportInput load(TempStore& ts, const char* file, const std::string& number, Expected* expected) {
  vanban::Document doc = vanban::parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/" + file);
  track::add_document(ts.store, doc);
  Expected e = updates(track::list_tasks(ts.store, number));
  track::ImportResult r = track::import_updates(ts.store, e.csv, "u.csv");
  if (!r.errors.empty()) throw std::runtime_error(vanban::format_diagnostic(r.errors[0]));
  if (expected) *expected = e;
  return track::load_report(ts.store, number, plan::parse_period("2025-Q1"));
}

}  // namespace

TEST_CASE("report agencies: each task once, coordinators joined to the lead above them (807/QĐ-UBND)") {
  TempStore ts;
  Expected e;
  plan::ReportInput in = load(ts, "quyet-dinh-807-2024-ubnd-ninh-binh.txt", "807/QĐ-UBND", &e);
  REQUIRE(in.documents.size() == 1);
  // the store has what this test is about: a coordinator under a lead, and provisions with coordinators only
  int led = 0, leadless = 0;
  for (const auto& [key, t] : e.tasks) (t.lead.empty() ? leadless : led) += !t.coordinators.empty();
  REQUIRE(led >= 1);
  REQUIRE(leadless >= 1);

  // the tasks: one per lead and per lead-less provision, with their coordinators and states
  const auto& tasks = in.documents[0].tasks;
  CHECK(tasks.size() == e.tasks.size());
  for (const plan::ReportTask& t : tasks) {
    INFO(t.eid << " " << t.agency);
    auto it = e.tasks.find(t.eid + "|" + t.agency);
    REQUIRE(it != e.tasks.end());
    CHECK(std::set<std::string>(t.coordinators.begin(), t.coordinators.end()) == it->second.coordinators);
    CHECK(static_cast<int>(plan::progress_of(t, in.period)) == it->second.column);
  }

  // by agency: leads count their tasks, coordinators the tasks they join; totals once
  plan::ReportCounts rc = plan::count_results(in);
  CHECK(rc.total == static_cast<int>(e.tasks.size()));
  std::map<std::string, std::array<int, 5>> lead, coord;
  int by[5] = {0, 0, 0, 0, 0}, coordinated = 0;
  for (const auto& [key, t] : e.tasks) {
    ++lead[t.lead][static_cast<std::size_t>(t.column)];
    ++by[t.column];
    coordinated += !t.coordinators.empty();
    for (const std::string& c : t.coordinators) ++coord[c][static_cast<std::size_t>(t.column)];
  }
  CHECK(rc.coordinated == coordinated);
  int sum_lead = 0;
  for (int k = 0; k < 5; ++k) CHECK(rc.by[k] == by[k]);
  for (const plan::AgencyResult& a : rc.agencies) {
    INFO(a.agency);
    sum_lead += a.lead_total;
    std::array<int, 5> l{}, c{};
    for (int k = 0; k < 5; ++k) l[static_cast<std::size_t>(k)] = a.lead[k], c[static_cast<std::size_t>(k)] = a.coordinate[k];
    CHECK(l == (lead.count(a.agency) ? lead[a.agency] : std::array<int, 5>{}));
    CHECK(c == (coord.count(a.agency) ? coord[a.agency] : std::array<int, 5>{}));
    CHECK(a.coordinate_total == static_cast<int>(a.coordinated.size()));
    lead.erase(a.agency), coord.erase(a.agency);
  }
  CHECK(sum_lead == rc.total);  // coordinators' lines are not added
  CHECK(lead.empty());
  CHECK(coord.empty());

  // the coordinator's line names the tasks it coordinates by their numbers in the task table
  for (const plan::AgencyResult& a : rc.agencies)
    for (int stt : a.coordinated) {
      REQUIRE(stt >= 1);
      REQUIRE(stt <= static_cast<int>(tasks.size()));
      const plan::ReportTask& t = tasks[static_cast<std::size_t>(stt - 1)];
      CHECK(std::find(t.coordinators.begin(), t.coordinators.end(), a.agency) != t.coordinators.end());
    }
}

TEST_CASE("report agencies: the PDF's agency table — lead and coordinator lines, totals once, the rule stated") {
  TempStore ts;
  plan::ReportInput in = load(ts, "quyet-dinh-38-2025-ubnd-ha-noi.txt", "38/2025/QĐ-UBND", nullptr);
  plan::ReportCounts rc = plan::count_results(in);
  std::string fo = plan::render_report_fo(in);
  vanban::render::RenderOptions ro;
  ro.source_date_epoch = 1744243200;
  vanban::render::RenderResult res = vanban::render::render_fo(fo, "report.fo", ro);
  fs::path pdf = ts.dir / "r.pdf";
  std::ofstream(pdf, std::ios::binary) << res.pdf;
  std::string text = squash(output_of("pdftotext -enc UTF-8 " + pdf.string() + " -"));
  auto row = [](const char* role, const int (&by)[5], int total) {
    std::string s = std::string(role) + " " + std::to_string(total);
    for (int k = 0; k < 5; ++k) s += " " + std::to_string(by[k]);
    return s;
  };
  // an agency that leads and coordinates has both lines
  const plan::AgencyResult* both = nullptr;
  for (const plan::AgencyResult& a : rc.agencies)
    if (a.lead_total > 0 && a.coordinate_total > 0 && !both) both = &a;
  REQUIRE(both);
  std::string which;
  for (int x : both->coordinated) which += (which.empty() ? "" : ", ") + std::to_string(x);
  INFO(text);
  CHECK(text.find(both->agency + " " + row("Chủ trì", both->lead, both->lead_total)) != std::string::npos);
  CHECK(text.find("nhiệm vụ số " + which + " " + row("Phối hợp", both->coordinate, both->coordinate_total)) !=
        std::string::npos);
  CHECK(text.find("Chưa xác định cơ quan chủ trì Chủ trì") != std::string::npos);
  CHECK(text.find("Tổng cộng (mỗi nhiệm vụ một lần) " + std::to_string(rc.total)) != std::string::npos);
  CHECK(text.find("Tổng số nhiệm vụ: " + std::to_string(rc.total) + ", trong đó " + std::to_string(rc.coordinated) +
                  " nhiệm vụ có cơ quan phối hợp.") != std::string::npos);
  CHECK(text.find("Mỗi nhiệm vụ được tính một lần, cho cơ quan chủ trì; tổng cộng và tỷ lệ chỉ cộng các dòng “Chủ "
                  "trì”.") != std::string::npos);
  CHECK(text.find("Cơ quan phối hợp") != std::string::npos);  // the task table's column
}

TEST_CASE("report agencies: on more documents with coordinators, no task counted twice") {
  const std::pair<const char*, const char*> docs[] = {
      {"quyet-dinh-807-2024-ubnd-ninh-binh.txt", "807/QĐ-UBND"},
      {"quyet-dinh-173-2015-btp.txt", "173/QĐ-BTP"},
      {"ke-hoach-196-2024-ubnd-ninh-binh.txt", "196/KH-UBND"},
      {"quyet-dinh-19-2025-ubnd-ha-noi.txt", "19/2025/QĐ-UBND"},
  };
  for (const auto& [file, number] : docs) {
    INFO(file);
    TempStore ts;
    Expected e;
    plan::ReportInput in = load(ts, file, number, &e);
    plan::ReportCounts rc = plan::count_results(in);
    CHECK(rc.total == static_cast<int>(e.tasks.size()));
    int sum_lead = 0, sum_by = 0, coordinated = 0;
    for (const plan::AgencyResult& a : rc.agencies) {
      sum_lead += a.lead_total;
      std::set<int> distinct(a.coordinated.begin(), a.coordinated.end());
      CHECK(distinct.size() == a.coordinated.size());
      CHECK(a.coordinate_total == static_cast<int>(a.coordinated.size()));
    }
    for (int k = 0; k < 5; ++k) sum_by += rc.by[k];
    for (const auto& [key, t] : e.tasks) coordinated += !t.coordinators.empty();
    CHECK(sum_lead == rc.total);
    CHECK(sum_by == rc.total);
    CHECK(rc.coordinated == coordinated);
    CHECK(coordinated > 0);
  }
}
