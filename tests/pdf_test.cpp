// PDFs and scans (pipeline/ingest/pdf*.cpp, ocr*.cpp): reading order on the
// corpus PDFs, the layout rules on positioned words, signature stamps, OCR
// of a real scan's header with its repairs, refusals to the letter.
// (Whole-document similarity and gold scores of every corpus PDF against its
// .txt: tools/check-originals, ctest ingest.originals.)
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "pdf_layout.h"
#include "vanban/ingest.h"
#include "cli_run.h"
#include "ingest_refusal.h"

namespace fs = std::filesystem;
using namespace vanban;
using ingest_refusal::refusal;
using namespace vanban::ingest::detail;

namespace {

const fs::path kSrc = fs::path(VANBAN_SOURCE_DIR);

std::vector<std::string> lines_of(const Text& t) {
  std::vector<std::string> out;
  for (const auto& l : t.lines)
    if (!l.text.empty()) out.push_back(l.text);
  return out;
}

// index of the first line equal to `s`, or -1
int find(const std::vector<std::string>& ls, const std::string& s) {
  for (std::size_t i = 0; i < ls.size(); ++i)
    if (ls[i] == s) return static_cast<int>(i);
  return -1;
}

Word word(const std::string& t, double x0, double y0, double x1, double size = 13) {
  Word w;
  w.text = t;
  w.x0 = x0;
  w.y0 = y0;
  w.x1 = x1;
  w.y1 = y0 + size;
  w.size = size;
  return w;
}

std::vector<std::string> texts(const std::vector<Line>& ls) {
  std::vector<std::string> out;
  for (const auto& l : ls) out.push_back(l.text);
  return out;
}

// Runs the real binary; stderr only.
std::string vanban_err(const std::string& args) {
  fs::path err = fs::temp_directory_path() / ("vanban-pdf-test-" + std::to_string(::getpid()) + ".err");
  std::string cmd = std::string(VANBAN_BINARY) + " " + args + " >/dev/null 2>" + err.string();
  int rc = std::system(cmd.c_str());
  std::string e = cli_run::read_all(err);
  fs::remove(err);
  return std::to_string(WEXITSTATUS(rc)) + ":" + e;
}

}  // namespace

TEST_CASE("pdf: the Hà Nội decision reads header and closing column by column", "[pdf]") {
  const fs::path f = kSrc / "corpus/docs/quyet-dinh-70-2024-ubnd-ha-noi.pdf";
  Text t = ingest_bytes(cli_run::read_all(f), "qd70.pdf");
  auto ls = lines_of(t);
  // issuer column, then the motto column, row by row inside each
  REQUIRE(ls.size() > 40);
  CHECK(ls[0] == "ỦY BAN NHÂN DÂN");
  CHECK(ls[1] == "THÀNH PHỐ HÀ NỘI");
  CHECK(ls[2] == "Số: 70 /2024/QĐ-UBND");  // the stamped number, not the invisible draft's "0 7"
  CHECK(ls[3] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(ls[4] == "Độc lập - Tự do - Hạnh phúc");
  CHECK(ls[5] == "Hà Nội, ngày 12 tháng 12 năm 2024");  // stamped day 12 over the draft's 30
  CHECK(ls[6] == "QUYẾT ĐỊNH");
  // Nơi nhận and its list first, then the signer's column
  int recipients = find(ls, "Nơi nhận:"), lead = find(ls, "TM. ỦY BAN NHÂN DÂN");
  REQUIRE(recipients > 0);
  CHECK(find(ls, "- Lưu: VT, KTTHĐăng.") == lead - 1);
  CHECK(ls[lead + 1] == "CHỦ TỊCH");
  CHECK(ls[lead + 2] == "Trần Sỹ Thanh");
  // page 2 starts with its number "2" at the top, then Điều 2: the number is gone
  int art2 = find(ls, "Điều 2. Quyết định này có hiệu lực từ ngày 22 tháng 12 năm 2024 và thay");
  REQUIRE(art2 > 0);
  CHECK(ls[art2 - 1] == "quản lý nhà nước về giá hàng hóa, dịch vụ trên địa bàn thành phố Hà Nội”.");
}

TEST_CASE("pdf: TCVN3 text layers are decoded by their font, capitals fonts in capitals", "[pdf]") {
  Text t = ingest_bytes(cli_run::read_all(kSrc / "corpus/docs/nghi-dinh-109-2004-cp.pdf"), "nd109.pdf");
  auto ls = lines_of(t);
  REQUIRE(ls.size() > 10);
  CHECK(ls[0] == "CHÍNH PHỦ");                          // .VnTimeH: printed in capitals
  CHECK(ls[1] == "Số: 109/2004/NĐ-CP");
  CHECK(ls[2] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");  // .VnTimeH
  CHECK(find(ls, "Điều 1. Phạm vi điều chỉnh") > 0);
  CHECK(find(ls, "Phan Văn Khải") > find(ls, "THỦ TƯỚNG"));
  // the dashes under the header are drawn rules, not text
  CHECK(find(ls, "-------------") == -1);
}

TEST_CASE("pdf: rows split at one middle gutter become two columns, tables stay row by row", "[pdf]") {
  PageWords p;
  p.width = 595;
  p.height = 842;
  // header: issuer | motto, number | date
  p.words = {word("ỦY", 100, 60, 120), word("BAN", 125, 60, 150),   word("CỘNG", 300, 60, 340),
             word("HÒA", 345, 60, 375), word("THÀNH", 100, 76, 140), word("PHỐ", 145, 76, 170),
             word("Độc", 320, 76, 345), word("lập", 350, 76, 370),   word("Số:", 95, 100, 115),
             word("12/2025", 120, 100, 170), word("Hà", 300, 100, 315), word("Nội,", 318, 100, 345),
             // a body line, justified, and a table row of three cells
             word("Điều", 85, 150, 110), word("1.", 114, 150, 122), word("Ban", 140, 150, 160),
             word("hành", 164, 150, 190), word("STT", 85, 200, 105), word("Nội", 200, 200, 220),
             word("dung", 224, 200, 250), word("Hạn", 450, 200, 475)};
  CHECK(texts(page_lines(p)) == std::vector<std::string>{"ỦY BAN", "THÀNH PHỐ", "Số: 12/2025", "CỘNG HÒA", "Độc lập",
                                                        "Hà Nội,", "Điều 1. Ban hành", "STT", "Nội dung", "Hạn"});
}

TEST_CASE("pdf: of two boxes over each other the stamped one stays", "[pdf]") {
  PageWords p;
  p.width = 595;
  p.height = 842;
  Word typed = word("30", 382, 110, 396), stamped = word("12", 382, 110, 396);
  stamped.rank = 1;
  p.words = {word("ngày", 351, 110, 378), typed, stamped, word("tháng", 400, 110, 431)};
  CHECK(texts(page_lines(p)) == std::vector<std::string>{"ngày 12 tháng"});
}

TEST_CASE("pdf: page numbers and running headers are dropped, body numbers kept", "[pdf]") {
  std::vector<PageWords> src(4);
  std::vector<std::vector<Line>> pages(4);
  for (int i = 0; i < 4; ++i) {
    src[i].width = 595;
    src[i].height = 842;
    pages[i] = {{"CÔNG BÁO/Số 12", 20, 32, false}, {std::to_string(i + 1), 40, 52, false}, {"Nội dung", 100, 113, false},
                {"2", 400, 413, false}};
  }
  drop_furniture(pages, src);
  for (const auto& p : pages) CHECK(texts(p) == std::vector<std::string>{"Nội dung", "2"});
}

TEST_CASE("pdf: a digital signature stamp is data, not text", "[pdf]") {
  std::vector<Line> ls = {{"Signature Not Verified", 10, 20, false},
                          {"Ký bởi: Ủy ban nhân dân thành phố Hà Nội", 20, 30, false},
                          {"Cơ quan: Thành phố Hà Nội", 30, 40, false},
                          {"Ngày ký: 16.04.2025 10:31:07 +07:00", 40, 50, false},
                          {"ỦY BAN NHÂN DÂN", 60, 70, false},
                          {"Cơ quan: chủ trì", 300, 310, false}};
  auto stamps = take_stamps(ls, 1);
  REQUIRE(stamps.size() == 1);
  CHECK(stamps[0].signer == "Ủy ban nhân dân thành phố Hà Nội");
  CHECK(stamps[0].agency == "Thành phố Hà Nội");
  CHECK(stamps[0].time == "16.04.2025 10:31:07 +07:00");
  // the body's own "Cơ quan:" is not part of a stamp
  CHECK(texts(ls) == std::vector<std::string>{"ỦY BAN NHÂN DÂN", "Cơ quan: chủ trì"});

  std::vector<Line> copy = {{"SAO Y; Văn phòng Đoàn ĐBQH và HĐND TP Hà Nội", 10, 20, false},
                            {"Giờ ký: 03/07/2025 15:32:39", 20, 30, false}};
  stamps = take_stamps(copy, 1);
  REQUIRE(stamps.size() == 1);
  CHECK(stamps[0].agency == "Văn phòng Đoàn ĐBQH và HĐND TP Hà Nội");
  CHECK(stamps[0].time == "03/07/2025 15:32:39");
  CHECK(copy.empty());
}

TEST_CASE("ocr: slips are repaired only where the document or a fixed phrase makes it certain", "[ocr]") {
  std::vector<std::string> ls = {"QUYÉT ĐỊNH", "Phó Chủ tịch Ủy ban", "THÀNH PHÓ HÀ NỘI", "ngày 29 tháng l1 năm 2024",
                                 "đông đảo nhân dân"};
  auto d = repair_ocr(ls, std::vector<bool>(ls.size(), true), "s.png");
  CHECK(ls == std::vector<std::string>{"QUYẾT ĐỊNH", "Phó Chủ tịch Ủy ban", "THÀNH PHỐ HÀ NỘI", "ngày 29 tháng 11 năm 2024",
                                       "đông đảo nhân dân"});
  REQUIRE(d.size() == 3);
  CHECK(format_diagnostic(d[0]) == "s.png:1:1: note: OCR slip 'QUYÉT' read as 'QUYẾT' [ocr.repair]");
  CHECK(format_diagnostic(d[1]) == "s.png:3:7: note: OCR slip 'PHÓ' read as 'PHỐ' [ocr.repair]");
  CHECK(format_diagnostic(d[2]) == "s.png:4:15: note: OCR slip 'l1' read as '11' [ocr.repair]");
  // lines that did not come from OCR are never touched
  std::vector<std::string> typed = {"QUYÉT ĐỊNH"};
  CHECK(repair_ocr(typed, {false}, "t.pdf").empty());
  CHECK(typed[0] == "QUYÉT ĐỊNH");
}

TEST_CASE("ocr: the header of a real scan, with the document's slips repaired", "[ocr]") {
  const fs::path f = kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png";
  Text t = ingest_bytes(cli_run::read_all(f), "header.png");
  auto ls = lines_of(t);
  REQUIRE(ls.size() >= 10);
  CHECK(ls[0] == "HỘI ĐỒNG NHÂN DÂN");  // Tesseract reads ĐÒNG
  CHECK(ls[1] == "THÀNH PHỐ HÀ NỘI");   // … PHÓ … NỌI
  CHECK(ls[2] == "Số: 12/2025/NQ-HĐND");
  CHECK(ls[3] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(ls[5] == "Hà Nội, ngày 27 tháng 6 năm 2025");
  CHECK(ls[6] == "NGHỊ QUYẾT");  // … QUYÉT
  std::vector<std::string> notes;
  for (const auto& d : t.diagnostics)
    if (d.code == "ocr.repair") notes.push_back(format_diagnostic(d));
  CHECK(std::find(notes.begin(), notes.end(), "header.png:1:5: note: OCR slip 'ĐÒNG' read as 'ĐỒNG' [ocr.repair]") !=
        notes.end());
}

TEST_CASE("ocr: one thread or two, the same words in the same order", "[ocr]") {
  // the scan's header cut into two pages: the pool hands them to two workers
  auto imgs = decode_image(cli_run::read_all(kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png"), "h.png", Format::png, {});
  REQUIRE(imgs.size() == 1);
  CHECK(imgs[0].dpi == 300);
  GrayImage top = imgs[0], bottom = imgs[0];
  top.height = 480;
  top.px.resize(static_cast<std::size_t>(top.stride) * top.height);
  bottom.height = imgs[0].height - 480;
  bottom.px.assign(imgs[0].px.begin() + static_cast<std::ptrdiff_t>(imgs[0].stride) * 480, imgs[0].px.end());
  auto words = [](const std::vector<PageWords>& pages) {
    std::vector<std::string> out;
    for (const auto& p : pages) {
      for (const auto& w : p.words) out.push_back(w.text + "@" + std::to_string(static_cast<int>(w.x0)));
      out.push_back("|");
    }
    return out;
  };
  auto one = words(ocr_pages({top, bottom}, 1)), two = words(ocr_pages({top, bottom}, 2));
  CHECK(one == two);
  CHECK(std::count(one.begin(), one.end(), "|") == 2);
  CHECK(one.size() > 30);
}

TEST_CASE("pdf: damaged, truncated, encrypted and oversized PDFs are refused to the letter", "[pdf]") {
  const fs::path d = kSrc / "tests/data/pdf";
  CHECK(refusal(cli_run::read_all(d / "truncated.pdf"), "t.pdf") ==
        "t.pdf: damaged or truncated PDF: no page can be read [pdf.damaged]");
  CHECK(refusal("%PDF-1.4\ngarbage", "g.pdf") == "g.pdf: damaged or truncated PDF: poppler cannot read it [pdf.damaged]");
  CHECK(refusal(cli_run::read_all(d / "encrypted.pdf"), "e.pdf") ==
        "e.pdf: encrypted PDF: a password is needed to read it [pdf.encrypted]");
  // encrypted with an empty user password: readable as is
  CHECK(refusal(cli_run::read_all(d / "open-encrypted.pdf"), "o.pdf") == "");
  IngestLimits two_pages;
  two_pages.max_pages = 2;
  CHECK(refusal(cli_run::read_all(kSrc / "corpus/docs/thong-tu-01-2006-nhnn.pdf"), "tt.pdf", two_pages) ==
        "tt.pdf: 3 pages, more than the limit of 2 [pdf.too-many-pages]");
  IngestLimits small;
  small.max_pixels = 1'000'000;
  CHECK(refusal(cli_run::read_all(kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png"), "h.png", small) ==
        "h.png: image of 2480 × 1000 pixels, more than the limit of 1000000 [image.too-large]");
  CHECK(refusal(std::string("\x89PNG\r\n\x1A\n", 8) + "broken", "b.png") ==
        "b.png: unreadable image (damaged, truncated, or not PNG, JPEG or TIFF) [image.damaged]");
}

TEST_CASE("pdf: the command line names the file and exits 1", "[pdf]") {
  const std::string d = (kSrc / "tests/data/pdf").string();
  CHECK(vanban_err("text " + d + "/truncated.pdf") ==
        "1:vanban: error: " + d + "/truncated.pdf: damaged or truncated PDF: no page can be read [pdf.damaged]\n");
  CHECK(vanban_err("parse " + d + "/encrypted.pdf") ==
        "1:vanban: error: " + d + "/encrypted.pdf: encrypted PDF: a password is needed to read it [pdf.encrypted]\n");
}
