// The link stage's walk: letters' paragraphs, provisions (children after
// their parent), task-table rows, then the leaves that ask for action with
// nobody named. The roles of one text are scan.cpp's, the names resolve.cpp's.
#include "vanban/link.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "linker.h"
#include "role_words.h"
#include "table_rows.h"
#include "vanban/text.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

void Linker::run() {
  locals_ = LocalNames(doc_, reg_);
  repair_ = glyph_repair_for(doc_, reg_);
  // a letter's paragraphs narrate and quote as much as they direct: only
  // requests ("đề nghị", "yêu cầu", "giao") and duty statements count there
  // ("Phó Thủ tướng Chính phủ Lê Văn Thành có ý kiến như sau:", "… chỉ đạo như sau:": what follows is
  // the instruction a Văn phòng letter conveys, its sentences duties as an article's are)
  bool conveyed = false;
  for (const Paragraph& b : doc_.body) {
    std::string k = fold_key(b.text);
    const bool directs = conveyed;
    // (a leader's, not the issuer answering: "Trả lời Công văn số 1012/SCT-KYATMT …, Cục Hóa chất có ý kiến
    // như sau:" is its own account)
    conveyed = conveyed || (ends_any(k, {"như sau:", "như sau :"}) &&
                            ends_any(k.substr(0, k.rfind("như sau")), {"có ý kiến ", "chỉ đạo ", "kết luận "}) &&
                            has_any(k, {"thủ tướng", "chủ tịch", "bộ trưởng", "lãnh đạo"}));
    // ("Căn cứ văn bản này, các cơ quan … triển khai" closes a letter: a directive)
    // ("Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./.", CV /UBND-KT Lào Cai)
    const bool closing = starts_any(k, {"căn cứ văn bản này", "căn cứ công văn này", "căn cứ nội dung trên",
                                        "căn cứ kế hoạch này", "căn cứ ý kiến chỉ đạo trên", "căn cứ chỉ đạo trên",
                                        "căn cứ nội dung chỉ đạo trên"});
    // (a basis that leads into a request is the request's: "Căn cứ nội dung chỉ đạo trên, yêu cầu các sở,
    // ngành, cơ quan, đơn vị, Ủy ban nhân dân các xã, phường triển khai thực hiện", CV 4390/UBND-NLN)
    const bool basis = starts_any(k, {"căn cứ"}) && !closing && !has_any(k, {"đề nghị", "yêu cầu"});
    // (a narrative opening "Ngày 20/5/2026, Chính phủ đã ban hành …" goes on to the request: "… Bộ Tài chính
    // đề nghị các Bộ, … tập trung chỉ đạo …", CV 8388/BTC-QLCS)
    // (a request names whom it asks: not the noun of "bảo đảm yêu cầu về phòng cháy")
    auto requests = [&] {
      for (std::string_view verb : {"đề nghị ", "yêu cầu "})
        for (std::size_t at = k.find(verb); at != std::string::npos; at = k.find(verb, at + 1))
          if (starts_any(std::string_view(k).substr(at + verb.size()),
                         {"các", "ủy ban", "uỷ ban", "ubnd", "sở", "bộ", "quý", "thủ trưởng", "chủ tịch", "giám đốc"}))
            return true;
      return false;
    };
    const bool narrative = starts_any(k, {"ngày"}) && !requests();
    if (narrative || starts_any(k, {"trả lời", "\"", "“"}) || basis || (!k.empty() && k[0] >= '0' && k[0] <= '9'))
      continue;
    line_ = b.line;
    const TextWords w(b.text, folds_, repair_.get());
    scan("body", w, false, nullptr, !closing && !directs);
  }
  for (auto& p : doc_.provisions) visit(p);
  // a task table's rows: one task each, its bodies read from their columns
  for (const RowTask& r : table_tasks(doc_)) {
    line_ = r.line;
    when_ = r.when;
    for (const std::string& cell : r.lead)
      for (const auto& [agency, printed] : names_in(cell)) add(r.eid, agency, printed, Role::lead, Scope::provision);
    for (const std::string& cell : r.coordinate)
      for (const auto& [agency, printed] : names_in(cell)) add(r.eid, agency, printed, Role::coordinate, Scope::provision);
    // a person who steers answers in the post named last, the one that holds the power ("Đồng chí Phan Trung
    // Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": the Vice-Chairman, not the party membership before it)
    for (const std::string& cell : r.supervise) {
      std::vector<std::string> parts = steering_persons(cell);
      const bool person = !parts.empty();
      if (!person) parts.push_back(cell);
      for (const std::string& part : parts) {
        auto names = names_in(part);
        if (person && names.size() > 1) names.erase(names.begin(), names.end() - 1);
        for (const auto& [agency, printed] : names) add(r.eid, agency, printed, Role::supervise, Scope::provision);
      }
    }
  }
  find_unassigned();
}

namespace {

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> w;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) w.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return w;
}

// Two names of four words or more that differ in one word by a letter or two,
// or by tone marks only: the same body misspelt or misread ("Phòng đặng ký
// kinh doanh", "Phòng đăng ký banh doanh" in NĐ 109/2004's converted text).
bool misspelt(const std::string& a, const std::string& b) {
  const std::vector<std::string> x = words_of(fold_ascii(a)), y = words_of(fold_ascii(b));
  if (x.size() != y.size() || x.size() < 4) return false;
  int words = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i] == y[i]) continue;
    if (++words > 1 || x[i].size() != y[i].size() || x[i].size() < 3) return false;
    int letters = 0;
    for (std::size_t k = 0; k < x[i].size(); ++k) letters += x[i][k] != y[i][k];
    if (letters > (x[i].size() >= 4 ? 2 : 1)) return false;
  }
  return true;
}

}  // namespace

void Linker::add(const std::string& eid, const std::string& agency, const std::string& mention, Role r, Scope s) {
  for (const auto& [body, role] : heading_bodies_)
    if (role == r && (body == agency || misspelt(body, agency))) return;
  // "… và các cá nhân có liên quan chịu trách nhiệm thi hành" (QĐ 5116/QĐ-SCT Lào Cai): persons only, no
  // body (the guide's persons; "các tổ chức, cá nhân có liên quan" names bodies too and stays)
  const std::string key = fold(agency);
  if (key == "các cá nhân" || key == "các cá nhân có liên quan" || key == "các cá nhân liên quan" ||
      key == "cá nhân có liên quan")
    return;
  if (!seen_.insert({eid, key, (int)r}).second) return;
  // (this provision's entries are the last ones)
  for (auto it = doc_.assignments.rbegin(); it != doc_.assignments.rend() && it->eid == eid; ++it)
    if (it->role == r && misspelt(it->agency, agency)) return;
  Assignment a;
  a.eid = eid;
  a.agency = agency;
  a.mention = mention;
  a.role = r;
  a.scope = s;
  a.deadline = when_.deadline;
  a.recurrence = when_.recurrence;
  a.time_words = when_.words;
  doc_.assignments.push_back(std::move(a));
}

void Linker::find_unassigned() {
  std::set<std::string> assigned;
  for (const Assignment& a : doc_.assignments) assigned.insert(a.eid);
  std::function<void(const Provision&, bool)> walk = [&](const Provision& p, bool covered) {
    // (and the closing articles, "Hiệu lực", "Điều khoản thi hành": what they ask is the whole document's)
    if (p.heading && p.kind == ProvisionKind::article &&
        (scope_label(fold(*p.heading)) || starts_any(fold(*p.heading), {"hiệu lực", "điều khoản thi hành"})))
      return;
    covered = covered || assigned.count(p.eid) > 0;
    if (p.children.empty()) {
      if (covered) return;
      const auto it = asks_.find(&p);  // (from its scan, else folded here: articles left out of the scan)
      if (it != asks_.end() ? it->second : asks_action(fold_key(head_of(p.text, 60))))
        doc_.unassigned.push_back(p.eid);
      return;
    }
    for (const Provision& c : p.children) walk(c, covered);
  };
  for (const Provision& p : doc_.provisions) walk(p, false);
}

bool Linker::asks_action(std::string_view k) {
  while (!k.empty() && (k[0] == '-' || k[0] == '+' || k[0] == ' ')) k.remove_prefix(1);
  return starts_any(k, {"tổ chức", "thực hiện", "triển khai", "tuyên truyền", "phổ biến", "rà soát", "xây dựng",
                        "hướng dẫn", "kiểm tra", "theo dõi", "báo cáo", "tham mưu", "đẩy mạnh", "tăng cường",
                        "nâng cao", "bố trí", "chủ động", "phối hợp", "chỉ đạo", "đôn đốc", "tiếp tục",
                        "nghiên cứu", "đề xuất", "hoàn thiện", "ban hành", "sửa đổi", "tập trung", "bảo đảm",
                        "đảm bảo", "quán triệt", "tổng hợp", "cập nhật", "giải quyết", "xử lý", "huy động",
                        "lồng ghép", "đánh giá", "sơ kết", "tổng kết", "khẩn trương", "thường xuyên"});
}

std::string_view Linker::text_key(const Provision& p, const TextWords& w) {
  // (the tokens' keys when those are its own words: not folded again)
  const std::optional<std::string_view> own = w.edits.empty() ? w.keys.prefix(p.text.size()) : std::nullopt;
  return own ? *own : std::string_view(fold(p.text));
}

// "1. Nội dung chủ yếu của Quyết định thành lập, mở rộng cụm công nghiệp:" then "b) Chủ đầu tư xây
// dựng hạ tầng kỹ thuật cụm công nghiệp;", "e) Trách nhiệm của chủ đầu tư …": the items of what a
// document must contain name bodies without directing them (read as a narrative part: only a
// request or a "có trách nhiệm" in them assigns)
bool Linker::lists_contents(const Provision& p, const TextWords& w) {
  if (p.children.empty() || p.text.empty() || p.text.back() != ':') return false;
  const std::string_view k = text_key(p, w);
  // (not the programme the document itself adopts: "Quyết định chương trình giám sát của Hội đồng
  // nhân dân tỉnh năm 2018, bao gồm các nội dung sau đây:" — its items are the council's own work)
  // (nor when the lead-in names it alone, as the article's heading or its text: "Chương trình giám sát năm
  // 2018 của Hội đồng nhân dân tỉnh Cao Bằng gồm các nội dung sau:" over "1. Hội đồng nhân dân tỉnh giám sát
  // tại các kỳ họp:", NQ 05/2017 Cao Bằng)
  if (starts_any(k, {"quyết định chương trình", "thông qua chương trình", "chương trình giám sát"}) ||
      (p.heading && starts_any(fold_key(head_of(*p.heading, 40)), {"chương trình giám sát"})))
    return false;
  // (and "Tập trung chỉ đạo điểm thực hiện theo cơ chế “một cửa” đối với các cơ quan như sau:" over "Sở
  // Kế hoạch và Đầu tư: các lĩnh vực cấp chứng nhận đăng ký kinh doanh, …": the bodies the action is done
  // at, each with its fields, not told to act)
  std::string_view head = k.substr(0, k.size() - 1);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  // ("Cơ quan đăng ký kinh doanh được tổ chức ở tỉnh, … bao gồm:" over "a) Phòng đăng ký kinh doanh trong
  // Sở Kế hoạch và Đầu tư …", "Những người do bầu cử …, gồm có các chức vụ sau đây:" over the posts: what
  // a body or a class is made of, members listed, no duties — unless the list is of tasks: a bare ", gồm:"
  // closes a task's sentence as often, "Tăng cường công tác thông tin, tuyên truyền …, gồm:" over who does what)
  // (what it is made of named by examples: "Nội dung thông tin đưa vào hệ thống … bao gồm các phân hệ của
  // đơn vị như:" over "- Sở Tài chính & Vật giá: Phần thu chi ngân sách", KH CNTT Lâm Đồng 1998)
  const std::size_t such = ends_any(head, {"như"}) ? std::string_view(" như").size() : 0;
  std::size_t gom = head.rfind("bao gồm");
  if (gom == std::string_view::npos) gom = head.rfind("gồm có");
  const bool members = gom != std::string_view::npos && (gom == 0 || head[gom - 1] == ' ') && head.size() - such - gom <= 45 &&
                       !asks_action(k) &&
                       !has_any(head, {"nhiệm vụ", "trách nhiệm", "nghĩa vụ", "giải pháp", "công việc", "phân công"});
  return members || (starts_any(k, {"nội dung"}) && has_any(head_of(k, 60), {"của"})) ||
         has_any(k, {"gồm các nội dung", "gồm những nội dung", "có các nội dung"}) ||
         ends_any(head, {"đối với các cơ quan như sau", "đối với các cơ quan sau", "đối với các cơ quan sau đây",
                         "đối với các đơn vị như sau", "đối với các đơn vị sau", "đối với các đơn vị sau đây"});
}

// "2. Miễn phí đối với các trường hợp sau:" over "b) Bộ trưởng, … có văn bản đề nghị khai thác … để phục
// vụ:": the items are the cases a rule applies to; the bodies in them are in a situation, not told to act
// (the lead-in itself may direct: "… chủ đầu tư phải có giấy phép xây dựng trừ các trường hợp sau đây:")
// (so are the forms one of which is chosen: "… được áp dụng một trong các hình thức tổ chức quản lý dự án
// sau đây:" over "b) Chủ đầu tư tổ chức quản lý dự án thông qua thuê tư vấn …", Luật 135/2025 Điều 32)
bool Linker::applies_to(const Provision& p) {
  const std::string_view text = p.heading ? std::string_view(*p.heading) : std::string_view(p.text);
  // (one whose items name roles is read as its items say: "b) Đơn vị trực tiếp thu: Thư viện tỉnh …", NQ
  // 16/2017 Bà Rịa - Vũng Tàu)
  if (!p.children.empty()) return false;
  // (cheap: most provisions open with another letter than "Đ", "đ" — bytes C4 90, C4 91 — or "P")
  if (text.size() < 17 || !(static_cast<unsigned char>(text[0]) == 0xC4 || text[0] == 'P' || text[0] == 'p'))
    return false;
  return starts_any(fold_key(head_of(text, 40)), {"đối tượng áp dụng", "phạm vi và đối tượng áp dụng"});
}

bool Linker::lists_cases(const Provision& p, const TextWords& w) {
  const std::optional<std::string_view> k = lead_in_key(p, w);
  if (!k) return false;
  if (ends_any(*k, {"các trường hợp sau", "các trường hợp sau đây", "những trường hợp sau", "những trường hợp sau đây"}) ||
      (ends_any(*k, {"sau đây", "sau"}) && has_any(*k, {"một trong các hình thức", "một trong những hình thức"})))
    return true;
  // "Quốc hội lấy phiếu tín nhiệm đối với những người giữ các chức vụ sau đây:" over "a) Chủ tịch nước, Phó
  // Chủ tịch nước;" (NQ 96/2023/QH15): what the lead-in's action is done to, listed — offices named as its
  // objects, none told to act
  const std::size_t d = k->rfind(" đối với ");
  if (d == std::string_view::npos || !ends_any(*k, {"sau đây", "sau"})) return false;
  // (office-holders only: cases listed after "đối với" may hold duties of their own, "Áp dụng biện pháp …
  // đối với các đối tượng sau đây:" over "a) … thì Chủ tịch Ủy ban nhân dân cấp xã lập hồ sơ …", Luật 15/2012)
  return starts_any(k->substr(d + std::string_view(" đối với ").size()),
                    {"những người giữ", "người giữ", "các chức vụ", "các chức danh", "những chức vụ", "những chức danh"});
}

// A lead-in over a list ("…:", with children): its words before the colon, folded; nullopt for any other text.
std::optional<std::string_view> Linker::lead_in_key(const Provision& p, const TextWords& w) {
  if (p.children.empty() || p.text.empty() || p.text.back() != ':') return std::nullopt;
  std::string_view k = text_key(p, w);
  k.remove_suffix(1);
  while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
  return k;
}

bool Linker::lead_in_ends(const Provision& p, const TextWords& w, std::initializer_list<std::string_view> ends) {
  const std::optional<std::string_view> k = lead_in_key(p, w);
  return k && ends_any(*k, ends);
}

// "Xã viên có các quyền sau đây:" over "8. … yêu cầu Ban quản trị, Chủ nhiệm hợp tác xã, Ban kiểm soát
// triệu tập Đại hội xã viên bất thường …" (Luật 18/2003): the items are what the holder may do, grants
// of power; the bodies it may ask are the objects of its right, not told to act by the law (not
// "có các quyền và nhiệm vụ sau đây", whose items are duties too)
// (so does a list of who holds a power: "Những người sau đây có thẩm quyền ra quyết định cưỡng chế:" over
// "b) …, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, …", Luật 15/2012 Điều 87 — each
// item names the role-holders granted the power, none of them is told to do anything)
bool Linker::lists_rights(const Provision& p, const TextWords& w) {
  if (lead_in_ends(p, w, {"có các quyền sau đây", "có các quyền sau", "có quyền sau đây", "có những quyền sau đây",
                          "có các quyền như sau", "có quyền"}))
    return true;
  const std::optional<std::string_view> k = lead_in_key(p, w);
  return k && has_any(*k, {"người sau đây có thẩm quyền", "người sau đây có quyền", "chức danh sau đây có thẩm quyền",
                           "chức danh sau đây có quyền"});
}

// The children of a duty heading over `body` continue its subject: at most half of them open with
// the body again ("D - Nhiệm vụ, quyền hạn và trách nhiệm của cơ quan thuế — 1. Cơ quan thuế có
// nhiệm vụ hướng dẫn …, 2. Thông báo nộp thuế …, 3. Kiểm tra, thanh tra …", TT 99/1998/TT-BTC).
// When most do, each is a statement of its own ("Điều 31. Nhiệm vụ, quyền hạn của đại biểu Hội
// đồng nhân dân — 2. Đại biểu Hội đồng nhân dân có trách nhiệm …, 3. Đại biểu … phải …", Luật
// 65/2025) and the heading is their umbrella.
bool Linker::children_continue(const Provision& p, const std::string& body) {
  if (p.children.empty()) return false;
  const std::string b = fold_key(body);
  std::size_t opens = 0;
  for (const Provision& c : p.children) opens += starts_any(fold_key(head_of(c.text, 120)), {b});
  return opens * 2 <= p.children.size();
}

void Linker::visit(const Provision& p) {
  // "Đối tượng áp dụng", "Phạm vi điều chỉnh", "Giải thích từ ngữ": who the
  // document concerns, not who must act
  if (p.heading && p.kind == ProvisionKind::article && scope_label(fold(*p.heading))) return;
  // (a clause that is only the label: "2. Đối tượng áp dụng" over a list of who is meant)
  if (!p.children.empty() && p.text.size() < 40 && only_scope_label(fold(p.text))) return;
  line_ = p.line;
  const std::size_t found_before = doc_.assignments.size();
  // the text's tokens, when its parent read them already; dropped after its scan
  std::unique_ptr<TextWords> w;
  if (auto it = words_.find(&p.text); it != words_.end()) {
    w = std::move(it->second);
    words_.erase(it);
  }
  if (!w) w = std::make_unique<TextWords>(p.text, folds_, repair_.get());
  // a letter's or report's account of the situation ("Khó khăn, vướng mắc", "Tình
  // hình thực hiện", "Quy định … và thực tế hiện nay"): only its requests assign
  // (and so does an organisation chart: "Điều 3. Cơ cấu tổ chức của Văn phòng — 2. Chi cục và
  // tương đương thuộc Văn phòng (01 đơn vị): Ban Tiếp công dân Thành phố")
  // (and a plan's or programme's part, chapter or section that assesses the present state: "CHƯƠNG I: ĐÁNH
  // GIÁ CHUNG VỀ HỆ THỐNG – PHÂN TÍCH HIỆN TRẠNG …", "II.1. MÔ TẢ VÀ PHÂN TÍCH HIỆN TRẠNG …", "PHẦN 1: CƠ SỞ
  // VÀ LUẬN CỨ CỦA DỰ ÁN" — the bodies there are described as they are, not told to act)
  const bool article = p.heading && p.kind == ProvisionKind::article;
  const bool division = p.kind == ProvisionKind::part || p.kind == ProvisionKind::chapter ||
                        p.kind == ProvisionKind::section || p.kind == ProvisionKind::subsection ||
                        (p.kind == ProvisionKind::clause && p.num.find('.') != std::string::npos);
  const std::string opening = narrative_ || !(letter_ || article || division)
                                  ? std::string()
                                  : fold_key(head_of(p.heading ? *p.heading : p.text, 80));
  const bool narrative = narrative_ ||
                         (letter_ && starts_any(opening, {"khó khăn", "vướng mắc", "tình hình", "thực trạng",
                                                          "kết quả thực hiện", "quy định về"})) ||
                         (division && starts_any(opening, {"đánh giá chung", "đánh giá thực trạng", "đánh giá hiện trạng",
                                                           "thực trạng", "hiện trạng", "phân tích hiện trạng",
                                                           "phân tích, đánh giá", "phân tích và đánh giá",
                                                           "mô tả và phân tích hiện trạng", "cơ sở và luận cứ"})) ||
                         (article && starts_any(opening, {"cơ cấu tổ chức"})) || lists_contents(p, *w) ||
                         // "1. Đối tượng áp dụng: Nghị quyết này áp dụng đối với Ủy ban nhân dân các cấp trong
                         // tỉnh; các cơ quan, tổ chức, cá nhân có liên quan …" (NQ 39/2017 Trà Vinh): whom the text
                         // applies to, no one told to act
                         applies_to(p);
  const bool outer = narrative_;
  narrative_ = narrative;
  // (the lead-in of a list of rights is no task either: "Chủ đầu tư có các quyền sau đây:", Luật Xây
  // dựng 2025, which lists each party's quyền, then its nghĩa vụ, trách nhiệm)
  const bool outer_rights = rights_;
  rights_ = rights_ || lists_rights(p, *w);
  // "Điều 15. Nhiệm vụ, quyền hạn của Hội đồng nhân dân cấp tỉnh" over "1. Hội đồng nhân dân tỉnh thực
  // hiện nhiệm vụ, quyền hạn sau đây:", "2. Hội đồng nhân dân thành phố trực thuộc trung ương …" (Luật
  // 65/2025): its clauses open the duty lists of the bodies they name, so the heading is their umbrella
  // and gives no entry of its own (the guide's umbrella heading; Luật 18/2003 Điều 27 reads the same)
  const bool heads_lists = article && (std::any_of(p.children.begin(), p.children.end(), [&](const Provision& c) {
    return !c.children.empty() && !c.text.empty() && c.text.back() == ':' && opens_with_body(words_of(c.text));
  }) || children_restate(p));
  const std::size_t before_heading = doc_.assignments.size();
  heading_holds_duties_ = false;
  if (p.heading && !heads_lists) scan(p.eid, TextWords(*p.heading, folds_, repair_.get()), true, &p);
  const std::size_t heading_bodies = heading_bodies_.size();
  if (p.heading && (heading_holds_duties_ || duty_heading(fold(*p.heading))))
    for (std::size_t k = before_heading; k < doc_.assignments.size(); ++k)
      if (children_continue(p, doc_.assignments[k].mention))
        heading_bodies_.emplace_back(doc_.assignments[k].agency, doc_.assignments[k].role);
  scan(p.eid, *w, false, &p, narrative);
  if (p.children.empty()) {
    std::string own;
    asks_[&p] = asks_action(w->head_key(60, own));
  }
  const bool cases = !narrative && lists_cases(p, *w);
  w.reset();
  if (p.heading && p.kind == ProvisionKind::article) {
    const std::string& h = fold(*p.heading);
    if (starts_any(h, {"vị trí"}) && has_any(h, {"chức năng"})) {
      described_ = described_body(p);
    } else if (described_ && starts_any(h, {"nhiệm vụ"}) && has_any(h, {"quyền hạn"}) &&
               doc_.assignments.size() == found_before) {
      // "Điều 2. Nhiệm vụ và quyền hạn" of the body Điều 1 described: its duties
      when_ = {};
      add(p.eid, described_->first, described_->second, Role::lead, Scope::provision);
      mark_duties(p);
      if (children_duty(p).sup) add(p.eid, described_->first, described_->second, Role::supervise, Scope::provision);
    }
  }
  narrative_ = narrative || cases;
  for (auto& c : p.children) visit(c);
  if (!narrative && p.kind == ProvisionKind::clause) lift_enumerated(p, found_before);
  if (!narrative) drop_spelled_out(p, found_before);
  if (!narrative) role_label(p, found_before);
  heading_bodies_.resize(heading_bodies);
  narrative_ = outer;
  rights_ = outer_rights;
}

std::optional<std::pair<std::string, std::string>> Linker::described_body(const Provision& article) {
  const std::string& text = article.children.empty() ? article.text : article.children.front().text;
  const TextWords w(text, folds_, repair_.get());
  const std::vector<Tok>& t = w.t;
  Finder f(reg_, t);
  const std::vector<Mention> ms = f.find();
  if (ms.empty() || ms.front().b != 0) return std::nullopt;
  const Mention& mn = ms.front();
  std::size_t i = mn.e;
  if (i < t.size() && t[i].text == "(") {  // "(sau đây viết tắt là Văn phòng Ủy ban nhân dân Thành phố)"
    while (i < t.size() && t[i].text != ")") ++i;
    ++i;
  }
  if (i >= t.size() || !t[i].word || t[i].key != "là") return std::nullopt;
  const std::vector<std::string> names = resolve(f, t, mn);
  if (names.size() != 1) return std::nullopt;
  return std::pair{names.front(), text.substr(t[mn.b].begin, t[mn.e - 1].end - t[mn.b].begin)};
}

}  // namespace vanban::link_detail

namespace vanban {

void link(Document& doc, const AgencyRegistry& reg) {
  // idempotent: linking again (another registry) replaces what linking found
  doc.assignments.clear();
  doc.unassigned.clear();
  doc.diagnostics.erase(std::remove_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                       [](const Diagnostic& d) { return d.code.rfind("link.", 0) == 0 || d.code == "text.lost-glyphs"; }),
                        doc.diagnostics.end());
  link_detail::Linker(doc, reg).run();
}

}  // namespace vanban
