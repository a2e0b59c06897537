// Link stage: readings from laws and the Government's decrees (Luật 69/2025,
// NĐ 29/1998, NĐ 109/2004, NĐ 114/2003) — each on the real corpus sentence,
// with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link laws: a described body closing a list of subjects shares their verb and its role") {
  // Luật Hóa chất 69/2025/QH15 Điều 31 khoản 6: inspecting the carrying out is oversight, for each of the three
  Document d = one("Quốc hội",
                   "Bộ, cơ quan ngang Bộ, Ủy ban nhân dân cấp tỉnh và cơ quan có thẩm quyền có trách nhiệm thanh tra, "
                   "kiểm tra việc thực hiện quy định về quản lý hóa chất nguy hiểm trong sản phẩm, hàng hóa của tổ "
                   "chức, cá nhân trong phạm vi nhiệm vụ, quyền hạn của mình.",
                   "Luật");
  CHECK(has(d, "Bộ, cơ quan ngang Bộ", Role::supervise));
  CHECK(has(d, "Ủy ban nhân dân cấp tỉnh", Role::supervise));
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::supervise));
  CHECK_FALSE(has(d, "Ủy ban nhân dân cấp tỉnh", Role::lead));
  // near reading: a described body after "và" closing a list of objects is one of them
  Document e = one("Quốc hội",
                   "Tổ chức, cá nhân gửi hồ sơ đến Ủy ban nhân dân cấp tỉnh và cơ quan có thẩm quyền có trách nhiệm "
                   "giải quyết theo quy định.",
                   "Luật");
  CHECK_FALSE(has(e, "Ủy ban nhân dân cấp tỉnh", Role::lead));
}

TEST_CASE("link laws: two collectives each with its own 'các' are two bodies, 'các ngành, các cấp' one") {
  // NĐ 29/1998/NĐ-CP Quy chế Điều 15 khoản 3
  Document d = one("Chính phủ",
                   "Phối hợp với các tổ chức kinh tế, Mặt trận Tổ quốc, các đoàn thể, các hội hướng dẫn nhân dân phát "
                   "triển kinh tế, cải thiện đời sống, giữ gìn trật tự an toàn xã hội.",
                   "Nghị định");
  CHECK(mention_of(d, "Các đoàn thể", Role::coordinate) == "các đoàn thể");
  // near reading: the set phrase stays one collective (NĐ 29/1998 Điều 18)
  Document e = one("Chính phủ", "Các cấp, các ngành có trách nhiệm thực hiện Quy chế này.", "Nghị định");
  CHECK(mention_of(e, "Các cấp, các ngành", Role::lead) == "Các cấp, các ngành");
}

TEST_CASE("link laws: 'Đối tượng điều chỉnh' names whom the decree governs, no task") {
  // NĐ 114/2003/NĐ-CP Điều 2: the posts of the commune's cadres
  Document d = headed("Chính phủ", "Nghị định", "Đối tượng điều chỉnh",
                      "Bí thư, Phó Bí thư đảng ủy, Thường trực đảng ủy (nơi không có Phó Bí thư chuyên trách công tác "
                      "đảng), Bí thư, Phó Bí thư chi bộ (nơi chưa thành lập đảng ủy cấp xã);");
  CHECK(d.assignments.empty());
  // near reading: a duties heading over a body's clause assigns
  Document e = headed("Chính phủ", "Nghị định", "Trách nhiệm thi hành",
                      "Thường trực đảng ủy có trách nhiệm kiểm tra việc thực hiện Nghị định này.");
  CHECK_FALSE(e.assignments.empty());
}

namespace {
Document tree(std::string parent, std::string child) {
  Document d;
  d.meta.doc_type = "Nghị định";
  d.meta.issuer = "Chính phủ";
  d.provisions.push_back(prov("para_1", std::move(parent), {prov("para_1__point_a", std::move(child))}));
  link(d);
  return d;
}
}  // namespace

TEST_CASE("link laws: what a body is made of, listed after 'bao gồm', is no duty") {
  // NĐ 109/2004/NĐ-CP Điều 3 khoản 1: the offices of business registration
  Document d = tree("Cơ quan đăng ký kinh doanh được tổ chức ở tỉnh, thành phố trực thuộc Trung ương (sau đây gọi "
                    "chung là cấp tỉnh) và ở huyện, quận, thị xã, thành phố thuộc tỉnh (sau đây gọi chung là cấp "
                    "huyện), bao gồm:",
                    "Phòng đăng ký kinh doanh trong Sở Kế hoạch và Đầu tư (sau đây gọi chung là Phòng đăng ký kinh "
                    "doanh cấp tỉnh).");
  CHECK(on(d, "para_1__point_a").empty());
  // near reading: a task's sentence closed by ", gồm:" lists who does what (NQ 47/2024 An Phú)
  Document e = tree("Tăng cường công tác thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về thực hiện dân chủ ở "
                    "cơ sở, gồm:",
                    "Các cơ quan, đơn vị, địa phương chủ động xây dựng và triển khai kế hoạch, chương trình phổ biến, "
                    "giáo dục pháp luật về thực hiện dân chủ ở cơ sở.");
  CHECK_FALSE(on(e, "para_1__point_a").empty());
}

TEST_CASE("link laws: a collective after the objects' comma and before 'hoặc' is one more object") {
  // Kế hoạch CNTT 1998-2000 Lâm Đồng: the data the subsystem draws on
  Document d = one("Tỉnh ủy Lâm Đồng",
                   "Phân hệ lưu trữ và khai thác thông tin có nhiệm vụ tạo cơ sở dữ liệu tập trung đồng thời khai thác "
                   "thông tin trong các CSDL của các đơn vị, các ngành ở địa phương hoặc dự liệu từ Trung ương bảo đảm "
                   "thông tin phục vụ sự lãnh đạo, điều hành công việc hàng ngày.",
                   "Kế hoạch");
  CHECK(d.assignments.empty());
}

TEST_CASE("link laws: a collective's level after 'ở cấp' belongs to it, before its delegation") {
  // NĐ 114/2003/NĐ-CP Điều 7 khoản 1: the standards the central organisations set
  Document d = one("Chính phủ",
                   "Tiêu chuẩn cụ thể của cán bộ chuyên trách cấp xã làm việc trong các tổ chức chính trị, tổ chức "
                   "chính trị - xã hội do các tổ chức chính trị, tổ chức chính trị - xã hội ở cấp Trung ương quy định.",
                   "Nghị định");
  CHECK(mention_of(d, "Các tổ chức chính trị, tổ chức chính trị - xã hội ở cấp Trung ương", Role::lead) ==
        "các tổ chức chính trị, tổ chức chính trị - xã hội ở cấp Trung ương");
  // near reading: where the cadres work (after "trong") is no delegate
  CHECK(d.assignments.size() == 1);
}
