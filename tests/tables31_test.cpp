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



}  // namespace

TEST_CASE("tables31: a steering column is a task table's supervise column", "[text][tables31]") {
  CHECK(task_column("Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc") == TaskColumn::supervise);
  CHECK(task_column("Lãnh đạo phụ trách") == TaskColumn::supervise);
  CHECK(task_column("Cơ quan, tổ chức đảng chủ trì") == TaskColumn::lead);
  CHECK(is_task_table_header({"TT", "Nội dung", "Mục tiêu", "Cơ quan chủ trì", "Lãnh đạo phụ trách"}));
}

TEST_CASE("tables31: who steers supervises, in the post named last, a person at a time", "[link][tables31]") {
  const Document d = linked_text(programme);
  const std::string row = "sec_I__para_1__table_1__tr_";
  CHECK(entry_on(d, row + "2", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK(entry_on(d, row + "2", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise));
  // the party titles before the post are no body of the row
  for (const Assignment& a : d.assignments) {
    CHECK(a.agency != "Tỉnh ủy viên");
    CHECK(a.mention.rfind("Đồng chí", 0) != 0);
    if (a.eid == row + "3") CHECK(a.agency != "Ban Thường vụ Tỉnh ủy Lào Cai");
  }
  CHECK(entry_on(d, row + "3", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise));
  // a body named in the column, no person: the body
  CHECK(entry_on(d, row + "4", "Ban Thường vụ Tỉnh ủy Lào Cai", Role::supervise));
}

TEST_CASE("tables31: a time cell of bare years is due by the end of the last", "[link][tables31]") {
  const Document d = linked_text(programme);
  const std::string row = "sec_I__para_1__table_1__tr_";
  const Assignment* a = entry_on(d, row + "2", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2026-10-15"));
  a = entry_on(d, row + "3", "Đảng uỷ Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2027-12-31"));
  CHECK(a->time_words == std::optional<std::string>("2026 - 2027"));
  a = entry_on(d, row + "4", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2030-12-31"));
}

namespace {

// CTr 104-CTr/TU's Phụ lục 2 as pdftotext gave it: a cell a paragraph, the group row among the head's
// cells, the persons and times of a page in runs after its tasks, row and page numbers alone anywhere
const std::string paragraph_table =
    "TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 104-CTr/TU\nLào Cai, ngày 30 tháng 8 năm 2026\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nvề bảo vệ môi trường\nI. NHIỆM VỤ\n1. Các cấp ủy thực hiện nhiệm vụ tại Phụ lục.\n\n"
    "T/M TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Giang\n\n"
    "PHỤ LỤC 2\nDANH MỤC CÁC NHIỆM VỤ\n\nTT\n\nNhiệm vụ cụ thể\n\nI Các nhiệm vụ cần làm ngay trong năm 2026\n\n"
    "Cơ quan, tổ chức \nđảng chủ trì\n\nCá nhân phụ trách chỉ \nđạo, kiểm tra, đôn đốc\n\nThời hạn \nthực hiện\n\n"
    "1\n\nTổ  chức  nghiên  cứu,  học  tập,  quán  triệt \nChương trình hành động này.\n\nCác cấp ủy, tổ \nchức đảng\n\n"
    "Thủ trưởng các cơ quan, \nđơn vị\n\nTrước ngày \n15/10/2026\n\n15\n\n"
    "Xây dựng, ban hành Kế hoạch của Ủy ban \nnhân dân tỉnh.\n\nĐảng ủy Ủy ban \nnhân dân tỉnh\n\n"
    "Đồng chí Phan Trung Bá - \nTỉnh ủy viên, Phó Chủ \ntịch UBND tỉnh\n\nTrước ngày \n15/10/2026\n\n2\n\n"
    "II Nhiệm vụ thực hiện theo lộ trình đến năm 2030\n\nII.1 Hoàn thiện thể chế, chính sách\n\n3\n\n4\n\n"
    "Rà  soát,  hoàn  thiện  hệ  thống  văn  bản về bảo vệ môi trường\n\nĐảng ủy UBND tỉnh\n\n"
    "Xây  dựng  Kế  hoạch  bảo  vệ  môi  trường  cấp  tỉnh\n\nĐảng ủy HĐND tỉnh; Đảng uỷ UBND tỉnh\n\n"
    "Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Đồng chí Giàng Quốc Hưng, Ủy viên Ban "
    "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh\n\n2026 - 2030\n\n2029 - 2030\n\n"
    "5 Xây dựng Kịch bản biến đổi khí hậu (cập nhật)\n\nĐảng ủy UBND tỉnh\n\n"
    "Đồng chí Ngô Hạnh Phúc - Phó Chủ tịch Thường trực UBND tỉnh\n\n2030\n";

}  // namespace

TEST_CASE("tables31: a task table printed a cell a paragraph, its runs put back in rows", "[parse][tables31]") {
  const Document d = parse(load_text(paragraph_table, "t.txt"), "t.txt");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables.front();
  CHECK(t.eid == "att_1__table_1");
  REQUIRE(t.rows.size() == 9);
  CHECK(t.rows[0].cells == std::vector<std::string>{"TT", "Nhiệm vụ cụ thể", "Cơ quan, tổ chức đảng chủ trì",
                                                    "Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc", "Thời hạn thực hiện"});
  CHECK(t.rows[1].cells == std::vector<std::string>{"I", "Các nhiệm vụ cần làm ngay trong năm 2026"});
  CHECK(t.rows[2].cells == std::vector<std::string>{"", "Tổ chức nghiên cứu, học tập, quán triệt Chương trình hành động này.",
                                                    "Các cấp ủy, tổ chức đảng", "Thủ trưởng các cơ quan, đơn vị",
                                                    "Trước ngày 15/10/2026"});
  CHECK(t.rows[3].cells[1] == "Xây dựng, ban hành Kế hoạch của Ủy ban nhân dân tỉnh.");
  CHECK(t.rows[3].cells[3] == "Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh");
  CHECK(t.rows[4].cells == std::vector<std::string>{"II", "Nhiệm vụ thực hiện theo lộ trình đến năm 2030"});
  CHECK(t.rows[5].cells == std::vector<std::string>{"II.1", "Hoàn thiện thể chế, chính sách"});
  // the persons and times of a page, in runs after its tasks: the n-th to the n-th task
  CHECK(t.rows[6].cells == std::vector<std::string>{"", "Rà soát, hoàn thiện hệ thống văn bản về bảo vệ môi trường",
                                                    "Đảng ủy UBND tỉnh",
                                                    "Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh",
                                                    "2026 - 2030"});
  CHECK(t.rows[7].cells[3] == "Đồng chí Giàng Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh");
  CHECK(t.rows[7].cells[4] == "2029 - 2030");
  // a row's number run into its task is no word of it
  CHECK(t.rows[8].cells == std::vector<std::string>{"", "Xây dựng Kịch bản biến đổi khí hậu (cập nhật)", "Đảng ủy UBND tỉnh",
                                                    "Đồng chí Ngô Hạnh Phúc - Phó Chủ tịch Thường trực UBND tỉnh", "2030"});
}

TEST_CASE("tables31: the rows rebuilt give each task its lead and who steers it", "[link][tables31]") {
  const Document d = linked_text(paragraph_table);
  CHECK(entry_on(d, "att_1__table_1__tr_3", "Các cấp ủy, tổ chức đảng", Role::lead));
  CHECK(entry_on(d, "att_1__table_1__tr_3", "Thủ trưởng các cơ quan, đơn vị", Role::supervise));
  CHECK(entry_on(d, "att_1__table_1__tr_4", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK(entry_on(d, "att_1__table_1__tr_4", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise));
  CHECK(entry_on(d, "att_1__table_1__tr_8", "Đảng ủy Hội đồng nhân dân tỉnh Lào Cai", Role::lead));
  const Assignment* a = entry_on(d, "att_1__table_1__tr_8", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", Role::supervise);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2030-12-31"));
}

TEST_CASE("tables31: a cell's years and a steering cell's persons", "[text][tables31]") {
  CHECK(year_at("2026 - 2030", 0));
  CHECK(year_at("2026 - 2030", 7));
  CHECK(!year_at("20261", 0));    // part of a longer number
  CHECK(!year_at("12026", 1));
  CHECK(!year_at("1800", 0));
  CHECK(!year_at("202", 0));
  CHECK(steering_persons("Đảng ủy UBND tỉnh").empty());
  CHECK(steering_persons("Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Đồng chí Nguyễn Thành Sinh – "
                         "Phó Chủ tịch UBND tỉnh") ==
        std::vector<std::string>{"Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh",
                                 "Đồng chí Nguyễn Thành Sinh – Phó Chủ tịch UBND tỉnh"});
  CHECK(steering_persons("Thủ trưởng các cơ quan, đ/c Lê Văn A") == std::vector<std::string>{"đ/c Lê Văn A"});
}
