// Folding keys and collation (orthography.md §2–3).
#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>
#include <vector>

#include "vanban/fold.h"

using namespace vanban;

TEST_CASE("tone of open oa/oe/uy goes on the first vowel", "[fold]") {
  CHECK(tone_first_style("hoà") == "hòa");
  CHECK(tone_first_style("uỷ") == "ủy");
  CHECK(tone_first_style("thuý") == "thúy");
  CHECK(tone_first_style("khoẻ") == "khỏe");
  CHECK(tone_first_style("loã hoạ oà") == "lõa họa òa");
  CHECK(tone_first_style("Hoà Bình, UỶ BAN, Thuỵ Sĩ") == "Hòa Bình, ỦY BAN, Thụy Sĩ");
  CHECK(tone_first_style("CỘNG HOÀ") == "CỘNG HÒA");
  // qu-, closed rhymes and other vowels are left alone
  for (const char* same : {"quý", "quỳ", "quả", "hoàn", "hoài", "khuỷu", "thuyết", "xoáy", "toán", "già", "hòa"})
    CHECK(tone_first_style(same) == same);
  CHECK(tone_first_style("Điều 12") == "Điều 12");
  // decomposed input is composed first
  CHECK(tone_first_style("hoa\xCC\x80") == "hòa");
}

TEST_CASE("fold_key of ASCII text is its lower case, as the code-point path gives it", "[fold]") {
  // (ASCII takes a path of its own: compared with the same bytes before a Vietnamese letter)
  for (const std::string s : {"UBND", "QD-TTg", "So 12/2025/ND-CP", "Ke hoach", "A-Z a-z 0-9 @[`{", "", "\t\x01\x7f"}) {
    CHECK(fold_key(s) == fold_key(s + "Ă").substr(0, s.size()));
    std::string lower = s;
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    CHECK(fold_key(s) == lower);
  }
  // a word whose tone moves (the code-point path, short and long)
  CHECK(fold_key("HOÀ") == "hòa");
  CHECK(fold_key(std::string(300, 'A') + " HOÀ") == std::string(300, 'a') + " hòa");
}

TEST_CASE("fold_key ignores tone placement and case", "[fold]") {
  CHECK(fold_key("Uỷ ban nhân dân") == fold_key("ỦY BAN NHÂN DÂN"));
  CHECK(fold_key("Uỷ ban nhân dân") == "ủy ban nhân dân");
  CHECK(fold_key("HOÀ BÌNH") == "hòa bình");
  CHECK(fold_key("Đắk Lắk") == "đắk lắk");
  CHECK(fold_key("Mặt trận") != fold_key("Mật trận"));
}

TEST_CASE("fold_ascii sizes its result for letters that lengthen in lower case", "[fold]") {
  // U+023A (two bytes) lowers to U+2C65 (three): the most a text can grow
  std::string in, want;
  for (int i = 0; i < 40; ++i) {
    in += "\u023A";
    want += "\u2C65";
    CHECK(fold_ascii(in) == want);
  }
  CHECK(fold_ascii("x\u023A") == "x\u2C65");
}

TEST_CASE("fold_ascii drops every diacritic, đ included", "[fold]") {
  CHECK(fold_ascii("Mặt trận") == fold_ascii("Mật trận"));
  CHECK(fold_ascii("Đồng Tháp, đường ỨNG HÒA") == "dong thap, duong ung hoa");
  CHECK(fold_ascii("Nguye\xCC\x82\xCC\x83n") == "nguyen");  // NFD
  CHECK(fold_ascii("« Luật » – 2024") == "« luat » – 2024");  // punctuation kept
}

// fold_ascii's table is built a page of 256 code points at a time, on first
// use (a cold start builds only the pages its text touches).
TEST_CASE("fold_ascii folds characters of every page, the same from several threads", "[fold]") {
  CHECK(fold_ascii("ÄÖÜ ÿ") == "aou y");                     // Latin-1
  CHECK(fold_ascii("Ⱥ") == "\xE2\xB1\xA5");                  // U+023A → ⱥ U+2C65: one byte longer
  CHECK(fold_ascii("ΩΆ") == "ωα");                           // Greek, a mark removed
  CHECK(fold_ascii("ẠẶỰ") == "aau");                         // Latin Extended Additional
  CHECK(fold_ascii("\xEF\xBC\xA6") == "\xEF\xBD\x86");      // fullwidth Ｆ → ｆ (no canonical decomposition)
  CHECK(fold_ascii("a\xE2\x83\x97" "b") == "ab");             // U+20D7, a combining mark, dropped
  // every BMP character, folded by two threads walking the pages in opposite
  // orders (so both build pages at once), agrees with a later pass
  auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x80) s += static_cast<char>(c);
    else if (c < 0x800) s += {static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))};
    else
      s += {static_cast<char>(0xE0 | c >> 12), static_cast<char>(0x80 | (c >> 6 & 0x3F)),
            static_cast<char>(0x80 | (c & 0x3F))};
    return s;
  };
  std::vector<std::string> up(0x10000), down(0x10000);
  std::thread a([&] {
    for (char32_t c = 1; c < 0x10000; ++c)
      if (c < 0xD800 || c > 0xDFFF) up[c] = fold_ascii(utf8(c));
  });
  std::thread b([&] {
    for (char32_t c = 0xFFFF; c >= 1; --c)
      if (c < 0xD800 || c > 0xDFFF) down[c] = fold_ascii(utf8(c));
  });
  a.join();
  b.join();
  int differ = 0;
  for (char32_t c = 1; c < 0x10000; ++c)
    if (c < 0xD800 || c > 0xDFFF) differ += up[c] != down[c] || up[c] != fold_ascii(utf8(c));
  CHECK(differ == 0);
  CHECK(up[U'Đ'] == "d");
  CHECK(up[0x0300].empty());  // combining grave
}

TEST_CASE("collation follows the Vietnamese alphabet and tone order", "[fold]") {
  std::vector<std::string> words = {"Đà Nẵng", "Dak", "ư", "u", "ơ", "ô", "o", "à", "ạ", "á", "ả", "ã", "a", "ă", "â", "b"};
  std::sort(words.begin(), words.end(),
            [](const std::string& x, const std::string& y) { return collation_key(x) < collation_key(y); });
  std::vector<std::string> want = {"a", "à", "ả", "ã", "á", "ạ", "ă", "â", "b", "Dak", "Đà Nẵng", "o", "ô", "ơ", "u", "ư"};
  CHECK(words == want);
  CHECK(collation_key("hoà") == collation_key("hoa\xCC\x80"));  // normalisation on
}

TEST_CASE("collation keys are the same from several threads", "[fold]") {
  std::string want = collation_key("Nguyễn Văn Đức");
  std::vector<std::string> got(4);
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) got[t] = collation_key("Nguyễn Văn Đức");
    });
  for (auto& t : ts) t.join();
  for (const auto& g : got) CHECK(g == want);
}
