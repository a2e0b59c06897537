// vanban_bench_track: the tracking store's two costs.
//
//   vanban_bench_track [--rows N] [--reps R]
//
// 1. Import: N status updates (default 100 000) as one CSV into a store that
//    holds the corpus resolutions' and decisions' tasks — CSV reading, row
//    checks, task lookups and inserts in one transaction, on disk in WAL
//    mode; rows/s, median of R runs, each into a fresh store.
// 2. Report vs plan: 47/NQ-HĐND's compliance report (store query + view +
//    templates + PDF) against the same document's implementation plan
//    (view + templates + PDF, parse excluded), ms each and the ratio, both
//    medians of R×10 runs in this process.
// Not a test: timings are not pass/fail on a shared machine.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "vanban/parse.h"
#include "vanban/render.h"
#include "vanban/report.h"
#include "vanban/track.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  int rows = 100000, reps = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rows" && i + 1 < argc) rows = std::max(1, std::atoi(argv[++i]));
    else if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else {
      std::fprintf(stderr, "usage: vanban_bench_track [--rows N] [--reps R]\n");
      return 2;
    }
  }
  const fs::path docs = fs::path(VANBAN_SOURCE_DIR) / "corpus/docs";
  std::vector<vanban::Document> parsed;
  for (const auto& e : fs::directory_iterator(docs)) {
    std::string name = e.path().filename().string();
    if ((name.rfind("nghi-quyet-", 0) == 0 || name.rfind("quyet-dinh-", 0) == 0) && e.path().extension() == ".txt" &&
        name.find(".8bit.") == std::string::npos && name.find(".groundtruth.") == std::string::npos)
      parsed.push_back(vanban::parse_file(e.path().string()));
  }
  std::sort(parsed.begin(), parsed.end(), [](auto& a, auto& b) { return a.source < b.source; });

  std::string tmpl = (fs::temp_directory_path() / "vanban-bench-track-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) return 1;
  const fs::path dir = tmpl;

  // ---------------------------------------------------------------- import
  std::vector<double> import_ms;
  std::size_t tasks = 0, bytes = 0;
  for (int r = 0; r < reps; ++r) {
    fs::remove(dir / "bench.db");
    fs::remove(dir / "bench.db-wal");
    fs::remove(dir / "bench.db-shm");
    vanban::track::Store st = vanban::track::Store::open((dir / "bench.db").string());
    for (const auto& d : parsed) vanban::track::add_document(st, d);
    std::vector<vanban::track::TaskStatus> all = vanban::track::list_tasks(st);
    tasks = all.size();
    std::string csv = "mã nhiệm vụ,ngày,trạng thái,ghi chú,người báo cáo\n";
    const char* statuses[] = {"chưa thực hiện", "đang thực hiện", "hoàn thành", "quá hạn"};
    for (int i = 0; i < rows; ++i)
      csv += all[static_cast<std::size_t>(i) % all.size()].id + "," + std::to_string(1 + i % 28) + "/" +
             std::to_string(1 + i / 28 % 12) + "/2025," + statuses[i % 4] + ",\"Báo cáo lần " + std::to_string(i) +
             ", đúng tiến độ\",Phòng Tư pháp\n";
    bytes = csv.size();
    auto t = Clock::now();
    vanban::track::ImportResult res = vanban::track::import_updates(st, csv, "bench.csv");
    import_ms.push_back(ms_since(t));
    if (!res.errors.empty() || res.added != rows) {
      std::fprintf(stderr, "import failed: %s\n",
                   res.errors.empty() ? "rows missing" : vanban::format_diagnostic(res.errors[0]).c_str());
      return 1;
    }
  }
  double im = median(import_ms);
  std::printf("import     %d rows (%.1f MB CSV) over %zu tasks of %zu documents: %.0f ms, %.0f rows/s (median of %d)\n",
              rows, bytes / 1e6, tasks, parsed.size(), im, rows / (im / 1000), reps);

  // ---------------------------------------------------------------- report vs plan
  vanban::track::Store st = vanban::track::Store::open((dir / "bench.db").string());
  const vanban::Document* an_phu = nullptr;
  for (const auto& d : parsed)
    if (d.meta.number == std::optional<std::string>("47/NQ-HĐND")) an_phu = &d;
  if (!an_phu) return 1;
  vanban::render::RenderOptions ro;
  ro.source_date_epoch = 0;
  std::vector<double> report_ms, plan_ms;
  int report_pages = 0, plan_pages = 0;
  for (int i = 0; i < reps * 10; ++i) {
    auto t = Clock::now();
    vanban::plan::ReportInput in =
        vanban::track::load_report(st, std::string("47/NQ-HĐND"), vanban::plan::parse_period("2025-Q1"));
    vanban::render::RenderResult r = vanban::render::render_fo(vanban::plan::render_report_fo(in), "report.fo", ro);
    report_ms.push_back(ms_since(t));
    report_pages = r.pages;
    t = Clock::now();
    vanban::render::RenderResult p = vanban::render::render_fo(vanban::plan::render_plan_fo(*an_phu), "plan.fo", ro);
    plan_ms.push_back(ms_since(t));
    plan_pages = p.pages;
  }
  double rm = median(report_ms), pm = median(plan_ms);
  std::printf("report     47/NQ-HĐND, 2025-Q1: %.1f ms, %d pages (store query + view + templates + PDF)\n", rm,
              report_pages);
  std::printf("plan       47/NQ-HĐND: %.1f ms, %d pages (view + templates + PDF)\n", pm, plan_pages);
  std::printf("ratio      report / plan = %.2f\n", rm / pm);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return 0;
}
