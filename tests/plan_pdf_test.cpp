// Plans rendered to PDF by the engine (pipeline/render) and read back with
// poppler-utils: the FO passes the subset's schema, the words come back
// exactly, the page number sits centred in the top margin from page 2, and
// nothing is printed outside the Decree 30 margins.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_run.h"
#include "pdf_words.h"
#include "vanban/parse.h"
#include "vanban/plan.h"
#include "vanban/render.h"

namespace fs = std::filesystem;
using namespace vanban;

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

render::RenderResult plan_pdf(const std::string& name, const plan::PlanOptions& o) {
  Document d = parse_file((fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs" / (name + ".txt")).string());
  render::RenderOptions ro;
  ro.source_date_epoch = 1722556800;  // 2024-08-02, never the clock
  return render::render_fo(plan::render_plan_fo(d, o), name + ".fo", ro);
}

// The plan of a corpus document as PDF in a private temporary file.
struct PlanPdf {
  render::RenderResult result;
  cli_run::TempFile file;
  std::string path;
  PlanPdf(const std::string& name, const plan::PlanOptions& o = {})
      : result(plan_pdf(name, o)), file(result.pdf, "vanban-plan-pdf"), path(file.path) {}
  // pdftotext's words, white space folded to single spaces
  std::string text() const {
    std::string t = cli_run::output_of("pdftotext -enc UTF-8 " + path + " -"), out;
    for (char c : t) {
      bool sp = c == ' ' || c == '\n' || c == '\f' || c == '\r' || c == '\t';
      if (sp) {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += c;
      }
    }
    return out;
  }
};

using pdf_words::Word;
using pdf_words::words;

}  // namespace

TEST_CASE("plan pdf: resolution 47 An Phú — the words come back exactly") {
  plan::PlanOptions o;
  o.date = "2024-08-20";
  o.number = "123";
  o.signer_name = "Nguyễn Văn Hùng";
  o.signer_position = "Phó Chủ tịch";
  PlanPdf p("nghi-quyet-47-2024-hdnd-an-phu", o);
  CHECK(p.result.pages >= 3);
  std::string t = p.text();
  for (const char* s : {"ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Số: 123/KH-UBND", "An Phú, ngày 20 tháng 8 năm 2024",
                        "KẾ HOẠCH",
                        "Triển khai thực hiện Nghị quyết số 47/NQ-HĐND ngày 02 tháng 8 năm 2024 của Hội đồng nhân dân "
                        "huyện An Phú về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn huyện An Phú",
                        "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN",
                        "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng", "Nơi nhận:", "- Lưu: VT."}) {
    INFO(s);
    CHECK(t.find(s) != std::string::npos);
  }
}

TEST_CASE("plan pdf: page numbers centred in the top margin from page 2, text inside the margins") {
  PlanPdf p("quyet-dinh-173-2015-btp");
  REQUIRE(p.result.pages >= 4);
  auto ws = words(p.path);
  REQUIRE(!ws.empty());
  const double left = 30 * kPtPerMm, right = (210 - 15) * kPtPerMm, top = 20 * kPtPerMm,
               bottom = (297 - 20) * kPtPerMm, tol = 1.0;
  // a line the engine could not fit is reported (render.overfull); no other
  // may cross the right margin
  std::size_t overfull = 0, past_right = 0;
  for (const auto& d : p.result.diagnostics) overfull += d.code == "render.overfull";
  for (int page = 0; page < p.result.pages; ++page) {
    INFO("page " << page + 1);
    bool number = false;
    for (const Word& b : ws) {
      if (b.page != page) continue;
      CHECK(b.x0 >= left - tol);
      past_right += b.x1 > right + tol;
      CHECK(b.y1 <= bottom + tol);
      if (b.y1 < top) {  // in the top margin: only the page number
        CHECK(b.text == std::to_string(page + 1));
        CHECK(std::abs((b.x0 + b.x1) / 2 - (left + right) / 2) < 3);
        number = true;
      }
    }
    CHECK(number == (page > 0));
  }
  CHECK(past_right <= overfull);
}

TEST_CASE("plan pdf: the same plan gives the same bytes") {
  PlanPdf a("quyet-dinh-807-2024-ubnd-ninh-binh"), b("quyet-dinh-807-2024-ubnd-ninh-binh");
  CHECK(a.result.pdf == b.result.pdf);
  CHECK(a.result.pdf.size() < 200 * 1024);
}
