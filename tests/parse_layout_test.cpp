// The parser's layout on real documents it was not tuned on (gold files in
// corpus/gold): where the body ends, the signature block, the title, and
// where an attachment starts.
#include <catch2/catch.hpp>

#include <string>

#include "vanban/parse.h"

using namespace vanban;

namespace {

Document parse_doc(const std::string& name) {
  return parse_file(std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/" + name + ".txt");
}

const Provision* find(const std::vector<Provision>& ps, const std::string& eid) {
  for (const auto& p : ps) {
    if (p.eid == eid) return &p;
    if (const Provision* c = find(p.children, eid)) return c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("parse.layout: QĐ 256 Cần Thơ, a legacy font's lower-case 'tm .' ends the body", "[parse][layout]") {
  // TCVN3 source: the caps font decodes to "tm . ubnd thành phố Cần Thơ" / "chủ tịch"
  Document d = parse_doc("quyet-dinh-256-2004-ub-can-tho.8bit");
  const Provision* a3 = find(d.provisions, "art_3");
  REQUIRE(a3);
  CHECK(!a3->heading);
  CHECK_THAT(a3->text, Catch::Matchers::EndsWith("thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách nhiệm thi hành Quyết định này./."));
  REQUIRE(d.meta.signer);
  CHECK(d.meta.signer->on_behalf == std::optional<std::string>("TM. Ủy ban nhân dân thành phố Cần Thơ"));
  CHECK(d.meta.signer->position == std::optional<std::string>("Chủ tịch"));
  CHECK(d.meta.signer->name == std::optional<std::string>("Võ Thanh Tòng"));
  // "QUYẾT ĐỊNH của ủY BAN NHÂN DÂN THÀNH PHỐ cần thơ": the place ends the issuer, not starts the title
  CHECK(d.meta.title ==
        std::optional<std::string>("V/v ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai đoạn 2004 - 2010"));
}
