// Task tables (TT | nhiệm vụ | chủ trì | phối hợp | thời hạn): read from a
// Word file and from its text saved with tabs, kept beside the provision
// tree, and linked one task per row. The real document is KH triển khai Chỉ
// thị 11-CT/TU (UBND tỉnh Lào Cai, 2026), whose Phụ lục is such a table; its
// gold answer is checked row by row by tools/check-task-tables (ctest
// tables.gold-rows).
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli_run.h"
#include "link_helpers.h"
#include "vanban/ingest.h"
#include "vanban/link.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

const std::string kPlan = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/ke-hoach-trien-khai-chi-thi-11-ct-tu-2026-ubnd-lao-cai";

using Row = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;

// The assignments on table rows: eid, role, agency, deadline, recurrence, time words.
std::vector<Row> row_tasks(const Document& d) {
  std::vector<Row> out;
  for (const Assignment& a : d.assignments)
    if (a.eid.find("__tr_") != std::string::npos || a.eid.rfind("table_", 0) == 0)
      out.emplace_back(a.eid, to_string(a.role), a.agency, a.deadline.value_or(""), a.recurrence.value_or(""),
                       a.time_words.value_or(""));
  return out;
}

Document parse_text(const std::string& text) { return link_test::linked_text(text); }

}  // namespace

TEST_CASE("tables: the Word file and its tab-separated text give the same task table", "[tables]") {
  Document docx = parse_file(kPlan + ".docx");
  Document txt = parse_file(kPlan + ".txt");
  REQUIRE(docx.tables.size() == 1);
  REQUIRE(txt.tables.size() == 1);
  const Table& t = docx.tables[0];
  CHECK(t.eid == "att_1__table_1");  // the Phụ lục after the signature, which has no numbered units
  REQUIRE(t.rows.size() == 16);      // header, the column numbers (1)…(5), tasks 1–14
  CHECK(t.rows[0].cells ==
        std::vector<std::string>{"TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện",
                                 "Thời gian thực hiện", "Ghi chú"});
  CHECK(t.rows[1].cells == std::vector<std::string>{"", "(1)", "(2)", "(3)", "(4)", "(5)"});
  for (std::size_t r = 2; r < t.rows.size(); ++r) {
    CHECK(t.rows[r].num == std::to_string(r - 1));
    CHECK(t.rows[r].eid == "att_1__table_1__tr_" + std::to_string(r + 1));
    CHECK(t.rows[r].cells.size() == 6);
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) CHECK(t.rows[r].cells == txt.tables[0].rows[r].cells);

  std::vector<Row> a = row_tasks(docx), b = row_tasks(txt);
  CHECK(a == b);
  // every task row has a lead
  std::set<std::string> led;
  for (const Row& r : a)
    if (std::get<1>(r) == "lead") led.insert(std::get<0>(r));
  CHECK(led.size() == 14);
}

TEST_CASE("tables: a task row's columns give its lead, coordinators and deadline", "[tables]") {
  Document d = parse_file(kPlan + ".docx");
  // TT 6: "Sở Công Thương; Sở Xây dựng" lead, "Thường xuyên"
  const Assignment* a = link_test::entry_on(d, "att_1__table_1__tr_8", "Sở Xây dựng tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->mention == "Sở Xây dựng");
  CHECK(a->recurrence == std::optional<std::string>("ongoing"));
  CHECK(link_test::entry_on(d, "att_1__table_1__tr_8", "Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK(link_test::entry_on(d, "att_1__table_1__tr_8", "Các địa phương liên quan", Role::coordinate));
  // TT 5: "… xong trước ngày 01/01/2030"; its mining companies are private parties
  a = link_test::entry_on(d, "att_1__table_1__tr_7", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2030-01-01"));
  CHECK(a->time_words == std::optional<std::string>("trước ngày 01/01/2030"));
  // TT 7: "… các tổ chức hoạt động khai thác khoáng sản liên quan" is no coordinator
  for (const Assignment& x : d.assignments) CHECK_FALSE((x.eid == "att_1__table_1__tr_9" && x.agency.find("tổ chức") != std::string::npos));
  // TT 11: "Xong trong Quý II/2026" → the quarter's last day
  a = link_test::entry_on(d, "att_1__table_1__tr_13", "Công an tỉnh Lào Cai", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2026-06-30"));
  // the header and the column-number row are no tasks
  for (const Assignment& x : d.assignments) {
    CHECK(x.eid != "att_1__table_1__tr_1");
    CHECK(x.eid != "att_1__table_1__tr_2");
  }
}

TEST_CASE("tables: a task table inside a provision, with group rows and empty cells", "[tables]") {
  const std::string text =
      "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 12/KH-UBND\nNinh Bình, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
      "Thực hiện Nghị quyết số 1/NQ-HĐND\n\n"
      "I. MỤC ĐÍCH\nBảo đảm thực hiện.\n"
      "II. NHIỆM VỤ\n1. Các nhiệm vụ cụ thể như sau:\n"
      "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\n"
      "I\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t\n"
      "1\tTuyên truyền Nghị quyết\tSở Tư pháp\tSở Tài chính, Công an tỉnh\tTrong tháng 3/2025\n"
      "2\tRà soát văn bản\t\tSở Xây dựng\tHằng quý\n"
      "2. Tổ chức thực hiện.\n";
  Document d = parse_text(text);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.eid == "sec_II__para_1__table_1");  // printed in clause 1 of section II
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[1].num == "I");
  CHECK(t.rows[2].eid == "sec_II__para_1__table_1__tr_3");
  CHECK(t.rows[3].cells == std::vector<std::string>{"2", "Rà soát văn bản", "", "Sở Xây dựng", "Hằng quý"});
  // the rows are not clause text, and clause 2 follows the table
  bool clause2 = false;
  for_each_provision(d.provisions, [&](const Provision& p) {
    CHECK(p.text.find("Sở Tư pháp") == std::string::npos);
    clause2 = clause2 || p.eid == "sec_II__para_2";
  });
  CHECK(clause2);

  const Assignment* a = link_test::entry_on(d, "sec_II__para_1__table_1__tr_3", "Sở Tư pháp tỉnh Ninh Bình", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2025-03-31"));
  CHECK(link_test::entry_on(d, "sec_II__para_1__table_1__tr_3", "Sở Tài chính tỉnh Ninh Bình", Role::coordinate));
  CHECK(link_test::entry_on(d, "sec_II__para_1__table_1__tr_3", "Công an tỉnh Ninh Bình", Role::coordinate));
  // an empty lead cell gives no lead; the coordinator stays, with the recurrence
  a = link_test::entry_on(d, "sec_II__para_1__table_1__tr_4", "Sở Xây dựng tỉnh Ninh Bình", Role::coordinate);
  REQUIRE(a);
  CHECK(a->recurrence == std::optional<std::string>("quarterly"));
  for (const Assignment& x : d.assignments) {
    CHECK(x.eid != "sec_II__para_1__table_1__tr_2");  // the group row names no one
    if (x.eid == "sec_II__para_1__table_1__tr_4") CHECK(x.role == Role::coordinate);
  }
}

TEST_CASE("tables: tab rows without a task header stay columns of text", "[tables]") {
  // a two-column header and tab-separated lines that are not a task table
  Text t = load_text("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\tHà Nội, ngày 1 tháng 2 năm 2025\n"
                     "Năm\tSố vụ\tGhi chú\n2024\t12\tgiảm\n",
                     "t.txt");
  for (const TextLine& l : t.lines) CHECK(l.text.find('|') == std::string::npos);
}

TEST_CASE("tables: header words name the task table's columns", "[tables]") {
  CHECK(task_column("TT") == TaskColumn::number);
  CHECK(task_column("STT") == TaskColumn::number);
  CHECK(task_column("Tên nhiệm vụ") == TaskColumn::task);
  CHECK(task_column("Nội dung công việc") == TaskColumn::task);
  CHECK(task_column("Cơ quan chủ trì") == TaskColumn::lead);
  CHECK(task_column("Đơn vị chủ trì") == TaskColumn::lead);
  CHECK(task_column("Sở, ngành chủ trì tham mưu") == TaskColumn::lead);
  CHECK(task_column("CƠ QUAN THỰC HIỆN") == TaskColumn::lead);
  CHECK(task_column("Cơ quan phối hợp") == TaskColumn::coordinate);
  CHECK(task_column("Đơn vị phối hợp thực hiện") == TaskColumn::coordinate);
  CHECK(task_column("Thời gian thực hiện") == TaskColumn::deadline);
  CHECK(task_column("Thời hạn hoàn thành") == TaskColumn::deadline);
  CHECK(task_column("Ghi chú") == TaskColumn::other);
  CHECK(is_task_table_header({"TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"}));
  CHECK_FALSE(is_task_table_header({"TT", "Nội dung", "Cơ quan chủ trì"}));  // a list of bodies, no task columns
  CHECK_FALSE(is_task_table_header({"Năm", "Số vụ", "Ghi chú"}));
}

TEST_CASE("tables: vanban agencies lists a task table's rows by their printed number", "[tables][cli]") {
  cli_run::Result r = cli_run::vanban("agencies " + kPlan + ".docx");
  CHECK(r.exit == 0);
  CHECK(r.err == "");
  CHECK(r.out.find("Sở Xây dựng tỉnh Lào Cai\n"
                   "  Mục IV › Khoản 2 › Ý 9      phối hợp\n"
                   "  Mục IV › Khoản 4            chủ trì\n"
                   "  Mục IV › Khoản 4            giám sát\n"
                   "  Phụ lục 1 › Bảng 1 › TT 6   chủ trì                 thường xuyên\n"
                   "  Phụ lục 1 › Bảng 1 › TT 7   chủ trì                 thường xuyên\n") != std::string::npos);
  r = cli_run::vanban("agencies " + kPlan + ".txt --format csv");
  CHECK(r.exit == 0);
  CHECK(r.out.find("Công an tỉnh Lào Cai,att_1__table_1__tr_13,Phụ lục 1 › Bảng 1 › TT 11,lead,provision,2026-06-30,,"
                   "trong Quý II/2026,Công an tỉnh\r\n") != std::string::npos);
}

TEST_CASE("tables: a lead printed once for two tasks (merged cells) leads both", "[tables]") {
  // tests/data/ingest/make_docx.py: task-table-merged.docx
  const std::string path = std::string(VANBAN_SOURCE_DIR) + "/tests/data/ingest/task-table-merged.docx";
  Text t = ingest_file(path);
  std::vector<std::string> rows;
  for (const TextLine& l : t.lines)
    if (!l.text.empty() && l.text[0] == '|') rows.push_back(l.text);
  CHECK(rows == std::vector<std::string>{
                    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
                    "| I | CÔNG TÁC QUY HOẠCH |",
                    "| 1 | Rà soát quy hoạch | Sở Nông nghiệp và Môi trường | Các sở, ngành | Trong tháng 6/2026 |",
                    "| 2 | Kiểm tra hoạt động khoáng sản | Sở Nông nghiệp và Môi trường | Công an tỉnh | Hằng năm |"});
  // the header's layout table: its merged cell's continuation repeats nothing
  int issuer = 0;
  for (const TextLine& l : t.lines) issuer += l.text == "ỦY BAN NHÂN DÂN";
  CHECK(issuer == 1);
  Document d = parse_file(path);
  CHECK(link_test::entry_on(d, "sec_I__table_1__tr_4", "Sở Nông nghiệp và Môi trường", Role::lead));
  CHECK(link_test::entry_on(d, "sec_I__table_1__tr_3", "Sở Nông nghiệp và Môi trường", Role::lead));
  CHECK(link_test::entry_on(d, "sec_I__table_1__tr_4", "Công an tỉnh", Role::coordinate));
}

TEST_CASE("tables: a web page's task table, a cell spanning two rows leading both", "[tables]") {
  const std::string html =
      "<!DOCTYPE html><html><body><div id=\"toanvancontent\"><p>KẾ HOẠCH</p><p>I. NHIỆM VỤ</p><table><thead><tr>"
      "<th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr></thead>"
      "<tbody><tr><td>I</td><td colspan=\"4\">NHÓM</td></tr><tr><td>1</td><td><p>Rà soát</p><p>văn bản</p></td>"
      "<td rowspan=\"2\">Sở Tư pháp</td><td>Công an tỉnh</td><td>Hằng năm</td></tr><tr><td>2</td><td>Kiểm tra</td>"
      "<td>Sở Tài chính</td><td>Trong tháng 6/2026</td></tr></tbody></table><p>Trên đây là Kế hoạch.</p></div>"
      "</body></html>";
  Text t = ingest_bytes(html, "t.html");
  std::vector<std::string> rows;
  for (const TextLine& l : t.lines)
    if (!l.text.empty() && l.text[0] == '|') rows.push_back(l.text);
  CHECK(rows == std::vector<std::string>{"| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
                                         "| I | NHÓM | | | |",
                                         "| 1 | Rà soát văn bản | Sở Tư pháp | Công an tỉnh | Hằng năm |",
                                         "| 2 | Kiểm tra | Sở Tư pháp | Sở Tài chính | Trong tháng 6/2026 |"});
  Document d = parse(t, "t.html");
  link(d);
  REQUIRE(d.tables.size() == 1);
  const std::string row4 = d.tables[0].eid + "__tr_4";
  const Assignment* a = link_test::entry_on(d, row4, "Sở Tư pháp", Role::lead);
  REQUIRE(a);
  CHECK(a->deadline == std::optional<std::string>("2026-06-30"));
  CHECK(link_test::entry_on(d, row4, "Sở Tài chính", Role::coordinate));
}
