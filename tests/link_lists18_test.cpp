// Link stage: where a name ends inside lists of bodies — the bodies stationed in an area ("cơ quan, đơn
// vị đóng trên địa bàn Thành phố", QĐ 35/2024 Hà Nội), a bare head listed with others ("Ngân hàng, Kho
// bạc, tổ chức tín dụng", TT 99/1998/TT-BTC) and a run of posts ("Chi cục trưởng Chi cục Thuế, đội
// trưởng Đội thuế các địa phương", TT 120/2002/TT-BTC); and a passive agent listed with persons ("được
// cơ quan …, nhân viên thú y hướng dẫn, giám sát, kiểm tra", TT 09/2016/TT-BNNPTNT).
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link lists18: the bodies stationed in the area close a semicolon list and propose", "[link][lists18]") {
  // QĐ 35/2024/QĐ-UBND Hà Nội, Quy chế, Điều 5.1 (its glyphs restored)
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy ban nhân dân "
                   "các quận, huyện, thị xã; các cơ quan, đơn vị thuộc Thành phố; cơ quan, đơn vị đóng trên địa bàn "
                   "Thành phố xét, đề nghị Ủy ban nhân dân Thành phố xét, tặng thưởng.",
                   "Quyết định");
  bool stationed = false;
  for (const Assignment& a : d.assignments)
    if (a.mention == "cơ quan, đơn vị đóng trên địa bàn Thành phố" && a.role == Role::lead) stationed = true;
  CHECK(stationed);
  CHECK(has(d, "Các cơ quan, đơn vị thuộc thành phố Hà Nội", Role::lead));
  CHECK(has(d, "Ủy ban nhân dân các quận, huyện, thị xã", Role::lead));
  // the one asked to award decides: no task
  CHECK_FALSE(has(d, "Ủy ban nhân dân thành phố Hà Nội", Role::lead));
}

TEST_CASE("link lists18: 'các cơ quan, đơn vị đóng trên địa bàn' keeps its area in the name", "[link][lists18]") {
  // QĐ 35/2024/QĐ-UBND Hà Nội, Quy chế, Điều 12.2
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Đề nghị các cơ quan, đơn vị đóng trên địa bàn Thành phố phối hợp, giới thiệu các cá nhân có "
                   "thành tích xuất sắc, tiêu biểu để Ủy ban nhân dân Thành phố xét, tặng thưởng danh hiệu.",
                   "Quyết định");
  bool whole = false;
  for (const Assignment& a : d.assignments)
    if (a.mention == "các cơ quan, đơn vị đóng trên địa bàn Thành phố") whole = true;
  CHECK(whole);
  CHECK_FALSE(has(d, "Các cơ quan, đơn vị", Role::lead));
}

TEST_CASE("link lists18: a bare 'Ngân hàng' listed before 'Kho bạc' is a body of its own", "[link][lists18]") {
  // TT 99/1998/TT-BTC, E.I.4.a
  Document d = one("Bộ Tài chính",
                   "Trích tiền gửi của đối tượng nộp thuế tại Ngân hàng, Kho bạc, tổ chức tín dụng để nộp thuế, nộp "
                   "phạt; Ngân hàng, Kho bạc, tổ chức tín dụng có trách nhiệm trích tiền từ tài khoản tiền gửi của "
                   "đối tượng nộp thuế để nộp thuế, nộp phạt vào Ngân sách Nhà nước.",
                   "Thông tư");
  CHECK(mention_of(d, "Ngân hàng", Role::lead) == "Ngân hàng");
  CHECK_FALSE(has(d, "Ngân hàng, Kho bạc", Role::lead));
  // near reading: a field after the comma, then the name, stays one body
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội có trách nhiệm tổ chức hội nghị.",
                   "Quyết định");
  CHECK(e.assignments.size() == 1);
}

TEST_CASE("link lists18: a team leader after a sub-department head is a post of its own", "[link][lists18]") {
  // TT 120/2002/TT-BTC, B.V.1.1
  Document d = one("Bộ Tài chính",
                   "Cục trưởng Cục Thuế, Chi cục trưởng Chi cục Thuế, đội trưởng Đội thuế các địa phương phải có "
                   "trách nhiệm chỉ đạo cán bộ thuế tại địa phương kiểm tra và trả lời các nội dung theo yêu cầu.",
                   "Thông tư");
  CHECK(mention_of(d, "Chi cục trưởng Chi cục Thuế", Role::lead) == "Chi cục trưởng Chi cục Thuế");
  for (const Assignment& a : d.assignments) CHECK(a.mention.find("đội trưởng") == std::string::npos);
}

TEST_CASE("link lists18: 'ban hành' after an inspecting head is its verb, not a 'Ban'", "[link][lists18]") {
  // TT 09/2016/TT-BNNPTNT, Điều 37.6.d
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Đối với cơ sở không phải lấy mẫu: Trưởng đoàn kiểm tra gửi Biên bản kiểm tra đến Thủ trưởng cơ "
                   "quan kiểm tra quy định tại khoản 1 Điều này; căn cứ Biên bản kiểm tra, Thủ trưởng cơ quan kiểm "
                   "tra ban hành Kết luận kết quả kiểm tra vệ sinh thú y theo Mẫu 07e quy định tại Phụ lục II ban "
                   "hành kèm theo Thông tư này.",
                   "Thông tư");
  CHECK(mention_of(d, "Thủ trưởng cơ quan kiểm tra", Role::lead) == "Thủ trưởng cơ quan kiểm tra");
  for (const Assignment& a : d.assignments) CHECK(a.mention.find("ban hành") == std::string::npos);
}

TEST_CASE("link lists18: 'được' a body and the persons with it, then oversight verbs: lead and supervise", "[link][lists18]") {
  // TT 09/2016/TT-BNNPTNT, Điều 10.1
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Việc xử lý vệ sinh thú y đối với động vật, sản phẩm động vật phải thực hiện ngay và được cơ quan "
                   "quản lý chuyên ngành chăn nuôi và thú y, nhân viên thú y hướng dẫn, giám sát, kiểm tra.",
                   "Thông tư");
  CHECK(has(d, "Cơ quan quản lý chuyên ngành chăn nuôi và thú y", Role::lead));
  CHECK(has(d, "Cơ quan quản lý chuyên ngành chăn nuôi và thú y", Role::supervise));
}
