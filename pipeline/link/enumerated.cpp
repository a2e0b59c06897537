// Bodies a clause lists as its items before the duties they share: "2. … Giao các sở quản lý nhà nước
// chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm: - Sở Công Thương (đối với tài sản …); - Sở Xây dựng
// (…); … Có trách nhiệm: a) Chủ trì … b) Hướng dẫn, đôn đốc …" (CV 7103/UBND-TH Lào Cai). Each listed
// body carries the clause's duties, so its entries are the clause's (the guide: one entry on the
// provision that names the body, not one per child), with supervise when a duty oversees; the
// collective the list spells out ("các sở …") gives none of its own.
#include <algorithm>

#include "agents.h"
#include "clauses.h"
#include "linker.h"
#include "role_words.h"
#include "subjects.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

// An item that is only names, each with what it answers for in brackets: "Sở Công Thương (đối với tài sản
// kết cấu hạ tầng cụm công nghiệp …);", "Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (…)."
bool Linker::names_only_item(const Provision& item) {
  const TextWords w(item.text, folds_, repair_.get());
  const std::vector<Tok>& t = w.t;
  const Finder f(reg_, t, &locals_, own_units_);
  std::vector<Mention> ms = f.find();
  extend_subjects(f, t, ms);
  if (ms.empty() || ms.front().b != 0) return false;
  std::size_t at = 0;
  for (const Mention& mn : ms) {
    if (mn.b < at) continue;
    if (at < t.size() && t[at].text == "(") break;  // (names inside the brackets are what it answers for)
    if (!only_list_marks(t, at, mn.b)) return false;
    at = mn.e;
  }
  if (at < t.size() && t[at].text == "(") {
    int depth = 0;
    for (; at < t.size(); ++at) {
      depth += t[at].text == "(" ? 1 : t[at].text == ")" ? -1 : 0;
      if (depth == 0) break;
    }
    if (at == t.size()) return false;
    ++at;
  }
  for (; at < t.size(); ++at)
    if (!(t[at].text == ";" || t[at].text == "." || t[at].text == ",")) return false;
  return true;
}

void Linker::lift_enumerated(const Provision& p, std::size_t first) {
  // the clause announces a list ("… gồm:") and its duties after it ("Có trách nhiệm:"), its items names
  // only (most clauses end otherwise or have no items: tested before the text is folded)
  if (p.text.empty() || p.text.back() != ':') return;
  std::vector<const Provision*> items;
  for (const Provision& c : p.children)
    if (c.kind == ProvisionKind::item) {
      if (!c.children.empty()) return;
      items.push_back(&c);
    }
  if (items.size() < 2 || !has_any(fold_key(p.text), {"gồm:", "gồm có:", "gồm :"})) return;
  for (const Provision* c : items)
    if (!names_only_item(*c)) return;
  // the items' entries become the clause's; the collective it named goes
  std::vector<Assignment>& as = doc_.assignments;
  std::vector<std::pair<std::string, std::string>> listed;
  for (std::size_t i = first; i < as.size(); ++i)
    for (const Provision* c : items)
      if (as[i].eid == c->eid && as[i].role == Role::lead) listed.emplace_back(as[i].agency, as[i].mention);
  if (listed.size() < items.size()) return;
  as.erase(std::remove_if(as.begin() + static_cast<std::ptrdiff_t>(first), as.end(),
                          [&](const Assignment& a) {
                            if (a.eid == p.eid) return fold_key(a.mention).rfind("các ", 0) == 0;
                            return std::any_of(items.begin(), items.end(),
                                               [&](const Provision* c) { return a.eid == c->eid; });
                          }),
           as.end());
  const bool sup = children_duty(p).sup;
  when_ = when_of(p.text);  // the clause's own time ("Có trách nhiệm hoàn thành trước ngày 30/6/2026:")
  for (const auto& [agency, mention] : listed) {
    add(p.eid, agency, mention, Role::lead, Scope::provision);
    if (sup) add(p.eid, agency, mention, Role::supervise, Scope::provision);
  }
}

void Linker::drop_spelled_out(const Provision& p, std::size_t first) {
  // "a) … các bộ quản lý chuyên ngành thực hiện việc quy định … cụ thể như sau:" over "- Tài sản kết cấu hạ
  // tầng cụm công nghiệp … - Bộ Công Thương.", "- … - Bộ Tài chính." (CV 8388/BTC-QLCS): items that each
  // name a member of the collective ("Bộ …" of "các bộ …") spell it out, an umbrella with no entry of its own
  std::vector<Assignment>& as = doc_.assignments;
  std::size_t items = 0;
  for (const Provision& c : p.children) items += c.kind == ProvisionKind::item;
  if (items < 2) return;
  auto kind_word = [](const std::string& mention) {
    constexpr std::string_view cac = "các ";
    const std::string k = fold_key(mention);
    if (k.rfind(cac, 0) != 0) return std::string();
    const std::size_t e = k.find(' ', cac.size());
    return k.substr(cac.size(), e == std::string::npos ? e : e - cac.size());
  };
  // the items' leads, folded once: (item eid, folded mention)
  std::vector<std::pair<const std::string*, std::string>> item_leads;
  for (std::size_t i = first; i < as.size(); ++i)
    if (as[i].role == Role::lead && as[i].eid != p.eid) item_leads.emplace_back(&as[i].eid, fold_key(as[i].mention));
  for (std::size_t i = first; i < as.size(); ++i) {
    if (as[i].eid != p.eid || as[i].role != Role::lead) continue;
    const std::string kind = kind_word(as[i].mention);
    if (kind.empty()) continue;
    std::size_t members = 0;
    for (const Provision& c : p.children) {
      if (c.kind != ProvisionKind::item) continue;
      members += std::any_of(item_leads.begin(), item_leads.end(), [&](const auto& lead) {
        return *lead.first == c.eid && lead.second.rfind(kind + " ", 0) == 0;
      });
    }
    if (members < items) continue;
    as.erase(std::remove_if(as.begin() + static_cast<std::ptrdiff_t>(first), as.end(),
                            [&](const Assignment& a) { return a.eid == p.eid && kind_word(a.mention) == kind; }),
             as.end());
    return;
  }
}

void Linker::role_label(const Provision& p, std::size_t first) {
  // "3. Đơn vị thu lệ phí" over "a) Sở Xây dựng." "b) Ban Quản lý Khu kinh tế Trà Vinh." (NQ 32/2017 Trà
  // Vinh), "a) Đơn vị thu lệ phí" over "- Văn phòng đăng ký đất đai … thu lệ phí …" (NQ 27/2017): the
  // clause is the role's label, no task of its own; each body its items name holds the role
  if (p.children.size() < 2 || p.text.empty() || p.text.size() > 80) return;
  std::string label = p.text;
  while (!label.empty() && (label.back() == ':' || label.back() == '.' || label.back() == ' ')) label.pop_back();
  const std::string key = fold_key(label);
  if (!starts_any(key, {"đơn vị", "cơ quan"})) return;
  std::vector<Assignment>& as = doc_.assignments;
  std::size_t own = as.size(), mine = 0;
  for (std::size_t i = first; i < as.size(); ++i)
    if (as[i].eid == p.eid) {
      own = i;
      ++mine;
    }
  if (mine != 1 || fold_key(as[own].mention) != key) return;
  // every item holds it: by a task of its own, or by its names alone
  std::vector<const Provision*> bare;
  for (const Provision& c : p.children) {
    const bool acts = std::any_of(as.begin() + static_cast<std::ptrdiff_t>(first), as.end(),
                                  [&](const Assignment& a) { return a.eid == c.eid && a.role == Role::lead; });
    if (acts) continue;
    if (!c.children.empty() || !names_only_item(c)) return;
    bare.push_back(&c);
  }
  const Assignment held = as[own];
  as.erase(as.begin() + static_cast<std::ptrdiff_t>(own));
  when_ = {held.deadline, held.recurrence, held.time_words};
  for (const Provision* c : bare)
    for (const auto& [agency, printed] : names_in(c->text)) add(c->eid, agency, printed, Role::lead, Scope::provision);
}

}  // namespace vanban::link_detail
