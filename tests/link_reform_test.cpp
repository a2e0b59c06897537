// Link stage, second part: sector words resolved per level, the 2025 reform
// (validity of names), a letter's body paragraphs, and provisions that ask
// for action but name no one.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "vanban/export.h"
#include "vanban/fold.h"
#include "vanban/link.h"
#include "vanban/parse.h"

using namespace vanban;

namespace {

Document one_clause(std::string issuer, std::string date, std::string text) {
  Document d;
  d.source = "t.txt";
  d.meta.issuer = std::move(issuer);
  d.meta.date = std::move(date);
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = "para_1";
  p.num = "1";
  p.line = 7;
  p.text = std::move(text);
  d.provisions.push_back(p);
  return d;
}

std::vector<std::string> agencies(const Document& d) {
  std::vector<std::string> out;
  for (const Assignment& a : d.assignments) out.push_back(a.agency + " / " + to_string(a.role));
  return out;
}

}  // namespace

TEST_CASE("link: a sector word is the office of that sector at the issuer's level") {
  const std::string text = "Ngành Tư pháp chủ trì tổ chức tuyên truyền, phổ biến pháp luật.";
  Document province = one_clause("Ủy ban nhân dân tỉnh Ninh Bình", "2024-05-02", text);
  Document district = one_clause("Hội đồng nhân dân huyện An Phú", "2024-08-02", text);
  Document commune = one_clause("Ủy ban nhân dân xã Hòa Mỹ", "2025-08-04", text);
  link(province);
  link(district);
  link(commune);
  CHECK(agencies(province) == std::vector<std::string>{"Sở Tư pháp tỉnh Ninh Bình / lead"});
  CHECK(agencies(district) == std::vector<std::string>{"Phòng Tư pháp huyện An Phú / lead"});
  CHECK(agencies(commune) ==
        std::vector<std::string>{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Hòa Mỹ / lead"});
  for (const Assignment& a : district.assignments) CHECK(a.mention == "Ngành Tư pháp");
}

TEST_CASE("link: a district body named after the 2025 reform is flagged, before it is not") {
  const std::string text = "Phòng Tư pháp huyện chủ trì rà soát văn bản.";
  Document before = one_clause("Ủy ban nhân dân huyện An Phú", "2024-08-02", text);
  Document after = one_clause("Ủy ban nhân dân tỉnh An Giang", "2025-09-01", text);
  link(before);
  link(after);
  CHECK(before.diagnostics.empty());
  REQUIRE(after.diagnostics.size() == 1);
  CHECK(format_diagnostic(after.diagnostics[0]) ==
        "t.txt:7:1: warning: 'Phòng Tư pháp huyện' is named in a document dated 2025-09-01, but that body ended on "
        "2025-06-30 (2025 reform of local government); check the agency [link.out-of-date-agency]");
  // flagged, still assigned: the document says so, the reader decides
  CHECK(after.assignments.size() == 1);
}

TEST_CASE("link: registry validity and sector columns are checked, with the line") {
  AgencyRegistry r;
  CHECK_THROWS_WITH(r.add_tsv("# x\nsector\tngành Thuế\tCục Thuế\n", "mine.tsv"),
                    "mine.tsv:2: a sector needs its offices as province|district|commune");
  CHECK_THROWS_WITH(r.add_tsv("province\tSở Du lịch\t\tuntil:30/6/2025\n", "mine.tsv"),
                    "mine.tsv:1: validity 'until:30/6/2025' is not from:YYYY-MM-DD or until:YYYY-MM-DD");
  r.add_tsv("province\tSở Du lịch\t\tfrom:2025-03-01 until:2030-12-31\n", "mine.tsv");
  REQUIRE(r.entries().size() == 1);
  CHECK(r.entries()[0].valid_from == "2025-03-01");
  CHECK(r.entries()[0].valid_until == "2030-12-31");
}

TEST_CASE("link: a letter's body paragraphs carry its requests as eid body") {
  const std::string dir = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";
  Document d = parse_file(dir + "cong-van-7432-2026-ubnd-lao-cai.txt");
  // "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, các sở, ban, ngành,
  // đoàn thể; Ủy ban nhân dân các xã, phường tập trung thực hiện …"
  std::vector<std::string> body;
  for (const Assignment& a : d.assignments)
    if (a.eid == "body") body.push_back(a.agency + " / " + to_string(a.role));
  CHECK(body == std::vector<std::string>{"Công an tỉnh Lào Cai / lead", "Các sở, ban, ngành, đoàn thể / lead",
                                         "Ủy ban nhân dân các xã, phường / lead"});
  // the narrative paragraph before it ("Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng
  // ban hành …, giao Ủy ban nhân dân các tỉnh …") assigns no one here
  REQUIRE(d.body.size() == 2);
  CHECK(d.body[0].line == 20);
}

TEST_CASE("link: provisions that ask for action but name no one are listed as unassigned") {
  Document d;
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  auto clause = [](std::string eid, std::string text) {
    Provision p;
    p.kind = ProvisionKind::clause;
    p.eid = std::move(eid);
    p.text = std::move(text);
    return p;
  };
  Provision named = clause("para_1", "Sở Tư pháp có trách nhiệm:");
  named.children = {clause("para_1__point_a", "Tổ chức tập huấn cho cán bộ."),
                    clause("para_1__point_b", "Rà soát các văn bản.")};
  d.provisions = {named, clause("para_2", "Tổ chức tuyên truyền rộng rãi trên các phương tiện thông tin."),
                  clause("para_3", "Kế hoạch này được phổ biến đến cán bộ.")};
  link(d);
  // para_1's children inherit the body their parent names; para_3 states a fact
  CHECK(d.unassigned == std::vector<std::string>{"para_2"});
}

TEST_CASE("link: linking again gives the same result, not twice the result") {
  const std::string dir = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";
  Document d = parse_file(dir + "quyet-dinh-11-2026-ubnd-lao-cai-ocr.txt");
  const std::size_t assignments = d.assignments.size(), unassigned = d.unassigned.size(),
                    diagnostics = d.diagnostics.size();
  REQUIRE(assignments > 0);
  link(d);
  CHECK(d.assignments.size() == assignments);
  CHECK(d.unassigned.size() == unassigned);
  CHECK(d.diagnostics.size() == diagnostics);  // the out-of-date warnings of 2026 are not doubled
}

TEST_CASE("link: a commune department named bare in a provincial text after the 2025 reform is the communes'") {
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 6 khoản 2: the second name's head printed in lower case
  const std::string text =
      "Đối với các dự án thuộc thâm quyền quyết định đầu tư của Chủ tịch Ủy ban nhân dân cấp xã: Phòng Kinh tế hoặc "
      "phòng Kinh tế, Hạ tầng và Đô thị tổ chức thâm định dự án.";
  Document after = one_clause("Ủy ban nhân dân tỉnh Lào Cai", "2026-01-29", text);
  link(after);
  CHECK(agencies(after) == std::vector<std::string>{"Phòng Kinh tế thuộc Ủy ban nhân dân cấp xã / lead",
                                                    "Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã / lead"});
  // Điều 9 khoản 2: "là cơ quan đầu mối" after the label's colon; Điều 4 khoản 2 điểm c: the owner
  // printed after the name is part of it
  Document focal = one_clause("Ủy ban nhân dân tỉnh Lào Cai", "2026-01-29",
                              "Đối với các dự án do các cơ quan cấp xã tiếp nhận, quản lý: Phòng Kinh tế hoặc phòng "
                              "Kinh tế, Hạ tầng và Đô thị là cơ quan đầu mối, tổng hợp trình Ủy ban nhân dân cấp Xã "
                              "xem xét, quyết định.");
  link(focal);
  CHECK(agencies(focal) == agencies(after));
  Document owned = one_clause("Ủy ban nhân dân tỉnh Lào Cai", "2026-01-29",
                              "Chủ tịch Ủy ban nhân dân cấp xã thành lập Hội đồng thấm định hoặc giao Phòng Kinh tế hoặc "
                              "phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã chủ trì thâm định báo cáo "
                              "đề xuất chủ trương đầu tư;");
  link(owned);
  CHECK(agencies(owned) == std::vector<std::string>{"Chủ tịch Ủy ban nhân dân cấp xã / lead",
                                                    "Phòng Kinh tế thuộc Ủy ban nhân dân cấp xã / lead",
                                                    "Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã / lead"});
  // before the reform the district's department, and a Sở's own "Phòng" stays its own
  Document before = one_clause("Ủy ban nhân dân huyện Bảo Thắng", "2024-05-02",
                               "Phòng Kinh tế, Hạ tầng và Đô thị tổ chức thẩm định dự án.");
  link(before);
  CHECK(agencies(before) == std::vector<std::string>{"Phòng Kinh tế, Hạ tầng và Đô thị huyện Bảo Thắng / lead"});
  Document so = one_clause("Sở Tài chính tỉnh Lào Cai", "2026-01-29", "Phòng Kinh tế tổ chức thẩm định dự án.");
  link(so);
  CHECK(agencies(so) == std::vector<std::string>{"Phòng Kinh tế / lead"});
}
