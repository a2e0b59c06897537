// A task table that a PDF's text layer (pdftotext without -layout) gave a cell a paragraph: blank lines
// between the cells, a cell's lines wrapped, and the cells in the order the extractor met them rather
// than row by row. A row's task and its lead come together; its steering person and its time often come
// later, in runs, after the tasks of a page; row numbers and page numbers stand alone anywhere, and a
// group row ("I Các nhiệm vụ cần làm ngay", "II.1 Hoàn thiện thể chế …") where its rows begin (held-out
// CTr 104-CTr/TU Lào Cai, Phụ lục 2). Each paragraph is told by what it holds and the rows are rebuilt in
// order: the n-th person and the n-th time belong to the n-th task. That order is what such a layer
// keeps; a row that has no cell in a column would shift the ones after it, so the reader asks for a
// head that names the columns and gives up on a table whose runs do not fit it.
#include <algorithm>
#include <cctype>

#include "cell_rows.h"
#include "vanban/text.h"

namespace vanban::text_detail {
namespace {

struct Paragraph {
  std::string text;
  std::size_t first = 0;  // index of its first line
};

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

bool number_alone(const std::string& t) {
  return !t.empty() && t.size() <= 3 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "I Các nhiệm vụ …", "II.1 Hoàn thiện …": a roman number (and a sub-number), a space, a capitalised title
std::size_t group_label(const std::string& t) {
  std::size_t k = 0;
  while (k < t.size() && (t[k] == 'I' || t[k] == 'V' || t[k] == 'X')) ++k;
  if (k == 0 || k > 4) return 0;
  if (k < t.size() && t[k] == '.')
    for (++k; k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]));) ++k;
  if (k + 1 >= t.size() || t[k] != ' ') return 0;
  const unsigned char c = static_cast<unsigned char>(t[k + 1]);
  return (std::isupper(c) || c >= 0xC3) ? k : 0;  // (a capital letter, or a Vietnamese one's lead byte)
}

// a steering cell: a person ("Đồng chí …") or the heads of bodies ("Thủ trưởng các cơ quan, đơn vị, Bí thư
// Đảng ủy các xã, phường"); a task opens with its verb, never so
bool person(const std::string& t) {
  for (const std::string_view w : {"Đồng chí ", "Đ/c ", "Thủ trưởng ", "Bí thư ", "Chủ tịch ", "Phó Chủ tịch ",
                                   "Giám đốc ", "Lãnh đạo "})
    if (starts_with(t, w)) return true;
  return false;
}

// a time cell: "Trước ngày 15/10/2026", "2026 - 2030", "2026 – 2030 (Ngay sau khi …)", "Hằng năm"
bool time_cell(const std::string& t) {
  return time_like(t) || year_at(t, 0);
}

std::vector<Paragraph> paragraphs(const std::vector<std::string>& lines, std::size_t begin) {
  std::vector<Paragraph> out;
  for (std::size_t i = begin; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    Paragraph p{lines[i], i};
    while (i + 1 < lines.size() && !lines[i + 1].empty()) p.text += " " + lines[++i];
    // (the words' spacing as a justified PDF line printed it: "Tổ  chức  nghiên  cứu")
    std::string folded;
    for (char c : p.text)
      if (!(c == ' ' && !folded.empty() && folded.back() == ' ')) folded += c;
    p.text = std::move(folded);
    // the next appendix ends the table, and so do its notes and a signature
    if (starts_with(p.text, "PHỤ LỤC") || starts_with(p.text, "Phụ lục") || starts_with(p.text, "Ghi chú") ||
        starts_with(p.text, "(*)") || starts_with(p.text, "Nơi nhận") || starts_with(p.text, "T/M ") ||
        starts_with(p.text, "TM. ") || starts_with(p.text, "KT. "))
      break;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

CellRows read_paragraph_table(const std::vector<std::string>& lines, std::size_t begin, std::vector<std::string>& head) {
  CellRows out;
  head.clear();
  const std::vector<Paragraph> ps = paragraphs(lines, begin);
  if (ps.empty()) return out;
  // the head: the number column's, then short cells naming the columns; a group row printed among them
  // goes before the first task
  head.push_back(ps[0].text);
  std::size_t i = 1;
  std::vector<std::size_t> pending_groups;
  for (; i < ps.size() && head.size() < 8; ++i) {
    const std::string& t = ps[i].text;
    if (number_alone(t) || t.size() > 90) break;
    if (group_label(t)) {
      pending_groups.push_back(i);
      continue;
    }
    head.push_back(t);
  }
  std::size_t task = head.size(), lead = head.size(), steer = head.size(), when = head.size();
  for (std::size_t k = 0; k < head.size(); ++k) {
    const TaskColumn c = task_column(head[k]);
    if (c == TaskColumn::task && task == head.size()) task = k;
    if (c == TaskColumn::lead && lead == head.size()) lead = k;
    if (c == TaskColumn::supervise && steer == head.size()) steer = k;
    if (c == TaskColumn::deadline && when == head.size()) when = k;
  }
  // a task column, its lead right after it (the two come together), and the columns that come in runs
  if (!is_task_table_header(head) || task == head.size() || lead != task + 1) {
    head.clear();
    return out;
  }
  struct Row {
    std::vector<std::string> cells;
    std::size_t first;
  };
  std::vector<Row> rows;
  std::vector<std::size_t> tasks;  // indices into rows of the task rows, in order
  std::vector<std::string> steers, times;
  bool wants_lead = false;
  auto group_row = [&](const Paragraph& p) {
    const std::size_t k = group_label(p.text);
    rows.push_back({{p.text.substr(0, k), p.text.substr(k + 1)}, p.first});
  };
  for (std::size_t g : pending_groups) group_row(ps[g]);
  for (; i < ps.size(); ++i) {
    const Paragraph& p = ps[i];
    if (number_alone(p.text)) continue;  // a row's number or a page's, wherever the layer put it
    if (group_label(p.text)) {
      group_row(p);
      wants_lead = false;
      continue;
    }
    if (steer < head.size() && person(p.text)) {
      // (two rows' cells the layer ran together: "Đồng chí A - …, Phó Chủ tịch UBND tỉnh Đồng chí B – …")
      // (and heads of bodies before the first person: "Thủ trưởng các cơ quan, đơn vị, … Đồng chí …")
      std::vector<std::string> each = steering_persons(p.text);
      const std::size_t first = each.empty() ? p.text.size() : p.text.find(each.front());
      if (first > 0) each.insert(each.begin(), p.text.substr(0, first == p.text.size() ? first : first - 1));
      for (std::string& s : each) steers.push_back(std::move(s));
      continue;
    }
    if (when < head.size() && time_cell(p.text)) {
      times.push_back(p.text);
      continue;
    }
    if (wants_lead) {
      rows[tasks.back()].cells[lead] = p.text;
      wants_lead = false;
      continue;
    }
    // a new task; too short a paragraph is a cell's broken-off end, no task ("UBND tỉnh")
    if (p.text.size() < 24) continue;
    std::string text = p.text;
    // its number run into it ("16 Xây dựng Kịch bản …")
    std::size_t d = 0;
    while (d < text.size() && d < 3 && std::isdigit(static_cast<unsigned char>(text[d]))) ++d;
    if (d > 0 && d < text.size() && text[d] == ' ') text.erase(0, d + 1);
    Row r{std::vector<std::string>(head.size()), p.first};
    r.cells[task] = std::move(text);
    tasks.push_back(rows.size());
    rows.push_back(std::move(r));
    wants_lead = true;
  }
  // the runs must fit the rows: no more persons or times than tasks (a few cells to spare: the layer
  // repeats a page's broken cells)
  if (tasks.size() < 3 || steers.size() > tasks.size() + 6 || times.size() > tasks.size() + 6) {
    head.clear();
    return out;
  }
  for (std::size_t k = 0; k < tasks.size(); ++k) {
    if (steer < head.size() && k < steers.size()) rows[tasks[k]].cells[steer] = steers[k];
    if (when < head.size() && k < times.size()) rows[tasks[k]].cells[when] = times[k];
  }
  for (Row& r : rows) {
    while (!r.cells.empty() && r.cells.back().empty()) r.cells.pop_back();
    out.rows.push_back({std::move(r.cells), r.first});
  }
  // the table ends after its last paragraph's lines
  std::size_t end = ps.back().first;
  while (end < lines.size() && !lines[end].empty()) ++end;
  out.end = end;
  return out;
}

}  // namespace vanban::text_detail
