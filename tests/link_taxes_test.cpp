// Link stage: the tax offices that circulars of Bộ Tài chính give duties by their role ("cơ quan thuế trực
// tiếp quản lý", "Cơ quan thuế các cấp") — sentences of TT 99/1998/TT-BTC and TT 120/2002/TT-BTC.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link.taxes: 'cơ quan thuế trực tiếp quản lý' is one body, not the sector's 'cơ quan thuế'", "[link][taxes]") {
  // TT 99/1998/TT-BTC, C.II.4
  Document d = one("Bộ Tài chính",
                   "Sau khi xem xét đề nghị của cơ sở sản xuất, kinh doanh, cơ quan thuế trực tiếp quản lý có thông "
                   "báo cho cơ sở sản xuất kinh doanh số thuế tạm nộp cả năm (điều chỉnh) và số thuế còn phải nộp "
                   "trong hai quý cuối năm.",
                   "Thông tư");
  CHECK(mention_of(d, "Cơ quan thuế trực tiếp quản lý", Role::lead) == "cơ quan thuế trực tiếp quản lý");
  CHECK_FALSE(has(d, "Cơ quan thuế", Role::lead));
}

TEST_CASE("link.taxes: 'Cơ quan thuế các cấp' is one collective, no 'Các cấp' of its own", "[link][taxes]") {
  // TT 99/1998/TT-BTC, E.II; TT 120/2002/TT-BTC, B.VII.1.1
  Document d = one("Bộ Tài chính",
                   "Cơ quan thuế các cấp khi phát hiện các cơ sở kinh doanh vi phạm về Luật thuế thu nhập doanh "
                   "nghiệp phải kiểm tra xác định rõ hành vi vi phạm, lập hồ sơ theo quy định.",
                   "Thông tư");
  CHECK(has(d, "Cơ quan thuế các cấp", Role::lead));
  CHECK_FALSE(has(d, "Các cấp", Role::lead));
  // the competence to deal with violations is a power, not a task (TT 120/2002/TT-BTC, C.5)
  Document p = one("Bộ Tài chính",
                   "Cơ quan thuế, cơ quan thanh tra chuyên ngành tài chính có thẩm quyền xử lý các hành vi vi phạm "
                   "về in, phát hành, sử dụng, quản lý hoá đơn.",
                   "Thông tư");
  CHECK(p.assignments.empty());
}

TEST_CASE("link.taxes: 'bàn với', 'ngoài việc' end a name ('Cục thuế bàn với …')", "[link][taxes]") {
  // TT 99/1998/TT-BTC, B.III.3.b
  Document d = one("Bộ Tài chính",
                   "Cục thuế bàn với cơ quan lao động tỉnh, thành phố căn cứ vào chế độ tiền lương áp dụng đối với "
                   "doanh nghiệp Nhà nước, tình hình giá cả tại địa phương để xác định mức bình quân tiền lương.",
                   "Thông tư");
  CHECK(mention_of(d, "Cục thuế", Role::lead) == "Cục thuế");
  // TT 99/1998/TT-BTC, Đ.III.3
  Document e = one("Bộ Tài chính",
                   "Các quyết định miễn thuế, giảm thuế của Chi cục trưởng Chi cục Thuế, Cục Trưởng Cục Thuế ngoài "
                   "việc gửi cho cơ sở kinh doanh phải gửi báo cáo Tổng cục Thuế.",
                   "Thông tư");
  CHECK(mention_of(e, "Cục Trưởng Cục Thuế", Role::lead) == "Cục Trưởng Cục Thuế");
}
