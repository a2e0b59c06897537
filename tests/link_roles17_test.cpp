// Link stage: a team named by its checks ("đoàn giám sát, kiểm tra") is a noun, no oversight; a
// case handed over to a body that leads the work on it ("bàn giao cho cơ quan quản lý chuyên ngành
// chủ trì") assigns that body; "có trách nhiệm phối hợp trong việc …" coordinates; an inspection of
// works or private parties ("kiểm tra đối với chủ đầu tư …") is a task led, no oversight (the ocr17
// session) — each on the real corpus sentence, with a near reading.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link roles17: setting up a team named by its checks is no oversight") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 2 khoản 2 điểm a
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(issuer,
                   "Tổ chức họp hoặc lấy ý kiến tham gia của các cơ quan phối hợp bằng văn bản; sau khi cơ quan chủ "
                   "trì triển khai lấy ý kiến, hướng dẫn, xử lý, kết luận, kiến nghị liên quan đến cụm công nghiệp "
                   "thì cơ quan chủ trì gửi cho Sở Công Thương 01 (một) bản để tổng hợp thông tin và phối hợp thực "
                   "hiện. Thành lập đoàn giám sát, kiểm tra thực tế, kiểm tra liên ngành.",
                   "Quyết định");
  CHECK(has(d, "Cơ quan chủ trì", Role::lead));
  CHECK(!has(d, "Cơ quan chủ trì", Role::supervise));
  // near reading: the checks as the body's own verbs oversee
  Document e = one(issuer,
                   "Sau khi cơ quan chủ trì triển khai lấy ý kiến, hướng dẫn, xử lý, kết luận, kiến nghị liên quan "
                   "đến cụm công nghiệp thì cơ quan chủ trì gửi cho Sở Công Thương 01 (một) bản để tổng hợp thông "
                   "tin, kiểm tra, giám sát việc thực hiện.",
                   "Quyết định");
  CHECK(has(e, "Cơ quan chủ trì", Role::supervise));
}

TEST_CASE("link roles17: a case handed over to a body that leads its handling assigns the body") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 14 khoản 2
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(issuer,
                   "Nếu phát hiện sai phạm hoặc có thông tin về những vi phạm, các đơn vị có quyền tiến hành kiểm tra, "
                   "thiết lập biên bản kiểm tra hiện trạng theo thẩm quyền và bàn giao cho cơ quan quản lý chuyên "
                   "ngành chủ trì, phối hợp với các cơ quan liên quan kịp thời xử lý.",
                   "Quyết định");
  CHECK(mention_of(d, "Cơ quan quản lý chuyên ngành", Role::lead) == "cơ quan quản lý chuyên ngành");
  // near reading: handed over for the body's own use, no work it leads
  Document e = one(issuer,
                   "Sau khi hoàn thành, chủ đầu tư bàn giao cho cơ quan quản lý chuyên ngành quản lý, vận hành công "
                   "trình theo quy định.",
                   "Quyết định");
  CHECK(!has(e, "Cơ quan quản lý chuyên ngành", Role::lead));
}

TEST_CASE("link roles17: a duty to help in a work without a partner named coordinates") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 6 khoản 1 điểm e
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(issuer,
                   "Các sở, ban, ngành liên quan có trách nhiệm phối hợp trong việc thẩm định hồ sơ đề nghị chấp "
                   "thuận chủ trương đầu tư thành lập, mở rộng cụm công nghiệp theo chức năng quản lý ngành.",
                   "Quyết định");
  CHECK(has(d, "Các sở, ban, ngành liên quan", Role::coordinate));
  CHECK(!has(d, "Các sở, ban, ngành liên quan", Role::lead));
  // near reading: with a partner named, the subject leads
  Document e = one(issuer,
                   "Các sở, ban, ngành liên quan có trách nhiệm phối hợp với Sở Công Thương thẩm định hồ sơ đề nghị "
                   "chấp thuận chủ trương đầu tư thành lập, mở rộng cụm công nghiệp.",
                   "Quyết định");
  CHECK(has(e, "Các sở, ban, ngành liên quan", Role::lead));
  CHECK(has(e, "Sở Công Thương tỉnh Lào Cai", Role::coordinate));
}

TEST_CASE("link roles17: an inspection of investors or of works is a task led, not oversight") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế Điều 15 khoản 3
  const std::string issuer = "Ủy ban nhân dân tỉnh Lào Cai";
  Document d = one(issuer,
                   "Ủy ban nhân dân cấp xã kiểm tra đối với chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp và nhà đầu "
                   "tư thứ cấp trong cụm công nghiệp theo kế hoạch hoặc đột xuất (khi có dấu hiệu vi phạm) và có "
                   "trách nhiệm báo cáo kết quả về Sở Công Thương.",
                   "Quyết định");
  CHECK(has(d, "Ủy ban nhân dân cấp xã", Role::lead));
  CHECK(!has(d, "Ủy ban nhân dân cấp xã", Role::supervise));
  // QĐ 11/2026/QĐ-UBND Lào Cai, Quy định Điều 17 khoản 1
  Document w = one(issuer,
                   "Cơ quan chuyên môn về xây dựng cấp tỉnh kiểm tra các công trình chuyên ngành trên địa bàn tỉnh "
                   "theo quy định của pháp luật trừ các công trình quy định tại khoản 2 điều này.",
                   "Quyết định");
  CHECK(has(w, "Cơ quan chuyên môn về xây dựng cấp tỉnh", Role::lead));
  CHECK(!has(w, "Cơ quan chuyên môn về xây dựng cấp tỉnh", Role::supervise));
  // near reading: a check of the carrying out oversees
  Document e = one(issuer,
                   "Ủy ban nhân dân cấp xã kiểm tra việc thực hiện quy hoạch chi tiết cụm công nghiệp trên địa bàn.",
                   "Quyết định");
  CHECK(has(e, "Ủy ban nhân dân cấp xã", Role::supervise));
}

TEST_CASE("link roles17: bodies and localities listed before what describes them are one described subject") {
  // QĐ 35/2024/QĐ-UBND Hà Nội, Quy chế Điều 3 khoản 2 (its text layer lost glyphs, read here restored)
  const std::string issuer = "Ủy ban nhân dân thành phố Hà Nội";
  Document d = one(issuer,
                   "Cơ quan, đơn vị, địa phương trực tiếp quản lý cá nhân thực hiện xét, đề nghị Ủy ban nhân dân "
                   "Thành phố xét, tặng thưởng.",
                   "Quyết định");
  CHECK(has(d, "Cơ quan, đơn vị, địa phương trực tiếp quản lý cá nhân", Role::lead));
  // near reading: the award decided is the city's power, no task
  CHECK(!has(d, "Ủy ban nhân dân thành phố Hà Nội", Role::lead));
}

TEST_CASE("link roles17: a plan's chapter that assesses the present state assigns nobody") {
  // KH tổng thể CNTT Lâm Đồng 1998–2000, Chương I mục V: the bodies are described as they are
  Document d;
  d.meta.issuer = "Ủy ban nhân dân tỉnh Lâm Đồng";
  d.meta.doc_type = "Kế hoạch";
  Provision c;
  c.kind = ProvisionKind::chapter;
  c.eid = "chp_I";
  c.num = "I";
  c.heading = "ĐÁNH GIÁ CHUNG VỀ HỆ THỐNG – PHÂN TÍCH HIỆN TRẠNG ỨNG DỤNG CNTT";
  c.children.push_back(prov("chp_I__para_1", "Cục Thống kê tổng hợp số máy tính các loại của các đơn vị."));
  d.provisions.push_back(c);
  // near reading: the same words under a chapter of measures
  c.eid = "chp_IV";
  c.heading = "BIỆN PHÁP THỰC HIỆN KẾ HOẠCH TỔNG THỂ";
  c.children[0].eid = "chp_IV__para_1";
  d.provisions.push_back(c);
  link(d);
  CHECK(on(d, "chp_I__para_1").empty());
  CHECK(on(d, "chp_IV__para_1") == std::vector<std::string>{"lead Cục Thống kê"});
}
