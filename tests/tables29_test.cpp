// A task table converted from a PDF to markdown with only its head row kept
// as a pipe row, everything under it a cell a line (held-out QĐ 2200/QĐ-BNNMT):
// the rows are read back, a head cell printed under the pipe row joins the
// head, a cell's second line (PDF text comes a visual line at a time) goes
// back to its cell, and each row is a task with its lead and partners.
#include <catch2/catch.hpp>

#include <string>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

std::string decision(const std::string& appendix) {
  return "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 2200/QĐ-BNNMT\nHà Nội, ngày 10 tháng 6 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai Nghị định\n"
         "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCăn cứ Nghị định số 180/2026/NĐ-CP;\nQUYẾT ĐỊNH:\n"
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Nghị định.\n"
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
         "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Quốc Trị\n"
         "PHỤ LỤC\nKẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH\n" + appendix;
}

const std::string head =
    "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\nThời gian thực hiện\n";

const Table* first_table(const Document& d) { return d.tables.empty() ? nullptr : &d.tables.front(); }

}  // namespace

TEST_CASE("tables29: a task table's cells printed a line each under a pipe head row are its rows", "[parse][tables29]") {
  Document d = parse_text(decision(head +
                                   "1\nTổ chức tuyên truyền, phổ biến Nghị định\n"
                                   "a)\nTổ chức Hội nghị phổ biến, triển khai Nghị định.\nCục Lâm nghiệp và Kiểm lâm\n"
                                   "Vụ Pháp chế; các cơ quan, đơn vị có liên quan\nQuý III, IV/2026\n"
                                   "b)\nXây dựng tiêu chuẩn các-bon rừng quốc gia; đo đạc, báo cáo, thẩm định\n"
                                   "Viện Khoa học lâm nghiệp Việt Nam, Cục\nVụ Khoa học và Công nghệ\nQuý IV/2026, 2027\n"
                                   "kết quả giảm phát thải.\nLâm nghiệp và Kiểm lâm\n"
                                   "2\nHuy động nguồn lực, thúc đẩy hợp tác quốc tế.\nVụ Hợp tác quốc tế\nThường xuyên\n"));
  const Table* t = first_table(d);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 5);
  CHECK(t->rows[0].cells ==
        std::vector<std::string>{"TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"});
  // a group row: its number and its title
  CHECK(t->rows[1].cells == std::vector<std::string>{"1", "Tổ chức tuyên truyền, phổ biến Nghị định", "", "", ""});
  CHECK(t->rows[2].num == "a");
  CHECK(t->rows[2].cells[2] == "Cục Lâm nghiệp và Kiểm lâm");
  CHECK(t->rows[2].cells[4] == "Quý III, IV/2026");
  // the second visual line of the task and of the lead, in column order
  CHECK(t->rows[3].cells[1] == "Xây dựng tiêu chuẩn các-bon rừng quốc gia; đo đạc, báo cáo, thẩm định kết quả giảm phát thải.");
  CHECK(t->rows[3].cells[2] == "Viện Khoa học lâm nghiệp Việt Nam, Cục Lâm nghiệp và Kiểm lâm");
  CHECK(t->rows[3].cells[3] == "Vụ Khoa học và Công nghệ");
  // no partners printed: the time still goes to the time column
  CHECK(t->rows[4].cells == std::vector<std::string>{"2", "Huy động nguồn lực, thúc đẩy hợp tác quốc tế.", "Vụ Hợp tác quốc tế", "", "Thường xuyên"});

  link(d);
  CHECK(has_on(d, t->rows[2].eid, "Cục Lâm nghiệp và Kiểm lâm Bộ Nông nghiệp và Môi trường", Role::lead));
  CHECK(has_on(d, t->rows[2].eid, "Vụ Pháp chế Bộ Nông nghiệp và Môi trường", Role::coordinate));
  CHECK(has_on(d, t->rows[3].eid, "Viện Khoa học lâm nghiệp Việt Nam", Role::lead));
  CHECK(has_on(d, t->rows[3].eid, "Cục Lâm nghiệp và Kiểm lâm Bộ Nông nghiệp và Môi trường", Role::lead));
  CHECK(has_on(d, t->rows[4].eid, "Vụ Hợp tác quốc tế Bộ Nông nghiệp và Môi trường", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.eid != t->rows[1].eid);  // a group row tells nobody
  // the cells are no provisions of the appendix
  bool cell_provision = false;
  for_each_provision(d.provisions, [&](const Provision& p) {
    cell_provision = cell_provision || p.text.find("Huy động nguồn lực") != std::string::npos;
  });
  CHECK_FALSE(cell_provision);
}

TEST_CASE("tables29: lines under a pipe head row that are not rows stay text", "[parse][tables29]") {
  // a paragraph under the head, no row number: the table is its head alone, the paragraph a line of text
  const std::string para =
      "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện và báo cáo kết quả về Bộ Nông nghiệp và "
      "Môi trường trước ngày 15 tháng 12 hằng năm để tổng hợp.";
  const std::string doc = decision(head.substr(0, head.find("Thời gian")) + para + "\n");
  Document d = parse_text(doc);
  const Table* t = first_table(d);
  REQUIRE(t);
  CHECK(t->rows.size() == 1);
  bool kept = false;
  for (const TextLine& l : load_text(doc, "t.txt").lines) kept = kept || l.text == para;
  CHECK(kept);
  // nor a head cell and a number with nothing after it
  Document e = parse_text(decision(head + "1\n"));
  REQUIRE(first_table(e));
  CHECK(first_table(e)->rows.size() == 1);
}
