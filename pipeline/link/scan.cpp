// Roles from one text's words: clauses, groups of mentions, and the words
// before and after each group (subject, "phối hợp với", "giám sát", labels,
// powers, narration, delegations, document scope).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "agents.h"
#include "linker.h"
#include "subjects.h"

namespace vanban::link_detail {

Linker::ChildDuty Linker::children_duty(const Provision& owner) {
  ChildDuty d;
  for_each_provision(owner.children, [&](const Provision& c) {
    auto [it, fresh] = child_keys_.try_emplace(&c);
    if (fresh) {
      // (tokens' keys joined by spaces, as the clauses' are: "thanh tra , kiểm tra")
      const TextWords& cw = words_of(c.text);
      std::size_t n = 0;
      while (n < cw.t.size() && cw.t[n].end <= 400) ++n;
      const std::string_view ck = cw.keys.joined(0, n);
      it->second.sup = oversees(ck);
      it->second.coord = coordinates(ck);
    }
    d.sup = d.sup || it->second.sup;
    d.coord = d.coord || it->second.coord;
  });
  return d;
}

// The token after a parenthesis at i ("(nơi doanh nghiệp đặt trụ sở chính)"),
// i when none opens there; never past `end`.
static std::size_t past_paren(const std::vector<Tok>& t, std::size_t i, std::size_t end) {
  if (i >= end || t[i].text != "(") return i;
  for (std::size_t q = i, depth = 0; q < end; ++q) {
    if (t[q].word) continue;
    if (t[q].text == "(") ++depth;
    if (t[q].text == ")" && --depth == 0) return q + 1;
  }
  return i;
}

// The verb a list's items share when they are split by ";" and only the last
// one is followed by words: the first duty after the clause end `ce`
// (a ";"), with only the later items' names before it (no other verb, a few
// words each); npos when there is none.
static std::size_t shared_verb(const Finder& f, const std::vector<Tok>& t, const std::vector<Mention>& ms,
                               std::size_t h, std::size_t ce, const std::vector<std::size_t>& cut) {
  if (ce >= t.size() || t[ce].text != ";") return std::string::npos;
  std::size_t se = t.size();  // the sentence's end: the next full stop cut
  for (auto it = std::upper_bound(cut.begin(), cut.end(), ce); it != cut.end(); ++it)
    if (t[*it].text == ".") {
      se = *it;
      break;
    }
  std::size_t k = h, words = 0;  // k: the next mention at or after q
  for (std::size_t q = ce + 1; q < se; ++q) {
    while (k < ms.size() && ms[k].e <= q) ++k;
    if (k < ms.size() && ms[k].b <= q) continue;  // inside a name
    if (!t[q].word) continue;
    // (only a duty's unambiguous words: "lập" in "kiểm toán độc lập; phí, lệ phí" is none)
    if (!t[q].upper && starts_any(join_keys(t, q, std::min(se, q + 4)),
                                  {"chịu trách nhiệm", "có trách nhiệm", "tổ chức thực hiện", "tổ chức triển khai",
                                   "triển khai thực hiện", "chủ trì"}))
      return q;
    if (f.m(q, {K::stop}) > 0 || ++words > 12) return std::string::npos;
  }
  return std::string::npos;
}

void Linker::scan(const std::string& eid, const TextWords& words, bool heading, const Provision* owner,
                  bool request_only) {
  const std::string& text = words.text;
  const std::vector<Tok>& t = words.t;
  Finder f(reg_, t, &locals_, own_units_);
  std::vector<Mention> ms = f.find();
  duty_subjects(t, ms);
  if (ms.empty()) return;
  extend_subjects(f, t, ms);
  locals_.define(t, ms);
  const KeyText& keys = words.keys;  // the clauses' keys, folded once
  static const bool debug = std::getenv("VANBAN_LINK_DEBUG") != nullptr;
  if (debug)
    for (auto& x : ms) std::fprintf(stderr, "%s: [%s]\n", eid.c_str(), text.substr(t[x.b].begin, t[x.e - 1].end - t[x.b].begin).c_str());
  // clauses: split at ";" and sentence full stops
  std::vector<std::size_t> cut;
  const bool lifted = owner && !owner->children.empty();
  for (std::size_t i = 0; i + 1 < t.size(); ++i)
    if (lifted && !t[i].word && t[i].text == ":" && t[i + 1].upper) cut.push_back(i);
  auto ellipsis = [&](std::size_t i) {  // "Ngân hàng Nhà nước Việt Nam... giải quyết": the list trails off
    return (i > 0 && t[i - 1].text == ".") || (i + 1 < t.size() && t[i + 1].text == ".");
  };
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!t[i].word && (t[i].text == ";" || (t[i].text == "." && !ellipsis(i) && (i + 1 == t.size() || t[i + 1].upper ||
                                                                  (t[i + 1].word && !std::isdigit((unsigned char)t[i + 1].text[0]))))))
      cut.push_back(i);
  std::sort(cut.begin(), cut.end());
  auto clause_of = [&](std::size_t i) {
    auto it = std::lower_bound(cut.begin(), cut.end(), i);  // first cut at or after i
    std::size_t b = it == cut.begin() ? 0 : *(it - 1) + 1, e = it == cut.end() ? t.size() : *it;
    return std::pair{b, e};
  };
  // the last ":" before each token in its clause (npos when none): labels
  // are looked up per group, and long clauses hold many groups
  std::vector<std::size_t> colon_before(t.size() + 1, std::string::npos);
  {
    std::size_t next_cut = 0, last = std::string::npos;
    for (std::size_t i = 0; i < t.size(); ++i) {
      colon_before[i] = last;
      if (next_cut < cut.size() && cut[next_cut] == i) {
        last = std::string::npos;
        ++next_cut;
      } else if (!t[i].word && t[i].text == ":") {
        last = i;
      }
    }
  }
  const bool ends_colon = !t.empty() && t.back().text == ":";
  // the provision only names the body ("1. Sở Công Thương", "Sở Tư pháp có
  // trách nhiệm:"): its children list the duties, whose verbs give the roles
  bool names_only = false;
  bool restated = false;  // … or only its topic, the children naming their subjects again
  bool child_sup = false, child_coord = false;
  if (owner && !owner->children.empty()) {
    std::size_t k = ms.back().e;
    const std::string_view rest = keys.joined(k, t.size());
    bool joined = true;
    for (std::size_t a = 1; a < ms.size(); ++a)
      for (std::size_t q = ms[a - 1].e; q < ms[a].b; ++q) {
        const std::string_view x = t[q].word ? t[q].key : t[q].text;
        if (!(x == "," || x == "và" || x == ";" || x == "/")) joined = false;  // "A/B": either
      }
    const std::string_view lead_in = keys.joined(0, ms.front().b);
    names_only = heading ? joined : joined && (lead_in.empty() || lead_in == "-" || lead_in == "+" || duty_lead_in(lead_in)) &&
                 (rest.empty() || rest == ":" || rest == "." ||
                  starts_any(rest, {"có trách nhiệm", "chịu trách nhiệm", "thực hiện", "chủ trì", ": chủ trì", "tham mưu",
                                    "có nhiệm vụ"}) ||
                  // "Sở Kế hoạch và Đầu tư giúp … , có các nhiệm vụ và quyền hạn sau đây :"
                  (ends_any(rest, {"sau đây :", "như sau :"}) && has_any(rest, {"nhiệm vụ", "trách nhiệm"})));
    // "1. Giám đốc Sở, Phó Giám đốc Sở:" over "b) Giám đốc Sở là người đứng đầu …", "c) Phó
    // Giám đốc Sở do … bổ nhiệm …": a topic whose children each name their subject again
    if (names_only && !heading && (rest.empty() || rest == ":"))
      for (const Provision& c : owner->children) {
        const std::string head = fold_key(head_of(c.text, 80));
        for (const Mention& mn : ms) restated = restated || starts_any(head, {keys.joined(mn.b, mn.e)});
        if (restated) break;
      }
    names_only = names_only && !restated;
    if (names_only) {
      const ChildDuty d = children_duty(*owner);
      child_sup = d.sup;
      child_coord = d.coord;
    }
  }
  // groups of mentions joined by "," / "và" / "các"
  std::size_t clause_b = std::string::npos, clause_e = 0;
  std::size_t sentence_b = 0;  // where the clause's sentence begins (after the last full stop)
  std::size_t praise_read = 0;  // the sentence's words read for praise, up to here
  bool praise_seen = false;
  std::string_view clause;
  When clause_when;
  std::size_t g = 0;
  bool prev_coord = false;       // the previous group of this clause coordinates
  bool prev_lead = false;        // … or leads / supervises
  bool last_lead = false, last_coord = false, last_sup = false;  // the previous group's roles
  bool last_subject = false;                                      // … and whether it was a subject
  std::size_t prev_clause = std::string::npos;
  std::size_t directed_clause = std::string::npos;  // a report's clause that gives a task (report_directs)
  // a verb among the words of b's clause before it (the names at b are its objects); not
  // "thuộc", which ties a name to its parent ("Trưởng phòng nghiệp vụ thuộc Cục Cảnh sát …")
  auto verb_before = [&](std::size_t b) {
    for (std::size_t q = clause_of(b).first; q < b; ++q)
      if (t[q].word && !t[q].upper && t[q].key != "thuộc" && f.m(q, {K::stop}) > 0) return true;
    return false;
  };
  while (g < ms.size()) {
    std::size_t h = g + 1;
    while (h < ms.size()) {
      bool joined = true;
      for (std::size_t k = ms[h - 1].e; k < ms[h].b; ++k) {
        const std::string_view x = t[k].word ? t[k].key : t[k].text;
        if (!(x == "," || x == "và" || x == "cùng" || x == "-" || x == "/" || x == "hoặc" || x == ";" || x == "các"))
          joined = false;
        // "… đến Hội đồng nhân dân cấp trên; Thường trực Hội đồng nhân dân cấp tỉnh báo cáo …",
        // "… trình Thủ tướng Chính phủ quyết định giao quyền Chủ tịch Ủy ban nhân dân cùng cấp;
        // Thường trực Hội đồng nhân dân cấp huyện trình …": after objects (a word before the
        // first name, not one that makes the names subjects: "giao", "đề nghị", "yêu cầu"), a
        // name with its own verb opens a new clause
        if (x == ";" && f.m(ms[h].e, {K::stop}) > 0 && ms[g].b > 0 && t[ms[g].b - 1].word &&
            (t[ms[g].b - 1].key == "đến" || t[ms[g].b - 1].key == "cho" || t[ms[g].b - 1].key == "với" ||
             t[ms[g].b - 1].key == "của" || t[ms[g].b - 1].key == "tại" ||
             (t[ms[g].b - 1].key != "giao" && t[ms[g].b - 1].key != "nghị" && t[ms[g].b - 1].key != "cầu" &&
              verb_before(ms[g].b) && t[ms[h].e].key != "gồm")))  // ("X gồm A, B": what X is made of)
          joined = false;
      }
      if (!joined) break;
      ++h;
    }
    // "Căn cứ … của Hội đồng nhân dân, Thường trực HĐND tỉnh quyết định …": the
    // comma closes a phrase the first names belong to, and the last name is
    // the subject of what follows
    if (h - g >= 2) {
      const std::size_t last = h - 1, before = ms[last].b - 1;
      const bool comma = !t[before].word && t[before].text == ",";
      const bool object_before = ms[g].b > 0 && t[ms[g].b - 1].word &&
                                 (t[ms[g].b - 1].key == "của" || t[ms[g].b - 1].key == "với" ||
                                  t[ms[g].b - 1].key == "cho");
      if (comma && object_before && ms[last].e < t.size() && t[ms[last].e].word && f.m(ms[last].e, {K::stop}))
        h = last;
    }
    auto [cb, ce0] = clause_of(ms[g].b);
    std::size_t ce = clause_of(ms[h - 1].b).second;
    (void)ce0;
    std::size_t prev_end = g > 0 && clause_of(ms[g - 1].b).first == cb ? ms[g - 1].e : cb;
    const std::string_view pre = keys.joined(prev_end, ms[g].b);

    // a parenthesis of members after the names: the predicate follows it
    std::size_t post_b = ms[h - 1].after ? ms[h - 1].after : ms[h - 1].e, h2 = h;
    while (h2 < ms.size() && ms[h2].aside && ms[h2].b < post_b) ++h2;
    std::size_t next_b = h2 < ms.size() && ms[h2].b < ce ? ms[h2].b : ce;
    bool post_words = false;  // "a) Văn phòng;" lists a unit, it directs nothing
    for (std::size_t q = ms[h - 1].e; q < next_b && q < t.size(); ++q) post_words = post_words || t[q].word;
    // "…, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Chủ tịch Ủy ban nhân dân
    // các quận, huyện, thị xã; các tập thể, cá nhân liên quan chịu trách nhiệm thi hành Quyết
    // định này": items of a list split by ";" share the verb after its last item
    const std::size_t verb_at = post_words ? std::string::npos : shared_verb(f, t, ms, h, ce, cut);
    std::string_view verb_clause;  // the clause of that verb (its document scope)
    if (verb_at != std::string::npos) {
      const auto [vb, ve] = clause_of(verb_at);
      verb_clause = keys.joined(vb, ve);
      next_b = ve;
      post_b = verb_at;
      post_words = true;
    }
    const std::string post(keys.joined(post_b, next_b));
    const std::string post_bare = strip_parenthetical(post);  // ", trong phạm vi …, " dropped
    // "b) Chi cục Hải quan, Đội Kiểm soát Hải quan và đơn vị tương đương." names units, directs nothing
    if (ms[h - 1].e < t.size() && (t[ms[h - 1].e].key == "và" || t[ms[h - 1].e].key == "hoặc")) {
      bool verb = false;
      for (std::size_t q = ms[h - 1].e + 1; q < next_b && q < t.size() && !verb; ++q)
        verb = t[q].word && f.m(q, {K::stop}) > 0;
      if (!verb) post_words = false;
    }
    // the clause's words and time phrases, once per clause
    if (cb != clause_b || ce != clause_e) {
      clause_b = cb;
      clause_e = ce;
      clause = keys.joined(cb, ce);
      // (the cuts before the clause, back to a full stop: a few, not every token)
      std::size_t sb = 0;
      for (auto it = std::lower_bound(cut.begin(), cut.end(), cb); it != cut.begin();) {
        --it;
        if (t[*it].text == ".") {
          sb = *it + 1;
          break;
        }
      }
      if (sb != sentence_b) {
        sentence_b = sb;
        praise_read = sb;
        praise_seen = false;
      }
      clause_when = ce > cb ? when_of(std::string_view(text).substr(t[cb].begin, t[ce - 1].end - t[cb].begin),
                                      keys, cb, ce)
                            : When{};
    }
    // strip bullets from pre
    const std::string_view in_clause = keys.joined(cb, ms[g].b);  // the clause's words before the names
    std::string p2(pre == ":" ? in_clause : pre);  // "phối hợp giữa các cơ quan: A, B và C"
    while (!p2.empty() && (p2[0] == '-' || p2[0] == '+' || p2[0] == ' ' || p2[0] == '*')) p2.erase(0, 1);
    while (!p2.empty() && p2.back() == ' ') p2.pop_back();
    bool lead = false, coord = false, sup = false;
    // "Nhiệm vụ và hoạt động của Tổng cục Hải quan", "Trách nhiệm chung của các cơ quan"
    const bool duty_of = duty_lead_in(p2);
    const bool raised = has_any(p2, {"nâng cao trách nhiệm của", "nâng cao vai trò của", "tăng cường trách nhiệm của"});
    // "Căn cứ …, hằng năm Văn phòng Ủy ban nhân dân Thành phố xây dựng kế hoạch …": a time
    // phrase fronted before the subject, alone or after the sentence's opening phrase
    bool fronted_time = false;
    for (const std::string_view w : {"hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng",
                                     "hằng tuần", "hàng tuần", "định kỳ", "định kỳ hằng năm", "định kỳ hàng năm"})
      if (ends_any(p2, {w})) {
        const std::string_view before = std::string_view(p2).substr(0, p2.size() - w.size());
        fronted_time = before.empty() || ends_any(before.substr(0, before.size() - 1), {","});
        break;
      }
    bool subject = p2.empty() || duty_of || fronted_time ||
                   (ends_any(p2, {",", "giao", "giao cho", "đề nghị", "yêu cầu", "trách nhiệm của", "nhiệm vụ của", "riêng", "thì",
                              "vai trò của", "vai trò , trách nhiệm của"}) &&
                    !raised && !ends_any(p2, {"chuyển giao", "chuyển giao cho", "bàn giao", "bàn giao cho"}) &&  // handed over
                    // "… phù hợp với trách nhiệm của các cơ quan quản lý nhà nước", "Xác định các nhiệm
                    // vụ, trình tự, trách nhiệm của các cơ quan …", "Thẩm quyền và trách nhiệm của …" (a
                    // dossier's content): whose duties a sentence refers to, not a lead-in to them nor
                    // a call on them ("Phát huy vai trò, trách nhiệm của …", "Đề cao trách nhiệm của …")
                    !(ends_any(p2, {"trách nhiệm của", "nhiệm vụ của", "vai trò của"}) &&
                      has_any(p2, {"với", "theo", "về", "xác định", "quy định", "thẩm quyền"}))) ||
                   p2 == "đối với" ||  // "Đối với Sở Tư pháp: …", not "… đối với các đơn vị"
                   ((p2 == "tổ chức thực hiện" || p2 == "trách nhiệm thực hiện" || p2 == "phân công thực hiện" ||
                     p2 == "phân công nhiệm vụ") &&
                    t[ms[g].b].upper);  // a label line glued to the names that follow
    // "… thực hiện Quy chế làm việc giữa Đảng ủy, Hội đồng nhân dân, ủy ban nhân dân và …", "Bên
    // bán là Giám đốc Công ty kinh doanh nhà …, Chủ tịch hoặc Phó Chủ tịch …": the comma goes on
    // with a list whose first item we do not take, after "giữa", "là" or "gồm" and a name (not
    // "giữa kỳ", "gồm 05 bộ", "bao gồm cả đơn vị …") — objects all, no fronted phrase before a subject
    if (subject && ends_any(p2, {","}) && ms[g].b > cb + 1) {
      for (std::size_t q = ms[g].b - 1; q-- > cb;) {
        if (!t[q].word && (t[q].text == "," || t[q].text == ":" || t[q].text == "(" || t[q].text == ")")) break;
        if (t[q].word && (t[q].key == "là" || t[q].key == "gồm" || t[q].key == "giữa") && q + 1 < ms[g].b &&
            t[q + 1].word && t[q + 1].upper) {
          subject = false;
          break;
        }
      }
    }
    // "Bộ trưởng Bộ Công Thương phân cấp cho Ủy ban nhân dân cấp tỉnh … có trách nhiệm tiếp nhận
    // hồ sơ": the body a named one delegates to acts (not "đẩy mạnh phân cấp cho …", "được ủy quyền cho")
    if (g > 0 && prev_end > cb && (p2 == "phân cấp cho" || p2 == "ủy quyền cho")) subject = true;
    bool label_coord = false, label_sup = false;
    // "Kiến nghị với Chủ tịch … hoặc giao cơ quan liên quan nghiên cứu …": the
    // assignment proposed to another body is not one this document makes
    if (subject && ends_any(p2, {"giao", "giao cho"})) {
      if (has_any(in_clause, {"kiến nghị", "đề xuất", "tham mưu"}) || starts_any(in_clause, {"trình"})) subject = false;
    }
    // "Cơ quan phối hợp: …", "Đơn vị thực hiện: …": the label before the
    // clause's colon gives the role of every name listed after it
    std::string label = p2;
    bool after_label = ends_any(p2, {":"});
    if (!after_label) {
      const std::size_t q = colon_before[ms[g].b];
      if (q != std::string::npos && q >= cb) {
        label = keys.joined(cb, q + 1);
        after_label = true;
      }
    }
    if (after_label && (!subject || !ends_any(p2, {":"}))) {
      std::string lk = label;
      while (!lk.empty() && (lk[0] == '-' || lk[0] == '+' || lk[0] == ' ')) lk.erase(0, 1);
      bool is_label = std::count(lk.begin(), lk.end(), ' ') <= 5 &&
                      starts_any(lk, {"cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định",
                                      "tổ chức", "phê duyệt", "phối hợp", "giám sát"});
      if (is_label) {
        if (has_any(lk, {"phối hợp"})) label_coord = true;
        else if (has_any(lk, {"giám sát", "theo dõi", "kiểm tra"})) label_sup = true;
        subject = true;
      } else if (ends_any(p2, {":"})) {
        // "Tăng cường phối hợp giữa các cơ quan: A, B và C"
        if (has_any(p2, {"phối hợp"})) label_coord = true;
        else if (has_any(p2, {"giám sát", "theo dõi"})) label_sup = true;
        subject = has_any(p2, {"các ông", "cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định", "tổ chức",
                               "phê duyệt"});
      }
    }
    // a report (báo cáo) goes up to its superior: its "đề nghị Bộ …" is a
    // proposal to the reader, not a task the report can give
    if (report_ && ends_any(p2, {"đề nghị", "kiến nghị", "đề xuất"})) subject = false;
    // "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì …": an account of a past request
    // (and so are the bodies it was to work with)
    // ("… đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành …")
    const bool told = has_any(in_clause, {"đã giao", "đã yêu cầu", "đã đề nghị", "đã chỉ đạo"}) ||
                      (has_any(in_clause, {"đã có văn bản", "đã có công văn"}) && ends_any(p2, {"đề nghị", "yêu cầu", "giao"}));
    if (told) subject = false;
    // "Ủy ban nhân dân cấp tỉnh có văn bản đề nghị Bộ Tài nguyên và Môi trường kiểm tra …":
    // a step where another body asks, not this document's request
    if (ends_any(p2, {"đề nghị", "yêu cầu"}) && has_any(in_clause, {"có văn bản", "có công văn", "gửi văn bản"}))
      subject = false;
    // "… tại Kỳ họp thứ Sáu, HĐND tỉnh và Tổ đại biểu HĐND tỉnh đơn vị huyện Bắc Mê biết, giám
    // sát": the bodies a report goes to, to know of it
    if (subject && (starts_any(post, {"biết", "được biết"}) || has_any(head_of(post, 40), {"biết ,", "biết ."})))
      subject = false;
    // "Quỹ khen thưởng cho CC : 05%", "Quỹ dự phòng : 10%": a share allotted, no one acts
    std::string_view share = post;
    while (!share.empty() && (share.back() == ' ' || share.back() == '.' || share.back() == ';')) share.remove_suffix(1);
    if (!share.empty() && share.back() == '%' && (share.rfind(": ", 0) == 0 || share.find(" : ") != std::string::npos))
      subject = false;
    // "Đối tượng áp dụng: Các cơ quan, tổ chức, cá nhân khác có liên quan, gồm:": whom
    // the document applies to, a scope and no task
    if (subject && scope_label(cb > 0 && t[cb - 1].text == ":" ? keys.joined(clause_of(cb - 1).first, cb) : std::string_view(p2)))
      subject = false;
    // "… được nộp Bộ Kế hoạch và Đầu tư, Bộ Tài chính; Cục Thuế, Cục Thống kê địa phương (nơi …); Ban
    // quản lý Khu chế xuất, … cấp tỉnh (đối với …) và bên có vốn góp liên doanh" (TT 155/1998/TT-BTC):
    // after objects that close their clause, names with no verb of their own go on with the objects
    if (subject && g > 0 && prev_end == cb && cb > 0 && t[cb - 1].text == ";" && !last_subject && !last_lead &&
        !last_coord && !last_sup && past_paren(t, ms[g - 1].e, cb - 1) == cb - 1) {
      const std::size_t a = past_paren(t, ms[h - 1].e, next_b);
      if (a >= next_b || (!t[a].word && t[a].text != "(") || t[a].key == "và" || t[a].key == "hoặc") subject = false;
    }
    // a duty of the body named above ("2. Sở Nông nghiệp và Môi trường" then "Yêu
    // cầu các đơn vị hoạt động khai thác khoáng sản lắp đặt …"): that body asks,
    // the ones it asks are the object of its duty
    if (owner && child_keys_.count(owner) && ends_any(p2, {"yêu cầu", "đề nghị"})) subject = false;
    // a report narrates what was done ("Thanh tra tỉnh tổ chức 03 cuộc thanh
    // tra", "UBND tỉnh thường xuyên chỉ đạo …"): only a clause that gives a
    // task assigns anyone, and the bodies listed with its subject share it
    bool narrated = false;
    if (report_ && directed_clause != cb) {
      if (report_directs(p2, post_bare)) directed_clause = cb;
      else narrated = true;
    }
    // "Thanh tra, kiểm tra việc thực hiện chính sách …" opening a duty: the
    // verbs of inspecting, not the inspectorate
    if (h == g + 1 && ms[g].e == ms[g].b + 2 && t[ms[g].b].key == "thanh" && t[ms[g].b + 1].key == "tra" &&
        starts_any(post, {", kiểm tra", ", giám sát"}))
      narrated = true;
    if (narrated) subject = false;
    // "Đồng thời, đánh giá cao sự nghiêm túc … của Ủy ban nhân dân tỉnh, …; Ban Dân tộc tỉnh; Bộ
    // Chỉ huy Quân sự tỉnh …": the bodies a council praises or thanks are given nothing
    if (ms[g].b > praise_read) {  // each stretch of the sentence read once
      praise_seen = praise_seen || has_any(keys.joined(praise_read, ms[g].b),
                                           {"đánh giá cao", "biểu dương", "hoan nghênh", "cảm ơn", "ghi nhận sự",
                                            "ghi nhận và"});
      praise_read = ms[g].b;
    }
    const bool praised = praise_seen;
    if (praised) subject = false;
    // (a delegation to set rules is a task wherever it is: "Bộ trưởng Bộ Tài chính quy định cụ thể …")
    if (request_only && !ends_any(p2, {"giao", "giao cho", "đề nghị", "yêu cầu"}) &&
        !starts_any(post, {"có trách nhiệm", "chịu trách nhiệm", "chủ trì", "quy định"}))
      subject = false;
    // ", trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …": the verb
    // comes after a parenthetical phrase
    // "Đề nghị Ủy ban Mặt trận … và các cơ quan liên quan: Tăng cường giám sát …"
    std::string post2 = post.rfind(": ", 0) == 0 && subject ? strip_parenthetical(post.substr(2)) : post_bare;
    for (const char* pfx : {"có trách nhiệm", "chịu trách nhiệm", "căn cứ chức năng , nhiệm vụ ,", "chủ động",
                            "tăng cường", "thường xuyên", "tổ chức"}) {
      if (starts_any(post2, {pfx})) post2 = post2.substr(std::min(post2.size(), std::string(pfx).size() + 1));
    }
    // the agent of an owed passive ("phải được Sở quản lý ngành phối hợp cùng …
    // thẩm định"); not "do X chủ trì", which names who leads something else
    if (!subject && ends_any(p2, {"phải được"}) &&
        starts_any(post2, {"chủ trì", "phối hợp", "thẩm định", "tổ chức", "triệu tập", "thực hiện", "kiểm tra",
                           "giám sát", "hướng dẫn", "tiếp nhận"}))
      subject = true;
    // a delegation closing its sentence ("Nội dung hỗ trợ cụ thể do Ủy ban nhân
    // dân tỉnh quy định;", "… do Trưởng đoàn phân công."); not a form or a case
    // that a rule defines ("theo mẫu do Bộ … quy định", "trường hợp khác do …")
    auto serves_another = [&] {  // "… giúp Chánh Thanh tra thực hiện nhiệm vụ do Chánh Thanh tra phân công"
      return has_any(in_clause, {"là", "giúp", "thực hiện", "được"});
    };
    // ("Giá đất khi chuyển quyền sử dụng do Uỷ ban Nhân dân cấp tỉnh qui định căn cứ vào khung giá đất …",
    // NĐ 61-CP/1994: the old spelling, and the grounds of the rule after it)
    auto sets_rule = [](std::string_view v) {
      if (v.rfind("qui định", 0) == 0) v.remove_prefix(std::string_view("qui").size());
      else if (v.rfind("quy định", 0) == 0) v.remove_prefix(std::string_view("quy").size());
      else return v == "phân công" || v == "phân công .";
      return v == " định" || v == " định cụ thể" || v == " định chi tiết" || v == " định ." || v == " định cụ thể ." ||
             v == " định ;" || starts_any(v.substr(1), {"định căn cứ vào", "định căn cứ"});
    };
    if (!subject && ends_any(p2, {"do"}) && !ends_any(p2, {"theo mẫu do", "khác do"}) &&
        std::string_view(clause).find("theo ") == std::string_view::npos && !serves_another() && sets_rule(post2))
      subject = true;
    // "Dự toán kinh phí: Ủy ban nhân dân thành phố Tam Điệp tổ chức lập …":
    // a topic label, then a sentence whose subject is the body
    if (!subject && ends_any(p2, {":"}) && directive_verb(post)) subject = true;
    if (!subject && (passive_agent(p2, post_bare, clause) || address_form(p2))) subject = true;
    // powers, and a body that only speaks or directs ("HĐND tỉnh tán thành …", "… yêu cầu UBND tỉnh")
    bool power = starts_any(post2, {"có quyền", "được", "không", "xem xét", "quan tâm , sớm xem xét", "quan tâm , xem xét", "quan tâm xem xét", "quyết định", "phê duyệt", "là", "của",
                                    "thuộc", "tán thành", "đánh giá cao", "nội dung như sau", "như sau", "cơ bản thống nhất", "thống nhất với", "quyết nghị", "có thể", "chỉ định", "thảo luận", "bầu", "chấp thuận", "nhất trí", "ghi nhận", "yêu cầu", "giao",
                                    "đề nghị", "cấp giấy", "cấp phép", "cấp , gia hạn", "cấp lại", "thành lập khi",
                                    "thống nhất quản lý", "chịu sự", "có tư cách pháp nhân", "ban hành quyết định",
                                    // "Bộ trưởng … phân cấp cho Ủy ban nhân dân cấp tỉnh … có trách nhiệm …": the delegate acts
                                    "phân cấp cho", "ủy quyền cho",
                                    // a council's or a head's powers over its own sittings and
                                    // people ("Hội đồng nhân dân họp công khai", "… miễn nhiệm,
                                    // bãi nhiệm Chủ tịch …", "Thủ trưởng cơ quan nghiệm thu ra
                                    // quyết định thành lập"): how the body works, no task given
                                    "ra quyết định", "miễn nhiệm", "bãi nhiệm", "bổ nhiệm", "cách chức"}) &&
                 !starts_any(post2, {"giao nộp"});  // "giao nộp hồ sơ" is a task
    // (its own sitting, not one it holds: "Hội đồng tổ chức họp đánh giá …" is a task)
    power = power || starts_any(post_bare, {"họp"});
    power = power || narrates(post2);
    // "Tổng cục Thuế là cơ quan chịu trách nhiệm in, phát hành …": a duty stated as what the body is
    if (power && starts_any(post2, {"là"}) &&
        has_any(std::string(head_of(post2, 60)), {"chịu trách nhiệm", "có trách nhiệm", "đầu mối"}))
      power = false;
    // a decision owed by a date is a duty ("Thường trực HĐND quyết định chương
    // trình giám sát … chậm nhất là 15 ngày …")
    if (power && starts_any(post2, {"quyết định", "xem xét", "ra quyết định", "họp"}) &&
        has_any(clause, {"chậm nhất", "trước ngày", "trong thời hạn", "hằng năm", "hàng năm"}))
      power = false;
    if (power && owed_power(post, post2, clause)) power = false;
    bool sup_verb = starts_any(post2, {"giám sát", "theo dõi", "kiểm tra", "đôn đốc", "thanh tra , kiểm tra"});
    // "Ủy ban nhân dân cấp tỉnh tổ chức kiểm tra kiến thức pháp luật …": an examination the
    // body holds, not oversight of others' work
    if (sup_verb && starts_any(post2, {"kiểm tra kiến thức", "kiểm tra trình độ", "kiểm tra sát hạch"}))
      sup_verb = false;
    // "phối hợp với các tổ chức kinh tế, Mặt trận Tổ quốc, các đoàn thể …":
    // a list broken by a name we do not take goes on with its role
    std::size_t gap = 0;
    bool gap_verb = false;  // "… đã được HĐND tỉnh thông qua, Thường trực HĐND …" is no list
    // (a parenthesis in the list is an aside, not a verb of it: "…, Kiến trúc sư trưởng (nếu có),
    // Sở Tài chính - Vật giá, …" in NĐ 61-CP/1994 Điều 8, a council's members)
    for (std::size_t q = prev_end, depth = 0; q < ms[g].b; ++q) {
      if (!t[q].word) depth += t[q].text == "(" ? 1 : t[q].text == ")" && depth ? -1 : 0;
      if (depth || !t[q].word) continue;
      ++gap;
      gap_verb = gap_verb || f.m(q, {K::stop}) > 0;
    }
    const bool list_goes_on = prev_clause == cb && ends_any(p2, {",", "và"}) && gap <= 6 && !gap_verb;
    // "… do chính quyền, Ủy ban Mặt trận Tổ quốc, …", "… phối hợp với ban công tác Mặt trận, các
    // tổ chức đoàn thể triệu tập": names listed after a first item we do not take, a few words
    // after the word that gives the list its role
    // (the first item: up to `span` tokens, none a verb — "do mỗi cơ quan chủ trì, Sở Tư pháp
    // …" and "do Nhà nước định giá, Sở quản lý ngành …" end a phrase, the name opens a clause)
    auto listed_after = [&](std::initializer_list<std::string_view> marker, std::size_t span) {
      const std::size_t b = ms[g].b, n = marker.size();
      // (the list's last item comes after "," or "và": "phối hợp với cơ quan công an, thanh tra giao thông và các cơ quan …")
      if (b < cb + n + 2 || !(t[b - 1].word ? t[b - 1].key == "và" : t[b - 1].text == ",")) return false;
      for (std::size_t q = b - 1; q >= cb + n && q + span >= b; --q) {
        bool at = true;  // the marker's words end at q - 1
        std::size_t k = q - n;
        for (const std::string_view w : marker) at = at && t[k].word && t[k++].key == w;
        if (at) return q + 1 < b;
        // ("ban", "tổ chức" stop a name but are nouns in a list: "ban công tác Mặt trận", "cơ quan, tổ
        // chức", and so is the work a "ban" is named by: "Ban chỉ đạo Cải cách hành chính thành phố")
        if (t[q - 1].word && t[q - 1].key != "ban" && !(t[q - 1].key == "tổ" && t[q].key == "chức") &&
            !(q >= 2 && t[q - 2].word && t[q - 2].key == "ban") &&
            !(t[q - 1].key == "chức" && q >= 2 && t[q - 2].key == "tổ") && f.m(q - 1, {K::stop}) > 0)
          return false;
      }
      return false;
    };
    if (subject && listed_after({"do"}, 3) && !starts_any(post_bare, {"phối hợp với"}) &&
        !passive_agent("do", post_bare, clause))
      subject = false;
    const bool coord_list = listed_after({"phối", "hợp", "với"}, 12) || listed_after({"cùng", "với"}, 12) ||
                            listed_after({"chủ", "trì", "cùng"}, 12) || listed_after({"phối", "hợp", "cùng"}, 12);
    // "… có sự giám sát, kiểm tra của Ban thanh tra nhân dân xã"
    const bool overseen_by = ends_any(p2, {"sự giám sát của", "sự giám sát , kiểm tra của", "sự kiểm tra , giám sát của"});
    if (overseen_by) {
      sup = true;
    } else if (list_goes_on && !prev_coord && !prev_lead &&
               (!(ms[h - 1].e < t.size() && t[ms[h - 1].e].word && f.m(ms[h - 1].e, {K::stop})) ||
                starts_any(in_clause, {"việc"}))) {
      // (unless a verb follows: "Căn cứ kết quả … của Bộ X, Ủy ban nhân dân cấp tỉnh hoàn thiện …";
      // not in a clause whose subject is an act: "Việc bầu cử cán bộ … của Hội đồng nhân dân, ủy
      // ban nhân dân thực hiện theo Luật …" — the verb is the act's)
      subject = false;  // "các văn bản của Tỉnh ủy, Ban …, Ủy ban nhân dân tỉnh": objects all
    } else if (ends_any(p2, {"phối hợp với", "phối hợp", "cùng với", "phối hợp cùng", "phối hợp chặt chẽ với",
                             // "b) Chủ trì cùng các Sở, ban, ngành Thành phố, … rà soát": the partners of who leads
                             "chủ trì cùng"}) ||
               // "Bộ trưởng Bộ Kế hoạch và Đầu tư thống nhất với Bộ trưởng Bộ Nội vụ ban hành …"
               (ends_any(p2, {"thống nhất với"}) && ms[h - 1].e < t.size() && t[ms[h - 1].e].word &&
                f.m(ms[h - 1].e, {K::stop}) > 0) ||
               (list_goes_on && prev_coord) || coord_list) {
      coord = true;
    } else if (label_coord && subject) {
      coord = true;
    } else if (label_sup && subject) {
      sup = true;
    } else if (subject && !power && (post_words || ends_colon || heading || names_only || ends_any(p2, {":"}))) {
      // "X (có trách nhiệm) phối hợp với Y làm …": X leads, Y coordinates;
      // "X phối hợp thực hiện" alone: X coordinates
      if (starts_any(post2, {"phối hợp"}) && !starts_any(post2, {"phối hợp với", "phối hợp cùng", "phối hợp chặt chẽ"}) &&
          !has_any(post2.substr(0, 30), {"trong việc"}))
        coord = true;
      else if (sup_verb) sup = true;
      else lead = true;
      std::string head2 = post2.substr(0, std::min<std::size_t>(post2.size(), 50));
      if (sup && has_any(head2, {"hướng dẫn", "chủ trì", "tổ chức"})) lead = true;
      // "hướng dẫn, theo dõi, đôn đốc": a second verb in the list, not the
      // noun in "quyết định chương trình giám sát"
      if (lead && has_any(head2, {", giám sát", ", theo dõi", "và giám sát", "và theo dõi"})) sup = true;
      // "…; tổ chức kiểm tra, đôn đốc việc thực hiện": the body's later
      // clauses (up to the next name) oversee the carrying out
      if (lead && !sup) {
        std::size_t h3 = h2;  // the next name that opens a clause: a new subject
        while (h3 < ms.size() && !opens_clause(t, ms[h3].b, false)) ++h3;
        sup = supervises(keys.joined(post_b, h3 < ms.size() ? ms[h3].b : t.size()));
      }
    }
    if (debug) std::fprintf(stderr, "  g=%zu p2=[%s] post=[%s] subj=%d power=%d lead=%d coord=%d sup=%d pw=%d\n", g, p2.c_str(), post.c_str(), subject, power, lead, coord, sup, post_words);
    if (told || narrated || praised || restated) lead = coord = sup = false;
    // members named in a parenthesis after the subject share its roles
    if (ms[g].aside) {
      const bool member = ms[g].aside == 1;
      lead = member && last_lead;
      coord = member && last_coord;
      sup = member && last_sup;
      subject = member;
    }
    // a mention that is only the object of a verb ("báo cáo UBND tỉnh") or of "của"
    // (a heading of duties names who has them: "Trách nhiệm của …", and in decrees
    // "Quyền hạn, trách nhiệm của Bộ Công Thương", "Quyền và trách nhiệm của …")
    if (heading) {
      const std::string& h = fold(text);
      if (!starts_any(h, {"trách nhiệm", "nhiệm vụ", "tổ chức thực hiện"}) &&
          !(starts_any(h, {"quyền hạn", "quyền và"}) && has_any(head_of(h, 30), {"trách nhiệm", "nhiệm vụ"})))
        lead = sup = coord = false;
    }
    bool doc_scope = false;
    for (const char* d : {"nghị quyết này", "quyết định này", "kế hoạch này", "chỉ thị này", "thông tư này",
                          "nghị định này", "luật này", "quy chế này", "quy định này", "công văn này", "văn bản này"}) {
      const std::string_view c = verb_clause.empty() ? clause : verb_clause;
      for (std::size_t q = c.find(d); q != std::string::npos && !doc_scope; q = c.find(d, q + 1)) {
        std::string_view before = c.substr(q > 40 ? q - 40 : 0, q > 40 ? 40 : q);
        doc_scope = has_any(before, {"thi hành", "thực hiện", "triển khai", "thực hiện việc"});
      }
    }
    if (!doc_scope && doc_.meta.doc_type) {
      // "… thực hiện Nghị quyết." : the document's own kind closing the clause
      std::string dt = fold(*doc_.meta.doc_type);
      if (clause.size() > dt.size() && clause.compare(clause.size() - dt.size(), dt.size(), dt) == 0) {
        std::string_view before = clause.substr(0, clause.size() - dt.size());
        before = before.substr(before.size() > 40 ? before.size() - 40 : 0);
        doc_scope = has_any(before, {"thi hành", "thực hiện", "triển khai"});
      }
    }
    Scope sc = doc_scope ? Scope::document : Scope::provision;
    when_ = clause_when;
    if (names_only && (lead || sup)) {
      lead = true;
      sup = sup || child_sup;
      coord = child_coord;
    }
    // the issuer itself speaking ("Sở Công Thương Lào Cai thông báo cho các đơn vị")
    const bool speaks = starts_any(post2, {"thông báo", "đề nghị", "yêu cầu", "trân trọng", "kính đề nghị"});
    for (std::size_t k = g; k < h; ++k) {
      const Mention& mn = ms[k];
      if (mn.kind == K::office && !subject && !coord && !sup) continue;
      if (mn.collective && private_parties(keys.joined(mn.b, mn.e))) continue;
      std::string printed = text.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin);
      check_validity(mn, printed);
      for (const std::string& a : resolve(f, t, mn)) {
        if (speaks && is_issuer(a)) continue;
        if (heading && fold(printed).find("các") != std::string::npos) continue;  // umbrella heading
        if (lead) add(eid, a, printed, Role::lead, sc);
        if (coord) add(eid, a, printed, Role::coordinate, sc);
        if (sup) add(eid, a, printed, Role::supervise, sc);
      }
    }
    last_subject = subject;
    last_lead = lead;
    last_coord = coord;
    last_sup = sup;
    prev_coord = coord && !lead;
    prev_lead = lead || sup;
    prev_clause = cb;
    g = h;
  }
}

}  // namespace vanban::link_detail
