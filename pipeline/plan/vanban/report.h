// The compliance report (báo cáo kết quả thực hiện), the plan stage's second
// template family: what a document asked of its implementing body and how
// far each task got by the end of a period, as the Decree 30 BÁO CÁO.
//
//   ReportInput (pipeline/track reads it from the store)
//     ─► view model (report.cpp) ─► templates/report/report.fo.mustache and
//        the shared templates/partials/ ─► XSL-FO for pipeline/render
//
// Nothing comes from the clock: a task's state is its latest status update
// dated on or before the period's last day, and "overdue" is computed from
// its deadline and that day.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/plan.h"

namespace vanban::plan {

// A reporting period: "2025-Q1" (quý), "2025-H1" (6 tháng đầu năm),
// "2025-H2", "2025-03" (tháng), "2025" (năm).
struct Period {
  std::string code;         // as given
  std::string first, last;  // ISO days, inclusive
  std::string words;        // "quý I năm 2025", "6 tháng đầu năm 2025", "tháng 3 năm 2025", "năm 2025"
};
// Throws std::invalid_argument naming the accepted forms.
Period parse_period(std::string_view code);

// done_late: finished, but after the deadline (hoàn thành quá hạn); the
// order is the report's column order.
enum class Progress { done, done_late, in_progress, not_started, overdue };

struct ReportTask {
  std::string id;         // NV-…
  std::string eid;
  std::string text;       // the provision's own words
  std::string agency;     // the lead body
  std::optional<std::string> deadline, recurrence;
  // the latest update dated within the period's end, if any
  std::optional<std::string> status, status_date, note, reporter;
  // when the latest status is "hoàn thành": the day it was first reported
  // so (the earliest "hoàn thành" after the last update saying otherwise),
  // and whether an update up to then said "quá hạn"
  std::optional<std::string> done_date;
  bool reported_overdue = false;
};

// done / done_late: latest status "hoàn thành" — late when the day it was
// done (done_date, else status_date) is after the deadline, or, for a task
// without a deadline, when an earlier update said "quá hạn"; a task done on
// its deadline day is on time.
// overdue: latest status "quá hạn", or a deadline on or before the period's
// last day without "hoàn thành"; in_progress: "đang thực hiện";
// not_started: "chưa thực hiện" or no update. Only the store's dates count:
// never the clock.
Progress progress_of(const ReportTask& t, const Period& p);

struct ReportDocument {
  Meta meta;                       // type, number, date, issuer, title
  std::vector<ReportTask> tasks;   // lead tasks, reading order
};

struct ReportInput {
  std::string body;                // implementing body issuing the report (empty: blank header)
  Period period;
  std::vector<ReportDocument> documents;
};

// XSL-FO of the report. `opts` as for the plan (number, date, signer,
// place, templates_dir; `issuer` overrides input.body). Throws
// TemplateError and std::invalid_argument like render_plan_fo.
std::string render_report_fo(const ReportInput& input, const PlanOptions& opts = {},
                             std::vector<Diagnostic>* warnings = nullptr);

}  // namespace vanban::plan
