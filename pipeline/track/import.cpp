// `vanban track import`: agencies' status updates from a CSV, all or
// nothing. Every row is checked (columns, task id, date, status) and every
// bad row reported with its line; only a file without errors is written, in
// one IMMEDIATE transaction, so a concurrent import waits for it rather than
// interleaving or losing rows.
#include <algorithm>
#include <map>

#include "vanban/fold.h"
#include "vanban/text.h"
#include "vanban/track.h"

namespace vanban::track {

namespace {

enum Column { task_col, date_col, status_col, note_col, reporter_col, ignored_col };

// header word (folded) → column
const std::map<std::string, Column>& columns() {
  static const std::map<std::string, Column> m = [] {
    std::map<std::string, Column> c;
    c[fold_key("mã nhiệm vụ")] = task_col;
    c[fold_key("ngày")] = date_col;
    c[fold_key("trạng thái")] = status_col;
    c[fold_key("ghi chú")] = note_col;
    c[fold_key("người báo cáo")] = reporter_col;
    for (const char* w : {"văn bản", "điều khoản", "cơ quan", "vai trò", "thời hạn", "nội dung"})
      c[fold_key(w)] = ignored_col;
    return c;
  }();
  return m;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

struct Row {
  int line;
  std::string task, date, status, note, reporter;
};

}  // namespace

ImportResult import_updates(Store& store, std::string_view csv, const std::string& file) {
  ImportResult r;
  auto error = [&](int line, const char* code, std::string msg) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = code;
    d.file = file;
    d.line = line;
    d.message = std::move(msg);
    r.errors.push_back(std::move(d));
  };
  std::optional<Diagnostic> bad;
  std::vector<CsvRecord> recs = read_csv(csv, bad);
  if (bad) {
    bad->file = file;
    r.errors.push_back(*bad);
    return r;
  }
  if (recs.empty()) {
    error(1, "import.header", "empty file: the first line names the columns (mã nhiệm vụ,ngày,trạng thái,ghi chú,người báo cáo)");
    return r;
  }

  // ---------------------------------------------------------------- header
  const CsvRecord& head = recs[0];
  std::vector<Column> cols;
  std::map<Column, int> seen;
  for (const std::string& h : head.fields) {
    std::string name = trim(h);
    auto it = columns().find(fold_key(nfc(name)));
    if (it == columns().end()) {
      error(head.line, "import.header",
            "unknown column '" + name + "' (known: mã nhiệm vụ, ngày, trạng thái, ghi chú, người báo cáo)");
      cols.push_back(ignored_col);
      continue;
    }
    if (it->second != ignored_col && seen[it->second]++)
      error(head.line, "import.header", "column '" + name + "' is given twice");
    cols.push_back(it->second);
  }
  for (auto [c, name] : {std::pair{task_col, "mã nhiệm vụ"}, {date_col, "ngày"}, {status_col, "trạng thái"}})
    if (!seen.count(c)) error(head.line, "import.header", std::string("no column '") + name + "'");
  if (!r.errors.empty()) return r;

  // ---------------------------------------------------------------- rows
  std::map<std::string, const char*> statuses;
  for (const char* s : kStatuses) statuses[fold_key(s)] = s;
  std::vector<Row> rows;
  for (std::size_t k = 1; k < recs.size(); ++k) {
    const CsvRecord& rec = recs[k];
    ++r.rows;
    if (rec.fields.size() != cols.size()) {
      error(rec.line, "import.csv", std::to_string(rec.fields.size()) + " fields, the header has " +
                                        std::to_string(cols.size()) + " (quote a field that holds a comma)");
      continue;
    }
    Row row{rec.line, "", "", "", "", ""};
    std::string date_text, status_text;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      std::string v = nfc(trim(rec.fields[c]));
      switch (cols[c]) {
        case task_col:
          for (char& ch : v) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
          row.task = v;
          break;
        case date_col: date_text = v; break;
        case status_col: status_text = v; break;
        case note_col: row.note = v; break;
        case reporter_col: row.reporter = v; break;
        case ignored_col: break;
      }
    }
    if (date_text.empty() && status_text.empty()) {  // a form row not filled in
      ++r.blank;
      continue;
    }
    if (row.task.empty()) error(rec.line, "import.task", "no task id (mã nhiệm vụ)");
    if (auto d = parse_date(date_text)) row.date = *d;
    else if (date_text.empty()) error(rec.line, "import.date", "no date (ngày)");
    else error(rec.line, "import.date", "date '" + date_text + "' is not a date written YYYY-MM-DD or dd/mm/yyyy");
    if (auto it = statuses.find(fold_key(status_text)); it != statuses.end()) row.status = it->second;
    else if (status_text.empty()) error(rec.line, "import.status", "no status (trạng thái)");
    else
      error(rec.line, "import.status",
            "unknown status '" + status_text + "' (chưa thực hiện, đang thực hiện, hoàn thành or quá hạn)");
    rows.push_back(std::move(row));
  }

  // ---------------------------------------------------------------- store
  Transaction t(store);  // task ids checked under the same lock the rows are written with
  {
    Statement known(store, "SELECT 1 FROM tasks WHERE id = ?");
    for (const Row& row : rows) {
      if (row.task.empty()) continue;
      known.reset();
      known.bind(1, row.task);
      if (!known.step())
        error(row.line, "import.task", "unknown task id '" + row.task + "' (`vanban track list` shows the ids)");
    }
  }
  if (!r.errors.empty()) {
    std::stable_sort(r.errors.begin(), r.errors.end(), [](auto& a, auto& b) { return a.line < b.line; });
    return r;  // rolled back: nothing written
  }
  Statement ins(store,
                "INSERT INTO status_updates(task, date, status, note, reporter) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING id");
  for (const Row& row : rows) {
    ins.reset();
    ins.bind(1, row.task).bind(2, row.date).bind(3, std::string_view(row.status)).bind(4, row.note).bind(5, row.reporter);
    if (ins.step()) {
      ++r.added;
      while (ins.step()) {
      }
    } else {
      ++r.duplicates;
    }
  }
  t.commit();
  return r;
}

}  // namespace vanban::track
