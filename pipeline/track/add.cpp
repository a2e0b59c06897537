// `vanban track add`: a parsed and linked document's provisions and tasks
// into the store. One task per distinct (provision, agency, role) of the
// link stage's assignments, plus one for the implementing body on each
// provision that asks for action but names no one (as the plan does). Task
// ids are stable, so adding the document again updates the same rows.
#include <cstdio>
#include <filesystem>
#include <set>
#include <tuple>

#include "vanban/plan.h"
#include "vanban/track.h"

namespace vanban::track {

namespace {

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

struct TaskRow {
  std::string eid, agency;
  Role role;
  Scope scope;
  std::optional<std::string> deadline, recurrence, time_words;
};

}  // namespace

const char* role_word(Role r) {
  switch (r) {
    case Role::lead: return "chủ trì";
    case Role::coordinate: return "phối hợp";
    case Role::supervise: return "giám sát";
  }
  return "?";
}

std::string document_key(const Document& doc) {
  std::string number = doc.meta.number ? *doc.meta.number
                                       : "file:" + std::filesystem::path(doc.source).filename().string();
  return number + " | " + doc.meta.issuer.value_or("");
}

std::string task_id(std::string_view doc_key, std::string_view eid, std::string_view agency, Role role) {
  std::string key;
  for (std::string_view part : {doc_key, eid, agency, std::string_view(role_word(role)), std::string_view()}) {
    key += part;
    key += '\x1f';
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "NV-%012llX",
                static_cast<unsigned long long>(fnv1a64(key) & 0xFFFFFFFFFFFFull));
  return buf;
}

AddResult add_document(Store& store, const Document& doc) {
  AddResult r;
  r.key = document_key(doc);
  r.implementer = plan::implementing_body(doc);

  // the tasks, deduplicated, in the link stage's order
  std::vector<TaskRow> rows;
  std::set<std::tuple<std::string, std::string, Role>> seen;
  for (const Assignment& a : doc.assignments)
    if (seen.insert({a.eid, a.agency, a.role}).second)
      rows.push_back({a.eid, a.agency, a.role, a.scope, a.deadline, a.recurrence, a.time_words});
  if (!r.implementer.empty())
    for (const std::string& eid : doc.unassigned)
      if (seen.insert({eid, r.implementer, Role::lead}).second)
        rows.push_back({eid, r.implementer, Role::lead, Scope::provision, {}, {}, {}});

  Transaction t(store);
  std::int64_t doc_id = 0;
  {
    Statement st(store,
                 "INSERT INTO documents(doc_key, number, doc_type, issuer, date, title, source, implementer) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(doc_key) DO UPDATE SET number = ?2, "
                 "doc_type = ?3, issuer = ?4, date = ?5, title = ?6, source = ?7, implementer = ?8 RETURNING id");
    st.bind(1, r.key).bind(2, doc.meta.number).bind(3, doc.meta.doc_type).bind(4, doc.meta.issuer);
    st.bind(5, doc.meta.date).bind(6, doc.meta.title).bind(7, doc.source).bind(8, r.implementer);
    st.step();
    doc_id = st.integer(0);
  }
  Statement(store, "DELETE FROM provisions WHERE document = ?").bind(1, doc_id).step();
  {
    Statement ins(store,
                  "INSERT INTO provisions(document, eid, ordinal, kind, num, heading, text, line) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    std::int64_t ordinal = 0;
    for_each_provision(doc.provisions, [&](const Provision& p) {
      ins.reset();
      ins.bind(1, doc_id).bind(2, p.eid).bind(3, ordinal++).bind(4, std::string_view(to_string(p.kind)));
      ins.bind(5, p.num).bind(6, p.heading).bind(7, p.text).bind(8, std::int64_t{p.line});
      ins.step();
      ++r.provisions;
    });
  }
  std::int64_t before = 0;
  {
    Statement c(store, "SELECT count(*) FROM tasks WHERE document = ?");
    c.bind(1, doc_id).step();
    before = c.integer(0);
  }
  Statement(store, "UPDATE tasks SET active = 0 WHERE document = ?").bind(1, doc_id).step();
  {
    Statement ins(store,
                  "INSERT INTO tasks(id, document, ordinal, eid, agency, role, scope, deadline, recurrence, "
                  "time_words, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1) "
                  "ON CONFLICT(id) DO UPDATE SET ordinal = ?3, scope = ?7, deadline = ?8, recurrence = ?9, "
                  "time_words = ?10, active = 1 WHERE document = ?2 AND eid = ?4 AND agency = ?5 AND role = ?6 "
                  "RETURNING id");
    std::int64_t ordinal = 0;
    for (const TaskRow& row : rows) {
      std::string id = task_id(r.key, row.eid, row.agency, row.role);
      ins.reset();
      ins.bind(1, id).bind(2, doc_id).bind(3, ordinal++).bind(4, row.eid).bind(5, row.agency);
      ins.bind(6, std::string_view(role_word(row.role))).bind(7, std::string_view(to_string(row.scope)));
      ins.bind(8, row.deadline).bind(9, row.recurrence).bind(10, row.time_words);
      // no row back: the id belongs to another task (a 48-bit collision)
      if (!ins.step())
        throw StoreError("track.collision", store.path() + ": task id " + id + " of " + row.eid + " / " +
                                                row.agency + " is already another task's; report this");
      while (ins.step()) {
      }
      ++r.tasks;
    }
  }
  {
    Statement c(store, "SELECT count(*), sum(active = 0) FROM tasks WHERE document = ?");
    c.bind(1, doc_id).step();
    r.new_tasks = static_cast<int>(c.integer(0) - before);
    r.retired = static_cast<int>(c.integer(1));
  }
  t.commit();
  return r;
}

}  // namespace vanban::track
