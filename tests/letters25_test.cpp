// Letters (session 25): a letter's addressees ("Kính gửi:" and its list) as the parser reads them,
// and the linker finding them in the letter's body, where its request names them again — role-holders
// no registry lists among them (CV 3320/SNNMT-CCMT Lào Cai: "Chủ các công trình phải tổ chức quan trắc
// khí tượng thuỷ văn chuyên dùng …"). And a line of running text that ends at a ";" of its sentence.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "link_helpers.h"
#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;
using namespace vanban::link_test;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

// CV 3320/SNNMT-CCMT (Lào Cai, 23/4/2026) as pdftotext printed it, up to its closing
const std::string kLetter = R"( ỦY BAN NHÂN DÂN TỈNH LÀO CAI                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIẾT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                         Độc lập - Tự do - Hạnh phúc
             –––––––––––––––                          ––––––––––––––––––––––––––––––
       Số: 3320 /SNNMT-CCMT                        Lào Cai, ngày 23 tháng 4 năm 2026
    V/v triển khai thực hiện các quy định
về giảm nhẹ phát thải khí nhà kính và bảo vệ
      tầng ô-dôn; khí tượng thuỷ văn
                  Kính gửi:
                               - Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;
                               - Các Sở, ban, ngành của tỉnh;
                               - Bộ Chỉ huy quân sự tỉnh;
                               - Công an tỉnh;
                               - Đài Khí tượng Thủy văn tỉnh Lào Cai;
                               - Uỷ ban nhân dân các xã, phường của tỉnh;
                               - Hiệp hội Doanh nghiệp tỉnh;
                               - Chủ các công trình phải tổ chức quan trắc khí tượng
                               thuỷ văn chuyên dùng trên địa bàn tỉnh Lào Cai;
                               - Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính.
           Bộ Nông nghiệp và Môi trường đã ban hành các Văn bản hợp nhất về lĩnh
     vực khí tượng thuỷ văn và biến đổi khí hậu, cụ thể:
           - Văn bản hợp nhất số 48/VBHN-BNNMT ngày 15/4/2026 về xác thực hợp
     nhất Nghị định quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn;
           - Văn bản hợp nhất số 49/VBHN-BNNMT ngày 21/4/2026 về xác thực
     hợp nhất Nghị định quy định chi tiết một số điều của Luật Khí tượng thuỷ văn.
            Để việc triển khai thực hiện các quy định về giảm nhẹ phát thải khí nhà
     kính và bảo vệ tầng ô-dôn; khí tượng thuỷ văn được kịp thời và đúng quy định,
     Sở Nông nghiệp và Môi trường đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
     tỉnh; các Sở, ban, ngành của tỉnh; Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; Đài
     Khí tượng Thủy văn tỉnh Lào Cai; Uỷ ban nhân dân các xã, phường của tỉnh;
     Hiệp hội Doanh nghiệp tỉnh; Chủ các công trình phải tổ chức quan trắc khí
     tượng thuỷ văn chuyên dùng trên địa bàn tỉnh Lào Cai; Chủ dự án/cơ sở phải
     thực hiện kiểm kê khí nhà kính và các tổ chức, cá nhân có liên quan tổ chức
     nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện nghiêm các
     quy định về giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn; khí tượng
     thuỷ văn theo các văn bản hợp nhất của Bộ Nông nghiệp và Môi trường (Chi tiết
     có các Văn bản gửi kèm theo).
           Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc, đề nghị
)";
const std::string kClosing = R"(Nơi nhận:                                                      KT. GIÁM ĐỐC
- Như trên;
- Lưu: VT, CCMT.                                               PHÓ GIÁM ĐỐC
                                                               Hà Mạnh Cường
)";

const std::string kHead =
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5141/SNNMT-KS\n"
    "Lào Cai, ngày 29 tháng 12 năm 2025\nV/v quản lý khoáng sản\n";

}  // namespace

TEST_CASE("letters25: the addressees of a letter, one entry each", "[parse][letters25]") {
  Document d = parse_lines(kLetter + kClosing);
  const std::vector<std::string> want = {
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "Các Sở, ban, ngành của tỉnh",
      "Bộ Chỉ huy quân sự tỉnh",
      "Công an tỉnh",
      "Đài Khí tượng Thủy văn tỉnh Lào Cai",
      "Uỷ ban nhân dân các xã, phường của tỉnh",
      "Hiệp hội Doanh nghiệp tỉnh",
      // (an entry wrapped onto a line in lower case)
      "Chủ các công trình phải tổ chức quan trắc khí tượng thuỷ văn chuyên dùng trên địa bàn tỉnh Lào Cai",
      "Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính"};
  CHECK(d.addressees == want);
  // not part of what the letter's recipients are (Nơi nhận)
  CHECK(d.recipients == std::vector<std::string>{"Như trên"});
}

TEST_CASE("letters25: addressees after the colon, wrapped in capitals, or on the next line", "[parse][letters25]") {
  // "Kính gửi: - Ủy ban nhân dân tỉnh," and an entry whose second line opens with a name (CV 2449-CV/ĐU)
  Document a = parse_lines(kHead +
                           "Kính gửi: - Ủy ban nhân dân tỉnh,\n"
                           "- Các cơ quan chuyên trách tham mưu, giúp việc\n"
                           "Đảng ủy Ủy ban nhân dân tỉnh,\n"
                           "- Các chi bộ, đảng bộ cơ sở.\n\n"
                           "Đề nghị các chi bộ triển khai thực hiện.\n");
  CHECK(a.addressees == std::vector<std::string>{"Ủy ban nhân dân tỉnh",
                                                 "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh",
                                                 "Các chi bộ, đảng bộ cơ sở"});
  // "Kính gửi:" alone, its one addressee on the next lines (CV 5141/SNNMT-KS)
  Document b = parse_lines(kHead +
                           "Kính gửi:\nCác tổ chức, cá nhân khai thác, thu hồi khoáng sản\ntrên địa bàn tỉnh Lào Cai.\n\n"
                           "Đề nghị các tổ chức, cá nhân thực hiện.\n");
  CHECK(b.addressees == std::vector<std::string>{"Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai"});
  // after the date of a flattened header, several on the line (CV 296/BHXH-CSYT)
  Document c = parse_lines(kHead + "Lào Cai, ngày 02 tháng 02 năm 2021 Kính gửi: Sở Tài chính; Sở Xây dựng.\n\n"
                                   "Đề nghị các Sở thực hiện.\n");
  CHECK(c.addressees == std::vector<std::string>{"Sở Tài chính", "Sở Xây dựng"});
  // a line that runs on into the letter's first sentence names no addressee (CV 3397/BKHĐT-QLKTTW)
  const std::string run_on(300, 'x');
  Document e = parse_lines(kHead + "Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC " +
                           run_on + ".\n");
  CHECK(e.addressees.empty());
  // and a text without "Kính gửi" has none
  Document f = parse_lines(kHead + "Đề nghị các Sở thực hiện.\n");
  CHECK(f.addressees.empty());
}

TEST_CASE("letters25: a line ending at a ';' of its sentence does not end the paragraph", "[parse][letters25]") {
  Document d = parse_lines(kLetter + kClosing);
  bool whole = false;
  for (const Paragraph& p : d.body)
    whole = whole || (p.text.find("của tỉnh; Hiệp hội Doanh nghiệp tỉnh; Chủ các công trình") != std::string::npos &&
                      p.text.find("đề nghị Ủy ban Mặt trận") != std::string::npos);
  CHECK(whole);
  // entries of a list set line by line stay apart
  Document e = parse_lines(kHead + "Kính gửi: Sở Tài chính.\n\nSở Nông nghiệp và Môi trường đề nghị:\n"
                                   "- Sở Tài chính bố trí kinh phí thực hiện;\n- Sở Nội vụ hướng dẫn thực hiện;\n"
                                   "- Công an tỉnh kiểm tra, xử lý vi phạm.\n");
  std::size_t items = 0;
  for_each_provision(e.provisions, [&](const Provision& p) { items += p.kind == ProvisionKind::item; });
  CHECK(items == 3);
}

TEST_CASE("letters25: addressees the registry does not know are found in the letter's request", "[link][letters25]") {
  Document d = parse_lines(kLetter + kClosing);
  link(d);
  CHECK(has(d, "Chủ các công trình phải tổ chức quan trắc khí tượng thuỷ văn chuyên dùng trên địa bàn tỉnh Lào Cai",
            Role::lead));
  CHECK(has(d, "Hiệp hội Doanh nghiệp tỉnh Lào Cai", Role::lead));
  CHECK(has(d, "Công an tỉnh Lào Cai", Role::lead));
  bool owners = false;
  for (const Assignment& a : d.assignments)
    owners = owners || (a.role == Role::lead && a.mention == "Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính");
  CHECK(owners);
  // the same words in a letter that is not written to them name no one
  Document e = parse_lines(kHead + "Kính gửi: Công an tỉnh.\n\n"
                                   "Sở Nông nghiệp và Môi trường đề nghị Công an tỉnh; Chủ các công trình phải tổ chức "
                                   "quan trắc khí tượng thuỷ văn chuyên dùng trên địa bàn tỉnh Lào Cai tổ chức triển khai "
                                   "thực hiện.\n" +
                           kClosing);
  link(e);
  for (const Assignment& a : e.assignments) CHECK(a.mention.rfind("Chủ các công trình", 0) == std::string::npos);
}

TEST_CASE("letters25: addressees named side by side are one body each", "[link][letters25]") {
  // CV 4390/UBND-NLN (Lào Cai): a national park and the forestry companies, neither in the registry
  Document d = parse_lines(
      "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 4390/UBND-NLN\nLào Cai, ngày 27 tháng 5 năm 2026\n"
      "V/v tổ chức triển khai thực hiện Nghị định số 180/2026/NĐ-CP\n"
      "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Vườn quốc gia Hoàng Liên;\n- Các Công ty Lâm nghiệp;\n"
      "- Ủy ban nhân dân các xã, phường.\n"
      "Thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ. Chủ tịch Ủy ban nhân dân tỉnh giao:\n"
      "1. Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai thực hiện các nội dung "
      "thuộc trách nhiệm, thẩm quyền của chủ rừng, đảm bảo đúng quy định.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, NLN.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Trung Bá\n");
  link(d);
  CHECK(has(d, "Vườn quốc gia Hoàng Liên", Role::lead));
  CHECK(has(d, "Các Công ty Lâm nghiệp", Role::lead));
  for (const Assignment& a : d.assignments) CHECK(a.mention != "Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp");
}

TEST_CASE("letters25: a Văn phòng Chính phủ letter conveys a leader's instruction", "[link][letters25]") {
  // CV 648/VPCP-NN (2022) as the web page prints it: the header in a markdown table
  const std::string letter =
      "| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n"
      "| --- | --- |\n"
      "| Số: 648/VPCP-NN *V/v phê duyệt Đề án phát triển thị trường các-bon tại Việt Nam* | *Hà Nội, ngày 26 tháng 01 "
      "năm 2022* |\n"
      "| Kính gửi: | - Bộ Tài chính; - Bộ Tài nguyên và Môi trường. |\n"
      "| --- | --- |\n"
      "Về đề nghị của Bộ Tài nguyên và Môi trường tại Tờ trình số 87/TTr-BTNMT ngày 26 tháng 11 năm 2021, Phó Thủ "
      "tướng Chính phủ Lê Văn Thành có ý kiến như sau:\n"
      "Bộ Tài chính báo cáo tình hình thực hiện nhiệm vụ xây dựng cơ chế, chính sách tài chính; trên cơ sở đó chủ trì, "
      "phối hợp với Bộ Tài nguyên và Môi trường và các cơ quan có liên quan xây dựng Đề án, báo cáo Thủ tướng Chính phủ.\n"
      "Văn phòng Chính phủ thông báo để các Bộ: Tài chính, Tài nguyên và Môi trường và các cơ quan liên quan biết, thực "
      "hiện./.\n"
      "| *Nơi nhận:* - Như trên; - Lưu: VT, NN. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |\n"
      "| --- | --- |\n";
  Document d = parse_lines(letter);
  CHECK(d.meta.issuer == "Văn phòng Chính phủ");
  CHECK_FALSE(d.meta.issuer_parent);
  link(d);
  CHECK(has(d, "Bộ Tài chính", Role::lead));
  CHECK(has(d, "Bộ Tài nguyên và Môi trường", Role::coordinate));
  CHECK(has(d, "Bộ Tài nguyên và Môi trường", Role::lead));  // (told to carry it out)
  CHECK(has(d, "Các cơ quan liên quan", Role::lead));
  CHECK_FALSE(has(d, "Văn phòng Chính phủ", Role::lead));
  CHECK_FALSE(has(d, "Thủ tướng Chính phủ", Role::lead));
}

TEST_CASE("letters25: an issuer answering with its own opinion conveys no instruction", "[link][letters25]") {
  // CV 597/HC-QLHC (Cục Hóa chất): "… Cục Hóa chất có ý kiến như sau:" then the law as it stands
  Document d = parse_lines(
      "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nSố: 597/HC-QLHC\nHà Nội, ngày 20 tháng 3 năm 2026\nV/v tham vấn cấp Giấy phép\n"
      "Kính gửi: Sở Công Thương tỉnh Quảng Ngãi.\n\n"
      "Trả lời Công văn số 1012/SCT-KYATMT ngày 09 tháng 3 năm 2026 của Sở Công Thương tỉnh Quảng Ngãi, Cục Hóa chất "
      "có ý kiến như sau:\n"
      "Trong trường hợp cần thiết, Thủ tướng Chính phủ cho phép áp dụng hoặc không áp dụng một hoặc một số biện pháp "
      "quản lý ngoại thương đối với hàng hóa.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nNguyễn Văn A\n");
  link(d);
  CHECK_FALSE(has(d, "Thủ tướng Chính phủ", Role::lead));
}
