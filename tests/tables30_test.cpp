// A plan's task table printed a cell a line with its time column first and no row numbers (held-out
// QĐ 836/QĐ-BXD, a web page's text): the head's second row under "Thực hiện", the stages as group rows,
// each task row told by what its cells hold; the table after the plan's last clause, between its caption
// and the paragraph that closes the section, is the section's; its "Ghi chú:" notes are the table's.
#include <catch2/catch.hpp>

#include <string>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string plan_836 =
    "BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 836/QĐ-BXD\n"
    "Hà Nội, ngày 14 tháng 10 năm 2019\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập Quy hoạch.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nPhạm Hồng Hà\n"
    "KẾ HOẠCH\nTỔ CHỨC LẬP QUY HOẠCH\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Ban Quản lý quy hoạch là cơ quan lập Quy hoạch.\n"
    "2. Các Cục, Vụ, Văn phòng Bộ có trách nhiệm thực hiện chức năng nhiệm vụ được giao.\n"
    "NỘI DUNG CHI TIẾT\nThời gian\nNội dung công việc\nCơ quan chịu trách nhiệm quản lý nhà nước theo quy định\n"
    "Thực hiện\nĐơn vị chủ trì\nĐơn vị phối hợp\n"
    "I\nGIAI ĐOẠN 1: LẬP, THẨM ĐỊNH, PHÊ DUYỆT LẬP NHIỆM VỤ\n1\nLập nhiệm vụ quy hoạch\n"
    "10-11/2019\nXây dựng nhiệm vụ lập quy hoạch.\nCơ quan lập quy hoạch\nBan Quản lý quy hoạch\n"
    "- Vụ Vật liệu xây dựng;\n- Vụ Kế hoạch - Tài chính.\n"
    "Lấy ý kiến các Bộ, ngành và các cơ quan có liên quan.\nCơ quan tổ chức lập quy hoạch\nVụ Vật liệu xây dựng\n"
    "- Vụ Pháp chế;\n- Văn phòng Bộ.\n"
    "01/2020\nPhê duyệt nhiệm vụ lập quy hoạch\nThủ tướng Chính phủ\n"
    "Ghi chú:\n- (*) Chủ tịch Hội đồng thẩm định quy hoạch là Thủ tướng Chính phủ.\n"
    "Trong quá trình thực hiện Kế hoạch, trường hợp cần thiết phải điều chỉnh, bổ sung Thủ trưởng các đơn vị có liên "
    "quan kịp thời có ý kiến bằng văn bản gửi về Ban quản lý quy hoạch.\n";

}  // namespace

TEST_CASE("tables30: a time-first table a cell a line, its head in two rows, its rows by what cells hold",
          "[parse][tables30]") {
  const Document d = parse_text(plan_836);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables.front();
  CHECK(t.eid == "att_1__sec_I__table_1");  // the section's, not its last clause's
  REQUIRE(t.rows.size() == 7);
  CHECK(t.rows[0].cells == std::vector<std::string>{"Thời gian", "Nội dung công việc",
                                                    "Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định", "Thực hiện"});
  CHECK(t.rows[1].cells == std::vector<std::string>{"", "", "", "Đơn vị chủ trì", "Đơn vị phối hợp"});
  CHECK(t.rows[2].cells == std::vector<std::string>{"I", "GIAI ĐOẠN 1: LẬP, THẨM ĐỊNH, PHÊ DUYỆT LẬP NHIỆM VỤ"});
  CHECK(t.rows[4].cells == std::vector<std::string>{"10-11/2019", "Xây dựng nhiệm vụ lập quy hoạch.", "Cơ quan lập quy hoạch",
                                                    "Ban Quản lý quy hoạch",
                                                    "- Vụ Vật liệu xây dựng; - Vụ Kế hoạch - Tài chính."});
  // the time printed once over the rows it spans
  CHECK(t.rows[5].cells == std::vector<std::string>{"", "Lấy ý kiến các Bộ, ngành và các cơ quan có liên quan.",
                                                    "Cơ quan tổ chức lập quy hoạch", "Vụ Vật liệu xây dựng",
                                                    "- Vụ Pháp chế; - Văn phòng Bộ."});
  CHECK(t.rows[6].cells == std::vector<std::string>{"01/2020", "Phê duyệt nhiệm vụ lập quy hoạch", "Thủ tướng Chính phủ"});
  // neither the caption nor the notes are a provision or its text; the closing paragraph is the section's
  const Provision& sec = d.provisions.back();
  REQUIRE(sec.eid == "att_1__sec_I");
  CHECK(sec.text.rfind("Trong quá trình thực hiện Kế hoạch", 0) == 0);
  REQUIRE(sec.children.size() == 2);
  CHECK(sec.children[1].text == "Các Cục, Vụ, Văn phòng Bộ có trách nhiệm thực hiện chức năng nhiệm vụ được giao.");
  CHECK(sec.children[1].children.empty());
}

TEST_CASE("tables30: a time cell printed as a lone year is the row's time, not a stage's number", "[parse][tables30]") {
  std::string plan = plan_836;
  const std::string at = "01/2020\nPhê duyệt";
  REQUIRE(plan.find(at) != std::string::npos);
  plan.replace(plan.find(at), 7, "2020");
  const Document d = parse_text(plan);
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables.front().rows.size() == 7);
  CHECK(d.tables.front().rows[6].cells ==
        std::vector<std::string>{"2020", "Phê duyệt nhiệm vụ lập quy hoạch", "Thủ tướng Chính phủ"});
}

TEST_CASE("tables30: the plan's rows, clauses and closing paragraph give their bodies' tasks", "[link][tables30]") {
  Document d = parse_text(plan_836);
  link(d);
  CHECK(has_on(d, "att_1__sec_I__table_1__tr_5", "Ban Quản lý quy hoạch", Role::lead));
  CHECK(has_on(d, "att_1__sec_I__table_1__tr_5", "Vụ Kế hoạch - Tài chính Bộ Xây dựng", Role::coordinate));
  CHECK(has_on(d, "att_1__sec_I__table_1__tr_6", "Vụ Vật liệu xây dựng Bộ Xây dựng", Role::lead));
  // the column of the body answerable by law is no task's: the Prime Minister's approval row gives none
  for (const Assignment& a : d.assignments) CHECK(a.eid != "att_1__sec_I__table_1__tr_7");
  CHECK(has_on(d, "att_1__sec_I__para_1", "Ban Quản lý quy hoạch", Role::lead));  // "Giao X là cơ quan lập …"
  CHECK(mentioned(d, "Các Cục, Vụ", Role::lead));
  CHECK(has_on(d, "att_1__sec_I", "Thủ trưởng các đơn vị có liên quan", Role::lead));
}
