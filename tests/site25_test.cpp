// thuvienphapluat's crawl as it copies a document in chunks (held-out batch 8: TT 43/2023/TT-BTC, QĐ
// 435/QĐ-UBND 2020 Kon Tum): each chunk opens with "<site title>. <heading path>", so a heading is
// printed again before each of its clauses; a programme issued with a decision has no "(Ban hành kèm
// theo …)"; a sub-clause's label stands alone or ends its clause's title line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "vanban/parse.h"
#include "vanban/text.h"

using namespace vanban;

namespace {

Document parse_lines(const std::string& s) { return parse(load_text(s, "t.txt"), "t.txt"); }

std::vector<std::string> texts(const Text& t) {
  std::vector<std::string> out;
  for (const TextLine& l : t.lines) out.push_back(l.text);
  return out;
}

bool has_eid(const std::vector<Provision>& ps, const std::string& eid) {
  bool found = false;
  for_each_provision(ps, [&](const Provision& p) { found = found || p.eid == eid; });
  return found;
}

const std::string kCircular =
    "Thông tư 43/2023/TT-BTC. BỘ TÀI CHÍNH -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 43/2023/TT-BTC\n"
    "Hà Nội, ngày 27 tháng 6 năm 2023 THÔNG TƯ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC THÔNG TƯ\n"
    "Căn cứ Luật Kế toán ngày 20 tháng 11 năm 2015;\n"
    "Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của các Thông tư.\n"
    "\n"
    "Thông tư 43/2023/TT-BTC. Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 46/2014/TT-BTC\n"
    "1. Sửa đổi, bổ sung điểm a, điểm b khoản 1 Điều 5 như sau:\n"
    "“a) Phiếu đăng ký dự thi;”.\n"
    "\n"
    "Thông tư 43/2023/TT-BTC. Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 46/2014/TT-BTC\n"
    "2. Sửa đổi, bổ sung điểm a khoản 1 Điều 12 như sau:\n"
    "“a) Phiếu đăng ký dự thi sát hạch;”.\n"
    "\n"
    "Thông tư 43/2023/TT-BTC. Điều 2. Hiệu lực thi hành\n"
    "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2023.\n";

}  // namespace

TEST_CASE("site25: a chunk's heading path printed again is the site's, not the document's", "[text][site25]") {
  const Text t = load_text(kCircular, "t.txt");
  const std::vector<std::string> l = texts(t);
  std::size_t article_1 = 0;
  for (const std::string& s : l) article_1 += s == "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 46/2014/TT-BTC";
  CHECK(article_1 == 1);
  // every chunk line lost the site's title; the first line keeps it (the header reads it)
  for (std::size_t i = 1; i < l.size(); ++i) CHECK(l[i].rfind("Thông tư 43/2023/TT-BTC. ", 0) == std::string::npos);
  // and the articles are read as printed once: clause 2 is Điều 1's, not a second Điều 1
  const Document d = parse_lines(kCircular);
  CHECK(has_eid(d.provisions, "art_1__para_2"));
  CHECK(has_eid(d.provisions, "art_2"));
  CHECK_FALSE(has_eid(d.provisions, "art_1a"));
}

TEST_CASE("site25: the part of a path an earlier one opened with is dropped", "[text][site25]") {
  const std::string s =
      "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
      "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH\n"
      "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "\n"
      "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG\n"
      "1. Tăng cường sự lãnh đạo của cấp ủy.\n";
  const std::vector<std::string> l = texts(load_text(s, "t.txt"));
  CHECK(std::find(l.begin(), l.end(), "CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU") != l.end());
  CHECK(std::find(l.begin(), l.end(), "II. NỘI DUNG HOẠT ĐỘNG") != l.end());
  // a document whose first line is no site title keeps such a line whole
  const std::string other =
      "ỦY BAN NHÂN DÂN TỈNH KON TUM\nQuyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG\n";
  const std::vector<std::string> m = texts(load_text(other, "t.txt"));
  CHECK(std::find(m.begin(), m.end(), "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG") !=
        m.end());
}

namespace {

// QĐ 435/QĐ-UBND 2020 Kon Tum as the crawl has it, shortened
const std::string kDecision =
    "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "\n"
    "QUYẾT ĐỊNH:\n"
    "Quyết định 435/QĐ-UBND năm 2020. Điều 1.\n"
    "Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.\n"
    "\n"
    "Quyết định 435/QĐ-UBND năm 2020. Điều 2.\n"
    "Giám đốc Sở Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành Quyết định này.\n"
    "Nơi nhận:\n"
    "- Như điều 2;\n"
    "- Lưu VT, KGVX2.\n"
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp \n"
    "\n"
    "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG "
    "12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ "
    "THƯ TRUNG ƯƠNG ĐẢNG VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HÒA, ỔN ĐỊNH VÀ TIẾN BỘ "
    "TRONG TÌNH HÌNH MỚI\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao nhận thức của cấp ủy, chính quyền về quan hệ lao động.\n"
    "\n"
    "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG\n"
    "1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng; sự quản lý, điều hành của chính quyền các cấp 1.1.\n"
    "Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt Chỉ thị số 37-CT/TW.\n"
    "- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.\n"
    "1.2.\n"
    "Xây dựng kế hoạch và triển khai có hiệu quả công tác tuyên truyền.\n"
    "- Cơ quan thực hiện: Ủy ban nhân dân các huyện, thành phố chủ trì.\n";

}  // namespace

TEST_CASE("site25: a programme after the signature with its first division and no 'kèm theo'", "[parse][site25]") {
  const Document d = parse_lines(kDecision);
  CHECK(has_eid(d.provisions, "att_1__sec_I"));
  CHECK(has_eid(d.provisions, "att_1__sec_II"));
  // the sub-clause's label ending its clause's title line, and one alone on its line
  CHECK(has_eid(d.provisions, "att_1__sec_II__para_1__para_1.1"));
  CHECK(has_eid(d.provisions, "att_1__sec_II__para_1__para_1.2"));
  bool words = false;
  for_each_provision(d.provisions, [&](const Provision& p) {
    if (p.eid == "att_1__sec_II__para_1__para_1.2") words = p.text.rfind("Xây dựng kế hoạch", 0) == 0;
  });
  CHECK(words);
  // the decision's articles stay its own
  CHECK(has_eid(d.provisions, "art_2"));
}

TEST_CASE("site25: a chapter's caps title over its first article opens no attachment", "[parse][site25]") {
  const Document d = parse_lines(
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 70/2024/QĐ-UBND\nHà Nội, ngày 10 tháng 10 năm 2024\nQUYẾT ĐỊNH\n"
      "Ban hành Quy định về giá\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về giá.\n"
      "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Sỹ Thanh\n\n"
      "QUY ĐỊNH\nMột số nội dung về giá\n(Ban hành kèm theo Quyết định số 70/2024/QĐ-UBND)\n"
      "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định việc tổ chức thực hiện.\n"
      "Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Trách nhiệm thi hành\nSở Tài chính hướng dẫn thực hiện.\n");
  CHECK(has_eid(d.provisions, "att_1__chp_I__art_1"));
  CHECK(has_eid(d.provisions, "att_1__chp_II__art_2"));
  CHECK_FALSE(has_eid(d.provisions, "att_2__art_1"));
}

TEST_CASE("site25: an article label without its full stop before a short title", "[parse][site25]") {
  // QĐ 33/2025/QĐ-UBND Hà Nội: "Điều 5 Điều khoản thi hành" on a line of its own
  const std::string head = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 33/2025/QĐ-UBND\nHà Nội, ngày 15 tháng 4 năm 2025\n"
                           "QUYẾT ĐỊNH\nBAN HÀNH KHUNG GIÁ DỊCH VỤ\nQUYẾT ĐỊNH:\n"
                           "Điều 4. Tổ chức thực hiện\nSở Xây dựng chủ trì hướng dẫn thực hiện.\n\n";
  const Document d = parse_lines(head + "Điều 5 Điều khoản thi hành\n\nQuyết định này có hiệu lực sau 10 ngày.\n");
  CHECK(has_eid(d.provisions, "art_5"));
  // a wrapped line that starts with a reference is no label
  const Document e = parse_lines(head + "Căn cứ phương pháp xác định giá quy định tại khoản 3\nĐiều 5 Luật Nhà ở\n"
                                        "để xây dựng giá dịch vụ.\n");
  CHECK_FALSE(has_eid(e.provisions, "art_5"));
  const Document f = parse_lines(head + "Việc xác định giá theo quy định tại khoản 3\nĐiều 5 của Nghị định số 95/2024/NĐ-CP.\n");
  CHECK_FALSE(has_eid(f.provisions, "art_5"));
}
