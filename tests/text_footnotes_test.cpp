// Footnotes of a PDF's text layer (pipeline/text/footnotes.cpp) on the two
// corpus documents that have them: a consolidated circular whose notes say
// which act amended each provision, and a government report in TCVN3.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "parse_helpers.h"
#include "vanban/ingest.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using parse_test::find;
using parse_test::parse_doc;

namespace {

std::string corpus(const std::string& name) { return std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/" + name + ".txt"; }

const Diagnostic* footnote_warning(const std::vector<Diagnostic>& ds) {
  const auto it = std::find_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.code == "text.footnotes"; });
  return it == ds.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("footnote bodies of a consolidated text are not provisions' words", "[text][footnotes]") {
  // TT 09/2016/TT-BNNPTNT, văn bản hợp nhất 18/VBHN-BNNMT: 84 notes, two running on to the next page
  const Document d = parse_doc("thong-tu-09-2016-bnnptnt");
  const Diagnostic* w = footnote_warning(d.diagnostics);
  REQUIRE(w);
  CHECK(w->line == 34);
  CHECK(w->message == "84 footnotes (2 running on to the next page) are not read as the document's words; "
                      "their markers are removed");
  // the markers glued to the words they annotate are gone ("Thú y68:", "2.73 (Được bãi bỏ)", "22.")
  const Provision* p = find(d.provisions, "chp_V__art_41__para_1");
  REQUIRE(p);
  CHECK(p->text == "Trách nhiệm của Cục Chăn nuôi và Thú y:");
  // a note's body printed between a clause's lines stays out of the clause
  const Provision* c = find(d.provisions, "chp_V__art_41__para_1__point_c");
  REQUIRE(c);
  CHECK(c->text == "Thực hiện theo quy định tại khoản 1, 2, 3 và 4 Điều 75 của Luật Thú y;");
  // the implementing chapter keeps its own articles, not the amending acts' quoted ones
  CHECK(find(d.provisions, "chp_VI__art_44"));
  CHECK(find(d.provisions, "chp_VI__art_45"));
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("Thú y68") == std::string::npos);
}

TEST_CASE("vanban text keeps the footnotes, without their markers", "[text][footnotes]") {
  const Text t = ingest_file(corpus("thong-tu-09-2016-bnnptnt"));
  std::size_t notes = 0;
  bool body = false;
  for (const TextLine& l : t.lines) {
    notes += l.footnote;
    body = body || (l.text == "1. Trách nhiệm của Cục Chăn nuôi và Thú y:" && !l.footnote);
  }
  CHECK(body);
  CHECK(notes > 300);
}

TEST_CASE("footnotes of a TCVN3 report: markers after a percentage, numbers kept", "[text][footnotes]") {
  const Text t = ingest_file(corpus("bao-cao-ke-hoach-2005-chinh-phu"));
  const Diagnostic* w = footnote_warning(t.diagnostics);
  REQUIRE(w);
  CHECK(w->message == "37 footnotes (0 running on to the next page) are not read as the document's words; "
                      "their markers are removed");
  std::string all;
  for (const TextLine& l : t.lines)
    if (!l.footnote) all += l.text + "\n";
  CHECK(all.find("bằng 23,5% GDP và tăng 17,4%") != std::string::npos);  // "GDP1"
  CHECK(all.find("đạt 10,6%, cao nhất") != std::string::npos);          // "10,6%2,"
  // decimals are numbers, not markers ("10,2%" with note 2 nearby)
  CHECK(all.find("tăng 10,2%, khu vực dịch vụ") != std::string::npos);
}

TEST_CASE("a text without footnotes is left as it is", "[text][footnotes]") {
  // numbered lines alone ("1", "2") in a table or a list are no notes without a note's shape
  for (const char* name : {"nghi-dinh-32-2024-cp", "quyet-dinh-256-2004-ub-can-tho", "luat-15-2012-qh13-xu-ly-vi-pham-hanh-chinh"}) {
    const Text t = ingest_file(corpus(name));
    CHECK_FALSE(footnote_warning(t.diagnostics));
    CHECK(std::none_of(t.lines.begin(), t.lines.end(), [](const TextLine& l) { return l.footnote; }));
  }
}

TEST_CASE("two markers on one line are both taken off", "[text][footnotes]") {
  // pdftotext -layout's shape: body lines, a blank, the notes' lone numbers and their wider
  // lines at the page's foot, a form feed with the next page's number
  std::string body;
  for (int i = 0; i < 24; ++i) body += "      Nội dung của văn bản được in ở cỡ chữ thường trên trang giấy khổ A4 này.\n";
  const std::string note_line(12, ' ');
  auto note = [&](int k) {
    return "      " + std::to_string(k) + "\n" + note_line +
           "Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Thông tư số 10/2022/TT-BNNPTNT ngày 14/9/2022.\n";
  };
  const std::string page = body + "      1. Trách nhiệm của Cục Thú y1 và Bộ Nông nghiệp2:\n" + body +
                           "      2. Sở Tài chính3 chủ trì.\n\n" + note(1) + note(2) + note(3) + "\f      2\n" + body;
  const Text t = load_text(page, "a.txt");
  REQUIRE(footnote_warning(t.diagnostics));
  bool both = false, one = false;
  for (const TextLine& l : t.lines) {
    both = both || l.text == "1. Trách nhiệm của Cục Thú y và Bộ Nông nghiệp:";
    one = one || l.text == "2. Sở Tài chính chủ trì.";
  }
  CHECK(both);
  CHECK(one);
}

TEST_CASE("a marker on a line of its own and a note's first line above its number are the notes'", "[text][footnotes]") {
  // TT 09/2016/TT-BNNPTNT (VBHN 18/VBHN-BNNMT), Điều 41 and Điều 43: pdftotext raised marker 67
  // between a heading's two lines, and printed note 70's first line above its number
  const Document d = parse_doc("thong-tu-09-2016-bnnptnt");
  const Provision* a = find(d.provisions, "chp_V__art_41");
  REQUIRE(a);
  REQUIRE(a->heading);
  CHECK(*a->heading == "Trách nhiệm của cơ quan quản lý chuyên ngành chăn nuôi và thú y");
  const Provision* c = find(d.provisions, "chp_V__art_43__para_1");
  REQUIRE(c);
  CHECK(c->text == "Chịu sự quản lý, giám sát của cơ quan quản lý chuyên ngành chăn nuôi và thú y có thẩm quyền.");
}

TEST_CASE("a consolidated text's authentication block closes its body and gives its meta", "[parse][footnotes]") {
  // TT 09/2016/TT-BNNPTNT as VBHN 18/VBHN-BNNMT: "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG  XÁC THỰC VĂN BẢN HỢP
  // NHẤT" / "Số: 18 /VBHN-BNNMT" / "Hà Nội, ngày 17 tháng 7 năm 2025" after Điều 45
  const Document d = parse_doc("thong-tu-09-2016-bnnptnt");
  const Provision* a = find(d.provisions, "chp_VI__art_45");
  REQUIRE(a);
  CHECK(a->text.find("XÁC THỰC") == std::string::npos);
  CHECK(a->text.find("giải quyết./.") != std::string::npos);
  CHECK(d.meta.number == std::optional<std::string>("18/VBHN-BNNMT"));
  CHECK(d.meta.issuer == std::optional<std::string>("Bộ Nông nghiệp và Môi trường"));
  CHECK(d.meta.place == std::optional<std::string>("Hà Nội"));
  CHECK(d.meta.date == std::optional<std::string>("2025-07-17"));
}
