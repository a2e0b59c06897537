// A task table converted from a PDF with its head kept as a pipe row
// ("| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |") and
// everything under it a cell a line: a head cell that did not fit
// ("Thời gian thực hiện"), then per row its number, its task, its lead, its
// partners, its time. Or a .docx extractor's table, its head too a cell a
// line ("TT" / "Nội dung công việc" / … / "Thời gian trình") and every cell
// of a row on its own line, an empty one blank. The rows are read back so
// that the link stage reads one task per row, as it does a Word table's
// (clean.cpp).
#include "cell_rows.h"

#include <cctype>

#include "vanban/text.h"

namespace vanban::text_detail {

// "Quý III, IV/2026", "Năm 2027", "Thường xuyên", "Hằng năm", "12/2026":
// what a time cell holds.
bool time_like(const std::string& t) {
  for (const char* w : {"Quý", "quý", "Năm", "năm", "Tháng", "tháng", "Thường xuyên", "thường xuyên", "Hằng", "Hàng", "Trước", "trước"})
    if (t.find(w) != std::string::npos) return t.size() < 80;
  return t.size() < 20 && !t.empty() && std::isdigit(static_cast<unsigned char>(t[0]));
}

namespace {

// "1", "2.", "1.2", "II", "a)", "đ)": a row's number (số thứ tự) alone.
bool row_label(const std::string& t) {
  if (t.empty() || t.size() > 8) return false;
  std::string s = t;
  if (s.back() == '.' || s.back() == ')') s.pop_back();
  if (s.empty()) return false;
  bool digits = true, roman = true;
  for (char c : s) {
    digits = digits && (std::isdigit(static_cast<unsigned char>(c)) || c == '.');
    roman = roman && (c == 'I' || c == 'V' || c == 'X');
  }
  if (digits && std::isdigit(static_cast<unsigned char>(s[0]))) return true;
  if (roman) return true;
  // a letter before ")": "a)" … "đ)" (đ is two bytes)
  return t.back() == ')' && (s == "\xC4\x91" || (s.size() == 1 && std::islower(static_cast<unsigned char>(s[0]))));
}

// "2026": a year printed alone is a time cell, not a row's number
bool year_alone(const std::string& t) { return t.size() == 4 && year_at(t, 0); }

bool ends_sentence(const std::string& c) { return !c.empty() && (c.back() == '.' || c.back() == ';'); }

// One row's lines (its number first) into `n` cells. PDF text comes a
// visual line at a time: a row's first lines are each cell's first line in
// column order, and lines past the n-th are cells' second lines, again in
// column order, for the cells that did not end there.
std::vector<std::string> cells_of(const std::vector<std::string>& l, std::size_t n, int deadline) {
  std::vector<std::string> cells(n);
  cells[0] = l[0];
  if (l.size() <= n) {
    // fewer lines than cells: a group row (number and title), or empty cells
    // at the end — but a time goes to the time column
    std::size_t last = l.size();
    if (l.size() > 2 && deadline > 0 && static_cast<std::size_t>(deadline) == n - 1 && time_like(l.back())) {
      cells[static_cast<std::size_t>(deadline)] = l.back();
      --last;
    }
    for (std::size_t k = 1; k < last; ++k) cells[k] = l[k];
    return cells;
  }
  for (std::size_t k = 1; k < n; ++k) cells[k] = l[k];
  std::size_t c = 1;
  for (std::size_t k = n; k < l.size(); ++k) {
    const std::size_t left = l.size() - k;
    while (c + 1 < n && ends_sentence(cells[c]) && n - c > left) ++c;
    cells[c] += " " + l[k];
    if (c + 1 < n) ++c;
  }
  return cells;
}

// Rows of exactly n lines each, an empty cell printed as a blank line (a .docx
// extractor's table: "1" / task / product / lead / "" / time): each row opens
// with its number or a blank (a row the table left unnumbered), and no other
// of its lines is a number. Empty when the lines do not read so.
std::vector<CellRow> fixed_rows(const std::vector<std::string>& lines, std::size_t i, std::size_t n, std::size_t& end) {
  std::vector<CellRow> rows;
  bool blank_cell = false;
  for (; i + n <= lines.size(); i += n) {
    if (!lines[i].empty() && !row_label(lines[i])) break;
    std::size_t filled = 0;
    bool label_inside = false;
    for (std::size_t k = 1; k < n; ++k) {
      filled += !lines[i + k].empty();
      blank_cell = blank_cell || lines[i + k].empty();
      label_inside = label_inside || row_label(lines[i + k]);
    }
    if (label_inside || filled < 2) break;
    rows.push_back({std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                             lines.begin() + static_cast<std::ptrdiff_t>(i + n)),
                    i});
  }
  end = i;
  // (without a blank cell the rows are as well read by their numbers)
  if (rows.size() < 2 || !blank_cell) rows.clear();
  return rows;
}

// The time-first table's rows from i (its head read: n leaf columns, the time column 0, the task column
// 1, the coordinating one `coord`). Group rows are a number and a title; a task row is perhaps a time, the
// task, then a line for each further column, the partners' "- " lines together. The table ends at a row
// that fills no column after its task ("Ghi chú:" over its "- " notes).
std::vector<CellRow> typed_rows(const std::vector<std::string>& lines, std::size_t i, std::size_t n, std::size_t coord,
                                std::size_t& end) {
  std::vector<CellRow> rows;
  // (the table's notes under it are no cell: "Ghi chú:" over "- (*) …")
  auto cell_line = [&](std::size_t k) {
    return k < lines.size() && !lines[k].empty() && (!row_label(lines[k]) || year_alone(lines[k])) && lines[k].size() <= 800 &&
           lines[k].rfind("Ghi chú", 0) != 0;
  };
  while (i < lines.size() && !lines[i].empty()) {
    if (row_label(lines[i]) && !year_alone(lines[i])) {
      if (!cell_line(i + 1) || time_like(lines[i + 1])) break;
      rows.push_back({{lines[i], lines[i + 1]}, i});
      i += 2;
      continue;
    }
    CellRow r{std::vector<std::string>(n), i};
    std::size_t k = i;
    if (time_like(lines[k])) r.cells[0] = lines[k++];
    if (!cell_line(k) || time_like(lines[k])) break;
    r.cells[1] = lines[k++];
    std::size_t filled = 0;
    for (std::size_t c = 2; c < n && cell_line(k) && !time_like(lines[k]); ++c) {
      const bool dash = lines[k].rfind("- ", 0) == 0;
      if (c == coord) {
        if (!dash) break;
        for (; cell_line(k) && lines[k].rfind("- ", 0) == 0; ++k) r.cells[c] += (r.cells[c].empty() ? "" : " ") + lines[k];
      } else {
        if (dash) break;
        r.cells[c] = lines[k++];
      }
      ++filled;
    }
    if (filled == 0) break;
    while (!r.cells.empty() && r.cells.back().empty()) r.cells.pop_back();
    rows.push_back(std::move(r));
    i = k;
  }
  end = i;
  if (rows.size() < 3) rows.clear();
  return rows;
}

CellRows read_time_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head) {
  CellRows out;
  std::size_t i = begin;
  while (i < lines.size() && head.size() < 9 && !lines[i].empty() && !row_label(lines[i]) && lines[i].size() <= 80)
    head.push_back(lines[i++]);
  if (head.size() < 3 || !is_task_table_header(head) || i >= lines.size() || !row_label(lines[i]) ||
      task_column(head[1]) != TaskColumn::task)
    return out;
  // a head cell over the last ones, the lead's and the partners' ("Thực hiện" / "Đơn vị chủ trì" / "Đơn vị
  // phối hợp"): the head's second row
  std::size_t leaves = head.size(), coord = head.size();
  for (std::size_t k = 0; k < head.size(); ++k)
    if (task_column(head[k]) == TaskColumn::coordinate) coord = k;
  if (head.size() >= 5 && coord == head.size() - 1 && task_column(head[coord - 1]) == TaskColumn::lead &&
      task_column(head[coord - 2]) == TaskColumn::other) {
    out.sub_head.assign(coord - 2, "");
    out.sub_head.push_back(head[coord - 1]);
    out.sub_head.push_back(head[coord]);
    head.resize(coord - 1);
    leaves = coord;
    coord = leaves - 1;
  }
  out.rows = typed_rows(lines, i, leaves, coord, out.end);
  if (out.rows.empty()) out.sub_head.clear();
  return out;
}

}  // namespace

CellRows read_cell_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head) {
  CellRows out;
  head.clear();
  if (begin < lines.size() && task_column(lines[begin]) == TaskColumn::deadline) {
    out = read_time_table(lines, begin, head);
    if (out.rows.empty()) head.clear();
    return out;
  }
  if (begin >= lines.size() || task_column(lines[begin]) != TaskColumn::number) return out;
  if (begin + 1 < lines.size() && lines[begin + 1].empty()) return read_paragraph_table(lines, begin, head);
  std::size_t i = begin;
  while (i < lines.size() && head.size() < 9 && !lines[i].empty() && !row_label(lines[i]) && lines[i].size() <= 80)
    head.push_back(lines[i++]);
  if (head.size() < 3 || !is_task_table_header(head) || i >= lines.size() || !row_label(lines[i])) {
    head.clear();
    return out;
  }
  out.rows = fixed_rows(lines, i, head.size(), out.end);
  if (out.rows.empty()) {
    // a cell a line without its empty cells: rows by their numbers
    out = read_cell_rows(lines, i, head);
  }
  if (out.rows.empty()) head.clear();
  return out;
}

CellRows read_cell_rows(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string> head) {
  CellRows out;
  if (head.empty() || task_column(head[0]) != TaskColumn::number) return out;
  std::size_t i = begin;
  // head cells that did not fit the pipe row: a few short lines before row 1
  while (i < lines.size() && !lines[i].empty() && !row_label(lines[i])) {
    if (lines[i].size() > 60 || out.more_head.size() == 3) return out;
    out.more_head.push_back(lines[i]);
    head.push_back(lines[i]);
    ++i;
  }
  const std::size_t n = head.size();
  int deadline = -1;
  for (std::size_t k = 0; k < n; ++k)
    if (task_column(head[k]) == TaskColumn::deadline) deadline = static_cast<int>(k);
  while (i < lines.size() && row_label(lines[i])) {
    std::vector<std::string> l{lines[i]};
    std::size_t j = i + 1;
    // a row runs to the next number; a run of lines twice the row's width
    // is no row any more (the table has ended)
    while (j < lines.size() && !lines[j].empty() && !row_label(lines[j]) && l.size() < 2 * n) l.push_back(lines[j++]);
    if (l.size() < 2) break;
    out.rows.push_back({cells_of(l, n, deadline), i});
    i = j;
    if (l.size() == 2 * n) break;
  }
  out.end = i;
  if (out.rows.empty()) out.more_head.clear();
  return out;
}

}  // namespace vanban::text_detail
