// The agency × provision matrix of `vanban agencies`: who must act where,
// with roles and deadlines — a table for people, CSV and JSON for machines.
#include <map>

#include "vanban/export.h"
#include "vanban/fold.h"

namespace vanban {

namespace {

// "Điều 1 › Khoản 2 › Điểm b" for every eid; "body" is the letter's text.
std::map<std::string, std::string> provision_paths(const Document& doc) {
  std::map<std::string, std::string> out;
  out["body"] = "Nội dung văn bản";
  std::vector<std::string> stack;
  auto walk = [&](auto&& self, const std::vector<Provision>& ps) -> void {
    for (const Provision& p : ps) {
      std::string label = std::string(label_word(p.kind)) + " " + p.num;
      if (p.eid.rfind("att_", 0) == 0 && stack.empty()) label = "Phụ lục " + p.eid.substr(4, p.eid.find("__") - 4) + " › " + label;
      stack.push_back(label);
      std::string path;
      for (const std::string& s : stack) path += (path.empty() ? "" : " › ") + s;
      out[p.eid] = path;
      self(self, p.children);
      stack.pop_back();
    }
  };
  walk(walk, doc.provisions);
  // a task table's rows: "Phụ lục 1 › Bảng 1 › TT 3" (the row's printed number)
  for (const Table& t : doc.tables) {
    const std::size_t cut = t.eid.rfind("__");
    const std::string container = cut == std::string::npos ? "" : t.eid.substr(0, cut);
    std::string path = out.count(container) ? out[container]
                       : container.rfind("att_", 0) == 0 ? "Phụ lục " + container.substr(4)
                                                         : "";
    path += (path.empty() ? "Bảng " : " › Bảng ") + t.eid.substr(t.eid.rfind('_') + 1);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      out[t.rows[r].eid] = path + (t.rows[r].num.empty() ? " › Dòng " + std::to_string(r + 1) : " › TT " + t.rows[r].num);
  }
  return out;
}

const char* role_vi(Role r) {
  switch (r) {
    case Role::lead: return "chủ trì";
    case Role::coordinate: return "phối hợp";
    case Role::supervise: return "giám sát";
  }
  return "";
}

const char* recurrence_vi(const std::string& code) {
  static const std::map<std::string, const char*> m = {{"yearly", "hằng năm"},     {"half-yearly", "6 tháng"},
                                                       {"quarterly", "hằng quý"},  {"monthly", "hằng tháng"},
                                                       {"ongoing", "thường xuyên"}};
  auto it = m.find(code);
  return it == m.end() ? code.c_str() : it->second;
}

// "30/06/2025" from "2025-06-30".
std::string date_vi(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string when(const Assignment& a) {
  std::string w;
  if (a.deadline) w = "trước " + date_vi(*a.deadline);
  if (a.recurrence) w += (w.empty() ? "" : ", ") + std::string(recurrence_vi(*a.recurrence));
  return w;
}

// Agencies in order of first assignment, each with its assignments in document order.
std::vector<std::pair<std::string, std::vector<const Assignment*>>> by_agency(const Document& doc) {
  std::vector<std::pair<std::string, std::vector<const Assignment*>>> out;
  std::map<std::string, std::size_t> index;
  for (const Assignment& a : doc.assignments) {
    std::string k = fold_key(a.agency);
    auto [it, fresh] = index.emplace(k, out.size());
    if (fresh) out.push_back({a.agency, {}});
    out[it->second].second.push_back(&a);
  }
  return out;
}

// Display width in code points (every Vietnamese letter is one column).
std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string pad(const std::string& s, std::size_t w) {
  std::size_t c = columns(s);
  return c >= w ? s : s + std::string(w - c, ' ');
}

}  // namespace

std::string csv_quote(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

std::string to_agency_table(const Document& doc) {
  auto paths = provision_paths(doc);
  std::string out;
  auto groups = by_agency(doc);
  std::size_t wpath = 10;
  for (auto& [agency, as] : groups)
    for (const Assignment* a : as) wpath = std::max(wpath, columns(paths[a->eid]));
  for (auto& [agency, as] : groups) {
    out += agency + "\n";
    for (const Assignment* a : as) {
      std::string role = role_vi(a->role);
      if (a->scope == Scope::document) role += " (cả văn bản)";
      std::string line = "  " + pad(paths[a->eid], wpath) + "  " + pad(role, 22) + "  " + when(*a);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  }
  if (groups.empty()) out += "(không có phân công)\n";
  if (!doc.unassigned.empty()) {
    out += "\nChưa có cơ quan thực hiện:\n";
    for (const std::string& e : doc.unassigned) out += "  " + paths[e] + "\n";
  }
  return out;
}

std::string to_agency_csv(const Document& doc) {
  auto paths = provision_paths(doc);
  std::string out = "agency,eid,provision,role,scope,deadline,recurrence,time_words,mention\r\n";
  for (auto& [agency, as] : by_agency(doc))
    for (const Assignment* a : as) {
      out += csv_quote(agency) + "," + csv_quote(a->eid) + "," + csv_quote(paths[a->eid]) + "," + to_string(a->role) +
             "," + to_string(a->scope) + "," + csv_quote(a->deadline.value_or("")) + "," +
             csv_quote(a->recurrence.value_or("")) + "," + csv_quote(a->time_words.value_or("")) + "," +
             csv_quote(a->mention) + "\r\n";
    }
  return out;
}

std::string to_agency_json(const Document& doc) {
  auto paths = provision_paths(doc);
  auto q = [](const std::string& s) { return json_quote(s); };
  auto opt = [&](const std::optional<std::string>& s) { return s ? q(*s) : std::string("null"); };
  std::string out = "{\n  \"source\": " + q(doc.source) + ",\n  \"agencies\": [";
  bool first = true;
  for (auto& [agency, as] : by_agency(doc)) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "    {\"agency\": " + q(agency) + ", \"assignments\": [";
    for (std::size_t i = 0; i < as.size(); ++i) {
      const Assignment& a = *as[i];
      out += (i ? ",\n      " : "\n      ");
      out += "{\"eid\": " + q(a.eid) + ", \"provision\": " + q(paths[a.eid]) + ", \"role\": " + q(to_string(a.role)) +
             ", \"scope\": " + q(to_string(a.scope)) + ", \"deadline\": " + opt(a.deadline) +
             ", \"recurrence\": " + opt(a.recurrence) + ", \"time_words\": " + opt(a.time_words) +
             ", \"mention\": " + q(a.mention) + "}";
    }
    out += "]}";
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"unassigned\": [";
  for (std::size_t i = 0; i < doc.unassigned.size(); ++i)
    out += (i ? ", " : "") + q(doc.unassigned[i]);
  out += "]\n}\n";
  return out;
}

}  // namespace vanban
