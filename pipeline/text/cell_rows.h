// A task table whose head is a pipe row but whose body lost its rules
// (cell_rows.cpp). Internal to the text stage.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vanban::text_detail {

// One row read back: its cells, and the index of its first line.
struct CellRow {
  std::vector<std::string> cells;
  std::size_t first = 0;
};

struct CellRows {
  std::vector<std::string> more_head;  // head cells printed after the pipe row
  // the head's second row, when a head cell spans the last columns ("Thực hiện" over "Đơn vị chủ trì",
  // "Đơn vị phối hợp"): blanks under the cells before it; empty for a one-row head
  std::vector<std::string> sub_head;
  std::vector<CellRow> rows;
  std::size_t end = 0;  // index of the first line after the table
};

// "Quý III, IV/2026", "Năm 2027", "Thường xuyên", "Hằng năm", "12/2026": what a time cell holds.
bool time_like(const std::string& t);

// `lines` (trimmed, markup stripped) from `begin` follow the head row
// `head`, printed a cell a line: its remaining head cells, then rows that
// each open with their number ("1", "II", "a)"). Empty rows when the lines
// do not read so.
CellRows read_cell_rows(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string> head);

// A task table printed a cell a line from its head on: `lines[begin]` is its
// number column's head ("TT", "STT"), the head cells follow, then the rows.
// Or its time column's head ("Thời gian") over rows without numbers, each
// cell told by what it holds (a time, the task, bodies, "- " partners) and
// the stages numbered as group rows ("I" / "GIAI ĐOẠN 1: …", "1" / "Lập
// nhiệm vụ quy hoạch"), as QĐ 836/QĐ-BXD's web page prints its plan.
// `head` receives the head's cells; empty rows when the lines do not read so.
CellRows read_cell_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head);

// A task table a PDF's text layer gave a cell a paragraph, blank lines between, in reading order rather
// than row by row (paragraph_cells.cpp): `lines[begin]` is its number column's head ("TT") over a blank,
// its head cells follow. Rows are rebuilt from what each paragraph holds (see there).
CellRows read_paragraph_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head);

}  // namespace vanban::text_detail
