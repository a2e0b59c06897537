// Roles from one text's words: groups of mentions in their clauses, and the
// words before and after each group (subject, "phối hợp với", "giám sát",
// labels, powers, narration, delegations, document scope). The clause and
// group structure is in clauses.h, the vocabulary of roles in role_words.h;
// here the reading of one group in order, each test able to undo a subject.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "agents.h"
#include "clauses.h"
#include "linker.h"
#include "role_words.h"
#include "subjects.h"

namespace vanban::link_detail {

bool Linker::scope_of(std::string_view verb_clause, std::string_view clause) {
  if (!doc_.meta.doc_type) return document_scope(verb_clause, clause, nullptr);
  const std::string& dt = fold(*doc_.meta.doc_type);
  return document_scope(verb_clause, clause, &dt);
}

// "Bộ Y tế chủ trì xây dựng chương trình …, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương và các bộ,
// ngành khác … có trách nhiệm phối hợp với Bộ Y tế để thực hiện …" (NĐ 15/2018 Điều 41): the body after
// "phối hợp với" at `at` leads by its own "chủ trì" earlier in the sentence (from sb) — the guide's "X phối hợp
// với Y: X lead" holds only without "chủ trì"; here the others coordinate and it leads.
static bool partner_leads(const std::vector<Tok>& t, const KeyText& keys, const std::vector<Mention>& ms, std::size_t sb,
                          std::size_t at) {
  const auto partner = std::find_if(ms.begin(), ms.end(), [&](const Mention& m) { return m.b == at; });
  if (partner == ms.end()) return false;
  const std::string_view name = keys.joined(partner->b, partner->e);
  for (const Mention& m : ms)
    if (m.b >= sb && m.e + 1 < at && t[m.e].key == "chủ" && t[m.e + 1].key == "trì" && keys.joined(m.b, m.e) == name)
      return true;
  return false;
}

void Linker::add_group(const std::string& eid, const Finder& f, const TextWords& words, const std::vector<Mention>& ms,
                       std::size_t g, std::size_t h, const GroupRoles& r) {
  const std::string& text = words.text;
  const std::vector<Tok>& t = words.t;
  for (std::size_t k = g; k < h; ++k) {
    const Mention& mn = ms[k];
    if (mn.kind == K::office && !r.subject && !r.coord && !r.sup) continue;
    const std::string_view key = words.keys.joined(mn.b, mn.e);
    if (mn.collective && unassigned_parties(key, words.keys, mn.b, mn.e, t.size())) continue;
    if (trade_after(key, words.keys.joined(mn.e, std::min(t.size(), mn.e + 6)))) continue;
    // "Cảng vụ hàng hải hoặc Cảng vụ đường thủy nội địa … tiếp nhận hồ sơ, … Cảng vụ hướng dẫn …" (NĐ
    // 14/2026): a unit's head word alone stands for the units of its kind the text named before in full
    std::vector<const Mention*> meant;
    if (mn.entry && mn.entry->kind == K::head && mn.e - mn.b == mn.entry->keys.size())
      for (std::size_t j = 0; j < k; ++j)
        // (the unit itself, its name two words or more past the head: not an office of it, "Chủ tịch Hội đồng")
        if (ms[j].entry == mn.entry && ms[j].kind == K::head && t[ms[j].b].key == t[mn.b].key &&
            ms[j].e - ms[j].b >= mn.e - mn.b + 2)
          meant.push_back(&ms[j]);
    if (meant.empty()) meant.push_back(&mn);
    for (const Mention* m : meant) {
      std::string printed = text.substr(t[m->b].begin, t[m->e - 1].end - t[m->b].begin);
      check_validity(*m, printed);
      for (const std::string& a : resolve(f, t, *m)) {
        if (r.speaks && is_issuer(a)) continue;
        if (r.heading && fold(printed).find("các") != std::string::npos) continue;  // umbrella heading
        if (r.lead) add(eid, a, printed, Role::lead, r.scope);
        if (r.coord) add(eid, a, printed, Role::coordinate, r.scope);
        if (r.sup) add(eid, a, printed, Role::supervise, r.scope);
      }
    }
  }
}

void Linker::scan(const std::string& eid, const TextWords& words, bool heading, const Provision* owner,
                  bool request_only) {
  const std::string& text = words.text;
  const std::vector<Tok>& t = words.t;
  Finder f(reg_, t, &locals_, own_units_);
  std::vector<Mention> ms = f.find();
  locals_.learn_short_forms(t, ms, text, reg_);
  drop_session_holders(t, ms);
  duty_subjects(t, ms);
  if (ms.empty()) return;
  extend_subjects(f, t, ms);
  locals_.define(t, ms);
  const KeyText& keys = words.keys;  // the clauses' keys, folded once
  static const bool debug = std::getenv("VANBAN_LINK_DEBUG") != nullptr;
  if (debug)
    for (auto& x : ms) std::fprintf(stderr, "%s: [%s]\n", eid.c_str(), text.substr(t[x.b].begin, t[x.e - 1].end - t[x.b].begin).c_str());
  const Clauses cl = cut_clauses(t, owner && !owner->children.empty());
  const bool ends_colon = !t.empty() && t.back().text == ":";
  // the provision only names the body ("1. Sở Công Thương", "Sở Tư pháp có
  // trách nhiệm:"): its children list the duties, whose verbs give the roles
  const Topic topic = topic_of(words, ms, heading, owner);
  const bool names_only = topic.names_only, restated = topic.restated;
  // an article headed by its body's name alone, whose clauses open with the work asked
  const bool holder = heading && owner && names_duty_holder(words, ms, *owner);
  if (holder) heading_holds_duties_ = true;
  // groups of mentions joined by "," / "và" / "các"
  std::size_t clause_b = std::string::npos, clause_e = 0;
  std::size_t sentence_b = 0;  // where the clause's sentence begins (after the last full stop)
  std::size_t praise_read = 0;  // the sentence's words read for praise, up to here
  bool praise_seen = false;
  std::string_view clause;
  bool clause_outreach = false;  // the clause has an outreach verb (outreach_audience, read only then)
  When clause_when;
  // the clause's document scope (scope_of), read again only when its words change:
  // the groups of one clause share them
  std::string_view scope_verb_clause, scope_clause;
  bool scope_read = false, scope = false;
  std::size_t g = 0;
  bool prev_coord = false;       // the previous group of this clause coordinates
  bool prev_lead = false;        // … or leads / supervises
  bool prev_directed = false;    // … or is told what to do ("Chỉ đạo Sở A, Sở B, …")
  bool last_lead = false, last_coord = false, last_sup = false;  // the previous group's roles
  bool last_subject = false;                                      // … and whether it was a subject
  bool prev_issuers = false;  // the previous group named the issuers of a cited document (cited_issuers)
  bool prev_place = false;  // the previous group named where the work is done (place_apposition)
  std::size_t prev_clause = std::string::npos;
  std::size_t directed_clause = std::string::npos;  // a report's clause that gives a task (report_directs)
  while (g < ms.size()) {
    const std::size_t h = group_end(f, t, ms, g, cl);
    const std::size_t cb = cl.of(ms[g].b).first;
    std::size_t ce = cl.of(ms[h - 1].b).second;
    std::size_t prev_end = g > 0 && cl.of(ms[g - 1].b).first == cb ? ms[g - 1].e : cb;
    const std::string_view pre = keys.joined(prev_end, ms[g].b);

    // a parenthesis of members after the names: the predicate follows it
    // where the names end, past the unit in brackets that acts for the last one: "…, Sở Nội vụ (Ban Thi
    // đua - Khen thưởng Thành phố) có trách nhiệm tham mưu …" (QĐ 35/2024 Hà Nội) — the verb follows it
    const std::size_t names_end = ms[h - 1].after ? ms[h - 1].after : ms[h - 1].e;
    std::size_t post_b = names_end, h2 = h;
    while (h2 < ms.size() && ms[h2].aside && ms[h2].b < post_b) ++h2;
    std::size_t next_b = h2 < ms.size() && ms[h2].b < ce ? ms[h2].b : ce;
    // "… Cảng vụ hàng không (đối với quy định tại khoản 4 Điều này) có trách nhiệm …": the case a
    // body acts in stands between it and its predicate
    if (post_b + 1 < next_b && t[post_b].text == "(" && t[post_b + 1].key == "đối")
      post_b = past_paren(t, post_b, next_b);
    bool post_words = false;  // "a) Văn phòng;" lists a unit, it directs nothing
    for (std::size_t q = ms[h - 1].e; q < next_b && q < t.size(); ++q) post_words = post_words || t[q].word;
    // "…, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Chủ tịch Ủy ban nhân dân
    // các quận, huyện, thị xã; các tập thể, cá nhân liên quan chịu trách nhiệm thi hành Quyết
    // định này": items of a list split by ";" share the verb after its last item
    const std::size_t verb_at = post_words ? std::string::npos : shared_verb(f, t, ms, h, ce, cl);
    std::string_view verb_clause;  // the clause of that verb (its document scope)
    if (verb_at != std::string::npos) {
      const auto [vb, ve] = cl.of(verb_at);
      verb_clause = keys.joined(vb, ve);
      next_b = ve;
      post_b = verb_at;
      post_words = true;
    }
    // "Đối với các cơ quan trung ương đóng trên địa bàn (Cục Thuế, Cục Hải quan, Kho bạc Nhà nước Cần
    // Thơ) có trách nhiệm …", "Đơn vị thu phí (Văn phòng đăng ký đất đai … và Chi nhánh …) được trích
    // …": names in a parenthesis that closes right before a directive are the bodies meant, and act;
    // the class they belong to, before the parenthesis, does not
    auto acting_members = [&](std::size_t i) {
      // (named bodies, not an apposition: "phối hợp với UBND huyện Hoàng Su Phì (chủ đầu tư) rà soát …")
      if (i >= ms.size() || ms[i].b == 0 || t[ms[i].b - 1].text != "(" || !t[ms[i].b].upper) return false;
      const std::size_t e = ms[group_end(f, t, ms, i, cl) - 1].e;
      // (or the fee collector's duty: "Đơn vị thu phí (Văn phòng đăng ký đất đai … và Chi nhánh …) được
      // trích để lại 50% … và nộp 50% còn lại vào ngân sách", NQ 28/2017 Trà Vinh)
      return e < t.size() && t[e].text == ")" &&
             (directive_verb(keys.joined(e + 1, std::min(t.size(), e + 6))) ||
              collector_duty(keys.joined(e + 1, cl.of(e).second)));
    };
    const bool members_act = acting_members(g) && post_b < t.size() && t[post_b].text == ")";
    if (members_act) ++post_b;
    const bool class_of_members = next_b > 0 && next_b < t.size() && t[next_b - 1].text == "(" && h2 < ms.size() &&
                                  ms[h2].b == next_b && acting_members(h2);
    // "Trường hợp cơ quan đăng ký kinh doanh phát hiện … là giả mạo, thì ra thông báo về vi phạm …"
    // (NĐ 109/2004), "… mà chủ đầu tư dự án chưa xây dựng Kế hoạch … thì phải xây dựng …" (Luật
    // 69/2025): the subject of a condition carries the duty its "thì" opens with no subject of its own
    const bool carried = verb_at == std::string::npos && carried_subject(t, keys, ms, g, h, cl, post_b, next_b);
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
      clause_outreach = has_outreach_verb(clause);
      const std::size_t sb = cl.sentence_begin(t, cb);
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
    strip_honorific(p2);  // ("đề nghị Đ/c Chủ tịch …", "Yêu cầu đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở …")
    // (a quoted item is read as a duty only when it says so: the list's own lead-in, duties or cases,
    // is in the act amended — "c) Chủ đầu tư, nhà đầu tư thực hiện hoạt động nạo vét …", Luật 147/2025)
    if (prev_end == cb && starts_any(post, {"có trách nhiệm", "chịu trách nhiệm", "phải", "chủ trì"}))
      strip_quoted_label(p2);
    bool lead = false, coord = false, sup = false;
    // (a role-holder may open a second clause inside the sentence: role_holders.cpp, subject_lead_in)
    const std::string_view role_post =
        f.m(ms[g].b, {K::office}) || role_holder(keys.joined(ms[g].b, ms[g].e)) ? std::string_view(post) : "";
    bool subject = (subject_lead_in(p2, t[ms[g].b].upper, role_post) || members_act || carried) && !class_of_members;
    // "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội; Chánh Văn phòng …; Giám đốc Sở Tài chính … chịu trách nhiệm thi hành"
    // (QĐ 09/2025 Hà Nội): an office the registry does not know, capitalised, opening the sentence or an item
    // right before its body's name, is the first subject of the list (no verb, no stop word among its words;
    // the list's items split by ";", as in an implementing article)
    if (!subject && prev_end == cb && ms[g].b > cb && ms[g].b <= cb + 3 && t[cb].upper && h > g + 1 &&
        ms[g].e < t.size() && t[ms[g].e].text == ";" && ms[g + 1].b == ms[g].e + 1 &&
        (cb == 0 || t[cb - 1].text == ";" || t[cb - 1].text == ".") && t[ms[g].b].upper &&
        std::all_of(t.begin() + cb, t.begin() + ms[g].b, [](const Tok& x) { return x.word; })) {
      bool title = true;
      for (std::size_t q = cb; q < ms[g].b && title; ++q) title = !f.m(q, {K::stop}) && !is_place_word(t[q].key);
      subject = title;
    }
    // "… thực hiện Quy chế làm việc giữa Đảng ủy, Hội đồng nhân dân, ủy ban nhân dân và …", "Bên
    // bán là Giám đốc Công ty kinh doanh nhà …, Chủ tịch hoặc Phó Chủ tịch …": the comma goes on
    // with a list whose first item we do not take, after "giữa", "là" or "gồm" and a name (not
    // "giữa kỳ", "gồm 05 bộ", "bao gồm cả đơn vị …") — objects all, no fronted phrase before a subject
    if (subject && ends_any(p2, {","}) && ms[g].b > cb + 1 && listed_after_object(t, ms[g].b, cb)) subject = false;
    if (subject && sent_on_to(in_clause, p2, post)) subject = false;
    // "Bãi bỏ Chương II Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 09 tháng 4 năm 2014 của Bộ Y
    // tế, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương hướng dẫn …" (NĐ 15/2018 Điều 43): the rest of
    // the list of a cited document's issuers, and the verb after it the document's
    if (subject && prev_issuers && prev_clause == cb && (p2 == "," || p2 == "và" || p2 == ", và")) subject = false;
    // "… chấp hành các quy định của pháp luật về đầu tư, đất đai, …, tài chính, kế toán, kiểm toán, thống
    // kê …": a name in lower case between commas of a list of common words is one of them (a field of
    // law), not a subject after a fronted phrase — unless the list ends in a duty ("Khi quyết định dừng
    // khai thác …, chủ đầu tư, chủ sở hữu, … hoặc cơ quan nhà nước có thẩm quyền phải thông báo …")
    if (subject && ends_any(p2, {","}) && !t[ms[g].b].upper && starts_any(post, {","}) &&
        !has_any(post, {"phải", "có trách nhiệm", "chịu trách nhiệm"}) && !persons_then_verb(p2, post))
      subject = false;
    // "Đối với dự thảo Nghị quyết … của Hội đồng nhân dân, Ủy ban nhân dân ban hành mới hoặc thay thế:": a
    // topic line over a list, the names the drafts' authors (not "Đối với Sở Tư pháp: …")
    if (subject && ends_any(p2, {","}) && starts_any(in_clause, {"đối với"}) && ends_any(post, {":"}) &&
        has_any(in_clause, {"của"}))
      subject = false;
    // "Các ngành, nghề công nghiệp …": trades, not the branches of government
    if (subject && ends_any(keys.joined(ms[h - 1].b, ms[h - 1].e), {"ngành"}) && starts_any(post, {", nghề", "nghề"}))
      subject = false;
    // "1. Chánh Thanh tra, Phó Chánh Thanh tra⏎Việc bổ nhiệm, miễn nhiệm …": a title
    // joined to its text; names followed by "việc …" (a matter, no verb) are no subject
    if (subject && ms[h - 1].e < t.size() && t[ms[h - 1].e].key == "việc") subject = false;
    // "5. Xác định các mục tiêu ưu tiên đầu tư⏎Các cấp chính quyền đô thị xây dựng kế hoạch …": a
    // title line joined to its text; "Các" capitalised after a word of the title opens a sentence
    if (!subject && t[ms[g].b].upper && t[ms[g].b].key == "các" && ms[g].b > cb && t[ms[g].b - 1].word &&
        !t[ms[g].b - 1].upper && !f.m(ms[g].b - 1, {K::stop}) && !ends_any(p2, {"của", "với", "cho", "và", "hoặc"}) &&
        ms[h - 1].e < t.size() && !t[ms[h - 1].e].upper && f.m(ms[h - 1].e, {K::stop}))  // (its verb follows)
      subject = true;
    // "Bộ trưởng Bộ Công Thương phân cấp cho Ủy ban nhân dân cấp tỉnh … có trách nhiệm tiếp nhận
    // hồ sơ": the body a named one delegates to acts (not "đẩy mạnh phân cấp cho …", "được ủy quyền cho")
    if (((g > 0 && prev_end > cb) || heading) && (p2 == "phân cấp cho" || p2 == "ủy quyền cho" || p2 == "uỷ quyền cho"))
      subject = true;
    if (!subject && sent_for_work(p2, post)) subject = true;
    // "Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực hiện …" (a letter's closing):
    // the body the views go to, to act on them
    const bool sent_to_act = ends_any(p2, {"để"}) && starts_any(in_clause, {"trên đây"}) &&
                             starts_any(post, {"nghiên cứu", "thực hiện", "triển khai", "tổ chức thực hiện", "chỉ đạo"});
    if (sent_to_act) subject = true;
    const bool informed = informed_to_act(p2, post);
    if (informed) subject = true;
    // "Kiến nghị với Chủ tịch … hoặc giao cơ quan liên quan nghiên cứu …": the
    // assignment proposed to another body is not one this document makes
    if (subject && hands_work(p2)) {
      if (has_any(in_clause, {"kiến nghị", "đề xuất", "tham mưu"}) || starts_any(in_clause, {"trình"})) subject = false;
    }
    // "… nhà thầu thi công xây dựng phải giao cho chủ đầu tư các tài liệu bao gồm bản vẽ hoàn công, …"
    // (Luật 135/2025 Điều 58): who must hand things over to a body, the body only receives them (not
    // when its work follows: "… bàn giao cho cơ quan quản lý chuyên ngành chủ trì, phối hợp …", QĐ 16/2026 Lào Cai)
    if (subject && ends_any(p2, {"bàn giao cho", "bàn giao lại cho", "phải giao cho", "phải giao lại cho"}) &&
        !directive_verb(post))
      subject = false;
    // "Cơ quan phối hợp: …", "Đơn vị thực hiện: …": the label before the
    // clause's colon gives the role of every name listed after it
    std::string label = p2;
    bool after_label = ends_any(p2, {":"});
    if (!after_label) {
      const std::size_t q = cl.colon_before[ms[g].b];
      if (q != std::string::npos && q >= cb) {
        label = keys.joined(cb, q + 1);
        after_label = true;
      }
    }
    // a list of names that a role label opened ("Trách nhiệm chỉ đạo thực hiện:", "Cơ quan chủ trì:"), cut
    // from it by its colon or ";" (list_label); not any colon's ("Tên cơ quan chủ trì dự án: …" of a table)
    bool label_list = false;
    if (!after_label && p2.empty() && !post_words)
      if (const auto [lb, le] = list_label(t, cl, ms, cb); lb != std::string::npos) {
        bool role_label = false;
        read_label(keys.joined(lb, le), {}, role_label);
        if (role_label) {
          label = keys.joined(lb, le);
          after_label = label_list = true;
        }
      }
    LabelRole label_role;
    if (after_label && (!subject || !ends_any(p2, {":"}))) label_role = read_label(label, p2, subject);
    // a report (báo cáo) goes up to its superior: its "đề nghị Bộ …" is a
    // proposal to the reader, not a task the report can give
    if (report_ && ends_any(p2, {"đề nghị", "kiến nghị", "đề xuất"})) subject = false;
    // an account of a past request (and so are the bodies it was to work with)
    const bool told = told_before(in_clause, p2);
    if (told) subject = false;
    // "Ủy ban nhân dân cấp tỉnh có văn bản đề nghị Bộ Tài nguyên và Môi trường kiểm tra …":
    // a step where another body asks, not this document's request (and "… trường hợp quá thời hạn quy
    // định phải đề nghị cơ quan có thẩm quyền, chủ đầu tư … gia hạn": the request the clause's subject owes)
    // (nor what a party may ask or sues for, a right: "có quyền yêu cầu Tòa án thu thập …", NQ 02/2022/NQ-HĐTP)
    if ((ends_any(p2, {"đề nghị", "yêu cầu"}) && has_any(in_clause, {"có văn bản", "có công văn", "gửi văn bản"})) ||
        ends_any(p2, {"phải đề nghị", "phải yêu cầu", "có quyền yêu cầu", "có quyền đề nghị", "khởi kiện yêu cầu"}))
      subject = false;
    // (the list's second item too, after a first one we do not take: "phải đề nghị cơ quan có thẩm quyền, chủ đầu tư …")
    if (const std::size_t ask = p2.rfind("phải đề nghị ");
        ask != std::string::npos && ends_any(p2, {","}) && p2.size() - ask < 60 && p2.find(';', ask) == std::string::npos)
      subject = false;
    // "… tại Kỳ họp thứ Sáu, HĐND tỉnh và Tổ đại biểu HĐND tỉnh đơn vị huyện Bắc Mê biết, giám
    // sát": the bodies a report goes to, to know of it
    if (subject && (starts_any(post, {"biết", "được biết"}) || has_any(head_of(post, 40), {"biết ,", "biết ."})))
      subject = false;
    // "Quỹ khen thưởng cho CC : 05%", "Quỹ dự phòng : 10%"
    if (allotted_share(post)) subject = false;
    // "Đối tượng áp dụng: Các cơ quan, tổ chức, cá nhân khác có liên quan, gồm:": whom
    // the document applies to, a scope and no task
    if (subject && scope_label(cb > 0 && t[cb - 1].text == ":" ? keys.joined(cl.of(cb - 1).first, cb) : std::string_view(p2)))
      subject = false;
    // "… được nộp Bộ Kế hoạch và Đầu tư, Bộ Tài chính; Cục Thuế, Cục Thống kê địa phương (nơi …); Ban
    // quản lý Khu chế xuất, … cấp tỉnh (đối với …) và bên có vốn góp liên doanh" (TT 155/1998/TT-BTC):
    // after objects that close their clause, names with no verb of their own go on with the objects
    // (also past the level of the object before: "Bầu, miễn nhiệm … Trưởng Ban của Hội đồng nhân dân cấp mình;
    // Chủ tịch, Phó Chủ tịch, Ủy viên Ủy ban nhân dân cùng cấp", Luật 65/2025 Điều 15)
    auto past_level = [&](std::size_t q, std::size_t end) {
      while (q < end && t[q].word && (t[q].key == "cấp" || t[q].key == "mình" || t[q].key == "cùng")) ++q;
      return q;
    };
    if (subject && g > 0 && prev_end == cb && cb > 0 && t[cb - 1].text == ";" && !last_subject && !last_lead &&
        !last_coord && !last_sup && past_level(past_paren(t, ms[g - 1].e, cb - 1), cb - 1) == cb - 1) {
      const std::size_t a = past_paren(t, ms[h - 1].e, next_b);
      if (a >= next_b || (!t[a].word && t[a].text != "(") || t[a].key == "và" || t[a].key == "hoặc") subject = false;
    }
    // a duty of the body named above ("2. Sở Nông nghiệp và Môi trường" then "Yêu
    // cầu các đơn vị hoạt động khai thác khoáng sản lắp đặt …"): that body asks,
    // the ones it asks are the object of its duty
    if (owner && duty_items_.count(owner) && ends_any(p2, {"yêu cầu", "đề nghị"})) subject = false;
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
      praise_seen = praise_seen || praises(keys.joined(praise_read, ms[g].b));
      praise_read = ms[g].b;
    }
    const bool praised = praise_seen;
    if (praised || names_a_sitting(p2)) subject = false;
    if (subject && answered_to(p2)) subject = false;
    if (subject && clause_outreach && !directive_verb(post) && outreach_audience(in_clause, post)) subject = false;
    if (subject && ends_any(p2, {"đề nghị", "yêu cầu", "kiến nghị"}) && asked_in_rights_list(t, sentence_b, cb))
      subject = false;
    // (or a unit its chart defines by its duties: stated_duties.cpp)
    if (request_only && !asks_in_narrative(p2, post) && !sent_to_act &&
        !(in_clause.empty() && duty_after_description(keys.joined(post_b, cl.sentence_end(t, ce)))))
      subject = false;
    const std::string post2 = verb_words(post, post_bare, subject);
    if (subject && acted_on(post2)) subject = false;
    // "7. Giám đốc hợp tác xã nông nghiệp (được quy định tại Phụ lục số 07)." (QĐ 64/2024 Hà Nội, a list of
    // trades each with its annex): a title that only points to its annex, no verb, names no one acting
    if (subject && p2.empty() && has_any(post, {"( được quy định tại phụ lục", "( quy định tại phụ lục"}) &&
        !has_any(head_of(post, 80), {",", "có trách nhiệm", "chủ trì", "thực hiện"}) && !directive_verb(post) &&
        starts_any(post.substr(post.find("( ") + 2), {"được quy định tại phụ lục", "quy định tại phụ lục"}) &&
        post.find(')') != std::string::npos && post.find(')') + 2 >= post.size())
      subject = false;
    // "…; đề cao trách nhiệm của người đứng đầu, cá thể hóa trách nhiệm; …" (NQ 61/2022/QH15): a principle
    // of the work named by whose duty it stresses, no task of theirs; with the field of that duty it is
    // one ("Đề cao trách nhiệm của người đứng đầu … trong việc bảo vệ khoáng sản …", CV 5973/2026 Lào Cai)
    if (subject && ends_any(p2, {"đề cao trách nhiệm của"}) && !has_any(post, {"trong", "đối với", "để", "về", "khi"}))
      subject = false;
    // "…; mời đại diện cấp ủy, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp tham
    // gia hội nghị đối thoại" (Luật 65/2025 Điều 24): the bodies invited are guests, given no task (under a
    // label "Cơ quan phối hợp: Mời Ban Tổ chức Thành ủy tham gia, …" the label gives their role: QĐ 256/2004)
    if (subject && !after_label && (starts_any(in_clause, {"mời"}) || ends_any(p2, {"mời", "mời đại diện"})))
      subject = false;
    // the agent of an owed passive ("phải được Sở quản lý ngành phối hợp cùng … thẩm định")
    if (!subject && owed_passive(p2, post2)) subject = true;
    // a delegation closing its sentence ("Nội dung hỗ trợ cụ thể do Ủy ban nhân
    // dân tỉnh quy định;", "… do Trưởng đoàn phân công.")
    if (!subject && delegates_rule(p2, post2, clause, in_clause)) subject = true;
    // "Dự toán kinh phí: Ủy ban nhân dân thành phố Tam Điệp tổ chức lập …":
    // a topic label, then a sentence whose subject is the body
    // ("…: Phòng Kinh tế hoặc phòng Kinh tế, Hạ tầng và Đô thị là cơ quan đầu mối, tổng hợp trình …")
    // (a step of a procedure the role-holder takes: "Đối với cơ sở không phải lấy mẫu: Trưởng đoàn
    // kiểm tra gửi Biên bản kiểm tra đến …"; "…: Sở Tài chính thẩm định phương án giá dịch vụ …")
    // (not after a scope label: "Đối tượng áp dụng: Các cơ quan, …, cá nhân quản lý, sử dụng … nguồn kinh phí …
    // thực hiện các nội dung hỗ trợ …", NQ 10/2017 Bắc Giang — whom the text applies to, described by what they do)
    if (!subject && ends_any(p2, {":"}) && (directive_verb(post) ||
        starts_any(post, {"là cơ quan đầu mối", "là đơn vị đầu mối", "gửi", "ban hành", "thẩm định"})) &&
        !scope_label(p2))
      subject = true;
    if (!subject && (passive_agent(p2, post_bare, clause) || address_form(p2))) subject = true;
    // "- Tài sản kết cấu hạ tầng cụm công nghiệp; … thương mại - Bộ Công Thương." (CV 8388/BTC-QLCS): an item
    // that names, after a dash at its end, the body answering for it (the clause above: "các bộ quản lý
    // chuyên ngành thực hiện việc quy định … cụ thể như sau:")
    const bool dash_named = !subject && owner && owner->kind == ProvisionKind::item && h == ms.size() &&
                            (post_bare.empty() || post_bare == ".") && ends_any(p2, {"-", "–", "—"});
    // "Tiêu chuẩn hoá các thông tin phục vụ hoạt động quản lý tại các đơn vị: VP. UBND Tỉnh, Sở kế hoạch &
    // đầu tư, Cục thống kê, …, tuân thủ theo những quy định …" (KH CNTT Lâm Đồng 1998): names in apposition
    // to a place ("tại|ở <bodies>:") say where the work is done, not who does it; so does the rest of their list
    const bool place = g > 0 && (place_apposition(t, ms[g - 1], ms[g].b) ||
                                 (prev_place && only_list_marks(t, ms[g - 1].e, ms[g].b)));
    if (place) subject = false;
    // "Nguồn kinh phí: Từ nguồn Ngân sách nhà nước; nguồn kết dư Quỹ bảo hiểm y tế tại địa phương; Quỹ khám
    // chữa bệnh cho người nghèo; …" (NQ 68/2017 Điện Biên), "… do Quỹ bảo hiểm y tế chi trả": a fund named as
    // where money comes from, or as who pays it out, is a source of money, not a body given a task ("Quỹ hỗ
    // trợ xuất khẩu thực hiện các nhiệm vụ …", "Quỹ … có trách nhiệm …" are)
    if (subject && t[ms[g].b].key == "quỹ" &&
        money_source(keys.joined(cl.sentence_begin(t, cb), ms[g].b), p2, post_bare))
      subject = false;
    // powers, and a body that only speaks or directs ("HĐND tỉnh tán thành …", "… yêu cầu UBND tỉnh")
    // the words after the names to the sentence's end (read only when a power or a check is in question)
    auto rest = [&] { return keys.joined(post_b, cl.sentence_end(t, ce)); };
    const bool power = (is_power(post, post2, post_bare, clause) && !duty_after_description(rest()) && !grant_then_duty(rest()) &&
                        !handed_power(p2, post2) && !(next_b == ce && tasks_follow(keys.joined(ce, cl.sentence_end(t, ce))))) ||
                       (subject && starts_any(post_bare, {"ở", "tại", "do"}) && described_past_qualifier(rest())) ||
                       (subject && starts_any(post_bare, {"trong thời gian"}) && [&] {
                         const std::string_view verb = past_recess(rest());  // (a view into the text's keys)
                         return !verb.empty() && is_power(verb, verb, verb, clause);
                       }());
    const bool sup_verb = oversight_verb(post2) && !inspects(post2, rest());
    // "phối hợp với các tổ chức kinh tế, Mặt trận Tổ quốc, các đoàn thể …":
    // a list broken by a name we do not take goes on with its role
    const bool list_goes_on = prev_clause == cb && ends_any(p2, {",", "và"}) && short_gap(f, t, prev_end, ms[g].b);
    // "… do chính quyền, Ủy ban Mặt trận Tổ quốc, …", "… phối hợp với ban công tác Mặt trận, các
    // tổ chức đoàn thể triệu tập": names listed after a first item we do not take
    auto listed = [&](std::initializer_list<std::string_view> marker, std::size_t span) {
      return listed_after(f, t, ms[g].b, cb, marker, span);
    };
    if (subject && listed({"do"}, 3) && !starts_any(post_bare, {"phối hợp với"}) &&
        !passive_agent("do", post_bare, clause))
      subject = false;
    const bool coord_list = listed({"phối", "hợp", "với"}, 12) || listed({"cùng", "với"}, 12) ||
                            listed({"chủ", "trì", "cùng"}, 12) || listed({"phối", "hợp", "cùng"}, 12);
    // "… có sự giám sát, kiểm tra của Ban thanh tra nhân dân xã"
    const bool titled = ends_any(p2, {"quy chế phối hợp", "chương trình phối hợp", "kế hoạch phối hợp"});
    const bool overseen_by = ends_any(p2, {"sự giám sát của", "sự giám sát , kiểm tra của", "sự kiểm tra , giám sát của"});
    if (overseen_by) {
      sup = true;
    } else if (list_goes_on && !prev_coord && !prev_lead &&
               (!(names_end < t.size() && t[names_end].word && f.m(names_end, {K::stop}) &&
                  // (a preposition is no verb: "… đôn đốc các Chủ tịch …, Giám đốc sở trong việc thực hiện …",
                  // "Tổng hợp đề nghị của các sở, …, cơ quan, tổ chức liên quan về việc xây dựng …")
                  // (nor a reference: "… các chức danh của Hội đồng nhân dân, Ủy ban nhân dân theo quy định tại Điều 34")
                  !has_any(keys.joined(names_end, std::min(t.size(), names_end + 2)), {"trong", "tại", "đối với", "để", "về", "theo"})) ||
                starts_any(in_clause, {"việc"}) || prev_directed)) {
      // ("Chỉ đạo Sở Tài nguyên và Môi trường, …, Ban quản lý Khu kinh tế, công nghiệp, các ngành liên
      // quan và Ủy ban nhân dân các địa phương rà soát …": the rest of a list broken by a name we cut
      // is directed like its head, the verb after it is theirs by direction)
      // (unless a verb follows: "Căn cứ kết quả … của Bộ X, Ủy ban nhân dân cấp tỉnh hoàn thiện …";
      // not in a clause whose subject is an act: "Việc bầu cử cán bộ … của Hội đồng nhân dân, ủy
      // ban nhân dân thực hiện theo Luật …" — the verb is the act's)
      subject = false;  // "các văn bản của Tỉnh ủy, Ban …, Ủy ban nhân dân tỉnh": objects all
    } else if (titled) {
      // "… tổ chức thực hiện Quy chế phối hợp các sở, ngành, Ủy ban nhân dân cấp xã về quản lý cụm công
      // nghiệp": the names after a title "Quy chế (Chương trình, Kế hoạch) phối hợp" are its parties,
      // given no role here (not "có kế hoạch phối hợp với …", a plan to work with them)
      subject = false;
    } else if (ends_any(p2, {"phối hợp với", "phối hợp", "cùng với", "phối hợp cùng", "phối hợp chặt chẽ với",
                             // "Giữ mối liên hệ và phối hợp công tác với Ban Thường trực Ủy ban Mặt trận …" (Luật 65/2025 Điều 29)
                             "phối hợp công tác với", "phối hợp công tác chặt chẽ với",
                             "phối hợp và phát huy vai trò của",
                             // "Xây dựng chính sách, kế hoạch đào tạo CNTT với sự phối hợp chặt chẽ giữa Sở Khoa học,
                             // Công nghệ và Môi trường, Sở giáo dục & Đào tạo, …" (KH CNTT Lâm Đồng 1998)
                             "với sự phối hợp giữa", "với sự phối hợp chặt chẽ giữa",
                             // "b) Chủ trì cùng các Sở, ban, ngành Thành phố, … rà soát": the partners of who leads
                             "chủ trì cùng"}) ||
               // "Bộ trưởng Bộ Kế hoạch và Đầu tư thống nhất với Bộ trưởng Bộ Nội vụ ban hành …"
               (ends_any(p2, {"thống nhất với"}) && ms[h - 1].e < t.size() && t[ms[h - 1].e].word &&
                f.m(ms[h - 1].e, {K::stop}) > 0) ||
               (list_goes_on && prev_coord) || coord_list) {
      coord = true;
    } else if (dash_named) {
      subject = lead = true;
    } else if (label_role.coord && subject) {
      coord = true;
    } else if (label_role.sup && subject && !(ends_any(p2, {":"}) && directive_verb(post2))) {
      // (a topic before a sentence with its own verb is no role: "Quy định về việc lấy mẫu phân tích
      // và kinh phí phân tích mẫu giám sát: Cục Chăn nuôi và Thú y tổ chức thực hiện việc lấy mẫu …")
      sup = true;
    } else if (subject && !power &&
               (post_words || ends_colon || heading || names_only || ends_any(p2, {":"}) || label_list)) {
      Roles r = subject_roles(post2, sup_verb);
      // "Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát …" (CV 778/TCHQ-GSQL): the
      // partner named right after "phối hợp", without "với" — the guide's "X phối hợp với Y": X leads
      if (r.coord && !r.lead && post2 == "phối hợp" && h2 < ms.size() && ms[h2].b == next_b && next_b < ce)
        r = Roles{true, false, false};
      lead = r.lead;
      coord = r.coord;
      sup = r.sup;
      if (sup && !lead && organises_check(post_bare, post2)) lead = true;
      // "…; tổ chức kiểm tra, đôn đốc việc thực hiện": the body's later
      // clauses (up to the next name) oversee the carrying out
      if (lead && !sup) {
        std::size_t h3 = h2;  // the next name that opens a clause: a new subject
        // (or after a fronted phrase: "Trên cơ sở …, Ủy ban nhân dân tỉnh thống nhất với …")
        auto fronted_subject = [&](const Mention& m) {
          return opens_clause(t, m.b, true) && m.e < t.size() && t[m.e].word && !t[m.e].upper && f.m(m.e, {K::stop}) > 0;
        };
        while (h3 < ms.size() && !opens_clause(t, ms[h3].b, false) && !fronted_subject(ms[h3])) ++h3;
        std::size_t sup_end = h3 < ms.size() ? ms[h3].b : t.size();
        // (not past a sentence that hands work to others: "… thông qua. Giao Thường trực … giám sát, đôn đốc")
        if (const std::size_t se = cl.sentence_end(t, ce);
            se + 1 < sup_end && (t[se + 1].key == "giao" ||
                                 (se + 2 < sup_end && t[se + 1].key == "đề" && t[se + 2].key == "nghị")))
          sup_end = se;
        const std::string_view after = keys.joined(post_b, sup_end);
        sup = supervises(after);
        if (sup && joint_oversight(after)) lead = false;
      }
    }
    // (the subjects' words run up to the partner: "… có trách nhiệm phối hợp với | Bộ Y tế")
    if ((lead && subject && ends_any(post, {"phối hợp với"})) || (coord && !subject && ends_any(p2, {"phối hợp với"}))) {
      if (partner_leads(t, keys, ms, cl.sentence_begin(t, cb), lead ? next_b : ms[g].b)) {
        coord = lead;  // (the subjects coordinate; the partner only leads, by its "chủ trì")
        lead = false;
      }
    }
    if (informed) lead = true;
    if (debug) std::fprintf(stderr, "  g=%zu p2=[%s] post=[%s] subj=%d power=%d lead=%d coord=%d sup=%d pw=%d\n", g, p2.c_str(), post.c_str(), subject, power, lead, coord, sup, post_words);
    if (told || narrated || praised || restated || topic.granted || rights_) lead = coord = sup = false;
    // a letter's account of the issuer's own work ("Hiện nay, Bộ Tài chính đang khẩn trương phối hợp
    // với các cơ quan hữu quan trình Chính phủ …"): its partners are given nothing; only a request or
    // a duty in the clause makes them coordinators
    if (request_only && coord && !subject && !has_any(in_clause, {"đề nghị", "yêu cầu", "giao", "trách nhiệm", "chủ trì"}))
      coord = false;
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
    if (heading && !duty_heading(fold(text))) lead = sup = coord = false;
    // (its list of duties, as under "Trách nhiệm của …": the heading's body has its lead only)
    if (holder) lead = true;
    if (!scope_read || verb_clause.data() != scope_verb_clause.data() || verb_clause.size() != scope_verb_clause.size() ||
        clause.data() != scope_clause.data() || clause.size() != scope_clause.size()) {
      scope_read = true;
      scope_verb_clause = verb_clause;
      scope_clause = clause;
      scope = scope_of(verb_clause, clause);
    }
    const Scope sc = scope ? Scope::document : Scope::provision;
    when_ = clause_when;
    if (names_only && (lead || sup)) {
      lead = true;
      sup = sup || topic.child_sup;
      coord = topic.child_coord;
    } else if (g == 0 && subject && lead) sup = sup || topic.child_sup;  // (a lead-in that announces its duties)
    // the issuer itself speaking ("Sở Công Thương Lào Cai thông báo cho các đơn vị")
    add_group(eid, f, words, ms, g, h, {subject, lead, coord, sup, heading, speaks(post2), sc});
    last_subject = subject;
    last_lead = lead;
    last_coord = coord;
    last_sup = sup;
    prev_coord = coord && !lead;
    prev_lead = lead || sup;
    prev_directed = !subject && !lead && !coord && !sup && (ends_any(p2, {"chỉ đạo"}) || (list_goes_on && prev_directed));
    prev_clause = cb;
    prev_place = place;
    prev_issuers = !subject && ((prev_issuers && prev_clause == cb && (p2 == "," || p2 == "và" || p2 == ", và")) ||
                                (ends_any(p2, {"của"}) && has_any(p2, {"số"}) && p2.find('/') != std::string::npos &&
                                 has_any(p2, {"năm"})));
    g = h;
  }
}

}  // namespace vanban::link_detail
