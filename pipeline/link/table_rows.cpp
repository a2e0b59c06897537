// Task tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
// hoàn thành): a plan's appendix often gives its tasks this way. Each row is
// one task: the header says which column holds the lead, the coordinating
// bodies and the deadline; the linker resolves the names (link.cpp) and the
// deadline is read like a clause's time phrase (deadlines.cpp).
#include "table_rows.h"

#include "vanban/text.h"

namespace vanban::link_detail {

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
        else if (cols[c] == TaskColumn::deadline) deadline += (deadline.empty() ? "" : "; ") + cell;
      }
      if (task.lead.empty() && task.coordinate.empty()) continue;  // a group row, the column numbers
      if (!deadline.empty()) task.when = when_of(deadline);
      out.push_back(std::move(task));
    }
  }
  return out;
}

}  // namespace vanban::link_detail
