// What a sentence says a body must do, where its words could be read another way: an inspection the
// body organises (its own work and a check), the bodies an outreach task is aimed at (its audience), a
// clause that tells what was already asked of a body (an account, no task), and oversight of others'
// work told from a procedure's own check.
#include <algorithm>
#include <string>

#include "clauses.h"
#include "role_words.h"

#include "internal.h"

namespace vanban::link_detail {

bool told_before(std::string_view in_clause, std::string_view p2) {
  // ("… đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành …")
  if (has_any(in_clause, {"đã có văn bản", "đã có công văn"}) && ends_any(p2, {"đề nghị", "yêu cầu", "giao"}))
    return true;
  // "Luật Bảo vệ môi trường năm 2020 và Nghị định số 06/2022/NĐ-CP … giao Bộ Tài chính chủ trì thành lập Thị
  // trường các-bon trong nước" (TB 467/TB-VPCP): what another act assigns, told (not "Luật này", the act's own)
  if (ends_any(p2, {"giao", "giao cho"}) &&
      starts_any(in_clause, {"luật", "bộ luật", "nghị định", "nghị quyết số", "quyết định số", "thông tư số",
                             "chỉ thị số"}) &&
      !has_any(in_clause, {"này"}))
    return true;
  // "đã giao", "đã chỉ đạo", and with a manner word between: "Ủy ban nhân dân tỉnh … đã khẩn trương chỉ
  // đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan …" (CV 384/BYT-KCB) tells what was done
  constexpr std::string_view da = "đã ";
  for (std::size_t at = in_clause.find(da); at != std::string_view::npos; at = in_clause.find(da, at + 1)) {
    if (at > 0 && in_clause[at - 1] != ' ') continue;
    std::string_view rest = in_clause.substr(at + da.size());
    for (int skipped = 0; skipped <= 2; ++skipped) {
      if (starts_any(rest, {"giao", "yêu cầu", "đề nghị", "chỉ đạo"})) return true;
      const std::size_t sp = rest.find(' ');
      // ("đã được giao …": a body named by what it was given, not an account)
      if (sp == std::string_view::npos || starts_any(rest, {"được"})) break;
      rest.remove_prefix(sp + 1);
    }
  }
  return false;
}

bool organises_check(std::string_view post_bare, std::string_view post2) {
  // "Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … tổ chức thực hiện thanh tra, kiểm tra, xử lý kịp
  // thời … các hành vi vi phạm" (NĐ 87/2025): the guide's "tổ chức thực hiện" is the body's own task
  // (lead) and the inspection it carries out a check (supervise) — two entries. post2 is post_bare
  // past its lead-ins ("có trách nhiệm", "tổ chức"); the words just before it say which
  static constexpr std::string_view organise = "tổ chức ";
  if (!starts_any(post2, {"thực hiện"}) || post_bare.size() < post2.size() + organise.size()) return false;
  const std::size_t at = post_bare.size() - post2.size();
  return post_bare.compare(at, post2.size(), post2) == 0 &&
         post_bare.compare(at - organise.size(), organise.size(), organise) == 0;
}

// The verbs of outreach: one list for the clause's cheap test (scan.cpp) and the audience reading below.
static constexpr std::string_view kOutreachVerbs[] = {"tuyên truyền", "phổ biến", "vận động"};

bool has_outreach_verb(std::string_view clause) {
  for (const std::string_view v : kOutreachVerbs)
    if (has_any(clause, {v})) return true;
  return false;
}

bool outreach_audience(std::string_view in_clause, std::string_view post) {
  // "Tổ chức tuyên truyền, phổ biến chủ trương, chính sách, pháp luật về tín ngưỡng, tôn giáo đối với cán
  // bộ, …, người đại diện, ban quản lý cơ sở tín ngưỡng trong phạm vi quản lý." (QĐ 13/2025 Hà Nội): the
  // bodies after "đối với" (or "cho") an outreach verb are whom it reaches — objects of the action, as the
  // guide says, given nothing (a cheap test first: most clauses have no outreach verb)
  std::size_t verb = std::string_view::npos;
  for (const std::string_view v : kOutreachVerbs)
    if (const std::size_t q = in_clause.rfind(v); q != std::string_view::npos && (verb == std::string_view::npos || q > verb))
      verb = q;
  if (verb == std::string_view::npos) return false;
  const std::string_view after = in_clause.substr(verb);
  // (no clause of another subject between: ";", ":" or a duty word)
  if (!has_any(after, {"đối với", "cho"}) || has_any(after, {";", ":", "trách nhiệm", "chủ trì", "phối hợp"}))
    return false;
  // (the body's own verb after it makes it a subject: "… cho các xã, Ủy ban nhân dân xã tổ chức …")
  return !directive_verb(post);
}

bool persons_then_verb(std::string_view p2, std::string_view post) {
  // "Quá trình thực hiện nếu phát sinh vướng mắc, cơ quan hải quan, người khai hải quan, người nộp thuế báo
  // cáo, phản ánh, đề xuất cụ thể về Bộ Tài chính …" (TT 62/2019/TT-BTC): the body listed with persons, who
  // take no entry (the guide), then the verb all of them share — the body is a subject like its fellows
  // (not a list of objects: "… bồi dưỡng … cho hòa giải viên là người dân tộc thiểu số, già làng, trưởng bản,
  // người có uy tín … tham gia thực hiện hòa giải", QĐ 173/2015/QĐ-BTP — whom the training is for)
  if (!starts_any(post, {", người"}) || has_any(p2, {"cho", "của", "với", "là", "đối với"})) return false;
  const std::string_view head = head_of(post, 120);
  const std::size_t stop = head.find_first_of(";:.");
  return has_any(head.substr(0, stop), {"báo cáo", "thực hiện", "chủ trì", "phối hợp", "đề xuất", "kiến nghị",
                                         "tổ chức", "triển khai", "cung cấp", "gửi"});
}

bool asked_in_rights_list(const std::vector<Tok>& t, std::size_t sb, std::size_t cb) {
  // "1. Người khai hải quan có quyền: a) …; c) Đề nghị cơ quan hải quan kiểm tra lại thực tế hàng hoá …; g)
  // Yêu cầu cơ quan hải quan xác nhận bằng văn bản …" (Luật 42/2005, Điều 23 Luật Hải quan, printed in one
  // provision): the items are what the holder may do, and the bodies it may ask are the objects of its
  // right (the guide: grants of power are not assignments), as lists_rights reads such a list in children.
  // The last ":" of the sentence before the clause says which list the clause is an item of.
  for (std::size_t i = cb; i > sb + 1;) {
    --i;
    if (t[i].text != ":") continue;
    // "có quyền :", "có các quyền sau đây :", "có những quyền sau :" (not "có quyền và nghĩa vụ :")
    for (std::size_t j = i; j > sb && j + 4 > i;) {
      --j;
      if (t[j].key == "quyền") return j > sb && (t[j - 1].key == "có" || t[j - 1].key == "các" || t[j - 1].key == "những");
      if (!t[j].word || !(t[j].key == "sau" || t[j].key == "đây")) return false;
    }
    return false;
  }
  return false;
}

bool oversight_verb(std::string_view post2) {
  // "sẽ tiến hành giám sát", "thực hiện kiểm tra việc thực hiện pháp luật": a light verb before the oversight
  // ("tăng cường công tác giám sát nội dung này": the work of oversight named as a noun)
  for (std::string_view light : {"sẽ", "tiến hành", "thực hiện", "hoạt động", "công tác", "việc"})
    if (starts_any(post2, {light}) && post2.size() > light.size()) post2.remove_prefix(light.size() + 1);
  // (not "Ủy ban nhân dân cấp tỉnh tổ chức kiểm tra kiến thức pháp luật …": an examination the
  // body holds, not oversight of others' work)
  // (nor a procedure's check of the file before it: "… có trách nhiệm kiểm tra hồ sơ, công bố thông báo hàng
  // hải", "Cơ quan cấp Giấy phép kinh doanh kiểm tra thông tin về Giấy chứng nhận …", NĐ 14/2026: its step;
  // so is the file's legality or completeness checked before it goes on: "Trưởng phòng Tư pháp cấp huyện có
  // trách nhiệm kiểm tra tính pháp lý của hồ sơ và gửi Trưởng công an cùng cấp", Luật 15/2012 Điều 99; and a
  // check to determine an amount: "Sau khi nhận được tờ khai, cơ quan thuế kiểm tra, xác định số thuế tạm nộp
  // cả năm", TT 99/1998/TT-BTC)
  return starts_any(post2, {"giám sát", "theo dõi", "kiểm tra", "đôn đốc", "thanh tra , kiểm tra"}) &&
         !checks_a_file(post2) && !starts_any(post2, {"kiểm tra kiến thức", "kiểm tra trình độ", "kiểm tra sát hạch",
                                                      "kiểm tra thông tin", "kiểm tra tính pháp lý",
                                                      "kiểm tra , xác định", "kiểm tra xác định",
                                                      // (an on-site check of the applicant's premises or goods,
                                                      // the procedure's step: "Cơ quan có thẩm quyền tổ chức kiểm
                                                      // tra thực tế cơ sở đào tạo, lập biên bản …", NĐ 14/2026)
                                                      "kiểm tra thực tế"});
}

bool inspects(std::string_view post2, std::string_view rest) {
  // an inspection of works or of private parties: "Ủy ban nhân dân cấp xã kiểm tra đối với chủ đầu tư hạ
  // tầng kỹ thuật cụm công nghiệp và nhà đầu tư thứ cấp …", "Cơ quan chuyên môn về xây dựng cấp tỉnh kiểm
  // tra các công trình chuyên ngành …": the body's own enforcement, a task it leads (the words after the
  // names too: the party inspected may be a name found, "chủ đầu tư")
  if (!starts_any(post2, {"kiểm tra"})) return false;
  const std::size_t at = rest.find("kiểm tra ");
  if (at == std::string_view::npos) return false;
  return starts_any(rest.substr(at), {"kiểm tra đối với chủ đầu tư", "kiểm tra đối với nhà đầu tư",
                                      "kiểm tra đối với doanh nghiệp", "kiểm tra đối với các doanh nghiệp",
                                      "kiểm tra đối với cơ sở", "kiểm tra đối với các cơ sở", "kiểm tra các công trình",
                                      "kiểm tra công trình"});
}

// A run of checking verbs that ends in the handling of breaches: "kiểm tra, rà soát, theo dõi, giám sát, xử
// lý vi phạm …" (the run only: "kiểm tra việc xử lý …" checks another's handling)
bool handles_breaches(std::string_view post2) {
  while (!post2.empty()) {
    if (starts_any(post2, {"xử lý"})) return true;
    bool verb = false;
    for (const std::string_view v : {"kiểm tra", "rà soát", "theo dõi", "giám sát", "thanh tra", "đôn đốc", "phát hiện"})
      if (starts_any(post2, {v})) {
        post2.remove_prefix(v.size());
        verb = true;
        break;
      }
    if (!verb) return false;
    if (post2.rfind(" , ", 0) == 0) post2.remove_prefix(3);
    else if (post2.rfind(" và ", 0) == 0) post2.remove_prefix(std::string_view(" và ").size());
    else return false;
  }
  return false;
}

void strip_honorific(std::string& p2) {
  // "Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo …" (CV 384/BYT-KCB): the
  // honorific "Đ/c" (đồng chí) before an office is no word of the request; the cue is before it
  if (constexpr std::string_view hon = "đ / c"; !p2.empty() && p2.back() == 'c' && ends_any(p2, {hon}) &&
                                                (p2.size() == hon.size() || p2[p2.size() - hon.size() - 1] == ' ')) {
    p2.resize(p2.size() - hon.size());
    while (!p2.empty() && p2.back() == ' ') p2.pop_back();
    return;
  }
  // "Yêu cầu đồng chí Hoàng Văn Thuân - Phó Giám đốc Sở …" (CV 5085/SCT-VP Lào Cai): nor are the comrade's
  // title and name before the office held
  // (an inspection team's plan names its members so: "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách
  // chung; …", KH 1105/KH-ĐKT Lào Cai)
  if (!ends_any(p2, {"-"})) return;
  std::size_t at = std::string::npos;
  for (const std::string_view title : {"đồng chí ", "ông . ", "ông ", "bà . ", "bà "}) {
    const std::size_t a = p2.rfind(title);
    if (a == std::string::npos || (a > 0 && p2[a - 1] != ' ') ||
        std::count(p2.begin() + static_cast<std::ptrdiff_t>(a + title.size()), p2.end(), ' ') > 4)
      continue;
    if (at == std::string::npos || a < at) at = a;  // ("ông . " before "ông ": the title whole)
  }
  if (at == std::string::npos) return;
  p2.resize(at);
  while (!p2.empty() && p2.back() == ' ') p2.pop_back();
}

}  // namespace vanban::link_detail
