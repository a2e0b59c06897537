// Link stage: agency registry, mention finding, roles, scope and
// jurisdiction on hand-built documents and on corpus documents.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "vanban/fold.h"
#include "vanban/link.h"
#include "vanban/parse.h"
#include "link_helpers.h"

using namespace vanban;
using vanban::link_test::prov;

namespace {

Document doc_of(std::string issuer, std::vector<Provision> ps) {
  Document d;
  d.meta.issuer = std::move(issuer);
  d.provisions = std::move(ps);
  return d;
}

bool has(const Document& d, const std::string& eid, const std::string& agency, Role r) {
  return std::any_of(d.assignments.begin(), d.assignments.end(), [&](const Assignment& a) {
    return a.eid == eid && fold_key(a.agency) == fold_key(agency) && a.role == r;
  });
}

std::size_t count(const Document& d, const std::string& eid) {
  return std::count_if(d.assignments.begin(), d.assignments.end(), [&](const Assignment& a) { return a.eid == eid; });
}

}  // namespace

TEST_CASE("link: the built-in registry loads and holds every kind") {
  const AgencyRegistry& r = AgencyRegistry::builtin();
  REQUIRE(r.entries().size() > 100);
  bool abbr = false, collective = false;
  for (auto& e : r.entries()) {
    abbr = abbr || (e.kind == AgencyKind::abbr && e.words == "UBND");
    collective = collective || e.kind == AgencyKind::collective;
  }
  CHECK(abbr);
  CHECK(collective);
}

TEST_CASE("link: a user file extends the registry, a bad kind is reported") {
  AgencyRegistry r;
  r.add_tsv("# comment\nhead\tBan Quản lý dự án\n");
  CHECK(r.entries().size() == 1);
  CHECK_THROWS(r.add_tsv("nonsense\tX\n", "user.tsv"));
}

TEST_CASE("link: giao … chủ trì, phối hợp với … gives lead and coordinates, with jurisdiction") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Ninh Bình",
                      {prov("para_1", "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và UBND các huyện, thành "
                                      "phố rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2025.")});
  link(d);
  CHECK(has(d, "para_1", "Sở Tài chính tỉnh Ninh Bình", Role::lead));
  CHECK(has(d, "para_1", "Sở Xây dựng tỉnh Ninh Bình", Role::coordinate));
  CHECK(has(d, "para_1", "Ủy ban nhân dân các huyện, thành phố", Role::coordinate));
  // reported to, not assigned
  CHECK_FALSE(has(d, "para_1", "Ủy ban nhân dân tỉnh Ninh Bình", Role::lead));
  CHECK(count(d, "para_1") == 3);
}

TEST_CASE("link: tone placement and case do not matter, subjects lead, collectives keep their phrase") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Lào Cai",
                      {prov("para_1", "Uỷ ban nhân dân tỉnh chỉ đạo các sở, ban, ngành triển khai."),
                       prov("para_2", "Các sở, ban, ngành chủ động rà soát thủ tục hành chính.")});
  link(d);
  CHECK(has(d, "para_2", "Các sở, ban, ngành", Role::lead));
  for (auto& a : d.assignments)
    if (a.eid == "para_2") CHECK(a.mention == "Các sở, ban, ngành");
}

TEST_CASE("link: implementation article has document scope, with supervision") {
  Document d = doc_of("Hội đồng nhân dân huyện An Phú",
                      {prov("art_3", "Giao Ủy ban nhân dân huyện tổ chức triển khai thực hiện Nghị quyết này. "
                                     "Thường trực Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết này.")});
  link(d);
  REQUIRE(has(d, "art_3", "Ủy ban nhân dân huyện An Phú", Role::lead));
  CHECK(has(d, "art_3", "Thường trực Hội đồng nhân dân huyện An Phú", Role::supervise));
  for (auto& a : d.assignments) CHECK(a.scope == Scope::document);
}

TEST_CASE("link: a provision naming the body records it, not every child") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Ninh Bình",
                      {prov("para_1", "Sở Tư pháp có trách nhiệm:",
                            {prov("para_1__point_a", "Sở Tư pháp hướng dẫn việc rà soát;"),
                             prov("para_1__point_b", "Phối hợp với Công an tỉnh kiểm tra.")})});
  link(d);
  CHECK(has(d, "para_1", "Sở Tư pháp tỉnh Ninh Bình", Role::lead));
  // a child that does not name the body gets no entry of its own …
  CHECK_FALSE(has(d, "para_1__point_b", "Sở Tư pháp tỉnh Ninh Bình", Role::lead));
  CHECK(has(d, "para_1__point_b", "Công an tỉnh Ninh Bình", Role::coordinate));
  // … one that names it again does (as the gold of QĐ 3745/2021 Tây Ninh, Điều 2, reads)
  CHECK(has(d, "para_1__point_a", "Sở Tư pháp tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link: corpus documents carry their expected assignments") {
  const std::string dir = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";
  Document d = parse_file(dir + "quyet-dinh-807-2024-ubnd-ninh-binh.txt");
  CHECK(has(d, "art_1__para_5", "Sở Xây dựng tỉnh Ninh Bình", Role::lead));
  CHECK(has(d, "art_3", "Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link: deadlines and recurrence of the clause") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Lào Cai",
                      {prov("para_1", "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2025."),
                       prov("para_2", "Công an tỉnh định kỳ 6 tháng báo cáo kết quả thực hiện."),
                       prov("para_3", "Sở Tư pháp hoàn thành trước ngày 05 tháng 11 năm 2024.")});
  link(d);
  REQUIRE(d.assignments.size() == 3);
  CHECK(d.assignments[0].deadline == std::optional<std::string>("2025-06-30"));
  CHECK(d.assignments[0].time_words == std::optional<std::string>("trước ngày 30/6/2025"));
  CHECK(d.assignments[1].recurrence == std::optional<std::string>("half-yearly"));
  CHECK(d.assignments[2].deadline == std::optional<std::string>("2024-11-05"));
}

TEST_CASE("link: 'Giám đốc các Sở: A, B và C' is one head per listed department") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Tuyên Quang",
                      {prov("art_3", "Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Kế hoạch "
                                     "và Đầu tư, Lao động - Thương binh và Xã hội; Chủ tịch UBND các huyện, thành phố "
                                     "chịu trách nhiệm thi hành Quyết định này.")});
  link(d);
  CHECK(has(d, "art_3", "Chánh Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang", Role::lead));
  CHECK(has(d, "art_3", "Giám đốc Sở Tài chính tỉnh Tuyên Quang", Role::lead));
  CHECK(has(d, "art_3", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Tuyên Quang", Role::lead));
  CHECK(has(d, "art_3", "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Tuyên Quang", Role::lead));
  CHECK(has(d, "art_3", "Chủ tịch Ủy ban nhân dân các huyện, thành phố", Role::lead));
  CHECK(count(d, "art_3") == 5);
  for (auto& a : d.assignments) CHECK(a.scope == Scope::document);
}

TEST_CASE("link: a period's last day is the deadline of a task set for it") {
  Document d = doc_of("Ủy ban nhân dân tỉnh Lào Cai",
                      {prov("para_1", "Sở Tư pháp hoàn thành việc rà soát trong quý III năm 2025."),
                       prov("para_2", "Sở Nội vụ trình đề án trong tháng 2/2024."),
                       prov("para_3", "Công an tỉnh tổng kết trong năm 2026."),
                       prov("para_4", "Sở Tài chính báo cáo kết quả quý IV/2025.")});
  link(d);
  REQUIRE(d.assignments.size() == 4);
  CHECK(d.assignments[0].deadline == std::optional<std::string>("2025-09-30"));
  CHECK(d.assignments[0].time_words == std::optional<std::string>("trong quý III năm 2025"));
  CHECK(d.assignments[1].deadline == std::optional<std::string>("2024-02-29"));  // a leap year
  CHECK(d.assignments[1].time_words == std::optional<std::string>("trong tháng 2/2024"));
  CHECK(d.assignments[2].deadline == std::optional<std::string>("2026-12-31"));
  CHECK(d.assignments[3].deadline == std::optional<std::string>("2025-12-31"));
  CHECK(d.assignments[3].time_words == std::optional<std::string>("quý IV/2025"));
}

TEST_CASE("link: 'Ủy ban nhân dân cấp huyện, cấp xã' is one body per level") {
  Document d = doc_of("Bộ Nội vụ", {prov("art_8", "Ủy ban nhân dân cấp huyện, cấp xã có trách nhiệm tổ chức lập hồ sơ.")});
  link(d);
  CHECK(has(d, "art_8", "Ủy ban nhân dân cấp huyện", Role::lead));
  CHECK(has(d, "art_8", "Ủy ban nhân dân cấp xã", Role::lead));
  CHECK(count(d, "art_8") == 2);
}
