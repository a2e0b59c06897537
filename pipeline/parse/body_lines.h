// Tests on single lines and paragraphs that the provision tree builder
// (body.cpp) relies on: where a sentence ends, quotes, a clause run onto the
// line before, a reference wrapped onto the next line.
#pragma once

#include <string>
#include <vector>

#include "internal.h"

namespace vanban::parse_detail {

// Ends with sentence punctuation (past closing quotes and brackets).
bool ends_sentence(const std::string& t);
// "… tại Điều này" speaks of the whole article, "… tại Khoản 3 Điều này" does not.
bool speaks_of_article(const std::string& p);
std::string to_roman(int v);
// Opening minus closing curly quotes: following quoted text of other documents.
int quote_balance(const std::string& t);
// The first `n` bytes of `s` cut at a character boundary, "…" when cut.
std::string head_of(const std::string& s, std::size_t n);
// The usual width of a full line of lines[begin, end).
double typical_width(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end);
// A web copy's next clause run onto this clause's line ("…; 4. Cải tạo …"): that part, or "".
std::string run_on_clause(const std::string& rest, const std::string& num);
std::string run_on_item(const std::string& rest, const std::string& bullet);
// Does this line end inside a reference to an article ("… tại khoản 5")?
bool wrapped_reference(const std::string& prev);
// "… Vụ trưởng Vụ Kế hoạch" + "- Tài chính, Thủ trưởng …": a name with its own dash ("Kế hoạch - Tài
// chính") wrapped at the dash inside a running line (one that opens with no label: the caller
// asks), not a list's item starting.
bool wrapped_at_dash(const std::string& prev, const std::string& t);
// "… theo quy định tại Khoản" + "3 - Điều 61 Luật Lâm nghiệp …" (TB 467/TB-VPCP): a reference whose number
// the line wrapped, not a clause (nor, after "… điểm", a point) starting.
bool wrapped_number(const std::string& prev, ProvisionKind kind);
// "Điều 3 Chính phủ quy định chi tiết …": the document's next article (`next`) whose full stop the
// copy left out — where its words start, or npos. The caller asks it only at a paragraph's start.
std::size_t bare_article(const std::string& t, int next);
// The head row of a table printed without rules: "TT"/"STT" and the column
// names; `next` is the line after it (a head printed a cell a line).
bool table_head(const std::string& t, const std::string& next);
// "BẢNG 1: …", "Bảng 2: (Đối với …)": a numbered table's title line.
bool table_caption(const std::string& t);
// Where that table starts: its head row, or a caption line or two above it
// and its caption fields ("Tên dự án: …", "Đơn vị tính: …").
std::size_t table_start(const std::vector<TextLine>& lines, std::size_t begin, std::size_t head, double wide);

}  // namespace vanban::parse_detail
