// Link stage: letters (công văn) of a ministry to the provinces — CV
// 384/BYT-KCB (2014) and CV 6087/BYT-KCB (2013) of Bộ Y tế: the request in the
// letter's body is the addressee's task (annotation guide: a directive in a
// letter's body → its body).
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "link_helpers.h"
#include "parse_helpers.h"

using namespace vanban;
using vanban::link_test::on;

namespace {

// A letter of Bộ Y tế: its body paragraph over one numbered clause.
Document letter(std::string body) {
  Document d;
  d.meta.doc_type = "Công văn";
  d.meta.issuer = "Bộ Y tế";
  d.body.push_back(Paragraph{std::move(body), 5});
  Provision p;
  p.kind = ProvisionKind::clause;
  p.eid = "para_1";
  p.num = "1";
  p.text = "Đầu tư, nâng cấp cơ sở hạ tầng, trang thiết bị y tế đối với cơ sở khám bệnh, chữa bệnh trên địa bàn.";
  d.provisions.push_back(std::move(p));
  link(d);
  return d;
}

bool leads(const std::vector<std::string>& as, const std::string& prefix) {
  return std::any_of(as.begin(), as.end(), [&](const std::string& a) { return a.rfind("lead " + prefix, 0) == 0; });
}

}  // namespace

// "Đ/c" (đồng chí) is an honorific before the office: the request "đề nghị"
// is the cue, with the honorific between it and the office.
TEST_CASE("link h23bletters: 'đề nghị Đ/c Chủ tịch UBND tỉnh … chỉ đạo' is the addressee's task") {
  const Document d = letter(
      "Để bảo đảm người hành nghề và cơ sở khám bệnh, chữa bệnh hoạt động theo đúng quy định của pháp luật, Bộ "
      "Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:");
  CHECK(leads(on(d, "body"), "Chủ tịch Ủy ban nhân dân"));
  // without the request, the office is only the one spoken to
  const Document n = letter(
      "Đoàn công tác của Bộ Y tế đã làm việc với Đ/c Chủ tịch UBND tỉnh, thành phố về tình hình cấp chứng chỉ "
      "hành nghề trên địa bàn.");
  CHECK(on(n, "body").empty());
}

// CV 6087/BYT-KCB: the web page ran the first paragraph onto the addressee
// line ("… Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc
// Trung ương Thực hiện Luật …"): the paragraph is the letter's body.
TEST_CASE("link h23bletters: the first paragraph run onto the Kính gửi line is body text") {
  const Document d = parse_test::parse_doc("cong-van-6087-2013-byt");
  REQUIRE(!d.body.empty());
  CHECK(d.body.front().text.rfind("Thực hiện Luật Khám bệnh, chữa bệnh", 0) == 0);
  CHECK(d.body.front().line == 4);
  CHECK(leads(on(d, "body"), "Chủ tịch Ủy ban nhân dân"));
  CHECK(d.meta.date == std::optional<std::string>("2013-09-27"));
}

// A long addressee with no words that open a body stays the addressee.
TEST_CASE("link h23bletters: a long addressee line without a body opener is not split") {
  Text t;
  int n = 0;
  for (const char* l :
       {"BỘ Y TẾ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 100/BYT-KCB V/v cấp chứng chỉ hành nghề",
        "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
        "Trung ương và Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
        "Bộ Y tế đề nghị các đơn vị báo cáo kết quả cấp chứng chỉ hành nghề.", "Nơi nhận:", "- Như trên;"})
    t.lines.push_back(TextLine{l, ++n});
  const Document d = parse(t, "test.txt");
  REQUIRE(d.body.size() == 1);
  CHECK(d.body.front().text == "Bộ Y tế đề nghị các đơn vị báo cáo kết quả cấp chứng chỉ hành nghề.");
  // … and the same line with "Thực hiện …" after the addressee gives the body its first paragraph
  t.lines[3].text += " Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản hướng dẫn thi hành, Bộ Y tế thông báo như sau.";
  const Document e = parse(t, "test.txt");
  REQUIRE(e.body.size() == 2);
  CHECK(e.body.front().text.rfind("Thực hiện Luật Khám bệnh", 0) == 0);
}

// CV 384/BYT-KCB, CV 296/BHXH-CSYT: the web page's title sentence and the
// issuer's caps name share the first line ("… do Bộ Y tế ban hành. BỘ Y TẾ
// -------"): the caps name over the rule is the issuer.
TEST_CASE("link h23bletters: the caps issuer after the web page's title sentence is read") {
  const Document d = parse_test::parse_doc("cong-van-384-2014-byt");
  CHECK(d.meta.issuer == std::optional<std::string>("Bộ Y tế"));
  CHECK(d.meta.number == std::optional<std::string>("384/BYT-KCB"));
  CHECK(parse_test::parse_doc("cong-van-296-2021-bhxh").meta.issuer ==
        std::optional<std::string>("Bảo hiểm xã hội Việt Nam"));
  // a sentence in lower case before the rule is no issuer
  Text t;
  int n = 0;
  for (const char* l : {"Công văn 100/BYT-KCB năm 2014 về cấp chứng chỉ hành nghề. Xem thêm tại trang này -------",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
                        "Số: 100/BYT-KCB V/v cấp chứng chỉ hành nghề", "Hà Nội, ngày 27 tháng 01 năm 2014",
                        "Kính gửi: Sở Y tế các tỉnh, thành phố", "Bộ Y tế đề nghị Sở Y tế báo cáo kết quả.", "Nơi nhận:"})
    t.lines.push_back(TextLine{l, ++n});
  const Document e = parse(t, "test.txt");
  CHECK(!e.meta.issuer);
}

// CV 384/BYT-KCB opens with what the provinces did: "đã khẩn trương chỉ đạo
// Sở Y tế chủ trì phối hợp với …" is an account (as "đã chỉ đạo" is), with a
// manner word between "đã" and the verb.
TEST_CASE("link h23bletters: 'đã khẩn trương chỉ đạo X chủ trì phối hợp với Y' is an account") {
  const Document d = letter(
      "Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì "
      "phối hợp với các sở, ban ngành liên quan tạo mọi điều kiện thuận lợi về nhân lực, cơ sở vật chất để cấp "
      "chứng chỉ hành nghề.");
  CHECK(on(d, "body").empty());
  // "đã được giao" names a body by what it was given: its partners are still asked to work with it
  const Document e = letter(
      "Bộ Y tế đề nghị các đơn vị đã được giao nhiệm vụ chủ trì phối hợp với các sở, ban ngành liên quan tổ chức "
      "thực hiện.");
  const std::vector<std::string> body = on(e, "body");
  CHECK(std::count(body.begin(), body.end(), "coordinate Các sở, ban ngành liên quan") == 1);
}

// CV 296/BHXH-CSYT signs "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn" on
// one line: the deputy's position is the whole "Phó Tổng giám đốc".
TEST_CASE("link h23bletters: the signature of a deputy director general on one line") {
  const Document d = parse_test::parse_doc("cong-van-296-2021-bhxh");
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->position == std::optional<std::string>("Phó Tổng giám đốc"));
  CHECK(d.meta.signer->on_behalf == std::optional<std::string>("KT. Tổng giám đốc"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Phạm Lương Sơn"));
  // … and a director's "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" stays as it was
  CHECK(parse_test::parse_doc("cong-van-5141-2025-snnmt-lao-cai").meta.signer->position ==
        std::optional<std::string>("Phó Giám đốc"));
}
