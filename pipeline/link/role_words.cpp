// The vocabulary of roles around a group of names: see role_words.h.
#include "role_words.h"

#include <algorithm>

#include "agents.h"
#include "internal.h"

namespace vanban::link_detail {

void strip_quoted_label(std::string& p2) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < p2.size() && p2[i] == ' ') ++i;
  };
  for (const std::string_view q : {"“", "\""})
    if (p2.compare(i, q.size(), q) == 0) {
      i += q.size();
      skip_spaces();
    }
  // a letter ("a", "đ") or a number ("1", "2.1"), then " )" or " ."
  std::size_t k = i;
  if (p2.compare(k, 2, "đ") == 0)
    k += 2;
  else if (k < p2.size() && p2[k] >= 'a' && p2[k] <= 'z')
    ++k;
  else
    while (k < p2.size() && ((p2[k] >= '0' && p2[k] <= '9') || (k > i && p2[k] == '.' && k + 1 < p2.size() &&
                                                                 p2[k + 1] >= '0' && p2[k + 1] <= '9')))
      ++k;
  if (k > i && k + 2 <= p2.size() && p2[k] == ' ' && (p2[k + 1] == ')' || p2[k + 1] == '.') &&
      (k + 2 == p2.size() || p2[k + 2] == ' ')) {
    i = k + 2;
    skip_spaces();
  }
  p2.erase(0, i);
}

bool subject_lead_in(std::string_view p2, bool upper, std::string_view post) {
  // a role-holder (post given only for one, role_holders.cpp) as a second subject inside the sentence, its
  // duty right after it: a clause joined by "và" ("… 500.000 đồng
  // đối với tổ chức và người có thẩm quyền xử phạt phải ra quyết định …", Luật 15/2012 Điều 56), or after a
  // condition closed with no comma ("Khi xem xét …, trong trường hợp cần thiết người có thẩm quyền xử phạt
  // có trách nhiệm xác minh …", Điều 59) — not a task's verb, which may be the first clause's
  if ((ends_any(p2, {"và"}) || ends_any(p2, {"trường hợp cần thiết", "khi cần thiết", "nếu cần thiết"})) &&
      starts_any(post, {"phải", "có trách nhiệm", "chịu trách nhiệm"}))
    return true;
  // ("Trong quá trình thực hiện Kế hoạch, trường hợp cần thiết phải điều chỉnh, bổ sung Thủ trưởng các đơn vị có
  // liên quan kịp thời có ý kiến bằng văn bản …", QĐ 836/QĐ-BXD: the case's words run into the subject)
  if (has_any(p2, {"trường hợp"}) && starts_any(post, {"kịp thời"})) return true;
  // "Trên cơ sở chức năng, nhiệm vụ …, các Giám đốc Sở-Ban-Ngành thành phố …", "Đến hết quý II năm
  // 2004, tất cả các Sở, Ban ngành thành phố phải …": a determiner left outside the name belongs to it
  for (const std::string_view w : {"tất cả các", "tất cả", "các"})
    if (p2.size() > w.size() && ends_any(p2, {w}) && ends_any(p2.substr(0, p2.size() - w.size() - 1), {","})) {
      p2.remove_suffix(w.size() + 1);
      break;
    }
  // "Nhiệm vụ và hoạt động của Tổng cục Hải quan", "Trách nhiệm chung của các cơ quan"
  const bool duty_of = duty_lead_in(p2);
  // (not inside a fronted purpose: "Để bảo đảm việc sử dụng nguồn kinh phí …, nâng cao trách nhiệm của cơ sở KCB
  // và người tham gia BHYT, BHXH các tỉnh có văn bản đề nghị …", CV 296/BHXH-CSYT: the subject follows it)
  const bool raised = has_any(p2, {"nâng cao trách nhiệm của", "nâng cao vai trò của", "tăng cường trách nhiệm của"}) &&
                      !(starts_any(p2, {"để"}) && ends_any(p2, {","}));
  // "Căn cứ …, hằng năm Văn phòng Ủy ban nhân dân Thành phố xây dựng kế hoạch …": a time
  // phrase fronted before the subject, alone or after the sentence's opening phrase
  bool fronted_time = false;
  for (const std::string_view w : {"hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng",
                                   "hằng tuần", "hàng tuần", "định kỳ", "định kỳ hằng năm", "định kỳ hàng năm"})
    if (ends_any(p2, {w})) {
      const std::string_view before = p2.substr(0, p2.size() - w.size());
      fronted_time = before.empty() || ends_any(before.substr(0, before.size() - 1), {","});
      break;
    }
  // "…, trong đó năm 2004 các ngành, các cấp cần tập trung:", "Trong năm 2025 các sở, ngành …": a year
  // fronted with no comma after it
  if (!fronted_time && p2.size() >= 9 && p2.compare(p2.size() - 9, 5, "năm ") == 0 &&
      std::all_of(p2.end() - 4, p2.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::string_view before = p2.substr(0, p2.size() - 9);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (const std::string_view w : {"trong đó", "trong", "đến hết", "đến"})
      if (ends_any(before, {w})) {
        before.remove_suffix(w.size());
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        break;
      }
    fronted_time = before.empty() || ends_any(before, {","});
  }
  return p2.empty() || duty_of || fronted_time ||
         ((hands_work(p2) || ends_any(p2, {",", "đề nghị", "yêu cầu", "trách nhiệm của", "nhiệm vụ của", "riêng", "thì",
                                           "vai trò của", "vai trò , trách nhiệm của"})) &&
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
          upper);  // a label line glued to the names that follow
}

// "Quốc hội, …, Mặt trận Tổ quốc Việt Nam, các tổ chức thành viên của Mặt trận và mọi công dân giám sát
// hoạt động của cơ quan …" (Luật 15/2012 Điều 19): the rest of a name we cut ("các tổ chức" | "thành viên
// của Mặt trận") and persons listed with the bodies ("và mọi công dân") stand before the verb they share
static void past_fellow_subjects(std::string& post2) {
  for (const std::string_view pfx : {"thành viên của mặt trận", "và mọi công dân", "và công dân", "và nhân dân"})
    if (starts_any(post2, {pfx}) && post2.size() > pfx.size() && post2[pfx.size()] == ' ')
      post2.erase(0, pfx.size() + 1);
}

std::string verb_words(const std::string& post, const std::string& post_bare, bool subject) {
  // ", trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …": the verb
  // comes after a parenthetical phrase
  // "Đề nghị Ủy ban Mặt trận … và các cơ quan liên quan: Tăng cường giám sát …"
  std::string post2 = post.rfind(": ", 0) == 0 && subject ? strip_parenthetical(post.substr(2)) : post_bare;
  // lead-ins before the verb that gives the role, in the order they stand: the area the bodies
  // serve and a request's courtesy ("đề nghị UBND các xã, phường trên địa bàn tỉnh quan tâm, phối
  // hợp thực hiện"), then a duty's or a manner's words ("có trách nhiệm", "tăng cường" …)
  // ("… gửi Sở Công Thương để chủ trì, phối hợp …": the purpose a file is sent for, sent_for_work)
  if (starts_any(post2, {"để"})) post2 = post2.substr(std::min(post2.size(), std::string_view("để").size() + 1));
  past_fellow_subjects(post2);
  for (const std::string_view pfx : {"trên địa bàn tỉnh", "trên địa bàn huyện", "trên địa bàn thành phố",
                                     "trên địa bàn xã", "quan tâm ,", "quan tâm", "có trách nhiệm", "chịu trách nhiệm",
                                     "căn cứ chức năng , nhiệm vụ ,", "chủ động", "tiếp tục tăng cường", "tăng cường",
                                     "thường xuyên", "tổ chức"}) {
    if (starts_any(post2, {pfx})) post2 = post2.substr(std::min(post2.size(), pfx.size() + 1));
  }
  return post2;
}

bool allotted_share(std::string_view post) {
  std::string_view share = post;
  while (!share.empty() && (share.back() == ' ' || share.back() == '.' || share.back() == ';')) share.remove_suffix(1);
  if (!share.empty() && share.back() == '%' && (share.rfind(": ", 0) == 0 || share.find(" : ") != std::string::npos))
    return true;
  // a coefficient in a table of posts ("Hệ số trách nhiệm theo vị trí công tác (K1): Trưởng ban : 1,0 Phó
  // Trưởng ban : 0,8 …"): the name, a colon and a decimal number, nothing else (not a page number left
  // after a duty lead-in: "Trách nhiệm của Sở Xây dựng: 16")
  return share.size() > 2 && share.rfind(": ", 0) == 0 && share[2] >= '0' && share[2] <= '9' &&
         share.find_first_of(",.", 2) != std::string_view::npos &&
         std::all_of(share.begin() + 2, share.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' '; });
}

bool names_a_sitting(std::string_view p2) {
  if (!ends_any(p2, {","})) return false;
  const std::size_t at = p2.rfind("kỳ họp thứ ");
  if (at == std::string_view::npos) return false;
  // one word (the sitting's number) between "thứ" and the comma
  std::string_view rest = p2.substr(at + std::string_view("kỳ họp thứ ").size());
  return rest.size() > 2 && rest.find(' ') == rest.size() - 2;
}

bool praises(std::string_view k) {
  return has_any(k, {"đánh giá cao", "biểu dương", "hoan nghênh", "cảm ơn", "ghi nhận sự", "ghi nhận và"});
}

bool owed_passive(std::string_view p2, std::string_view post2) {
  // (not "do X chủ trì", which names who leads something else)
  // ("Quy trình bảo trì phải được chủ đầu tư tổ chức lập …", "… phải được Bộ Quốc phòng, Bộ Công an có ý
  // kiến về việc bảo đảm quốc phòng, an ninh trước khi phê duyệt dự án", Luật 135/2025: drawn up, an opinion owed)
  return ends_any(p2, {"phải được"}) &&
         starts_any(post2, {"chủ trì", "phối hợp", "thẩm định", "tổ chức", "triệu tập", "thực hiện", "kiểm tra",
                            "giám sát", "hướng dẫn", "tiếp nhận", "lập", "có ý kiến",
                            // "Nội dung kết quả hội nghị đối thoại với Nhân dân phải được Ủy ban nhân dân thông
                            // báo đến Nhân dân …" (Luật 65/2025 Điều 24): a notice owed
                            "thông báo", "công bố"});
}

bool delegates_rule(std::string_view p2, std::string_view post2, std::string_view clause, std::string_view in_clause) {
  // not a form or a case that a rule defines ("theo mẫu do Bộ … quy định", "trường hợp khác do …"),
  // nor the work of one who serves another ("… giúp Chánh Thanh tra thực hiện nhiệm vụ do Chánh
  // Thanh tra phân công")
  // ("chưa được quy định tại khoản 1 Điều này": a reference, no passive)
  auto passive = [&] {
    constexpr std::string_view ref = "được quy định tại ";
    for (std::size_t at = in_clause.find("được "); at != std::string_view::npos; at = in_clause.find("được ", at + 1))
      if ((at == 0 || in_clause[at - 1] == ' ') && in_clause.compare(at, ref.size(), ref) != 0) return true;
    return false;
  };
  const bool serves_another = has_any(in_clause, {"là", "giúp", "thực hiện"}) || passive();
  // "Những tình tiết giảm nhẹ khác do Chính phủ quy định." (Luật 15/2012 Điều 9): the sentence is the
  // noun phrase and its delegation, the other cases for the rule-maker to set; not a case named inside
  // another clause ("… trong trường hợp … và các trường hợp khác do Chính phủ quy định")
  const bool others = ends_any(p2, {"khác do"}) && !(starts_any(in_clause, {"những", "các"}) &&
                                                    !has_any(in_clause, {"trường hợp"}));
  // ("Giá đất khi chuyển quyền sử dụng do Uỷ ban Nhân dân cấp tỉnh qui định căn cứ vào khung giá đất …",
  // NĐ 61-CP/1994: the old spelling, and the grounds of the rule after it)
  auto sets_rule = [](std::string_view v) {
    if (v.rfind("qui định", 0) == 0) v.remove_prefix(std::string_view("qui").size());
    else if (v.rfind("quy định", 0) == 0) v.remove_prefix(std::string_view("quy").size());
    else return v == "phân công" || v == "phân công .";
    return v == " định" || v == " định cụ thể" || v == " định chi tiết" || v == " định ." || v == " định cụ thể ." ||
           v == " định ;" || starts_any(v.substr(1), {"định căn cứ vào", "định căn cứ"}) ||
           // "… do Quốc hội quy định khi thành lập đơn vị hành chính - kinh tế đặc biệt đó" (Luật 65/2025), "…
           // do Chính phủ quy định sau khi được sự đồng ý của Ủy ban thường vụ Quốc hội" (Luật 15/2012): when
           starts_any(v.substr(1), {"định khi", "định sau khi"});
  };
  return ends_any(p2, {"do"}) && !ends_any(p2, {"theo mẫu do"}) && !others &&
         clause.find("theo ") == std::string_view::npos && !serves_another && sets_rule(post2);
}

// A decision the body owes, not only may take: by a time ("Thường trực HĐND quyết định chương trình
// giám sát … chậm nhất là 15 ngày …"), with a report on it ("UBND tỉnh xem xét quyết định mức hỗ trợ
// … và báo cáo HĐND tỉnh kết quả thực hiện …"), or a council examining reports at its sittings
// ("Hội đồng nhân dân tỉnh xem xét các báo cáo 6 tháng và 1 năm": its own work in its programme).
static bool owed_decision(std::string_view post2, std::string_view clause) {
  if (!starts_any(post2, {"quyết định", "xem xét", "ra quyết định", "họp", "phê duyệt"})) return false;
  return (starts_any(post2, {"quyết định", "xem xét", "ra quyết định", "họp"}) &&
          has_any(clause, {"chậm nhất", "trước ngày", "trong thời hạn", "hằng năm", "hàng năm", "vào cuối năm",
                           "vào đầu năm"})) ||
         starts_any(post2, {"xem xét các báo cáo", "xem xét báo cáo"}) ||
         (starts_any(post2, {"xem xét", "quyết định", "phê duyệt"}) && has_any(post2, {"và báo cáo", ", báo cáo"}));
}

// "Hội đồng nhân dân, Ủy ban nhân dân tại đơn vị hành chính được điều chỉnh một phần địa giới hành
// chính để thành lập đơn vị hành chính mới tiếp tục hoạt động cho đến khi hết nhiệm kỳ" (Luật
// 65/2025 Điều 44): a long qualifier of which bodies, with no comma or verb of a task, then "tiếp tục
// hoạt động cho đến khi …": the bodies live on, no task
// Words that only qualify the body before its predicate: one clause (no ",", ";", ":") with no duty or
// task verb in it (lives_on, acted_on).
static bool only_qualifies(std::string_view before) {
  return before.find_first_of(",;:") == std::string_view::npos &&
         !has_any(before, {"phải", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "tổ chức", "chủ trì"});
}

static bool lives_on(std::string_view post2) {
  std::size_t at = std::string_view::npos;
  for (const std::string_view w : {"tiếp tục hoạt động cho đến khi", "tiếp tục hoạt động đến khi"})
    at = std::min(at, post2.find(w));
  if (at == std::string_view::npos || at == 0) return false;
  return only_qualifies(post2.substr(0, at));
}

bool is_power(std::string_view post, std::string_view post2, std::string_view post_bare, std::string_view clause) {
  // (a demonstrative after the name is still the name's: "thì Ủy ban nhân dân cấp tỉnh đó xem xét, quyết định")
  if (post2.size() > 5 && post2.compare(0, 5, "đó ") == 0) post2.remove_prefix(5);
  // ("Cơ quan hải quan chỉ được quyết định …", "… chỉ chấp nhận trong trường hợp …", Luật 42/2005: a power, limited)
  bool power = starts_any(post2, {"có quyền", "được", "chỉ được", "chỉ chấp nhận", "không", "xem xét", "sớm xem xét", "quyết định", "phê duyệt", "là", "của",
                                  // ("… người chủ trì cuộc họp là 100.000 đồng/người/buổi, các đại biểu khác là 70.000
                                  // đồng/người/buổi", NQ 26/2017 Trà Vinh: a rate, the others described)
                                  "khác là",
                                  "thuộc", "tán thành", "đánh giá cao", "nội dung như sau", "như sau", "cơ bản thống nhất", "thống nhất với", "thống nhất đánh giá", "thống nhất thông qua", "quyết nghị", "có thể", "chỉ định", "thảo luận", "bầu", "chấp thuận", "nhất trí", "ghi nhận", "yêu cầu", "giao",
                                  "đề nghị", "cấp giấy", "cấp phép", "cấp , gia hạn", "cấp lại", "thành lập khi",
                                  "thống nhất quản lý", "chịu sự", "bình đẳng", "có tư cách pháp nhân", "ban hành quyết định",
                                  // "Bộ trưởng … phân cấp cho Ủy ban nhân dân cấp tỉnh … có trách nhiệm …": the delegate acts
                                  "phân cấp cho", "ủy quyền cho",
                                  // a council's or a head's powers over its own sittings and
                                  // people ("Hội đồng nhân dân họp công khai", "… miễn nhiệm,
                                  // bãi nhiệm Chủ tịch …", "Thủ trưởng cơ quan nghiệm thu ra
                                  // quyết định thành lập"): how the body works, no task given
                                  "ra quyết định", "miễn nhiệm", "bãi nhiệm", "bổ nhiệm", "cách chức",
                                  // ("Hội đồng nhân dân làm việc theo chế độ tập thể và quyết định theo đa số",
                                  // Luật 65/2025 Điều 4: the mode the body works in)
                                  "làm việc theo chế độ", "hoạt động theo chế độ",
                                  // a team's end, no task: "Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ"
                                  "tự giải thể",
                                  // "Ủy ban Thường vụ Quốc hội giải tán Hội đồng nhân dân cấp tỉnh" (Luật 65/2025
                                  // Điều 47): dissolving a body is a power of the one above it, as founding it is
                                  "giải tán",
                                  // what befalls the body ("Hội đồng nhân dân cấp tỉnh bị giải tán chấm dứt hoạt
                                  // động kể từ ngày …"): a passive, no task of its own
                                  "bị",
                                  // what the body is made of or must meet ("Chính quyền địa phương ở nông thôn gồm
                                  // chính quyền địa phương ở tỉnh, huyện, xã", "Đại biểu Hội đồng nhân dân phải đáp
                                  // ứng các tiêu chuẩn sau đây:"): a composition or a qualification, no task
                                  "gồm", "phải đáp ứng các tiêu chuẩn", "phải đáp ứng tiêu chuẩn",
                                  "phải đáp ứng các điều kiện", "phải đáp ứng điều kiện", "đáp ứng điều kiện"}) &&
               // ("Bộ trưởng Bộ Tài chính quyết định hoặc phân cấp quyết định ban hành tiêu chuẩn, định mức, …", NĐ
               // 02/2021: issuing rules, the guide's delegation — a lead)
               !starts_any(post2, {"quyết định ban hành", "quyết định hoặc phân cấp quyết định ban hành"}) &&
               !starts_any(post2, {"giao nộp",  // "giao nộp hồ sơ" is a task
                                   // "đoàn kiểm tra xem xét, đánh giá nội dung khắc phục": a review it carries out
                                   "xem xét , đánh giá"}) &&
               // "Chính phủ thống nhất quản lý nhà nước đối với hợp tác xã" (Luật 18/2003): the charge of state
               // management of a field is a duty, as the gold of Luật 18/2003, NĐ 32/2024 and QĐ An Giang 2002
               // all read it (not a head's command of its own service: "Tổng cục trưởng … thống nhất quản lý,
               // điều hành hoạt động của Hải quan các cấp", NĐ 36/2015)
               !starts_any(post2, {"thống nhất quản lý nhà nước"});
  // (its own sitting, not one it holds: "Hội đồng tổ chức họp đánh giá …" is a task)
  power = power || (starts_any(post_bare, {"họp"}) && !owes_sitting(post_bare));
  // a competence stated ("Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền quyết định đầu tư …") and
  // an award decided ("Ủy ban nhân dân Thành phố xét, tặng thưởng danh hiệu …", "xét tặng", "xét
  // duyệt"): what the body may decide, no task — but "xét, đề nghị" reviews and proposes upwards
  // (a competence that comes with a duty is one: "Sở quản lý ngành, lĩnh vực có thẩm quyền, trách
  // nhiệm hiệp thương giá …", "…, Tòa án nhân dân có thẩm quyền xem xét …, cơ quan thi hành … có
  // trách nhiệm gửi văn bản …")
  power = power ||
          (starts_any(post2, {"có thẩm quyền"}) &&
           !starts_any(post2, {"có thẩm quyền , trách nhiệm", "có thẩm quyền và trách nhiệm", "có thẩm quyền và nghĩa vụ"}) &&
           !has_any(clause, {"có trách nhiệm", "chịu trách nhiệm"})) ||
          (starts_any(post2, {"xét"}) && !starts_any(post2, {"xét , đề nghị", "xét đề nghị", "xét , đề xuất", "xét chọn"}));
  // what the body is made of or how it lives on, no task: "Sở Y tế thành phố Hà Nội có Giám đốc
  // và các Phó Giám đốc" (only "có" before the names it has), "Chính quyền địa phương ở đơn vị
  // hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi …"
  // (after a qualifier of when: "… trước sắp xếp tiếp tục hoạt động")
  power = power || post2 == "có" || has_any(head_of(post2, 60), {"tiếp tục hoạt động"}) || lives_on(post2);
  // how many it has ("Đoàn thẩm định có từ 05 người trở lên, trong đó …"): its size, no task
  power = power || starts_any(post2, {"có từ", "có ít nhất", "có tối thiểu", "có tối đa", "có không quá", "có không dưới"}) ||
          (post2.size() > 4 && post2.substr(0, 4) == "có " && post2[4] >= '0' && post2[4] <= '9');
  // who founded it ("Đoàn thẩm định thực tế tại cơ sở do cơ quan có thẩm quyền … ban hành quyết định thành
  // lập"): a passive, the body is what was set up
  if (!power) {
    const std::string_view first = std::string_view(post2).substr(0, post2.find_first_of(",;:"));
    const std::size_t by = first.rfind("do ", 0) == 0 ? 0 : first.find(" do ");
    power = by != std::string_view::npos && first.find("thành lập", by) != std::string_view::npos;
  }
  // a council's members and the seat each holds ("Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ
  // tịch Hội đồng; …, giám đốc nông trường quốc doanh làm ủy viên"): who sits on it, no task
  static const std::initializer_list<std::string_view> seats = {
      "làm chủ tịch", "làm phó chủ tịch", "làm ủy viên", "làm uỷ viên", "làm thành viên", "làm thư ký",
      "làm trưởng ban", "làm phó trưởng ban", "làm tổ trưởng", "làm tổ phó"};
  // (and "làm" alone before the seat's name: "Chủ tịch UBND xã làm Chủ tịch Hội đồng")
  power = power || post2 == "làm" || starts_any(post2, seats) || (has_any(head_of(post2, 50), seats) && !directive_verb(post2));
  power = power || narrates(std::string(post2));
  // "Trung tâm trực tiếp tổ chức dạy nghề thì được chi các nội dung: …": the body's own condition, then
  // a grant (one clause, no comma before "thì"; not a duty that comes first)
  // "Hội đồng nhân dân làm thiệt hại nghiêm trọng đến lợi ích của Nhân dân thì bị giải tán": the
  // body's own fault, then what befalls it (one clause, no comma before "thì")
  // (where `then` follows, within `reach`, a condition that is one clause, or npos)
  auto own_condition = [&](std::string_view then, std::size_t reach) {
    const std::size_t c = post2.find(then);
    return c < reach && post2.substr(0, c).find_first_of(",;:") == std::string_view::npos ? c : std::string_view::npos;
  };
  if (!power && own_condition(" thì bị ", 120) != std::string_view::npos) power = true;
  // "b) Ban quản lý cấp xã thực hiện các chương trình mục tiêu quốc gia: 4.000.000 đồng/Ban quản lý/năm" (NQ
  // 56/2017 Gia Lai): the body after its label is paid a rate, no task — an amount of money after the colon
  if (const std::size_t colon = post2.find(" : ");
      !power && colon != std::string_view::npos && colon + 3 < post2.size() &&
      std::isdigit(static_cast<unsigned char>(post2[colon + 3])) && post2.find(" đồng", colon) < colon + 40 &&
      post2.substr(0, colon).find_first_of(",;") == std::string_view::npos)
    power = true;
  // "Các đơn vị, cá nhân trong ngành hải quan chỉ được sử dụng cờ truyền thống, …" (NĐ 02/2021): a limited
  // permission after the name's own qualifier, as "chỉ được" right after it
  if (!power && post2.substr(0, 80).find(" chỉ được ") < 60 && own_condition(" chỉ được ", 60) != std::string_view::npos)
    power = true;
  if (const std::size_t c = own_condition(" thì được ", 80);
      !power && c != std::string_view::npos && !has_any(post2.substr(0, c), {"trách nhiệm", "phải"}))
    power = true;
  // "Chính quyền địa phương ở các đơn vị hành chính quy định tại các điểm a, b và c khoản 1 Điều 1 của
  // Luật này là cấp chính quyền địa phương gồm có …" (Luật 65/2025 Điều 2): a definition after a reference
  if (!power && starts_any(post2, {"quy định tại"})) {
    constexpr std::string_view nay = " này ";
    const std::size_t at = post2.find(nay);
    const std::string_view rest = at == std::string_view::npos ? std::string_view() : post2.substr(at + nay.size());
    // (or a grant after it: "Ban quản lý dự án đầu tư xây dựng quy định tại điểm a khoản 1 Điều này được
    // người quyết định đầu tư giao quản lý đồng thời … các dự án …", Luật 135/2025 Điều 32, as "được" is)
    if (at < 160 && (starts_any(rest, {"là"}) || (starts_any(rest, {"được"}) && !has_any(rest, {"trách nhiệm", "phải"}))) &&
        !has_any(head_of(rest, 60), {"chịu trách nhiệm", "có trách nhiệm", "đầu mối"}))
      power = true;
  }
  // "Tổng cục Thuế là cơ quan chịu trách nhiệm in, phát hành …": a duty stated as what the body is;
  // so is a standing charge ("… là cơ quan thường trực giúp việc Ban chỉ đạo", "… là cơ quan chủ quản
  // Chương trình thành phần tại tỉnh", "… là cơ quan thực hiện việc …", "… là cơ quan tham mưu, giúp …")
  if (power && starts_any(post2, {"là"}) &&
      (has_any(std::string(head_of(post2, 60)), {"chịu trách nhiệm", "có trách nhiệm", "đầu mối"}) ||
       // (not the council's own standing body: "Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội
       // đồng nhân dân." describes it, Luật 65/2025)
       starts_any(post2, {"là cơ quan thường trực giúp", "là đơn vị thường trực giúp", "là cơ quan thường trực ban chỉ đạo",
                          "là cơ quan thường trực của ban chỉ đạo", "là cơ quan chủ quản", "là cơ quan thực hiện việc",
                          "là cơ quan tham mưu", "là đơn vị tham mưu",
                          // ("Sở Công Thương tỉnh Lào Cai là cơ quan tiếp nhận hồ sơ đề nghị cấp …", QĐ 2272/QĐ-UBND)
                          "là cơ quan tiếp nhận", "là đơn vị tiếp nhận"})))
    power = false;
  if (power && (owed_decision(post2, clause) || owed_power(post, post2, clause))) power = false;
  // "Đơn vị thu phí được trích để lại 80% trên tổng số tiền phí thu được và nộp 20% còn lại vào
  // ngân sách": the share a fee collector keeps comes with paying in the rest (or managing what it
  // keeps: "… và quản lý, sử dụng phí trích để lại") — the collector's duty
  if (power && collector_duty(post2)) power = false;
  return power;
}

bool acted_on(std::string_view post2) {
  if (!ends_any(post2, {"do"}) || post2.size() < 3) return false;
  std::string_view before = post2.substr(0, post2.size() - 2);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // a place qualifier ("tại đơn vị hành chính …", "ở …") or the rest of a name cut short ("… đặc | biệt do"),
  // with no duty in it ("Sở X tại địa phương có trách nhiệm thực hiện nhiệm vụ do …" acts)
  const bool qualifier = starts_any(before, {"tại", "ở"}) || before.find(' ') == std::string_view::npos;
  return qualifier && only_qualifies(before) && !has_any(before, {"được"});
}

bool collector_duty(std::string_view post) {
  return starts_any(post, {"được trích"}) && has_any(post, {"và nộp", "và quản lý"});
}

bool money_source(std::string_view before, std::string_view p2, std::string_view post) {
  // who pays it out: "do Quỹ … chi trả", "được Quỹ … thanh toán"
  if (ends_any(p2, {"do", "được", "từ"}) &&
      starts_any(post, {"chi trả", "chi", "thanh toán", "hỗ trợ", "bảo đảm", "đảm bảo", "cấp", "bố trí"}))
    return true;
  // a list of sources ("Nguồn kinh phí: …", "từ nguồn …"), with no duty of the fund's own after it (also
  // past the rest of its name: "Quỹ khám chữa bệnh cho người nghèo có trách nhiệm thanh toán …")
  return has_any(before, {"nguồn", "kinh phí"}) && !directive_verb(post) &&
         !has_any(post, {"có trách nhiệm", "chịu trách nhiệm", "phải", "có nhiệm vụ", "chủ trì", "phối hợp"});
}

bool grant_then_duty(std::string_view rest) {
  // "Cơ quan, tổ chức, đơn vị, cá nhân được phân cấp có quyền tham gia ý kiến …; chịu trách nhiệm trước
  // pháp luật … về kết quả thực hiện …" (Luật 65/2025 Điều 13), "… có quyền quyết định và chịu trách nhiệm
  // về việc thực hiện …" (Luật 135/2025 Điều 69): a grant does not assign, the duty that follows does
  if (!starts_any(rest, {"có quyền"})) return false;
  // ("Cơ quan kiểm tra nhà nước có quyền và trách nhiệm sau đây:", NĐ 15/2018 Điều 15: duties listed below)
  if (has_any(rest, {"và chịu trách nhiệm", "và có trách nhiệm"}) || starts_any(rest, {"có quyền và trách nhiệm"})) return true;
  // (or a new clause of the same subject, after "," or ";")
  for (const std::string_view duty : {std::string_view("chịu trách nhiệm"), std::string_view("có trách nhiệm")})
    for (std::size_t at = rest.find(duty); at != std::string_view::npos; at = rest.find(duty, at + 1)) {
      std::size_t b = at;
      while (b > 0 && rest[b - 1] == ' ') --b;
      if (b > 0 && (rest[b - 1] == ';' || rest[b - 1] == ',')) return true;
    }
  return false;
}

bool duty_after_description(std::string_view rest) {
  // "Chủ đầu tư dự án … nguy hiểm không thuộc quy định tại khoản 1 Điều 37 của Luật này phải xây dựng …"
  // (Luật 69/2025): which ones the name means ("(không) thuộc …"), then the clause's duty, no comma
  // between (not "…, Cục Thuế các tỉnh, thành phố trực | thuộc TW, đồng thời phải cập nhật …": objects
  // listed, then the subject's next duty)
  if (starts_any(rest, {"không thuộc", "thuộc"}))
    return has_any(rest.substr(0, std::min(rest.find(" ; "), rest.find(" , "))),
                   {"phải", "có trách nhiệm", "chịu trách nhiệm"});
  // (and "… là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, giúp Ủy ban nhân dân thành phố quản lý nhà nước về …")
  if (!starts_any(rest, {"là"})) return false;
  // ("Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng nhân dân, thực hiện nhiệm vụ, quyền
  // hạn theo quy định của Luật này …", "Ban của Hội đồng nhân dân là cơ quan của Hội đồng nhân dân, có nhiệm
  // vụ thẩm tra …", Luật 65/2025 Điều 27: the gold's duties)
  if (has_any(rest, {", có trách nhiệm", ", thực hiện chức năng", ", có chức năng", "; thực hiện chức năng", "; có chức năng",
                     ", thực hiện nhiệm vụ", ", có nhiệm vụ", ", giúp ủy ban nhân dân", ", giúp uỷ ban nhân dân"}))
    return true;
  // "Ủy ban nhân dân … là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa
  // phương và Ủy ban nhân dân cấp trên trực tiếp." (Luật 65/2025 Điều 6): whom the body answers to, and
  // for nothing named, is part of what it is, no task; "…, chịu trách nhiệm in, phát hành …" is one, and
  // so is answering for a work ("Giám đốc Sở là người đứng đầu Sở …, chịu trách nhiệm trước Ủy ban nhân
  // dân … về thực hiện chức năng, nhiệm vụ …", the gold of QĐ 12/2025 Hà Nội)
  // ("…; chịu trách nhiệm và báo cáo công tác trước Hội đồng nhân dân", Luật 65/2025 Điều 27: reporting is one)
  constexpr std::string_view duty = " chịu trách nhiệm";
  for (std::size_t at = rest.find(duty); at != std::string_view::npos; at = rest.find(duty, at + 1)) {
    if (at < 2 || (rest[at - 1] != ',' && rest[at - 1] != ';')) continue;
    const std::string_view after = rest.substr(at + duty.size());
    if (!starts_any(after, {" trước"}) || has_any(after.substr(0, after.find(" ; ")), {"về"})) return true;
  }
  return false;
}

bool tasks_follow(std::string_view next) {
  if (!starts_any(next, {";"})) return false;
  next.remove_prefix(1);
  while (!next.empty() && next.front() == ' ') next.remove_prefix(1);
  // (not a council's words: "Hội đồng nhân dân tỉnh tán thành …; đồng thời nhấn mạnh: …")
  if (starts_any(next, {"đồng thời ,"})) next.remove_prefix(std::string_view("đồng thời ,").size() + 1);
  else if (starts_any(next, {"đồng thời"})) next.remove_prefix(std::string_view("đồng thời").size() + 1);
  return starts_any(next, {"phân công", "ban hành", "báo cáo", "hướng dẫn", "chỉ đạo", "tổ chức thực hiện", "cập nhật",
                           "thực hiện"});
}

// "… Tòa án nhân dân đã ra quyết định phải gửi cho người bị áp dụng, Trưởng Công an cấp huyện …, Ủy ban
// nhân dân cấp xã nơi người đó cư trú và các cơ quan hữu quan để thi hành …" (Luật 15/2012 Điều 107): the
// bodies a decision is sent to, to carry it out, are told of it by the sender's duty, not given one here
// (a name cut inside the list breaks it, so the clause's words before it are read, not only the list's)
bool sent_on_to(std::string_view in_clause, std::string_view p2, std::string_view post) {
  if (!ends_any(p2, {",", "và"})) return false;
  static constexpr std::string_view kTo[] = {"cho ", "đến ", "tới ", "bản sao cho ", "bản sao đến "};
  // the last "gửi " the receivers follow (one search back, not one per wording: this is asked of most
  // listed names)
  std::size_t at = in_clause.size();
  do {
    at = at == 0 ? std::string_view::npos : in_clause.rfind("gửi ", at - 1);
    if (at == std::string_view::npos) return false;
  } while (std::none_of(std::begin(kTo), std::end(kTo), [&](std::string_view to) {
    return in_clause.compare(at + std::string_view("gửi ").size(), to.size(), to) == 0;
  }));
  // (no duty of another subject since: "gửi cho A; B có trách nhiệm …", nor a verb of its own)
  if (has_any(in_clause.substr(at), {"phải", "có trách nhiệm", "chịu trách nhiệm", ";", ":"})) return false;
  // (up to the purpose it is sent for, "để thi hành", the list has no verb of its own)
  const std::string_view upto = post.substr(0, std::min(post.size(), post.find("để ")));
  return !has_any(upto, {"phải", "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "thực hiện", "tổ chức"});
}

bool sent_for_work(std::string_view p2, std::string_view post) {
  // only a body sent the file to lead the work: the one a file is sent to for its own step ("gửi Sở Tài
  // chính tổng hợp", "gửi Bộ Nội vụ thẩm định, nghiệm thu") is reported to, no task of this text's
  // (so is one a case is handed over to: "… bàn giao cho cơ quan quản lý chuyên ngành chủ trì, phối hợp với …")
  return ends_any(p2, {"gửi", "gửi về", "gửi đến", "gửi cho", "bàn giao cho", "chuyển giao cho"}) &&
         starts_any(post, {"để chủ trì", "chủ trì"});
}

LabelRole read_label(std::string_view label, std::string_view p2, bool& subject) {
  LabelRole r;
  std::string lk(label);
  while (!lk.empty() && (lk[0] == '-' || lk[0] == '+' || lk[0] == ' ')) lk.erase(0, 1);
  const bool is_label = std::count(lk.begin(), lk.end(), ' ') <= 5 &&
                        starts_any(lk, {"cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định",
                                        "tổ chức", "phê duyệt", "phối hợp", "giám sát"});
  if (is_label) {
    if (has_any(lk, {"phối hợp"})) r.coord = true;
    else if (has_any(lk, {"giám sát", "theo dõi", "kiểm tra"})) r.sup = true;
    subject = true;
  } else if (ends_any(p2, {":"})) {
    // "Tăng cường phối hợp giữa các cơ quan: A, B và C"
    if (has_any(p2, {"phối hợp"})) r.coord = true;
    else if (has_any(p2, {"giám sát", "theo dõi"})) r.sup = true;
    // ("Thông qua các tổ chức : Ủy ban Mặt trận Tổ quốc, Hội Nông dân, …": "các tổ chức" the noun, the
    // bodies a thing goes through, not the verb of a label "Tổ chức thực hiện:")
    subject = has_any(p2, {"các ông", "cơ quan", "đơn vị", "trách nhiệm", "chủ trì", "thực hiện", "thẩm định", "phê duyệt"}) ||
              (has_any(p2, {"tổ chức"}) && !has_any(p2, {"các tổ chức", "những tổ chức"}));
  }
  return r;
}

// "X phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám
// sát việc thực hiện Nghị quyết": oversight done together, X's only verb
bool joint_oversight(std::string_view post2) {
  if (!starts_any(post2, {"phối hợp với", "phối hợp cùng"})) return false;
  const std::string_view head = post2.substr(0, std::min<std::size_t>(post2.size(), 200));
  std::size_t at = std::string_view::npos;
  // (the pair "kiểm tra, giám sát" is the oversight too, not a check of its own before it: "… phối hợp với
  // Ban Thường trực … tiến hành kiểm tra, giám sát việc thực hiện Nghị quyết", NQ 17/2017 Thừa Thiên Huế)
  for (const std::string_view o : {" giám sát việc thực hiện", " giám sát việc thi hành", " giám sát thực hiện",
                                   " kiểm tra , giám sát việc", " kiểm tra và giám sát việc"})
    at = std::min(at, head.find(o));
  if (at == std::string_view::npos) return false;
  // (a verb of its own before the oversight: "… xây dựng kế hoạch và giám sát việc thực hiện")
  return !has_any(head.substr(0, at), {"xây dựng", "tổ chức", "triển khai", "ban hành", "hướng dẫn", " và giám sát",
                                       "kiểm tra", ";", "."});
}

Roles subject_roles(std::string_view post2, bool sup_verb) {
  Roles r;
  // "X (có trách nhiệm) phối hợp với Y làm …": X leads, Y coordinates;
  // "X phối hợp thực hiện" alone: X coordinates (so does "X có trách nhiệm phối hợp trong việc thẩm định
  // hồ sơ …": the work it helps with)
  // ("Chính quyền địa phương phối hợp và phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt Nam … tuyên truyền …",
  // Luật 65/2025 Điều 7: as "phối hợp với", the Front's work the body leads with it)
  if (starts_any(post2, {"phối hợp"}) &&
      !starts_any(post2, {"phối hợp với", "phối hợp cùng", "phối hợp chặt chẽ", "phối hợp và phát huy vai trò của"}))
    r.coord = true;
  else if (sup_verb) r.sup = true;
  else r.lead = true;
  // "Các sở, ban, ngành, đơn vị liên quan phối hợp, hướng dẫn chủ đầu tư … thực hiện các thủ tục" (QĐ
  // 16/2026 Lào Cai): a second verb in the list is work of its own, as "hướng dẫn, theo dõi" below
  if (r.coord && starts_any(post2, {"phối hợp , hướng dẫn", "phối hợp và hướng dẫn", "phối hợp , tổ chức",
                                    "phối hợp và tổ chức", "phối hợp , triển khai", "phối hợp , tham mưu"}))
    r.lead = true;
  const std::string_view head2 = post2.substr(0, std::min<std::size_t>(post2.size(), 50));
  // ("kiểm tra, theo dõi, tổng hợp tình hình thực hiện … báo cáo …": a listed verb of its own work; so is
  // the handling of breaches, enforcement the body does itself: "Bộ Y tế: Kiểm tra, theo dõi, giám sát, xử lý
  // các hành vi vi phạm về …", NQ 15/2026/NQ-CP)
  if (r.sup && (has_any(head2, {"hướng dẫn", "chủ trì", "tổ chức", ", tổng hợp", ", báo cáo", "và tổng hợp", "và báo cáo"}) ||
                handles_breaches(post2)))
    r.lead = true;
  // "hướng dẫn, theo dõi, đôn đốc": a second verb in the list, not the
  // noun in "quyết định chương trình giám sát"
  if (r.lead && has_any(head2, {", giám sát", ", theo dõi", "và giám sát", "và theo dõi"})) r.sup = true;
  return r;
}

bool duty_heading(std::string_view h) {
  // (and the work a decision hands down: "Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn
  // sau", QĐ 28/2025/QĐ-UBND Lào Cai)
  return starts_any(h, {"trách nhiệm", "nhiệm vụ", "nghĩa vụ của", "tổ chức thực hiện", "phân cấp cho",
                        "ủy quyền cho", "uỷ quyền cho"}) ||
         (starts_any(h, {"quyền hạn", "quyền và"}) && has_any(head_of(h, 30), {"trách nhiệm", "nhiệm vụ"}));
}

bool document_scope(std::string_view verb_clause, std::string_view clause, const std::string* doc_type) {
  // every name of the document itself ends in " này": the clause is searched
  // for that once, and each name checked where it ends (not one search per name)
  static constexpr std::string_view nay = " này";
  static constexpr std::string_view names[] = {"nghị quyết này", "quyết định này", "kế hoạch này", "chỉ thị này",
                                               "thông tư này", "nghị định này", "luật này", "quy chế này",
                                               "quy định này", "công văn này", "văn bản này"};
  const std::string_view c = verb_clause.empty() ? clause : verb_clause;
  for (std::size_t r = c.find(nay); r != std::string_view::npos; r = c.find(nay, r + 1))
    for (const std::string_view d : names) {
      const std::size_t end = r + nay.size();  // d, if there, ends here
      if (end < d.size()) continue;
      const std::size_t q = end - d.size();
      if (c.compare(q, d.size(), d) != 0) continue;
      const std::string_view before = c.substr(q > 40 ? q - 40 : 0, q > 40 ? 40 : q);
      if (has_any(before, {"thi hành", "thực hiện", "triển khai", "thực hiện việc"})) return true;
    }
  if (doc_type) {
    // "… thực hiện Nghị quyết." : the document's own kind closing the clause
    const std::string& dt = *doc_type;
    if (clause.size() > dt.size() && clause.compare(clause.size() - dt.size(), dt.size(), dt) == 0) {
      std::string_view before = clause.substr(0, clause.size() - dt.size());
      before = before.substr(before.size() > 40 ? before.size() - 40 : 0);
      return has_any(before, {"thi hành", "thực hiện", "triển khai"});
    }
  }
  return false;
}

bool speaks(std::string_view post2) {
  // (and a resolution's own words: its appeal, "Quốc hội kêu gọi đồng bào …" (NQ 23/2003/QH11), what it
  // enacts, "Hội đồng nhân dân tỉnh thống nhất quy định nội dung, mức chi …" (NQ 03/2017 Hậu Giang), and
  // its verdict on a report, "Quốc hội cơ bản tán thành nội dung Báo cáo …" (NQ 61/2022/QH15))
  return starts_any(post2, {"thông báo", "đề nghị", "yêu cầu", "trân trọng", "kính đề nghị", "kêu gọi",
                            "thống nhất quy định", "cơ bản tán thành"});
}

}  // namespace vanban::link_detail
