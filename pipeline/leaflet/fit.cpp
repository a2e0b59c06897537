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
struct State {
  std::size_t cut[3] = {0, 0, 0};  // panel k shows points [cut[k-1], cut[k])
  std::vector<bool> point_short;   // first sentence only
  std::size_t qa = 0;              // questions shown
  std::vector<bool> qa_short;
  int title_step = 0;
};

data point_list(const Content& c, const State& s, std::size_t from, std::size_t to) {
  data l = list();
  for (std::size_t i = from; i < to && i < c.points.size(); ++i) {
    data d;
    d.set("heading", c.points[i].heading);
    d.set("text", s.point_short[i] ? c.points[i].first : c.points[i].text);
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
  v.set("signer", one("text", c.signer));
  if (booklet) {
    v.set("points", point_list(c, s, 0, c.points.size()));
  } else {
    v.set("points_1", point_list(c, s, 0, s.cut[0]));
    v.set("points_2", point_list(c, s, s.cut[0], s.cut[1]));
    v.set("points_3", point_list(c, s, s.cut[1], s.cut[2]));
  }
  data qa = list();
  for (std::size_t i = 0; i < s.qa && i < c.qa.size(); ++i) {
    data d;
    d.set("question", c.qa[i].question);
    d.set("answer", s.qa_short[i] ? c.qa[i].first : c.qa[i].answer);
    qa.push_back(d);
  }
  v.set("qa", qa);
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
