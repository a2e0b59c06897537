// The token structure scan.cpp reads roles over: clauses (cut at ";" and
// sentence full stops), groups of names joined by "," / "và" / "các", and
// the tests on the tokens around a group that tell a list of objects from a
// list of subjects. Split from scan.cpp: these walk tokens and mentions,
// role_words.h reads folded words.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "mentions.h"

namespace vanban::link_detail {

struct Clauses {
  std::vector<std::size_t> cut;  // tokens that end a clause, sorted
  // the last ":" before each token in its clause (npos when none): labels
  // are looked up per group, and long clauses hold many groups
  std::vector<std::size_t> colon_before;
  // [begin, end) of the clause holding token i
  std::pair<std::size_t, std::size_t> of(std::size_t i) const;
  // where the sentence of a clause beginning at cb begins (after the last full stop)
  std::size_t sentence_begin(const std::vector<Tok>& t, std::size_t cb) const;
  // where the sentence of a clause ending at ce ends (its full stop, or the text's end)
  std::size_t sentence_end(const std::vector<Tok>& t, std::size_t ce) const;
};

// Clauses split at ";" and sentence full stops; `lifted` (the text's list was
// lifted into children) also at a ":" before a capital.
Clauses cut_clauses(const std::vector<Tok>& t, bool lifted);

// The names at b stand in apposition to a place: "tại|ở <place>:" just before them.
bool place_apposition(const std::vector<Tok>& t, const Mention& place, std::size_t b);
// The clause at cb is an item of a list of rights ("Người khai hải quan có quyền: a) …; c) Đề nghị …"), the
// last ":" between the sentence's begin sb and cb closing "có (các) quyền (sau đây)" (duty_forms.cpp).
bool asked_in_rights_list(const std::vector<Tok>& t, std::size_t sb, std::size_t cb);
// Only list marks ("," "và") between from and to.
bool only_list_marks(const std::vector<Tok>& t, std::size_t from, std::size_t to);
// "… nâng cao nhận thức⏎Trách nhiệm chỉ đạo thực hiện: Đảng ủy A; Đảng ủy B; các cấp ủy, tổ chức
// đảng.": the clause at cb is an item of a list of names that a role label's colon opened (the colon cut
// the clause, a title line joined to its text), the items before it split by ";" and names only. The
// label's words, [its capitalised first word, the colon), or {npos, npos}.
std::pair<std::size_t, std::size_t> list_label(const std::vector<Tok>& t, const Clauses& cl,
                                               const std::vector<Mention>& ms, std::size_t cb);

// The end (exclusive index into ms) of the group of names starting at ms[g].
std::size_t group_end(const Finder& f, const std::vector<Tok>& t, const std::vector<Mention>& ms, std::size_t g,
                      const Clauses& cl);

// The token after a parenthesis at i ("(nơi doanh nghiệp đặt trụ sở chính)"),
// i when none opens there; never past `end`.
std::size_t past_paren(const std::vector<Tok>& t, std::size_t i, std::size_t end);

// The verb a list's items share when they are split by ";" and only the last
// one is followed by words: the first duty after the clause end `ce`
// (a ";"), with only the later items' names before it (no other verb, a few
// words each); npos when there is none.
std::size_t shared_verb(const Finder& f, const std::vector<Tok>& t, const std::vector<Mention>& ms, std::size_t h,
                        std::size_t ce, const Clauses& cl);

// The names at b follow a list's first item we do not take, a few words after
// the marker that gives the list its role ("do chính quyền, Ủy ban Mặt trận Tổ
// quốc", "phối hợp với ban công tác Mặt trận, các tổ chức đoàn thể"): the
// first item is up to `span` tokens back to the marker, none a verb — "do mỗi
// cơ quan chủ trì, Sở Tư pháp …" and "do Nhà nước định giá, Sở quản lý ngành
// …" end a phrase, the name opens a clause. (cb: the clause's begin)
bool listed_after(const Finder& f, const std::vector<Tok>& t, std::size_t b, std::size_t cb,
                  std::initializer_list<std::string_view> marker, std::size_t span);

// The words between the previous group (ending at prev_end) and the names at
// b are a short stretch with no verb, parentheses aside: a list broken by a
// name we do not take.
bool short_gap(const Finder& f, const std::vector<Tok>& t, std::size_t prev_end, std::size_t b);

// The comma before the names at b goes on with a list opened after "giữa",
// "là" or "gồm" and a capitalised name in the same stretch: objects all.
bool listed_after_object(const std::vector<Tok>& t, std::size_t b, std::size_t cb);

// The group ms[g, h) is the subject of a condition ("Trường hợp X phát hiện …, thì ra thông báo …",
// "Đối với dự án … mà X chưa xây dựng … thì phải xây dựng …") whose "thì" opens a duty with no
// subject of its own: [post_b, next_b) become the duty's words, and true.
bool carried_subject(const std::vector<Tok>& t, const KeyText& keys, const std::vector<Mention>& ms, std::size_t g,
                     std::size_t h, const Clauses& cl, std::size_t& post_b, std::size_t& next_b);

}  // namespace vanban::link_detail
