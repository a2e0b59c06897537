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
  std::vector<CellRow> rows;
  std::size_t end = 0;  // index of the first line after the table
};

// `lines` (trimmed, markup stripped) from `begin` follow the head row
// `head`, printed a cell a line: its remaining head cells, then rows that
// each open with their number ("1", "II", "a)"). Empty rows when the lines
// do not read so.
CellRows read_cell_rows(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string> head);

// A task table printed a cell a line from its head on: `lines[begin]` is its
// number column's head ("TT", "STT"), the head cells follow, then the rows.
// `head` receives the head's cells; empty rows when the lines do not read so.
CellRows read_cell_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head);

}  // namespace vanban::text_detail
