// The implementation plan's XSL-FO (pipeline/plan) on real corpus documents:
// well-formed, with the header, sections, table rows and official wording
// expected for each; overrides; escaping; determinism.
#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <string>

#include "vanban/parse.h"
#include "vanban/plan.h"
#include "vanban/render.h"

namespace fs = std::filesystem;
using namespace vanban;
using plan::PlanOptions;

namespace {

const Document& corpus_doc(const std::string& name) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache.emplace(name, parse_file((fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs" / (name + ".txt")).string()))
             .first;
  return it->second;
}

// libxml2's verdict, "" when well-formed; nothing loaded from outside.
std::string xml_error(const std::string& fo) {
  xmlParserCtxtPtr ctx = xmlNewParserCtxt();
  xmlDocPtr d = xmlCtxtReadMemory(ctx, fo.data(), static_cast<int>(fo.size()), "plan.fo", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::string why;
  if (!d) {
    const xmlError* e = xmlCtxtGetLastError(ctx);
    why = e && e->message ? "line " + std::to_string(e->line) + ": " + e->message : "not XML";
  }
  xmlFreeDoc(d);
  xmlFreeParserCtxt(ctx);
  return why;
}

bool has(const std::string& fo, const std::string& s) { return fo.find(s) != std::string::npos; }

std::size_t count(const std::string& fo, const std::string& s) {
  std::size_t n = 0;
  for (std::size_t at = fo.find(s); at != std::string::npos; at = fo.find(s, at + 1)) ++n;
  return n;
}

// Text of the table rows' cells, row by row.
std::vector<std::vector<std::string>> table_rows(const std::string& fo) {
  std::vector<std::vector<std::string>> rows;
  std::size_t body = fo.find("<fo:table-body>", fo.find("<fo:table-header>"));
  std::size_t end = fo.find("</fo:table-body>", body);
  std::regex cell("<fo:block[^>]*>([^<]*)</fo:block></fo:table-cell>");
  for (std::size_t at = fo.find("<fo:table-row", body); at < end; at = fo.find("<fo:table-row", at + 1)) {
    std::size_t stop = fo.find("</fo:table-row>", at);
    std::string row = fo.substr(at, stop - at);
    std::vector<std::string> cells;
    for (std::sregex_iterator i(row.begin(), row.end(), cell), e; i != e; ++i) cells.push_back((*i)[1]);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("plan: resolution 47/NQ-HĐND An Phú gives the Decree 30 plan of the district People's Committee") {
  std::string fo = plan::render_plan_fo(corpus_doc("nghi-quyet-47-2024-hdnd-an-phu"));
  REQUIRE(xml_error(fo) == "");
  // page set-up: A4, margins 20/20/30/15 mm, page number from page 2 in the top margin
  CHECK(has(fo, R"(page-width="210mm" page-height="297mm")"));
  CHECK(has(fo, R"(margin-top="20mm" margin-bottom="20mm" margin-left="30mm" margin-right="15mm")"));
  CHECK(has(fo, R"(master-reference="decree30-first" page-position="first")"));
  CHECK(has(fo, "<fo:page-number/>"));
  // header: the implementing body (document-scope lead) on two bold lines
  CHECK(has(fo, R"(font-weight="bold">ỦY BAN NHÂN DÂN</fo:block>)"));
  CHECK(has(fo, R"(font-weight="bold">HUYỆN AN PHÚ</fo:block>)"));
  CHECK(has(fo, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"));
  CHECK(has(fo, ">Độc lập - Tự do - Hạnh phúc<"));
  CHECK(has(fo, ">Số: …/KH-UBND<"));
  // no date given: blanks, never the clock
  CHECK(has(fo, R"(font-style="italic">An Phú, ngày … tháng … năm …<)"));
  CHECK(has(fo, ">KẾ HOẠCH<"));
  CHECK(has(fo, ">Triển khai thực hiện Nghị quyết số 47/NQ-HĐND ngày 02 tháng 8 năm 2024 của Hội đồng nhân dân "
                "huyện An Phú về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn huyện An Phú<"));
  CHECK(has(fo, ", Ủy ban nhân dân huyện An Phú ban hành Kế hoạch triển khai thực hiện như sau:<"));
  // sections in order; funding from Điều 2 "Kinh phí thực hiện"
  std::size_t i1 = fo.find(">I. MỤC ĐÍCH, YÊU CẦU<"), i2 = fo.find(">II. NHIỆM VỤ, GIẢI PHÁP<"),
              i3 = fo.find(">III. KINH PHÍ<"), i4 = fo.find(">IV. TỔ CHỨC THỰC HIỆN<");
  REQUIRE(i1 != std::string::npos);
  CHECK(i1 < i2);
  CHECK(i2 < i3);
  CHECK(i3 < i4);
  CHECK(has(fo, ">1. Kinh phí bảo đảm để triển khai thực hiện Nghị quyết được bố trí từ nguồn ngân sách nhà nước"));
  // tasks worded from the provisions, grouped under their clause
  CHECK(has(fo, ">1. Bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ cho người được giao nhiệm vụ tổ chức thực hiện "
                "pháp luật về thực hiện dân chủ ở cơ sở<"));
  CHECK(has(fo, ">- Thường xuyên thanh tra, kiểm tra công vụ đối với cán bộ, công chức, viên chức thực hiện nhiệm vụ "
                "chuyên môn.<"));
  // the table: header, a row with its lead and its partner (the time column is tested below)
  CHECK(has(fo, ">Thời gian hoàn thành<"));
  auto rows = table_rows(fo);
  REQUIRE(rows.size() >= 5);
  bool partnered = std::any_of(rows.begin(), rows.end(), [](auto& r) {
    return r.size() == 5 && r[2] == "Cơ quan làm công tác thi đua, khen thưởng các cấp" && r[3] == "Cơ quan tuyên giáo";
  });
  CHECK(partnered);
  // the places a yearly review looks at ("tại các cơ quan …, Ủy ban nhân dân cấp huyện, cấp xã để …",
  // Điều 1 khoản 3 điểm g) are no leads
  for (const auto& r : rows) CHECK(r.at(2).find("Ủy ban nhân dân cấp huyện") == std::string::npos);
  for (std::size_t k = 0; k < rows.size(); ++k) CHECK(rows[k].at(0) == std::to_string(k + 1));
  // signature and recipients
  CHECK(has(fo, ">TM. ỦY BAN NHÂN DÂN<"));
  CHECK(has(fo, ">CHỦ TỊCH<"));
  CHECK(has(fo, ">Nơi nhận:<"));
  CHECK(has(fo, ">- Hội đồng nhân dân huyện An Phú (b/c);<"));
  CHECK(has(fo, ">- Lưu: VT.</fo:block>"));
  CHECK(has(fo, "giải quyết./.</fo:block>"));
}

TEST_CASE("plan: options override number, date, place and signer, a deputy signs KT.") {
  PlanOptions o;
  o.number = "12";
  o.date = "2025-01-05";
  o.signer_name = "Nguyễn Văn A";
  o.signer_position = "Phó Chủ tịch";
  std::string fo = plan::render_plan_fo(corpus_doc("nghi-quyet-47-2024-hdnd-an-phu"), o);
  REQUIRE(xml_error(fo) == "");
  CHECK(has(fo, ">Số: 12/KH-UBND<"));
  CHECK(has(fo, ">An Phú, ngày 05 tháng 01 năm 2025<"));
  std::size_t tm = fo.find(">TM. ỦY BAN NHÂN DÂN<"), kt = fo.find(">KT. CHỦ TỊCH<"), pct = fo.find(">PHÓ CHỦ TỊCH<"),
              name = fo.find(">Nguyễn Văn A<");
  REQUIRE(tm != std::string::npos);
  CHECK(tm < kt);
  CHECK(kt < pct);
  CHECK(pct < name);

  o.number = "07/KH-UBND";
  o.date = "2025-03-09";
  o.place = "Long Xuyên";
  o.issuer = "Sở Tư pháp tỉnh An Giang";
  o.signer_position.reset();
  fo = plan::render_plan_fo(corpus_doc("nghi-quyet-47-2024-hdnd-an-phu"), o);
  REQUIRE(xml_error(fo) == "");
  CHECK(has(fo, ">Số: 07/KH-UBND<"));
  CHECK(has(fo, ">Long Xuyên, ngày 09 tháng 3 năm 2025<"));
  // a department: its People's Committee above it, its own name in bold; the director signs
  CHECK(has(fo, R"(line-height="15pt">UBND TỈNH AN GIANG</fo:block>)"));
  CHECK(has(fo, R"(font-weight="bold">SỞ TƯ PHÁP</fo:block>)"));
  CHECK(has(fo, ">GIÁM ĐỐC<"));
  CHECK_FALSE(has(fo, ">TM. "));
  CHECK(has(fo, "báo cáo về Sở Tư pháp tỉnh An Giang để xem xét"));

  o.date = "2025-02-30";
  CHECK_THROWS_AS(plan::render_plan_fo(corpus_doc("nghi-quyet-47-2024-hdnd-an-phu"), o), std::invalid_argument);
}

TEST_CASE("plan: decision 807/QĐ-UBND Ninh Bình — steps become tasks with the labelled lead, partners and time") {
  std::string fo = plan::render_plan_fo(corpus_doc("quyet-dinh-807-2024-ubnd-ninh-binh"));
  REQUIRE(xml_error(fo) == "");
  // "Chánh Văn phòng …" carries the decision out but does not issue the plan: the issuer does
  CHECK(has(fo, R"(font-weight="bold">TỈNH NINH BÌNH</fo:block>)"));
  CHECK(has(fo, ">Ninh Bình, ngày … tháng … năm …<"));
  CHECK(has(fo, ">Triển khai thực hiện Quyết định số 807/QĐ-UBND ngày 04 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh "
                "Ninh Bình phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm "
                "2045<"));
  // the decision's own "Mục đích, yêu cầu" is section I
  CHECK(has(fo, ">- Xác định các nhiệm vụ, trình tự, trách nhiệm của các cơ quan, đơn vị có liên quan"));
  CHECK_FALSE(has(fo, ">2. Yêu cầu<"));
  CHECK(has(fo, ">1. Trình tự thực hiện<"));
  auto rows = table_rows(fo);
  REQUIRE(rows.size() >= 6);
  CHECK(rows[1] == std::vector<std::string>{"2", "Tổ chức lựa chọn nhà thầu tư vấn lập Chương trình",
                                            "Ủy ban nhân dân thành phố Tam Điệp",
                                            "Ủy ban nhân dân huyện Hoa Lư; Ủy ban nhân dân huyện Nho Quan; Ủy ban "
                                            "nhân dân huyện Yên Mô; Các sở, ban, ngành liên quan",
                                            "Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này"});
  CHECK(has(fo, ">III. KINH PHÍ<"));
  CHECK(has(fo, ">- Nguồn vốn: Ngân sách thành phố Tam Điệp.<"));
  // recipients are bodies, not office-holders
  CHECK(has(fo, ">- Văn phòng Ủy ban nhân dân tỉnh Ninh Bình;<"));
  CHECK_FALSE(has(fo, ">- Chủ tịch Ủy ban nhân dân"));
  CHECK_FALSE(has(fo, ">- Chánh Văn phòng"));
}

TEST_CASE("plan: the long decision 173/QĐ-BTP gives a table of about forty rows with times per task") {
  std::string fo = plan::render_plan_fo(corpus_doc("quyet-dinh-173-2015-btp"));
  REQUIRE(xml_error(fo) == "");
  CHECK(has(fo, R"(font-weight="bold">BỘ TƯ PHÁP</fo:block>)"));
  CHECK(has(fo, ">Số: …/KH-BTP<"));
  CHECK(has(fo, ">Hà Nội, ngày … tháng … năm …<"));
  // an upper-case summary is lowered, its names recased as the body writes them
  CHECK(has(fo, ">Triển khai thực hiện Quyết định số 173/QĐ-BTP ngày 29 tháng 01 năm 2015 của Bộ Tư pháp ban hành kế "
                "hoạch triển khai thực hiện Chương trình phối hợp công tác giữa Ủy ban Dân tộc và Bộ Tư pháp năm 2015<"));
  CHECK(has(fo, ">KT. BỘ TRƯỞNG<") == false);  // no signer given: the head's title only
  CHECK(has(fo, ">BỘ TRƯỞNG<"));
  // the attached plan's purposes, its own labels
  CHECK(has(fo, ">1. Mục đích<"));
  CHECK(has(fo, ">2. Yêu cầu<"));
  // the decision's own act ("Ban hành kèm theo Quyết định này …") is no task
  CHECK_FALSE(has(fo, ">- Ban hành kèm theo"));
  CHECK(has(fo, ">1. Công tác xây dựng pháp luật<"));
  auto rows = table_rows(fo);
  CHECK(rows.size() >= 30);
  CHECK(rows.size() <= 45);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    REQUIRE(rows[k].size() == 5);
    CHECK(rows[k][0] == std::to_string(k + 1));
  }
  CHECK(rows[0][2] == "Vụ Pháp luật hình sự - hành chính Bộ Tư pháp");
  CHECK(rows[0][4] == "Cả năm 2015");
  CHECK(rows[1][4] == "Quý I/2015");
  // the table header repeats on every page: it is an fo:table-header
  CHECK(count(fo, "<fo:table-header>") == 1);
  // every task row kept together, and the closing's one row
  CHECK(count(fo, R"(<fo:table-row keep-together.within-page="always">)") == rows.size() + 1);
}

TEST_CASE("plan: the same document and options give the same bytes, from any directory") {
  const Document& d = corpus_doc("quyet-dinh-807-2024-ubnd-ninh-binh");
  std::string a = plan::render_plan_fo(d);
  fs::path here = fs::current_path();
  fs::current_path(fs::temp_directory_path());
  std::string b = plan::render_plan_fo(d);
  fs::current_path(here);
  CHECK(a == b);
  // the templates in the source tree are the ones built in
  PlanOptions o;
  o.templates_dir = (fs::path(VANBAN_SOURCE_DIR) / "templates").string();
  CHECK(plan::render_plan_fo(d, o) == a);
}

TEST_CASE("plan: values are XML-escaped (< & > \" '), control bytes dropped, bad UTF-8 replaced") {
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.number = "5/QĐ-UBND";
  d.meta.issuer = "Ủy ban nhân dân xã <A&B>";
  d.meta.title = "Về \"mục\" 'x' <y> & z\x01 \xC3\x28";
  Provision p;
  p.kind = ProvisionKind::article;
  p.eid = "art_1";
  p.num = "1";
  p.text = "Tổ chức tuyên truyền <b>pháp luật</b> & kiểm tra.";
  d.provisions.push_back(p);
  d.assignments.push_back({"art_1", "Sở A&B", "Sở A&B", Role::lead, Scope::provision, std::nullopt, std::nullopt,
                           std::nullopt});
  std::string fo = plan::render_plan_fo(d);
  REQUIRE(xml_error(fo) == "");
  CHECK(has(fo, "của Ủy ban nhân dân xã &lt;A&amp;B&gt; về &quot;mục&quot; &apos;x&apos; &lt;y&gt; &amp; z \xEF\xBF\xBD("));
  CHECK(has(fo, ">- Tổ chức tuyên truyền &lt;b&gt;pháp luật&lt;/b&gt; &amp; kiểm tra.<"));
  CHECK(has(fo, ">Sở A&amp;B<"));
  CHECK_FALSE(has(fo, "\x01"));
}

TEST_CASE("plan: a document without tasks, funding or dates still gives a complete plan") {
  Document d;
  std::string fo = plan::render_plan_fo(d);
  REQUIRE(xml_error(fo) == "");
  CHECK(has(fo, ">II. NHIỆM VỤ, GIẢI PHÁP<"));
  CHECK(has(fo, ">III. TỔ CHỨC THỰC HIỆN<"));  // no funding part: IV becomes III
  CHECK_FALSE(has(fo, "KINH PHÍ"));
  CHECK_FALSE(has(fo, "<fo:table-header>"));
  CHECK(has(fo, ">……, ngày … tháng … năm …<"));
}

TEST_CASE("plan: every corpus document gives FO inside the renderer's subset (templates/fo-subset.rng)") {
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    std::string n = e.path().filename().string();
    if (e.path().extension() != ".txt" || n.find(".groundtruth.") != std::string::npos ||
        n.find(".8bit.") != std::string::npos)
      continue;
    INFO(n);
    Document d = parse_file(e.path().string());
    std::vector<Diagnostic> warnings;
    std::string fo = plan::render_plan_fo(d, {}, &warnings);
    CHECK(xml_error(fo) == "");
    CHECK_NOTHROW(render::validate_fo(fo, n + ".fo"));
    CHECK(warnings.empty());  // the built-in templates ask only for what the view model has
  }
}

TEST_CASE("plan: without a named implementing body, a council's resolution goes to its People's Committee") {
  Document d;
  d.meta.doc_type = "Nghị quyết";
  d.meta.issuer = "Hội đồng nhân dân tỉnh Sơn La";
  CHECK(plan::implementing_body(d) == "Ủy ban nhân dân tỉnh Sơn La");
  std::string fo = plan::render_plan_fo(d);
  CHECK(has(fo, R"(font-weight="bold">TỈNH SƠN LA</fo:block>)"));
  CHECK(has(fo, ">Sơn La, ngày … tháng … năm …<"));
  CHECK(has(fo, ">- Hội đồng nhân dân tỉnh Sơn La (b/c);<"));
  // an office-holder issues as its body
  d.meta.issuer = "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang";
  CHECK(plan::implementing_body(d) == "Ủy ban nhân dân tỉnh Tuyên Quang");
  d.meta.issuer = "Bộ Tư pháp";
  CHECK(plan::implementing_body(d) == "Bộ Tư pháp");
}

TEST_CASE("plan: the time column says a deadline the official way, or the recurrence") {
  Document d;
  d.meta.issuer = "Ủy ban nhân dân tỉnh Ninh Bình";
  auto task = [&](std::string eid, std::string text) {
    Provision p;
    p.kind = ProvisionKind::clause;
    p.eid = eid;
    p.num = eid.substr(5);
    p.text = std::move(text);
    d.provisions.push_back(p);
  };
  task("para_1", "Rà soát các thủ tục hành chính.");
  task("para_2", "Kiểm tra việc thực hiện.");
  task("para_3", "Tổng hợp, báo cáo kết quả.");
  task("para_4", "Tuyên truyền pháp luật.");
  auto lead = [&](std::string eid, std::optional<std::string> deadline, std::optional<std::string> rec,
                  std::optional<std::string> words) {
    d.assignments.push_back({eid, "Sở Tài chính tỉnh Ninh Bình", "Sở Tài chính", Role::lead, Scope::provision, deadline,
                             rec, words});
  };
  lead("para_1", "2025-06-30", std::nullopt, std::nullopt);
  lead("para_2", "2025-01-05", std::nullopt, "chậm nhất ngày 05/01/2025");
  lead("para_3", std::nullopt, "ongoing", "thường xuyên");
  lead("para_4", std::nullopt, "half-yearly", "định kỳ 6 tháng");
  std::string fo = plan::render_plan_fo(d);
  auto rows = table_rows(fo);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0][4] == "Trước ngày 30/6/2025");
  CHECK(rows[1][4] == "Chậm nhất ngày 05/01/2025");
  CHECK(rows[2][4] == "Thường xuyên");
  CHECK(rows[3][4] == "Định kỳ 6 tháng");
  CHECK(rows[0][1] == "Rà soát các thủ tục hành chính");
}
