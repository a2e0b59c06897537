// The leaflet's view model, and fitting its text to the panels.
//
// A folded leaflet's panels are fixed boxes (fo:block-container), so text
// cannot flow on to another page: it must fit. The fitting lays the FO out
// with pipeline/render (layout only, no PDF) and reads how each panel's
// content fits its box (RenderResult::containers), then:
//   inside panels 1–3: as many points, in reading order, as each holds (a
//     first guess from the measured heights, corrected one point at a time);
//     a point too long for an empty panel shows its first sentence only; the
//     points left over are dropped, with a warning naming them;
//   the flap's "Hỏi – Đáp": questions beyond three left out, then answers
//     cut to their first sentence, then fewer questions;
//   the cover: a smaller title size.
// Every pass lays out all six panels, so the side panels are fitted in the
// passes the inside panels need anyway.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "internal.h"
#include "vanban/plan.h"
#include "vanban/render.h"
#include "vanban/templates.h"

namespace vanban::leaflet {

using kainjow::mustache::data;

namespace {

data list() { return data(data::type::list); }

data one(const std::string& key, const std::string& value) {
  data l = list();
  if (!value.empty()) {
    data d;
    d.set(key, value);
    l.push_back(d);
  }
  return l;
}

std::string mm(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3fmm", v);
  return buf;
}

constexpr double kTitleSizes[] = {24, 20, 17, 14, 12};
constexpr int kTitleSteps = sizeof kTitleSizes / sizeof kTitleSizes[0];

// What is shown: which points in which inside panel, which questions with
// which answers, the cover title's size.
// Where a movable box is: its own panel, or an inside panel / the flap that
// would be blank without it.
enum class Place { back, flap, inside_1, inside_2, inside_3 };

struct State {
  std::size_t cut[3] = {0, 0, 0};  // panel k shows points [cut[k-1], cut[k])
  Place contacts = Place::back;    // "CẦN HỎI, LIÊN HỆ"
  Place details = Place::back;     // "THÔNG TIN VĂN BẢN"
  std::vector<bool> point_short;   // first sentence only
  std::size_t qa = 0;              // questions shown
  std::vector<bool> qa_short;
  int title_step = 0;
};

// A cut's "…" kept on the line of the word before it (a no-break space).
std::string tie(std::string t) {
  if (t.size() > 4 && t.compare(t.size() - 4, 4, " …") == 0) t.replace(t.size() - 4, 1, "\u00a0");
  return t;
}

data point_list(const Content& c, const State& s, std::size_t from, std::size_t to) {
  data l = list();
  for (std::size_t i = from; i < to && i < c.points.size(); ++i) {
    data d;
    d.set("heading", tie(c.points[i].heading));
    d.set("text", tie(s.point_short[i] ? c.points[i].first : c.points[i].text));
    l.push_back(d);
  }
  return l;
}

// The QR code as runs of dark modules, in a square of `side` mm with a
// quiet zone of four modules.
data qr_view(const std::string& url, double side) {
  data l = list();
  if (url.empty()) return l;
  QrCode q = qr_encode(url);
  const double m = side / (q.size + 8);
  data runs = list();
  for (int y = 0; y < q.size; ++y)
    for (int x = 0; x < q.size;) {
      if (!q.at(x, y)) {
        ++x;
        continue;
      }
      int e = x;
      while (e < q.size && q.at(e, y)) ++e;
      data r;
      r.set("left", mm((x + 4) * m));
      r.set("top", mm((y + 4) * m));
      r.set("width", mm((e - x) * m));
      r.set("height", mm(m));
      runs.push_back(r);
      x = e;
    }
  data d;
  d.set("side", mm(side));
  d.set("runs", runs);
  d.set("url", url);
  data shown = list();  // the address in words, when it fits one line
  if (url.size() <= 56) shown.push_back(data());
  d.set("show_url", shown);
  l.push_back(d);
  return l;
}

data view(const Content& c, const State& s, const data& qr, bool booklet) {
  data v;
  v.set("doc_type", c.doc_type);
  v.set("doc_type_upper", plan::upper_vi(c.doc_type));
  v.set("number", one("text", c.number));
  v.set("date", one("text", c.date));
  v.set("place_date", one("text", c.date.empty() ? "" : c.place.empty() ? plan::upper_first(c.date) : c.place + ", " + c.date));
  v.set("issuer", c.issuer);
  v.set("issuer_upper", plan::upper_vi(c.issuer));
  v.set("title", c.title);
  char size[16];
  std::snprintf(size, sizeof size, "%.0fpt", kTitleSizes[s.title_step]);
  v.set("title_size", size);
  std::snprintf(size, sizeof size, "%.0fpt", std::round(kTitleSizes[s.title_step] * 1.2));
  v.set("title_leading", size);
  v.set("about", one("text", c.about));
  v.set("effective", one("text", c.effective));
  v.set("adopted", one("text", c.adopted));
  v.set("signer", one("text", c.signer));
  auto flag = [](bool on) {
    data l = list();
    if (on) l.push_back(data());
    return l;
  };
  if (booklet) {
    v.set("points", point_list(c, s, 0, c.points.size()));
    v.set("has_points", flag(!c.points.empty()));
  } else {
    std::size_t from = 0;
    for (int k = 0; k < 3; ++k) {
      const std::string n = std::to_string(k + 1);
      v.set("points_" + n, point_list(c, s, from, s.cut[k]));
      v.set("points_title_" + n, flag(s.cut[k] > from && from == 0));
      from = s.cut[k];
    }
    const Place places[] = {Place::back, Place::flap, Place::inside_1, Place::inside_2, Place::inside_3};
    const char* names[] = {"back", "flap", "1", "2", "3"};
    for (int i = 0; i < 5; ++i) {
      v.set(std::string("contacts_") + names[i], flag(s.contacts == places[i]));
      v.set(std::string("details_") + names[i], flag(s.details == places[i]));
    }
  }
  data qa = list();
  for (std::size_t i = 0; i < s.qa && i < c.qa.size(); ++i) {
    data d;
    d.set("question", c.qa[i].question);
    d.set("answer", tie(s.qa_short[i] ? c.qa[i].first : c.qa[i].answer));
    qa.push_back(d);
  }
  v.set("qa", qa);
  v.set("has_qa", flag(s.qa > 0 && !c.qa.empty()));
  v.set("implementing_body", one("text", c.implementing_body));
  v.set("justice_office", one("text", c.justice_office));
  v.set("qr", qr);
  return v;
}

Diagnostic warning(const Document& doc, const char* code, std::string message) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = code;
  d.file = doc.source;
  d.message = std::move(message);
  return d;
}


// A point's height in pt, roughly: its heading (12 pt bold, 15 pt lines,
// about 32 letters a line in the 99 mm panel) and its text (11 pt, 14 pt
// lines, about 42 letters), 9 pt apart. Only to choose where to cut; the
// layout decides whether it fits.
double estimate(const Content& c, const State& s, std::size_t i) {
  auto letters = [](const std::string& t) {
    std::size_t n = 0;
    for (unsigned char ch : t) n += (ch & 0xC0) != 0x80;
    return static_cast<double>(n);
  };
  const Point& p = c.points[i];
  const std::string& text = s.point_short[i] ? p.first : p.text;
  return 9 + 15 * std::ceil(letters(p.heading) / 32) + 14 * std::ceil(letters(text) / 42);
}

// Spreading the points shown over the three inside panels, in reading
// order, so that no inside panel is blank while another is full (the rule,
// also in README):
//   three points or more: every inside panel gets at least one, the cuts
//     chosen so that the fullest panel (measured overhead of panel 1's
//     "what it is about", estimated points) is as empty as it can be; kept
//     only when the layout says every panel holds its points, else the
//     first fit (panels filled in turn) stays;
//   two points: "what it is about" alone on panel 1, one point on each of
//     panels 2 and 3;
//   one point or none: panel 1 "what it is about", then the point, then
//     "CẦN HỎI, LIÊN HỆ" and "THÔNG TIN VĂN BẢN" move from the back into
//     the inside panels left blank (the back keeps the QR code).
template <class Measure, class Fits, class Fit>
void spread(const Content& c, State& s, Measure& measure, Fits& fits, Fit& fit) {
  const std::size_t n = s.cut[2];
  const State first = s;
  if (n >= 3) {
    double cap[3], load[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
      const std::string id = "panel-" + std::to_string(k + 1);
      cap[k] = fit.count(id) ? fit[id].height : 1;
    }
    // panel 1's own text, as laid out: its measured height less its points'
    for (std::size_t i = 0; i < s.cut[0]; ++i) load[0] += estimate(c, s, i);
    double overhead = fit.count("panel-1") ? std::max(0.0, fit["panel-1"].content_height - load[0]) : 0;
    std::vector<double> pre(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) pre[i + 1] = pre[i] + estimate(c, s, i);
    double best = 1e18;
    std::size_t a = s.cut[0], b = s.cut[1];
    for (std::size_t i = 1; i + 2 <= n; ++i)
      for (std::size_t j = i + 1; j + 1 <= n; ++j) {
        double worst = std::max({(overhead + pre[i]) / cap[0], (pre[j] - pre[i]) / cap[1], (pre[n] - pre[j]) / cap[2]});
        if (worst < best - 1e-9) best = worst, a = i, b = j;
      }
    s.cut[0] = a, s.cut[1] = b;
    measure();
    // a panel the estimate overfilled gives a point to its neighbour
    for (int tries = 0; tries < 6 && !(fits("panel-1") && fits("panel-2") && fits("panel-3")); ++tries) {
      if (!fits("panel-1") && s.cut[0] > 1) --s.cut[0];
      else if (!fits("panel-2") && s.cut[1] - s.cut[0] > 1) fits("panel-3") ? --s.cut[1] : ++s.cut[0];
      else if (!fits("panel-3") && n - s.cut[1] > 1) ++s.cut[1];
      else break;
      measure();
    }
    if (!(fits("panel-1") && fits("panel-2") && fits("panel-3"))) {
      s.cut[0] = first.cut[0], s.cut[1] = first.cut[1];
      measure();
    }
    return;
  }
  s.cut[0] = 0;
  s.cut[1] = std::min<std::size_t>(n, 1);
  s.cut[2] = n;
  std::vector<Place> blank;
  if (n == 0) blank.push_back(Place::inside_2);
  if (n <= 1) blank.push_back(Place::inside_3);
  for (Place p : blank) {
    if (s.contacts == Place::back) s.contacts = p;
    else if (s.details == Place::back) s.details = p;
  }
  measure();
}

}  // namespace

Leaflet render_leaflet_fo(const Document& doc, const LeafletOptions& opts) {
  const bool booklet = opts.layout == Layout::booklet;
  Content c = extract(doc, opts);
  plan::TemplateSet t(opts.templates_dir, booklet ? "leaflet/booklet.fo.mustache" : "leaflet/trifold.fo.mustache");
  const data qr = qr_view(c.url, booklet ? 40 : 34);
  Leaflet out;
  if (c.url.empty() && opts.qr)
    out.warnings.push_back(warning(doc, "leaflet.no-url", "no address of the full text (--url or --url-pattern): the leaflet has no QR code"));

  State s;
  s.point_short.assign(c.points.size(), false);
  s.qa = c.qa.size();
  s.qa_short.assign(c.qa.size(), false);
  if (c.qa.empty()) s.contacts = Place::flap;  // no questions: the flap tells whom to ask
  std::vector<Diagnostic> template_warnings;
  auto fo_of = [&](bool record) { return t.render(view(c, s, qr, booklet), record ? &template_warnings : nullptr); };

  if (booklet) {  // pages flow: everything is shown
    s.cut[0] = s.cut[1] = s.cut[2] = c.points.size();
    out.fo = fo_of(true);
  } else {
    render::RenderOptions ro;
    ro.fonts_dir = opts.fonts_dir;
    ro.layout_only = true;
    std::map<std::string, render::ContainerFit> fit;
    auto measure = [&] {
      ++out.layout_passes;
      fit.clear();
      for (auto& f : render::render_fo(fo_of(false), "leaflet.fo", ro).containers) fit[f.id] = f;
    };
    auto fits = [&](const std::string& id) { return !fit.count(id) || fit[id].fits(); };
    // one step for a side panel that overflows; false when nothing is left to take away
    auto shrink_sides = [&] {
      bool changed = false;
      if (!fits("panel-cover") && s.title_step + 1 < kTitleSteps) ++s.title_step, changed = true;
      if (!fits("panel-flap") && s.qa > 0) {
        std::size_t last_long = s.qa;
        for (std::size_t i = s.qa; i-- > 0;)
          if (!s.qa_short[i] && c.qa[i].first != c.qa[i].answer) {
            last_long = i;
            break;
          }
        if (s.qa > 3 || last_long == s.qa) --s.qa;
        else s.qa_short[last_long] = true;
        changed = true;
      }
      return changed;
    };

    std::size_t start = 0;
    for (int k = 0; k < 3; ++k) {
      const std::string id = "panel-" + std::to_string(k + 1);
      auto set_cut = [&](std::size_t n) {
        for (int j = k; j < 3; ++j) s.cut[j] = start + n;
      };
      std::size_t n = c.points.size() - start;
      set_cut(n);
      measure();
      shrink_sides();
      if (fits(id)) break;  // all the rest fit here
      // first guess from the heights, then one point at a time
      const auto& f = fit[id];
      std::size_t g = f.content_height > 0 ? static_cast<std::size_t>(n * f.height / f.content_height) : 0;
      g = std::min(g, n - 1);
      set_cut(g);
      measure();
      shrink_sides();
      if (fits(id)) {
        while (g + 1 < n) {
          set_cut(g + 1);
          measure();
          shrink_sides();
          if (!fits(id)) {
            set_cut(g);
            break;
          }
          ++g;
        }
      } else {
        while (g > 0 && !fits(id)) {
          set_cut(--g);
          measure();
          shrink_sides();
        }
      }
      if (g == 0 && n > 0) {
        // the next point alone is too long for an empty panel: its first
        // sentence, else it is left out (dropped below with the others)
        s.point_short[start] = true;
        set_cut(1);
        measure();
        shrink_sides();
        if (fits(id)) g = 1;
        else set_cut(0);
      }
      start += g;
      set_cut(0);
    }
    spread(c, s, measure, fits, fit);
    for (int guard = 0; guard < 64; ++guard) {  // the side panels, if still too full
      measure();
      if (!shrink_sides()) break;
    }
    out.fo = fo_of(true);

    std::string dropped;
    for (std::size_t i = s.cut[2]; i < c.points.size(); ++i)
      dropped += (dropped.empty() ? "" : "; ") + c.points[i].path + " (" + c.points[i].heading + ")";
    if (!dropped.empty())
      out.warnings.push_back(warning(doc, "leaflet.dropped", std::to_string(c.points.size() - s.cut[2]) +
                                                                " key provisions do not fit the inside panels and are left out: " + dropped));
    std::string cut, left;
    for (std::size_t i = 0; i < c.points.size(); ++i)
      if (s.point_short[i] && i < s.cut[2]) cut += (cut.empty() ? "" : "; ") + c.points[i].path;
    for (std::size_t i = 0; i < s.qa; ++i)
      if (s.qa_short[i]) cut += (cut.empty() ? "" : "; ") + std::string("answer to \"") + c.qa[i].question + "\"";
    for (std::size_t i = s.qa; i < c.qa.size(); ++i) left += (left.empty() ? "" : "; ") + std::string("\"") + c.qa[i].question + "\"";
    if (!cut.empty())
      out.warnings.push_back(warning(doc, "leaflet.shortened", "shortened to their first sentence to fit: " + cut));
    if (!left.empty())
      out.warnings.push_back(warning(doc, "leaflet.dropped", "questions that do not fit the \"Hỏi – Đáp\" panel are left out: " + left));
    for (const char* id : {"panel-flap", "panel-back", "panel-cover", "panel-1", "panel-2", "panel-3"})
      if (!fits(id))
        out.warnings.push_back(warning(doc, "leaflet.overflow", std::string(id) + ": its text does not fit even shortened"));
  }
  out.points = booklet ? c.points.size() : s.cut[2];
  out.qa = s.qa;
  for (auto& w : template_warnings) out.warnings.push_back(std::move(w));
  return out;
}

}  // namespace vanban::leaflet
