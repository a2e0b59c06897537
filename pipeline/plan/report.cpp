// The compliance report's view model (báo cáo kết quả thực hiện): counts by
// agency and in total, a stacked bar per agency, the task table, the
// overdue list; header and signature as the plan's (official_frame).
#include "vanban/report.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "internal.h"
#include "view.h"
#include "vanban/fold.h"

namespace vanban::plan {

using kainjow::mustache::data;

namespace {

data list() { return data(data::type::list); }

data text_item(const std::string& text) {
  data d;
  d.set("text", text);
  return d;
}

// days since 1970-01-01 of an ISO date
long days_of(const std::string& iso) {
  using namespace std::chrono;
  const year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{unsigned(std::stoi(iso.substr(5, 2)))},
                           day{unsigned(std::stoi(iso.substr(8, 2)))}};
  return sys_days{ymd}.time_since_epoch().count();
}

// "20,8%": Vietnamese decimal comma, one decimal
std::string percent(int part, int whole) {
  if (whole == 0) return "0%";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", 100.0 * part / whole);
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ",0") == 0) s.resize(s.size() - 2);
  return s + "%";
}

constexpr int kStates = 5;  // the values of Progress

const char* const kNoLead = "Chưa xác định cơ quan chủ trì";

// done, done late, in progress, not started, overdue
const char* const kColour[kStates] = {"#2E7D32", "#EF6C00", "#1565C0", "#9E9E9E", "#C62828"};
const char* const kWord[kStates] = {"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Chưa thực hiện",
                                    "Quá hạn"};

std::string source_words(const Meta& m) {
  std::string s = m.doc_type ? *m.doc_type : "Văn bản";
  if (m.number) s += " số " + *m.number;
  if (m.date) {
    try {
      s += " " + official_date(*m.date);
    } catch (const std::invalid_argument&) {
    }
  }
  if (m.issuer) s += " của " + *m.issuer;
  return s;
}

std::string title_words(const Meta& m) {
  if (!m.title) return "";
  std::string t = trim(*m.title);
  return upper_vi(t) == t ? lower_vi(t) : lower_first(t);
}

}  // namespace

Period parse_period(std::string_view code) {
  auto bad = [&] {
    return std::invalid_argument("'" + std::string(code) +
                                 "' is not a period (2025-Q1 … 2025-Q4, 2025-H1, 2025-H2, 2025-03 or 2025)");
  };
  auto digits = [](std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), ::isdigit); };
  if (code.size() < 4 || !digits(code.substr(0, 4)) || (code.size() > 4 && code[4] != '-')) throw bad();
  std::string y(code.substr(0, 4));
  std::string_view rest = code.size() > 5 ? code.substr(5) : std::string_view();
  if (code.size() == 5) throw bad();
  auto last_day = [&](int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int yy = std::stoi(y);
    int d = days[m - 1] + (m == 2 && ((yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), m, d);
    return std::string(buf);
  };
  auto first_day = [&](int m) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s-%02d-01", y.c_str(), m);
    return std::string(buf);
  };
  Period p;
  p.code = std::string(code);
  if (rest.empty()) {
    p.first = first_day(1), p.last = last_day(12), p.words = "năm " + y;
  } else if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') {
    int q = rest[1] - '0';
    p.first = first_day(3 * q - 2), p.last = last_day(3 * q), p.words = "quý " + roman(q) + " năm " + y;
  } else if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h') && (rest[1] == '1' || rest[1] == '2')) {
    bool h1 = rest[1] == '1';
    p.first = first_day(h1 ? 1 : 7), p.last = last_day(h1 ? 6 : 12);
    p.words = std::string(h1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
  } else if (rest.size() == 2 && digits(rest) && std::stoi(std::string(rest)) >= 1 && std::stoi(std::string(rest)) <= 12) {
    int m = std::stoi(std::string(rest));
    p.first = first_day(m), p.last = last_day(m), p.words = "tháng " + std::to_string(m) + " năm " + y;
  } else {
    throw bad();
  }
  return p;
}

Progress progress_of(const ReportTask& t, const Period& p) {
  if (t.status == std::optional<std::string>("hoàn thành")) {
    std::string when = t.done_date ? *t.done_date : t.status_date.value_or("");
    if (t.deadline && !when.empty()) return when > *t.deadline ? Progress::done_late : Progress::done;
    return t.reported_overdue ? Progress::done_late : Progress::done;
  }
  if (t.status == std::optional<std::string>("quá hạn")) return Progress::overdue;
  if (t.deadline && *t.deadline <= p.last) return Progress::overdue;
  if (t.status == std::optional<std::string>("đang thực hiện")) return Progress::in_progress;
  return Progress::not_started;
}

ReportCounts count_results(const ReportInput& in) {
  ReportCounts rc;
  std::map<std::string, std::size_t> at;  // agency → index in rc.agencies
  auto agency = [&](const std::string& name) -> AgencyResult& {
    auto [it, fresh] = at.emplace(name, rc.agencies.size());
    if (fresh) rc.agencies.push_back(AgencyResult{name, {}, 0, {}, 0, {}});
    return rc.agencies[it->second];
  };
  int stt = 0;
  for (const ReportDocument& d : in.documents)
    for (const ReportTask& t : d.tasks) {
      const int k = static_cast<int>(progress_of(t, in.period));
      ++stt;
      ++rc.total, ++rc.by[k];  // once, under its lead
      AgencyResult& lead = agency(t.agency);
      ++lead.lead_total, ++lead.lead[k];
      if (!t.coordinators.empty()) ++rc.coordinated;
      for (const std::string& c : t.coordinators) {
        if (c == t.agency) continue;  // a lead does not coordinate its own task
        AgencyResult& a = agency(c);
        if (!a.coordinated.empty() && a.coordinated.back() == stt) continue;  // named twice
        ++a.coordinate_total, ++a.coordinate[k];
        a.coordinated.push_back(stt);
      }
    }
  return rc;
}

std::string render_report_fo(const ReportInput& in, const PlanOptions& opts, std::vector<Diagnostic>* warnings) {
  if (opts.date) official_date(*opts.date);
  data v;
  const bool single = in.documents.size() == 1;
  std::string body = opts.issuer ? trim(*opts.issuer) : in.body;
  Meta source;  // the header reads the issuer's parent line and place only when the body is the issuer
  if (single) source = in.documents[0].meta;
  official_frame(v, body, source, opts, "Báo cáo");

  // ---------------------------------------------------------------- title, intro
  std::string range = "từ ngày " + short_date(in.period.first) + " đến ngày " + short_date(in.period.last);
  std::string summary, intro;
  if (single) {
    const Meta& m = in.documents[0].meta;
    std::string title = title_words(m);
    std::string src = source_words(m) + (title.empty() ? "" : " " + title);
    summary = "Kết quả thực hiện " + src + ", " + in.period.words;
    intro = "Thực hiện " + src + ", " + (body.empty() ? "…" : body) + " báo cáo kết quả thực hiện " +
            in.period.words + " (" + range + ") như sau:";
  } else {
    summary = "Kết quả thực hiện nhiệm vụ được giao tại các văn bản, " + in.period.words;
    intro = (body.empty() ? std::string("…") : body) + " báo cáo kết quả thực hiện nhiệm vụ được giao tại " +
            std::to_string(in.documents.size()) + " văn bản, " + in.period.words + " (" + range + "), như sau:";
  }
  v.set("summary", summary);
  v.set("intro", intro);
  v.set("period", in.period.words);
  v.set("period_end", short_date(in.period.last));

  // ---------------------------------------------------------------- tasks
  const ReportCounts rc = count_results(in);
  data docs = list(), overdue = list();
  int stt = 0, ostt = 0;
  for (const ReportDocument& d : in.documents) {
    data dd, rows = list(), heading = list();
    if (!single) heading.push_back(text_item(source_words(d.meta)));
    for (const ReportTask& t : d.tasks) {
      Progress p = progress_of(t, in.period);
      int k = static_cast<int>(p);
      const char* every = t.recurrence ? recurrence_words(*t.recurrence) : nullptr;
      std::string when = t.deadline ? short_date(*t.deadline) : every ? every : "";
      // the task table says "Hoàn thành" for on time: a deadline-less task is not "đúng hạn" of anything
      std::string result = p == Progress::done ? "Hoàn thành" : kWord[k];
      const std::optional<std::string>& day =
          (p == Progress::done || p == Progress::done_late) && t.done_date ? t.done_date : t.status_date;
      if (day && p != Progress::not_started) {
        result += " (" + short_date(*day);
        if (p == Progress::done_late && t.deadline) result += ", chậm " + std::to_string(days_of(*day) - days_of(*t.deadline)) + " ngày";
        result += ")";
      }
      std::string note = t.note.value_or("");
      if (t.reporter && !t.reporter->empty()) note += (note.empty() ? "" : " — ") + *t.reporter;
      std::string lead = t.agency.empty() ? kNoLead : t.agency;
      std::string coordinators;
      for (const std::string& c : t.coordinators) coordinators += (coordinators.empty() ? "" : "; ") + c;
      data r;
      r.set("stt", std::to_string(++stt));
      r.set("text", table_text(t.text));
      r.set("agency", lead);
      r.set("coordinators", coordinators);
      r.set("time", when);
      r.set("result", result);
      r.set("colour", kColour[k]);
      r.set("note", note);
      rows.push_back(r);
      if (p == Progress::overdue) {
        data o;
        o.set("stt", std::to_string(++ostt));
        o.set("text", table_text(t.text));
        o.set("agency", lead);
        o.set("time", when);
        long late = t.deadline ? days_of(in.period.last) - days_of(*t.deadline) : -1;
        o.set("days", late >= 0 ? std::to_string(late) : "");
        o.set("note", note);
        overdue.push_back(o);
      }
    }
    dd.set("heading", heading);
    dd.set("rows", rows);
    docs.push_back(dd);
  }
  v.set("documents", docs);
  v.set("overdue_tasks", overdue);
  data none = list();
  if (overdue.is_empty_list()) none.push_back(data());
  v.set("no_overdue", none);

  // ---------------------------------------------------------------- counts and bars
  auto counts = [](data& x, const int (&by)[kStates], int total) {
    x.set("total", std::to_string(total));
    const char* keys[kStates] = {"done", "done_late", "in_progress", "not_started", "overdue"};
    for (int k = 0; k < kStates; ++k) {
      x.set(keys[k], std::to_string(by[k]));
      x.set(std::string(keys[k]) + "_pct", percent(by[k], total));
    }
    x.set("done_all", std::to_string(by[0] + by[1]));
    x.set("done_all_pct", percent(by[0] + by[1], total));
  };
  counts(v, rc.by, rc.total);
  v.set("coordinated", std::to_string(rc.coordinated));
  const double bar_mm = 80.0;
  data ags = list(), bars = list();
  int n = 0;
  const char* const line = "0.5pt solid black";
  for (const AgencyResult& a : rc.agencies) {
    const std::string name = a.agency.empty() ? kNoLead : a.agency;
    // one line per role it has; the second leaves the number and name cells
    // blank, with no rule between, so they read as one cell
    bool first = true;
    auto add_line = [&](const char* role, const int (&by)[kStates], int total, const std::string& tasks) {
      const bool last = !first || a.lead_total == 0 || a.coordinate_total == 0;
      data l;
      l.set("stt", first ? std::to_string(++n) : "");
      l.set("name", first ? name : "");
      l.set("top", first ? line : "none");
      l.set("bottom", last ? line : "none");
      l.set("role", role);
      counts(l, by, total);
      data which = list();
      if (!tasks.empty()) which.push_back(text_item(tasks));
      l.set("tasks", which);
      ags.push_back(l);
      first = false;
    };
    if (a.lead_total > 0) add_line("Chủ trì", a.lead, a.lead_total, "");
    if (a.coordinate_total > 0) {
      std::string which;
      for (int x : a.coordinated) which += (which.empty() ? "" : ", ") + std::to_string(x);
      add_line("Phối hợp", a.coordinate, a.coordinate_total, "nhiệm vụ số " + which);
    }
    if (a.lead_total == 0) continue;
    data b;
    b.set("name", name);
    counts(b, a.lead, a.lead_total);
    data segs = list();
    int before = 0;
    double drawn = 0;  // each segment ends at its cumulative share, so the bars end flush
    for (int k = 0; k < kStates; ++k) {
      if (!a.lead[k]) continue;
      before += a.lead[k];
      double end = std::round(bar_mm * before / a.lead_total * 10) / 10;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1fmm", end - drawn);
      drawn = end;
      data sg;
      sg.set("width", buf);
      sg.set("colour", kColour[k]);
      segs.push_back(sg);
    }
    b.set("segments", segs);
    bars.push_back(b);
  }
  v.set("agency_lines", ags);
  v.set("bars", bars);
  data legend = list();
  for (int k = 0; k < kStates; ++k) {
    data l;
    l.set("colour", kColour[k]);
    l.set("text", kWord[k]);
    legend.push_back(l);
  }
  v.set("legend", legend);

  // ---------------------------------------------------------------- recipients
  data recs = list();
  std::vector<std::string> seen;
  for (const ReportDocument& d : in.documents)
    if (d.meta.issuer && fold_key(*d.meta.issuer) != fold_key(body) &&
        std::find(seen.begin(), seen.end(), *d.meta.issuer) == seen.end()) {
      seen.push_back(*d.meta.issuer);
      recs.push_back(text_item("- " + *d.meta.issuer + " (b/c);"));
    }
  recs.push_back(text_item("- Lưu: VT."));
  v.set("recipients", recs);

  TemplateSet t(opts.templates_dir, "report/report.fo.mustache");
  return t.render(v, warnings);
}

}  // namespace vanban::plan
