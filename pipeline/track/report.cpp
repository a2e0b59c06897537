// The compliance report's input, read from the store: documents, their lead
// tasks with the provision's words, and each task's latest update as of the
// period's last day (never the clock), with the day a finished task was done.
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
        AND EXISTS (SELECT 1 FROM tasks t WHERE t.document = d.id AND t.active AND t.role = 'chủ trì')
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
           EXISTS (SELECT 1 FROM status_updates y WHERE y.task = t.id AND y.status = 'quá hạn' AND y.date <= ?2)
    FROM tasks t
    LEFT JOIN provisions p ON p.document = t.document AND p.eid = t.eid
    LEFT JOIN status_updates u ON u.id = (
      SELECT id FROM status_updates WHERE task = t.id AND date <= ?2 ORDER BY date DESC, id DESC LIMIT 1)
    WHERE t.document = ?1 AND t.active AND t.role = 'chủ trì'
    ORDER BY coalesce(p.ordinal, -1), t.ordinal)sql");
  for (std::size_t k = 0; k < ids.size(); ++k) {
    st.reset();
    st.bind(1, ids[k]).bind(2, period.last);
    while (st.step()) {
      plan::ReportTask t{st.text(0),     st.text(1),     st.text(2),     st.text(3),     st.opt_text(4), st.opt_text(5),
                         st.opt_text(6), st.opt_text(7), st.opt_text(8), st.opt_text(9), {},             false};
      if (t.status == std::optional<std::string>("hoàn thành")) t.done_date = st.opt_text(10), t.reported_overdue = st.integer(11) != 0;
      if (t.text.empty()) t.text = "Tổ chức thực hiện " + in.documents[k].meta.doc_type.value_or("văn bản");
      in.documents[k].tasks.push_back(std::move(t));
    }
  }
  return in;
}

}  // namespace vanban::track
