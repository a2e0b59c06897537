// Link stage: readings from Luật 65/2025 Tổ chức chính quyền địa phương and Luật 135/2025 Xây dựng
// (laws19 session) — each on the real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws19: a body answering to others for nothing named, in what it is, is given no task") {
  // Luật 65/2025/QH15 Điều 6 khoản 1 (its second sentence)
  Document d = one("Quốc hội",
                   "Ủy ban nhân dân ở nơi không tổ chức cấp chính quyền địa phương là cơ quan hành chính nhà nước ở "
                   "địa phương, chịu trách nhiệm trước Nhân dân địa phương và Ủy ban nhân dân cấp trên trực tiếp.",
                   "Luật");
  CHECK(d.assignments.empty());
  // near readings: answering for a work (QĐ 12/2025 Hà Nội Điều 4), and a duty in the description
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Giám đốc Sở là người đứng đầu Sở do Chủ tịch Ủy ban nhân dân Thành phố bổ nhiệm, chịu trách nhiệm "
                   "trước Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân Thành phố và trước pháp luật về thực hiện chức "
                   "năng, nhiệm vụ, quyền hạn của Sở;",
                   "Quyết định");
  CHECK(has(e, "Giám đốc Sở", Role::lead));
  Document f = one("Bộ Tài chính", "Tổng cục Thuế là cơ quan thuộc Bộ Tài chính, chịu trách nhiệm in, phát hành hóa đơn.",
                   "Thông tư");
  CHECK(has(f, "Tổng cục Thuế", Role::lead));
}

TEST_CASE("link laws19: what befalls a body, after bị, is no part of its name and gives no task") {
  // Luật 65/2025/QH15 Điều 36 khoản 6
  Document d = one("Quốc hội",
                   "Đại biểu Hội đồng nhân dân bị kết tội bằng bản án, quyết định của Tòa án thì đương nhiên mất quyền "
                   "đại biểu Hội đồng nhân dân kể từ ngày bản án, quyết định của Tòa án có hiệu lực pháp luật.",
                   "Luật");
  CHECK(d.assignments.empty());
  // near reading: the body's own duty
  Document e = one("Quốc hội", "Đại biểu Hội đồng nhân dân có trách nhiệm tiếp xúc cử tri.", "Luật");
  CHECK(has(e, "Đại biểu Hội đồng nhân dân", Role::lead));
  // (the "bị" of "thiết bị", equipment, is a word of the name)
  Document g = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Trung tâm Kiểm định thiết bị xây dựng có trách nhiệm tổ chức thực hiện việc kiểm định.");
  REQUIRE(g.assignments.size() == 1);
  CHECK(g.assignments[0].mention == "Trung tâm Kiểm định thiết bị xây dựng");
}

TEST_CASE("link laws19: a board managing projects of building investment keeps the projects in its name") {
  // Luật 135/2025/QH15 Điều 41 khoản 2
  Document d = one("Quốc hội", "Ban quản lý dự án đầu tư xây dựng có các nghĩa vụ, trách nhiệm sau đây:", "Luật");
  CHECK(has(d, "Ban quản lý dự án đầu tư xây dựng", Role::lead));
  CHECK_FALSE(has(d, "Ban quản lý dự án", Role::lead));
  // near reading: investing is the verb after a bare board's name
  Document e = one("Quốc hội", "Ban quản lý dự án đầu tư trang thiết bị cho trường học.", "Luật");
  CHECK(has(e, "Ban quản lý dự án", Role::lead));
}

TEST_CASE("link laws19: a grant after a reference that says which bodies is no task") {
  // Luật 135/2025/QH15 Điều 32 khoản 2
  Document d = one("Quốc hội",
                   "Ban quản lý dự án đầu tư xây dựng quy định tại điểm a khoản 1 Điều này được người quyết định đầu tư "
                   "giao quản lý đồng thời hoặc liên tục các dự án thuộc cùng chuyên ngành hoặc trên cùng một địa bàn; "
                   "được thực hiện tư vấn quản lý dự án khi đủ điều kiện, năng lực theo quy định.",
                   "Luật");
  CHECK(d.assignments.empty());
  // near reading: a duty after the reference
  Document e = one("Quốc hội",
                   "Ban quản lý dự án đầu tư xây dựng quy định tại điểm a khoản 1 Điều này có trách nhiệm lập báo cáo "
                   "quyết toán dự án.",
                   "Luật");
  CHECK(has(e, "Ban quản lý dự án đầu tư xây dựng", Role::lead));
}

TEST_CASE("link laws19: a description then its duties after a separator gives the lead") {
  // Luật 65/2025/QH15 Điều 27 khoản 2 (its first sentence)
  Document d = one("Quốc hội",
                   "Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng nhân dân, thực hiện nhiệm vụ, "
                   "quyền hạn theo quy định của Luật này, các nhiệm vụ được Hội đồng nhân dân giao và quy định khác của "
                   "pháp luật có liên quan; chịu trách nhiệm và báo cáo công tác trước Hội đồng nhân dân.",
                   "Luật");
  CHECK(has(d, "Thường trực Hội đồng nhân dân", Role::lead));
  // QĐ 37/2025 Hà Nội Điều 4 khoản 1 điểm c: answering for the work given, after ';'
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phó Chánh Thanh tra là người giúp Chánh Thanh tra thực hiện nhiệm vụ do Chánh Thanh tra phân công; "
                   "chịu trách nhiệm trước Chánh Thanh tra và trước pháp luật về nhiệm vụ được phân công.",
                   "Quyết định");
  CHECK(has(e, "Phó Chánh Thanh tra", Role::lead));
  // near reading: a description alone
  Document f = one("Quốc hội", "Thường trực Hội đồng nhân dân là cơ quan thường trực của Hội đồng nhân dân.", "Luật");
  CHECK(f.assignments.empty());
}

TEST_CASE("link laws19: a body things must be handed over to only receives them") {
  // Luật 135/2025/QH15 Điều 58 khoản 3
  Document d = one("Quốc hội",
                   "Trước khi bàn giao công trình xây dựng, nhà thầu thi công xây dựng phải giao cho chủ đầu tư các tài "
                   "liệu bao gồm bản vẽ hoàn công, quy trình hướng dẫn vận hành, quy trình bảo trì công trình.",
                   "Luật");
  CHECK_FALSE(has(d, "Chủ đầu tư", Role::lead));
  // near reading: handed over with its work after it (QĐ 16/2026 Lào Cai, Điều 14 khoản 2)
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các đơn vị có quyền tiến hành kiểm tra, thiết lập biên bản kiểm tra hiện trạng theo thẩm quyền và bàn "
                   "giao cho cơ quan quản lý chuyên ngành chủ trì, phối hợp với các cơ quan liên quan kịp thời xử lý.",
                   "Quyết định");
  CHECK(has(e, "Cơ quan quản lý chuyên ngành", Role::lead));
}

TEST_CASE("link laws19: the construction law's named bodies keep their whole names") {
  // Luật 135/2025/QH15 Điều 7 khoản 4
  Document d = one("Quốc hội",
                   "Bộ quản lý công trình xây dựng chuyên ngành có trách nhiệm xây dựng, cập nhật các quy chuẩn kỹ thuật "
                   "quốc gia, tiêu chuẩn áp dụng cho công trình xây dựng chuyên ngành.",
                   "Luật");
  CHECK(has(d, "Bộ quản lý công trình xây dựng chuyên ngành", Role::lead));
  // Luật 135/2025/QH15 Điều 57 khoản 4 điểm a
  Document e = one("Quốc hội",
                   "Hội đồng kiểm tra nhà nước về công tác nghiệm thu công trình xây dựng tổ chức kiểm tra công tác nghiệm "
                   "thu đối với công trình xây dựng thuộc dự án quan trọng quốc gia;",
                   "Luật");
  CHECK(has(e, "Hội đồng kiểm tra nhà nước về công tác nghiệm thu công trình xây dựng", Role::supervise));
  CHECK_FALSE(has(e, "Hội đồng", Role::supervise));
}

TEST_CASE("link laws19: a level's kind of area is part of the local government's name") {
  // Luật 65/2025/QH15 Điều 25 khoản 1
  Document d = one("Quốc hội",
                   "Chính quyền địa phương cấp huyện ở hải đảo thực hiện các nhiệm vụ, quyền hạn tương ứng của chính "
                   "quyền địa phương ở huyện, quận, thị xã quy định tại Mục 2 Chương này.",
                   "Luật");
  CHECK(has(d, "Chính quyền địa phương cấp huyện ở hải đảo", Role::lead));
  CHECK_FALSE(has(d, "Chính quyền địa phương cấp huyện", Role::lead));
  // near reading: a place after the level that is no kind of area ends the name
  Document e = one("Quốc hội", "Ủy ban nhân dân cấp huyện ở địa bàn biên giới có trách nhiệm báo cáo.", "Luật");
  CHECK_FALSE(has(e, "Ủy ban nhân dân cấp huyện ở địa bàn biên giới", Role::lead));
}

TEST_CASE("link laws19: who chairs a sitting is a role-holder given the duty") {
  // Luật 65/2025/QH15 Điều 34 khoản 5 (its last clause)
  Document d = one("Quốc hội",
                   "Riêng tại kỳ họp thứ nhất của mỗi khóa Hội đồng nhân dân thì chủ tọa kỳ họp trình Hội đồng nhân dân "
                   "xem xét, quyết định.",
                   "Luật");
  CHECK(has(d, "Chủ tọa kỳ họp", Role::lead));
  // near reading: the chair named as whom a body appoints is no subject
  Document e = one("Quốc hội",
                   "Thường trực Hội đồng nhân dân cấp trên chỉ định chủ tọa kỳ họp của Hội đồng nhân dân cấp dưới.",
                   "Luật");
  CHECK_FALSE(has(e, "Chủ tọa kỳ họp", Role::lead));
}

TEST_CASE("link laws19: the supervision of building works, by who is hired for it, is no oversight of the duty holder") {
  // Luật 135/2025/QH15 Điều 60 khoản 2, with its first points
  Document d;
  d.meta.doc_type = "Luật";
  d.meta.issuer = "Quốc hội";
  d.provisions.push_back(
      prov("para_2", "Chủ đầu tư có các nghĩa vụ, trách nhiệm sau đây:",
           {prov("para_2__point_a", "Thuê tư vấn giám sát để thực hiện giám sát thi công xây dựng công trình phù hợp với "
                                    "loại, cấp công trình xây dựng trong trường hợp không tự thực hiện giám sát thi công "
                                    "xây dựng;"),
            prov("para_2__point_b", "Thông báo cho các bên liên quan về quyền và nghĩa vụ của tư vấn giám sát;"),
            prov("para_2__point_c", "Xử lý kịp thời đề xuất của người giám sát;")}));
  link(d);
  CHECK(has(d, "Chủ đầu tư", Role::lead));
  CHECK_FALSE(has(d, "Chủ đầu tư", Role::supervise));
  // near reading: overseeing others' carrying out is oversight
  Document e;
  e.meta.doc_type = "Luật";
  e.meta.issuer = "Quốc hội";
  e.provisions.push_back(prov("para_2", "Chủ đầu tư có các nghĩa vụ, trách nhiệm sau đây:",
                              {prov("para_2__point_a", "Giám sát việc thực hiện hợp đồng xây dựng;")}));
  link(e);
  CHECK(has(e, "Chủ đầu tư", Role::supervise));
}

TEST_CASE("link laws19: the mode a body works in is no task") {
  // Luật 65/2025/QH15 Điều 4 khoản 1 (its second sentence)
  Document d = one("Quốc hội", "Hội đồng nhân dân làm việc theo chế độ tập thể và quyết định theo đa số.", "Luật");
  CHECK(d.assignments.empty());
  // near reading: work the body does
  Document e = one("Quốc hội", "Hội đồng nhân dân làm việc với các cơ quan liên quan để giải quyết kiến nghị.", "Luật");
  CHECK(has(e, "Hội đồng nhân dân", Role::lead));
}
