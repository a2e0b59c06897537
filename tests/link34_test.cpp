// Link, session 34: a competent body's own procedure (NĐ 14/2026, TT 43/2018/TT-BCT, QĐ 40/2025 Hà Nội).
#include <catch2/catch.hpp>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link34: an on-site check is the procedure's step, not oversight", "[link][link34]") {
  // NĐ 14/2026 Điều 61 (the new Điều 12.2), abridged: the body that grants the certificate inspects the
  // applicant's premises; gold gives it the lead and no supervision
  Document d = one("Chính phủ", "Cơ quan có thẩm quyền tổ chức kiểm tra thực tế cơ sở đào tạo, lập biên bản theo Mẫu số 02.");
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::lead));
  CHECK_FALSE(has(d, "Cơ quan có thẩm quyền", Role::supervise));
  // (a check of others' carrying out stays oversight)
  Document e = one("Chính phủ", "Cơ quan có thẩm quyền tổ chức kiểm tra việc thực hiện Nghị định này.");
  CHECK(has(e, "Cơ quan có thẩm quyền", Role::supervise));
}

TEST_CASE("link34: a competent body's task right after its competence", "[link][link34]") {
  // TT 43/2018/TT-BCT Điều 5.1.b, abridged: "tổ chức" is the clause's verb when nothing else follows
  Document d = one("Bộ Công Thương",
                   "Trong thời gian 10 ngày làm việc, kể từ ngày có kết quả kiểm tra hồ sơ đầy đủ, hợp lệ, cơ quan có "
                   "thẩm quyền tổ chức thẩm định thực tế tại cơ sở.");
  CHECK(has(d, "Cơ quan có thẩm quyền", Role::lead));
  // (a later predicate makes the verb the competence's: the body competent to organise the survey reports)
  Document e = one("Bộ Công Thương", "Cơ quan có thẩm quyền tổ chức điều tra có trách nhiệm báo cáo kết quả.");
  CHECK(has(e, "Cơ quan có thẩm quyền tổ chức điều tra", Role::lead));
}
