// Lists of items, new wording printed without quotation marks, tables whose
// rules the text lost, recipients: each case on the corpus lines that showed it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"

using namespace vanban;
using parse_test::find;
using parse_test::parse_doc;

TEST_CASE("parse.lists: a paragraph after a '+' list under a '- …:' item goes to the point", "[parse][lists]") {
  // NQ 22/2017 Đắk Lắk Điều 1.2.a: "- Chi tổng hợp, phân tích, đánh giá kết quả Điều tra thống kê:" +
  // "+ Cơ quan Điều tra thống kê cấp tỉnh: …" then "Tùy theo quy mô, tính chất …" before "b)"
  Document d = parse_doc("nghi-quyet-22-2017-hdnd-dak-lak");
  const Provision* a = find(d.provisions, "art_1__para_2__point_a");
  REQUIRE(a);
  CHECK_THAT(a->text, Catch::Matchers::EndsWith("để đảm bảo thực hiện nhiệm vụ."));
  const Provision* item = find(d.provisions, "art_1__para_2__point_a__item_2");
  REQUIRE(item);
  CHECK(item->text == "Chi tổng hợp, phân tích, đánh giá kết quả Điều tra thống kê:");
  // an item that is a sentence of its own keeps the paragraph after its sub-list (CV Lào Cai on the
  // Luật Địa chất và khoáng sản: "- Đối với các giấy phép …" + "* Lưu ý: …" + "Trường hợp …")
  Document cv = parse_doc("cong-van-huong-dan-luat-dcks-2025-snnmt-lao-cai");
  const Provision* own = find(cv.provisions, "sec_I__para_1__item_3");
  REQUIRE(own);
  CHECK_THAT(own->text, Catch::Matchers::EndsWith("xử lý hình sự theo quy định của pháp luật."));
}

TEST_CASE("parse.lists: a '-' after a '+' list is the list's next element, not a '+' item's child", "[parse][lists]") {
  // NQ 22/2017 Đắk Lắk Điều 1.2.c: "Đối với cá nhân:" (its dash left out) + "+ …" ×3, then
  // "- Đối với tổ chức …:" + "+ …" ×3, "- Trường họp …"
  Document d = parse_doc("nghi-quyet-22-2017-hdnd-dak-lak");
  const Provision* c = find(d.provisions, "art_1__para_2__point_c");
  REQUIRE(c);
  REQUIRE(c->children.size() == 5);
  CHECK_THAT(c->children[3].text, Catch::Matchers::StartsWith("Đối với tổ chức"));
  CHECK(c->children[3].children.size() == 3);
  CHECK_THAT(c->children[4].text, Catch::Matchers::StartsWith("Trường họp đối tượng"));
}

TEST_CASE("parse.lists: new wording printed without quotation marks is text of the amending clause", "[parse][lists]") {
  // NQ 86/2017 Hà Giang Điều 1.6: "Bổ sung các điểm đ, e, g, h, i, k vào khoản 3 của Điều 1, cụ thể như
  // sau:" + "đ) Chính sách …" + "- Được nhà nước giao mặt bằng sạch …": the new points and their dashes
  // are the other resolution's, up to this resolution's own "Điều 2."
  Document d = parse_doc("nghi-quyet-86-2017-hdnd-ha-giang");
  const Provision* six = find(d.provisions, "art_1__para_6");
  REQUIRE(six);
  CHECK(six->children.empty());
  CHECK_THAT(six->text, Catch::Matchers::Contains("- Được nhà nước giao mặt bằng sạch"));
  CHECK_THAT(six->text, Catch::Matchers::EndsWith("và các quy định khác của pháp luật."));
  CHECK(find(d.provisions, "art_2"));
  // its clause 1's own points, each an amendment with quoted wording, stay points
  CHECK(find(d.provisions, "art_1__para_1__point_c"));
}

TEST_CASE("parse.lists: recipients, an office's units after its own ';' are one entry", "[parse][lists]") {
  // QĐ 06/2025 Hà Nội: "- VPUBTP: CVP, các PCVP N.M.Quân," + "Đ.Q.Hùng; các phòng: TH, KTTH, KSTTHC;" +
  // "Trung tâm TTĐTTP;", and a "3," the layout pushed up beside "Nơi nhận:"
  Document d = parse_doc("quyet-dinh-06-2025-ubnd-ha-noi");
  REQUIRE(d.recipients.size() == 7);
  CHECK(d.recipients.front() == "Như Điều 4");
  CHECK(d.recipients.back() == "VPUBTP: CVP, các PCVP N.M.Quân, Đ.Q.Hùng; các phòng: TH, KTTH, KSTTHC; Trung tâm TTĐTTP");
  // a signer's name between the entries stays out of them (QĐ 35/2024 Hà Nội, glyphs lost: "Tr n S Thanh")
  Document q = parse_doc("quyet-dinh-35-2024-ubnd-ha-noi");
  CHECK(std::find(q.recipients.begin(), q.recipients.end(), "Th nh viên Hội đ ng TĐKT TP") != q.recipients.end());
  // a scan's "~" for the dash (QĐ 11/2026 Lào Cai)
  Document o = parse_doc("quyet-dinh-11-2026-ubnd-lao-cai-ocr");
  CHECK(std::find(o.recipients.begin(), o.recipients.end(), "Đoàn ĐBQH tỉnh Lào Cai") != o.recipients.end());
}

TEST_CASE("parse.lists: a table whose rules the text lost is neither provisions nor text", "[parse][lists]") {
  // QĐ 08/2025 Hà Nội, Phụ lục: "I. Định mức lao động (định mức tối đa)" + "ĐVT: 1 công = 8 giờ" +
  // "Yêu cầu định mức" + "TT Định mức lao động Đơn vị tính" + "1 Định mức lao động trực tiếp" +
  // "- Giống bố mẹ công/100kg cá 10 15 145 70" … up to "II. Định mức vật tư, thiết bị"
  Document d = parse_doc("quyet-dinh-08-2025-ubnd-ha-noi");
  const Provision* one = find(d.provisions, "att_1__part_B__sec_I");
  REQUIRE(one);
  CHECK(one->heading == "Định mức lao động (định mức tối đa)");
  CHECK(one->text.empty());
  CHECK(one->children.empty());
  CHECK(find(d.provisions, "att_1__part_B__sec_II"));
  // in a clause: "2. Định mức vật tư … (tính cho 1 mẫu phân tích)" + "TT Tên vật tư, chủng loại …"
  const Provision* two = find(d.provisions, "att_1__part_B__sec_IV__para_2");
  REQUIRE(two);
  CHECK(two->text == "Định mức vật tư liên quan xét nghiệm, chuẩn đoán bệnh (tính cho 1 mẫu phân tích)");
  CHECK(two->children.empty());
  // prose after a table goes on in its unit (TT 169/1998 BTC: "STT" + "Ngành nghề kinh doanh" … then
  // "Doanh thu tính thuế để xác định GTGT và thuế TNDN là doanh thu …")
  Document t = parse_doc("thong-tu-169-1998-btc.groundtruth");
  bool kept = false;
  for_each_provision(t.provisions, [&](const Provision& p) {
    kept = kept || p.text.find("Doanh thu tính thuế để xác định GTGT và thuế TNDN") != std::string::npos;
  });
  CHECK(kept);
}

TEST_CASE("parse.lists: a legacy plan's tables printed a cell a line are neither provisions nor text", "[parse][lists]") {
  // KH CNTT Lâm Đồng 1998 (TCVN3/VNI): "BẢNG 1: KẾ HOẠCH TỔNG THỂ …" + "(Đơn vị tính: triệu đồng)" + "Soá TT"
  // (VNI "Số" left undecoded) + "Giai đoạn" + … + "A. QUẢN LÝ NGHIỆP VỤ" (a row group, no part) + "- Hình thành
  // cơ bản mạng LAN, WAN." (a cell's list) … then "BẢNG 2: …" with no head row: the list after it is the chapter's
  Document d = parse_doc("ke-hoach-cntt-1998-2000-lam-dong");
  const Provision* five = find(d.provisions, "part_1__chp_V");
  REQUIRE(five);
  CHECK_FALSE(find(d.provisions, "part_1__chp_V__part_A"));
  CHECK(five->text.find("Soá TT") == std::string::npos);
  const Provision* total = find(d.provisions, "part_1__chp_V__item_1");
  REQUIRE(total);
  CHECK(total->text.rfind("Tổng dự toán kinh phí từ các nguồn: 3.850 triệu", 0) == 0);
  CHECK(find(d.provisions, "part_1__chp_V__item_1__item_3__item_2"));
  // "1. Bảng tổng hợp các hạng mục của dự án năm 1998" + "Tên dự án: “…”" + "Mã số dự án:" + "Giai đoạn : …" +
  // "Tên cơ quan chủ trì dự án: Sở Khoa học, …" + "Đơn vị tính: Triệu đồng" + "Số TT": the caption's fields are the table's
  const Provision* y98 = find(d.provisions, "part_2__part_III__para_III.1__para_1");
  REQUIRE(y98);
  CHECK(y98->text == "Bảng tổng hợp các hạng mục của dự án năm 1998");
  // "Mục NS" + "Tên mục" + "Tổng cộng" + "111" + …: a budget table, its rows no items
  const Provision* four = find(d.provisions, "part_4");
  REQUIRE(four);
  CHECK_FALSE(find(d.provisions, "part_4__item_1"));
  CHECK(four->text.find("Thông tin, tuyên truyền") == std::string::npos);
}

TEST_CASE("parse.lists: an enumeration closed by its full stop is over, the paragraphs and the list after it are the unit's", "[parse][lists]") {
  // KH CNTT Lâm Đồng 1998, D. BIỆN PHÁP THỰC HIỆN VÀ QUẢN LÝ DỰ ÁN: "1. Dự án tin học hoá tại Văn phòng UBND Tỉnh
  // Lâm Đồng;" + "2. …;" + "3. Dự án tin học hoá khối các Sở, Ban, Ngành và các Huyện, Thị, Thành phố." +
  // "Ủy ban nhân dân tỉnh Lâm Đồng đã ra quyết định thành lập Ban chủ nhiệm …" + "- Việc trang bị các thiết bị …"
  Document d = parse_doc("ke-hoach-cntt-1998-2000-lam-dong");
  const Provision* d3 = find(d.provisions, "part_1__chp_IVa__part_D__para_3");
  REQUIRE(d3);
  CHECK(d3->text == "Dự án tin học hoá khối các Sở, Ban, Ngành và các Huyện, Thị, Thành phố.");
  CHECK(d3->children.empty());
  const Provision* part = find(d.provisions, "part_1__chp_IVa__part_D");
  REQUIRE(part);
  CHECK(part->text.find("Ủy ban nhân dân tỉnh Lâm Đồng đã ra quyết định thành lập Ban chủ nhiệm") != std::string::npos);
  const Provision* first = find(d.provisions, "part_1__chp_IVa__part_D__item_1");
  REQUIRE(first);
  CHECK(first->text.rfind("Việc trang bị các thiết bị máy móc", 0) == 0);
}

TEST_CASE("parse.lists: a part's first section after a budget table printed a cell a line ends the table", "[parse][lists]") {
  // KH CNTT Lâm Đồng 1998, "PHẦN THỨ TƯ:" + its budget tables ("Mục NS" + "Tên mục" + …, "- Mua sắm phần mềm
  // hệ thống") + "I. kế hoạch Phân bổ các nguồn kinh phí giai đoạn 1998 - 2000: (bảng trang 40)" + "II. kế hoạch
  // Phân bổ các nguồn kinh phí năm 1998:" + "1. nguồn kinh phí trung ương:" + "2. nguồn kinh phí địa phương:" +
  // "1a. Bảng tổng hợp các hạng mục dự án …" (a table's title) … "4. Bảng tổng hợp kinh phí …" (after "2.", with
  // tables between: the next table's title)
  Document d = parse_doc("ke-hoach-cntt-1998-2000-lam-dong");
  const Provision* one = find(d.provisions, "part_4__sec_I");
  REQUIRE(one);
  REQUIRE(one->heading);
  CHECK(one->heading->rfind("kế hoạch Phân bổ các nguồn kinh phí giai đoạn 1998 - 2000", 0) == 0);
  const Provision* two = find(d.provisions, "part_4__sec_II");
  REQUIRE(two);
  CHECK(two->text == "kế hoạch Phân bổ các nguồn kinh phí năm 1998:");
  const Provision* central = find(d.provisions, "part_4__sec_II__para_1");
  REQUIRE(central);
  CHECK(central->text == "nguồn kinh phí trung ương:");
  const Provision* local = find(d.provisions, "part_4__sec_II__para_2");
  REQUIRE(local);
  CHECK(local->text == "nguồn kinh phí địa phương:");
  CHECK_FALSE(find(d.provisions, "part_4__sec_II__para_4"));
  CHECK_FALSE(find(d.provisions, "part_4__sec_II__para_2__item_1"));
  // "2. Bảng …" right after "1. Bảng …" in Phần III stays the next clause
  CHECK(find(d.provisions, "part_2__part_III__para_III.1__para_3"));
}
