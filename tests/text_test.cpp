#include <catch2/catch.hpp>

#include "vanban/text.h"

using namespace vanban;

TEST_CASE("empty input is refused with file and code", "[text]") {
  try {
    decode("", "a.txt");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "a.txt: empty file, nothing to read");
    CHECK(e.code() == "input.empty");
  }
}

TEST_CASE("NUL bytes mean binary input", "[text]") {
  CHECK_THROWS_AS(decode(std::string_view("PK\x03\x04\0\0", 6), "x.docx"), InputError);
}

TEST_CASE("NFD becomes NFC", "[text]") {
  CHECK(nfc("Vie\xCC\xA3\xCC\x82t") == "Việt");
}

TEST_CASE("received stamp is kept as metadata and removed from the text", "[text]") {
  std::string src = "NGHỊ QUYẾT\n\nUBND HUYỆN AN PHÚ\t\nDÉN\tSố: 342\nNgày: 16.8.2024\t\nChuyên:.....\nLưu HS số:.....\n\nCăn cứ Luật;\n";
  Text t = load_text(src, "s.txt");
  REQUIRE(t.received);
  CHECK(t.received->number == "342");
  CHECK(t.received->date == "2024-08-16");
  for (const auto& l : t.lines) {
    CHECK(l.text.find("Số: 342") == std::string::npos);
    CHECK(l.text.find("UBND HUYỆN") == std::string::npos);
  }
}
