// What a provision's text is about, read before its groups: the bodies a
// heading or a lead-in names as its topic (topic_of: "Trách nhiệm của Sở Tư
// pháp:", "Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân các cấp
// có trách nhiệm sau đây:"), whether a text opens with a body, and what its
// children's duties say of the body over them (children_duty: oversight).
// Split from scan.cpp, which reads one text's groups in order.
#include <algorithm>
#include <string>
#include <vector>

#include "agents.h"
#include "clauses.h"
#include "linker.h"
#include "role_words.h"
#include "subjects.h"

namespace vanban::link_detail {

Linker::ChildDuty Linker::children_duty(const Provision& owner) {
  ChildDuty d;
  auto read = [&](const Provision& c, ChildDuty& sub) {
    ChildDuty& cd = child_keys_[&c];
    if (!cd.read) {
      cd.read = true;
      // (tokens' keys joined by spaces, as the clauses' are: "thanh tra , kiểm tra")
      const TextWords& cw = words_of(c.text);
      std::size_t n = 0;
      while (n < cw.t.size() && cw.t[n].end <= 400) ++n;
      const std::string_view ck = cw.keys.joined(0, n);
      cd.sup = oversees(ck);
      cd.coord = coordinates(ck);
    }
    sub.sup = sub.sup || cd.sup;
    sub.coord = sub.coord || cd.coord;
  };
  for (const Provision& c : owner.children) {
    ChildDuty sub;
    read(c, sub);
    for_each_provision(c.children, [&](const Provision& g) { read(g, sub); });
    if (!sub.sup && !sub.coord) continue;
    // (an item that opens with a body of its own is that body's: "a) Sở Công Thương kiểm tra, giám sát …";
    // asked only of an item that would give something, the finder's reading being dear)
    ChildDuty& cd = child_keys_[&c];
    if (cd.own_body < 0) cd.own_body = opens_with_body(words_of(c.text)) ? 1 : 0;
    if (cd.own_body) continue;
    d.sup = d.sup || sub.sup;
    d.coord = d.coord || sub.coord;
  }
  return d;
}

// An item opens with its own body: "Sở Công Thương chủ trì …", or after a fronted time or case
// ("Khi Ủy ban nhân dân cấp xã gửi hồ sơ …, các cơ quan được lấy ý kiến …"); not a partner or
// object inside its list ("Phối hợp với Sở Tài chính, Sở Xây dựng …").
bool Linker::opens_with_body(const TextWords& w) {
  const Finder f(reg_, w.t, &locals_, own_units_);
  std::vector<Mention> ms = f.find();
  duty_subjects(w.t, ms);  // (a described subject: "các cơ quan được lấy ý kiến có trách nhiệm …")
  extend_subjects(f, w.t, ms);
  if (ms.empty()) return false;
  if (ms.front().b == 0) return true;
  if (!starts_any(w.keys.joined(0, std::min<std::size_t>(w.t.size(), 3)), {"khi", "trường hợp", "sau khi", "đối với"}))
    return false;
  for (const Mention& m : ms)
    if (m.b > 0 && w.t[m.b - 1].text == ",") return true;
  return false;
}

Linker::Topic Linker::topic_of(const TextWords& words, const std::vector<Mention>& ms, bool heading,
                               const Provision* owner) {
  Topic tp;
  if (!owner || owner->children.empty()) return tp;
  const std::vector<Tok>& t = words.t;
  const KeyText& keys = words.keys;
  std::size_t k = ms.back().e;
  const std::string_view rest = keys.joined(k, t.size());
  bool joined = true;
  for (std::size_t a = 1; a < ms.size(); ++a)
    for (std::size_t q = ms[a - 1].e; q < ms[a].b; ++q) {
      const std::string_view x = t[q].word ? t[q].key : t[q].text;
      if (!(x == "," || x == "và" || x == ";" || x == "/")) joined = false;  // "A/B": either
    }
  const std::string_view lead_in = keys.joined(0, ms.front().b);
  bool names_only = heading ? joined : joined && (lead_in.empty() || lead_in == "-" || lead_in == "+" || duty_lead_in(lead_in) || within_remit(lead_in)) &&
               (rest.empty() || rest == ":" || rest == "." ||
                starts_any(rest, {"có trách nhiệm", "chịu trách nhiệm", "thực hiện", "chủ trì", ": chủ trì", "tham mưu",
                                  "có nhiệm vụ"}) ||
                // "Sở Kế hoạch và Đầu tư giúp … , có các nhiệm vụ và quyền hạn sau đây :"
                (ends_any(rest, {"sau đây :", "như sau :", "sau :"}) && has_any(rest, {"nhiệm vụ", "trách nhiệm"})));
  // "1. Giám đốc Sở, Phó Giám đốc Sở:" over "b) Giám đốc Sở là người đứng đầu …", "c) Phó
  // Giám đốc Sở do … bổ nhiệm …": a topic whose children each name their subject again
  // (half of them at least: one item of eight that opens with the body, "- Ban Quản lý Khu kinh tế chủ trì
  // triển khai …" under "7. Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp", KH 134/KH-UBND Lào
  // Cai, leaves the others the topic's duties)
  bool restated = false;
  if (names_only && !heading && (rest.empty() || rest == ":")) {
    std::size_t restating = 0;
    for (const Provision& c : owner->children) {
      const std::string head = fold_key(head_of(c.text, 80));
      bool again = false;
      for (const Mention& mn : ms) {
        // (each office of a list read as one name: "Trưởng ban, Phó Trưởng ban:" over "b) Trưởng ban Ban Quản lý …")
        std::string_view k = keys.joined(mn.b, mn.e);
        for (std::size_t p = 0; !again && p != std::string_view::npos; ) {
          const std::size_t c = k.find(" , ", p);
          again = starts_any(head, {k.substr(p, c == std::string_view::npos ? c : c - p)});
          p = c == std::string_view::npos ? c : c + 3;
        }
      }
      restating += again;
    }
    restated = restating > 0 && 2 * restating >= owner->children.size();
  }
  // "2. Trách nhiệm của các cơ quan, đơn vị:" over "a) Ủy ban nhân dân cấp xã có văn bản …", "b) Sở
  // Công Thương chủ trì …": a plural collective whose items each open with their own body is an
  // umbrella — it announces the list and is no one's duty itself (the guide's umbrella heading, in a
  // clause; "Trách nhiệm của các cơ quan chủ trì, cơ quan phối hợp:" too, its roles named)
  if (!heading && !restated && !t.empty() && (rest.empty() || t.back().text == ":") &&
      (names_only || (duty_lead_in(lead_in) && t.back().text == ":"))) {
    bool umbrella = true;
    for (const Mention& mn : ms) umbrella = umbrella && mn.collective && has_any(keys.joined(mn.b, mn.e), {"các"});
    for (const Provision& c : owner->children) {
      if (!umbrella) break;
      umbrella = opens_with_body(words_of(c.text));
    }
    restated = umbrella;
  }
  tp.restated = restated;
  // "1. Đối với Thanh tra tỉnh:" over "a) Được trích 30% trên tổng số tiền …", "b) Được trích thêm 20% …"
  // (NQ 49/2017 Hòa Bình): children that each open with a grant ("được", "có quyền") list what the body
  // may keep or do, not its duties — a beneficiary, no entry (the guide: grants of power are no
  // assignment); a task handed to it ("Được giao chủ trì …") is still one
  if (names_only && !restated && !heading && (rest.empty() || rest == ":")) {
    bool grants = true;
    for (const Provision& c : owner->children) {
      const std::string head = fold_key(head_of(c.text, 40));
      const bool grant = (starts_any(head, {"được", "có quyền"}) &&
                          !starts_any(head, {"được giao", "được phân công"}));
      if (!grant) {
        grants = false;
        break;
      }
    }
    tp.granted = grants;
  }
  tp.names_only = names_only && !restated && !tp.granted;
  if (tp.names_only) mark_duties(*owner);
  // "Cục Công nghiệp theo chức năng nhiệm vụ của mình, chủ trì và phối hợp với các đơn vị thuộc Bộ thực hiện
  // các nhiệm vụ sau:" over "a) Tổ chức tiếp nhận hồ sơ, kiểm tra, giám sát, thẩm định …" (TT 57/2018/TT-BCT
  // Điều 21): a subject whose lead-in, partners named in it, announces its own duties below — the items'
  // oversight is its, as under a name alone (not that of items that name bodies of their own: children_duty)
  const bool announces = !tp.names_only && !heading && !restated && ms.front().b == 0 &&
                         ends_any(rest, {"sau đây :", "như sau :", "sau :"}) &&
                         has_any(rest, {"nhiệm vụ sau", "trách nhiệm sau", "nhiệm vụ như sau"});
  if (announces) tp.child_sup = children_duty(*owner).sup;
  // (what the items' openings say goes to a body named in the text; a heading's body has its lead only)
  if (tp.names_only && !heading) {
    const ChildDuty d = children_duty(*owner);
    tp.child_sup = d.sup;
    tp.child_coord = d.coord;
  }
  return tp;
}

// "Điều 7. Binh chủng Hóa học" over "1. Tham mưu giúp Quân ủy Trung ương …", "2. Hướng dẫn …"; "Điều 8.
// Thanh tra Bộ Quốc phòng" over "Chủ trì, phối hợp với … thanh tra, kiểm tra …" (TT 13/2026/TT-BQP): an
// article headed by a body's name alone, whose clauses (or text) open with the work asked, is that body's
// list of duties, as one headed "Trách nhiệm của …" is (not one whose clauses name their own bodies, nor
// a body described: "Điều 2. Ban Chỉ đạo" over "1. Ban Chỉ đạo có …", "Thành phần gồm …").
bool Linker::names_duty_holder(const TextWords& heading, const std::vector<Mention>& ms, const Provision& article) {
  if (ms.empty() || article.kind != ProvisionKind::article) return false;
  const std::vector<Tok>& t = heading.t;
  std::size_t q = 0;
  for (const Mention& m : ms) {
    for (; q < m.b; ++q)  // (only the joints of a list between the names)
      if (q == 0 || !(t[q].text == "," || t[q].key == "và")) return false;
    q = m.e;
  }
  for (; q < t.size(); ++q)
    if (!(t[q].text == "." || t[q].text == ":")) return false;
  std::size_t n = 0, asks = 0;
  auto count = [&](const std::string& text) {
    const std::string k = fold_key(head_of(text, 60));
    ++n;
    asks += asks_action(k) || starts_any(k, {"chủ trì", "giúp", "làm đầu mối", "là cơ quan đầu mối"});
  };
  if (article.children.empty()) count(article.text);
  for (const Provision& c : article.children) count(c.text);
  if (asks * 2 < n) return false;
  for (const Provision& c : article.children)
    if (opens_with_body(words_of(c.text))) return false;
  return true;
}

}  // namespace vanban::link_detail
