// The builder of the provision tree (cây điều khoản), shared by body.cpp
// (lines into units) and sequence.cpp (which labels the numbering so far
// accepts, and the slips it repairs).
#pragma once

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "body_lines.h"
#include "internal.h"
#include "labels.h"

namespace vanban::parse_detail {

// A text whose usual line is this wide (bytes) holds a paragraph per line (a Word or web copy);
// a printed page's line is some 90 letters, 130 bytes
constexpr double kParagraphLines = 200;

struct Unit {
  Provision p;
  int rank;
  std::vector<std::string> paras;  // own paragraphs
  bool heading_open = false;       // still reading a chapter/section heading
  bool announced = false;          // its text ended in ":" before un-numbered paragraphs
  std::vector<std::string> bullets; // bullet symbols in order of first use below this unit
  int paren_items = 0;              // "(1)", "(2)" … read as its items (a point's list)
  char delim = 0;                   // a point's punctuation (Label::delim)
  char part_style = 0;              // a part's numbering (Label::part_style)
  int told_after = 0;  // its last children in a row whose own paragraph followed their first sentence
};

class TreeBuilder {
 public:
  TreeBuilder(const Lines& in, std::string prefix, double wide) : in_(in), prefix_(std::move(prefix)), wide_(wide) {}

  bool quoting() const { return quote_depth_ > 0 || ascii_quote_; }
  int next_article() const { return last_article_ + 1; }
  // The rank of the innermost open unit, or -1 outside every unit.
  int open_rank() const { return stack_.empty() ? -1 : stack_.back().rank; }
  // The rank of the innermost open lettered part ("A.", "B." of a plan), or -1.
  int open_letter_rank() const {
    if (last_letter_part_.empty()) return -1;
    for (auto u = stack_.rbegin(); u != stack_.rend(); ++u)
      if (u->p.kind == ProvisionKind::part && u->rank == letter_rank_) return u->rank;
    return -1;
  }
  bool in_article() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Unit& u) { return u.p.kind == ProvisionKind::article; });
  }

  // Where the reader is, for looking ahead at the labels that follow.
  std::size_t at_ = 0, end_ = 0;
  bool plan_style_ = false;
  std::vector<Paragraph>* outside_ = nullptr;  // where paragraphs after a root list go
  // A table (pipe rows) starts at the line being read (`first`: its first row): after a list element
  // closed by its paragraphs, the table goes where they go, its caption with it ("4. … lập quy hoạch." +
  // "NỘI DUNG CHI TIẾT" + the plan's table + "Trong quá trình thực hiện …", QĐ 836/QĐ-BXD: the section's,
  // the guide's paragraph after a list one level up), and its "Ghi chú:" notes are the table's
  // (body_tables.cpp). The owners found go to `table_owners_` (source line of the first row → eid).
  void table_row(bool first, int source_line);
  bool table_note(const std::string& t);
  std::map<int, std::string>* table_owners_ = nullptr;

  std::vector<Provision> finish();

  // The sibling `l` would follow: the last unit of its kind and rank under
  // the unit it would join, or nullptr.
  const Provision* last_sibling(const Label& l) const;
  // Is `l` acceptable here, given numbering so far? Fixes scanning slips (sequence.cpp).
  bool accept(Label& l, int line);
  // A section label a scan garbled ("HI-", "1-" of a Party text, labels.cpp): the section it reads as.
  bool garbled_section_read(Label& l, const Provision* last, int line) const;

  // Inside a table printed without rules, opened in a unit of rank `table_rank`: is `t` still one of
  // its cells (or rows, captions, figures), or does the table end there (body_tables.cpp)?
  bool table_goes_on(const std::string& t, int table_rank) const;

  // The next label of rank `rank` or higher within `within` lines, if any.
  std::optional<Label> next_label_up_to(int rank, std::size_t within) const;

  // The number of the next clause label before any higher unit, or 0; with
  // `delim`, clause labels printed another way ("8)" among "4." … "6.") are
  // passed over.
  int next_clause_number(std::optional<char> delim = std::nullopt) const;

  // Do the lines after the current one close `depth` open quotes? Running
  // balances and their minima to the end are counted once per body, so that
  // a file of unclosed quotes stays linear.
  bool closes_later(int depth);

  // The line of the document's own next article ("Điều N." after Điều N-1, not
  // in a quote mark), or npos.
  std::size_t own_next_article();

  // An unclosed quotation followed up to its bound ends there.
  void end_unclosed_quote();

  // The letter of the next point label before any higher unit, or "".
  std::string next_point_letter() const;

  void open(Label l, int line, const std::string& full);

  // New wording printed without quotation marks ("6. Bổ sung các điểm đ, e …
  // vào khoản 3 như sau:" + "đ) Chính sách …"): is `l` a label of it, to be
  // read as text of the amending unit? Labels of our own numbering end it.
  bool in_new_wording(const Label& l) const;
  // "… như sau: “Điều 22. …" or "… như sau: \"Điều 22. …": the new wording opens on the announcing line
  static bool opens_wording(const std::string& rest);
  // A label the numbering refused: when it is the first thing after an
  // amending unit's "… như sau:", the new wording starts with it.
  void refused(const Label& l);

  void text(const std::string& t, bool after_blank);

 private:
  bool in_plan_roman(const Label& l) const { return roman_value(l.num) > 0 && !std::isdigit((unsigned char)l.num[0]); }

  // A quote that is a block of its own: a quoted provision ("“6. Thay thế …”."),
  // or text running on past the line, or a caps title — not a phrase wrapped
  // mid-sentence ("… Quy chế xét tặng danh hiệu" + "“Công dân Thủ đô ưu tú”.").
  bool quoted_block(const std::string& t) const;

  const Unit* would_be_parent(int rank) const;

  // Is the lower-case letter of `l` the next point of a list still open, printed the same way
  // ("a- …", "b- …" then "c - …")? Then it is no part's letter.
  bool continues_points(const Label& l) const;
  // Is the innermost open unit a `kind` with no provisions under it yet?
  bool opens_fresh(ProvisionKind kind) const {
    return !stack_.empty() && stack_.back().p.kind == kind && stack_.back().p.children.empty();
  }
  // Is `letter` the next of the lettered parts (A, B, … from A; Đ and F may be skipped)?
  bool next_letter_part(const std::string& letter) const;

  // Where a unit of rank `below` would go: the open units above it.
  std::string path(int below = 1000) const;

  // A line continues the previous paragraph unless the previous one ended a
  // sentence and this one starts like a sentence, or the previous line was
  // short (a heading-like line) and this one starts with a capital.
  bool is_continuation(const std::string& t, bool after_blank) const;

  void new_paragraph(const std::string& t);

  // Un-numbered paragraphs after a list element: to that element when the
  // list goes on (or goes deeper), one level up when it ends; a paragraph
  // that speaks of "Điều này" belongs to the article.
  void flush_pending(bool at_end, int next_rank = -1);
  bool list_goes_on(const Unit& u) const;
  // A paragraph that closes a list as a whole ("Trên đây là …", "Trong quá trình thực hiện …", "Giao …").
  static bool closes_list(const std::string& p);

  void pop();

  void finalize(Unit& u);

  const Lines& in_;
  std::string prefix_;
  double wide_;
  std::vector<Unit> stack_;
  std::vector<Provision> roots_;
  std::vector<std::string> pending_;
  std::vector<int> pending_lines_;  // source line of each pending paragraph
  std::vector<int> pending_tables_;  // tables placed with the pending paragraphs (table_row)
  int table_notes_ = 0;  // 1 right after such a table (its notes may follow), 2 inside its notes

 public:
  int line_ = 0;  // source line being read (for diagnostics)

 private:
  std::vector<std::string> root_bullets_;
  std::string prev_line_;
  int quote_depth_ = 0;
  std::size_t quote_bound_ = std::string::npos;  // line where an unclosed quotation is taken to end
  std::vector<int> balance_before_, lowest_from_;  // closes_later()
  int no_article_after_ = -1;                       // own_next_article()
  bool ascii_quote_ = false;
  int wording_rank_ = -1;  // rank of the unit whose unquoted new wording is being read, or -1
  int last_article_ = 0;
  std::string last_article_num_;
  std::string last_letter_part_;
  int letter_rank_ = kPart;
};

}  // namespace vanban::parse_detail
