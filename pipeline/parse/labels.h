// Labels of the provision tree: "Phần thứ nhất", "Chương I", "Mục 1",
// "Điều 5.", "1.", "1.1.", "(1).", "a)", "-", a plan's "I." and "A." — what a
// line's label is, before the tree builder decides whether it fits.
#pragma once

#include <optional>
#include <string>

#include "internal.h"
#include "vanban/model.h"

namespace vanban::parse_detail {

// Nesting ranks: a label closes every open unit of equal or deeper rank.
// "(1)" numbers a list inside a clause ("4. Đề xuất" › "(1). Xem xét …"): below
// the dotted sub-clauses (1.1, 1.1.1), above points.
// "I.", "II." inside an article of a resolution are its own sections, between
// the article and its clauses.
// A part numbered in another style inside a part ("PHẦN THỨ HAI" › "PHẦN I", "PHẦN THỨ BA" › "PHẦN 1")
// is its sub-part, above its chapters.
// "A.1.", "II.2." number a clause under a lettered or roman part ("II.2.1." one level deeper), above
// the plain "1." clauses printed inside it.
constexpr int kPart = 0, kSubPart = 1, kChapter = 2, kSection = 3, kSubsection = 4, kArticle = 5, kArticleSection = 6,
              kCompound = 7, kClause = 9, kSubclause = 10, kParenClause = 13, kPoint = 14, kSubPoint = 15,
              kItem = 16;  // items: kItem + depth of their bullet

struct Label {
  ProvisionKind kind;
  int rank;
  std::string num;
  std::string rest;  // text after the label on the same line
  bool lower_rest = false;  // the text starts in lower case: a wrapped line more likely than a label
  bool letter_part = false; // "A.", "B." … of a plan or appendix
  bool lower_letter = false; // "c - Đăng ký …": a part's letter printed in lower case (a legacy capitals font)
  bool glyph_slip = false;  // "&)", "§.": a scanned label whose letter or digit came out as a symbol
  bool part_letter = false; // "c. nghĩa vụ thuế …" of a plan: a point's shape that may be a part's letter in lower case
  char delim = 0;           // a point's punctuation: ')' "a)", '.' "a.", '-' "a- " (a list keeps one)
  char part_style = 0;      // how a part is numbered: 'w' "Phần thứ nhất", 'r' "Phần I", 'd' "Phần 1"
};

// TCVN3 has no capital Ủ: a decoded paragraph may start "ủy ban nhân dân cấp
// tỉnh quản lý …", which no line of modern text does ("Ủy ban" mid-sentence too)
inline bool lost_capital(const std::string& t) { return starts_with(t, "ủy ban ") || starts_with(t, "ủy viên "); }

// "nhất", "hai" … "mười" → 1 … 10 (Phần thứ nhất); 0 otherwise.
int ordinal_word(const std::string& w);

// The label a line starts with, or nullopt; plan_style reads a plan's or
// letter's I./1./a)/- outline (no articles).
std::optional<Label> classify(const std::string& line, bool plan_style);

}  // namespace vanban::parse_detail
