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
