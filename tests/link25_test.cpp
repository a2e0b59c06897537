// Link stage (session 25, from held-out batch 8's decisions of Bộ Y tế and a Lào Cai letter): "Các
// Ông/Bà" before the offices of a closing article; the social insurance agency named by its role;
// a letter's last request opened by "Căn cứ nội dung chỉ đạo trên".
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link25: 'Các Ông/Bà' before the offices of a closing article", "[link][link25]") {
  Document d = one("Bộ Y tế",
                   "Các Ông/Bà Chánh Văn phòng Bộ Y tế, Vụ trưởng Vụ Bảo hiểm y tế, Cục trưởng các Cục thuộc Bộ Y tế và "
                   "Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(d, "Chánh Văn phòng Bộ Y tế", Role::lead));
  CHECK(has(d, "Thủ trưởng các đơn vị có liên quan", Role::lead));
  // (the head of one kind of unit alone, then another office: "Cục trưởng các Cục thuộc Bộ Y tế và …")
  CHECK(has(d, "Cục trưởng các Cục thuộc Bộ Y tế", Role::lead));
  // "Các ông (bà):" with its colon reads the same
  Document e = one("Bộ Y tế", "Các ông (bà): Chánh Văn phòng Bộ Y tế, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm "
                              "thi hành Quyết định này./.",
                   "Quyết định");
  CHECK(has(e, "Chánh Văn phòng Bộ Y tế", Role::lead));
  // a person named before them is no form of address
  Document f = one("Bộ Y tế", "Bà Nguyễn Thị Kim Tiến gửi Chánh Văn phòng Bộ Y tế chịu trách nhiệm thi hành Quyết định này.",
                   "Quyết định");
  CHECK_FALSE(has(f, "Chánh Văn phòng Bộ Y tế", Role::lead));
}

TEST_CASE("link25: the social insurance agency by its role is a body of its own in a list", "[link][link25]") {
  Document d = one("Bộ Y tế",
                   "Các cơ sở khám bệnh, chữa bệnh và cơ quan bảo hiểm xã hội có trách nhiệm hoàn thiện phần mềm để khai "
                   "thác, sử dụng được bộ mã danh mục dùng chung.",
                   "Quyết định");
  CHECK(has(d, "Các cơ sở khám bệnh, chữa bệnh", Role::lead));
  CHECK(has(d, "Cơ quan bảo hiểm xã hội", Role::lead));
  // a list that goes on with a related item stays one collective
  Document e = one("Bộ Y tế", "Các cơ quan, đơn vị có liên quan có trách nhiệm thực hiện.", "Quyết định");
  CHECK(has(e, "Các cơ quan, đơn vị có liên quan", Role::lead));
  // the insurance itself is no body
  Document f = one("Bộ Y tế", "Người lao động tham gia bảo hiểm xã hội bắt buộc theo quy định.", "Quyết định");
  CHECK(f.assignments.empty());
}

TEST_CASE("link25: a letter's last request opened by 'Căn cứ nội dung chỉ đạo trên'", "[link][link25]") {
  Document d;
  d.meta.doc_type = "Công văn";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  d.body.push_back({"Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, cơ quan, đơn vị, Ủy ban nhân dân các xã, "
                    "phường triển khai thực hiện./.",
                    32});
  // a basis that asks nothing stays a basis
  d.body.push_back({"Căn cứ Nghị định số 180/2026/NĐ-CP, Sở Tài chính đã ban hành hướng dẫn.", 33});
  link(d);
  CHECK(has(d, "Ủy ban nhân dân các xã, phường", Role::lead));
  CHECK_FALSE(has(d, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link25: a department named by two fields with a comma keeps its 'giám sát'", "[link][link25]") {
  // TT 43/2023/TT-BTC Điều 9: the offices carry the circular out; none of them supervises
  Document d = one("Bộ Tài chính",
                   "Chánh Văn phòng Bộ Tài chính, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý Giá, Cục trưởng Cục Quản "
                   "lý, giám sát kế toán, kiểm toán, Tổng cục trưởng Tổng cục Thuế và các tổ chức, cá nhân có liên quan "
                   "chịu trách nhiệm thi hành Thông tư này./.",
                   "Thông tư");
  CHECK(has(d, "Chánh Văn phòng Bộ Tài chính", Role::lead));
  CHECK_FALSE(has(d, "Chánh Văn phòng Bộ Tài chính", Role::supervise));
  bool unit = false;
  for (const Assignment& a : d.assignments)
    unit = unit || (a.role == Role::lead && a.mention == "Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán");
  CHECK(unit);
}

TEST_CASE("link25: an article that hands powers down to a body names who carries them out", "[link][link25]") {
  // QĐ 28/2025/QĐ-UBND Lào Cai: "Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau"
  Provision a;
  a.kind = ProvisionKind::article;
  a.eid = "art_4";
  a.num = "4";
  a.heading = "Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau";
  a.children = {prov("art_4__para_1", "Quản lý an toàn thực phẩm trong suốt quá trình sản xuất, chế biến, bảo quản."),
                prov("art_4__para_2", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.")};
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  d.provisions.push_back(a);
  link(d);
  bool on_article = false;
  for (const Assignment& x : d.assignments)
    on_article = on_article || (x.eid == "art_4" && x.role == Role::lead && x.agency == "Sở Y tế tỉnh Lào Cai");
  CHECK(on_article);
  // a heading that only speaks of delegation names no one
  a.heading = "Đẩy mạnh phân cấp cho Sở Y tế";
  Document e;
  e.meta = d.meta;
  e.provisions.push_back(a);
  link(e);
  CHECK_FALSE(has(e, "Sở Y tế tỉnh Lào Cai", Role::lead));
}

TEST_CASE("link25: a board of a programme keeps 'Chương trình' in its name", "[link][link25]") {
  // QĐ 1215/QĐ-BNN-TCCB 2014: "Ban chỉ đạo Chương trình UN-REDD Việt Nam giai đoạn II"
  Document d = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban chỉ đạo Chương trình UN-REDD Việt Nam giai đoạn II có trách nhiệm chỉ đạo thực hiện Chương trình.",
                   "Quyết định");
  bool whole = false;
  for (const Assignment& a : d.assignments)
    whole = whole || (a.role == Role::lead && a.mention == "Ban chỉ đạo Chương trình UN-REDD Việt Nam giai đoạn II");
  CHECK(whole);
  // the verb "trình" after a name still ends it
  Document e = one("Bộ Nông nghiệp và Phát triển nông thôn",
                   "Ban quản lý các dự án Lâm nghiệp trình Bộ trưởng phê duyệt kế hoạch hằng năm.", "Quyết định");
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("trình") == std::string::npos);
}
