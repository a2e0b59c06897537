// pipeline/ingest: format detection from the bytes of real corpus files, the
// readers' refusals (to the letter), the limits.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "vanban/ingest.h"
#include "cli_run.h"
#include "ingest_refusal.h"

namespace fs = std::filesystem;
using namespace vanban;
using ingest_refusal::refusal;

namespace {

const fs::path kDocs = fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs";

}  // namespace

TEST_CASE("ingest: every corpus original is told by its bytes, whatever its name", "[ingest]") {
  const std::map<std::string, Format> by_ext = {
      {".docx", Format::docx}, {".doc", Format::doc}, {".rtf", Format::rtf}, {".html", Format::html},
      {".txt", Format::text},  {".md", Format::text}, {".pdf", Format::pdf}};
  std::map<Format, int> seen;
  for (const auto& e : fs::directory_iterator(kDocs)) {
    auto it = by_ext.find(e.path().extension().string());
    if (it == by_ext.end()) continue;
    INFO(e.path().filename().string());
    std::string bytes = cli_run::read_all(e.path());
    CHECK(detect_format(bytes) == it->second);
    ++seen[it->second];
  }
  // the originals are there: 5 Word 2007+, 13 Word 97, 1 RTF, 1 web page
  CHECK(seen[Format::docx] == 5);
  CHECK(seen[Format::doc] == 13);
  CHECK(seen[Format::rtf] == 1);
  CHECK(seen[Format::html] == 1);
  CHECK(seen[Format::text] >= 150);
}

TEST_CASE("ingest: HTML is told by its first markup, not by a tag somewhere", "[ingest]") {
  CHECK(detect_format("<!DOCTYPE html>\n<html><body>x</body></html>") == Format::html);
  CHECK(detect_format("\xEF\xBB\xBF  <!-- saved from url -->\n<HTML lang=vi>") == Format::html);
  CHECK(detect_format("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") == Format::html);
  // pages copied as text keep placeholders like <jsontable>: still text
  CHECK(detect_format("QUYẾT ĐỊNH\n<jsontable name=\"bang_1\"> </jsontable>\n") == Format::text);
  CHECK(detect_format("<html-like> is not html") == Format::text);
}

TEST_CASE("ingest: signatures of the formats without a reader here", "[ingest]") {
  CHECK(detect_format(std::string("\x89PNG\r\n\x1A\n", 8) + "rest") == Format::png);
  CHECK(detect_format("\xFF\xD8\xFF\xE0rest") == Format::jpeg);
  CHECK(detect_format(std::string("II*\0rest", 8)) == Format::tiff);
  CHECK(detect_format(std::string("MM\0*rest", 8)) == Format::tiff);
  CHECK(detect_format("junk before\n%PDF-1.7\n") == Format::pdf);
  CHECK(detect_format("{\\rtf1\\ansi x}") == Format::rtf);
}

TEST_CASE("ingest: damaged and foreign archives are refused to the letter", "[ingest]") {
  // the first bytes of a .docx cut short
  CHECK(refusal(std::string("PK\x03\x04\x14\x00\x06\x00", 8), "cut.docx") ==
        "cut.docx: damaged ZIP archive, cannot read its directory (Not a zip archive) [docx.corrupt]");
  // a real .docx with its directory's last bytes lost
  std::string docx = cli_run::read_all(kDocs / "thong-tu-67-2025-bct.docx");
  CHECK(refusal(docx.substr(0, docx.size() - 30), "tail.docx") ==
        "tail.docx: damaged ZIP archive, cannot read its directory (Not a zip archive) [docx.corrupt]");
  // a ZIP without a Word document in it: the .docx with its document part renamed
  std::string renamed = docx;
  for (std::size_t p; (p = renamed.find("word/document.xml")) != std::string::npos;)
    renamed.replace(p, 17, "word/documenX.xml");
  CHECK(detect_format(renamed) == Format::zip);
  CHECK(refusal(renamed, "other.zip") ==
        "other.zip: ZIP archive without word/document.xml, not a Word document [docx.no-document]");
}

TEST_CASE("ingest: the size limit names the file, the size and the limit", "[ingest]") {
  IngestLimits small;
  small.max_file_bytes = 1000;
  std::string doc = cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.doc");
  CHECK(refusal(doc, "nd29.doc", small) ==
        "nd29.doc: file is 52224 bytes, more than the limit of 1000 [io.too-big]");
}

TEST_CASE("ingest: plain text goes through the text stage unchanged", "[ingest]") {
  std::string bytes = cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.txt");
  Text a = ingest_bytes(bytes, "nd29.txt");
  Text b = load_text(bytes, "nd29.txt");
  REQUIRE(a.lines.size() == b.lines.size());
  for (std::size_t i = 0; i < a.lines.size(); ++i) CHECK(a.lines[i].text == b.lines[i].text);
  CHECK(a.encoding == b.encoding);
}

namespace {

const fs::path kIngestData = fs::path(VANBAN_SOURCE_DIR) / "tests" / "data" / "ingest";

std::string text_of(const Text& t) {
  std::string out;
  for (const auto& l : t.lines) out += l.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("ingest: Word numbering rules give the printed labels", "[ingest][docx]") {
  // numbering-cases.docx: one paragraph per rule (restart of a lower level,
  // lvlRestart 0, startOverride, several levels in one label, isLgl, numbering
  // through styles and basedOn, numId 0, symbol bullets, letters past z);
  // the .expected file was checked by hand against Word's rules.
  Text t = ingest_file((kIngestData / "numbering-cases.docx").string());
  CHECK(text_of(t) == cli_run::read_all(kIngestData / "numbering-cases.expected"));
}

TEST_CASE("ingest: a decision typed in Word reads as its text", "[ingest][docx]") {
  Text t = ingest_file((kIngestData / "quyet-dinh-807-numbered.docx").string());
  const std::string s = text_of(t);
  // labels from numbering.xml, clauses restarting in each article
  CHECK(s.find("\nĐiều 2. Tổ chức thực hiện\n1. Ủy ban nhân dân thành phố Tam Điệp chủ trì") != std::string::npos);
  CHECK(s.find("\n9. Thời gian thực hiện:") != std::string::npos);
  // the header table cell by cell, the title's line break kept
  CHECK(s.rfind("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", 0) == 0);
  CHECK(s.find("Phê duyệt Kế hoạch tổ chức lập Chương trình\nphát triển đô thị") != std::string::npos);
  // the closing table: recipients with their bullets, then the signature
  CHECK(s.find("Nơi nhận:\n- Như Điều 3;\n") != std::string::npos);
  CHECK(s.find("- Lưu: VT, VP4.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Cao Sơn\n") != std::string::npos);
  // a tracked deletion and a field code are not text
  CHECK(s.find("XOÁ") == std::string::npos);
  CHECK(s.find("PAGE") == std::string::npos);
  CHECK(s.find("\nQUYẾT ĐỊNH:\n") != std::string::npos);
}

TEST_CASE("ingest: a task table becomes pipe rows", "[ingest][docx]") {
  // (the text stage drops the |---| rule; the parser keeps pipe rows out of provisions)
  Text t = ingest_file((kDocs / "ke-hoach-trien-khai-chi-thi-11-ct-tu-2026-ubnd-lao-cai.docx").string());
  const std::string s = text_of(t);
  CHECK(s.find("\n| TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | "
               "Thời gian thực hiện | Ghi chú |\n| | (1) | (2) | (3) | (4) | (5) |\n") != std::string::npos);
  CHECK(s.find("\n| 11 | Xử lý nghiêm và xử lý dứt điểm các hành vi khai thác khoáng sản bằng tàu cuốc trên sông, "
               "suối, hồ. | Công an tỉnh | Các Sở, ban, ngành và địa phương |") != std::string::npos);
}

TEST_CASE("ingest: a page of the national legal database gives the document, not the site", "[ingest][html]") {
  Text t = ingest_file((kDocs / "bo-luat-100-2015-qh13-hinh-su-vbpl-html.html").string());
  const std::string s = text_of(t);
  CHECK(s.rfind("QUỐC HỘI\nSố: 100/2015/QH13\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", 0) == 0);
  const std::string signature = "Chủ tịch Quốc hội\n(Đã ký)\nNguyễn Sinh Hùng\n";
  CHECK(s.size() - s.rfind(signature) == signature.size());  // it ends there
  for (const char* site : {"Đăng nhập", "Trang chủ", "Tải về", "Gửi phản hồi", "Hiệu lực:", "Lược đồ"}) {
    INFO(site);
    CHECK(s.find(site) == std::string::npos);
  }
}

TEST_CASE("ingest: an extractor that runs too long is stopped, to the letter", "[ingest][doc]") {
  // a stand-in antiword that never finishes, found first on PATH
  fs::path dir = fs::temp_directory_path() / ("vanban-ingest-slow-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream sh(dir / "antiword");
    sh << "#!/bin/sh\nexec sleep 30\n";
  }
  fs::permissions(dir / "antiword", fs::perms::owner_all);
  const std::string old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
  ::setenv("PATH", (dir.string() + ":" + old_path).c_str(), 1);
  IngestLimits quick;
  quick.seconds_per_file = 0.5;
  std::string msg = refusal(cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.doc"), "nd29.doc", quick);
  ::setenv("PATH", old_path.c_str(), 1);
  fs::remove_all(dir);
  CHECK(msg == "nd29.doc: antiword ran longer than the limit of 0.5 s per file, stopped [input.timeout]");
}

TEST_CASE("ingest: legacy Word and RTF come out as proper Vietnamese", "[ingest][doc]") {
  // TCVN3 text in .doc and .rtf: decoded, not mojibake
  Text doc = ingest_file((kDocs / "nghi-dinh-29-1998-cp.doc").string());
  CHECK(doc.encoding == Encoding::tcvn3);
  CHECK(text_of(doc).find("\nĐiều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.\n") !=
        std::string::npos);
  Text rtf = ingest_file((kDocs / "thong-tu-99-1998-btc.rtf").string());
  CHECK(text_of(rtf).find("\nHà nội, ngày 14 tháng 7 năm 1998\n") != std::string::npos);
  CHECK(text_of(rtf).find("TITLE:") == std::string::npos);  // unrtf's header is not the document's
  // a Unicode .doc stays Unicode
  Text uni = ingest_file((kDocs / "thong-tu-15-2026-bct.doc").string());
  CHECK(text_of(uni).find("\nSố: 15/2026/TT-BCT\n") != std::string::npos);
}

TEST_CASE("ingest: hostile archives are refused to the letter", "[ingest][docx]") {
  const fs::path seeds = fs::path(VANBAN_SOURCE_DIR) / "fuzz" / "seeds-docx";
  // 4 MiB of blanks deflated to 4 KiB
  CHECK(refusal(cli_run::read_all(seeds / "bomb.docx"), "bomb.docx") ==
        "bomb.docx: ZIP entry word/document.xml expands 994 times, more than the limit of 200 (decompression "
        "ratio) [input.zip-bomb]");
  IngestLimits tight;
  tight.max_decompressed_bytes = 30000;  // document.xml 20725 bytes, then styles.xml 14136
  CHECK(refusal(cli_run::read_all(kDocs / "thong-tu-67-2025-bct.docx"), "tt67.docx", tight) ==
        "tt67.docx: ZIP entries expand to more than 34861 bytes, more than the limit of 30000 (decompressed "
        "bytes) [input.zip-bomb]");
  CHECK(refusal(cli_run::read_all(seeds / "traversal.docx"), "t.docx") ==
        "t.docx: ZIP entry '../../etc/evil.txt' is an absolute path or leaves the archive, a crafted file "
        "[docx.bad-path]");
  CHECK(refusal(cli_run::read_all(seeds / "doctype.docx"), "d.docx") ==
        "d.docx: word/document.xml declares a DOCTYPE, which Word never writes [docx.doctype]");
  CHECK(refusal(cli_run::read_all(seeds / "deep.docx"), "deep.docx") ==
        "deep.docx: damaged word/document.xml at line 1 (Excessive depth in document: 256 use XML_PARSE_HUGE "
        "option) [docx.corrupt]");
  // numbering that points nowhere, levels out of range, a style cycle: text, no labels
  Text t = ingest_bytes(cli_run::read_all(seeds / "bad-numbering.docx"), "n.docx");
  REQUIRE(t.lines.size() == 3);
  CHECK(t.lines[0].text == "mm) a");  // start 999999 in lowerLetter: Word's doubled letters, bounded
  CHECK(t.lines[1].text == "b");
  CHECK(t.lines[2].text == "c");
}
