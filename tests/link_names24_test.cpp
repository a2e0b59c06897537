// Link stage (names24): where a described body's name ends — a condition's "thì", a negated duty
// ("không cần", "không phải"), a grant's "được" and a reference ("quy định tại …") close its words — and
// OCR'd words that extend a name ("thành phô" for "thành phố").
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;


TEST_CASE("link names24: a role-holder in a condition closed by thì is no subject", "[link][names24]") {
  // NĐ 230/2025/NĐ-CP Điều 5 khoản 5 điểm h
  Document d = one("Chính phủ",
                   "Hằng năm, nếu tỷ lệ sử dụng lao động không thay đổi nhưng không làm ảnh hưởng đến mức miễn, "
                   "giảm tiền thuê đất đã được cơ quan, người có thẩm quyền quyết định thì tổ chức, đơn vị sử dụng "
                   "lao động phải thực hiện quy định tại điểm g khoản này.",
                   "Nghị định");
  CHECK_FALSE(any_with(d, "quyết định thì"));
  // the role-holder opening its own clause with its duty is still read
  Document e = one("Chính phủ",
                   "Người có thẩm quyền quyết định có trách nhiệm thông báo cho cơ quan thuế.", "Nghị định");
  CHECK(mentioned(e, "Người có thẩm quyền quyết định", Role::lead));
}

TEST_CASE("link names24: không cần and được tiếp tục are no duty of the investor", "[link][names24]") {
  // NĐ 230/2025/NĐ-CP Điều 6 khoản 3
  Document d = one("Chính phủ",
                   "Số tiền thuê đất được giảm của diện tích đất chưa cho thuê lại được thì chủ đầu tư không cần "
                   "thực hiện phân bổ.",
                   "Nghị định");
  CHECK_FALSE(any_with(d, "chủ đầu tư"));
  // NĐ 42/2024/NĐ-CP Điều 11 khoản 2
  Document g = one("Chính phủ",
                   "Trường hợp dự án chưa được giao đất, cho thuê đất thì chủ đầu tư được tiếp tục thực hiện lấn "
                   "biển theo quyết định giao khu vực biển và không phải nộp tiền sử dụng khu vực biển cho thời gian "
                   "còn lại.",
                   "Nghị định");
  CHECK_FALSE(any_with(g, "được tiếp tục"));
  // the duty itself still assigns
  Document e = one("Chính phủ",
                   "Trường hợp dự án chưa được giao đất thì chủ đầu tư phải thực hiện phân bổ.", "Nghị định");
  CHECK(mentioned(e, "chủ đầu tư", Role::lead));
}

TEST_CASE("link names24: a reference ends the qualifier, the duty after it stays", "[link][names24]") {
  // TT 43/2018/TT-BCT Điều 17 khoản 1
  Document d = one("Bộ Công Thương",
                   "Trong thời gian tối đa 24 giờ kể từ thời điểm xác định sản phẩm thuộc trường hợp phải thu hồi bắt "
                   "buộc, cơ quan có thẩm quyền ra quyết định thu hồi quy định tại khoản 2 Điều 18 Thông tư này phải "
                   "ban hành quyết định thu hồi.",
                   "Thông tư");
  CHECK(mentioned(d, "cơ quan có thẩm quyền ra quyết định thu hồi", Role::lead));
  CHECK_FALSE(any_with(d, "quy định tại"));
}

TEST_CASE("link names24: thành phô, thành phó as OCR printed thành phố", "[link][names24]") {
  // TT 43/2018/TT-BCT (scanned) Điều 6 khoản 2
  Document d = one("Bộ Công Thương",
                   "Sở Công Thương các tỉnh, thành phó trực thuộc Trung ương chủ trì thực hiện việc cấp Giấy chứng "
                   "nhận.",
                   "Thông tư");
  CHECK(mentioned(d, "Sở Công Thương các tỉnh, thành phó trực thuộc Trung ương", Role::lead));
  Document e = one("Bộ Công Thương",
                   "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương chủ trì thực hiện việc cấp Giấy chứng "
                   "nhận.",
                   "Thông tư");
  CHECK(mentioned(e, "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương", Role::lead));
}

TEST_CASE("link names24: định hướng is the verb after a Party board's name", "[link][names24]") {
  // QĐ 22/2025/QĐ-UBND Hà Nội Điều 2 khoản 18 điểm d
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Phối hợp với Ban Tuyên giáo Thành ủy định hướng công tác tuyên truyền.", "Quyết định");
  CHECK_FALSE(any_with(d, "định hướng"));
  CHECK(mentioned(d, "Ban Tuyên giáo Thành ủy", Role::coordinate));
}

TEST_CASE("link names24: cấp trên trực tiếp is a described body's level", "[link][names24]") {
  // QĐ 18/2025/QĐ-UBND Hà Nội Điều 2 khoản 17 điểm b
  Document d = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Chủ trì phối hợp cùng cơ quan cấp trên trực tiếp của doanh nghiệp, các sở, ngành có liên quan "
                   "xây dựng đề án tổ chức lại doanh nghiệp.",
                   "Quyết định");
  CHECK(mentioned(d, "cơ quan cấp trên trực tiếp", Role::coordinate));
  CHECK_FALSE(any_with(d, "thành lập"));
}

TEST_CASE("link names24: có thâm quyền, as OCR printed it, is the competence", "[link][names24]") {
  // TT 43/2018/TT-BCT (scanned): "cơ quan có thâm quyền", its task verb the clause's own (as NĐ 15/2018 Điều 5
  // reads "Cơ quan quản lý nhà nước có thẩm quyền tiếp nhận bản tự công bố … để lưu trữ hồ sơ")
  Document d = one("Bộ Công Thương",
                   "Trong thời hạn 05 ngày, cơ quan có thâm quyền tiếp nhận hồ sơ đăng ký để lưu trữ.", "Thông tư");
  CHECK(mentioned(d, "cơ quan có thâm quyền", Role::lead));
  Document e = one("Bộ Công Thương",
                   "Trong thời hạn 05 ngày, cơ quan có thẩm quyền tiếp nhận hồ sơ đăng ký để lưu trữ.", "Thông tư");
  CHECK(mentioned(e, "cơ quan có thẩm quyền", Role::lead));
}
