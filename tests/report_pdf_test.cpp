// The compliance report end to end on a real document (47/NQ-HĐND of An
// Phú): store → status updates → report input → Mustache → XSL-FO → PDF,
// read back with poppler (pdftotext, pdffonts). Expected figures come from
// the updates this test writes, not from the code under test.
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
using vanban::plan::Period;

#include "cli_run.h"

using cli_run::output_of;
using cli_run::squash;

namespace {

struct Fixture {
  fs::path dir;
  std::string pdf, text, fo;
  int overdue_by_deadline_days = 0;
  std::map<std::string, int> expect;  // status word → count
  int total = 0, coordinated = 0;  // tasks; of which with a coordinator
  Fixture() {
    std::string t = (fs::temp_directory_path() / "vanban-report-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp");
    dir = t;
    vanban::Document doc =
        vanban::parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/nghi-quyet-47-2024-hdnd-an-phu.txt");
    // one lead with a deadline inside the period (the document sets none): overdue by 31/3
    for (auto& a : doc.assignments)
      if (a.role == vanban::Role::lead && a.eid == "art_3") a.deadline = "2025-02-15";
    // done late and on time, from the dates of the updates (deadlines set here)
    for (auto& a : doc.assignments) {
      if (a.role == vanban::Role::lead && a.eid == "art_1__para_2__point_a") a.deadline = "2025-02-28";
      if (a.role == vanban::Role::lead && a.eid == "art_1__para_3__point_d") a.deadline = "2025-03-31";
    }
    track::Store st = track::Store::open((dir / "t.db").string());
    track::add_document(st, doc);
    // statuses in turn over the lead tasks; one update after the period that must not count
    const char* cycle[] = {"hoàn thành", "đang thực hiện", "chưa thực hiện", "hoàn thành"};
    std::string csv = "mã nhiệm vụ,ngày,trạng thái,ghi chú\n";
    int k = 0;
    std::set<std::string> coordinated_eids;
    for (const auto& task : track::list_tasks(st))
      if (task.role == "phối hợp") coordinated_eids.insert(task.eid);
    for (const auto& task : track::list_tasks(st)) {
      if (task.role != "chủ trì") continue;
      coordinated += coordinated_eids.count(task.eid) > 0;  // each of its coordinators is on a lead's own clause
      ++total;
      if (task.eid == "art_3") {
        csv += task.id + ",2025-01-10,đang thực hiện,Đang xây dựng kế hoạch\n";
        csv += task.id + ",2025-04-05,hoàn thành,Sau kỳ báo cáo\n";
        ++expect["quá hạn"];
        continue;
      }
      if (task.eid == "art_1__para_2__point_a") {  // due 28/2, done 10/3 (reported again on 20/3): 10 days late
        csv += task.id + ",2025-02-01,đang thực hiện,\n";
        csv += task.id + ",2025-03-10,hoàn thành,Đã ban hành\n";
        csv += task.id + ",2025-03-20,hoàn thành,Báo cáo lại\n";
        ++expect["hoàn thành quá hạn"];
        continue;
      }
      if (task.eid == "art_1__para_3__point_d") {  // due 31/3, done that day: on time
        csv += task.id + ",2025-03-31,hoàn thành,\n";
        ++expect["hoàn thành"];
        continue;
      }
      if (task.eid == "art_1__para_5__point_a") {  // no deadline, said to be late, then done: late
        csv += task.id + ",2025-02-10,quá hạn,Chậm tiến độ\n";
        csv += task.id + ",2025-03-15,hoàn thành,\n";
        ++expect["hoàn thành quá hạn"];
        continue;
      }
      if (k == 5) {  // no update at all
        ++k;
        ++expect["chưa thực hiện"];
        continue;
      }
      const char* s = cycle[k++ % 4];
      csv += task.id + ",0" + std::to_string(1 + k % 9) + "/03/2025," + s + ",\n";
      ++expect[s];
    }
    track::ImportResult r = track::import_updates(st, csv, "u.csv");
    if (!r.errors.empty()) throw std::runtime_error(vanban::format_diagnostic(r.errors[0]));
    vanban::plan::ReportInput in =
        track::load_report(st, std::string("47/NQ-HĐND"), vanban::plan::parse_period("2025-Q1"));
    vanban::plan::PlanOptions opts;
    opts.date = "2025-04-10";
    fo = vanban::plan::render_report_fo(in, opts);
    vanban::render::validate_fo(fo, "report.fo");
    vanban::render::RenderOptions ro;
    ro.source_date_epoch = 1744243200;
    vanban::render::RenderResult res = vanban::render::render_fo(fo, "report.fo", ro);
    pdf = (dir / "report.pdf").string();
    std::ofstream(pdf, std::ios::binary) << res.pdf;
    text = squash(output_of("pdftotext -enc UTF-8 " + pdf + " -"));
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const Fixture& fx() {
  static Fixture f;
  return f;
}

std::string pct(int part, int whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", 100.0 * part / whole);
  std::string s = buf;
  s[s.find('.')] = ',';
  if (s.size() > 2 && s.substr(s.size() - 2) == ",0") s.resize(s.size() - 2);
  return s + "%";
}

}  // namespace

TEST_CASE("report pdf: the Decree 30 frame, title and intro of the implementing body") {
  const std::string& t = fx().text;
  CHECK(t.find("ỦY BAN NHÂN DÂN HUYỆN AN PHÚ") != std::string::npos);
  CHECK(t.find("Số: …/BC-UBND") != std::string::npos);
  CHECK(t.find("An Phú, ngày 10 tháng 4 năm 2025") != std::string::npos);
  CHECK(t.find("BÁO CÁO Kết quả thực hiện Nghị quyết số 47/NQ-HĐND ngày 02 tháng 8 năm 2024 của Hội đồng nhân dân "
               "huyện An Phú") != std::string::npos);
  CHECK(t.find("quý I năm 2025 (từ ngày 01/01/2025 đến ngày 31/3/2025) như sau:") != std::string::npos);
  CHECK(t.find("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH") != std::string::npos);
  CHECK(t.find("Nơi nhận: - Hội đồng nhân dân huyện An Phú (b/c); - Lưu: VT.") != std::string::npos);
}

TEST_CASE("report pdf: totals and percentages as the updates say, overdue from the deadline") {
  const Fixture& f = fx();
  auto n = [&](const char* s) { return f.expect.count(s) ? f.expect.at(s) : 0; };
  auto count = [&](int k, const char* s) { return std::to_string(k) + " nhiệm vụ (" + pct(k, f.total) + ")" + s; };
  const int done = n("hoàn thành"), late = n("hoàn thành quá hạn");
  REQUIRE(late == 2);
  std::string line = "Tổng số nhiệm vụ: " + std::to_string(f.total) + ", trong đó " + std::to_string(f.coordinated) +
                     " nhiệm vụ có cơ quan phối hợp. Đến ngày 31/3/2025: đã hoàn thành " + count(done + late, ", trong đó đúng hạn ") +
                     count(done, ", quá hạn ") + count(late, "; đang thực hiện ") +
                     count(n("đang thực hiện"), "; chưa thực hiện ") + count(n("chưa thực hiện"), "; quá hạn chưa hoàn thành ") +
                     count(n("quá hạn"), ".");
  CHECK(f.text.find(line) != std::string::npos);
  // the per-task table: the day it was done, not the day it was reported again; days late from the deadline
  // (read in the FO: pdftotext interleaves the wrapped cells of a row)
  CHECK(f.fo.find(">Hoàn thành quá hạn (10/3/2025, chậm 10 ngày)<") != std::string::npos);
  CHECK(f.fo.find(">Hoàn thành quá hạn (15/3/2025)<") != std::string::npos);  // late by its own report, no deadline
  CHECK(f.fo.find(">Hoàn thành (31/3/2025)<") != std::string::npos);          // on the deadline day: on time
  CHECK(f.fo.find("(20/3/2025") == std::string::npos);
  // the agency's counts: its one task done late (columns: total, on time, late, in progress, not started, overdue, rate)
  CHECK(f.text.find("Các cơ quan, đơn vị, địa phương Chủ trì 1 0 1 0 0 0 100%") != std::string::npos);
  CHECK(f.text.find("Tổng cộng (mỗi nhiệm vụ một lần) " + std::to_string(f.total) + " " + std::to_string(done) + " " + std::to_string(late) + " " +
                    std::to_string(n("đang thực hiện")) + " " + std::to_string(n("chưa thực hiện")) + " " +
                    std::to_string(n("quá hạn")) + " " + pct(done + late, f.total)) != std::string::npos);
  // the update of 05/4 is after the period: the art_3 task is overdue, 44 days after 15/2
  CHECK(f.text.find("Sau kỳ báo cáo") == std::string::npos);
  std::size_t ii = f.text.find("II. NHIỆM VỤ QUÁ HẠN"), iii = f.text.find("III. ĐỀ XUẤT, KIẾN NGHỊ");
  REQUIRE(ii != std::string::npos);
  REQUIRE(iii != std::string::npos);
  std::string overdue = f.text.substr(ii, iii - ii);
  CHECK(overdue.find("STT 1 ") != std::string::npos);
  CHECK(overdue.find("STT 2 ") == std::string::npos);  // one overdue task
  CHECK(overdue.find("Giao Ủy ban nhân dân huyện tổ chức triển khai, thực hiện Nghị quyết này") != std::string::npos);
  CHECK(overdue.find("15/02/2025 44") != std::string::npos);
  CHECK(f.text.substr(iii).rfind("III. ĐỀ XUẤT, KIẾN NGHỊ .......", 0) == 0);  // fill-in lines
}

TEST_CASE("report pdf: fonts embedded, bars drawn as coloured vector rules, no bitmap") {
  const Fixture& f = fx();
  std::string fonts = output_of("pdffonts " + f.pdf);
  CHECK(fonts.find("Liberation") != std::string::npos);
  CHECK(fonts.find(" no  ") == std::string::npos);  // every font: emb yes
  std::string content = output_of("qpdf --qdf --object-streams=disable " + f.pdf + " -");
  CHECK(content.find("0.18 0.49 0.196 RG") != std::string::npos);  // #2E7D32, done
  CHECK(content.find("0.776 0.157 0.157 RG") != std::string::npos);  // #C62828, overdue
  CHECK(content.find("0.937 0.424 0 RG") != std::string::npos);      // #EF6C00, done late
  CHECK(content.find("/Subtype /Image") == std::string::npos);       // no bitmap anywhere
}

TEST_CASE("report: periods and the progress rule") {
  Period q = vanban::plan::parse_period("2025-Q1");
  CHECK(q.first == "2025-01-01");
  CHECK(q.last == "2025-03-31");
  CHECK(q.words == "quý I năm 2025");
  CHECK(vanban::plan::parse_period("2024-02").last == "2024-02-29");
  CHECK(vanban::plan::parse_period("2025-H2").words == "6 tháng cuối năm 2025");
  CHECK(vanban::plan::parse_period("2025").last == "2025-12-31");
  try {
    vanban::plan::parse_period("Q1-2025");
    FAIL("no error");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == "'Q1-2025' is not a period (2025-Q1 … 2025-Q4, 2025-H1, 2025-H2, 2025-03 or 2025)");
  }
  vanban::plan::ReportTask t;
  t.deadline = "2025-03-31";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::overdue);  // due on the last day, not done
  t.status = "hoàn thành";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done);
  t.deadline = "2025-04-01";
  t.status = "đang thực hiện";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::in_progress);
  t.status.reset();
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::not_started);
  t.status = "quá hạn";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::overdue);
  // done late: the day it was done against the deadline, never the clock
  t.status = "hoàn thành";
  t.deadline = "2025-02-28";
  t.status_date = "2025-03-20";
  t.done_date = "2025-02-28";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done);
  t.done_date = "2025-03-01";
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done_late);
  t.done_date.reset();  // the latest update's day when the done day is not known
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done_late);
  t.deadline.reset();
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done);
  t.reported_overdue = true;
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done_late);
  t.deadline = "2025-12-31";  // a deadline decides over an earlier report
  CHECK(vanban::plan::progress_of(t, q) == vanban::plan::Progress::done);
}
