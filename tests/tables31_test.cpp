// Task tables, session 31: a steering column ("Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc", a party
// programme's appendix: held-out CTr 104-CTr/TU Lào Cai) gives who supervises, a person at a time and in
// the post named last; a time column's bare years ("2026 - 2030", QĐ 1775/QĐ-TTg, KH 09/KH-BTNMT) are
// due by the end of the last.
#include <catch2/catch.hpp>

#include <string>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

const std::string programme =
    "TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 104-CTr/TU\nLào Cai, ngày 30 tháng 8 năm 2026\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nvề bảo vệ môi trường\nI. NHIỆM VỤ\n1. Các cấp ủy thực hiện nhiệm vụ tại Phụ lục.\n\n"
    "| TT | Nhiệm vụ cụ thể | Cơ quan, tổ chức đảng chủ trì | Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc | Thời hạn "
    "thực hiện (*) |\n|---|---|---|---|---|\n"
    "| 1 | Xây dựng, ban hành Kế hoạch của Ủy ban nhân dân tỉnh | Đảng ủy Ủy ban nhân dân tỉnh | Đồng chí Phan Trung "
    "Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh | Trước ngày 15/10/2026 |\n"
    "| 2 | Rà soát cơ chế, chính sách | Đảng ủy HĐND tỉnh; Đảng uỷ UBND tỉnh | Đồng chí Giàng Quốc Hưng, Ủy viên Ban "
    "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Đồng chí Nguyễn Thành Sinh – Tỉnh ủy viên, Phó Chủ tịch Thường trực "
    "UBND tỉnh | 2026 - 2027 |\n"
    "| 3 | Xây dựng Quy hoạch bảo vệ môi trường | Đảng ủy UBND tỉnh | Ban Thường vụ Tỉnh ủy | 2030 |\n\n"
    "T/M TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\nHoàng Giang\n";

Document linked(const std::string& s) {
  Document d = parse(load_text(s, "t.txt"), "t.txt");
  link(d);
  return d;
}

const Assignment* entry(const Document& d, const std::string& eid, const std::string& agency, Role r) {
  for (const Assignment& a : d.assignments)
    if (a.eid == eid && a.agency == agency && a.role == r) return &a;
  return nullptr;
}

}  // namespace

TEST_CASE("tables31: a steering column is a task table's supervise column", "[text][tables31]") {
  CHECK(task_column("Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc") == TaskColumn::supervise);
  CHECK(task_column("Lãnh đạo phụ trách") == TaskColumn::supervise);
  CHECK(task_column("Cơ quan, tổ chức đảng chủ trì") == TaskColumn::lead);
  CHECK(is_task_table_header({"TT", "Nội dung", "Mục tiêu", "Cơ quan chủ trì", "Lãnh đạo phụ trách"}));
}

TEST_CASE("tables31: who steers supervises, in the post named last, a person at a time", "[link][tables31]") {
  const Document d = linked(programme);
  const std::string row = "sec_I__para_1__table_1__tr_";
  CHECK(entry(d, row + "2", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK(entry(d, row + "2", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise));
  // the party titles before the post are no body of the row
  for (const Assignment& a : d.assignments) {
    CHECK(a.agency != "Tỉnh ủy viên");
    CHECK(a.mention.rfind("Đồng chí", 0) != 0);
    if (a.eid == row + "3") CHECK(a.agency != "Ban Thường vụ Tỉnh ủy Lào Cai");
  }
  CHECK(entry(d, row + "3", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise));
  // a body named in the column, no person: the body
  CHECK(entry(d, row + "4", "Ban Thường vụ Tỉnh ủy Lào Cai", Role::supervise));
}

TEST_CASE("tables31: a time cell of bare years is due by the end of the last", "[link][tables31]") {
  const Document d = linked(programme);
  const std::string row = "sec_I__para_1__table_1__tr_";
  const Assignment* a = entry(d, row + "2", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2026-10-15"));
  a = entry(d, row + "3", "Đảng uỷ Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2027-12-31"));
  CHECK(a->time_words == std::optional<std::string>("2026 - 2027"));
  a = entry(d, row + "4", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2030-12-31"));
}
