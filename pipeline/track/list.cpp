// `vanban track list`: the store's active tasks with their latest status.
#include "vanban/track.h"

namespace vanban::track {

std::vector<TaskStatus> list_tasks(Store& store, const std::optional<std::string>& number) {
  // the latest update of each task: greatest (date, id)
  Statement st(store, R"sql(
    SELECT t.id, coalesce(d.number, d.doc_key), t.eid, t.agency, t.role, t.deadline, t.recurrence,
           u.status, u.date, u.note, u.reporter
    FROM tasks t JOIN documents d ON d.id = t.document
    LEFT JOIN status_updates u ON u.id = (
      SELECT id FROM status_updates WHERE task = t.id ORDER BY date DESC, id DESC LIMIT 1)
    WHERE t.active AND (?1 IS NULL OR d.number = ?1)
    ORDER BY d.date, d.doc_key, t.ordinal)sql");
  st.bind(1, number);
  std::vector<TaskStatus> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.opt_text(5), st.opt_text(6),
                   st.opt_text(7), st.opt_text(8), st.opt_text(9), st.opt_text(10)});
  return out;
}

}  // namespace vanban::track
