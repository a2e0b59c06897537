// The rendered reference plan read back with poppler-utils: A4, Decree 30
// margins and font sizes, page numbers centred in the top margin from
// page 2, justified lines at the right margin, exact Vietnamese text, and
// the same bytes every time.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "vanban/render.h"

using vanban::render::render_fo;
using vanban::render::RenderOptions;

namespace {

constexpr double kMm = 72.0 / 25.4;

struct Word {
  int page;
  double x0, y0, x1, y1;
  std::string text;
};

struct Line {
  int page;
  double x0, y0, x1, y1;
  std::string text;
};

double attr(const std::string& s, size_t at, const char* key) {
  size_t i = s.find(std::string(key) + "=\"", at);
  return std::atof(s.c_str() + i + std::strlen(key) + 2);
}

// pdftotext -bbox-layout: pages, lines and words with their boxes.
void boxes(const std::string& pdf, std::vector<Word>& words, std::vector<Line>& lines) {
  std::string x = cli_run::output_of("pdftotext -bbox-layout " + pdf + " -");
  int page = 0;
  size_t i = 0;
  Line* cur = nullptr;
  while ((i = x.find('<', i)) != std::string::npos) {
    if (x.compare(i, 6, "<page ") == 0) ++page;
    else if (x.compare(i, 6, "<line ") == 0) {
      lines.push_back({page, attr(x, i, "xMin"), attr(x, i, "yMin"), attr(x, i, "xMax"), attr(x, i, "yMax"), ""});
      cur = &lines.back();
    } else if (x.compare(i, 6, "<word ") == 0) {
      size_t b = x.find('>', i) + 1, e = x.find("</word>", b);
      Word w{page, attr(x, i, "xMin"), attr(x, i, "yMin"), attr(x, i, "xMax"), attr(x, i, "yMax"), x.substr(b, e - b)};
      if (cur) cur->text += (cur->text.empty() ? "" : " ") + w.text;
      words.push_back(std::move(w));
    }
    ++i;
  }
}

const std::string& reference_fo() {
  static const std::string fo = cli_run::read_all(std::string(VANBAN_SOURCE_DIR) + "/tests/data/render/plan-reference.fo");
  return fo;
}

const vanban::render::RenderResult& reference() {
  static const vanban::render::RenderResult r = render_fo(reference_fo(), "plan-reference.fo");
  return r;
}

std::string simple(const std::string& flow, const std::string& page_attrs = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set>"
         "<fo:simple-page-master master-name=\"p\" page-width=\"210mm\" page-height=\"297mm\" margin-top=\"20mm\" "
         "margin-bottom=\"20mm\" margin-left=\"30mm\" margin-right=\"15mm\" " + page_attrs +
         "><fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
         "<fo:page-sequence master-reference=\"p\" font-family=\"Liberation Serif\" font-size=\"14pt\">"
         "<fo:flow flow-name=\"xsl-region-body\">" + flow + "</fo:flow></fo:page-sequence></fo:root>\n";
}

}  // namespace

TEST_CASE("render: the reference plan is 4 A4 pages with embedded subset fonts", "[render]") {
  const auto& r = reference();
  CHECK(r.pages == 4);
  CHECK(r.pdf.size() <= 100 * 1024);
  cli_run::TempFile pdf(r.pdf);
  std::string info = cli_run::output_of("pdfinfo " + pdf.path);
  CHECK(info.find("Pages:           4") != std::string::npos);
  CHECK(info.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
  std::string fonts = cli_run::output_of("pdffonts " + pdf.path);
  CHECK(fonts.find("+LiberationSerif ") != std::string::npos);
  CHECK(fonts.find("+LiberationSerif-Bold ") != std::string::npos);
  CHECK(fonts.find("+LiberationSerif-Italic ") != std::string::npos);
  // Every font: CID TrueType, Identity-H, embedded, subset, ToUnicode.
  size_t rows = 0;
  std::istringstream in(fonts);
  for (std::string line; std::getline(in, line);) {
    if (line.find("Liberation") == std::string::npos) continue;
    ++rows;
    CHECK(line.find("CID TrueType      Identity-H       yes yes yes") != std::string::npos);
  }
  CHECK(rows == 4);
  CHECK(cli_run::output_of("qpdf --check " + pdf.path + " 2>&1").find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("render: Decree 30 margins, page numbers and justified lines", "[render]") {
  cli_run::TempFile pdf(reference().pdf);
  std::vector<Word> words;
  std::vector<Line> lines;
  boxes(pdf.path, words, lines);
  REQUIRE(!words.empty());
  const double W = 595.276, H = 841.89;
  const double left = 30 * kMm, right = W - 15 * kMm;
  std::map<int, double> min_x, max_x, max_y;
  std::map<int, double> min_y_body;
  std::map<int, std::vector<const Word*>> top_margin_words;
  for (const Word& w : words) {
    if (w.y1 < 20 * kMm) {  // in the top margin: only the page number may be there
      top_margin_words[w.page].push_back(&w);
      continue;
    }
    min_x.try_emplace(w.page, 1e9), max_x.try_emplace(w.page, 0), max_y.try_emplace(w.page, 0), min_y_body.try_emplace(w.page, 1e9);
    min_x[w.page] = std::min(min_x[w.page], w.x0);
    max_x[w.page] = std::max(max_x[w.page], w.x1);
    max_y[w.page] = std::max(max_y[w.page], w.y1);
    min_y_body[w.page] = std::min(min_y_body[w.page], w.y0);
  }
  for (int p = 1; p <= 4; ++p) {
    INFO("page " << p);
    // Left 30–35 mm, right 15–20 mm, top 20–25 mm, bottom 20–25 mm.
    CHECK(min_x[p] >= 30 * kMm - 0.5);
    CHECK(min_x[p] <= 35 * kMm);
    CHECK(max_x[p] <= right + 0.5);
    CHECK(max_x[p] >= W - 20 * kMm);
    CHECK(min_y_body[p] >= 20 * kMm - 0.5);
    CHECK(min_y_body[p] <= 25 * kMm + 5);  // the first line's glyph tops sit below the margin
    CHECK(max_y[p] <= H - 20 * kMm + 0.5);
  }
  // Page 1 has no number; pages 2–4 have theirs centred in the top margin.
  CHECK(top_margin_words[1].empty());
  for (int p = 2; p <= 4; ++p) {
    INFO("page " << p);
    REQUIRE(top_margin_words[p].size() == 1);
    const Word& w = *top_margin_words[p][0];
    CHECK(w.text == std::to_string(p));
    CHECK(std::abs((w.x0 + w.x1) / 2 - (left + right) / 2) < 1.0);
    CHECK(w.y0 >= 10 * kMm - 0.5);
    CHECK(std::abs((w.y1 - w.y0) / 1.107 - 13) < 0.2);  // 13 pt: Liberation Serif's box is 1.107 em
  }
  // Justified body lines end at the right margin.
  int at_margin = 0;
  for (const Line& l : lines)
    if (l.x0 < left + 10 * kMm + 1 && std::abs(l.x1 - right) < 0.6) ++at_margin;
  CHECK(at_margin >= 40);
  CHECK(reference().loosest_ratio < 1.0);
}

TEST_CASE("render: font sizes per element of the reference plan", "[render]") {
  cli_run::TempFile pdf(reference().pdf);
  std::vector<Word> words;
  std::vector<Line> lines;
  boxes(pdf.path, words, lines);
  auto size_of = [&](const std::string& text) {
    for (const Line& l : lines)
      if (l.text == text) return (l.y1 - l.y0) / 1.107;
    return 0.0;
  };
  CHECK(size_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == Approx(12).margin(0.2));
  CHECK(size_of("Độc lập - Tự do - Hạnh phúc") == Approx(13).margin(0.2));
  CHECK(size_of("ỦY BAN NHÂN DÂN") == Approx(13).margin(0.2));
  CHECK(size_of("KẾ HOẠCH") == Approx(14).margin(0.2));
  CHECK(size_of("I. MỤC ĐÍCH, YÊU CẦU") == Approx(14).margin(0.2));
  CHECK(size_of("Nơi nhận:") == Approx(12).margin(0.2));
  CHECK(size_of("- Lưu: VT, TP.") == Approx(11).margin(0.2));
}

TEST_CASE("render: pdftotext gives back the exact Vietnamese words", "[render]") {
  cli_run::TempFile pdf(reference().pdf);
  std::string text = cli_run::squash(cli_run::output_of("pdftotext " + pdf.path + " -"));
  for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "An Phú, ngày 20 tháng 8 năm 2024", "Số: 123/KH-UBND",
                        "Nghị định số 28/2013/NĐ-CP ngày 04 tháng 4 năm 2013",
                        "Kế hoạch số 45/KH-UBND ngày 15 tháng 3 năm 2024", "Nguyễn Văn Hùng",
                        "TM. ỦY BAN NHÂN DÂN", "giải quyết./."})
    CHECK(text.find(s) != std::string::npos);

  // Every Vietnamese letter, NFC in and NFC out; NFD input comes out NFC too.
  const std::string letters =
      "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ "
      "AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ ƯỪỬỮỨỰ YỲỶỸÝỴ Đ";
  auto r = render_fo(simple("<fo:block>" + letters + "</fo:block>"), "letters.fo");
  cli_run::TempFile p2(r.pdf);
  CHECK(cli_run::squash(cli_run::output_of("pdftotext " + p2.path + " -")) == letters + " ");
  auto nfd = render_fo(simple("<fo:block>Vie\xcc\xa3\xcc\x82t Nam</fo:block>"), "nfd.fo");
  cli_run::TempFile p3(nfd.pdf);
  CHECK(cli_run::squash(cli_run::output_of("pdftotext " + p3.path + " -")) == "Việt Nam ");
}

TEST_CASE("render: lines never break inside numbers, dates or after Điều", "[render]") {
  std::string para;
  for (int i = 0; i < 6; ++i)
    para += "Căn cứ Nghị quyết số 47/NQ-HĐND và Nghị định số 59/2023/NĐ-CP, hạn chót 30/6/2025 theo Điều 5 ";
  auto r = render_fo(simple("<fo:block text-align=\"justify\" margin-right=\"95mm\">" + para + "</fo:block>"), "n.fo");
  cli_run::TempFile pdf(r.pdf);
  std::vector<Word> words;
  std::vector<Line> lines;
  boxes(pdf.path, words, lines);
  REQUIRE(lines.size() > 10);
  int whole = 0;
  for (const Line& l : lines) {
    INFO(l.text);
    CHECK(l.text.back() != '/');
    CHECK(l.text.back() != '-');
    CHECK(l.text.substr(l.text.size() >= 5 ? l.text.size() - 5 : 0) != "Điều");
    CHECK(l.text.rfind("CP", 0) != 0);
    CHECK(l.text.rfind("HĐND", 0) != 0);
    whole += l.text.find("47/NQ-HĐND") != std::string::npos;
  }
  CHECK(whole == 6);
}

TEST_CASE("render: same input gives the same bytes, dates come from source_date_epoch", "[render]") {
  auto a = render_fo(reference_fo(), "plan-reference.fo");
  auto b = render_fo(reference_fo(), "plan-reference.fo");
  CHECK(a.pdf == b.pdf);
  CHECK(a.pdf == reference().pdf);
  RenderOptions o;
  o.source_date_epoch = 1724112000;  // 2024-08-20 00:00:00 UTC
  auto c = render_fo(reference_fo(), "plan-reference.fo", o);
  CHECK(c.pdf != a.pdf);
  CHECK(c.pdf.find("/CreationDate(D:20240820000000Z)") != std::string::npos);
  CHECK(a.pdf.find("/CreationDate(D:20000101000000Z)") != std::string::npos);
}

TEST_CASE("render: table header rows repeat on every page of the table", "[render]") {
  std::string rows;
  for (int i = 1; i <= 40; ++i)
    rows += "<fo:table-row><fo:table-cell border=\"0.5pt solid black\"><fo:block>" + std::to_string(i) +
            "</fo:block></fo:table-cell><fo:table-cell border=\"0.5pt solid black\"><fo:block>Nhiệm vụ số " +
            std::to_string(i) + " của kế hoạch, viết đủ dài để xuống dòng trong ô của bảng: tổ chức, triển khai, kiểm tra và báo cáo kết quả</fo:block></fo:table-cell></fo:table-row>";
  auto r = render_fo(simple("<fo:table><fo:table-column column-width=\"15mm\"/>"
                            "<fo:table-column column-width=\"proportional-column-width(1)\"/>"
                            "<fo:table-header><fo:table-row><fo:table-cell><fo:block font-weight=\"bold\">STT</fo:block></fo:table-cell>"
                            "<fo:table-cell><fo:block font-weight=\"bold\">Nội dung nhiệm vụ</fo:block></fo:table-cell></fo:table-row></fo:table-header>"
                            "<fo:table-body>" + rows + "</fo:table-body></fo:table>"),
                     "t.fo");
  REQUIRE(r.pages >= 2);
  cli_run::TempFile pdf(r.pdf);
  std::vector<Word> words;
  std::vector<Line> lines;
  boxes(pdf.path, words, lines);
  std::map<int, int> headers;
  for (const Line& l : lines)
    if (l.text == "Nội dung nhiệm vụ") ++headers[l.page];
  for (int p = 1; p <= r.pages; ++p) CHECK(headers[p] == 1);
}

TEST_CASE("render: bookmarks, links, citations, lists, images of the features sample", "[render]") {
  const std::string path = std::string(VANBAN_SOURCE_DIR) + "/tests/data/render/features.fo";
  auto r = render_fo(cli_run::read_all(path), path);
  CHECK(r.pages == 2);
  for (const auto& d : r.diagnostics) INFO(vanban::format_diagnostic(d));
  CHECK(r.diagnostics.empty());
  cli_run::TempFile pdf(r.pdf);
  std::string text = cli_run::squash(cli_run::output_of("pdftotext " + pdf.path + " -"));
  CHECK(text.find("Xem mục II ở trang 2; văn bản gốc tại cổng thông tin") != std::string::npos);
  CHECK(text.find("Trang này là trang 2.") != std::string::npos);
  CHECK(text.find("Trang 1") != std::string::npos);  // region-after with fo:page-number
  std::string outline = cli_run::output_of("qpdf --json --json-key=outlines " + pdf.path);
  CHECK(outline.find("\"title\": \"I. MỤC ĐÍCH, YÊU CẦU\"") != std::string::npos);
  CHECK(outline.find("\"title\": \"1. Mục đích\"") != std::string::npos);
  CHECK(outline.find("\"destpageposfrom1\": 2") != std::string::npos);  // II. NHIỆM VỤ on page 2
  CHECK(r.pdf.find("/URI(https://vanban.chinhphu.vn)") != std::string::npos);
  CHECK(cli_run::output_of("pdfinfo " + pdf.path).find("Title:           KẾ HOẠCH THỬ") != std::string::npos);
  CHECK(cli_run::output_of("pdfimages -list " + pdf.path).find("smask") != std::string::npos);  // the PNG's alpha
  CHECK(cli_run::output_of("qpdf --check " + pdf.path + " 2>&1").find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("render: a table row taller than a page splits between lines", "[render]") {
  std::string text;
  for (int i = 1; i <= 120; ++i) text += "Câu số " + std::to_string(i) + " của một ô rất dài. ";
  auto r = render_fo(simple("<fo:table><fo:table-column column-width=\"20mm\"/><fo:table-column column-width=\"proportional-column-width(1)\"/>"
                            "<fo:table-header><fo:table-row><fo:table-cell border=\"0.5pt solid black\"><fo:block>STT</fo:block></fo:table-cell>"
                            "<fo:table-cell border=\"0.5pt solid black\"><fo:block>Nội dung</fo:block></fo:table-cell></fo:table-row></fo:table-header>"
                            "<fo:table-body><fo:table-row keep-together.within-page=\"always\"><fo:table-cell border=\"0.5pt solid black\"><fo:block>1</fo:block></fo:table-cell>"
                            "<fo:table-cell border=\"0.5pt solid black\" padding=\"2pt\"><fo:block text-align=\"justify\">" + text +
                            "</fo:block></fo:table-cell></fo:table-row></fo:table-body></fo:table>"),
                     "tall.fo");
  CHECK(r.pages >= 2);
  for (const auto& d : r.diagnostics) { INFO(vanban::format_diagnostic(d)); CHECK(d.code != "render.overflow"); }
  cli_run::TempFile pdf(r.pdf);
  std::vector<Word> words;
  std::vector<Line> lines;
  boxes(pdf.path, words, lines);
  std::map<int, int> headers;
  for (const Line& l : lines) {
    CHECK(l.y1 <= 841.89 - 20 * kMm + 0.5);  // nothing below the bottom margin
    if (l.text == "Nội dung") ++headers[l.page];
  }
  for (int p = 1; p <= r.pages; ++p) CHECK(headers[p] == 1);
  std::string all = cli_run::squash(cli_run::output_of("pdftotext " + pdf.path + " -"));
  CHECK(all.find("Câu số 1 của") != std::string::npos);
  CHECK(all.find("Câu số 120 của một ô rất dài.") != std::string::npos);
}

TEST_CASE("render: a palette PNG with transparency gets its soft mask", "[render]") {
  const std::string path = std::string(VANBAN_SOURCE_DIR) + "/tests/data/render/x.fo";
  auto r = render_fo(simple("<fo:block>Dấu <fo:external-graphic src=\"url(seal-palette.png)\" content-width=\"10mm\"/></fo:block>"), path);
  cli_run::TempFile pdf(r.pdf);
  std::string list = cli_run::output_of("pdfimages -list " + pdf.path);
  CHECK(list.find("image") != std::string::npos);
  CHECK(list.find("smask") != std::string::npos);
}
