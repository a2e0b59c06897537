// Link stage on local documents (decisions of provinces, Party resolutions):
// a standing committee printed in lower case, diplomatic missions as a class,
// a preposition after the last object of a list — each on the real corpus
// sentence, with a near reading that must still assign.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link local2: 'Giao ban thường vụ các tỉnh uỷ …' in lower case hands the work") {
  // NQ 60-NQ/TW 2025, mục 5
  Document d = one("Ban Chấp hành Trung ương Đảng",
                   "Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương tập trung lãnh đạo, chỉ "
                   "đạo và khẩn trương xây dựng Đề án theo hướng dẫn của cấp có thẩm quyền thực hiện sắp xếp đơn vị "
                   "hành chính cấp tỉnh, không tổ chức cấp huyện, sắp xếp cấp xã.",
                   "Nghị quyết");
  bool found = false;
  for (const Assignment& a : d.assignments)
    found = found || (a.role == Role::lead && fold_key(a.mention) == fold_key("ban thường vụ các tỉnh ủy, thành ủy, đảng ủy "
                                                                             "trực thuộc Trung ương"));
  CHECK(found);
}

TEST_CASE("link local2: the missions abroad in a list of partners are no subject") {
  // QĐ 19/2025/QĐ-UBND Hà Nội, Quy định Điều 2 khoản 13 điểm b
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Là đầu mối của Ủy ban nhân dân Thành phố trong trao đổi, hợp tác với Bộ Ngoại giao và các cơ quan "
                   "đại diện Việt Nam ở nước ngoài, các cơ quan đại diện nước ngoài tại Việt Nam trong việc quảng bá, "
                   "giới thiệu tiềm năng, thế mạnh của Thành phố.",
                   "Quyết định");
  CHECK(d.assignments.empty());
  // near reading: the missions as the subject of a duty
  Document e = one("Chính phủ",
                   "Các cơ quan đại diện Việt Nam ở nước ngoài có trách nhiệm hỗ trợ doanh nghiệp tìm hiểu thị trường.",
                   "Nghị định");
  CHECK(!e.assignments.empty());
}

TEST_CASE("link local2: the last object of a list before 'về việc' is no subject") {
  // QĐ 19/2025/QĐ-UBND Hà Nội, Quy định Điều 2 khoản 3 điểm a
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Tổng hợp đề nghị của các sở, cơ quan thuộc Ủy ban nhân dân Thành phố, Ủy ban nhân dân cấp huyện, "
                   "cơ quan, tổ chức liên quan về việc xây dựng chương trình, kế hoạch công tác.",
                   "Quyết định");
  CHECK(d.assignments.empty());
}
