// Role-holders named by what they do for the state ("người có thẩm quyền xử phạt", "người ra quyết
// định tạm giữ", "người lập biên bản"): the official who holds a power or took a step of a procedure
// acts for a body, and the annotation guide assigns such offices and role-holders. They are read
// only as the subject of a duty opening a clause ("… thì người có thẩm quyền xử phạt phải chuyển
// ngay hồ sơ …", Luật 15/2012 Điều 62; "Người có thẩm quyền ra quyết định có trách nhiệm theo
// dõi, đôn đốc …"): elsewhere "người" is a person ("người vi phạm", "người bị tạm giữ").
#include <algorithm>

#include "internal.h"
#include "mentions.h"

namespace vanban::link_detail {

// The words after "người" that make it a role-holder: a power ("có thẩm quyền"), a decision or a
// step taken for the state ("(đã) ra quyết định", "lập biên bản", "thu tiền phạt", "tạm giữ",
// "khám", "xử phạt", "giải quyết khiếu nại"), a task handed to it ("được phân công", "được giao
// nhiệm vụ"; not what it was given to keep, "người được giao quản lý sử dụng tài sản", a staff member's
// care), or the state's stake it holds ("đại diện phần vốn").
// Returns how many words the head takes, 0 if none.
std::size_t role_head(std::string_view after) {
  static constexpr std::string_view heads[] = {
      "có thẩm quyền", "đã ra quyết định", "ra quyết định", "lập biên bản", "thu tiền phạt", "tạm giữ", "khám",
      "xử phạt", "giải quyết", "được phân công", "được giao nhiệm vụ", "quyết định",
      // the state's representative in a company (Luật Quản lý, sử dụng vốn nhà nước …, Điều 46-50: "người đại
      // diện phần vốn có trách nhiệm thực hiện các quyền …", CV 3397/BKHĐT 2019), who acts for the owner body
      "đại diện phần vốn nhà nước", "đại diện phần vốn"};
  for (const std::string_view h : heads)
    if (after.substr(0, h.size()) == h && (after.size() == h.size() || after[h.size()] == ' '))
      return static_cast<std::size_t>(std::count(h.begin(), h.end(), ' ')) + 1;
  return 0;
}

bool role_holder(std::string_view key) {
  constexpr std::string_view person = "người ";
  return key.substr(0, person.size()) == person && role_head(key.substr(person.size())) > 0;
}

void Finder::role_holders(std::vector<Mention>& out) const {
  const std::size_t n = t_.size();
  // "Trách nhiệm của người có thẩm quyền xử lý vi phạm hành chính" (an article's heading): the
  // role-holder whose duties the clauses list, whole
  if (n > 4 && t_[0].key == "trách" && t_[1].key == "nhiệm" && t_[2].key == "của" && t_[3].key == "người" &&
      role_head(join_keys(t_, 4, std::min(n, std::size_t{8}))) &&
      std::all_of(t_.begin() + 4, t_.end(), [](const Tok& x) { return x.word; }) &&
      std::none_of(out.begin(), out.end(), [](const Mention& mn) { return mn.b >= 3; })) {
    put_described(out, 3, n);
    return;
  }
  for (std::size_t s = 0; s + 1 < n; ++s) {
    if (!t_[s].word || t_[s].key != "người") continue;
    // (inside a sentence, a second clause joined by "và" or after a condition closed with no comma, "trong
    // trường hợp cần thiết": only with its duty, "… đối với tổ chức và người có thẩm quyền xử phạt phải ra
    // quyết định …", Luật 15/2012 Điều 56; a task's verb may be the first clause's; role_words.cpp reads
    // it as the subject, subject_lead_in)
    const bool inside = s >= 2 && (t_[s - 1].key == "và" || (t_[s - 1].key == "thiết" && t_[s - 2].key == "cần"));
    // (the agent of an owed passive: "Việc xử phạt … phải được người có thẩm quyền xử phạt lập thành hồ sơ
    // …", Luật 15/2012 Điều 57 — up to the verb it owes, scan.cpp's owed_passive gives the role)
    const bool owed = s >= 2 && t_[s - 1].key == "được" && t_[s - 2].key == "phải";
    if (!inside && !owed && !subject_start(out, s)) continue;
    const std::size_t h = role_head(join_keys(t_, s + 1, std::min(n, s + 5)));
    if (!h) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Mention& mn) { return mn.b < s && mn.e > s; })) continue;
    if (owed) {
      for (std::size_t q = s + 1 + h; q < n && q < s + 1 + h + 4 && t_[q].word; ++q)
        if (starts_any(join_keys(t_, q, std::min(n, q + 3)), {"lập thành", "thẩm định", "xem xét", "kiểm tra"})) {
          put_described(out, s, q);
          break;
        }
      continue;
    }
    bool duty = false;
    if (const std::size_t e = role_end(s + 1 + h, 12, &duty); e && (duty || subject_start(out, s)))
      put_described(out, s, e);
  }
}

std::size_t Finder::role_end(std::size_t from, std::size_t reach, bool* is_duty) const {
  const std::size_t n = t_.size();
  // the duty that makes it the subject, in the same clause: "phải", "có trách nhiệm", "chịu trách
  // nhiệm", "có nghĩa vụ"; the words before it say which role-holder and stay in the mention
  // ("người có thẩm quyền xử phạt đã ra quyết định xử phạt có trách nhiệm …"), up to a task's own
  // verb ("Người có thẩm quyền xử phạt tổ chức phiên giải trình trực tiếp và có trách nhiệm nêu …")
  // or another subject listed with it ("Người quyết định đầu tư, chủ đầu tư chịu trách nhiệm …")
  std::size_t e = 0;
  bool duty = false, task = false;  // task: a task's own verb ends it, a bare imperative of the law
  bool joined = false;              // a comma, "và" or "hoặc" passed: a verb after it may be another's
  for (std::size_t q = from, words = 0; q < n && words < 18; ++q) {
    const Tok& x = t_[q];
    if (!x.word && x.text != ",") break;
    if (!x.word) {
      joined = true;
      if (!e && q + 1 < n && t_[q + 1].word &&
          (t_[q + 1].key == "người" || body_noun(q + 1) || m(q + 1, {K::office}) || agency_start(q + 1)))
        e = q;
      continue;
    }
    ++words;
    const std::string k = join_keys(t_, q, std::min(n, q + 3));
    if (starts_any(k, {"phải", "có trách nhiệm", "chịu trách nhiệm", "có nghĩa vụ"})) {
      duty = true;
      if (!e) e = q;
      break;
    }
    // (a grant is no duty: "người có thẩm quyền xử phạt được thu tiền phạt trực tiếp và phải nộp …")
    // (nor is a condition's end: "… đã được cơ quan, người có thẩm quyền quyết định thì tổ chức, đơn vị
    // sử dụng lao động chỉ gửi báo cáo …", NĐ 230/2025 Điều 5 — "thì", "mà" open another clause, its
    // own subject after them)
    if (x.key == "được" || x.key == "thì" || x.key == "mà") break;
    if (x.key == "và" || x.key == "hoặc") joined = true;
    // a reference says where the role is set, not which one ("người có thẩm quyền cấp giấy phép quy
    // định tại Điều 108 của Luật này chủ trì, …", Luật 147/2025)
    if (!e && starts_any(k, {"quy định tại", "theo quy định"})) e = q;
    // (a verb that opens a task, not one that may be the object's: "cấp giấy phép xây dựng"), the task
    // alone as a bare verb ("Người có thẩm quyền đang thi hành công vụ thực hiện việc áp giải người vi
    // phạm"); not past a list ("Người quyết định đầu tư quyết định thời gian, tiến độ thực hiện …")
    // (and taking in or keeping the papers withdrawn: "người có thẩm quyền xử phạt thu giữ, bảo quản giấy
    // phép …", "Người có thẩm quyền xử phạt giữ giấy phép, chứng chỉ hành nghề …", Luật 15/2012 Điều 80, 25)
    if (!joined && words <= reach &&
        starts_any(k, {"tổ chức", "thực hiện", "tiến hành", "chủ trì", "lập biên bản", "thu giữ", "giữ giấy phép"})) {
      if (!e) e = q;
      task = true;
    }
  }
  if ((!duty && !task) || (e > from && !t_[e - 1].word && t_[e].word)) return 0;
  if (is_duty) *is_duty = duty;
  return e;
}

}  // namespace vanban::link_detail
