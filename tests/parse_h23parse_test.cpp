// Parser: constructions the held-out OCR'd circulars and letters of session 22 showed
// (corpus/gold-heldout): a form's motto the scan garbled, a wrapped reference to a chapter of
// another document at a line's start, marks in the margin read as "_", page breaks of the
// transcript, a chapter title set off from its label by a blank line.
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

using parse_test::find;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string kCircularHead =
    "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 57/2018/TT-BCT Hà Nội, ngày 26 tháng 12 năm 2018\n\n"
    "THÔNG TƯ\n"
    "Quy định chi tiết một số điều của các Nghị định liên quan đến kinh doanh thuốc lá\n\n"
    "Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18 tháng 8 năm 2017 của Chính phủ;\n\n"
    "Bộ trưởng Bộ Công Thương ban hành Thông tư này.\n\n";

const std::string kClosing =
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nTrần Tuấn Anh\n\n";

// TT 57/2018/TT-BCT, Phụ lục 14 as tesseract read it: "CỘNG HÒA XÃ HỌI" (Ộ lost its hook)
std::string form_annex(const std::string& motto) {
  return "Phụ lục 14\n\n"
         "(Kèm theo Thông tư số 5+ /2018/TT-BCT ngày<Êtháng 12 năm 2018\n"
         "của Bộ Công Thương)\n\n"
         "TÊN DOANH NGHIỆP " + motto + "\n"
         "an Độc lập - Tự do - Hạnh phúc\n\n"
         "SỐ đu ng , Hgày...... thẳng....... năm 20...\n\n"
         "ĐƠN ĐÈ NGHỊ\n"
         "CÁP GIÁY PHÉP SẢN XUẤT SẢN PHẢM THUÓC LÁ\n\n"
         "1. Tên doanh nghiệp:....................\n"
         "2. Địa chỉ trụ sở chính:....................\n"
         "3. Đề nghị ........(1) xem xét cấp Giấy phép sản xuất sản phẩm thuốc lá:\n";
}

const std::string kBody =
    "Chương I\nQUY ĐỊNH CHUNG\n"
    "Điều 1. Phạm vi điều chỉnh\n\n"
    "Thông tư này quy định mẫu đơn đề nghị cấp Giấy phép.\n\n";

}  // namespace

TEST_CASE("parse h23parse: a form annex whose motto the scan garbled holds no provisions") {
  Document d = parse_lines(kCircularHead + kBody + kClosing + form_annex("CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM"));
  CHECK(find(d.provisions, "chp_I__art_1"));
  CHECK(!find(d.provisions, "att_1__para_1"));
}

TEST_CASE("parse h23parse: an annex without the motto keeps its numbered provisions") {
  // the near reading: a Phụ lục that is a list of its own, no form's header
  std::string annex =
      "Phụ lục 14\n\n"
      "(Kèm theo Thông tư số 57/2018/TT-BCT ngày 26 tháng 12 năm 2018 của Bộ Công Thương)\n\n"
      "DANH MỤC THIẾT BỊ\n\n"
      "1. Dây chuyền chế biến nguyên liệu thuốc lá.\n"
      "2. Máy móc thiết bị sản xuất thuốc lá điếu.\n";
  Document d = parse_lines(kCircularHead + kBody + kClosing + annex);
  CHECK(find(d.provisions, "att_1__para_1"));
  CHECK(find(d.provisions, "att_1__para_2"));
}

TEST_CASE("parse h23parse: a motto that lost its end still ends the issuer") {
  // CV 8520/BCT-KHCN: "CỘNG HOÀ XÃ HỘI É" — the scan lost "CHỦ NGHĨA VIỆT NAM"
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É\n"
      "Độc lập - Tự do - Hạnh phúc\n\n"
      "Số:8 5 2 0/BCT-KHCN Hà Nội, ngày 3Ù tháng 4Ä năm 4034\n"
      "V/v hướng dẫn thực hiện quy định\n"
      "lĩnh vực an toàn thực phâm\n\n"
      "Kính gửi: UBND tỉnh Bình Định\n\n"
      "Bộ Công Thương có ý kiến như sau: đề nghị UBND tỉnh Bình Định chỉ đạo thực hiện.\n\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\n");
  CHECK(d.meta.issuer == std::optional<std::string>("Bộ Công Thương"));
}

TEST_CASE("parse h23parse: Chương VI of another document wrapped to a line's start is no chapter") {
  // CV 8520/BCT-KHCN: "… tại Điều 40, 4l, 42, 43 Mục 7" + "Chương VI Nghị định số 77/2016/NĐ-CP …"
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\n"
      "Số: 8520/BCT-KHCN Hà Nội, ngày 30 tháng 12 năm 2021\n"
      "V/v hướng dẫn thực hiện quy định\n\n"
      "Kính gửi: UBND tỉnh Bình Định\n\n"
      "Do đó,\n"
      "đối tượng này không cân đáp ứng quy định tại Điều 40, 4l, 42, 43 Mục 7\n"
      "Chương VI Nghị định số 77/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính\n"
      "phủ sửa đổi, bố sung một số quy dịnh về điều kiện dầu tư kinh doanh.\n\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\n");
  CHECK(d.provisions.empty());
}

TEST_CASE("parse h23parse: Chương VI with its own title is still a chapter") {
  // the near reading: a title that begins with a type's word but names no document
  Document d = parse_lines(kCircularHead + kBody +
                           "Chương II\nLUẬT ÁP DỤNG\n"
                           "Điều 2. Áp dụng pháp luật\n\nÁp dụng pháp luật Việt Nam.\n\n"
                           "Chương III\nNghị định hướng dẫn và điều khoản thi hành\n"
                           "Điều 3. Hiệu lực\n\nThông tư này có hiệu lực.\n\n" +
                           kClosing);
  CHECK(find(d.provisions, "chp_II"));
  CHECK(find(d.provisions, "chp_III__art_3"));
}

TEST_CASE("parse h23parse: marks in the margin before a label are no words") {
  // TT 43/2018/TT-BCT: "_ a) Cơ quan cấp …", "-_a) Vụ Khoa học và Công nghệ", "_ Trong thời gian …"
  Document d = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 9. Thu hồi Giấy chứng nhận\n\n"
                           "1. Giấy chứng nhận bị thu hồi khi cơ sở chấm dứt hoạt động.\n\n"
                           "2. Thâm quyền thu hồi Giấy chứng nhận\n\n"
                           "_ a) Cơ quan cấp Giấy chứng nhận có quyền thu hồi Giấy chứng nhận đã cấp;\n\n"
                           "b) Cơ quan có thâm quyền cấp trên có quyền thu hồi Giấy chứng nhận.\n\n"
                           "Điều 10. Tái xuất\n\n"
                           "1. Đối với hình thức tái xuất\n\n"
                           "_ Trong thời gian 05 ngảy làm việc, chủ sản phâm phải gửi báo cáo.\n\n"
                           "Điều 11. Tô chức thực hiện\n"
                           "1. Trách nhiệm của Bộ Công Thương\n"
                           "-_a) Vụ Khoa học và Công nghệ\n\n"
                           "Chủ trì, phối hợp với các đơn vị có liên quan hướng dẫn thực hiện Thông tư này;\n\n" +
                           kClosing);
  CHECK(find(d.provisions, "chp_I__art_9__para_2__point_a"));
  CHECK(find(d.provisions, "chp_I__art_11__para_1__point_a"));
  const Provision* c = find(d.provisions, "chp_I__art_10__para_1");
  REQUIRE(c);
  CHECK(c->text.find('_') == std::string::npos);
  // the near reading: "_Nơi nhận:_" of a markdown copy and a placeholder "____" keep their marks
  Document m = parse_lines(kCircularHead + kBody + "Số tiền: ____ đồng.\n\n" + kClosing);
  const Provision* a = find(m.provisions, "chp_I__art_1");
  REQUIRE(a);
  CHECK(a->text.find("____") != std::string::npos);
}

TEST_CASE("parse h23parse: a transcript's page break is no word of the text") {
  // TT 43/2018/TT-BCT: "1. Bộ Công Thương cấp Giấy chứng nhận đối với:" + "===== Trang 7 ====="
  Document d = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 6. Thẩm quyền cấp\n\n"
                           "1. Bộ Công Thương cấp Giấy chứng nhận đối với:\n\n\n"
                           "===== Trang 7 =====\n"
                           "a) Cơ sở sản xuất thực phẩm.\n\n" +
                           kClosing);
  const Provision* c = find(d.provisions, "chp_I__art_6__para_1");
  REQUIRE(c);
  CHECK(c->text == "Bộ Công Thương cấp Giấy chứng nhận đối với:");
  CHECK(find(d.provisions, "chp_I__art_6__para_1__point_a"));
}

TEST_CASE("parse h23parse: a chapter title after a blank line continues on its next caps line") {
  // TT 43/2018/TT-BCT: "Chương II", a blank line, then the title on two lines ("… GIẤY CHỨNG NHẬN _")
  Document d = parse_lines(kCircularHead + kBody +
                           "Chương II\n\n"
                           "CÁP, THU HÒI GIÁY CHỨNG NHẬN _\n"
                           "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM\n\n"
                           "Điều 4. Hồ sơ đề nghị cấp Giấy chứng nhận\n\n"
                           "Đơn đề nghị theo Mẫu số 01a.\n\n" +
                           kClosing);
  const Provision* c = find(d.provisions, "chp_II");
  REQUIRE(c);
  REQUIRE(c->heading);
  CHECK(*c->heading == "CÁP, THU HÒI GIÁY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM");
  CHECK(c->text.empty());
  // the near reading: a sentence after the blank line is the chapter's first words, no title
  Document n = parse_lines(kCircularHead + kBody +
                           "Chương II\n\n"
                           "Chương này quy định về cấp giấy.\n"
                           "Điều 4. Hồ sơ\n\nĐơn đề nghị.\n\n" + kClosing);
  const Provision* c2 = find(n.provisions, "chp_II");
  REQUIRE(c2);
  CHECK(!c2->heading);
}

TEST_CASE("parse h23parse: a margin's rule read as | after an article title is dropped") {
  // TT 57/2018/TT-BCT: "Điều 9. Mẫu Giấy chứng nhận, Giấy phép |"
  Document d = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 9. Mẫu Giấy chứng nhận, Giấy phép |\n\n"
                           "1. Mẫu Giấy chứng nhận theo mẫu Phụ lục 7 kèm theo Thông tư này.\n\n" +
                           kClosing);
  const Provision* a = find(d.provisions, "chp_I__art_9");
  REQUIRE(a);
  REQUIRE(a->heading);
  CHECK(*a->heading == "Mẫu Giấy chứng nhận, Giấy phép");
}
