// Un-numbered paragraphs (đoạn không đánh số) of the provision tree: a
// paragraph after a list element that ended its sentence waits until the
// next label says whether the list goes on (the element's) or is over (one
// level up, the annotation guide's rule), and a table printed among them goes
// with them (body_tables.cpp). Split from body.cpp.
#include <algorithm>

#include "tree_builder.h"

namespace vanban::parse_detail {

// A paragraph that opens with a request of the issuer's: "Trên đây là …", "Đề nghị …", "Bộ Công Thương đề
// nghị …" (a name, then the verb, near its start).
static bool opens_request(const std::string& t) {
  if (starts_with(t, "Trên đây") || starts_with(t, "Đề nghị") || starts_with(t, "Kính đề nghị")) return true;
  const std::size_t at = t.find(" đề nghị ");
  return at != std::string::npos && at < 60 && starts_upper(t) && t.find_first_of(",.;:") > at;
}

void TreeBuilder::new_paragraph(const std::string& t) {
  Unit& top = stack_.back();
  bool own_first = !top.paras.empty() && top.paras[0].empty() && top.paras.size() == 1;
  bool has_words = false;
  for (const auto& p : top.paras) has_words = has_words || !p.empty();
  if (own_first) top.paras[0] = t;
  // after a list element that ended its sentence, a paragraph is placed when
  // the list goes on or ends; after a title-like label line it is the
  // element's own ("5. Nghiệm thu …" + "Căn cứ …").
  // A clause ending in ";" goes on: the next line still belongs to it
  // ("2. Giám đốc, Thủ trưởng …;" + "Giám đốc Kho bạc …"); after a point or
  // item ending in ";" (the last of its list, a slip for ".") a sentence is a
  // paragraph of its own.
  // A unit ending in ":" announces what follows ("2. Thời gian nộp hồ sơ:"
  // + "Sở, ban, ngành … gửi hồ sơ …"): the paragraphs up to the next label
  // are its own.
  // A letter's request after its top-level list ("- Khoản 1 Điều 8 …:" + "Thông tư có hiệu lực …." then
  // "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh …", CV 2265/BCT-ATMT): the announced words are over,
  // the request is the letter's own (body), not the last item's.
  // (and what follows it: the item's words are over)
  // A clause under its title ("4. Thu, nộp, quản lý sử dụng lệ phí" + "Đơn vị thu lệ phí thực hiện nộp …" +
  // "Nguồn chi phí trang trải …", NQ 34, 41, 42/2017 Trà Vinh): the paragraphs up to the next label are its
  // content, all of them, not only the first (held-out gold of batches 17 and 22).
  else if (top.rank == kClause && top.p.children.empty() && top.paras.size() >= 2 && top.paras[0].size() <= 100 &&
           !ends_sentence(top.paras[0]) && !ends_with(top.paras[0], ":") && !ends_with(top.paras[0], ";") &&
           !closes_list(t))
    top.paras.push_back(t);
  else if (top.rank >= kClause && has_words && ends_sentence(top.paras.back()) &&
           !(top.rank == kClause && ends_with(top.paras.back(), ";")) &&
           ((!top.announced && !(top.announced = ends_with(top.paras.back(), ":"))) ||
            (top.announced && stack_.size() == 1 && top.p.kind == ProvisionKind::item &&
             ends_with(top.paras.back(), ".") && opens_request(t) && !(top.announced = false))))
  {
    pending_.push_back(t);
    pending_lines_.push_back(line_);
  }
  else top.paras.push_back(t);
  prev_line_ = t;
}

// After the lines being read, the next label at the rank of u or above is a sibling of u's kind ("c)"
// then "d)"): its enumeration is not over.
bool TreeBuilder::list_goes_on(const Unit& u) const {
  const auto& lines = *in_.lines;
  for (std::size_t k = at_ + 1; k < end_ && k < at_ + 60; ++k) {
    const std::optional<Label> n = classify(lines[k].text, plan_style_);
    if (!n || n->rank > u.rank) continue;
    return n->rank == u.rank && n->kind == u.p.kind;
  }
  return false;
}

void TreeBuilder::flush_pending(bool at_end, int next_rank) {
  if ((pending_.empty() && pending_tables_.empty()) || stack_.empty()) {
    pending_.clear();
    pending_lines_.clear();
    pending_tables_.clear();
    return;
  }
  std::vector<std::string> paras = std::move(pending_);
  std::vector<int> lines = std::move(pending_lines_);
  pending_.clear();
  pending_lines_.clear();
  Unit* up = stack_.size() >= 2 ? &stack_[stack_.size() - 2] : nullptr;
  // after a list of items under an item that only announced it, when the
  // outer list ends too ("- Chi tổng hợp …:" + "+ Cấp tỉnh: …" then "Tùy
  // theo quy mô …" before "b)"), the paragraph is the point's: the item's
  // words are the list's lead-in, not a unit to go on (an item of its own
  // sentence keeps it: "- Đối với các giấy phép …" + "* Lưu ý: …" + "Trường hợp …")
  for (std::size_t k = stack_.size() - 2; up && up->p.kind == ProvisionKind::item && k > 0 &&
                                          !up->paras.empty() && ends_with(up->paras.back(), ":") &&
                                          (at_end || next_rank < up->rank);)
    up = &stack_[--k];
  // an enumeration closed by its "." ("1. Dự án … tại Văn phòng UBND Tỉnh;" +
  // "2. …;" + "3. Dự án … Thành phố.") is over: the paragraphs after it are
  // the unit's it is in, and so is a list of another kind after them ("Ủy
  // ban nhân dân tỉnh … đã ra quyết định …" + "- Việc trang bị …")
  const Unit& last = stack_.back();
  const std::vector<Provision>* before = up ? &up->p.children : nullptr;
  bool closed = !at_end && up && next_rank > last.rank && last.p.children.empty() && !last.paras.empty() &&
                ends_with(last.paras.back(), ".") && !before->empty() && before->back().kind == last.p.kind &&
                before->back().children.empty() && ends_with(before->back().text, ";") &&
                // unless the paragraphs announce a deeper list that then comes ("c) … phê duyệt trước." +
                // "Việc điều chỉnh … như sau:" + "- Cơ quan tổ chức lập quy hoạch …" + "d) …", NQ 61/2022/QH15):
                // the list and its lead-in go on the last element, the points go on after it
                !(!paras.empty() && ends_with(paras.back(), ":") && next_rank > last.rank && list_goes_on(last));
  Unit* target = (!at_end && next_rank >= stack_.back().rank && !closed) ? &stack_.back() : up;
  // "6. Tỷ lệ … đạt chuẩn 100%." + "Ban Quản lý … triển khai …", "7. Ít nhất 30% doanh nghiệp …" + "Sở Khoa học
  // và Công nghệ chủ trì …" (KH 134/KH-UBND Lào Cai): where the elements before each went on in a paragraph of
  // their own after their first sentence, the last one's paragraph is its own too, not the list's closing
  // (a closing paragraph after it still goes up: "Trên đây là …"; so do two paragraphs or more that are no
  // closing, as a law's "Trường hợp …" after its last clause, Luật 15/2012 Điều 58)
  const bool told_after = target == up && up && up->told_after >= 2 && !paras.empty() &&
                          stack_.back().p.children.empty() && stack_.back().paras.size() == 1 && !closes_list(paras[0]) &&
                          std::all_of(paras.begin() + 1, paras.end(), [](const std::string& p) { return closes_list(p); });
  for (const int table : pending_tables_)
    if (table_owners_) (*table_owners_)[table] = target ? target->p.eid : std::string();
  pending_tables_.clear();
  for (std::size_t i = 0; i < paras.size(); ++i) {
    std::string& p = paras[i];
    Unit* t = told_after && i == 0 ? &stack_.back() : target;
    if (speaks_of_article(p))
      for (auto& u : stack_)
        if (u.p.kind == ProvisionKind::article) t = &u;
    if (t) t->paras.push_back(std::move(p));
    // one level up from a root clause: a letter's closing request ("Căn cứ
    // văn bản này, các cơ quan … triển khai thực hiện") is body text again
    else if (outside_) outside_->push_back(Paragraph{std::move(p), lines[i]});
    else  // outside every unit of an attachment: said, never silently dropped
      in_.warn(lines[i], "body.outside",
               "paragraph after " + std::string(label_word(stack_.back().p.kind)) + " " + stack_.back().p.num +
                   " belongs to no provision: \"" + head_of(p, 40) + "\"");
  }
  if (closed) pop();
}

bool TreeBuilder::closes_list(const std::string& p) {
  for (const char* w : {"Trên đây", "Trong quá trình", "Quá trình", "Căn cứ", "Giao ", "Đề nghị", "Yêu cầu"})
    if (starts_with(p, w)) return true;
  // the document itself named in its first words: "Luật này được Quốc hội … thông qua", "Quyết định này …"
  constexpr std::string_view nay = " này";
  const std::size_t at = p.find(nay), e = at + nay.size();
  return at != std::string::npos && at < 24 && (e == p.size() || p[e] == ' ' || p[e] == ',');
}

}  // namespace vanban::parse_detail
