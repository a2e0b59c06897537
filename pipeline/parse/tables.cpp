// Data tables: pipe rows ("| 1 | Nhiệm vụ | Sở … | … |"), as the DOCX reader
// writes a Word table and the text stage a task table saved with tabs, and
// as web pages copied as text carry them. Tables are not provisions: they
// are kept beside the tree, each under the provision it is printed in, so
// that the link stage can read a task table's rows as tasks.
#include <cctype>

#include "internal.h"

namespace vanban::parse_detail {
namespace {

bool is_pipe_row(const std::string& t) {
  return t.size() > 2 && t.front() == '|' && t.back() == '|' && t.find_first_not_of("+-=:| ") != std::string::npos;
}

std::vector<std::string> cells_of(const std::string& t) {
  std::vector<std::string> cells;
  for (std::size_t a = 1; a < t.size();) {
    std::size_t b = t.find('|', a);
    if (b == std::string::npos) break;
    cells.push_back(trim(t.substr(a, b - a)));
    a = b + 1;
  }
  return cells;
}

// "1", "12.", "1.2", "II", "a)": the row's number (STT), "a" for "a)"; ""
// for anything else.
std::string row_number(std::string c) {
  if (c.size() >= 2 && c.back() == ')') {
    std::string letter = c.substr(0, c.size() - 1);
    if (letter == "\xC4\x91" || (letter.size() == 1 && std::islower(static_cast<unsigned char>(letter[0])))) return letter;
  }
  if (!c.empty() && c.back() == '.') c.pop_back();
  if (c.empty() || c.size() > 8) return "";
  bool digits = std::isdigit(static_cast<unsigned char>(c[0])) && std::isdigit(static_cast<unsigned char>(c.back()));
  for (char ch : c) digits = digits && (std::isdigit(static_cast<unsigned char>(ch)) || ch == '.');
  if (digits || roman_value(c) > 0) return c;
  return "";
}

// The innermost provision printed before `line` (the last one in document
// order): the table is part of its content.
const Provision* container_of(const std::vector<Provision>& trees, int line) {
  const Provision* found = nullptr;
  for_each_provision(trees, [&](const Provision& p) {
    if (p.line <= line) found = &p;
  });
  return found;
}

}  // namespace

void read_tables(const Lines& in, std::size_t begin, std::size_t end, const std::string& root,
                 const std::vector<Provision>& trees, std::vector<Table>& out, const std::map<int, std::string>* owners) {
  const auto& L = *in.lines;
  for (std::size_t i = begin; i < end && i < L.size();) {
    if (!is_pipe_row(L[i].text)) {
      ++i;
      continue;
    }
    Table table;
    table.line = L[i].source_line;
    const Provision* owner = container_of(trees, table.line);
    std::string container = owner ? owner->eid : root;
    if (owners)  // (placed one level up with the paragraphs after a closed list: read_body)
      if (const auto it = owners->find(table.line); it != owners->end()) container = it->second.empty() ? root : it->second;
    const std::string prefix = container.empty() ? "" : container + "__";
    int k = 1;  // tables are numbered within their container
    for (const Table& t : out)
      if (t.eid.compare(0, prefix.size() + 6, prefix + "table_") == 0 &&
          t.eid.find("__", prefix.size()) == std::string::npos)
        ++k;
    table.eid = prefix + "table_" + std::to_string(k);
    for (; i < end && i < L.size() && is_pipe_row(L[i].text); ++i) {
      TableRow r;
      r.cells = cells_of(L[i].text);
      r.num = r.cells.empty() ? "" : row_number(r.cells[0]);
      r.line = L[i].source_line;
      r.eid = table.eid + "__tr_" + std::to_string(table.rows.size() + 1);
      table.rows.push_back(std::move(r));
    }
    out.push_back(std::move(table));
  }
}

}  // namespace vanban::parse_detail
