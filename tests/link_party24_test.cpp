// Party documents and Party bodies after the 2025 reform (Chương trình hành động, Kế hoạch, Công văn of a
// Tỉnh ủy, a Đảng ủy, the Bộ Chính trị): the Party committees as named bodies, the place of a Tỉnh ủy's
// own bodies, "các cấp ủy, tổ chức đảng", a "Trách nhiệm chỉ đạo thực hiện:" list, and the "I-", "II-"
// section labels of a scanned Party text as OCR reads them ("1-", "HI-").
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "link_helpers.h"
#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {
// an entry for `agency` in any role
bool names(const Document& d, const std::string& agency) {
  return std::any_of(d.assignments.begin(), d.assignments.end(),
                     [&](const Assignment& a) { return fold_key(a.agency) == fold_key(agency); });
}
const std::string kTinhUy = "Tỉnh ủy Lào Cai";
}  // namespace

TEST_CASE("link party24: a Party committee of a province's body is one body, placed", "[link][party24]") {
  // CTr 104-CTr/TU Lào Cai IV.2
  Document d = one(kTinhUy,
                   "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng trực thuộc quán triệt, "
                   "triển khai thực hiện nghiêm túc Chương trình hành động này.",
                   "Chương trình hành động");
  CHECK(has(d, "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK_FALSE(names(d, "Ủy ban nhân dân tỉnh Lào Cai"));  // not the people's committee inside its name
  // the Front's and mass organisations' committee, a comma in its name
  Document m = one(kTinhUy,
                   "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo, chỉ đạo tổ chức triển khai phong trào thi đua.",
                   "Chương trình hành động");
  CHECK(has(m, "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Lào Cai", Role::lead));
  // the Politburo's own: central bodies, kept as printed
  Document c = one("Bộ Chính trị", "Quân uỷ Trung ương chủ trì, phối hợp với các bộ, ngành, địa phương khắc phục hậu quả bom mìn.",
                   "Chương trình hành động");
  CHECK(has(c, "Quân uỷ Trung ương", Role::lead));
  CHECK(has(c, "Các bộ, ngành, địa phương", Role::coordinate));
}

TEST_CASE("link party24: a Tỉnh ủy's own bodies get its place, a list of committees none", "[link][party24]") {
  // CTr 104-CTr/TU Lào Cai IV.6
  Document d = one(kTinhUy, "Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát việc thực hiện Chương trình.",
                   "Chương trình hành động");
  CHECK(has(d, "Ủy ban Kiểm tra Tỉnh ủy Lào Cai", Role::supervise));
  // a people's committee's text places its province's Party office too (KH CNTT Lâm Đồng)
  Document v = one("Ủy ban nhân dân tỉnh Lâm Đồng", "Văn phòng tỉnh uỷ chủ trì xây dựng cơ sở dữ liệu.", "Kế hoạch");
  CHECK(has(v, "Văn phòng Tỉnh ủy Lâm Đồng", Role::lead));
  // "các tỉnh ủy, thành ủy" (the Politburo's addressees) names no one place
  Document l = one(kTinhUy, "Các tỉnh ủy, thành ủy xây dựng chương trình, kế hoạch thực hiện.", "Chương trình hành động");
  CHECK(has(l, "Các tỉnh ủy, thành ủy", Role::lead));
  CHECK_FALSE(names(l, "Các tỉnh ủy, thành ủy Lào Cai"));
}

TEST_CASE("link party24: các cấp ủy, tổ chức đảng is one collective, and stops at a sentence's Các", "[link][party24]") {
  // CTr 31-CTr/TW I.3
  Document d = one("Bộ Chính trị",
                   "Trong quá trình triển khai thực hiện Chương trình hành động, yêu cầu các cấp uỷ, tổ chức đảng "
                   "nghiêm túc quán triệt sâu sắc phương châm.",
                   "Chương trình hành động");
  CHECK(has(d, "Các cấp uỷ, tổ chức đảng", Role::lead));
  // CV 2449-CV/ĐU: a title line "… các chi bộ, đảng bộ cơ sở" joined to its text "Các cấp ủy, tổ chức đảng …"
  Document j = one("Đảng ủy Ủy ban nhân dân tỉnh Lào Cai",
                   "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở Các cấp ủy, tổ chức "
                   "đảng chủ động tổ chức nghiên cứu, quán triệt và triển khai thực hiện.",
                   "Công văn");
  CHECK(has(j, "Các cấp ủy, tổ chức đảng", Role::lead));
  CHECK_FALSE(names(j, "Các chi bộ, đảng bộ cơ sở Các cấp ủy, tổ chức đảng"));
}

TEST_CASE("link party24: the names a Trách nhiệm chỉ đạo thực hiện list gives lead", "[link][party24]") {
  // CTr 104-CTr/TU Lào Cai III.3.1: the heading, then its tasks (children), then the label and its list
  Document d;
  d.meta.doc_type = "Chương trình hành động";
  d.meta.issuer = kTinhUy;
  d.provisions.push_back(prov("sec_III__para_3.1",
                              "Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo dục nâng cao nhận thức "
                              "Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy "
                              "ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.",
                              {prov("sec_III__para_3.1__item_1", "Đổi mới công tác tuyên truyền, phổ biến pháp luật.")}));
  link(d);
  CHECK(has_on(d, "sec_III__para_3.1", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Lào Cai", Role::lead));
  CHECK(has_on(d, "sec_III__para_3.1", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
  CHECK(has_on(d, "sec_III__para_3.1", "Các cấp ủy, tổ chức đảng", Role::lead));
  // a list of what was done, not a role label: its bodies get nothing
  Document e;
  e.meta.doc_type = "Báo cáo";
  e.meta.issuer = kTinhUy;
  e.provisions.push_back(prov("sec_I__para_1",
                              "Kết quả năm 2025 Các đơn vị được khen thưởng: Đảng ủy Ủy ban nhân dân tỉnh; Đảng ủy Mặt "
                              "trận Tổ quốc, các đoàn thể tỉnh.",
                              {prov("sec_I__para_1__item_1", "Đã hoàn thành các chỉ tiêu.")}));
  link(e);
  CHECK_FALSE(has(e, "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", Role::lead));
}

namespace {
Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }
// the head of CTr 31-CTr/TW as tesseract read it (its signature stamp's date, "CUA" for CỦA)
const std::string kParty =
    "BỘ CHÍNH TRỊ\nBỘ CHÍNH TRỊ\n28-07-2026 18:08:51 +07:00\n\n"
    "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026\n\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCUA BỘ CHÍNH TRỊ\nthực hiện Kết luận số 75-KL/TW, ngày _\n"
    "của Ban Chấp hành Trung ương Đảng khoá XIV về bảo vệ môi trường\n\n";
}  // namespace

TEST_CASE("parse party24: a scanned Party text's I-, III- read as 1-, HI- are its sections", "[parse][party24]") {
  Document d = parse_lines(kParty +
                           "1- MỤC ĐÍCH, YÊU CẦU\n\n1. Chương trình hành động nhằm cụ thể hoá Kết luận.\n\n"
                           "II- NHIỆM VỤ CHỦ YẾU\n\n1. Tăng cường sự lãnh đạo của Đảng.\n\n"
                           "HI- TỎ CHỨC THỰC HIỆN\n1. Đảng uỷ Quốc hội\na) Lãnh đạo, chỉ đạo rà soát các nhiệm vụ lập pháp.\n");
  CHECK(parse_test::find(d.provisions, "sec_I__para_1"));
  CHECK(parse_test::find(d.provisions, "sec_II__para_1"));
  CHECK(parse_test::find(d.provisions, "sec_III__para_1__point_a"));
  // "1- MỤC ĐÍCH" with no "II-" after it is no section (a plan numbered 1-, 2- …)
  Document n = parse_lines(kParty + "1- MỤC ĐÍCH, YÊU CẦU\n\nChương trình hành động nhằm cụ thể hoá Kết luận.\n\n"
                                    "2- NHIỆM VỤ CHỦ YẾU\n\nTăng cường sự lãnh đạo của Đảng.\n");
  CHECK_FALSE(parse_test::find(n.provisions, "sec_I"));
  // a title in lower case after "HI-" is no heading
  Document w = parse_lines(kParty + "I- MỤC ĐÍCH\n\n1. Chương trình nhằm cụ thể hoá.\n\nII- NHIỆM VỤ\n\n"
                                    "1. Tăng cường sự lãnh đạo.\nHI- tổ chức thực hiện các nhiệm vụ.\n");
  CHECK_FALSE(parse_test::find(w.provisions, "sec_III"));
}
