// The linker folds each text once (KeyText) and reads its clauses' keys, and
// the openings of provisions (TextWords::head_key), from that: these must be
// exactly what folding each clause or opening again gave, on the corpus's own
// provisions (every fourth document, headings and texts).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../pipeline/link/internal.h"
#include "../pipeline/link/text_words.h"
#include "../pipeline/link/tokens.h"
#include "vanban/fold.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace fs = std::filesystem;
using namespace vanban;
using namespace vanban::link_detail;

namespace {

struct Counts {
  std::size_t clauses = 0, mismatches = 0;
  std::size_t heads = 0, head_views = 0;  // openings read (head_key), of them served by the one fold
  std::size_t restored = 0;  // texts read with OCR'd marks restored
};

bool same(const When& a, const When& b) {
  return a.deadline == b.deadline && a.recurrence == b.recurrence && a.words == b.words;
}

// Every clause of the text (cut at ";" and "."), and the whole text.
void check_text(const std::string& text, WordFolds& folds, Counts& c) {
  const std::vector<Tok> t = tokenize(text, folds);
  const KeyText keys(text, t);
  std::vector<std::pair<std::size_t, std::size_t>> ranges{{0, t.size()}};
  std::size_t b = 0;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!t[i].word && (t[i].text == ";" || t[i].text == ".")) {
      ranges.push_back({b, i});
      b = i + 1;
    }
  ranges.push_back({b, t.size()});
  for (auto [rb, re] : ranges) {
    ++c.clauses;
    if (keys.joined(rb, re) != join_keys(t, rb, re)) ++c.mismatches;
    if (rb >= re) continue;
    const std::string printed = text.substr(t[rb].begin, t[re - 1].end - t[rb].begin);
    const auto folded = keys.folded(rb, re);
    if (!folded || *folded != fold_key(printed)) ++c.mismatches;
    if (!same(when_of(printed, keys, rb, re), when_of(printed))) ++c.mismatches;
    // the time cues read from the words' folds: what the printed bytes hold
    const auto cues = keys.time_cues(rb, re);
    if (!cues || cues->digit != has_digit(printed) || cues->syllable != time_syllable(printed)) ++c.mismatches;
  }
  // the opening a parent reads of its children and the unassigned check of
  // a leaf: the same key as folding the first bytes again
  // (a text whose OCR'd marks the linker restored, tone_repair.h, reads as its first bytes with those
  // words replaced)
  const TextWords w(text, folds);
  auto as_read = [&](std::size_t limit) {
    std::string r;
    std::size_t at = 0;
    for (const Tok& x : w.t) {
      if (x.end > limit) break;
      r.append(text, at, x.begin - at);
      if (x.word) r.append(x.text);  // (a dash's token reads "-": the printed bytes stay)
      else r.append(text, x.begin, x.end - x.begin);
      at = x.end;
    }
    r.append(text, at, limit - at);
    return r;
  };
  c.restored += as_read(text.size()) != text;
  for (std::size_t n : {60, 400}) {
    std::string own;
    const std::string_view k = w.head_key(n, own);
    ++c.heads;
    c.head_views += own.empty() && !k.empty();
    if (k != fold_key(as_read(head_of(text, n).size()))) ++c.mismatches;
  }
}

void check_provisions(const std::vector<Provision>& ps, WordFolds& folds, Counts& c) {
  for (const Provision& p : ps) {
    if (p.heading) check_text(*p.heading, folds, c);
    check_text(p.text, folds, c);
    check_provisions(p.children, folds, c);
  }
}

}  // namespace

TEST_CASE("link keys: clause keys read from the text's one fold equal folding each clause") {
  std::vector<fs::path> docs;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".txt" && name.find(".groundtruth.") == std::string::npos) docs.push_back(e.path());
  }
  std::sort(docs.begin(), docs.end());
  REQUIRE(docs.size() > 40);
  Counts c;
  std::size_t read = 0;
  for (std::size_t i = 0; i < docs.size(); i += 4) {
    std::ifstream in(docs[i], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    Document doc;
    try {
      doc = parse(load_text(bytes, docs[i].string()), docs[i].string());
    } catch (const InputError&) {
      continue;  // refused as unusable: nothing to link
    }
    ++read;
    WordFolds folds;
    check_provisions(doc.provisions, folds, c);
  }
  CHECK(read >= 10);
  CHECK(c.clauses > 1000);
  CHECK(c.mismatches == 0);
  CHECK(c.restored > 0);  // (the OCR'd documents among them)
  // most openings are views of the text's tokens, not folded again
  CHECK(c.head_views * 10 > c.heads * 8);
}

TEST_CASE("link keys: an opening with bytes outside the tokens is folded again") {
  WordFolds folds;
  for (const std::string text : {" Tổ chức thực hiện", "Tổ chức\n thực hiện", "Tổ\tchức"}) {
    const TextWords w(text, folds);
    const std::string_view head = head_of(text, 60);
    std::string own;
    CHECK(w.head_key(60, own) == fold_key(head));
    // (a leading space, or the cut after a newline: not the one fold's bytes)
    if (text[0] == ' ') CHECK_FALSE(w.keys.prefix(head.size()).has_value());
  }
  const std::string text = "Tổ chức thực hiện Kế hoạch";
  const TextWords w(text, folds);
  REQUIRE(w.keys.prefix(text.find(" thực")).has_value());
  CHECK(*w.keys.prefix(text.find(" thực")) == "tổ chức");
  CHECK_FALSE(w.keys.prefix(2).has_value());  // inside a word
}

TEST_CASE("link keys: a text with combining marks is folded clause by clause") {
  // "trước ngày 30/6/2025" with its tones as combining marks (NFD): fold_key
  // composes them first, so the one fold's byte positions would not hold
  const std::string text = "S\u01A1\u0309 T\u00E0i ch\u00EDnh b\u00E1o c\u00E1o tr\u01B0\u01A1\u0301c ng\u00E0y 30/6/2025.";
  WordFolds folds;
  const std::vector<Tok> t = tokenize(text, folds);
  const KeyText keys(text, t);
  CHECK_FALSE(keys.folded(0, t.size()).has_value());
  const std::string printed = text.substr(t.front().begin, t.back().end - t.front().begin);
  const When w = when_of(printed, keys, 0, t.size());
  CHECK(same(w, when_of(printed)));
  REQUIRE(w.deadline);
  CHECK(*w.deadline == "2025-06-30");
}

TEST_CASE("link keys: time cues are read again from the printed bytes when the words are not theirs") {
  // a text read with its lost glyphs restored: its tokens view the repaired copy
  const std::string printed = "Báo cáo trước ngày 30/6/2025, định kỳ hằng năm", repaired = printed;
  WordFolds folds;
  const std::vector<Tok> t = tokenize(repaired, folds);
  CHECK_FALSE(KeyText(printed, t).time_cues(0, t.size()).has_value());
  const auto own = KeyText(repaired, t).time_cues(0, t.size());
  REQUIRE(own.has_value());
  CHECK(own->digit);
  CHECK(own->syllable);
  CHECK_FALSE(KeyText(repaired, t).time_cues(0, 2)->digit);  // "Báo cáo"
}
