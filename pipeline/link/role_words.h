// What the words around a group of names say of its role, read over folded
// keys only: the words before the names (p2, bullets stripped), after them
// (post; post2 from the verb on) and of their clause. scan.cpp finds these
// stretches in the tokens; the tests here decide subject, power, oversight,
// labels and document scope. Split from scan.cpp so the token walking and the
// vocabulary of roles can be read apart.
#pragma once

#include <string>
#include <string_view>

namespace vanban::link_detail {

// The words before the names make them the subject of what follows: nothing
// but bullets, a duty lead-in ("Trách nhiệm của …"), a fronted time or
// phrase ("hằng năm", "Căn cứ …,"), a request ("giao", "đề nghị") or a label
// line glued to the names. (upper: the first name is capitalised; post: the words after a role-holder's
// name, which may open a second clause inside the sentence before its duty)
bool subject_lead_in(std::string_view p2, bool upper, std::string_view post = {});

// Drops an opening quote and a list label ("“1 .", "b )") from the words
// before the names: the new wording an amending act quotes keeps its labels
// inside the quoting article's text ("b) Cục Tác chiến (Bộ Quốc phòng) có
// trách nhiệm trả lời …"), where they open a sentence as a bullet does
// (scan.cpp drops it when a duty's words follow the names).
void strip_quoted_label(std::string& p2);

// The words from the predicate's verb: past ": " or a leading parenthetical
// (", trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …") and the
// duty markers ("có trách nhiệm", "chủ động" …) that stand before it.
std::string verb_words(const std::string& post, const std::string& post_bare, bool subject);

// "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì …": an account of a past
// request, not one this document makes.
bool told_before(std::string_view in_clause, std::string_view p2);

// "Quỹ khen thưởng cho CC : 05%": a share allotted, no one acts.
bool allotted_share(std::string_view post);

// Words of a council praising or thanking the bodies named after them.
bool praises(std::string_view k);
// "… tại Kỳ họp thứ Ba, Hội đồng nhân dân tỉnh khóa XI": the council named
// after the sitting says whose sitting it was, it is no subject.
bool names_a_sitting(std::string_view p2);

// "phải được Sở quản lý ngành phối hợp cùng … thẩm định": the agent of an
// owed passive.
bool owed_passive(std::string_view p2, std::string_view post2);

// "Nội dung hỗ trợ cụ thể do Ủy ban nhân dân tỉnh quy định;": a delegation
// to set rules closing its sentence makes the body after "do" its subject.
bool delegates_rule(std::string_view p2, std::string_view post2, std::string_view clause, std::string_view in_clause);

// The verb after the names gives a power, or a body that only speaks or
// directs ("HĐND tỉnh tán thành …", "… có quyền …"): no task.
bool is_power(std::string_view post, std::string_view post2, std::string_view post_bare, std::string_view clause);
// "Hội đồng nhân dân họp mỗi năm ít nhất 02 kỳ": a sitting the law fixes is the body's duty, not its
// power over how it sits ("họp công khai"); none when another convenes it ("… do … triệu tập"). stated_duties.cpp
bool owes_sitting(std::string_view post_bare);
// In a narrative or an organisation chart (read for requests only), the words around the names still
// give a task: a hand-over, a request, a duty or a delegation ("Giao …", "… có trách nhiệm …"). A unit
// the chart defines by its duties ("Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng
// nhân dân, thực hiện nhiệm vụ, quyền hạn …", Luật 65/2025 Điều 27) is read by duty_after_description.
bool asks_in_narrative(std::string_view p2, std::string_view post);

// "Chính quyền địa phương tại đơn vị hành chính - kinh tế đặc biệt do Quốc hội quy định …": the names
// are what the agent after "do" acts on, no verb of their own before it (post2: their words up to it).
bool acted_on(std::string_view post2);

// "Đơn vị thu phí được trích để lại 80% … và nộp 20% còn lại vào ngân sách": the share a fee
// collector keeps comes with paying in the rest (or managing what it keeps) — its duty.
bool collector_duty(std::string_view post);

// A fund named as a source of money, not an actor: its sentence's words before it
// (before) name the sources ("Nguồn kinh phí: Từ nguồn …; Quỹ …"), or it pays
// ("do Quỹ bảo hiểm y tế chi trả"); p2: the words just before it, post: after.
bool money_source(std::string_view before, std::string_view p2, std::string_view post);

// "Giám đốc Sở là người đứng đầu Sở do Chủ tịch … bổ nhiệm, chịu trách nhiệm
// trước …", "Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố;
// thực hiện chức năng tham mưu …": after what the body is (rest: the
// sentence's words from "là" on, other names included), the duty or the
// functions it carries out, its own predicate after a comma or ";".
bool duty_after_description(std::string_view rest);
// The subject's grant ("có quyền …") then its duty in the same sentence ("…; chịu trách nhiệm …",
// "… và chịu trách nhiệm …"): the duty assigns. `rest` runs from the subject to the sentence's end.
bool grant_then_duty(std::string_view rest);
// "…, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân cùng cấp …": the name follows
// "trách nhiệm trước" and only its list (p2: the words before it) — whom a body answers to, no task.
bool answered_to(std::string_view p2);
// "Ủy ban nhân dân ở cấp … do Hội đồng nhân dân cùng cấp bầu, là cơ quan chấp hành …": a qualifier of the
// name, then "là" and what the body is, with no duty of its own (rest: from the name to the sentence's end).
bool described_past_qualifier(std::string_view rest);
// "… trong thời gian Hội đồng nhân dân không họp xem xét, chấp thuận …": the subject's verb after the
// recess phrase (rest: from the subject on), or empty when the phrase is not there.
std::string_view past_recess(std::string_view rest);

// "…; đồng thời cập nhật nội dung thay đổi để báo cáo …", "…; phân công trách nhiệm …; ban hành chính
// sách …": the sentence goes on, after the clause of a power (next: its words from the ";" on), with
// tasks of the same body — no name of another subject before them.
bool tasks_follow(std::string_view next);

// "… gửi Sở Công Thương để chủ trì, phối hợp với các sở, ngành liên quan tổ chức thẩm định": the body a
// file is sent to leads the work after it (p2 the words before the names, post those after).
bool sent_for_work(std::string_view p2, std::string_view post);
// A name further on in the list of those a decision is sent to ("gửi cho A, B và C để thi hành"): a receiver.
bool sent_on_to(std::string_view in_clause, std::string_view p2, std::string_view post);

// The verb after the names oversees ("giám sát", "kiểm tra", "đôn đốc").
bool oversight_verb(std::string_view post2);
// A run of checking verbs that ends in the handling of breaches ("kiểm tra, theo dõi, giám sát, xử lý vi
// phạm …"): enforcement the body does itself.
bool handles_breaches(std::string_view post2);
// Drops an honorific before an office from the words before the names: "Đ/c", "đồng chí <name> -".
void strip_honorific(std::string& p2);
// The check after the names inspects works or private parties ("kiểm tra đối với chủ đầu tư …",
// "kiểm tra các công trình …"; `rest`: the words from the names' end to the sentence's): no oversight.
bool inspects(std::string_view post2, std::string_view rest);

// "… tổ chức thực hiện thanh tra, kiểm tra …": the body organises the check itself, its own task as well as
// oversight (post_bare: the words after the names, post2: the same past the lead-ins; duty_forms.cpp).
bool organises_check(std::string_view post_bare, std::string_view post2);
// "Tổ chức tuyên truyền, phổ biến … đối với …, ban quản lý cơ sở tín ngưỡng …": the name is the audience of
// an outreach verb earlier in its clause (in_clause: the clause's words before it), not a subject.
bool outreach_audience(std::string_view in_clause, std::string_view post);
// The clause has an outreach verb ("tuyên truyền", "phổ biến", "vận động"): outreach_audience is read only then.
bool has_outreach_verb(std::string_view clause);

// ", người khai hải quan, người nộp thuế báo cáo …" after a body (post: the words after its name): persons
// listed with it, then a verb they share (p2: the words before the name, no object's preposition).
bool persons_then_verb(std::string_view p2, std::string_view post);

// The role a label before the clause's colon gives the names after it
// ("Cơ quan phối hợp: …", "Đơn vị thực hiện: …", "Tăng cường phối hợp giữa
// các cơ quan: A, B và C"); `subject` is set when the label decides it.
struct LabelRole {
  bool coord = false, sup = false;
};
LabelRole read_label(std::string_view label, std::string_view p2, bool& subject);

// The roles a subject's verb gives: lead, or coordinate ("X phối hợp thực
// hiện"), or supervise, and both where the verbs are listed together.
struct Roles {
  bool lead = false, coord = false, sup = false;
};
Roles subject_roles(std::string_view post2, bool sup_verb);
// "phối hợp với <Y> giám sát việc thực hiện …" with no verb of its own before: oversight done together
bool joint_oversight(std::string_view after_subject);

// A heading that names whose duties follow ("Trách nhiệm của …", "Quyền
// hạn, trách nhiệm của …"), folded.
bool duty_heading(std::string_view h);

// The clause carries out the document itself ("… chịu trách nhiệm thi hành
// Quyết định này" in the verb's clause, "… thực hiện Nghị quyết." closing the
// names' clause). (doc_type: the document's kind folded, null when unknown)
bool document_scope(std::string_view verb_clause, std::string_view clause, const std::string* doc_type);

// The issuer itself speaking ("Sở Công Thương Lào Cai thông báo cho …").
bool speaks(std::string_view post2);

}  // namespace vanban::link_detail
