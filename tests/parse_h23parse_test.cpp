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

namespace {

// Luật 42/2005/QH11 as its web copy prints it: the new wording of Điều 22 opened with a straight mark
// after a site's note, closed with a curly one; the law's own Điều 2 run onto the last quote and
// Điều 3, both without their full stop
const std::string kAmendingLaw =
    "QUỐC HỘI\n\nLUẬT\nSửa đổi, bổ sung một số điều của Luật hải quan\n\n"
    "Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Luật hải quan:\n"
    "1. Điều 22 được sửa đổi, bổ sung như sau:  \"Điều 22. Hồ sơ hải quan\n"
    "1. Hồ sơ hải quan gồm có:\n"
    "a) Tờ khai hải quan;\n"
    "b) Hoá đơn thương mại.\n"
    "2. Hồ sơ hải quan được nộp cho cơ quan hải quan.”\n"
    "2. Khoản 2 và khoản 3 Điều 74 được sửa đổi, bổ sung như sau:\n"
    "“2. Bộ Tài chính chịu trách nhiệm trước Chính phủ thực hiện thống nhất quản lý nhà nước về hải quan.\n"
    "3. Bộ, cơ quan ngang bộ có trách nhiệm phối hợp với Bộ Tài chính trong việc quản lý nhà nước về hải "
    "quan.\"Điều 2 Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2006.\n"
    "Điều 3 Chính phủ quy định chi tiết và hướng dẫn thi hành Luật này.\n"
    "Luật này đã được Quốc hội thông qua ngày 14 tháng 6 năm 2005.\n";

}  // namespace

TEST_CASE("parse h23parse: the next article without its full stop after a closing quote is an article") {
  Document d = parse_lines(kAmendingLaw);
  const Provision* a2 = find(d.provisions, "art_2");
  REQUIRE(a2);
  CHECK(a2->text == "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2006.");
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK(a3->text.find("Chính phủ quy định chi tiết") == 0);
  // the near reading: a reference "Điều 2 Luật …" wrapped after "tại" continues its sentence
  Document n = parse_lines(
      "QUỐC HỘI\n\nLUẬT\nThử\n\n"
      "Điều 1. Phạm vi\n"
      "Việc cấp phép thực hiện theo quy định tại\n"
      "Điều 2 Luật Đầu tư và các văn bản hướng dẫn.\n");
  CHECK(!find(n.provisions, "art_2"));
}

TEST_CASE("parse h23parse: new wording opened with a straight mark on the announcing line is quoted") {
  Document d = parse_lines(kAmendingLaw);
  CHECK(find(d.provisions, "art_1__para_1"));
  CHECK(!find(d.provisions, "art_1__para_1__point_a"));  // "a) Tờ khai hải quan;" is Điều 22's, quoted
  const Provision* c2 = find(d.provisions, "art_1__para_2");
  REQUIRE(c2);
  CHECK(c2->text.find("Điều 74") != std::string::npos);
}

TEST_CASE("parse h23parse: a colon left of the type name by the scan is no word of the title") {
  // TT 43/2018/TT-BCT: "- THÔNG TƯ :" + "Quy định về quần lý an toàn thực phẩm thuộc" + "trách nhiệm …"
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG _ CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\n"
      "—————— Độc lập - Tự do - Hạnh phúc\n\n"
      "Só: #2 /2018/TT-BCT Hà Nội, ngày 45 tháng #Í năm 2018\n\n"
      "- THÔNG TƯ :\n"
      "Quy định về quần lý an toàn thực phẩm thuộc\n"
      "trách nhiệm của Bộ Công Thương\n\n"
      "Căn cứ Luật Án toàn thực phẩm ngày 17 tháng 6 năm 2010;\n\n"
      "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về các nội dung sau.\n");
  CHECK(d.meta.title ==
        std::optional<std::string>("Quy định về quần lý an toàn thực phẩm thuộc trách nhiệm của Bộ Công Thương"));
}

TEST_CASE("parse h23parse: a stray opening mark no colon announced does not quote the article's clauses") {
  // TT 43/2018/TT-BCT: "Điều 1. Phạm vi điều chỉnh" + "“Thông tư này quy định về các nội dung sau:" — never closed
  const std::string body = "Điều 1. Phạm vi điều chỉnh\n"
                           "“Thông tư này quy định về các nội dung sau:\n\n"
                           "1. Cấp, thụ hồi Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phâm.\n\n"
                           "2. Cơ quan kiểm tra nhà nước về an toàn thực phẩm đối với thực phẩm nhập khẩu.\n\n"
                           "Điều 2. Đối tượng áp dụng\n\nThông tư này áp dụng đối với cơ quan, tổ chức.\n\n";
  Document d = parse_lines(kCircularHead + "Chương I\nQUY ĐỊNH CHUNG\n" + body + kClosing);
  CHECK(find(d.provisions, "chp_I__art_1__para_1"));
  CHECK(find(d.provisions, "chp_I__art_1__para_2"));
  // the near reading: announced by "… như sau:", the unclosed new wording stays quoted up to Điều 2
  Document q = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 1. Sửa đổi Điều 5 Thông tư số 58/2014/TT-BCT như sau:\n"
                           "“Điều 5. Hồ sơ đề nghị\n\n"
                           "1. Đơn đề nghị cấp Giấy chứng nhận.\n\n"
                           "Điều 2. Hiệu lực\n\nThông tư này có hiệu lực.\n\n" +
                           kClosing);
  CHECK(!find(q.provisions, "chp_I__art_1__para_1"));
  CHECK(find(q.provisions, "chp_I__art_2"));
}

TEST_CASE("parse h23parse: q) where d) is due is the scan's d)") {
  // TT 43/2018/TT-BCT, Điều 4 khoản 1: "a)", "b)", "c)", then "q) Giấy xác nhận đã được tập huấn …"
  Document d = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 4. Hồ sơ đề nghị cấp Giấy chứng nhận\n"
                           "1. Trường hợp đề nghị cấp lần đầu\n"
                           "a) Đơn đề nghị theo Mẫu số 01a;\n\n"
                           "b) Bản thuyết minh về cơ sở vật chắt;\n\n"
                           "c) Giấy xác nhận đủ sức khỏe;\n\n"
                           "q) Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm.\n\n"
                           "2. Trường hợp đề nghị cấp lại do Giấy chứng nhận bị mất.\n\n" +
                           kClosing);
  CHECK(find(d.provisions, "chp_I__art_4__para_1__point_d"));
  // the near reading: "q)" with no c) before it opens nothing
  Document n = parse_lines(kCircularHead +
                           "Chương I\nQUY ĐỊNH CHUNG\n"
                           "Điều 4. Hồ sơ\n"
                           "1. Trường hợp đề nghị cấp lần đầu\n"
                           "a) Đơn đề nghị theo Mẫu số 01a;\n\n"
                           "q) Giấy xác nhận đã được tập huấn.\n\n" +
                           kClosing);
  CHECK(!find(n.provisions, "chp_I__art_4__para_1__point_d"));
  CHECK(!find(n.provisions, "chp_I__art_4__para_1__point_q"));
}

TEST_CASE("parse h23parse: an article that is its one line and nothing more has no title") {
  // QĐ 09/2025/QĐ-UBND Hà Nội: "Điều 1. Bãi bỏ toàn bộ Quyết định số 10/2011/QĐ-UBND …" (no full stop), then Điều 2
  Document d = parse_lines(
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 09/2025/QĐ-UBND Hà Nội, ngày 26 tháng 02 năm 2025\n\n"
      "QUYẾT ĐỊNH\nBãi bỏ Quyết định số 10/2011/QĐ-UBND\n\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
      "Điều 1. Bãi bỏ toàn bộ Quyết định số 10/2011/QĐ-UBND ngày 02/3/2011 của UBND Thành phố về phân cấp "
      "nhiệm vụ chi thực hiện Luật Dân quân tự vệ trên địa bàn thành phố Hà Nội\n\n"
      "Điều 2. Hiệu lực thi hành\n\nQuyết định này có hiệu lực thi hành kể từ ngày 08 tháng 3 năm 2025.\n\n"
      "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n");
  const Provision* a1 = find(d.provisions, "art_1");
  REQUIRE(a1);
  CHECK(!a1->heading);
  CHECK(a1->text.find("Bãi bỏ toàn bộ Quyết định số 10/2011/QĐ-UBND") == 0);
  // the near reading: a title with a paragraph under it stays a title
  const Provision* a2 = find(d.provisions, "art_2");
  REQUIRE(a2);
  CHECK(a2->heading == std::optional<std::string>("Hiệu lực thi hành"));
}

TEST_CASE("parse h23parse: wide gaps inside the date line do not split it into columns") {
  // QĐ 11/2025/QĐ-UBND Hà Nội: "Hà Nội, ngày 28   tháng 02   năm 2025"
  Document d = parse_lines(
      "ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ HÀ NỘI  \nSố: 11        /2025/QĐ-UBND  \n\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc  \n"
      "Hà Nội, ngày 28   tháng 02   năm 2025\n\n"
      "QUYẾT ĐỊNH  \nVề việc quy định chức năng, nhiệm vụ, quyền hạn  \n\n"
      "Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;\n\n"
      "Điều 1. Vị trí và chức năng\n\nSở Giáo dục và Đào tạo là cơ quan chuyên môn.\n");
  CHECK(d.meta.date == std::optional<std::string>("2025-02-28"));
  CHECK(d.meta.place == std::optional<std::string>("Hà Nội"));
  // the near reading: an undated draft keeps its date null
  Document n = parse_lines(
      "ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ HÀ NỘI  \n\nHà Nội, ngày      tháng      năm 2025\n\n"
      "QUYẾT ĐỊNH  \nVề việc thử\n\nĐiều 1. Vị trí\n\nSở là cơ quan chuyên môn.\n");
  CHECK(!n.meta.date);
}

TEST_CASE("parse h23parse: an article title cut before its number continues on the next line") {
  // TT 79/2022/TT-BTC: "Điều 2. Bãi bỏ Thông tư số" + "20/2014/TT-BTC  ngày 12/02/2014 của Bộ trưởng …" + "1. …"
  Document d = parse_lines(
      "BỘ TÀI CHÍNH\n\nSố: 79/2022/TT-BTC Hà Nội, ngày 30 tháng 12 năm 2022\n\nTHÔNG TƯ\nSửa đổi một số điều\n\n"
      "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n\n"
      "Điều 1. Sửa đổi điểm g khoản 1 Điều 9 Thông tư số 111/2013/TT-BTC như sau: sửa đổi.\n"
      "Điều 2. Bãi bỏ Thông tư số\n"
      "20/2014/TT-BTC  ngày 12/02/2014 của Bộ trưởng Bộ Tài chính quy định việc nhập khẩu xe ô tô\n"
      "1. Bãi bỏ toàn bộ Thông tư số 20/2014/TT-BTC ngày 12/02/2014.\n"
      "2. Việc nhập khẩu xe ô tô thực hiện theo quy định tại Thông tư số 143/2015/TT-BTC.\n"
      "Điều 3. Hiệu lực thi hành\n"
      "Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2023.\n");
  const Provision* a = find(d.provisions, "art_2");
  REQUIRE(a);
  CHECK(a->heading == std::optional<std::string>(
                          "Bãi bỏ Thông tư số 20/2014/TT-BTC ngày 12/02/2014 của Bộ trưởng Bộ Tài chính quy định việc "
                          "nhập khẩu xe ô tô"));
  // the near reading: a title ending in its own word keeps the sentence below as text
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK(a3->heading == std::optional<std::string>("Hiệu lực thi hành"));
  CHECK(a3->text == "Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2023.");
}

TEST_CASE("parse h23parse: a statement of effect with its day left blank gives no effective date") {
  // TT 57/2018/TT-BCT Điều 22: "1. Thông tư này có hiệu lực kế từ ngày tháng năm 2019 trừ quy định tại khoản 2 …"
  // + "2. Quy định về mẫu đơn … có hiệu lực kế từ ngày 01 tháng 01 năm 2020." (an exception's date)
  const std::string effect = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 22. Hiệu lực thi hành\n\n"
                             "1. Thông tư này có hiệu lực kế từ ngày tháng năm 2019 trừ quy định tại khoản 2 Điều này.\n\n"
                             "2. Quy định về mẫu đơn đề nghị cấp Giấy phép có hiệu lực kế từ ngày 01 tháng 01 năm 2020.\n\n";
  Document d = parse_lines(kCircularHead + effect + kClosing);
  CHECK(!d.meta.effective_date);
  // the near reading: a dated statement of effect keeps its date
  std::string dated = effect;
  dated.replace(dated.find("ngày tháng năm 2019"), std::string("ngày tháng năm 2019").size(),
                "ngày 15 tháng 02 năm 2019");
  Document n = parse_lines(kCircularHead + dated + kClosing);
  CHECK(n.meta.effective_date == std::optional<std::string>("2019-02-15"));
}

TEST_CASE("parse h23parse: a list of forms run onto the signature line is an attachment of its own") {
  // TT 79/2022/TT-BTC: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi DANH MỤC CÁC BIỂU MẪU (Ban hành kèm theo …)"
  const std::string doc =
      "BỘ TÀI CHÍNH\n\nSố: 79/2022/TT-BTC Hà Nội, ngày 30 tháng 12 năm 2022\n\nTHÔNG TƯ\nSửa đổi một số điều\n\n"
      "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n\n"
      "Điều 1. Hiệu lực thi hành\n"
      "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2023.\n"
      "Nơi nhận:\n- Công báo;\n- Lưu: VT, TCHQ (133b).\n"
      "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi DANH MỤC CÁC BIỂU MẪU (Ban hành kèm theo Thông tư số "
      "79/2022/TT-BTC ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Tài chính)\n"
      "1. Mẫu số 02 - Giấy chứng nhận hoàn thành khóa đào tạo bổ sung kiến thức pháp luật hải quan.\n"
      "2. Mẫu số 03 - Chứng chỉ nghiệp vụ khai hải quan.\n"
      "Mẫu số 02\n"
      "ĐƠN VỊ CẤP GIẤY CHỨNG NHẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "1. Họ và tên: ……\n";
  Document d = parse_lines(doc);
  CHECK(find(d.provisions, "att_1__para_1"));
  CHECK(find(d.provisions, "att_1__para_2"));
  CHECK(!find(d.provisions, "att_2__para_1"));  // the form after it holds no provisions
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->name == std::optional<std::string>("Nguyễn Đức Chi"));
}

TEST_CASE("parse h23parse: an annex titled as a form is still a form") {
  // the near reading: "BIỂU MẪU BÁO CÁO" (not a list of forms) keeps its fields out of the provisions
  Document d = parse_lines(kCircularHead + kBody + kClosing +
                           "PHỤ LỤC\n(Ban hành kèm theo Thông tư số 57/2018/TT-BCT)\n\nBIỂU MẪU BÁO CÁO\n\n"
                           "1. Tên doanh nghiệp: ……\n2. Địa chỉ: ……\n");
  CHECK(!find(d.provisions, "att_1__para_1"));
}
