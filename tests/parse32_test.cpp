// A letter whose sections are roman numerals, and a citation wrapped so that a line opens with "Điều 96
// Thông tư 38/2015/TT-BTC." (held-out CV 778/TCHQ-GSQL, batch 18): that line is no article of the letter.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_text(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

const std::string letter =
    "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 778/TCHQ-GSQL\nV/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014\nHà Nội, ngày 13 tháng 02 năm 2017\n"
    "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n"
    "Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thực hiện nội dung sau:\n"
    "I. Các Chi cục Hải quan trên toàn quốc\n"
    "1. Hướng dẫn người khai khai báo thông tin tờ khai.\n"
    "2. Trường hợp hàng hóa phải xuất trả thì thực hiện theo quy định tại\n"
    "Điều 96 Thông tư 38/2015/TT-BTC. Trường hợp chấp nhận thì công chức giám sát nhập chứng từ.\n"
    "II. Các Chi cục Hải quan đã triển khai Hệ thống kết nối\n"
    "1. Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nVũ Ngọc Anh\n";

}  // namespace

TEST_CASE("parse32: a line a citation wrapped onto, 'Điều 96 Thông tư …', makes no articles of a letter",
          "[parse][parse32]") {
  const Document d = parse_text(letter);
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[0].eid == "sec_I");
  CHECK(d.provisions[1].eid == "sec_II");
  REQUIRE(d.provisions[0].children.size() == 2);
  CHECK(d.provisions[0].children[1].text.find("Điều 96 Thông tư 38/2015/TT-BTC") != std::string::npos);
}

TEST_CASE("parse32: a real article line without its full stop still makes articles", "[parse][parse32]") {
  // "Điều 5 Điều khoản thi hành" (QĐ 33/2025 Hà Nội, printed without the full stop) is the text's article
  const std::string decision =
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 33/2025/QĐ-UBND\nHà Nội, ngày 10 tháng 5 năm 2025\nQUYẾT ĐỊNH\n"
      "Về giá dịch vụ\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nQUYẾT ĐỊNH:\n"
      "Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định giá dịch vụ.\n"
      "Điều 5 Điều khoản thi hành\nQuyết định này có hiệu lực từ ngày 20 tháng 5 năm 2025.\n";
  const Document d = parse_text(decision);
  REQUIRE(!d.provisions.empty());
  CHECK(d.provisions[0].eid == "art_1");
}

TEST_CASE("parse32: a web copy's title run into the enacting authority, and the judges' council's name",
          "[parse][parse32]") {
  // NQ 01/2020/NQ-HĐTP as thuvienphapluat.vn's crawl prints it: date, type, title and authority on one line
  const std::string resolution =
      "Nghị quyết 01/2020/NQ-HĐTP\nHỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 01/2020/NQ-HĐTP\n"
      "Hà Nội, ngày 05 tháng 3 năm 2020 NGHỊ QUYẾT HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP LUẬT TRONG GIẢI "
      "QUYẾT TRANH CHẤP VỀ TÀI SẢN CHUNG CỦA DÒNG HỌ HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\n"
      "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\n"
      "Sau khi có ý kiến của Viện trưởng Viện kiểm sát nhân dân tối cao và Bộ trưởng Bộ Tư pháp, QUYẾT NGHỊ:\n"
      "Điều 1. Phạm vi điều chỉnh\nNghị quyết này hướng dẫn áp dụng một số quy định của pháp luật.\n"
      "Điều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực thi hành kể từ ngày 10 tháng 4 năm 2020.\n";
  const Document d = parse_text(resolution);
  REQUIRE(d.meta.issuer);
  CHECK(*d.meta.issuer == "Hội đồng Thẩm phán Tòa án nhân dân tối cao");
  REQUIRE(d.meta.title);
  CHECK(*d.meta.title ==
        "HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP LUẬT TRONG GIẢI QUYẾT TRANH CHẤP VỀ TÀI SẢN CHUNG CỦA DÒNG HỌ");
}

TEST_CASE("parse32: the Standing Committee spelt 'UỶ' closes a flattened caps title too", "[parse][parse32]") {
  // NQ 755/2005/NQ-UBTVQH11 as crawled
  const std::string src =
      "UỶ BAN THƯỜNG VỤ QUỐC HỘI\nSố: 755/2005/NQ-UBTVQH11\nHà Nội, ngày 02 tháng 4 năm 2005 NGHỊ QUYẾT QUY ĐỊNH "
      "VIỆC GIẢI QUYẾT ĐỐI VỚI MỘT SỐ TRƯỜNG HỢP CỤ THỂ VỀ NHÀ ĐẤT TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 UỶ BAN THƯỜNG "
      "VỤ QUỐC HỘI\nCăn cứ Nghị quyết số 23/2003/QH11;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi\nNghị quyết này quy định.\n";
  const Document d = parse_text(src);
  REQUIRE(d.meta.title);
  CHECK(*d.meta.title == "QUY ĐỊNH VIỆC GIẢI QUYẾT ĐỐI VỚI MỘT SỐ TRƯỜNG HỢP CỤ THỂ VỀ NHÀ ĐẤT TRƯỚC NGÀY 01 THÁNG 7 "
                         "NĂM 1991");
}

TEST_CASE("parse32: a text in sections without chapters opens its body at 'Mục 1:'", "[parse][parse32]") {
  // TTLT 178/2015/TTLT-BTC-BNNPTNT-BTNMT-BYT: the enacting formula in prose, then "Mục 1: QUY ĐỊNH CHUNG"
  const std::string src =
      "BỘ TÀI CHÍNH - BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 178/2015/TTLT-BTC-BYT\n"
      "Hà Nội, ngày 12 tháng 11 năm 2015\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện Cơ chế một cửa quốc gia\n"
      "Căn cứ Luật Hải quan số 54/2014/QH13 ngày 23 tháng 6 năm 2014;\n"
      "Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Y tế ban hành Thông tư liên tịch hướng dẫn thực hiện Cơ chế một cửa "
      "quốc gia.\n"
      "Mục 1: QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thực hiện Cơ chế một cửa quốc gia.\n"
      "Mục 2: ĐIỀU KHOẢN THI HÀNH\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày ký.\n";
  const Document d = parse_text(src);
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.provisions[0].eid == "sec_1");
  REQUIRE(!d.provisions[0].children.empty());
  CHECK(d.provisions[0].children[0].eid == "sec_1__art_1");
  CHECK(d.provisions[1].eid == "sec_2");
}
