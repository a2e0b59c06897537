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
  std::string id;         // NV-… (of the lead task; a coordinator's when it has no lead)
  std::string eid;
  std::string text;       // the provision's own words
  std::string agency;     // the lead body; "" when the provision names only coordinators
  std::vector<std::string> coordinators;  // the bodies that coordinate it (phối hợp)
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
  std::vector<ReportTask> tasks;   // reading order
};

struct ReportInput {
  std::string body;                // implementing body issuing the report (empty: blank header)
  Period period;
  std::vector<ReportDocument> documents;
};

// Results by agency, every task counted once.
//
// The unit is the task: one lead body × provision (a provision with two lead
// bodies is two tasks, each reported by its lead). A coordinating body
// (phối hợp) takes part in its lead's task and is not a task of its own, so
// the totals and percentages count each task once, under its lead; a
// coordinator's line shows the tasks it coordinates, with their results, and
// is never added to the totals. A provision that names coordinators and no
// lead is one task without a lead body (agency ""), its result the latest
// update any of its coordinators reported.
struct AgencyResult {
  std::string agency;             // "" : tasks without a lead body
  int lead[5] = {0, 0, 0, 0, 0};  // tasks it leads, by Progress
  int lead_total = 0;
  int coordinate[5] = {0, 0, 0, 0, 0};  // tasks it coordinates, by their Progress
  int coordinate_total = 0;
  std::vector<int> coordinated;   // their numbers (STT) in the task table, from 1
};
struct ReportCounts {
  int total = 0;                  // tasks, each once
  int by[5] = {0, 0, 0, 0, 0};    // by Progress; sums to total
  int coordinated = 0;            // tasks with at least one coordinator
  std::vector<AgencyResult> agencies;  // in order of first appearance (lead, then its coordinators)
};
ReportCounts count_results(const ReportInput& input);

// XSL-FO of the report. `opts` as for the plan (number, date, signer,
// place, templates_dir; `issuer` overrides input.body). Throws
// TemplateError and std::invalid_argument like render_plan_fo.
std::string render_report_fo(const ReportInput& input, const PlanOptions& opts = {},
                             std::vector<Diagnostic>* warnings = nullptr);

}  // namespace vanban::plan
