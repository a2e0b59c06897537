// Link stage internals shared by its modules: word tests over folded keys,
// and time phrases (deadlines, recurrence). Not part of the public API.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.h"
#include "vanban/link.h"

namespace vanban::link_detail {

using K = AgencyKind;

// "tỉnh", "huyện", "xã", "thành phố", "cấp" …: words of an administrative unit.
bool is_place_word(std::string_view k);
// Word-bounded occurrence / prefix of any of `ws` in a folded key string.
// (string_view: the literals' lengths are known when compiled)
bool has_any(std::string_view s, std::initializer_list<std::string_view> ws);
bool starts_any(std::string_view s, std::initializer_list<std::string_view> ws);
// s ends with one of `ws`, whole or after a space ("… giao cho", not "bàn giaocho").
bool ends_any(std::string_view s, std::initializer_list<std::string_view> ws);
// The first words of s, about n bytes, cut at a space (never inside a character).
std::string_view head_of(std::string_view s, std::size_t n);
// The words open an inserted phrase of the body's own remit ("trong phạm vi
// nhiệm vụ, quyền hạn của mình", "theo chức năng, nhiệm vụ được giao").
bool scope_phrase(std::string_view k);
// Drops a leading parenthetical (", trong phạm vi nhiệm vụ, quyền hạn của mình, …").
std::string strip_parenthetical(std::string s);
// The words after a name begin a directive ("tổ chức lập …", "có trách nhiệm …").
bool directive_verb(std::string_view post);
// The words narrate what the body did ("đã tổ chức …"), no directive.
bool narrates(const std::string& post);
// The words give the body an oversight duty ("kiểm tra, đôn đốc việc thực hiện").
bool supervises(std::string_view key);
// "kiểm tra hồ sơ", "kiểm tra tính đầy đủ / hợp lệ / hợp pháp …": a file checked, a step of a procedure,
// not oversight of others' work (words.cpp; supervises and oversight_verb both exclude it).
bool checks_a_file(std::string_view key);
// "Trách nhiệm (chung) của", "Nhiệm vụ của" before the names of a duty list.
bool duty_lead_in(std::string_view lead_in);
// "Trong phạm vi nhiệm vụ, quyền hạn của mình," before a subject: a fronted scope, beside duty_lead_in.
bool within_remit(std::string_view lead_in);
// A duty (a child's opening under the body it belongs to) oversees others
// carrying out ("đôn đốc", "theo dõi", "giám sát việc …"), not the body's own
// enforcement ("kiểm tra hàng hóa", "tuần tra, kiểm tra tại các khu vực").
bool oversees(std::string_view key);
// A duty that helps others' task: a clause opening with "phối hợp" (not
// "phối hợp với X", which names who helps).
bool coordinates(std::string_view key);
// In a report, the words before a name (p2) and after it give a task: a
// request now ("tiếp tục yêu cầu các Sở, ban, ngành:") or a duty ("có trách
// nhiệm", "phải", "cần"); anything else narrates.
bool report_directs(std::string_view before, std::string_view after);
// A scope label (folded): "Đối tượng áp dụng", "Phạm vi điều chỉnh", "Phạm vi
// (và đối tượng) áp dụng", "Giải thích từ ngữ" open words about whom and what the
// document concerns, no task. Headings, clause labels and the lead-in before a
// list ("Đối tượng áp dụng: Các cơ quan, …") are read with this one list.
bool scope_label(std::string_view k);
// The words are such a label and nothing else ("Đối tượng áp dụng:").
bool only_scope_label(std::string_view k);
// "các tổ chức, cá nhân", "các doanh nghiệp": private parties, not assigned.
bool private_parties(std::string_view key);
// private_parties, save the parties the closing article asks to report their
// difficulties ("nếu có vướng mắc, các tổ chức, cá nhân phản ánh về …"): the
// collective of words [b, e) of `keys`, n words in all.
bool unassigned_parties(std::string_view key, const KeyText& keys, std::size_t b, std::size_t e, std::size_t n);
// "người có thẩm quyền xử phạt", "người ra quyết định tạm giữ": a role-holder acting for the state (role_holders.cpp).
bool role_holder(std::string_view key);
// How many words of `after` (the words after "người") make it a role-holder, 0 if none (role_holders.cpp).
std::size_t role_head(std::string_view after);
// The words before a name hand it work: "Giao", "giao cho", "Giao nhiệm vụ (cho)".
bool hands_work(std::string_view p2);
// A bare "các đơn vị" followed by the trade it carries on ("… khai thác khoáng sản"): businesses.
bool trade_after(std::string_view key, std::string_view after);
// Folded keys of tokens [b, e) joined by spaces.
std::string join_keys(const std::vector<Tok>& t, std::size_t b, std::size_t e);
// The duty word at p ("phải", "cần") is negated ("không phải nộp", "chưa cần"): an exemption, no duty.
bool negated_at(const std::vector<Tok>& t, std::size_t p);
// The first letter in upper case (Vietnamese letters included).
std::string capitalise(std::string s);

// A clause's deadline (ISO), recurrence code and the words that gave them.
struct When {
  std::optional<std::string> deadline, recurrence, words;
};
// "trước ngày 30/6/2025", "chậm nhất ngày …", "trong quý III năm 2025", "hằng năm",
// "định kỳ 6 tháng", "thường xuyên" …
When when_of(const std::string& printed);
// The same for tokens [b, e) of a text whose keys are folded once (`printed`
// is their source bytes): the clause's key is taken from `keys` when needed.
When when_of(std::string_view printed, const KeyText& keys, std::size_t b, std::size_t e);

}  // namespace vanban::link_detail
