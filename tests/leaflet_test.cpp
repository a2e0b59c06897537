// Leaflets (pipeline/leaflet) of real corpus documents — a resolution, a
// decision, a law — rendered to PDF and read back with poppler-utils and
// zbar: two A4 landscape pages, every word inside its panel, the panels'
// text in the order a folded leaflet is read (golden files), Liberation Sans
// embedded and subset, the QR code decoding to the URL; and the content
// property that every sentence shown is the document's own.
//
// Golden files: tests/data/leaflet/NAME.panels.txt; VANBAN_UPDATE_GOLDEN=1
// rewrites them (then read the diff).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "leaflet_pdf.h"
#include "vanban/leaflet.h"
#include "vanban/parse.h"
#include "vanban/render.h"

namespace fs = std::filesystem;
using namespace vanban;
using namespace leaflet_pdf;

namespace {

const std::string kUrl = "https://vbpl.example.gov.vn/van-ban?so=47%2FNQ-HDND";

void check_golden(const std::string& name, const std::string& actual) {
  fs::path golden = fs::path(VANBAN_SOURCE_DIR) / "tests" / "data" / "leaflet" / (name + ".panels.txt");
  if (std::getenv("VANBAN_UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
  }
  std::ifstream in(golden, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(actual == ss.str());
}

// What every trifold leaflet must be, read back from its PDF.
void check_sheet(const LeafletPdf& p, const std::string& url) {
  CHECK(p.result.pages == 2);
  std::string info = shell("pdfinfo " + p.path);
  CHECK(info.find("Page size:       841.89 x 595.276 pts (A4)") != std::string::npos);
  // fonts: Liberation Sans only, every face embedded and subset
  std::string fonts = shell("pdffonts " + p.path);
  std::istringstream lines(fonts);
  int faces = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("+Liberation") == std::string::npos) continue;
    ++faces;
    INFO(line);
    CHECK(line.find("LiberationSans") != std::string::npos);
    CHECK(std::regex_search(line, std::regex(R"(Identity-H\s+yes yes yes)")));
  }
  CHECK(faces >= 2);
  // every word inside its panel and on the page: nothing crosses a fold
  auto ws = words(p.path);
  REQUIRE(ws.size() > 150);
  for (const Word& w : ws) {
    INFO(w.text << " on page " << w.page + 1 << " at " << w.x0 << "," << w.y0);
    int col = panel_of(w) % 3;
    CHECK(w.x0 >= col * 99 * kPtPerMm + 4);
    CHECK(w.x1 <= (col + 1) * 99 * kPtPerMm - 4);
    CHECK(w.y0 >= 0);
    CHECK(w.y1 <= 210 * kPtPerMm);
  }
  // the QR code, drawn as vector boxes, read back from a picture of the page
  char tmpl[] = "/tmp/vanban-leaflet-png-XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  std::string dir = tmpl;
  shell("pdftoppm -png -r 150 -f 1 -l 1 " + p.path + " " + dir + "/p");
  std::istringstream decoded(shell("zbarimg -q --raw " + dir + "/p-1.png 2>/dev/null"));
  fs::remove_all(dir);
  std::vector<std::string> codes;  // zbar may print D-Bus complaints on stdout first
  for (std::string line; std::getline(decoded, line);)
    if (line.rfind("Connection ", 0) != 0) codes.push_back(line);
  CHECK(codes == std::vector<std::string>{url});
  // fitting warnings never leave a panel over-full
  for (const auto& w : p.leaflet.warnings) CHECK(w.code != "leaflet.overflow");
  for (const auto& d : p.result.diagnostics) CHECK(d.code != "render.overflow");
}

}  // namespace

TEST_CASE("leaflet: resolution 47/NQ-HĐND An Phú — six panels, golden text, QR") {
  leaflet::LeafletOptions o;
  o.url = kUrl;
  LeafletPdf p("nghi-quyet-47-2024-hdnd-an-phu", o);
  check_sheet(p, kUrl);
  std::string t = panels_text(words(p.path));
  check_golden("nghi-quyet-47-2024-hdnd-an-phu", t);
  // the panels' roles, whatever the golden file says
  CHECK(t.find("== cover ==\nHỘI ĐỒNG NHÂN DÂN HUYỆN AN PHÚ\nTÌM HIỂU VĂN BẢN PHÁP LUẬT\nNGHỊ QUYẾT\nSố 47/NQ-HĐND") !=
        std::string::npos);
  CHECK(t.find("== inner flap ==\nHỎI – ĐÁP") != std::string::npos);
  CHECK(t.find("== inside 1 ==\nVĂN BẢN NÓI VỀ ĐIỀU GÌ?") != std::string::npos);
  CHECK(flat(t).find("Cơ quan tư pháp: Phòng Tư pháp huyện An Phú") != std::string::npos);
  CHECK(flat(t).find("Cơ quan tổ chức thực hiện: Ủy ban nhân dân huyện An Phú") != std::string::npos);
  // six key provisions; Điều 2 (Kinh phí thực hiện) is asked in "Hỏi – Đáp", so not a point too
  CHECK(p.leaflet.points == 5);
}

TEST_CASE("leaflet: decision 807/QĐ-UBND Ninh Bình — labelled clauses become headed points") {
  leaflet::LeafletOptions o;
  o.url_pattern = "https://vbpl.example.gov.vn/tim?so={number}&nam={year}";
  const std::string url = "https://vbpl.example.gov.vn/tim?so=807%2FQ%C4%90-UBND&nam=2024";
  LeafletPdf p("quyet-dinh-807-2024-ubnd-ninh-binh", o);
  check_sheet(p, url);
  std::string t = panels_text(words(p.path));
  check_golden("quyet-dinh-807-2024-ubnd-ninh-binh", t);
  CHECK(t.find("Cơ quan thẩm định\nSở Xây dựng.") != std::string::npos);
  CHECK(flat(t).find("Cơ quan tư pháp: Sở Tư pháp tỉnh Ninh Bình") != std::string::npos);
}

TEST_CASE("leaflet: law 135/2025/QH15 — points that do not fit are left out, named in a warning") {
  leaflet::LeafletOptions o;  // no address given: the default pattern's (data/leaflet.tsv), vbpl.vn by number
  LeafletPdf p("luat-135-2025-qh15-xay-dung", o);
  check_sheet(p, "https://vbpl.vn/pages/vbpq-timkiem.aspx?Keyword=135%2F2025%2FQH15");
  std::string t = panels_text(words(p.path));
  check_golden("luat-135-2025-qh15-xay-dung", t);
  CHECK(flat(t).find("Cơ quan tư pháp: Bộ Tư pháp") != std::string::npos);
  // 12 candidates, not all fit: the dropped ones are named, and not printed
  REQUIRE(p.leaflet.points < leaflet::kMaxPoints);
  auto dropped = std::find_if(p.leaflet.warnings.begin(), p.leaflet.warnings.end(),
                              [](const Diagnostic& d) { return d.code == "leaflet.dropped"; });
  REQUIRE(dropped != p.leaflet.warnings.end());
  CHECK(dropped->message.find("key provisions do not fit the inside panels and are left out: Điều ") != std::string::npos);
  Document d = parse_file(corpus("luat-135-2025-qh15-xay-dung"));
  leaflet::Content c = leaflet::extract(d);
  for (std::size_t i = p.leaflet.points; i < c.points.size(); ++i) {
    CHECK(dropped->message.find(c.points[i].path + " (") != std::string::npos);
    CHECK(flat(t).find(c.points[i].heading) == std::string::npos);
  }
}

TEST_CASE("leaflet content: every sentence shown is the document's own, in corpus resolutions, decisions and laws") {
  int docs = 0;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    std::string f = e.path().filename().string();
    if (e.path().extension() != ".txt" || f.find(".8bit") != std::string::npos || f.find(".groundtruth") != std::string::npos)
      continue;
    if (f.rfind("nghi-quyet-", 0) != 0 && f.rfind("quyet-dinh-", 0) != 0 && f.rfind("luat-", 0) != 0) continue;
    Document d = parse_file(e.path().string());
    std::string all;  // the document's words, one space between
    for_each_provision(d.provisions, [&](const Provision& p) {
      all += " " + p.text + " " + p.heading.value_or("");
    });
    std::string norm;
    for (char ch : all) {
      bool sp = ch == ' ' || ch == '\n' || ch == '\t';
      if (sp && (norm.empty() || norm.back() == ' ')) continue;
      norm += sp ? ' ' : ch;
    }
    auto from_doc = [&](std::string s, const std::string& what) {
      // the leaflet's own marks: a cut ends in " …"; a sentence ends in "."
      if (s.size() > 4 && s.compare(s.size() - 4, 4, " …") == 0) s.erase(s.size() - 4);
      while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == ':')) s.pop_back();
      // sentence by sentence (";" became ".")
      std::size_t at = 0;
      while (at < s.size()) {
        std::size_t end = s.find(". ", at);
        std::string part = s.substr(at, end == std::string::npos ? std::string::npos : end - at);
        INFO(f << ": " << what << ": " << part);
        CHECK(norm.find(part) != std::string::npos);
        at = end == std::string::npos ? s.size() : end + 2;
      }
    };
    leaflet::Content c = leaflet::extract(d);
    for (const auto& p : c.points) {
      from_doc(p.heading, "heading");
      from_doc(p.text, "point");
      from_doc(p.first, "point, first sentence");
    }
    for (const auto& q : c.qa) from_doc(q.answer, "answer");
    if (!c.about.empty()) from_doc(c.about, "about");
    ++docs;
  }
  CHECK(docs >= 60);
}

TEST_CASE("leaflet: the same document gives the same bytes") {
  leaflet::LeafletOptions o;
  o.url = kUrl;
  LeafletPdf a("nghi-quyet-47-2024-hdnd-an-phu", o), b("nghi-quyet-47-2024-hdnd-an-phu", o);
  CHECK(a.leaflet.fo == b.leaflet.fo);
  CHECK(a.result.pdf == b.result.pdf);
}

TEST_CASE("leaflet: A5 booklet — pages flow, nothing left out") {
  leaflet::LeafletOptions o;
  o.url = kUrl;
  o.layout = leaflet::Layout::booklet;
  LeafletPdf p("luat-69-2025-qh15-hoa-chat", o);
  CHECK(p.result.pages >= 4);
  CHECK(shell("pdfinfo " + p.path).find("Page size:       419.528 x 595.276 pts") != std::string::npos);
  CHECK(p.leaflet.points == leaflet::kMaxPoints);
  for (const auto& w : p.leaflet.warnings) CHECK(w.code != "leaflet.dropped");
  for (const Word& w : words(p.path)) {
    INFO(w.text);
    CHECK(w.x0 >= 14 * kPtPerMm - 1);
    CHECK(w.x1 <= (148 - 14) * kPtPerMm + 1);
    CHECK(w.y1 <= 210 * kPtPerMm);
  }
}

TEST_CASE("leaflet url: a pattern's keys are filled in and encoded, an unknown key is an error") {
  Document d = parse_file(corpus("nghi-quyet-47-2024-hdnd-an-phu"));
  leaflet::LeafletOptions o;
  o.url_pattern = "https://x.vn/{type}/{year}/{number}?d={date}&f={file}";
  CHECK(leaflet::full_text_url(d, o) ==
        "https://x.vn/nghi-quyet/2024/47%2FNQ-H%C4%90ND?d=2024-08-02&f=nghi-quyet-47-2024-hdnd-an-phu");
  o.url_pattern = "https://x.vn/{nunber}";
  CHECK_THROWS_WITH(leaflet::full_text_url(d, o),
                    "--url-pattern: unknown key {nunber} (use {number}, {year}, {date}, {type}, {file})");
  o.url_pattern.reset();  // the default: vbpl.vn's search by the number
  CHECK(leaflet::full_text_url(d, o) == "https://vbpl.vn/pages/vbpq-timkiem.aspx?Keyword=47%2FNQ-H%C4%90ND");
  o.qr = false;  // --no-qr: none, and nothing to warn about
  CHECK(leaflet::full_text_url(d, o).empty());
  leaflet::Leaflet l = leaflet::render_leaflet_fo(d, o);
  for (const auto& w : l.warnings) CHECK(w.code != "leaflet.no-url");
  CHECK(l.fo.find("Quét mã QR") == std::string::npos);
  // a document without a number: the default cannot find it, so no QR, and a warning
  Document unnumbered = parse_file(corpus("nghi-quyet-94-hdnd-ha-giang"));
  REQUIRE(!unnumbered.meta.number);
  o.qr = true;
  CHECK(leaflet::full_text_url(unnumbered, o).empty());
  l = leaflet::render_leaflet_fo(unnumbered, o);
  REQUIRE(!l.warnings.empty());
  CHECK(l.warnings[0].code == "leaflet.no-url");
  CHECK(l.fo.find("Quét mã QR") == std::string::npos);
}
