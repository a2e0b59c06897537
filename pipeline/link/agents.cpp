// Agents told in other words: see agents.h.
#include "agents.h"

#include <algorithm>
#include <string>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

bool passive_agent(std::string_view p2, std::string_view post2, std::string_view clause) {
  // "Số lượng và mẫu bao bì … do cơ quan … có thẩm quyền kiểm tra, giám sát;", "… được cơ quan …
  // kiểm tra, giám sát việc đáp ứng yêu cầu vệ sinh thú y": the body that oversees what the
  // sentence is about (two verbs of oversight: not "do X kiểm tra" of a step already taken)
  // (persons listed after the body share the verbs: "được cơ quan …, nhân viên thú y hướng dẫn, giám sát, kiểm tra")
  std::string_view verbs = post2;
  // (the words after the name come with their comma, or without it once a parenthetical is dropped)
  if (starts_any(verbs, {", nhân viên", ", cán bộ", ", công chức", ", viên chức", "nhân viên", "cán bộ", "công chức",
                         "viên chức"})) {
    std::size_t first = std::string_view::npos;
    for (const std::string_view v : {" hướng dẫn , ", " kiểm tra , ", " giám sát , "})
      first = std::min(first, post2.find(v));
    if (first < 40) verbs = post2.substr(first + 1);
  }
  if ((ends_any(p2, {"do"}) || (ends_any(p2, {"được"}) && !ends_any(p2, {"đã được"}))) &&
      starts_any(verbs, {"kiểm tra , giám sát", "giám sát , kiểm tra", "hướng dẫn , giám sát", "hướng dẫn , kiểm tra"}))
    return true;
  // ("theo mẫu do …", "trường hợp khác do …" name a rule's source, not an agent)
  if (!ends_any(p2, {"do"}) || ends_any(p2, {"mẫu do", "khác do"})) return false;
  // (not "… do Bộ Tư pháp chủ trì soạn thảo", "Báo cáo … do Sở Tư pháp chủ trì xây
  // dựng": which work is meant, not a task given)
  if (starts_any(post2, {"chịu trách nhiệm", "có trách nhiệm", "triệu tập"})) return true;
  // "Chương trình phát triển CNTT do Ban chỉ đạo Tỉnh tham mưu giúp UBND Tỉnh đề ra biện pháp, …": the
  // body advises the one it helps — its task (tham mưu: lead), that body only helped
  if (starts_any(post2, {"tham mưu giúp", "tham mưu cho"})) return true;
  // "Công tác thanh tra do Thanh tra tỉnh thực hiện.": a work whose doer closes its sentence
  if (starts_any(clause, {"công tác", "việc"}) && (post2 == "thực hiện" || post2 == "thực hiện .")) return true;
  // "…: Thẩm quyền quản lý trật tự xây dựng do Uỷ ban nhân dân cấp xã thực hiện.": the power named
  // after a case, the body that exercises it (read diacritic-free: OCR'd "Thâm quyền")
  if (post2 == "thực hiện" || post2 == "thực hiện .") {
    const std::size_t colon = clause.rfind(": ");
    const std::string head = fold_ascii(clause.substr(colon == std::string_view::npos ? 0 : colon + 2));
    if (head.rfind("tham quyen", 0) == 0) return true;
  }
  // "Việc triển khai các nội dung trong dự án do Ban chủ nhiệm tổ chức và giám sát …", "Việc thực hiện
  // triển khai các dự án … do Ban chủ nhiệm giám sát, …": the work the body organises or oversees
  // (its verbs give the roles: lead, supervise)
  if (starts_any(clause, {"công tác", "việc"}) &&
      starts_any(post2, {"tổ chức và giám sát", "tổ chức , giám sát", "tổ chức thực hiện", "giám sát"}))
    return true;
  // "… do X phối hợp với Y triệu tập": X leads what follows the partners
  return starts_any(post2, {"phối hợp với"}) && has_any(clause, {"triệu tập"});
}

bool informed_to_act(std::string_view p2, std::string_view post) {
  return ends_any(p2, {"thông báo để", "thông báo cho", "thông báo đến"}) &&
         starts_any(post, {"biết , thực hiện", "biết và thực hiện", "biết , chỉ đạo thực hiện", "biết để thực hiện",
                           "biết , triển khai thực hiện", "thực hiện"});
}

bool address_form(std::string_view p2) {
  // "Các ông (bà):", "Các Ông/Bà" (QĐ 7603/QĐ-BYT), "Ông, bà", "Các đồng chí": [các] ông [(bà) | /bà |
  // , bà] or [các] đồng chí, then perhaps the colon of a list (read word by word, nothing allocated:
  // asked of every group not yet a subject)
  std::size_t at = 0;
  auto take = [&](std::string_view k) {
    if (p2.compare(at, k.size(), k) != 0 || (at + k.size() < p2.size() && p2[at + k.size()] != ' ')) return false;
    at = std::min(p2.size(), at + k.size() + 1);
    return true;
  };
  take("các");
  if (!take("đồng chí")) {
    if (!take("ông")) return false;
    if (take("(") || take("/") || take(",")) {
      if (!take("bà")) return false;
      take(")");
    }
  }
  take(":");
  return at == p2.size();
}

bool owed_power(std::string_view post, std::string_view post2, std::string_view clause) {
  // "Thủ trưởng cơ quan, đơn vị chịu trách nhiệm quyết định …"
  if (starts_any(post, {"chịu trách nhiệm", "có trách nhiệm"})) return true;
  // "phê duyệt và chịu trách nhiệm về các nội dung …"
  if (starts_any(post2, {"phê duyệt", "quyết định", "xem xét"}) &&
      has_any(std::string(head_of(post2, 40)), {"và chịu trách nhiệm", "và có trách nhiệm"}))
    return true;
  // "phê duyệt quy hoạch và tổ chức thực hiện": approving, then carrying it out
  if (starts_any(post2, {"phê duyệt", "quyết định", "ban hành"}) &&
      has_any(std::string(head_of(post2, 80)), {"và tổ chức thực hiện", "và triển khai thực hiện", "và chỉ đạo thực hiện",
                                               ", tổ chức thực hiện", ", triển khai thực hiện"}))
    return true;
  // a certificate or licence owed by a time limit is a duty of the office that issues it
  if (!starts_any(post2, {"cấp giấy"})) return false;
  if (has_any(clause, {"trong thời hạn", "chậm nhất"})) return true;
  // and a certificate that the person has served out a measure ("… thì Chủ tịch Uỷ ban nhân dân cấp xã cấp
  // giấy chứng nhận cho người đã chấp hành xong và gửi bản sao cho gia đình người đó", Luật 15/2012 Điều
  // 114): it attests what the office has seen through, a step of the procedure, not a licence it may grant
  return starts_any(post2, {"cấp giấy chứng nhận"}) &&
         has_any(head_of(post2, 90), {"đã chấp hành xong", "đã hoàn thành việc chấp hành"});
}

static bool proposes_upward(std::string_view p2, std::string_view post2) {
  // "…, nếu khi truy tìm được mà người đó đã đủ 18 tuổi thì Hiệu trưởng trường giáo dưỡng đề nghị Tòa án nhân
  // dân cấp huyện … xem xét, quyết định áp dụng biện pháp …" (Luật 15/2012 Điều 132): the proposal the case
  // calls for, made to the body that decides, is the proposer's step of the procedure (the guide: "đề xuất"
  // leads); not a letter's own request ("Ủy ban nhân dân tỉnh đề nghị Bộ Xây dựng …", no case before it)
  // (the body it is put to read as the next name: the words after this one end at "đề nghị")
  return ends_any(p2, {"thì"}) &&
         (post2 == "đề nghị" || post2 == "kiến nghị" ||
          (starts_any(post2, {"đề nghị", "kiến nghị"}) &&
           has_any(head_of(post2, 200), {"xem xét , quyết định", "xem xét quyết định"})));
}

bool handed_power(std::string_view p2, std::string_view post2) {
  // ("Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp …": the request is its task)
  if (proposes_upward(p2, post2)) return true;
  // ("Giao Ban Quản lý quy hoạch là cơ quan lập Quy hoạch …", QĐ 836/QĐ-BXD: the role it is handed, a task)
  return hands_work(p2) &&
         starts_any(post2, {"phê duyệt", "quyết định", "ban hành", "xem xét , quyết định", "chỉ định", "thành lập",
                            "yêu cầu", "là cơ quan", "là đơn vị", "làm cơ quan", "làm đơn vị"});
}

}  // namespace vanban::link_detail
