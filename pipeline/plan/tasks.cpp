// Which provisions ask for action (nhiệm vụ), who leads them, by when; which
// body implements the document. Everything comes from the document's own
// words and the link stage's assignments; the words that decide (action
// verbs, "Đơn vị chủ trì:" labels, purpose and funding headings) are data
// (data/plan.tsv).
#include <algorithm>
#include <set>

#include "internal.h"
#include "view.h"
#include "vanban/fold.h"
#include "vanban/link.h"

namespace vanban::plan {

namespace {

int word_count(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// "Trước ngày 30/6/2025", "Hằng năm", or the words printed.
std::string time_of(const Assignment& a) {
  if (a.recurrence)
    if (const char* w = recurrence_words(*a.recurrence)) return w;
  if (a.time_words) return upper_first(trim(*a.time_words));
  if (a.deadline) {
    try {
      return "Trước ngày " + short_date(*a.deadline);
    } catch (const std::invalid_argument&) {
    }
  }
  return {};
}

struct Walker {
  const Document& doc;
  const PlanData& data = plan_data();
  std::set<std::string> document_eids;  // implementation articles ("Giao … tổ chức thực hiện Nghị quyết này")
  std::vector<Task> tasks;

  struct Inherit {
    std::vector<std::string> leads, coordinates;
    std::string time;
    std::string group;
  };

  // "Đơn vị chủ trì: Vụ …" → field "lead", value "Vụ …"
  std::pair<std::string, std::string> attr_of(const Provision& p) const {
    std::string f = fold_prefix(p.text);
    for (auto& [label, field] : data.attrs)
      if (f.compare(0, label.size(), label) == 0 && f.size() > label.size() && f[label.size()] == ':') {
        std::size_t colon = p.text.find(':');
        return {field, trim(std::string_view(p.text).substr(colon + 1))};
      }
    return {};
  }

  // The issuer of a resolution speaks in it ("Hội đồng nhân dân tỉnh thống
  // nhất đánh giá …") but does not carry it out: unless it implements the
  // document itself, it leads no task of the plan.
  std::string issuer_key;

  void own_assignments(const std::string& eid, std::vector<std::string>& leads, std::vector<std::string>& coords,
                       std::string& time) const {
    for (const Assignment& a : doc.assignments) {
      if (a.eid != eid || a.scope != Scope::provision) continue;
      if (!issuer_key.empty() && fold_key(a.agency) == issuer_key) continue;
      if (a.role == Role::lead) add_unique(leads, a.agency);
      else if (a.role == Role::coordinate) add_unique(coords, a.agency);
      if (time.empty()) time = time_of(a);
    }
  }

  static void flatten(const Provision& p, std::vector<std::string>& out) {
    for (const Provision& c : p.children) {
      if (!trim(c.text).empty()) out.push_back(trim(c.text));
      flatten(c, out);
    }
  }

  bool is_heading_like(const Provision& p) const {
    std::string t = trim(p.text);
    if (t.empty()) return true;
    char last = t.back();
    return !p.children.empty() && word_count(t) <= 20 && last != '.' && last != ';';
  }

  void walk(const std::vector<Provision>& ps, const Inherit& in) {
    for (const Provision& p : ps) visit(p, in);
  }

  void visit(const Provision& p, const Inherit& in) {
    if (document_eids.count(p.eid)) return;  // section IV, not a task
    std::string head = fold_prefix(p.heading ? *p.heading : p.text);
    std::string text = trim(p.text);
    std::string ftext = fold_prefix(text);
    // purpose and funding parts go to sections I and III
    if ((p.heading && starts_with_any(head, data.purpose)) || (starts_with_any(ftext, data.purpose) && is_heading_like(p)))
      return;
    if (starts_with_any(head, data.funding) || starts_with_any(ftext, data.funding)) return;
    // an act may be said anywhere in the words; every act phrase has one of
    // these pieces (in any case of its first letter), so most provisions
    // need no folding here
    if (text.find("này") != std::string::npos || text.find("iệu lực") != std::string::npos ||
        text.find("bỏ") != std::string::npos || text.find("hay thế") != std::string::npos) {
      std::string whole = fold_key(text);
      for (const std::string& act : data.acts)
        if (whole.find(act) != std::string::npos) return;
    }

    Inherit here = in;
    std::vector<std::string> leads, coords;
    std::string time;
    own_assignments(p.eid, leads, coords, time);
    std::vector<const Provision*> rest;  // children that are not labels of this task
    bool has_attr = false;
    for (const Provision& c : p.children) {
      auto [field, value] = attr_of(c);
      if (field.empty()) {
        rest.push_back(&c);
        continue;
      }
      has_attr = true;
      std::string dummy;
      if (field == "info") continue;
      if (field == "lead") own_assignments(c.eid, leads, coords, dummy);
      else if (field == "coordinate") own_assignments(c.eid, coords, coords, dummy);
      else if (field == "time") time = upper_first(bare(value));
      if (field != "time" && !value.empty()) {
        // the label names bodies the linker did not resolve: keep the words
        std::vector<std::string>& v = field == "lead" ? leads : coords;
        if (v.empty()) v.push_back(bare(value));
      }
    }

    bool intro = !text.empty() && text.back() == ':';
    // an intro ("… như sau:") or a heading over items groups them; labels
    // under it ("Cơ quan chủ trì: …", "Thời gian thực hiện: …") hold for all
    bool groupish = (intro || (is_heading_like(p) && !has_attr)) && !rest.empty();
    if (groupish) {
      if (!leads.empty()) here.leads = leads, here.coordinates = coords;
      if (!time.empty()) here.time = time;
      // a clause's or section's words title its group; an article's only when it is a heading
      if (p.kind != ProvisionKind::article || p.heading) {
        std::string title = p.heading ? trim(*p.heading) : text;
        while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
        for (const char* tail : {", gồm", " như sau", " gồm"})
          if (title.size() > std::string(tail).size() &&
              title.compare(title.size() - std::string(tail).size(), std::string::npos, tail) == 0)
            title.resize(title.size() - std::string(tail).size());
        if (!title.empty()) here.group = title;
      }
      for (const Provision* c : rest) visit(*c, here);
      return;
    }
    bool action = has_attr || !leads.empty() || starts_with_any(ftext, data.verbs);
    if (!action || text.empty()) {
      walk(p.children, here);
      return;
    }
    Task t;
    t.eid = p.eid;
    t.text = as_sentence(text);
    for (const Provision* c : rest) {
      if (!trim(c->text).empty()) t.details.push_back(as_sentence(c->text));
      std::vector<std::string> deeper;
      flatten(*c, deeper);
      for (auto& d : deeper) t.details.push_back(as_sentence(d));
    }
    if (leads.empty()) leads = in.leads, coords = coords.empty() ? in.coordinates : coords;
    t.leads = leads;
    for (auto& c : coords)
      if (std::find(leads.begin(), leads.end(), c) == leads.end()) t.coordinates.push_back(c);
    t.time = time.empty() ? in.time : time;
    t.group = in.group;
    tasks.push_back(std::move(t));
  }
};

bool is_collective(const std::string& folded) {
  return folded.rfind("các ", 0) == 0 || folded.find(" các ") != std::string::npos ||
         folded.find("những ") != std::string::npos;
}

}  // namespace

std::set<std::string> document_scope_eids(const Document& doc) {
  std::set<std::string> s;
  for (const Assignment& a : doc.assignments)
    if (a.scope == Scope::document) s.insert(a.eid);
  return s;
}

std::vector<Task> extract_tasks(const Document& doc) {
  Walker w{doc, plan_data(), document_scope_eids(doc), {}, {}};
  if (doc.meta.issuer && fold_key(*doc.meta.issuer) != fold_key(implementing_body(doc)))
    w.issuer_key = fold_key(*doc.meta.issuer);
  w.walk(doc.provisions, {});
  return std::move(w.tasks);
}

std::string strip_office(std::string a) {
  static const std::vector<std::string> offices = [] {
    std::vector<std::string> v;
    for (const AgencyEntry& e : AgencyRegistry::builtin().entries())
      if (e.kind == AgencyKind::office) v.push_back(e.words);
    std::stable_sort(v.begin(), v.end(), [](auto& x, auto& y) { return x.size() > y.size(); });
    return v;
  }();
  for (bool again = true; again;) {
    again = false;
    std::string f = fold_key(a);
    for (const std::string& o : offices) {
      std::string fo = fold_key(o);
      if (!starts_with_words(f, fo) || f.size() == fo.size()) continue;
      bool chanh = fo.rfind("chánh ", 0) == 0;  // Chánh Văn phòng → Văn phòng
      a = trim(a.substr(chanh ? std::string("Chánh ").size() : o.size()));
      if (!a.empty() && a[0] == ',') a = trim(a.substr(1)), again = true;
      break;
    }
  }
  return upper_first(a);
}

std::string implementing_body(const Document& doc) {
  // office-holders ("Chánh Văn phòng …", "Giám đốc Sở …") carry a decision
  // out but do not issue the plan; collectives are not one body; a standing
  // committee or a delegation supervises
  std::vector<std::string> offices;
  for (const AgencyEntry& e : AgencyRegistry::builtin().entries())
    if (e.kind == AgencyKind::office) offices.push_back(fold_key(e.words));
  for (const Assignment& a : doc.assignments) {
    if (a.scope != Scope::document || a.role != Role::lead) continue;
    std::string f = fold_key(a.agency);
    if (is_collective(f) || starts_with_any(f, offices)) continue;
    if (f.rfind("thường trực", 0) == 0 || f.rfind("tổ đại biểu", 0) == 0 || f.rfind("đại biểu", 0) == 0) continue;
    return a.agency;
  }
  // No body named: the issuer, as a body (not "Chủ tịch Ủy ban nhân dân …");
  // a People's Council's resolution is carried out by the People's Committee
  // of its unit (Luật Tổ chức chính quyền địa phương)
  std::string issuer = strip_office(doc.meta.issuer.value_or(""));
  static const std::string council = fold_key("Hội đồng nhân dân");
  if (starts_with_words(fold_key(issuer), council) && fold_key(issuer).size() > council.size())
    issuer = "Ủy ban nhân dân" + issuer.substr(std::string("Hội đồng nhân dân").size());
  return issuer;
}

}  // namespace vanban::plan
