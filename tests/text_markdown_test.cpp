// Markdown copies of web pages (pipeline/text/clean.cpp): underscore
// emphasis, HTML tags kept by the copy, thematic breaks and page numbers are
// layout, not the document's words — in a markdown document only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "vanban/text.h"

using namespace vanban;

namespace {

bool has_line(const Text& t, const std::string& s) {
  return std::any_of(t.lines.begin(), t.lines.end(), [&](const TextLine& l) { return l.text == s; });
}

// The closing of QĐ 64/2024/QĐ-UBND Hà Nội as the web copy prints it.
const char* const kClosing =
    "**Điều 4.** Chánh Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./.\n"
    "\n"
    "---\n"
    "_Nơi nhận:_\n"
    "- Như Điều 4;\n"
    "- Lưu: VT, KGXV.\n"
    "\n"
    "---\n"
    "\n"
    "<div align=\"right\">\n"
    "\n"
    "**TM. ỦY BAN NHÂN DÂN**  \n"
    "\n"
    "<img src=\"https://latex.codecogs.com/png.image?\\dpi{110} \\huge \\text{(dấu đỏ)}\" title=\"(dấu đỏ)\"/>\n"
    "\n"
    "**Vũ Thu Hà**\n"
    "\n"
    "</div>\n";

}  // namespace

TEST_CASE("text markdown: underscore emphasis, HTML tags and rules of a web copy go", "[text][markdown]") {
  const Text t = load_text(kClosing, "qd.txt");
  CHECK(has_line(t, "Nơi nhận:"));
  CHECK(has_line(t, "TM. ỦY BAN NHÂN DÂN"));
  CHECK_FALSE(has_line(t, "---"));
  CHECK_FALSE(has_line(t, "<div align=\"right\">"));
  CHECK_FALSE(has_line(t, "</div>"));
  CHECK(std::none_of(t.lines.begin(), t.lines.end(), [](const TextLine& l) { return l.text.find("<img") != std::string::npos; }));
}

TEST_CASE("text markdown: an emphasised item loses its marks, a blank to fill in and a word's underscore stay", "[text][markdown]") {
  const Text t = load_text("**Điều 2. Đối tượng áp dụng**\n"
                           "2. _Các cơ sở có hoạt động giáo dục nghề nghiệp._\n"
                           "Số: ____/QĐ-UBND\n"
                           "Tệp mau_bieu_01 (_kèm theo_)\n",
                           "qd.txt");
  CHECK(has_line(t, "2. Các cơ sở có hoạt động giáo dục nghề nghiệp."));
  CHECK(has_line(t, "Số: ____/QĐ-UBND"));
  CHECK(has_line(t, "Tệp mau_bieu_01 (kèm theo)"));
}

TEST_CASE("text markdown: a bare number between blank lines is a page number even when the one before is lost", "[text][markdown]") {
  const Text t = load_text("**Điều 1.** Ban hành kèm theo Quyết định này:\n"
                           "37. Nghiệp vụ bảo vệ (được quy định Phụ lục số 37).\n\n\n3\n\n"
                           "**Điều 2. Đối tượng áp dụng**\n",
                           "qd.txt");
  CHECK_FALSE(has_line(t, "3"));
  CHECK(has_line(t, "Điều 2. Đối tượng áp dụng"));
}

TEST_CASE("text markdown: plain text keeps its underscores, rules and numbers", "[text][markdown]") {
  // no markdown mark anywhere: "_" and "---" are the document's own, and a
  // lone "3" out of sequence may be a table's cell
  const Text t = load_text("Điều 1. Mẫu số _01_ kèm theo.\n---\n\n3\n\nĐiều 2. Hiệu lực.\n", "qd.txt");
  CHECK(has_line(t, "Điều 1. Mẫu số _01_ kèm theo."));
  CHECK(has_line(t, "---"));
  CHECK(has_line(t, "3"));
}

// A legal-database crawl keeps the site's links (TT 43/2023/TT-BTC, held-out): "tại [Phụ lục số 02a](https://…)"
// is the words "tại Phụ lục số 02a"; an image "![](https://…/image001.gif)" is no word at all.
TEST_CASE("markdown: a site's links read as their words, its images go", "[text][markdown]") {
  const Text t = load_text(
      "Điều 1. Sửa đổi khoản 1 như sau:\n"
      "a) Phiếu đăng ký theo mẫu quy định tại [Phụ lục số 02a](https://files.thuvienphapluat.vn/uploads/DocForms/"
      "5/7/1/0/571083//Ph%E1%BB%A5%20l%E1%BB%A5c%202a.doc) và [Phụ lục số 03](https://files.example.vn/03.doc) ban hành "
      "kèm theo Thông tư này.\n"
      "![](https://files.thuvienphapluat.vn/doc2htm/00298271_files/image001.gif)\n"
      "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký. Xem [1] và (2).\n",
      "t.txt");
  CHECK(has_line(t, "a) Phiếu đăng ký theo mẫu quy định tại Phụ lục số 02a và Phụ lục số 03 ban hành kèm theo Thông "
                    "tư này."));
  CHECK(std::none_of(t.lines.begin(), t.lines.end(),
                     [](const TextLine& l) { return l.text.find("http") != std::string::npos; }));
  // (brackets that are no link stay the document's own)
  CHECK(has_line(t, "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký. Xem [1] và (2)."));
}
