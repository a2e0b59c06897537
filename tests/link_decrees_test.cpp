// Link stage: readings from older decrees and provincial regulations (NĐ 29/1998,
// NĐ 109/2004, NĐ 32/2024, QĐ 256/2004 Cần Thơ, CT 299/1980) — each on the
// real corpus sentence, with a near reading that must not fire.
#include <catch2/catch.hpp>
#include <string>

#include "link_helpers.h"

using namespace vanban;
using namespace vanban::link_test;

TEST_CASE("link decrees: 'các tổ chức' before a colon is the noun, no label of a task") {
  // NĐ 29/1998/NĐ-CP Quy chế Điều 12 khoản 3: the bodies a thing goes through
  Document d = one("Chính phủ",
                   "Thông qua các tổ chức : ủy ban Mặt trận Tổ quốc, Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên "
                   "hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Hội Người cao tuổi.",
                   "Nghị định");
  CHECK(d.assignments.empty());
  // near reading: a label whose verb is "tổ chức" still names who acts
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình", "Đơn vị tổ chức thực hiện: Sở Văn hóa, Thể thao và Du lịch.",
                   "Kế hoạch");
  CHECK(has(e, "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link decrees: who sits on a council, and in which seat, is no task") {
  // CT 299-TTg/1980 khoản 3: the members of the commune's land registration council
  Document d = one("Thủ tướng Chính phủ",
                   "Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng; cán bộ quản lý ruộng đất "
                   "làm ủy viên thư ký, đại diện Ban quản trị hợp tác xã nông nghiệp hoặc tập đoàn sản xuất, công an "
                   "xã, giám đốc nông trường quốc doanh làm ủy viên.",
                   "Chỉ thị");
  CHECK_FALSE(has(d, "Chủ tịch Ủy ban nhân dân xã", Role::lead));
  CHECK_FALSE(has(d, "Giám đốc", Role::lead));
  // near reading: "làm" opening a task ("làm việc với …") is no seat
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Sở Tài chính làm việc với các ngân hàng thương mại để bố trí vốn.", "Kế hoạch");
  CHECK(has(e, "Sở Tài chính tỉnh Ninh Bình", Role::lead));
}

TEST_CASE("link decrees: the duties heading of a decree's investor names who bears them") {
  // NĐ 32/2024/NĐ-CP Điều 19: "Nghĩa vụ của chủ đầu tư …" over the list of duties
  const std::string duty = "Đầu tư xây dựng, quản lý, vận hành công trình hạ tầng kỹ thuật cụm công nghiệp theo quy định.";
  Document d = headed("Chính phủ", "Nghị định", "Nghĩa vụ của chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", duty);
  CHECK(on(d, "art_1").size() == 1);
  CHECK(on(d, "art_1").front().rfind("lead Chủ đầu tư", 0) == 0);
  // near reading: a heading of rights alone gives no entry
  d = headed("Chính phủ", "Nghị định", "Quyền của chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", duty);
  CHECK(on(d, "art_1").empty());
}

TEST_CASE("link decrees: a duties heading without 'của' names who bears them") {
  // QĐ 16/2026/QĐ-UBND Lào Cai, Quy chế cụm công nghiệp Điều 16: "Trách nhiệm Sở Công Thương"
  const std::string ubnd = "Ủy ban nhân dân tỉnh Lào Cai";
  const std::string duty = "Tổ chức thực hiện phương án phát triển cụm công nghiệp trên địa bàn tỉnh sau khi được phê duyệt.";
  Document d = headed(ubnd, "Quyết định", "Trách nhiệm Sở Công Thương", duty);
  CHECK(has(d, "Sở Công Thương tỉnh Lào Cai", Role::lead));
  CHECK(on(d, "art_1").size() == 1);
  // near reading: more words than the bare heading word before the name ("Trách nhiệm giải trình …")
  d = headed(ubnd, "Quyết định", "Trách nhiệm giải trình Sở Công Thương", duty);
  CHECK(on(d, "art_1").empty());
}

TEST_CASE("link decrees: a year fronted without a comma leaves the subject after it") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình mục III phần B khoản 9
  Document d = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Thực hiện từng bước hiện đại hóa nền hành chính: Tiếp tục triển khai nhanh Chương trình thực hiện "
                   "Đề án tin học hóa quản lý nhà nước (Đề án 112) giai đoạn 2002-2005, trong đó năm 2004 các ngành, "
                   "các cấp cần tập trung:",
                   "Quyết định");
  CHECK(has(d, "Các ngành, các cấp", Role::lead));
  // near reading: a year that ends a document's title is no fronted phrase
  Document e = one("Ủy ban nhân dân thành phố Cần Thơ",
                   "Thực hiện Kế hoạch phát triển kinh tế năm 2004 của Ủy ban nhân dân thành phố.", "Quyết định");
  CHECK(e.assignments.empty());
}

TEST_CASE("link decrees: 'tập hợp' after a name is its verb, not part of the name") {
  // NĐ 109/2004/NĐ-CP Điều 11 khoản 1
  Document d = one("Chính phủ",
                   "Trung tâm thông tin doanh nghiệp quốc gia tập hợp và đưa danh mục doanh nghiệp trùng tên và doanh "
                   "nghiệp có tên gây nhầm lẫn với doanh nghiệp khác trong cả nước lên trang thông tin doanh nghiệp.",
                   "Nghị định");
  REQUIRE(d.assignments.size() == 1);
  CHECK(d.assignments.front().mention == "Trung tâm thông tin doanh nghiệp quốc gia");
  CHECK(d.assignments.front().role == Role::lead);
}

TEST_CASE("link decrees: a power whose sentence goes on with the same body's tasks is a duty") {
  // NĐ 32/2024/NĐ-CP Điều 29 khoản 1
  Document d = one("Chính phủ",
                   "Chính phủ thống nhất quản lý nhà nước về cụm công nghiệp trên cả nước; phân công trách nhiệm, quyền "
                   "hạn cụ thể từng bộ, ngành, Ủy ban nhân dân cấp tỉnh, cơ quan liên quan; ban hành chính sách, văn "
                   "bản quy phạm pháp luật về cụm công nghiệp.",
                   "Nghị định");
  CHECK(has(d, "Chính phủ", Role::lead));
  // near readings: the next clause has a subject of its own (NĐ 36/2015 Điều 6 khoản 2), or the
  // council goes on speaking (NQ 08 Thừa Thiên Huế Điều 1)
  Document e = one("Chính phủ",
                   "Tổng cục trưởng Tổng cục Hải quan thống nhất quản lý, điều hành hoạt động của Hải quan các cấp; Hải "
                   "quan cấp dưới chịu sự quản lý, chỉ đạo của Hải quan cấp trên.",
                   "Nghị định");
  CHECK(e.assignments.empty());
  Document f = one("Hội đồng nhân dân tỉnh Thừa Thiên Huế",
                   "Hội đồng nhân dân tỉnh tán thành nội dung Báo cáo kết quả giám sát của Đoàn Giám sát; đồng thời nhấn "
                   "mạnh: Trong những năm qua, công tác quản lý, sử dụng đất luôn được quan tâm.",
                   "Nghị quyết");
  CHECK(f.assignments.empty());
}

TEST_CASE("link decrees: the body a file is sent to so that it leads the appraisal leads") {
  // NĐ 32/2024/NĐ-CP Điều 10 khoản 2
  Document d = one("Chính phủ",
                   "Trong thời gian 05 ngày làm việc kể từ ngày kết thúc nhận hồ sơ thành lập, mở rộng cụm công nghiệp, "
                   "Ủy ban nhân dân cấp huyện chủ trì, phối hợp với doanh nghiệp, hợp tác xã, tổ chức đề nghị làm chủ "
                   "đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp lập 02 bộ hồ sơ thành lập, mở rộng cụm công nghiệp "
                   "quy định tại khoản 1 Điều 9 Nghị định này kèm tệp tin điện tử của hồ sơ, gửi Sở Công Thương để chủ "
                   "trì, phối hợp với các sở, ngành liên quan tổ chức thẩm định.",
                   "Nghị định");
  CHECK(has(d, "Sở Công Thương", Role::lead));
  CHECK(has(d, "Ủy ban nhân dân cấp huyện", Role::lead));
  // near reading: a body sent a file for its own step is only reported to (QĐ 70/2024 Hà Nội Điều 9)
  Document e = one("Ủy ban nhân dân thành phố Hà Nội",
                   "Sở quản lý ngành, lĩnh vực và Ủy ban nhân dân cấp huyện có trách nhiệm tổng hợp, phân tích, dự báo "
                   "giá thị trường gửi Sở Tài chính tổng hợp.",
                   "Quyết định");
  CHECK_FALSE(has(e, "Sở Tài chính thành phố Hà Nội", Role::lead));
}

TEST_CASE("link decrees: the bodies a pilot is run at, each with its fields, are not told to act") {
  // QĐ 256/2004/QĐ-UB Cần Thơ, Chương trình mục IV khoản 3.2: "Tập trung chỉ đạo điểm … đối với các cơ quan như sau:"
  Document d;
  d.meta.doc_type = "Quyết định";
  d.meta.issuer = "Ủy ban nhân dân thành phố Cần Thơ";
  Provision p;
  p.kind = ProvisionKind::item;
  p.eid = "item_3";
  p.text = "Tập trung chỉ đạo điểm thực hiện theo cơ chế “một cửa“ đối với các cơ quan như sau:";
  Provision c;
  c.kind = ProvisionKind::item;
  c.eid = "item_3__item_1";
  c.text = "Sở Kế hoạch và Đầu tư: các lĩnh vực cấp chứng nhận đăng ký kinh doanh, ghi vốn dự án đầu tư xây dựng cơ "
           "bản, phê duyệt và trình phê duyệt các dự án đầu tư trong nước và có vốn nước ngoài.";
  p.children.push_back(c);
  d.provisions.push_back(p);
  link(d);
  CHECK(d.assignments.empty());
  // near reading: the same item under a plain list of duties leads
  d.provisions.front().text = "Phân công thực hiện như sau:";
  d.provisions.front().children.front().text = "Sở Kế hoạch và Đầu tư: chủ trì thực hiện cơ chế một cửa trong lĩnh vực đăng ký kinh doanh.";
  link(d);
  CHECK(has(d, "Sở Kế hoạch và Đầu tư thành phố Cần Thơ", Role::lead));
}

TEST_CASE("link decrees: the bodies a duty-holder must ask are not asked by the document") {
  // NĐ 32/2024/NĐ-CP Điều 23 khoản 1 (the duties of businesses in an industrial cluster)
  Document d = one("Chính phủ",
                   "Sử dụng đất, triển khai dự án đầu tư đúng nội dung Giấy chứng nhận đăng ký đầu tư (nếu có); trường "
                   "hợp quá thời hạn quy định phải đề nghị cơ quan có thẩm quyền, chủ đầu tư xây dựng hạ tầng kỹ thuật "
                   "cụm công nghiệp gia hạn theo quy định.",
                   "Nghị định");
  CHECK(d.assignments.empty());
  // near reading: the document's own request
  Document e = one("Ủy ban nhân dân tỉnh Ninh Bình",
                   "Đề nghị chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp gia hạn theo quy định.", "Công văn");
  CHECK_FALSE(e.assignments.empty());
}

TEST_CASE("link decrees: a post with its coefficient in a table of posts is no task") {
  // QĐ quy chế chi tiêu nội bộ 2007 BQL các KCN Bà Rịa - Vũng Tàu, Quy chế Điều 20
  Document d = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu",
                   "Mức tăng thu nhập của CC : Chỉ tiêu đánh giá: Hệ số trách nhiệm theo vị trí công tác (K1): Trưởng "
                   "ban : 1,0 Phó Trưởng ban : 0,8",
                   "Quyết định");
  CHECK(d.assignments.empty());
  // near reading: a post with a duty after its colon leads
  Document e = one("Ban Quản lý các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu",
                   "Trưởng ban : chỉ đạo việc xét duyệt mức thu nhập tăng thêm hằng quý.", "Quyết định");
  CHECK_FALSE(e.assignments.empty());
  // nor a page number left after a duty lead-in (QĐ 11/2026 Lào Cai, Quy định Điều 20 khoản 1)
  Document f = one("Ủy ban nhân dân tỉnh Lào Cai", "Trách nhiệm của Sở Xây dựng: 16", "Quyết định");
  CHECK(has(f, "Sở Xây dựng tỉnh Lào Cai", Role::lead));
}
