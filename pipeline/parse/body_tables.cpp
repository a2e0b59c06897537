// Tables in a body whose rules the text lost: their head rows, captions and
// where they start (read_body skips them), and whether a line inside one is
// still a cell. See body_lines.h and tree_builder.h.
#include <cstring>

#include "tree_builder.h"

namespace vanban::parse_detail {

// "TT Định mức lao động Đơn vị tính", "STT Chỉ tiêu định mức", "STT" alone:
// the head row of a table whose rules the text lost, its first column the
// row number (số thứ tự). Printed a cell a line, "Số" and "TT" / "thứ tự"
// may stand on two lines, and a legacy file's "Số" may be left undecoded
// ("Soá" VNI, "Sè" TCVN3, "S" with its glyph lost). A budget table's first
// column is the budget code instead ("Mục NS" over "Tên mục").
bool table_head(const std::string& t, const std::string& next) {
  for (const char* h : {"TT", "STT"}) {
    std::size_t n = std::strlen(h);
    if (t.compare(0, n, h) != 0) continue;
    if (t.size() == n) return true;
    if (t[n] == ' ' && starts_upper(std::string_view(t).substr(n + 1))) return true;
  }
  auto number_column = [](std::string_view r) {
    for (std::string_view h : {std::string_view("TT"), std::string_view("thứ tự")})
      if (r.substr(0, h.size()) == h && (r.size() == h.size() || (r[h.size()] == ' ' && starts_upper(r.substr(h.size() + 1)))))
        return true;
    return false;
  };
  for (std::string_view so : {"Số", "Soá", "Sè", "S"}) {
    if (t.compare(0, so.size(), so) != 0) continue;
    if (t.size() == so.size()) return number_column(next);
    if (t[so.size()] == ' ' && number_column(std::string_view(t).substr(so.size() + 1))) return true;
  }
  return t == "Mục NS" && starts_upper(next) && !ends_sentence(next) && next.size() < 40;
}

// "BẢNG 1: KẾ HOẠCH TỔNG THỂ …", "Bảng 2: (Đối với …)": a table's title.
// A table's caption fields, printed between its title and its head row
// ("Tên dự án: “…”", "Mã số dự án:", "Giai đoạn : 1998-2000; Năm : 1998",
// "Tên cơ quan chủ trì dự án: Sở …", "Đơn vị tính: Triệu đồng") and a note
// in brackets ("(Nguồn kinh phí TW: 150.000.000đ)"): part of the table, not
// provisions — the body named there hosts the project, it is told nothing.
bool table_caption(const std::string& t) {
  for (std::string_view b : {"Bảng ", "BẢNG "}) {
    if (t.compare(0, b.size(), b) != 0) continue;
    std::size_t k = b.size();
    while (k < t.size() && k < b.size() + 3 && std::isalnum(static_cast<unsigned char>(t[k]))) ++k;
    return k > b.size() && k < t.size() && (t[k] == ':' || t[k] == '.') && std::isdigit(static_cast<unsigned char>(t[b.size()]));
  }
  return false;
}

static bool caption_field(const std::string& t) {
  if (table_caption(t)) return true;
  if (t.front() == '(' && t.back() == ')') return true;
  // "1a. Bảng tổng hợp các hạng mục dự án …": the title of one of a run of
  // tables (1a … 1g) under a clause's number — no clause itself ("1. Bảng
  // tổng hợp …" may be one: the gold reads it so)
  std::size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d > 0 && d + 1 < t.size() && t[d] >= 'a' && t[d] <= 'z' &&
      std::string_view(t).substr(d + 1).starts_with(". Bảng "))
    return true;
  for (const char* k : {"Tên dự án", "Tên hạng mục dự án", "Mã số dự án", "Giai đoạn", "Tên cơ quan chủ trì", "Đơn vị tính", "ĐVT"}) {
    std::size_t n = std::strlen(k);
    if (t.compare(0, n, k) != 0) continue;
    std::size_t c = t.find(':');
    if (c != std::string::npos && c < n + 12) return true;
  }
  return false;
}

// The first line of a table's head: the head row, after the lines printed
// above it that name its columns or units ("Yêu cầu định mức", "ĐVT: 1 công
// = 8 giờ") — short lines, no label, no end of a sentence — and its caption
// fields.
std::size_t table_start(const std::vector<TextLine>& lines, std::size_t begin, std::size_t head, double wide) {
  std::size_t start = head;
  for (std::size_t k = head, seen = 0; k > begin && seen < 3;) {
    const std::string& t = lines[--k].text;
    if (t.empty()) continue;
    if (caption_field(t)) {
      start = k;
      continue;
    }
    ++seen;
    if (is_label_line(t) || ends_sentence(t) || !starts_upper(t) || static_cast<double>(t.size()) > wide * 0.6) break;
    start = k;
  }
  return start;
}

bool TreeBuilder::table_goes_on(const std::string& t, int table_rank) const {
  // a full line of prose ending a sentence ("Doanh thu tính thuế để xác
  // định GTGT … là doanh thu Nhà thầu nhận được …:") is no cell either
  // (where tables printed a cell a line make the usual line short, a
  // cell's sentence "Xây dựng cơ sở hạ tầng CNTT ở một số các Sở …." is
  // no prose: only a paragraph's length is)
  bool prose = (ends_with(t, ".") || ends_with(t, ":")) && starts_upper(t) &&
               !std::isdigit(static_cast<unsigned char>(t[0])) &&
               static_cast<double>(t.size()) >= (wide_ >= 100 ? wide_ * 0.8 : kParagraphLines);
  std::optional<Label> l = classify(t, plan_style_);
  int rank = l ? l->rank : 0;
  // "A. QUẢN LÝ NGHIỆP VỤ", "B. TĂNG CƯỜNG NĂNG LỰC CNTT": a table's row
  // groups when no lettered part is open around it; else the next part
  if (l && l->letter_part) {
    int open = open_letter_rank();
    rank = open < 0 ? kItem : open;
  }
  // a cell's own list ("- Pentium II 300Mhz", "- Hình thành cơ bản mạng
  // LAN, WAN.") and a cell of figures read as a number ("4.2 5.5")
  if (l && (l->kind == ProvisionKind::item ||
            (!l->rest.empty() && std::isdigit(static_cast<unsigned char>(l->rest[0])) &&
             std::all_of(l->rest.begin(), l->rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == ' '; }))))
    rank = kItem + 100;
  // "I. kế hoạch Phân bổ các nguồn kinh phí …" after a budget table printed
  // right under "PHẦN THỨ TƯ:": the part's first section starts, the
  // table is over (a row group "I." lives in a table inside a section;
  // "I." reads as a letter part until accept() sees no "H." before it)
  if (l && (l->kind == ProvisionKind::section || l->letter_part) && l->num == "I" && table_rank < kSection)
    rank = table_rank;
  // "4. Bảng tổng hợp kinh phí của các hạng mục dự án …" after "2." with
  // tables between: the next table's numbered title, the table goes on
  // ("2. Bảng tổng hợp …" right after "1. Bảng …" is the next clause)
  if (l && l->kind == ProvisionKind::clause && l->rank == kClause && starts_with(l->rest, "Bảng ")) {
    const Provision* last = last_sibling(*l);
    if (!last || std::atoi(l->num.c_str()) != std::atoi(last->num.c_str()) + 1) rank = kItem + 100;
  }
  // "BẢNG 2: TỔNG DỰ TOÁN …" with no head row under it: the table before
  // it is over (a caption over a head row starts the next table, above)
  return !prose && !table_caption(t) && (!l || rank > table_rank);
}

void TreeBuilder::table_row(bool first, int source_line) {
  if (!first) return;
  table_notes_ = 0;
  if (pending_.empty()) return;
  // its caption: a title without a sentence's end ("NỘI DUNG CHI TIẾT", "DANH MỤC NHIỆM VỤ …"), not text
  const std::string& last = pending_.back();
  if (last.size() <= 160 && is_all_caps(last) && !ends_sentence(last) && !ends_with(last, ":")) {
    pending_.pop_back();
    pending_lines_.pop_back();
  }
  pending_tables_.push_back(source_line);
  table_notes_ = 1;
}

bool TreeBuilder::table_note(const std::string& t) {
  if (table_notes_ == 0) return false;
  // "Ghi chú:" and its "- (*) …" lines under the table
  if (table_notes_ == 1 && (starts_with(t, "Ghi chú") || starts_with(t, "GHI CHÚ"))) {
    table_notes_ = 2;
    return true;
  }
  if (table_notes_ == 2 && (starts_with(t, "- ") || starts_with(t, "+ ") || starts_with(t, "* ") || starts_with(t, "(*)")))
    return true;
  table_notes_ = 0;
  return false;
}

}  // namespace vanban::parse_detail
