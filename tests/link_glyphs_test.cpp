// Lost glyphs (pipeline/link/glyph_repair.h): QĐ 35/2024 Hà Nội's text layer
// dropped its precomposed vowels ("Ch nh Văn phòng", "c c tổ ch c"); the
// linker reads its words restored from the document's own intact words while
// the printed text and mentions stay as given. Healthy texts are never touched.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../pipeline/link/glyph_repair.h"
#include "vanban/link.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace fs = std::filesystem;
using namespace vanban;
using namespace vanban::link_detail;

namespace {

const std::string kQd35 = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/quyet-dinh-35-2024-ubnd-ha-noi.txt";

const Provision* find(const std::vector<Provision>& ps, const std::string& eid) {
  for (const Provision& p : ps) {
    if (p.eid == eid) return &p;
    if (const Provision* c = find(p.children, eid)) return c;
  }
  return nullptr;
}

// The repair QĐ 35 gets, learnt from its own parse (unlinked copy).
std::unique_ptr<GlyphRepair> qd35_repair() {
  Document d = parse_file(kQd35);
  d.diagnostics.clear();
  return glyph_repair_for(d, AgencyRegistry::builtin());
}

bool has_assignment(const Document& d, const std::string& eid, const std::string& agency, const std::string& mention) {
  return std::any_of(d.assignments.begin(), d.assignments.end(), [&](const Assignment& a) {
    return a.eid == eid && a.agency == agency && a.mention == mention && a.role == Role::lead;
  });
}

}  // namespace

TEST_CASE("glyph repair: QD 35 syllables restored from the document's own words") {
  const auto r = qd35_repair();
  REQUIRE(r);
  // a fragment, the vowel's gap and the rest; a head with its vowel and a tail
  CHECK(r->repair("Ch nh Văn phòng Ủy ban nhân dân Thành phố; Gi m đốc Sở Nội vụ;") ==
        "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc Sở Nội vụ;");
  // a fragment alone before a real space ("v", "x ;"), told by its neighbours
  CHECK(r->repair("Mặt trận Tổ quốc v c c tổ ch c ch nh trị - x hội Th nh phố; Ủy ban nhân dân c c quận, huyện, thị x ;") ==
        "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy ban nhân dân các quận, huyện, thị xã ;");
  CHECK(r->repair("quy tr nh, h sơ đề nghị thu h i danh hiệu “Công dân Thủ đô ưu t ”.") ==
        "quy trình, hồ sơ đề nghị thu hồi danh hiệu “Công dân Thủ đô ưu tú ”.");
  // ("đ ng": "đóng", told by the registry's "cơ quan, đơn vị đóng trên địa bàn", not "đồng" nor "đứng")
  CHECK(r->repair("Sở, ban, ng nh; cơ quan, đơn vị đ ng trên địa b n Th nh phố") ==
        "Sở, ban, ngành; cơ quan, đơn vị đóng trên địa bàn Thành phố");
  // words the document never prints whole ("bản", "đảm bảo", "đạt") stay as printed
  CHECK(r->repair("bằng văn b n") == "bằng văn b n");
  CHECK(r->repair("Đ m b o công khai") == "Đ m b o công khai");
  CHECK(r->repair("C nhân l người Việt Nam đ t tiêu chuẩn") == "Cá nhân l người Việt Nam đ t tiêu chuẩn");
  // list letters, numbers and abbreviations are not fragments
  CHECK(r->repair("c) 08 tháng 6; QĐ-UBND; TTr-SNV") == "c) 08 tháng 6; QĐ-UBND; TTr-SNV");

  // each replaced span is the printed fragments, and maps back whole
  const std::string printed = "Ủy ban nhân dân c c quận, huyện, thị x ; c c cơ quan";
  std::vector<GlyphRepair::Edit> edits;
  const std::string fixed = r->repair(printed, &edits);
  REQUIRE(fixed == "Ủy ban nhân dân các quận, huyện, thị xã ; các cơ quan");
  REQUIRE(edits.size() == 3);
  CHECK(printed.substr(edits[0].from, edits[0].to - edits[0].from) == "c c");
  CHECK(fixed.substr(edits[0].at, edits[0].at_end - edits[0].at) == "các");
  CHECK(printed.substr(edits[1].from, edits[1].to - edits[1].from) == "x");
  CHECK(fixed.substr(edits[1].at, edits[1].at_end - edits[1].at) == "xã");
  CHECK(GlyphRepair::printed(edits, edits[2].at, false) == edits[2].from);
  CHECK(GlyphRepair::printed(edits, edits[2].at_end, true) == edits[2].to);
  CHECK(GlyphRepair::printed(edits, fixed.size(), true) == printed.size());
}

TEST_CASE("glyph repair: tokens read repaired keep the printed offsets of QD 35") {
  Document d = parse_file(kQd35);
  const auto r = glyph_repair_for(d, AgencyRegistry::builtin());
  REQUIRE(r);
  WordFolds folds;
  std::size_t repaired = 0, tokens = 0;
  std::function<void(const std::vector<Provision>&)> walk = [&](const std::vector<Provision>& ps) {
    for (const Provision& p : ps) {
      std::vector<GlyphRepair::Edit> edits;
      const std::string fixed = r->repair(p.text, &edits);
      const std::vector<Tok> t = repaired_tokens(p.text, fixed, edits, folds);
      const std::vector<Tok> plain = tokenize(p.text, folds);
      std::size_t at = 0;
      for (const Tok& x : t) {
        ++tokens;
        REQUIRE(x.begin >= at);
        REQUIRE(x.end <= p.text.size());
        at = x.end;
        const std::string_view shown = std::string_view(p.text).substr(x.begin, x.end - x.begin);
        if (shown == x.text) continue;
        // a restored word: the printed fragments around one vowel ("Th nh" → "Thành")
        ++repaired;
        const std::size_t gap = shown.find(' ');
        const std::string_view head = shown.substr(0, gap), tail = gap == std::string::npos ? "" : shown.substr(gap + 1);
        CHECK(x.text.substr(0, head.size()) == head);
        CHECK(x.text.substr(x.text.size() - tail.size()) == tail);
        CHECK(x.text.size() > head.size() + tail.size());
      }
      // the tokens cover the printed text as its own tokens do, end to end
      if (!plain.empty()) {
        REQUIRE(!t.empty());
        CHECK(t.front().begin == plain.front().begin);
        CHECK(t.back().end == plain.back().end);
      }
      walk(p.children);
    }
  };
  walk(d.provisions);
  CHECK(tokens > 2000);
  CHECK(repaired > 150);
}

TEST_CASE("glyph count: healthy corpus texts are far below the lost-glyph threshold and QD 35 above") {
  std::size_t read = 0;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".txt" || name.find(".groundtruth.") != std::string::npos) continue;
    std::ifstream in(e.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::string text;
    try {
      text = decode(bytes, name).utf8;
    } catch (const InputError&) {
      continue;
    }
    GlyphCount n;
    n.add(text);
    ++read;
    INFO(name << ": " << n.vowelless << " of " << n.words);
    if (name == "quyet-dinh-35-2024-ubnd-ha-noi.txt") {
      CHECK(n.damaged());
      CHECK(n.vowelless * 100 >= n.words * 18);
    } else if (name == "quyet-dinh-3628-2026-ubnd-lao-cai.txt") {
      // an OCR layer that lost every tone and vowel mark ("Dieu 1.", "TlNH LAO CAI"): its misread
      // letters leave more words without a vowel than a healthy text has, still short of lost glyphs
      CHECK(!n.damaged());
    } else {
      CHECK(!n.damaged());
      CHECK(n.vowelless * 100 < n.words * 5);
    }
  }
  CHECK(read > 100);
}

TEST_CASE("glyph repair: QD 35 links through its lost glyphs, text and mentions as printed") {
  Document d = parse_file(kQd35);
  // one warning, with the file and the first damaged line
  std::vector<Diagnostic> lost;
  for (const Diagnostic& x : d.diagnostics)
    if (x.code == "text.lost-glyphs") lost.push_back(x);
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].severity == Severity::warning);
  CHECK(lost[0].file == kQd35);
  CHECK(lost[0].line == 24);
  CHECK(lost[0].message ==
        "25% of its words have no vowel (the first: 'th ng 6 năm 2024, thay'): the PDF's text layer lost glyphs; "
        "agencies are read with the vowels restored from the document's own words, the text is kept as printed");
  // the text stays as printed
  const Provision* art3 = find(d.provisions, "art_3");
  REQUIRE(art3);
  CHECK(art3->text.rfind("Ch nh Văn phòng Ủy ban nhân dân Thành phố; Gi m đốc Sở Nội vụ;", 0) == 0);
  // Điều 3's implementers, found under their broken names and printed so
  CHECK(has_assignment(d, "art_3", "Chánh Văn phòng Ủy ban nhân dân thành phố Hà Nội",
                       "Ch nh Văn phòng Ủy ban nhân dân Thành phố"));
  CHECK(has_assignment(d, "art_3", "Giám đốc Sở Nội vụ thành phố Hà Nội", "Gi m đốc Sở Nội vụ"));
  CHECK(has_assignment(d, "att_1__chp_I__art_3__para_6", "Ủy ban nhân dân các quận, huyện, thị xã",
                       "Ủy ban nhân dân c c quận, huyện, thị x"));
  // "Ủy ban nhân dân Th nh phố x t, tặng thưởng …": read through the repair, an award decided, no task
  CHECK_FALSE(has_assignment(d, "att_1__chp_I__art_3__para_3", "Ủy ban nhân dân thành phố Hà Nội",
                             "Ủy ban nhân dân Th nh phố"));
  // linking again replaces the warning, never adds a second one
  link(d);
  CHECK(std::count_if(d.diagnostics.begin(), d.diagnostics.end(),
                      [](const Diagnostic& x) { return x.code == "text.lost-glyphs"; }) == 1);
}

TEST_CASE("glyph repair: a duty verb QD 35 prints only broken, g i h sơ, is read and its senders lead") {
  const auto r = qd35_repair();
  REQUIRE(r);
  // "gửi" is never printed whole in QĐ 35: known from the duty verbs, told by
  // the lone fragment after it ("h", hồ, paired with "sơ")
  CHECK(r->repair("đơn vị đ ng trên địa b n Th nh phố g i h sơ về") ==
        "đơn vị đóng trên địa bàn Thành phố gửi hồ sơ về");
  Document d = parse_file(kQd35);
  // "2. Thời gian nộp hồ sơ: Sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; …
  // gửi hồ sơ về Ủy ban nhân dân Thành phố qua Sở Nội vụ …"
  CHECK(has_assignment(d, "att_1__chp_II__art_6__para_2", "Ủy ban nhân dân các quận, huyện, thị xã",
                       "Ủy ban nhân dân c c quận, huyện, thị x"));
  CHECK(has_assignment(d, "att_1__chp_II__art_6__para_2", "Các tổ chức chính trị - xã hội thành phố Hà Nội",
                       "c c tổ ch c ch nh trị - x hội Th nh phố"));
}
