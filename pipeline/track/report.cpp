// The compliance report's input, read from the store: documents, their
// tasks (lead bodies, with the bodies that coordinate them) with the
// provision's words, and each task's latest update as of the
// period's last day (never the clock), with the day a finished task was done.
#include <algorithm>
#include <map>
#include <set>

#include "vanban/track.h"

namespace vanban::track {

plan::ReportInput load_report(Store& store, const std::optional<std::string>& number, const plan::Period& period) {
  plan::ReportInput in;
  in.period = period;
  std::vector<std::int64_t> ids;
  std::set<std::string> bodies, issuers;
  {
    Statement st(store, R"sql(
      SELECT d.id, d.doc_type, d.number, d.issuer, d.date, d.title, coalesce(d.implementer, '')
      FROM documents d
      WHERE (?1 IS NULL AND (d.date IS NULL OR d.date <= ?2) OR d.number = ?1)
        AND EXISTS (SELECT 1 FROM tasks t WHERE t.document = d.id AND t.active AND t.role IN ('chủ trì', 'phối hợp'))
      ORDER BY d.date, d.doc_key)sql");
    st.bind(1, number).bind(2, period.last);
    while (st.step()) {
      ids.push_back(st.integer(0));
      plan::ReportDocument d;
      d.meta.doc_type = st.opt_text(1);
      d.meta.number = st.opt_text(2);
      d.meta.issuer = st.opt_text(3);
      d.meta.date = st.opt_text(4);
      d.meta.title = st.opt_text(5);
      bodies.insert(st.text(6));
      issuers.insert(st.text(3));
      in.documents.push_back(std::move(d));
    }
  }
  if (in.documents.empty())
    throw StoreError("track.no-document",
                     store.path() + ": " +
                         (number ? "no document numbered " + *number + " with tasks (`vanban track add` it first)"
                                 : "no document with tasks dated on or before " + period.last));
  if (number && in.documents.size() > 1)
    throw StoreError("track.ambiguous", store.path() + ": " + std::to_string(in.documents.size()) +
                                            " documents are numbered " + *number + " (issuers differ)");
  if (bodies.size() == 1) in.body = *bodies.begin();

  Statement st(store, R"sql(
    SELECT t.id, t.eid, coalesce(nullif(p.text, ''), p.heading, ''), t.agency, t.deadline, t.recurrence,
           u.status, u.date, u.note, u.reporter,
           -- done since: the first "hoàn thành" after the last update that said otherwise
           (SELECT min(date) FROM status_updates s WHERE s.task = t.id AND s.status = 'hoàn thành' AND s.date <= ?2
              AND s.date >= coalesce((SELECT max(date) FROM status_updates x
                                      WHERE x.task = t.id AND x.status <> 'hoàn thành' AND x.date <= ?2), '')),
           EXISTS (SELECT 1 FROM status_updates y WHERE y.task = t.id AND y.status = 'quá hạn' AND y.date <= ?2),
           t.role, u.id
    FROM tasks t
    LEFT JOIN provisions p ON p.document = t.document AND p.eid = t.eid
    LEFT JOIN status_updates u ON u.id = (
      SELECT id FROM status_updates WHERE task = t.id AND date <= ?2 ORDER BY date DESC, id DESC LIMIT 1)
    WHERE t.document = ?1 AND t.active AND t.role IN ('chủ trì', 'phối hợp')
    ORDER BY coalesce(p.ordinal, -1), t.ordinal)sql");
  for (std::size_t k = 0; k < ids.size(); ++k) {
    st.reset();
    st.bind(1, ids[k]).bind(2, period.last);
    struct Row {
      plan::ReportTask task;
      bool lead;
      std::int64_t update;  // the latest update's id, 0 without one
    };
    std::vector<Row> rows;  // reading order
    while (st.step()) {
      plan::ReportTask t{st.text(0),     st.text(1),     st.text(2),     st.text(3),     {},
                         st.opt_text(4), st.opt_text(5), st.opt_text(6), st.opt_text(7), st.opt_text(8),
                         st.opt_text(9), {},             false};
      if (t.status == std::optional<std::string>("hoàn thành")) t.done_date = st.opt_text(10), t.reported_overdue = st.integer(11) != 0;
      if (t.text.empty()) t.text = "Tổ chức thực hiện " + in.documents[k].meta.doc_type.value_or("văn bản");
      rows.push_back({std::move(t), st.text(12) == "chủ trì", st.is_null(13) ? 0 : st.integer(13)});
    }
    // a coordinator joins the lead tasks of its provision, else of the
    // nearest provision above it ("art_2__para_1__point_a" → "art_2__para_1"
    // → "art_2") that has one; a provision with coordinators only is one task
    // without a lead, reported by its coordinators (plan::count_results)
    std::map<std::string, std::vector<std::size_t>> leads;  // eid → its lead rows
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].lead) leads[rows[i].task.eid].push_back(i);
    std::map<std::string, std::size_t> leadless;  // eid → the row that stands for its task
    auto add_unique = [](std::vector<std::string>& v, const std::string& a) {
      if (std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].lead) continue;
      const std::string& agency = rows[i].task.agency;
      std::string eid = rows[i].task.eid;
      auto it = leads.find(eid);
      while (it == leads.end() && eid.rfind("__") != std::string::npos) {
        eid.resize(eid.rfind("__"));
        it = leads.find(eid);
      }
      if (it != leads.end()) {
        for (std::size_t j : it->second)
          if (rows[j].task.agency != agency) add_unique(rows[j].task.coordinators, agency);
        continue;
      }
      auto [at, fresh] = leadless.emplace(rows[i].task.eid, i);
      Row& task = rows[at->second];
      add_unique(task.task.coordinators, agency);
      if (!fresh && (rows[i].task.status_date.value_or("") > task.task.status_date.value_or("") ||
                     (rows[i].task.status_date == task.task.status_date && rows[i].update > task.update))) {
        // the latest update of any coordinator: its task's state and words
        std::vector<std::string> coordinators = std::move(task.task.coordinators);
        task.task = rows[i].task;
        task.task.coordinators = std::move(coordinators);
        task.update = rows[i].update;
      }
    }
    for (auto& [eid, i] : leadless) rows[i].task.agency.clear();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      bool stands = rows[i].lead || (leadless.count(rows[i].task.eid) && leadless.at(rows[i].task.eid) == i);
      if (stands) in.documents[k].tasks.push_back(std::move(rows[i].task));
    }
  }
  return in;
}

}  // namespace vanban::track
