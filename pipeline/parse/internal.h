// Shared pieces of the parser's readers (not a public header).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban::parse_detail {

// ---------------------------------------------------------------- lex.cpp

std::string trim(std::string_view s);
std::string fold_spaces(std::string_view s);   // runs of white space → one space, trimmed
std::vector<std::string> words(const std::string& s);  // split on spaces, empty words dropped
bool starts_with(std::string_view s, std::string_view p);
bool ends_with(std::string_view s, std::string_view p);

// Vietnamese-aware case mapping (ICU, locale vi).
std::string lower(std::string_view s);
std::string upper(std::string_view s);
bool is_all_caps(std::string_view s);           // has letters and none is lower case
bool starts_upper(std::string_view s);          // first letter is upper case
bool starts_lower(std::string_view s);

// "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" → "Ủy ban nhân dân tỉnh Ninh Bình": lower
// case except the first letter, place names after administrative words and
// the fields of ministries/departments ("Bộ Văn hóa, Thể thao và Du lịch").
std::string sentence_case_name(std::string_view caps);
// Lower case with a capital first letter only ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch"
// is handled by sentence_case_name; this is the plain form).
std::string sentence_case(std::string_view s);

// "ngày 02 tháng 8 năm 2024", "ngày15 tháng 5 năm 2024", "02/8/2024",
// "02-8-2024", "02.8.2024" → "2024-08-02". Searches from `from`; the match's
// byte range is returned through begin/end when given.
std::optional<std::string> find_date(std::string_view s, std::size_t from = 0, std::size_t* begin = nullptr,
                                     std::size_t* end = nullptr);

// The next letter in the Vietnamese point order (a b c d đ e g h i k l m …).
int point_index(std::string_view letter);       // -1 if not a point letter
std::string point_letter(int index);

int roman_value(std::string_view roman);        // 0 if not a roman numeral

// Document type names, sentence case, from a caps or mixed line ("NGHỊ
// QUYẾT" → "Nghị quyết"); nullopt when the line is not a type name.
std::optional<std::string> doc_type_name(std::string_view line);
// Type from a number's symbol code ("85/TTr-UBND" → "Tờ trình").
std::optional<std::string> doc_type_from_symbol(std::string_view number);

// ---------------------------------------------------------------- unflatten.cpp

// Splits lines where web pages and extractors flattened the closing block
// (recipients, signature, the next attachment's title) into one line.
std::vector<TextLine> unflatten(const std::vector<TextLine>& lines);

// ---------------------------------------------------------------- contents.cpp

struct Lines;
// The lines without a table of contents (mục lục) printed before the body;
// a warning says where it was.
std::vector<TextLine> drop_contents(std::vector<TextLine> lines, const Lines& in);

// ---------------------------------------------------------------- header.cpp

struct Lines {
  const std::vector<TextLine>* lines;
  std::string file;
  std::vector<Diagnostic>* diags;
  void warn(int line, std::string code, std::string message, std::string path = "") const;
};

// Where the parts of a document are, as line indexes into Text::lines.
struct Layout {
  std::size_t preamble_begin = 0;  // first basis line (or body start)
  std::size_t preamble_offset = 0; // bytes of that line that still belong to the header (a flattened line)
  std::size_t body_begin = 0;      // first line of the body
  std::size_t body_end = 0;        // first line of the closing (Nơi nhận / signature)
  std::size_t closing_end = 0;     // first line after the closing block
  std::size_t enclosure = 0;       // where a copy of another document enclosed after the closing begins, or 0
};

// Reads the header (issuer, number, place/date, type, title, session) and
// finds where the preamble and body begin.
Layout read_header(const Lines& in, Meta& meta);
// A header date garbled past reading ("ngày15 tháng 54 năm 2026"): the one the
// document confirms in an appendix's "(Kèm theo Quyết định số 1696/QĐ-UBND ngày
// 15/5/2026 …)", under the same number and in the header's year (the guide's
// rule); a warning says where it was read (attachments.cpp).
void date_from_appendix(const Lines& in, Meta& meta);
// header_split.cpp: a rule line ("-----", "***"); a header line a web page
// flattened, split into the lines it was made of
bool is_rule(const std::string& t);
std::vector<std::string> split_header_line(const std::string& line, bool& type_seen);
// addressees.cpp: the entries of the first "Kính gửi" list before line `end`
// ("- Sở Tài chính;", an entry wrapped onto the next line, or entries after the
// colon on its own line).
std::vector<std::string> read_addressees(const std::vector<TextLine>& L, std::size_t end);
// Bases between preamble_begin and body_begin.
std::vector<Basis> read_bases(const Lines& in, const Layout& layout);
// The national motto lines ("CỘNG HÒA XÃ HỘI …", "Độc lập - Tự do - Hạnh phúc"), OCR slips included.
bool is_motto(const std::string& line);
// "Kính gửi:" starting a letter's addressees, also as a scan reads it ("lÿ đi MyKnh gửi: Sở …")
bool is_kinh_gui(const std::string& line);
// "UBND" → "ỦY BAN NHÂN DÂN", "HĐND" → "HỘI ĐỒNG NHÂN DÂN" in caps names.
std::string expand_abbrev(const std::string& s);
// A document number as printed, spaces and trailing punctuation dropped ("18 /VBHN-BNNMT").
std::string clean_number(std::string s);
// "Nơi nhận:" and its OCR slips.
bool is_noi_nhan(const std::string& line);
// "TM. Ủy ban nhân dân", "KT. CHỦ TỊCH", a legacy font's "tm . ubnd …": the authority line of a signature.
bool is_signature_prefix(const std::string& line);
// Finds the closing after the body and reads recipients and signer.
void read_closing(const Lines& in, Layout& layout, Meta& meta, std::vector<std::string>& recipients);

// The text of line `k` that belongs to the preamble (after a flattened header).
std::string preamble_line(const Lines& in, const Layout& layout, std::size_t k);

// ---------------------------------------------------------------- citations.cpp

std::vector<Citation> read_citations(const std::vector<Basis>& bases, const Meta& meta);
void cite_title(const std::string& title, const Meta& meta, std::vector<Citation>& citations);

// ---------------------------------------------------------------- body.cpp

// Builds the provision tree from body lines [begin, end); attachments after
// the closing become att_N__ trees. Paragraphs after a list of root units
// that belong to none of them go to `outside` when given, else a warning.
// `table_owners` receives the provision (eid) a table belongs to where it is not the one printed before it
// (source line of its first row → eid; "" the root).
std::vector<Provision> read_body(const Lines& in, std::size_t begin, std::size_t end, const std::string& prefix,
                                 bool plan_style, std::vector<Paragraph>* outside = nullptr,
                                 std::map<int, std::string>* table_owners = nullptr);

// ---------------------------------------------------------------- tables.cpp

// The data tables (pipe rows) of lines [begin, end), appended to `out`, each
// under the provision of `trees` it is printed in, else under `root` ("" for
// the body, "att_1" for an attachment).
void read_tables(const Lines& in, std::size_t begin, std::size_t end, const std::string& root,
                 const std::vector<Provision>& trees, std::vector<Table>& out,
                 const std::map<int, std::string>* owners = nullptr);

// "Điều 3. …" (also "ĐIỀU 3"): an article's label line.
bool is_article_line(const std::string& line);
// Is this line the start of an attachment ("QUY ĐỊNH … (Ban hành kèm theo …)",
// "PHỤ LỤC")? Used to split the document after the closing.
bool is_attachment_start(const std::vector<TextLine>& lines, std::size_t i);
// "(Ban hành kèm theo …)", "Kèm theo …", "(Ban hành theo …)": the line under an attachment's title.
bool is_kem_theo(const std::string& line);
// A caps title that names an attachment's kind ("PHỤ LỤC", "DANH SÁCH …").
bool is_appendix_title(const std::string& line);
// After the signature: a caps title of an attachment's kind whose first division follows it ("I.",
// "Chương I", "Điều 1."), without "(Ban hành kèm theo …)".
bool opens_divisions(const std::vector<TextLine>& lines, std::size_t k);
// Does the line start with a provision label (Điều 5., 1., a), -, I. …)?
bool is_label_line(const std::string& line);
// "Phụ lục I" alone on its line.
bool is_appendix_heading(const std::string& line);
// Is the attachment starting at line i a form (mẫu) to fill in — "MẪU GIẤY
// PHÉP …", "CÁC BIỂU MẪU …", "Mẫu số 06", or a document template under its
// own national motto? Its fields and template articles are not provisions.
bool is_form_attachment(const std::vector<TextLine>& lines, std::size_t i, std::size_t end);
// Where an attachment's own text ends when a form follows it with no title
// the splitter knows ("M u số 01" with lost glyphs, then its own national
// motto): at the line after its closing "./.", else at the motto's title
// block. `end` when no motto follows numbered content in [begin, end).
std::size_t own_text_end(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end);
// Appendix numbers ("2", "IX") that body lines [begin, end) say replace or add
// to another document's appendix ("Thay thế … tại Phụ lục 2 Thông tư này").
std::set<std::string> replacing_appendices(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end);
// "Phụ lục 2", "PHỤ LỤC SỐ IX …" → "2", "IX"; "" when the title has no number.
std::string appendix_number(const std::string& title);
// The signers' titles printed in capitals ("PHÓ TỔNG GIÁM ĐỐC", "CHỦ TỊCH", "BÍ THƯ"), a deputy's
// before the title: one list for splitting a flattened signature (unflatten.cpp) and for knowing a
// position line (closing.cpp).
const std::vector<std::string>& position_words();

}  // namespace vanban::parse_detail
