// The provision tree (cây điều khoản): Phần › Chương › Mục › Tiểu mục ›
// Điều › Khoản › Điểm › ý (-, +), and the I./1./1.1./a)/- outline of plans
// and letters. Lines are classified as labels or text; labels nest by rank
// through a stack; text joins the open unit following the annotation
// guide's rules for paragraphs after lists.
#include "tree_builder.h"

namespace vanban::parse_detail {

namespace {

const char* eid_prefix(ProvisionKind k) {
  switch (k) {
    case ProvisionKind::part: return "part_";
    case ProvisionKind::chapter: return "chp_";
    case ProvisionKind::section: return "sec_";
    case ProvisionKind::subsection: return "subsec_";
    case ProvisionKind::article: return "art_";
    case ProvisionKind::clause: return "para_";
    case ProvisionKind::point: return "point_";
    case ProvisionKind::item: return "item_";
  }
  return "";
}

}  // namespace

std::vector<Provision> TreeBuilder::finish() {
  flush_pending(true);
  while (!stack_.empty()) pop();
  return std::move(roots_);
}

std::optional<Label> TreeBuilder::next_label_up_to(int rank, std::size_t within) const {
  const auto& lines = *in_.lines;
  for (std::size_t k = at_ + 1; k < end_ && k <= at_ + within; ++k)
    if (std::optional<Label> n = classify(lines[k].text, plan_style_); n && n->rank <= rank) return n;
  return std::nullopt;
}

int TreeBuilder::next_clause_number(std::optional<char> delim) const {
  const auto& lines = *in_.lines;
  for (std::size_t k = at_ + 1; k < end_ && k <= at_ + 400; ++k) {
    const std::optional<Label> n = classify(lines[k].text, plan_style_);
    if (!n || n->rank > kClause || (delim && n->rank == kClause && n->delim != *delim)) continue;
    return n->rank == kClause && n->kind == ProvisionKind::clause ? std::atoi(n->num.c_str()) : 0;
  }
  return 0;
}

bool TreeBuilder::closes_later(int depth) {
  const auto& lines = *in_.lines;
  if (balance_before_.empty()) {
    balance_before_.assign(end_ + 1, 0);  // [k]: sum of the quote balances of lines before k
    for (std::size_t k = 0; k < end_; ++k) balance_before_[k + 1] = balance_before_[k] + quote_balance(lines[k].text);
    lowest_from_ = balance_before_;  // [k]: the lowest balance_before_[j], j >= k
    for (std::size_t k = end_; k-- > 0;) lowest_from_[k] = std::min(lowest_from_[k], lowest_from_[k + 1]);
  }
  // after line k the balance counted from at_+1 on is balance_before_[k+1] - balance_before_[at_+1]
  return at_ + 2 <= end_ && lowest_from_[at_ + 2] - balance_before_[at_ + 1] <= -depth;
}

std::size_t TreeBuilder::own_next_article() {
  // none after an earlier unclosed quote of the same article: none after this one
  if (no_article_after_ == last_article_) return std::string::npos;
  const auto& lines = *in_.lines;
  for (std::size_t k = at_ + 1; k < end_; ++k) {
    if (starts_with(lines[k].text, "“")) continue;
    std::optional<Label> n = classify(lines[k].text, plan_style_);
    if (n && n->kind == ProvisionKind::article && std::atoi(n->num.c_str()) == last_article_ + 1) return k;
  }
  no_article_after_ = last_article_;
  return std::string::npos;
}

void TreeBuilder::end_unclosed_quote() {
  if (at_ != quote_bound_) return;
  quote_depth_ = 0;
  quote_bound_ = std::string::npos;
}

std::string TreeBuilder::next_point_letter() const {
  std::optional<Label> n = next_label_up_to(kPoint, 200);
  return n && n->rank == kPoint && n->kind == ProvisionKind::point ? n->num : "";
}

void TreeBuilder::open(Label l, int line, const std::string& full) {
  if (l.rank <= wording_rank_) wording_rank_ = -1;  // our own next unit: the new wording is over
  flush_pending(false, l.rank);
  while (!stack_.empty() && stack_.back().rank >= l.rank) pop();
  Unit u;
  u.rank = l.rank;
  u.p.kind = l.kind;
  u.p.num = l.num;
  u.p.line = line;
  u.delim = l.delim;
  u.part_style = l.part_style;
  if (l.kind == ProvisionKind::item) {
    const std::vector<Provision>& sib = stack_.empty() ? roots_ : stack_.back().p.children;
    int n = 0;
    for (const auto& s : sib)
      if (s.kind == ProvisionKind::item) ++n;
    u.p.num = std::to_string(n + 1);
  }
  if (l.kind == ProvisionKind::article) {
    last_article_ = std::atoi(l.num.c_str());
    last_article_num_ = l.num;
  }
  std::string parent_eid = stack_.empty() ? prefix_ : stack_.back().p.eid + "__";
  u.p.eid = parent_eid + eid_prefix(l.kind) + u.p.num;
  // eids are unique: a label repeated under one parent becomes "1a", "1b" …
  const std::vector<Provision>& siblings = stack_.empty() ? roots_ : stack_.back().p.children;
  for (char suffix = 'a'; suffix <= 'z'; ++suffix) {
    bool taken = std::any_of(siblings.begin(), siblings.end(), [&](const Provision& p) { return p.eid == u.p.eid; });
    if (!taken) break;
    if (suffix == 'a') in_.warn(line, "sequence.repeat", std::string(label_word(l.kind)) + " " + u.p.num + " repeated", path(l.rank));
    u.p.num = l.num + suffix;
    u.p.eid = parent_eid + eid_prefix(l.kind) + u.p.num;
  }
  bool titled = l.kind == ProvisionKind::part || l.kind == ProvisionKind::chapter ||
                l.kind == ProvisionKind::section || l.kind == ProvisionKind::subsection;
  u.heading_open = titled;
  if (!l.rest.empty()) u.paras.push_back(l.rest);
  else if (!titled) u.paras.emplace_back();
  stack_.push_back(std::move(u));
  // "1. Sửa đổi, bổ sung khoản 1 như sau: “1. Bộ Xây dựng có trách nhiệm:" (NĐ 14/2026): the new wording
  // opens on the announcing unit's own line, and its points below are quoted text of it, up to the close
  // (or with a straight mark, a web note between: "13. Điều 22 được sửa đổi, bổ sung như sau:  \"Điều 22. …")
  if (quote_depth_ == 0 && !ascii_quote_ && opens_wording(l.rest)) {
    // (closed before the document's own next article, else a slip: left to the labels)
    const int b = quote_balance(l.rest);
    const auto& lines = *in_.lines;
    int depth = b;
    for (std::size_t k = at_ + 1; b > 0 && k < end_ && depth > 0; ++k) {
      const std::optional<Label> n = starts_with(lines[k].text, "“") ? std::nullopt : classify(lines[k].text, plan_style_);
      if (n && n->kind == ProvisionKind::article) break;
      depth += quote_balance(lines[k].text);
    }
    if (b > 0 && depth <= 0) quote_depth_ = b;
  }
  prev_line_ = full;  // a label line: what follows may continue it
}

bool TreeBuilder::opens_wording(const std::string& rest) {
  std::size_t k = rest.find("như sau:");
  if (k == std::string::npos) return false;
  k += std::string_view("như sau:").size();
  while (k < rest.size() && rest[k] == ' ') ++k;
  return rest.compare(k, 3, "“") == 0 || (k + 1 < rest.size() && rest[k] == '"' && rest[k + 1] != ' ');
}

bool TreeBuilder::in_new_wording(const Label& l) const { return wording_rank_ >= 0 && l.rank > wording_rank_; }

void TreeBuilder::refused(const Label& l) {
  if (stack_.empty() || quoting()) return;
  const Unit& top = stack_.back();
  if (l.rank <= top.rank || !top.p.children.empty() || top.paras.empty() || !ends_with(top.paras.back(), ":"))
    return;
  // the announcement: "sửa đổi", "bổ sung", "thay thế" … "như sau:"
  std::string said = lower(top.paras.back());
  bool amends = said.find("sửa đổi") != std::string::npos || said.find("bổ sung") != std::string::npos ||
                said.find("thay thế") != std::string::npos;
  if (amends && ends_with(said, "như sau:")) wording_rank_ = top.rank;
}

void TreeBuilder::text(const std::string& t, bool after_blank) {
  // Quotes are followed everywhere, also outside every unit (a letter
  // quoting a law: its "Điều 56." is not a provision of the letter).
  bool quoted_start = quote_depth_ == 0 && (starts_with(t, "“") || starts_with(t, "\""));
  int before = quote_depth_;
  // only a block that starts with an opening quote is followed: a quote
  // opened and left open mid-sentence (a typing slip) must not swallow the rest
  if (before > 0 || starts_with(t, "“")) quote_depth_ = std::max(0, quote_depth_ + quote_balance(t));
  // a block quote never closed ("“c) Khu vực …;" quoting a law in a report,
  // an amendment's closing mark left out) is a slip too: followed to the end it
  // would make the rest of the document quoted text. It ends before the
  // document's own next article, or with its line when there is none.
  // (unannounced — no "…:" before it, as "Điều 1. Phạm vi điều chỉnh" + "“Thông tư này quy định …" of a
  // scan — the mark is a stray one: closed with its line)
  if (before == 0 && quote_depth_ > 0 && !closes_later(quote_depth_)) {
    quote_bound_ = ends_with(prev_line_, ":") || stack_.empty() ? own_next_article() : std::string::npos;
    in_.warn(line_, "quote.unclosed",
             quote_bound_ == std::string::npos
                 ? "a quotation opened here is never closed; read as closed at the end of its line"
                 : "a quotation opened here is never closed; read as closed before Điều " +
                       std::to_string(last_article_ + 1));
    if (quote_bound_ == std::string::npos) quote_depth_ = 0;
  }
  // straight quotes cannot nest: a block opened by a line starting with '"'
  // closes at the next line with an odd number of them
  bool ascii_before = ascii_quote_;
  std::size_t straight = static_cast<std::size_t>(std::count(t.begin(), t.end(), '"'));
  bool opens = !ascii_quote_ && starts_with(t, "\"") && ends_with(prev_line_, ":");  // "… quy định:" then "…
  if ((ascii_quote_ || opens) && straight % 2 == 1) ascii_quote_ = !ascii_quote_;
  else if (ascii_before && t.find("”") != std::string::npos) ascii_quote_ = false;  // closed with a curly quote
  if (ascii_before || (opens && ascii_quote_)) before = std::max(before, 1);
  if (stack_.empty()) {
    pending_.clear();
    prev_line_ = t;
    return;  // words outside every unit belong to no provision
  }
  Unit& top = stack_.back();
  // Titles of parts/chapters/sections continue on caps lines.
  if (top.heading_open) {
    // (a caps title set off from its bare label by a blank line, "Chương II" + "" + "CẤP, THU HỒI …", is
    // the title all the same: its next caps line continues it)
    const bool first_caps = top.paras.empty() && is_all_caps(t);
    if ((is_all_caps(t) || top.paras.empty()) && (!after_blank || first_caps) && quote_depth_ == 0) {
      if (top.paras.empty()) top.paras.push_back(t);
      else top.paras.back() += " " + t;
      prev_line_ = t;
      return;
    }
    // a caps title's second line, or a title wrapped mid-phrase ("II. Các đường một
    // phần hiện hữu và" + "một phần quy hoạch (04 đường)")
    bool wrapped = !after_blank && (starts_lower(t) || wrapped_at_dash(prev_line_, t)) && !ends_sentence(top.paras[0]);
    if ((is_all_caps(t) || wrapped) && top.paras.size() == 1 && top.paras[0].size() < 200) {
      top.paras.back() += " " + t;
      prev_line_ = t;
      return;
    }
    top.heading_open = false;
    new_paragraph(t);
    return;
  }
  if (before > 0 || quoted_start) {
    // quoted text of another document stays text of the quoting unit
    Unit& u = stack_.back();
    // an amending article's title line ("Điều 3. Sửa đổi, bổ sung Điều 8
    // Thông tư số 38/2025/TT-BCT" + "“Điều 8. …") stays its title
    bool after_title = quoted_start && u.p.kind == ProvisionKind::article && u.paras.size() == 1 &&
                       !ends_sentence(u.paras[0]) && quoted_block(t);
    if (u.paras.empty() || after_title) u.paras.push_back(t);
    else u.paras.back() += " " + t;
    prev_line_ = t;
    return;
  }
  if (is_continuation(t, after_blank)) {
    if (!pending_.empty()) pending_.back() += " " + t;
    else if (top.paras.empty()) top.paras.push_back(t);
    else top.paras.back() += (top.paras.back().empty() ? "" : " ") + t;
    prev_line_ = t;
    return;
  }
  new_paragraph(t);
}

bool TreeBuilder::quoted_block(const std::string& t) const {
  std::string inner = t.substr(starts_with(t, "“") ? 3 : 1);
  if (classify(inner, false)) return true;
  bool lower = !inner.empty() && !std::isdigit(static_cast<unsigned char>(inner[0])) && starts_lower(inner);
  return !lower && (quote_depth_ > 0 || is_all_caps(inner));  // "“1a. Sửa đổi …" is no lower-case start
}

const Unit* TreeBuilder::would_be_parent(int rank) const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (it->rank < rank) return &*it;
  return nullptr;
}

std::string TreeBuilder::path(int below) const {
  std::string p;
  for (const auto& u : stack_) {
    if (u.rank >= below) break;
    if (!p.empty()) p += " › ";
    p += std::string(label_word(u.p.kind)) + " " + u.p.num;
  }
  return p;
}

namespace {
// Two capitalised words that are no agency's own word: a place's name ("Cao Bằng gồm …", "Hà Nội.")
bool proper_name_start(const std::string& t) {
  const std::size_t sp = t.find(' ');
  if (sp == std::string::npos || sp + 1 >= t.size() || !starts_upper(t) || !starts_upper(t.substr(sp + 1))) return false;
  const std::string first = t.substr(0, sp);
  for (const char* w : {"Sở", "Ban", "Bộ", "Ủy", "Uỷ", "UBND", "HĐND", "Hội", "Thường", "Văn", "Công", "Cục", "Chi",
                        "Kho", "Đài", "Báo", "Đoàn", "Chủ", "Phó", "Giám", "Điều", "Khoản", "Chương", "Mục", "Nghị",
                        "Quyết", "Thông", "Luật", "Kế", "Tờ", "Trung", "Viện", "Tòa", "Toà", "Cơ", "Các", "Những"})
    if (first == w) return false;
  return true;
}
}  // namespace

bool TreeBuilder::is_continuation(const std::string& t, bool after_blank) const {
  if (prev_line_.empty()) return false;
  bool prev_end = ends_sentence(prev_line_);
  bool lower = starts_lower(t) && !lost_capital(t);
  if (after_blank) return !prev_end && lower;
  if (lower || wrapped_at_dash(prev_line_, t)) return true;  // (… "Vụ Kế hoạch" + "- Tài chính, …")
  // "… Đài⏎Khí tượng Thủy văn tỉnh Lào Cai; Uỷ ban nhân dân các xã, phường của tỉnh;⏎Hiệp hội Doanh nghiệp
  // tỉnh; …" (CV 3320/SNNMT-CCMT): a full line of a list run inline ends at one of its ";" by chance; the
  // entries of a list set line by line end lines of their own
  if (ends_with(prev_line_, ";") && prev_line_.find(';') + 1 < prev_line_.size() &&
      static_cast<double>(prev_line_.size()) > wide_ * 0.9)
    return true;
  if (prev_end) return false;
  // a word that needs the name after it: "Điều 3. Thường trực" + "Hội đồng nhân dân tỉnh, các Ban … kiểm
  // tra, giám sát …" (NQ 71/2017 Bình Định: the council's standing body, of a council), "Điều 3. Giao" +
  // "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết." (NQ 04/2017 Bắc Giang: the enacting verb opening
  // its sentence, then whom it gives the work) — no title ends there
  if (prev_line_ == "Thường trực" || ends_with(prev_line_, " Thường trực") || prev_line_ == "Giao" ||
      ends_with(prev_line_, ". Giao"))
    return true;
  // a line ending in a comma or a function word cannot end a paragraph
  static const std::vector<std::string> open_words = {",", " của", " và", " về", " theo", " các", " cho", " với",
                                                      " tại", " trong", " số", " ngày", " những", " được", " là",
                                                      " hoặc", " để", " từ", " đến", " thuộc", " có", " như"};
  for (const auto& w : open_words)
    if (ends_with(prev_line_, w)) return true;
  // (a title cut after such a word goes on all the same: "Điều 2. Về căn cứ … quy định tại" + "Điều 584 của Bộ
  // luật Dân sự", NQ 02/2022/NQ-HĐTP as crawled)
  // an article's title line in a text whose lines are paragraphs (a Word or web copy: most lines
  // far wider than a printed one), then a sentence: "Điều 37. Buộc nộp lại số lợi bất hợp pháp … trái
  // quy định của pháp luật" + "Cá nhân, tổ chức vi phạm phải nộp lại …" (Luật 15/2012) — the title is
  // long, not wrapped
  if (wide_ >= kParagraphLines && !stack_.empty() && stack_.back().p.kind == ProvisionKind::article &&
      stack_.back().paras.size() == 1 && starts_with(prev_line_, "Điều "))
    return false;
  // "… của Hội đồng nhân dân tỉnh" + "Cao Bằng gồm các nội dung sau:": the province's or city's name
  // (every word capitalised) wrapped onto the next line
  if ((ends_with(prev_line_, " tỉnh") || ends_with(prev_line_, " thành phố")) && proper_name_start(t)) return true;
  return static_cast<double>(prev_line_.size()) > wide_ * 0.75;
}

void TreeBuilder::pop() {
  Unit u = std::move(stack_.back());
  stack_.pop_back();
  if (!stack_.empty()) {
    Unit& parent = stack_.back();
    const bool told = u.paras.size() >= 2 && u.p.children.empty() && !u.paras[1].empty();
    parent.told_after = told ? parent.told_after + 1 : 0;
  }
  finalize(u);
  auto& dest = stack_.empty() ? roots_ : stack_.back().p.children;
  dest.push_back(std::move(u.p));
}

void TreeBuilder::finalize(Unit& u) {
  std::vector<std::string> paras;
  for (auto& p : u.paras)
    if (!fold_spaces(p).empty()) paras.push_back(fold_spaces(p));
  bool titled = u.p.kind == ProvisionKind::part || u.p.kind == ProvisionKind::chapter ||
                u.p.kind == ProvisionKind::section || u.p.kind == ProvisionKind::subsection ||
                u.p.kind == ProvisionKind::article;
  std::size_t first_text = 0;
  if (titled && !paras.empty()) {
    // a scan reads the margin's rule after a title as "|" ("Điều 9. Mẫu Giấy chứng nhận, Giấy phép |")
    while (paras[0].size() > 2 && paras[0].back() == '|' && paras[0][paras[0].size() - 2] == ' ')
      paras[0].resize(paras[0].size() - 2);
    // "Điều 2. Bãi bỏ Thông tư số" + "20/2014/TT-BTC ngày 12/02/2014 …": a title cut before its number
    if (u.p.kind == ProvisionKind::article && paras.size() >= 2 && ends_with(paras[0], " số") &&
        std::isdigit(static_cast<unsigned char>(paras[1][0]))) {
      paras[0] += " " + paras[1];
      paras.erase(paras.begin() + 1);
    }
    const std::string& h = paras[0];
    std::size_t words = std::count(h.begin(), h.end(), ' ') + 1;
    // "Điều 2. Hội đồng nhân dân tỉnh giao" + "1. Thường trực …": a
    // sentence announcing its list, the colon left out
    // ("Điều 54. Giao quyền xử phạt", "Điều 131. Giao cho gia đình, tổ chức quản lý …" are titles: the
    // verb before a common word names the act, before a body it gives the work)
    bool sentence = ends_sentence(h) || words > 120 || (starts_with(h, "Giao ") && starts_upper(h.substr(5))) ||
                    ends_with(h, " giao");
    // (a caps title is a name however long; ending in "." or ":" it is text all the same, the guide's
    // rule: "I. PHÂN TÍCH, ĐÁNH GIÁ CHUNG:" + its paragraphs)
    if (u.p.kind != ProvisionKind::article) sentence = ends_sentence(h) || (sentence && !is_all_caps(h));
    // an article that is one line and nothing more ("Điều 1. Bãi bỏ toàn bộ Quyết định số 10/2011/QĐ-UBND …")
    // has no title: the line is what it says
    else if (paras.size() == 1 && u.p.children.empty()) sentence = true;
    if (!sentence) {
      u.p.heading = h;
      first_text = 1;
    }
  }
  std::string text;
  for (std::size_t i = first_text; i < paras.size(); ++i) {
    if (!text.empty()) text += ' ';
    text += paras[i];
  }
  u.p.text = text;
}


bool is_label_line(const std::string& line) { return classify(line, true).has_value(); }

std::vector<Provision> read_body(const Lines& in, std::size_t begin, std::size_t end, const std::string& prefix,
                                 bool plan_style, std::vector<Paragraph>* outside,
                                 std::map<int, std::string>* table_owners) {
  const auto& lines = *in.lines;
  const double wide = typical_width(lines, begin, end);
  TreeBuilder b(in, prefix, wide);
  b.end_ = end;
  b.plan_style_ = plan_style;
  b.outside_ = outside;
  b.table_owners_ = table_owners;
  // Tables whose rules the text lost ("TT Định mức lao động Đơn vị tính" +
  // "1 Định mức lao động trực tiếp" + "- Giống bố mẹ công/100kg cá 10 15"):
  // neither provisions nor text. One runs from its caption to the next label
  // of the unit it is printed in or higher ("II." after a table in "I.").
  std::vector<std::size_t> table_starts;
  for (std::size_t i = begin; i < end; ++i)
    if (table_head(lines[i].text, i + 1 < end ? lines[i + 1].text : std::string()))
      table_starts.push_back(table_start(lines, begin, i, wide));
  std::size_t next_table = 0;
  int table_rank = -1;  // while in a table: the rank of the unit it is printed in
  bool blank = false;
  bool in_pipe_table = false;  // the last line read was a pipe row
  for (std::size_t i = begin; i < end; ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) {
      blank = true;
      continue;
    }
    while (next_table < table_starts.size() && table_starts[next_table] < i) ++next_table;
    if (next_table < table_starts.size() && table_starts[next_table] == i && !b.quoting()) {
      // a table's caption or head, or the next table's right after it
      // ("Tên cơ quan chủ trì dự án: …." over the next head row)
      if (table_rank < 0) table_rank = b.open_rank();
      continue;
    }
    if (table_rank >= 0) {
      if (b.table_goes_on(t, table_rank)) continue;
      table_rank = -1;  // the table is over: the line is read as usual
    }
    std::string joined;
    const std::string* next = i + 1 < end && !lines[i + 1].text.empty() ? &lines[i + 1].text : nullptr;
    if (next && (((t == "-" || t == "+" || t == "–" || t == "*" || t == "•") && starts_upper(*next)) ||
                 (t == "Điều" && std::isdigit(static_cast<unsigned char>((*next)[0]))))) {
      // a bullet or "Điều" alone on its line and its text on the next (a web
      // page's table cells, one per line): one label line
      joined = t + " " + *next;
      ++i;
    } else if (std::all_of(t.begin(), t.end(), [](char c) { return c == '-' || c == '_' || c == '=' || c == '*' || c == ' '; }))
      continue;  // separator rules
    if (t[0] == '|' || t[0] == '+')
      if (t.size() > 1 && (t[1] == ' ' || t[1] == '-' || t[1] == '=' || t[1] == '|' || t[1] == ':'))
        if (t.back() == '|' || t.back() == '+') {  // markdown/grid table rows are not provision text
          b.table_row(!in_pipe_table, lines[i].source_line);
          in_pipe_table = true;
          continue;
        }
    in_pipe_table = false;
    if (joined.empty() && b.table_note(t)) continue;
    if (joined.empty() && t.size() <= 3 && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        i + 1 < end && starts_with(lines[i + 1].text, "- ")) {
      // "1" alone, its text on the next line as "- …": a clause label split by the layout
      joined = t + " " + lines[i + 1].text;
      ++i;
    }
    const std::string& line_text = joined.empty() ? t : joined;
    b.line_ = lines[i].source_line;
    b.at_ = i;
    b.end_unclosed_quote();
    // inside quoted text of another document nothing is a label of ours
    std::optional<Label> l = b.quoting() ? std::nullopt : classify(line_text, plan_style);
    // "I. Về tình hình thực hiện …" inside an article of a resolution: a roman
    // outline of the article's own (art_1__sec_I), never outside an article
    // (only a line that can start with a roman numeral: classify is not cheap)
    if (!l && !plan_style && !b.quoting() && std::strchr("IVXLCi", line_text[0]) && b.in_article())
      if (std::optional<Label> r = classify(line_text, true);
          r && (r->kind == ProvisionKind::section || r->letter_part) && roman_value(r->num) > 0) {
        l = Label{ProvisionKind::section, kArticleSection, r->num, r->rest};  // "I." reads as a letter part first
      }
    // "… tại điểm b khoản 5" + "Điều 3.": a reference wrapped onto the next line
    if (l && l->kind == ProvisionKind::article && i > begin && !blank && wrapped_reference(lines[i - 1].text)) l.reset();
    if (l && i > begin && !blank && wrapped_number(lines[i - 1].text, l->kind) && !is_label_line(lines[i - 1].text))
      l.reset();
    if (l && l->kind == ProvisionKind::item && i > begin && !blank && wrapped_at_dash(lines[i - 1].text, line_text) &&
        !is_label_line(lines[i - 1].text))
      l.reset();
    // "… trong việc quản lý nhà nước về hải quan.\"" + "Điều 2 Luật này có hiệu lực …": the next article, its
    // full stop left out, after a sentence's end (a reference wrapped to a line's start follows none)
    if (!l && !plan_style && !b.quoting() && b.next_article() > 1 && i > begin && line_text[0] == '\xC4' &&
        ends_sentence(lines[i - 1].text))
      if (std::size_t at = bare_article(line_text, b.next_article()); at != std::string::npos)
        l = Label{ProvisionKind::article, kArticle, std::to_string(b.next_article()), line_text.substr(at)};
    if (l && b.in_new_wording(*l)) l.reset();
    std::string next_clause;
    if (l && l->kind == ProvisionKind::clause && l->rank == kClause) next_clause = run_on_clause(l->rest, l->num);
    else if (l && l->kind == ProvisionKind::item) next_clause = run_on_item(l->rest, l->num);
    if (!next_clause.empty()) l->rest.resize(l->rest.size() - next_clause.size() - 1);
    if (l && b.accept(*l, lines[i].source_line)) {
      b.open(*l, lines[i].source_line, next_clause.empty() ? line_text : "");
      if (std::optional<Label> n = next_clause.empty() ? std::nullopt : classify(next_clause, plan_style);
          n && b.accept(*n, lines[i].source_line))
        b.open(*n, lines[i].source_line, next_clause);
    } else {
      if (l) b.refused(*l);
      b.text(line_text, blank);
    }
    blank = false;
  }
  return b.finish();
}

}  // namespace vanban::parse_detail
