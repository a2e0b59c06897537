// The plan's view model: header (Decree 30 two-column block), summary line,
// sections I–IV, task table, signature and recipients, as Mustache data.
// Wording that is not the document's own (the section titles, the closing
// paragraph) lives in the templates, not here.
#include "view.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::plan {

using kainjow::mustache::data;

namespace {

data list() { return data(data::type::list); }

data text_item(const std::string& text, bool bold = false) {
  data d;
  d.set("text", text);
  d.set("bold", data(bold));  // always set: a template asking for it is not mistaken
  return d;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> w;
  std::istringstream in(s);
  for (std::string x; in >> x;) w.push_back(x);
  return w;
}

std::string join(const std::vector<std::string>& v, std::size_t from, std::size_t to, const char* sep = " ") {
  std::string out;
  for (std::size_t i = from; i < to && i < v.size(); ++i) out += (i > from ? sep : "") + v[i];
  return out;
}

// A body's name cut where its administrative unit starts:
// "Ủy ban nhân dân huyện An Phú" → {"Ủy ban nhân dân", "huyện An Phú", "An Phú"}.
struct BodyName {
  std::string name, unit, place;
  const BodyRule* rule = nullptr;
};

BodyName split_body(const std::string& full) {
  const PlanData& d = plan_data();
  BodyName b{full, "", "", nullptr};
  std::string f = fold_key(full);
  for (const BodyRule& r : d.bodies)
    if (starts_with_words(f, fold_key(r.prefix))) {
      b.rule = &r;
      break;
    }
  std::vector<std::string> w = words_of(full);
  std::size_t skip = b.rule ? words_of(b.rule->prefix).size() : 1;
  for (std::size_t i = std::max<std::size_t>(skip, 1); i < w.size(); ++i) {
    std::string rest = fold_key(join(w, i, w.size()));
    for (const std::string& lv : d.levels)
      if (starts_with_words(rest, lv) && rest.size() > lv.size()) {
        std::size_t n = words_of(lv).size();
        b.name = join(w, 0, i);
        b.unit = join(w, i, w.size());
        b.place = join(w, i + n, w.size());
        return b;
      }
  }
  return b;
}

// Symbol of a body for "…/KH-UBND": the registry's abbreviation, else the
// initials of its name ("Sở Tài chính" → "STC", "Sở Giáo dục và Đào tạo" → "SGDĐT").
std::string body_abbr(const BodyName& b) {
  if (b.rule && !b.rule->abbr.empty()) return b.rule->abbr;
  std::string out;
  for (const std::string& w : words_of(b.name)) {
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (fold_key(w) == "và" || (first < 0x80 && !std::isalnum(first))) continue;  // "-", "&", ","
    std::string u = upper_vi(w);
    std::size_t n = 1;
    unsigned char c = static_cast<unsigned char>(u[0]);
    if (c >= 0xC0) n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    out += u.substr(0, n);
  }
  return out;
}

std::string mm(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0fmm", v);
  return buf;
}

// Rough width of upper-case bold text in mm (Times 13 pt capitals ≈ 0.68 em),
// for rules "1/3 to 1/2 of the text above" (Decree 30 App. I §II.2, §II.5).
double caps_width_mm(const std::string& s, double pt) {
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return static_cast<double>(chars) * pt * 0.68 * 25.4 / 72.0;
}

std::string label_of(const Provision& p) {
  switch (p.kind) {
    case ProvisionKind::point: return p.num + ")";
    case ProvisionKind::item: return "-";
    case ProvisionKind::article: return "Điều " + p.num + ".";
    default: return p.num.empty() ? "" : p.num + ".";
  }
}

bool heading_like(const Provision& p) {
  std::string t = trim(p.text);
  if (t.empty()) return true;
  int words = static_cast<int>(words_of(t).size());
  return !p.children.empty() && words <= 12 && t.back() != '.' && t.back() != ';';
}

// Paragraphs of a part copied from the document (purpose, funding): its
// children with their labels; heading-like ones bold.
void copy_part(const Provision& p, data& out, bool self) {
  if (self) {
    std::string t = p.heading ? trim(*p.heading) : trim(p.text);
    if (!t.empty()) {
      std::string l = label_of(p);
      bool h = heading_like(p) || p.heading;
      out.push_back(text_item((l.empty() ? "" : l + " ") + (h ? bare(t) : as_sentence(t)), h));
    }
  }
  for (const Provision& c : p.children) copy_part(c, out, true);
}

// Provisions (outside the tasks) whose heading or words start with one of
// `keys`: the purpose part (mục đích, yêu cầu) or the funding part (kinh phí).
void find_parts(const std::vector<Provision>& ps, const std::vector<std::string>& keys, bool need_heading,
                std::vector<const Provision*>& found) {
  for (const Provision& p : ps) {
    std::string h = p.heading ? fold_prefix(*p.heading) : "";
    std::string t = fold_prefix(trim(p.text));
    bool hit = (!h.empty() && starts_with_any(h, keys)) || (starts_with_any(t, keys) && (!need_heading || heading_like(p)));
    if (hit) found.push_back(&p);
    else find_parts(p.children, keys, need_heading, found);
  }
}

// A word without the punctuation around it.
std::string strip_punct(const std::string& w) {
  std::size_t b = 0, e = w.size();
  auto punct = [](char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"'; };
  while (b < e && punct(w[b])) ++b;
  while (e > b && punct(w[e - 1])) --e;
  return w.substr(b, e - b);
}

// Key of a word for matching: folded, without the punctuation around it.
std::string word_key(const std::string& w) { return fold_key(strip_punct(w)); }

bool capitalised(const std::string& w) { return !w.empty() && upper_first(w) == w && lower_first(w) != w; }

// An upper-case summary ("BAN HÀNH KẾ HOẠCH … ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP")
// lowered loses its proper names. The document's body gives them back: a
// title word that the body writes with a capital inside a sentence, next to
// the same neighbour as in the title, gets its capital again.
std::string recase_from_body(const std::string& lowered, const Document& doc) {
  // the names of a title are given early: the first 20000 words suffice
  std::vector<std::string> words, keys;
  for_each_provision(doc.provisions, [&](const Provision& p) {
    if (words.size() >= 20000) return;
    // one fold per provision, not per word (folding keeps the spaces)
    std::vector<std::string> w = words_of(p.text), k = words_of(fold_key(p.text));
    for (std::size_t i = 0; i < w.size(); ++i)
      words.push_back(w[i]), keys.push_back(w.size() == k.size() ? strip_punct(k[i]) : word_key(w[i]));
  });
  std::multimap<std::string, std::size_t> at;
  for (std::size_t j = 0; j < keys.size(); ++j) at.emplace(keys[j], j);
  std::vector<std::string> t = words_of(lowered);
  for (std::size_t i = 1; i < t.size(); ++i) {
    // occurrences with the same neighbours on both sides (one at the end)
    // vote: written with a capital, or not
    auto [lo, hi] = at.equal_range(word_key(t[i]));
    int cap = 0, low = 0;
    for (auto it = lo; it != hi; ++it) {
      std::size_t j = it->second;
      if (j == 0 || words[j - 1].back() == '.' || keys[j - 1] != word_key(t[i - 1])) continue;
      if (i + 1 < t.size() && (j + 1 >= keys.size() || keys[j + 1] != word_key(t[i + 1]))) continue;
      if (upper_vi(words[j]) == words[j]) continue;  // upper case says nothing
      (capitalised(words[j]) ? cap : low) += 1;
    }
    if (cap > low) t[i] = upper_first(t[i]);
  }
  return join(t, 0, t.size());
}

std::string title_words(const std::string& title, const Document& doc) {
  // an upper-case summary is lowered whole (its names recased from the
  // body); otherwise only its first letter ("Về các biện pháp …" → "về …")
  return upper_vi(title) == title ? recase_from_body(lower_vi(title), doc) : lower_first(title);
}

}  // namespace

std::string table_text(const std::string& text) {
  std::vector<std::string> w = words_of(bare(text));
  std::size_t cut = w.size();
  if (w.size() > 45) {
    cut = 0;
    for (std::size_t k = 7; k < 45 && !cut; ++k)
      if (w[k].back() == '.') cut = k + 1;
  }
  std::string shown = cut ? join(w, 0, cut) : join(w, 0, 40) + " …";
  if (cut && cut < w.size()) shown.pop_back();  // the sentence's full stop
  return shown;
}

void official_frame(data& v, const std::string& body, const Meta& m, const PlanOptions& opts,
                    const std::string& type_word) {
  BodyName bn = split_body(body);
  bool same_as_issuer = m.issuer && fold_key(*m.issuer) == fold_key(body);
  // ---------------------------------------------------------------- header
  data parents = list(), lines = list();
  std::optional<std::string> parent = opts.issuer_parent;
  if (!parent && same_as_issuer) parent = m.issuer_parent;
  bool local_collective = bn.rule && bn.rule->collective && !bn.unit.empty();
  if (parent && !trim(*parent).empty()) {
    // "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG": the unit is said above
    parents.push_back(text_item(upper_vi(trim(*parent))));
    lines.push_back(text_item(upper_vi(!bn.unit.empty() && !(bn.rule && bn.rule->collective) ? bn.name : body)));
  } else if (local_collective) {
    // "ỦY BAN NHÂN DÂN" / "HUYỆN AN PHÚ": one name on two lines, both bold
    lines.push_back(text_item(upper_vi(bn.name)));
    lines.push_back(text_item(upper_vi(bn.unit)));
  } else if (!bn.unit.empty()) {
    // a department: its People's Committee above it (Decree 30 allows "UBND")
    parents.push_back(text_item("UBND " + upper_vi(bn.unit)));
    lines.push_back(text_item(upper_vi(bn.name)));
  } else if (!body.empty()) {
    lines.push_back(text_item(upper_vi(body)));
  }
  // the rule under the issuer: 1/3 to 1/2 of its longest line
  double widest = 0;
  for (const std::string& s : local_collective ? std::vector<std::string>{bn.name, bn.unit}
                              : parent || bn.unit.empty() ? std::vector<std::string>{body}
                                                          : std::vector<std::string>{bn.name})
    widest = std::max(widest, std::min(caps_width_mm(s, 13), 60.0));
  v.set("parent_lines", parents);
  v.set("issuer_lines", lines);
  v.set("issuer_rule", mm(std::clamp(widest * 0.4, 15.0, 40.0)));

  const PlanData& d = plan_data();
  std::string kh = "KH";
  if (auto it = d.type_abbr.find(fold_key(type_word)); it != d.type_abbr.end()) kh = it->second;
  std::string symbol = kh + "-" + body_abbr(bn);
  std::string number = opts.number ? trim(*opts.number) : "";
  if (number.find('/') == std::string::npos) number = (number.empty() ? "…" : number) + "/" + symbol;
  v.set("number", number);

  std::string place = opts.place ? trim(*opts.place)
                      : !bn.place.empty() ? bn.place
                      : m.place ? *m.place : "";
  std::string date = opts.date ? official_date(*opts.date) : "ngày … tháng … năm …";
  v.set("place_date", (place.empty() ? "……" : place) + ", " + date);
  v.set("doc_type", upper_vi(type_word));

  // ---------------------------------------------------------------- signature
  data sig = list();
  const BodyRule* rule = bn.rule;
  std::string head = rule ? rule->head : "";
  std::string position = opts.signer_position ? trim(*opts.signer_position) : head;
  std::string authority = opts.signer_authority ? trim(*opts.signer_authority) : "";
  bool tm_given = fold_key(authority).rfind("tm.", 0) == 0;
  if (rule && rule->collective && !tm_given) sig.push_back(text_item("TM. " + upper_vi(bn.name)));
  if (!authority.empty()) sig.push_back(text_item(upper_vi(authority)));
  else if (!head.empty() && !position.empty() && fold_key(position) != fold_key(head) &&
           fold_key(position).rfind("phó ", 0) == 0)
    sig.push_back(text_item("KT. " + upper_vi(head)));  // a deputy signs for the head
  if (!position.empty()) sig.push_back(text_item(upper_vi(position)));
  v.set("authority_lines", sig);
  v.set("signer_name", opts.signer_name ? trim(*opts.signer_name) : "");

}

data plan_view(const Document& doc, const PlanOptions& opts) {
  const Meta& m = doc.meta;
  data v;
  std::string body = opts.issuer ? trim(*opts.issuer) : implementing_body(doc);
  BodyName bn = split_body(body);
  if (!opts.issuer && bn.unit.empty() && bn.rule && bn.rule->collective && m.issuer) {
    // "Giao Ủy ban nhân dân tổ chức thực hiện" in a provincial resolution:
    // the People's Committee of the issuer's unit
    BodyName in = split_body(*m.issuer);
    if (!in.unit.empty() && fold_key(bn.name) == fold_key(body)) {
      body += " " + in.unit;
      bn = split_body(body);
    }
  }
  bool same_as_issuer = m.issuer && fold_key(*m.issuer) == fold_key(body);
  official_frame(v, body, m, opts, "Kế hoạch");
  const PlanData& d = plan_data();

  // ---------------------------------------------------------------- summary
  std::string type = m.doc_type ? *m.doc_type : "văn bản";
  std::string source = type;
  if (m.number) source += " số " + (m.number->rfind('/', 0) == 0 ? "…" + *m.number : *m.number);  // "…/KH-UBND": unissued
  if (m.date) {
    try {
      source += " " + official_date(*m.date);
    } catch (const std::invalid_argument&) {
    }
  }
  if (m.issuer) source += " của " + *m.issuer;
  std::string title = m.title ? title_words(trim(*m.title), doc) : "";
  std::string summary = "Triển khai thực hiện " + source + (title.empty() ? "" : " " + title);
  v.set("summary", summary);
  v.set("summary_rule", mm(std::clamp(caps_width_mm(summary, 14) * 0.55 * 0.4, 25.0, 50.0)));
  v.set("source", source);
  v.set("source_type", type);
  v.set("body", body);
  v.set("intro", "Thực hiện " + source + (title.empty() ? "" : " " + title) + ", " + (body.empty() ? "…" : body) +
                     " ban hành Kế hoạch triển khai thực hiện như sau:");

  // ---------------------------------------------------------------- I. purpose
  std::vector<const Provision*> purpose;
  find_parts(doc.provisions, d.purpose, true, purpose);
  data pur = list();
  for (const Provision* p : purpose) {
    std::string h = fold_key(p->heading ? *p->heading : p->text);
    // the combined "Mục đích, yêu cầu" part gives its children; "Mục đích" alone is a sub-heading
    bool combined = h.find("yêu cầu") != std::string::npos && h.find("mục đích") != std::string::npos;
    copy_part(*p, pur, !combined);
  }
  v.set("purpose", pur);

  // ---------------------------------------------------------------- II. tasks
  std::vector<Task> tasks = extract_tasks(doc);
  data groups = list();
  {
    std::vector<std::string> order;
    std::map<std::string, data> by;
    for (const Task& t : tasks) {
      if (!by.count(t.group)) order.push_back(t.group), by[t.group] = list();
      data td;
      td.set("text", t.text);
      data det = list();
      for (auto& x : t.details) det.push_back(text_item(x));
      td.set("details", det);
      by[t.group].push_back(td);
    }
    // tasks outside any titled group come first, without a heading; the
    // titled groups are numbered 1., 2., …
    std::stable_partition(order.begin(), order.end(), [](const std::string& g) { return g.empty(); });
    int n = 0;
    for (const std::string& g : order) {
      data gd, heading = list();
      if (!g.empty()) {
        data h;
        h.set("num", std::to_string(++n));
        // a heading printed in capitals ("NHIỆM VỤ, GIẢI PHÁP") reads as a sub-heading here
        h.set("title", upper_vi(g) == g ? upper_first(lower_vi(g)) : upper_first(g));
        heading.push_back(h);
      }
      gd.set("heading", heading);
      gd.set("tasks", by[g]);
      groups.push_back(gd);
    }
    v.set("table_num", std::to_string(n + 1));
  }
  v.set("groups", groups);

  data rows = list();
  std::vector<std::string> agency_order;
  std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> by_agency;
  int stt = 0;
  for (const Task& t : tasks) {
    if (t.leads.empty() && t.coordinates.empty()) continue;
    ++stt;
    data r;
    r.set("stt", std::to_string(stt));
    r.set("text", table_text(t.text));  // section II has it whole
    std::string leads, coords;
    for (auto& a : t.leads) leads += (leads.empty() ? "" : "; ") + a;
    for (auto& a : t.coordinates) coords += (coords.empty() ? "" : "; ") + a;
    r.set("lead", leads);
    r.set("coordinate", coords);
    r.set("time", t.time);
    rows.push_back(r);
    for (auto& a : t.leads) {
      if (!by_agency.count(a)) agency_order.push_back(a);
      by_agency[a].first.push_back(std::to_string(stt));
    }
  }
  {
    int k = 0;
    for (const Task& t : tasks) {
      if (t.leads.empty() && t.coordinates.empty()) continue;
      ++k;
      for (auto& a : t.coordinates) {
        if (!by_agency.count(a)) agency_order.push_back(a);
        by_agency[a].second.push_back(std::to_string(k));
      }
    }
  }
  v.set("rows", rows);
  data has_rows = list();  // a list of one for a section shown once when there are rows
  if (!rows.is_empty_list()) has_rows.push_back(data());
  v.set("has_rows", has_rows);

  // ---------------------------------------------------------------- III. funding
  std::vector<const Provision*> funding;
  find_parts(doc.provisions, d.funding, false, funding);
  data fund = list();
  for (const Provision* p : funding) {
    if (!trim(p->text).empty() && !heading_like(*p)) fund.push_back(text_item(as_sentence(p->text)));
    copy_part(*p, fund, false);
  }
  int section = 2;
  data fsec = list();
  if (!fund.is_empty_list()) {
    data f;
    f.set("num", roman(++section));
    f.set("paragraphs", fund);
    fsec.push_back(f);
  }
  v.set("funding", fsec);

  // ---------------------------------------------------------------- IV. organisation
  v.set("org_num", roman(++section));
  data ags = list();
  int n = 0;
  for (const std::string& a : agency_order) {
    auto& [lead, coord] = by_agency[a];
    data ad;
    ad.set("num", std::to_string(++n));
    ad.set("name", a);
    auto joined = [](const std::vector<std::string>& v) {
      std::string s;
      for (auto& x : v) s += (s.empty() ? "" : ", ") + x;
      return s;
    };
    data ld = list(), cd = list();
    if (!lead.empty()) ld.push_back(text_item(joined(lead)));
    if (!coord.empty()) cd.push_back(text_item(joined(coord)));
    ad.set("lead_tasks", ld);
    ad.set("coordinate_tasks", cd);
    data both = list();
    if (!lead.empty() && !coord.empty()) both.push_back(data());
    ad.set("both", both);
    ags.push_back(ad);
  }
  v.set("agencies", ags);
  // bodies that supervise (giám sát), named in one sentence; "Các Ban …"
  // is written "các Ban …" inside it
  std::vector<std::string> supervisors;
  std::string sup_text;
  for (const Assignment& a : doc.assignments)
    if (a.role == Role::supervise && fold_key(a.agency) != fold_key(body) &&
        std::find(supervisors.begin(), supervisors.end(), a.agency) == supervisors.end()) {
      supervisors.push_back(a.agency);
      std::string n = fold_key(a.agency).rfind("các ", 0) == 0 ? lower_first(a.agency) : a.agency;
      sup_text += (sup_text.empty() ? "" : ", ") + n;
    }
  data sup = list();
  if (!sup_text.empty()) sup.push_back(text_item(sup_text));
  v.set("supervisors", sup);

  // ---------------------------------------------------------------- recipients
  // bodies, not office-holders: "Chủ tịch Ủy ban nhân dân huyện X" is sent
  // to "Ủy ban nhân dân huyện X"
  std::vector<std::string> rec;
  auto key = [](const std::string& a) {  // "X (b/c)" and "X" are one recipient
    std::string k = fold_key(a);
    return k.size() > 6 && k.compare(k.size() - 6, 6, " (b/c)") == 0 ? k.substr(0, k.size() - 6) : k;
  };
  auto add = [&](std::string a) {
    a = strip_office(a);
    if (a.empty() || key(a) == key(body)) return;
    for (auto& r : rec)
      if (key(r) == key(a)) return;
    rec.push_back(a);
  };
  if (m.issuer && !same_as_issuer) add(*m.issuer + " (b/c)");
  for (auto& a : agency_order) add(a);
  for (const Assignment& a : doc.assignments)
    if (a.scope == Scope::document) add(a.agency);
  for (auto& s : supervisors) add(s);
  data recs = list();
  for (auto& r : rec) recs.push_back(text_item("- " + upper_first(r) + ";"));
  recs.push_back(text_item("- Lưu: VT."));
  v.set("recipients", recs);
  return v;
}

}  // namespace vanban::plan
