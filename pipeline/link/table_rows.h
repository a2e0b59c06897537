// Task tables' rows as tasks (table_rows.cpp). Not part of the public API.
#pragma once

#include <string>
#include <vector>

#include "internal.h"

namespace vanban::link_detail {

// One row of a task table: the cells that name its lead and coordinating
// bodies, and its deadline or recurrence.
struct RowTask {
  std::string eid;  // the row's eid ("att_1__table_1__tr_3")
  int line = 0;
  std::vector<std::string> lead, coordinate, supervise;  // cells as printed (supervise: who steers and checks)
  When when;
};

// The tasks of every task table of the document: tables with a header row
// naming a lead column and a coordinate or deadline column ("Cơ quan chủ
// trì", "Đơn vị phối hợp", "Thời gian hoàn thành"); group rows and the
// column-number row ("(1) (2) (3)") name no body and give none.
std::vector<RowTask> table_tasks(const Document& doc);

}  // namespace vanban::link_detail
