// Which label the numbering so far accepts (TreeBuilder::accept), and the
// scanning and typing slips it repairs: a label printed twice, a letter or
// digit a scan turned into a symbol or a near letter, a gap of one.
#include "tree_builder.h"

namespace vanban::parse_detail {

bool TreeBuilder::next_letter_part(const std::string& letter) const {
  static const std::vector<std::string> order = {"A", "B", "C", "D", "Đ", "E", "F", "G", "H", "I", "K", "L",
                                                 "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "X", "Y"};
  auto index = [&](const std::string& x) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), x) - order.begin());
  };
  if (last_letter_part_.empty()) return letter == "A";
  const std::size_t at = index(letter), last = index(last_letter_part_);
  return at < order.size() && last < order.size() &&
         (at == last + 1 || (at == last + 2 && (order[last + 1] == "Đ" || order[last + 1] == "F")));
}

bool TreeBuilder::continues_points(const Label& l) const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (it->rank > kPoint) continue;  // the open point's own items and sub-points
    if (it->p.kind != ProvisionKind::point || it->delim != l.delim) return false;
    std::string letter = l.num == "Đ" || l.num == "đ" ? "đ" : std::string(1, static_cast<char>(std::tolower(l.num[0])));
    return point_index(letter) == point_index(it->p.num) + 1;
  }
  return false;
}

const Provision* TreeBuilder::last_sibling(const Label& l) const {
  const Unit* parent = would_be_parent(l.rank);
  const std::vector<Provision>& siblings = parent ? parent->p.children : roots_;
  // the previous sibling may still be open on the stack, just above the parent
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (&*it == parent) break;
    if (it->rank == l.rank && it->p.kind == l.kind) return &it->p;
  }
  for (auto it = siblings.rbegin(); it != siblings.rend(); ++it)
    if (it->kind == l.kind && ((l.rank != kClause && l.rank != kParenClause) || it->num.find('.') == std::string::npos))
      return &*it;
  return nullptr;
}

bool TreeBuilder::garbled_section_read(Label& l, const Provision* last, int line) const {
  // a scan's "HI-" after "II-": the next section; the first ("1-") only when "II" is the next one printed
  const int prev = last ? roman_value(last->num) : 0;
  if (prev == 0) {
    const std::optional<Label> n = next_label_up_to(kSection, 2000);
    if (!n || n->kind != ProvisionKind::section || n->glyph_slip || roman_value(n->num) != 2) return false;
  }
  const std::string read = to_roman(prev + 1);
  in_.warn(line, "sequence.slip",
           "section " + l.num + "- " + (last ? "follows " + last->num : std::string("opens the sections")) + "; read as " + read + ".",
           path(l.rank));
  l.num = read;
  l.glyph_slip = false;
  return true;
}

bool TreeBuilder::accept(Label& l, int line) {
  if (l.kind == ProvisionKind::clause && l.rank == kParenClause) {
    // "a) Khối Bệnh viện" then "(1) Bệnh viện …", "(2) …": a numbered list inside a
    // point is its items (a clause's own "(1)." list stays sub-clauses)
    // — only when the number starts or continues the point's own list: "(3)." after a point of
    // "(2).", "a) … d)" continues the outer list
    Unit* owner = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && !owner; ++it)
      if (it->p.kind != ProvisionKind::item) owner = &*it;
    if (owner && owner->p.kind == ProvisionKind::point && std::atoi(l.num.c_str()) == owner->paren_items + 1) {
      ++owner->paren_items;
      l.kind = ProvisionKind::item;
      l.num = "(n)";
    }
  }
  if (l.kind == ProvisionKind::item) {
    // depth by order of first use of the bullet under the nearest numbered unit
    Unit* owner = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->p.kind != ProvisionKind::item) {
        owner = &*it;
        break;
      }
    std::vector<std::string>& order = owner ? owner->bullets : root_bullets_;
    std::string sym = l.num == "–" || l.num == "—" ? "-" : l.num;
    auto at = std::find(order.begin(), order.end(), sym);
    if (at == order.end()) {
      if (order.size() >= 5) return false;
      // "-" is the outer bullet, "+" the inner: a "-" after a "+" list whose
      // own "-" was left out ("Đối với cá nhân:" + "+ …" then "- Đối với tổ
      // chức:" + "+ …") is the list's next element, not an item of its last "+"
      auto plus = std::find(order.begin(), order.end(), std::string("+"));
      at = sym == "-" && plus != order.end() ? order.insert(plus, sym) : order.insert(order.end(), sym);
    }
    l.rank = kItem + static_cast<int>(at - order.begin());
    l.num.clear();
    return true;
  }
  // "PHẦN THỨ HAI" then "PHẦN I", "PHẦN II" …: parts numbered in another style inside an open part are its
  // sub-parts — from the first, or going on with the sub-parts it has (a document that mixes the
  // styles of its own parts starts none at "Phần 3")
  if (l.kind == ProvisionKind::part && l.part_style) {
    const auto outer = std::find_if(stack_.begin(), stack_.end(), [](const Unit& u) {
      return u.p.kind == ProvisionKind::part && u.rank == kPart && u.part_style;
    });
    if (outer != stack_.end() && outer->part_style != l.part_style) {
      const bool first = (l.part_style == 'r' ? roman_value(l.num) : std::atoi(l.num.c_str())) == 1;
      const bool going_on = std::any_of(outer->p.children.begin(), outer->p.children.end(),
                                        [](const Provision& c) { return c.kind == ProvisionKind::part; }) ||
                            std::any_of(outer + 1, stack_.end(), [](const Unit& u) { return u.rank == kSubPart; });
      if (first || going_on) l.rank = kSubPart;
    }
  }
  // a part's letter printed in lower case (a capitals font) and a point's letter look alike: "c - …",
  // "c. nghĩa vụ thuế …" is a part where the letters run (after "B.") and no open list of points
  // printed the same way has "c" next; otherwise it is read as a point
  auto as_point = [&]() {
    Label p{ProvisionKind::point, kPoint, l.num == "Đ" ? "đ" : std::string(1, static_cast<char>(std::tolower(l.num[0]))), l.rest};
    p.delim = l.delim;
    l = p;
  };
  if (l.kind == ProvisionKind::point && l.part_letter) {
    if (!last_letter_part_.empty() && !continues_points(l)) {
      Label part{ProvisionKind::part, kPart, l.num == "đ" ? "Đ" : std::string(1, static_cast<char>(std::toupper(l.num[0]))), l.rest};
      part.letter_part = part.lower_letter = true;
      part.lower_rest = l.lower_rest;
      part.delim = l.delim;
      if (next_letter_part(part.num)) l = part;
    }
    if (!l.letter_part && l.lower_rest) return false;  // "a. nội dung …": a wrapped line
  } else if (l.letter_part && l.lower_letter && continues_points(l)) {
    as_point();
  }
  if (l.letter_part) {
    // parts lettered in order from A — the Vietnamese order (… D, Đ, E, G …) or the Latin one (… E, F, G …):
    // the next letter may skip Đ or F; a letter out of order that is a roman numeral ("I." under part C) is
    // a section
    // (letters start again from A in each chapter or section they open)
    bool next = next_letter_part(l.num) ||
                (l.num == "A" && (opens_fresh(ProvisionKind::chapter) || opens_fresh(ProvisionKind::section)));
    if (next && l.lower_rest && last_letter_part_.empty() && !l.lower_letter) return false;
    // (a lower-case "a - " opens the letters only with its heading in lower case too: "a - những quy định
    // chung", a capitals font's heading; "a - Tổ chức …" is a point's shape)
    if (l.lower_letter && last_letter_part_.empty() && !(next && l.lower_rest)) next = false;
    if (next) {
      // "III. NỘI DUNG …:" + "A. Nội dung …" + … "B. …": letters that open
      // a roman section are its parts, below it (the text says "phần A, mục III")
      // (and letters that open a chapter are its parts: "CHƯƠNG II: MỤC TIÊU …" + "A. MỤC TIÊU …")
      if (l.num == "A")
        letter_rank_ = opens_fresh(ProvisionKind::section) ? kSubsection : opens_fresh(ProvisionKind::chapter) ? kSection : kPart;
      l.rank = letter_rank_;
      last_letter_part_ = l.num;
      return true;
    }
    if (l.lower_letter) {
      if (l.lower_rest) return false;
      as_point();  // "a - Đối với hoá đơn …:": a point's shape after all
    } else {
      if (roman_value(l.num) == 0) return false;
      l = Label{ProvisionKind::section, kSection, l.num, l.rest};
    }
  }
  const Provision* last = last_sibling(l);
  if (l.kind == ProvisionKind::chapter) {
    // a garbled numeral, or the last chapter's printed again (a scan's "II"
    // for III): the next chapter, in the numbering already used
    const bool digits = last && std::isdigit(static_cast<unsigned char>(last->num[0]));
    auto in_style = [digits](const std::string& num) { return digits ? std::atoi(num.c_str()) : roman_value(num); };
    const int prev = last ? in_style(last->num) : 0;
    const bool digit_num = !l.num.empty() && std::isdigit(static_cast<unsigned char>(l.num[0]));
    const int v = digit_num ? std::atoi(l.num.c_str()) : roman_value(l.num);
    // (printed twice with the next chapter after it, the second is an inserted IVa: open() names it)
    bool inserted = false;
    if (!l.glyph_slip && prev > 0 && v == prev)
      for (std::size_t k = at_ + 1; k < end_; ++k) {
        const std::optional<Label> n = classify((*in_.lines)[k].text, plan_style_);
        if (!n || (n->kind != ProvisionKind::chapter && (n->kind != ProvisionKind::part || n->letter_part))) continue;
        inserted = n->kind == ProvisionKind::chapter && !n->glyph_slip && in_style(n->num) == prev + 1;
        break;
      }
    if (l.glyph_slip || (prev > 0 && v == prev && !inserted)) {
      const std::string read = digits ? std::to_string(prev + 1) : to_roman(prev + 1);
      in_.warn(line, "sequence.slip",
               "Chương " + (l.num.empty() ? std::string("(no number)") : l.num) +
                   (last ? " follows Chương " + last->num : std::string(" opens the chapters")) + "; read as Chương " + read);
      l.num = read;
      l.glyph_slip = false;
    }
    return true;
  }
  // a scan's "1." read as "I." ("I. Tổ chức tuyên truyền …" then "2. Rà soát …", CV 8388/BTC-QLCS): a
  // first section in sentence case is clause 1 when the next label above the points is clause 2
  if (l.kind == ProvisionKind::section && l.num == "I" && !l.glyph_slip && !last && !is_all_caps(l.rest) &&
      std::none_of(stack_.begin(), stack_.end(), [](const Unit& u) { return u.rank <= kClause; })) {
    const std::optional<Label> n = next_label_up_to(kClause, 400);
    if (n && n->kind == ProvisionKind::clause && n->rank == kClause && n->num == "2") {
      in_.warn(line, "sequence.slip", "section I. opens a list whose next label is 2.; read as 1.", path(kClause));
      l = Label{ProvisionKind::clause, kClause, "1", l.rest};
      return true;
    }
  }
  if (l.kind == ProvisionKind::section && l.glyph_slip) return garbled_section_read(l, last, line);
  if (l.glyph_slip) {
    // only the next label of a list already open: never the first of one
    if (!last) return false;
    std::string read = l.kind == ProvisionKind::point ? point_letter(point_index(last->num) + 1)
                                                      : std::to_string(std::atoi(last->num.c_str()) + 1);
    if (read == "?" || read == "1") return false;
    bool point = l.kind == ProvisionKind::point;
    in_.warn(line, "sequence.slip", std::string(point ? "point " : "clause ") + l.num + (point ? ")" : ".") + " follows " + last->num +
                                        (point ? "); read as " : ".; read as ") + read + (point ? ")" : "."), path(l.rank));
    l.num = read;
    return true;
  }
  if (l.kind == ProvisionKind::clause && l.rank == kParenClause) {
    int prev = last ? std::atoi(last->num.c_str()) : 0;
    return std::atoi(l.num.c_str()) == prev + 1;
  }
  if (l.kind == ProvisionKind::clause && (l.rank == kCompound || l.rank == kCompound + 1)) {
    // "A.1." under part A, "II.2." under part (or section) II, "II.2.1." under "II.2.": its head is open
    const std::string head = l.num.substr(0, l.num.rfind('.'));
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->p.num != head) continue;
      if (l.rank == kCompound)
        return it->p.kind == ProvisionKind::part || it->p.kind == ProvisionKind::section;
      return it->p.kind == ProvisionKind::clause && it->rank == kCompound;
    }
    return false;
  }
  if (l.kind == ProvisionKind::clause && l.rank > kClause) {
    // "2.1." belongs under clause "2": without it, a numbered table row
    std::string head = l.num.substr(0, l.num.find('.'));
    const Unit* clause = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && !clause; ++it)
      if (it->p.kind == ProvisionKind::clause && it->rank == kClause) clause = &*it;
    if (!clause || clause->p.num != head) return false;
    // "2.5." printed again after "2.7." (not right after 2.5): a slip for 2.8
    std::size_t dot = l.num.rfind('.');
    if (last && last->num != l.num && last->num.compare(0, dot + 1, l.num, 0, dot + 1) == 0) {
      int n = std::atoi(l.num.c_str() + dot + 1), prev = std::atoi(last->num.c_str() + dot + 1);
      if (n <= prev) {
        std::string read = l.num.substr(0, dot + 1) + std::to_string(prev + 1);
        in_.warn(line, "sequence.slip", "clause " + l.num + " printed after " + last->num + "; read as " + read, path(l.rank));
        l.num = read;
      }
    }
    return true;
  }
  if (l.kind == ProvisionKind::article) {
    int n = std::atoi(l.num.c_str());
    int prev = last_article_;
    if (prev == 0) return true;
    if (n == prev && l.num == last_article_num_) {  // printed twice: the second is 23a
      l.num = l.num + "a";
      in_.warn(line, "sequence.repeat", "Điều " + std::to_string(n) + " printed twice; read as " + l.num);
      return true;
    }
    if (n == prev + 1 || (n == prev && l.num != last_article_num_)) return true;
    if (n > prev + 1 && n <= prev + 4) {
      in_.warn(line, "sequence.gap", "Điều " + std::to_string(n) + " follows Điều " + std::to_string(prev));
      return true;
    }
    return false;
  }
  if (l.kind == ProvisionKind::clause && l.rank == kClause) {
    int n = std::atoi(l.num.c_str());
    int prev = last ? std::atoi(last->num.c_str()) : 0;
    // a scan's "g)" read as "8)" where the open list of points has g) next ("e)" then "8) Thực hiện …",
    // CV 8388/BTC-QLCS)
    if (l.delim == ')' && l.num == "8" && n != prev + 1 && !stack_.empty() && stack_.back().p.kind == ProvisionKind::point &&
        stack_.back().delim == ')' && point_letter(point_index(stack_.back().p.num) + 1) == "g") {
      in_.warn(line, "sequence.slip", "point 8) follows " + stack_.back().p.num + "); read as g)", path(kPoint));
      l = Label{ProvisionKind::point, kPoint, "g", l.rest};
      l.delim = ')';
      return true;
    }
    // a scan's misread number between two in order ("4." then "3." then "6."): the one due
    // (numbered the same way: an "8)" in between is no clause of this list)
    if (prev > 0 && n < prev && !l.lower_rest && next_clause_number(l.delim) == prev + 2) {
      l.num = std::to_string(prev + 1);
      in_.warn(line, "sequence.slip", "clause " + std::to_string(n) + ". follows clause " + last->num + ". and " +
                                          std::to_string(prev + 2) + ". follows it; read as " + l.num + ".",
               path(l.rank));
      return true;
    }
    // a lower-case start ("9. ệỄng dụng", a decoding slip) counts only in sequence
    // ("1. nguồn kinh phí trung ương:" right under "II. kế hoạch Phân bổ các
    // nguồn kinh phí năm 1998:", a legacy capitals font: a list the colon
    // announces is no wrapped line)
    if (l.lower_rest && prev == 0 && n == 1 && !stack_.empty() && stack_.back().rank < kClause &&
        stack_.back().p.children.empty() && !stack_.back().paras.empty() && ends_with(stack_.back().paras.back(), ":"))
      return true;
    if (l.lower_rest) return prev > 0 && n == prev + 1;
    if (n == prev + 1) return true;
    // "3." printed again after clause 3's points: before "4." the second
    // is 3a (open() names it); otherwise a slip for 4
    if (n == prev && prev > 0 && last->num == l.num &&
        (!last->children.empty() || (&stack_.back().p != last && stack_.back().rank > kClause))) {
      if (next_clause_number() == n + 1) return true;
      l.num = std::to_string(n + 1);
      in_.warn(line, "sequence.slip", "clause " + last->num + ". printed twice; read as " + l.num + ".", path(l.rank));
      return true;
    }
    if (n == prev + 2 && prev > 0) {
      in_.warn(line, "sequence.gap", "clause " + l.num + " follows clause " + std::to_string(prev), path(l.rank));
      return true;
    }
    return false;
  }
  if (l.kind == ProvisionKind::point && l.rank == kSubPoint) return true;
  if (l.kind == ProvisionKind::point) {
    int idx = point_index(l.num);
    int prev = last ? point_index(last->num) : -1;
    if (idx == prev + 1) return true;
    // scanning confuses c with e and d with đ: "e)" where c) is due and d) follows,
    // "đ)" right after c) when no e) follows (then d) was left out, not misread); and d with q, a letter no
    // list of points has: "q)" where d) is due
    // (an "e)" that ends the list after "b)" may follow points a consolidated text repealed: kept as printed)
    std::string due = point_letter(prev + 1);
    if (prev >= 0 && ((l.num == "e" && due == "c" && next_point_letter() == "d") ||
                      (l.num == "đ" && due == "d" && next_point_letter() != "e") || (l.num == "q" && due == "d"))) {
      in_.warn(line, "sequence.slip", "point " + l.num + ") follows " + last->num + "); read as " + due + ")", path(l.rank));
      l.num = due;
      return true;
    }
    // letters outside the Vietnamese order ("f)" after "e)") as the drafter printed them
    if (idx < 0 && last && l.num.size() == 1 && last->num.size() == 1 && l.num[0] == last->num[0] + 1) return true;
    if (idx == prev && prev >= 0) {  // a second d) after d) is đ)
      l.num = point_letter(prev + 1);
      in_.warn(line, "sequence.slip", "point " + last->num + ") printed twice; read as " + l.num + ")", path(l.rank));
      return true;
    }
    if (idx > prev + 1 && idx <= prev + 2 && prev >= 0) {
      in_.warn(line, "sequence.gap", "point " + l.num + ") follows " + last->num + ")", path(l.rank));
      return true;
    }
    return false;
  }
  if (l.kind == ProvisionKind::section && l.rank == kArticleSection)  // I., II. … in their order from I
    return roman_value(l.num) == (last ? roman_value(last->num) : 0) + 1;
  if (l.kind == ProvisionKind::section && in_plan_roman(l)) {
    int v = roman_value(l.num);
    int prev = last ? roman_value(last->num) : 0;
    if (l.lower_rest && prev == 0) return false;  // "I. tình hình …": a wrapped line
    if (v == prev && prev > 0) {  // "XI." printed twice: the second is XII
      l.num = to_roman(prev + 1);
      in_.warn(line, "sequence.slip", "section " + last->num + ". printed twice; read as " + l.num + ".", path(l.rank));
      return true;
    }
    return v > prev && v <= prev + 2;
  }
  return true;
}

}  // namespace vanban::parse_detail
