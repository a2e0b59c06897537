// Link stage: role-holders named by their part in the work ("cơ quan chủ trì", "cơ quan quản lý chuyên
// ngành", "cơ quan có thẩm quyền kiểm tra") as the subject of a duty, and the powers of a described head
// ("Thủ trưởng Cơ quan chủ trì tổ chức điều tra thống kê được quyết định …") that assign nothing (the
// roles16 session) — each on the real corpus sentence, with a near reading.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles16: 'cơ quan chủ trì' with a step and no other predicate is the lead body") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 2
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(issuer,
                   "Các quyết định, văn bản, hướng dẫn, xử lý, kết luận, kiến nghị liên quan đến quản lý và hoạt động "
                   "của cụm công nghiệp thì cơ quan chủ trì gửi Sở Công Thương 01 (một) bản để tổng hợp phục vụ công "
                   "tác quản lý nhà nước.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan chủ trì", Role::lead) == "cơ quan chủ trì");
  CHECK(!has(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  // near reading: the role with the work it leads, then its own predicate (QĐ 11/2026 Lào Cai, Điều 13)
  Document e = one(issuer,
                   "Trường hợp hồ sơ chưa đủ điều kiện thì cơ quan chủ trì thẩm định có trách nhiệm thông báo cho "
                   "người đề nghị thẩm định.",
                   "Quyết định");
  CHECK(has(e, "Cơ quan chủ trì thẩm định", Role::lead));
}

TEST_CASE("link roles16: a described body after a fronted phrase gives notice as its predicate") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 2 khoản 3
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Căn cứ vào kế hoạch, chương trình hoạt động liên quan đến công tác quản lý nhà nước đối với cụm "
                   "công nghiệp do các cơ quan quản lý chuyên ngành lập hoặc được giao hằng năm, cơ quan quản lý "
                   "chuyên ngành thông báo nội dung để Sở Công Thương tổng hợp làm cơ sở bố trí phối hợp thực hiện "
                   "quản lý cụm công nghiệp trong năm.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan quản lý chuyên ngành", Role::lead) == "cơ quan quản lý chuyên ngành");
}

TEST_CASE("link roles16: the verb of a competence names the body, 'phối hợp' after it is its predicate") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 15 khoản 2
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Cơ quan có thẩm quyền kiểm tra phối hợp với Sở Công Thương, Ủy ban nhân dân cấp xã và đơn vị có "
                   "liên quan khi tiến hành kiểm tra; có trách nhiệm hướng dẫn, chấn chỉnh chủ đầu tư xây dựng hạ tầng "
                   "kỹ thuật và nhà đầu tư thứ cấp trong cụm công nghiệp.",
                   "Quyết định");
  CHECK(has(d, "Cơ quan có thẩm quyền kiểm tra", Role::lead));
  // near reading: a light verb with its complement is the predicate (NĐ 14/2026/NĐ-CP, Điều 61)
  Document e = one("Chính phủ",
                   "Cơ quan có thẩm quyền tổ chức kiểm tra thực tế cơ sở đào tạo, lập biên bản theo Mẫu số 02.",
                   "Nghị định");
  for (const Assignment& a : e.assignments) CHECK(a.mention.find("tổ chức") == std::string::npos);
}

TEST_CASE("link roles16: a described head's grant or power after the work it leads assigns nothing") {
  // NQ 08/2017/NQ-HĐND Bắc Giang, Điều 1 khoản 3 điểm a
  const std::string issuer = "Hội đồng nhân dân tỉnh Bắc Giang";
  Document d = one(issuer,
                   "Thủ trưởng Cơ quan chủ trì tổ chức điều tra thống kê được quyết định mức khoán cụ thể đối với mỗi "
                   "hoạt động nêu trên cho phù hợp. Thủ trưởng Cơ quan, đơn vị nhận giao khoán được quyết định nội "
                   "dung và mức chi trong phạm vi kinh phí được giao khoán để đảm bảo thực hiện nhiệm vụ.",
                   "Nghị quyết");
  CHECK(d.assignments.empty());
  // near reading: the same role with a duty is assigned (NQ 53/2017 Hòa Bình, Điều 6)
  Document e = one("Hội đồng nhân dân tỉnh Hòa Bình",
                   "Cơ quan, đơn vị chủ trì tổ chức hội nghị có trách nhiệm bố trí nơi nghỉ cho đại biểu.",
                   "Nghị quyết");
  CHECK(!e.assignments.empty());
}

TEST_CASE("link roles16: the items of a list of cases direct no one, the lead-in may") {
  // TT 56/2024/TT-BTC, Điều 4 khoản 2
  Document d;
  d.meta.doc_type = "Thông tư";
  d.meta.issuer = "Bộ Tài chính";
  Provision p = prov("art_4__para_2", "Miễn phí đối với các trường hợp sau:",
                     {prov("art_4__para_2__point_b",
                           "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
                           "các tỉnh, thành phố trực thuộc Trung ương có văn bản đề nghị khai thác, sử dụng thông tin, "
                           "dữ liệu đất đai từ Hệ thống thông tin quốc gia về đất đai để phục vụ:")});
  d.provisions.push_back(std::move(p));
  link(d);
  CHECK(d.assignments.empty());
  // near reading: the lead-in's own duty stays (Luật 135/2025/QH15 Xây dựng, Điều 43 khoản 2)
  Document e;
  e.meta.doc_type = "Luật";
  e.meta.issuer = "Quốc hội";
  Provision q = prov("art_43__para_2",
                     "Trước khi khởi công xây dựng công trình, chủ đầu tư phải có giấy phép xây dựng trừ các trường hợp "
                     "sau đây:",
                     {prov("art_43__para_2__point_b",
                           "Công trình thuộc dự án đầu tư công được Thủ tướng Chính phủ, Kiểm toán nhà nước, Văn phòng "
                           "Quốc hội quyết định đầu tư;")});
  e.provisions.push_back(std::move(q));
  link(e);
  bool lead_in = false;
  for (const Assignment& a : e.assignments) {
    CHECK(a.eid == "art_43__para_2");
    lead_in = lead_in || a.eid == "art_43__para_2";
  }
  CHECK(lead_in);
}

TEST_CASE("link roles16: the fee collector 'Tổ chức thu phí' with a duty after it is its subject") {
  // TT 56/2024/TT-BTC, Điều 5 khoản 2
  Document d = one("Bộ Tài chính",
                   "Chậm nhất là ngày 05 hàng tháng, tổ chức thu phí phải gửi số tiền phí đã thu của tháng trước vào "
                   "tài khoản phí chờ nộp ngân sách của tổ chức thu phí mở tại Kho bạc Nhà nước.",
                   "Thông tư");
  CHECK(mention_of(d, "Tổ chức thu phí", Role::lead) == "tổ chức thu phí");
  // near reading: the verb "tổ chức" with its work, no duty after it, names no body
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Tổ chức thu phí đúng quy định.", "Quyết định");
  for (const Assignment& a : e.assignments) CHECK(a.agency != "Tổ chức thu phí");
}
