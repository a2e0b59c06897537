// Task tables' columns by their header words. The text stage keeps such a
// table's rows together (clean.cpp); the link stage reads each row as a task.
#include <algorithm>
#include <initializer_list>

#include "vanban/fold.h"
#include "vanban/text.h"

namespace vanban {
namespace {

bool has(const std::string& key, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (key.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

TaskColumn task_column(std::string_view header_cell) {
  std::string k = fold_key(header_cell);
  while (!k.empty() && (k.back() == ' ' || k.back() == ':' || k.back() == '.')) k.pop_back();
  if (k == "tt" || k == "stt" || k == "số tt" || k == "số thứ tự" || k == "thứ tự") return TaskColumn::number;
  // before the lead: "Thời gian thực hiện" and "Đơn vị phối hợp thực hiện" say "thực hiện" too
  if (has(k, {"thời gian", "thời hạn", "tiến độ", "thời điểm", "hạn hoàn thành", "ngày hoàn thành"}))
    return TaskColumn::deadline;
  if (has(k, {"phối hợp"})) return TaskColumn::coordinate;
  if (has(k, {"chủ trì"})) return TaskColumn::lead;
  // who answers for steering and checking the task ("Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc", "Lãnh
  // đạo phụ trách", a party programme's appendix: CTr 104-CTr/TU Lào Cai)
  if (has(k, {"phụ trách chỉ đạo", "lãnh đạo phụ trách", "đồng chí phụ trách", "cá nhân phụ trách"}) ||
      (has(k, {"chỉ đạo"}) && has(k, {"đôn đốc"})))
    return TaskColumn::supervise;
  // "Cơ quan thực hiện", "Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện", "Cơ quan tham mưu"
  if ((k.rfind("cơ quan", 0) == 0 || k.rfind("đơn vị", 0) == 0) && has(k, {"thực hiện", "tham mưu", "đảm nhiệm"}))
    return TaskColumn::lead;
  if (has(k, {"nội dung", "nhiệm vụ", "công việc", "hoạt động"})) return TaskColumn::task;
  return TaskColumn::other;
}

bool is_task_table_header(const std::vector<std::string>& cells) {
  bool lead = false, other = false;
  for (const std::string& c : cells) {
    if (c.size() > 120) return false;  // a header names its columns in a few words
    TaskColumn t = task_column(c);
    lead = lead || t == TaskColumn::lead;
    other = other || t == TaskColumn::coordinate || t == TaskColumn::supervise || t == TaskColumn::deadline;
  }
  return lead && other;
}

bool year_at(std::string_view cell, std::size_t p) {
  auto digit = [&](std::size_t k) { return k < cell.size() && cell[k] >= '0' && cell[k] <= '9'; };
  return p + 4 <= cell.size() && (cell.compare(p, 2, "19") == 0 || cell.compare(p, 2, "20") == 0) && digit(p + 2) &&
         digit(p + 3) && !digit(p + 4) && !(p > 0 && digit(p - 1));
}

std::vector<std::string> steering_persons(std::string_view cell) {
  std::vector<std::size_t> at;
  for (const std::string_view title : {"Đồng chí ", "đồng chí ", "Đ/c ", "đ/c "})
    for (std::size_t p = cell.find(title); p != std::string_view::npos; p = cell.find(title, p + 1))
      if (p == 0 || cell[p - 1] == ' ') at.push_back(p);
  std::sort(at.begin(), at.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < at.size(); ++k) {
    std::string one(cell.substr(at[k], (k + 1 < at.size() ? at[k + 1] : cell.size()) - at[k]));
    while (!one.empty() && one.back() == ' ') one.pop_back();
    out.push_back(std::move(one));
  }
  return out;
}

}  // namespace vanban
