// Link, session 32: a ministry's implementing article, its heads of hospitals and of other ministries' health
// services (held-out QĐ 6556/QĐ-BYT), and what the blind batches of the session taught.
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link32: heads of the hospitals under the ministry and of other ministries' health services",
          "[link][link32]") {
  // QĐ 6556/QĐ-BYT Điều 5, abridged: before, "Thủ trưởng" stood alone and the rest of the list was lost
  Document d = one("Bộ Y tế",
                   "Các ông (bà): Chánh văn phòng Bộ, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, "
                   "Thủ trưởng y tế các Bộ, ngành, Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế "
                   "và các tổ chức, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(has(d, "Thủ trưởng y tế các Bộ, ngành", Role::lead));
  CHECK(has(d, "Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế", Role::lead));
  CHECK(has(d, "Các tổ chức, đơn vị, cá nhân có liên quan", Role::lead));
  CHECK_FALSE(has(d, "Thủ trưởng", Role::lead));
  // the common spelling, in lower case with a comma, reads the same
  Document e = one("Bộ Y tế",
                   "Chánh Văn phòng Bộ, Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế, Thủ trưởng "
                   "các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.");
  CHECK(mention_of(e, "Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế", Role::lead) ==
        "Giám đốc các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế");
  CHECK(has(e, "Thủ trưởng các đơn vị có liên quan", Role::lead));
  // without "các" the other ministries' health heads stay one name, as QĐ 1227/QĐ-BYT prints them
  Document f = one("Bộ Y tế",
                   "Chánh Văn phòng Bộ, Thủ trưởng Y tế Bộ, ngành và Thủ trưởng các đơn vị liên quan chịu trách "
                   "nhiệm thi hành quyết định này.");
  CHECK(has(f, "Thủ trưởng Y tế Bộ, ngành", Role::lead));
}

TEST_CASE("link32: units of a kind under the body they belong to, 'các Trung tâm trực thuộc Sở Y tế'",
          "[link][link32]") {
  // before, the name was cut after "trực" and the items after it were lost
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Trung tâm trực thuộc Sở Y tế và Thủ trưởng các "
                   "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.");
  CHECK(mention_of(d, "Giám đốc các Trung tâm trực thuộc Sở Y tế tỉnh Lào Cai", Role::lead) ==
        "Giám đốc các Trung tâm trực thuộc Sở Y tế");
  CHECK(has(d, "Thủ trưởng các đơn vị có liên quan", Role::lead));
}

TEST_CASE("link32: a unit named by the department it belongs to is in the department's province",
          "[link][link32]") {
  // NQ 28/2017/NQ-HĐND Trà Vinh: "Văn phòng đăng ký đất đai thuộc Sở Tài nguyên và Môi trường" — the gold
  // writes the province after it, as for the department itself
  Document d = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường chủ trì thực hiện. Các đơn vị trực "
                   "thuộc Sở Y tế triển khai thực hiện.");
  CHECK(has(d, "Chi cục Quản lý đất đai thuộc Sở Tài nguyên và Môi trường tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Các đơn vị trực thuộc Sở Y tế tỉnh Lào Cai", Role::lead));
  // the bare "thuộc Sở" of a department's own text is the issuer, already named
  Document e = one("Sở Công Thương tỉnh Lào Cai",
                   "Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(e, "Trưởng các phòng, đơn vị thuộc Sở Công Thương tỉnh Lào Cai", Role::lead));
  // and a ministry's units keep their ministry
  Document f = one("Bộ Y tế", "Thủ trưởng các đơn vị trực thuộc Bộ Y tế chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(f, "Thủ trưởng các đơn vị trực thuộc Bộ Y tế", Role::lead));
}

TEST_CASE("link32: persons only are no body, in an implementing list too", "[link][link32]") {
  // QĐ 5116/QĐ-SCT Lào Cai Điều 4
  Document d = one("Sở Công Thương tỉnh Lào Cai",
                   "Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, Trưởng các phòng, đơn vị thuộc Sở và các cá "
                   "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.");
  CHECK(has(d, "Trưởng các phòng, đơn vị thuộc Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Chánh Văn phòng Sở Công Thương tỉnh Lào Cai", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(fold_key(a.agency).find("cá nhân") == std::string::npos);
  // bodies and persons together stay a collective of bodies
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai",
                   "Các sở, ban, ngành và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.");
  CHECK(has(e, "Các tổ chức, cá nhân có liên quan", Role::lead));
}

TEST_CASE("link32: a body's short form in brackets names it after, and 'X phối hợp Y' without 'với'",
          "[link][link32]") {
  // CV 778/TCHQ-GSQL section III, abridged
  const Document d = linked_doc(
      "Tổng cục Hải quan", "Công văn",
      {prov("sec_III", "",
            {prov("sec_III__para_1",
                  "Cục Hải quan TP.Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục "
                  "HQCK cảng SGKV 1) thực hiện nội dung sau:"),
             prov("sec_III__para_2", "Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát danh "
                                     "sách container tồn đọng.")})});
  CHECK(has_on(d, "sec_III__para_2", "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1", Role::lead));
  CHECK(has_on(d, "sec_III__para_2", "Tổng Công ty Tân Cảng Sài Gòn", Role::coordinate));
  CHECK(mention_of(d, "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1", Role::lead) != "");
  for (const Assignment& a : d.assignments) CHECK(a.agency.find("HQCK") == std::string::npos);
  // "phối hợp" with no partner after it is still help only
  Document e = one("Ủy ban nhân dân tỉnh Lào Cai", "Sở Tài chính phối hợp thực hiện.");
  CHECK(has(e, "Sở Tài chính tỉnh Lào Cai", Role::coordinate));
  CHECK_FALSE(has(e, "Sở Tài chính tỉnh Lào Cai", Role::lead));
}

namespace {

// "Điều 3. Giải thích từ ngữ" over its clauses
Provision definitions(std::vector<Provision> clauses) {
  Provision p = prov("art_3", "", std::move(clauses));
  p.kind = ProvisionKind::article;
  p.heading = "Giải thích từ ngữ";
  return p;
}

}  // namespace

TEST_CASE("link32: a body named by its function and defined as a known body stands for it", "[link][link32]") {
  // TTLT 89/2016/TTLT-BTC-BCT Điều 3 khoản 7, then Điều 13
  const Document d = linked_doc(
      "Bộ Tài chính", "Thông tư liên tịch",
      {definitions({prov("art_3__para_7", "Đơn vị quản lý Cổng thông tin một cửa quốc gia là Tổng cục Hải quan trực "
                                          "thuộc Bộ Tài chính.")}),
       prov("art_13", "Đơn vị quản lý Cổng thông tin một cửa quốc gia có trách nhiệm tổ chức vận hành Cổng thông tin "
                      "một cửa quốc gia.")});
  CHECK(has_on(d, "art_13", "Tổng cục Hải quan", Role::lead));
  CHECK(mention_of(d, "Tổng cục Hải quan", Role::lead) == "Đơn vị quản lý Cổng thông tin một cửa quốc gia");
  // a definition by a class of bodies defines no one body
  const Document e = linked_doc(
      "Bộ Tài chính", "Thông tư liên tịch",
      {definitions({prov("art_3__para_2", "Cơ quan xử lý thủ tục hành chính một cửa là cơ quan, đơn vị thuộc Bộ Tài "
                                          "chính, Bộ Công Thương có chức năng xử lý, cấp phép.")}),
       prov("art_13", "Cơ quan xử lý thủ tục hành chính một cửa có trách nhiệm tiếp nhận hồ sơ.")});
  for (const Assignment& a : e.assignments) CHECK(a.agency != "Bộ Tài chính");
}
