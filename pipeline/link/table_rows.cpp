// Task tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
// hoàn thành): a plan's appendix often gives its tasks this way. Each row is
// one task: the header says which column holds the lead, the coordinating
// bodies and the deadline; the linker resolves the names (link.cpp) and the
// deadline is read like a clause's time phrase (deadlines.cpp).
#include "table_rows.h"

#include <algorithm>
#include <optional>

#include "vanban/text.h"

namespace vanban::link_detail {

namespace {

// "2030", "2026 - 2030", "2026-2027", "2026 – 2030 (Ngay sau khi …)": a time column's years; the task is
// due by the end of the last (empty when the cell opens otherwise)
std::optional<std::string> last_year_end(const std::string& cell) {
  if (!year_at(cell, 0)) return std::nullopt;
  std::size_t last = 0, p = 4;
  while (p < cell.size() && (cell[p] == ' ' || cell[p] == '-')) ++p;
  if (cell.compare(p, 3, "\xE2\x80\x93") == 0) p += 3;  // an en dash
  while (p < cell.size() && cell[p] == ' ') ++p;
  if (p > 4 && year_at(cell, p)) last = p;
  else if (p != 4 && p < cell.size()) return std::nullopt;  // "2026 - …" something else
  return cell.substr(last, 4) + "-12-31";
}

}  // namespace

std::vector<RowTask> table_tasks(const Document& doc) {
  std::vector<RowTask> out;
  for (const Table& t : doc.tables) {
    // the header: among the first rows (a title row may come first)
    std::size_t h = 0;
    while (h < t.rows.size() && h < 3 && !is_task_table_header(t.rows[h].cells)) ++h;
    if (h == t.rows.size() || h == 3) continue;
    std::vector<TaskColumn> cols;
    for (const std::string& c : t.rows[h].cells) cols.push_back(task_column(c));
    for (std::size_t r = h + 1; r < t.rows.size(); ++r) {
      const TableRow& row = t.rows[r];
      RowTask task;
      task.eid = row.eid;
      task.line = row.line;
      std::string deadline;
      for (std::size_t c = 0; c < row.cells.size() && c < cols.size(); ++c) {
        const std::string& cell = row.cells[c];
        if (cell.empty()) continue;
        if (cols[c] == TaskColumn::lead) task.lead.push_back(cell);
        else if (cols[c] == TaskColumn::coordinate) task.coordinate.push_back(cell);
        else if (cols[c] == TaskColumn::supervise) task.supervise.push_back(cell);
        else if (cols[c] == TaskColumn::deadline) deadline += (deadline.empty() ? "" : "; ") + cell;
      }
      if (task.lead.empty() && task.coordinate.empty() && task.supervise.empty()) continue;  // a group row, the column numbers
      if (!deadline.empty()) task.when = when_of(deadline);
      if (!deadline.empty() && !task.when.deadline && !task.when.recurrence)
        if (auto end = last_year_end(deadline)) task.when = {end, std::nullopt, deadline};
      out.push_back(std::move(task));
    }
  }
  return out;
}

}  // namespace vanban::link_detail
