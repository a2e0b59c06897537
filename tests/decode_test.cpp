// Encoding detection and decoding: spec vectors (orthography.md §5), the
// lost ư, mojibake, not-text errors, and a golden check on corpus files.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <vector>

#include "vanban/fold.h"
#include "vanban/text.h"
#include "cli_run.h"

using namespace vanban;

namespace {

const char* kTcvn3Bytes =  // "Céng hoµ x· héi chñ nghÜa ViÖt Nam" as Windows-1252 shows it
    "C\xE9ng ho\xB5 x\xB7 h\xE9i ch\xF1 ngh\xDC" "a Vi\xD6t Nam\n\xA7\xE9" "c l\xCBp - T\xF9 do - H\xB9nh ph\xF3" "c\n";
const char* kVniBytes =  // "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    "Co\xE4ng ho\xF8" "a xa\xF5 ho\xE4i chu\xFB ngh\xF3" "a Vie\xE4t Nam\n\xD1o\xE4" "c la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9" "c\n";
const char* kCp1258Bytes =  // precomposed shapes, combining tones
    "C\xF4\xF2ng ho\xCC" "a xa\xDE h\xF4\xF2i chu\xD2 nghi\xDE" "a Vi\xEA\xF2t Nam\n\xD0\xF4\xF2" "c l\xE2\xF2p - T\xFD\xF2 do - Ha\xF2nh phu\xEC" "c\n";

// UTF-8 of each byte read as Windows-1252 (bytes 0xA0–0xFF are U+00A0–U+00FF).
std::string as_cp1252_utf8(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | c >> 6);
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> w;
  std::istringstream in(tone_first_style(nfc(text)));
  for (std::string s; in >> s;) w.push_back(s);
  return w;
}

// Share of characters in common (2·matched / total), matched = the longest
// common subsequence of words weighted by their length: eval_text.py's
// measure at word granularity.
double char_accuracy(const std::string& a, const std::string& b) {
  std::vector<std::string> x = words(a), y = words(b);
  std::vector<std::size_t> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
  for (const std::string& wx : x) {
    for (std::size_t j = 0; j < y.size(); ++j)
      cur[j + 1] = wx == y[j] ? prev[j] + wx.size() + 1 : std::max(prev[j + 1], cur[j]);
    std::swap(prev, cur);
  }
  std::size_t total = 0;
  for (const auto& w : x) total += w.size() + 1;
  for (const auto& w : y) total += w.size() + 1;
  return total ? 2.0 * static_cast<double>(prev[y.size()]) / static_cast<double>(total) : 1.0;
}

}  // namespace

TEST_CASE("TCVN3 bytes: the spec's test vectors", "[decode]") {
  Decoded d = decode(kTcvn3Bytes, "t.txt");
  CHECK(d.encoding == Encoding::tcvn3);
  CHECK(d.utf8 == "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n");
}

TEST_CASE("TCVN3 misread as Windows-1252 and saved as UTF-8 is repaired", "[decode]") {
  Decoded d = decode(as_cp1252_utf8(kTcvn3Bytes), "m.txt");
  CHECK(d.encoding == Encoding::tcvn3_mojibake);
  CHECK(d.utf8 == "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n");
  REQUIRE(!d.diagnostics.empty());
  CHECK(d.diagnostics[0].code == "decode.mojibake");
}

TEST_CASE("PDF extractors' U+2212 and U+2219 stand for TCVN3 0xAD and 0xB7", "[decode]") {
  Decoded d = decode("ng\xC2\xA9n h\xC2\xB5ng nh\xC2\xB5 n\xE2\x88\x92\xC3\xAD" "c x\xE2\x88\x99 h\xC3\xA9i", "p.txt");
  CHECK(d.encoding == Encoding::tcvn3_mojibake);
  CHECK(d.utf8 == "ngân hàng nhà nước xã hội");
}

TEST_CASE("VNI bytes and VNI mojibake", "[decode]") {
  const char* want = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n";
  Decoded raw = decode(kVniBytes, "v.txt");
  CHECK(raw.encoding == Encoding::vni);
  CHECK(raw.utf8 == want);
  Decoded moji = decode(as_cp1252_utf8(kVniBytes), "v.txt");
  CHECK(moji.encoding == Encoding::vni_mojibake);
  CHECK(moji.utf8 == want);
}

TEST_CASE("Windows-1258 with combining tones comes out composed", "[decode]") {
  Decoded d = decode(kCp1258Bytes, "w.txt");
  CHECK(d.encoding == Encoding::windows1258);
  CHECK(d.utf8 == "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n");
}

TEST_CASE("UTF-16 with and without a byte-order mark", "[decode]") {
  std::string le = std::string("\xFF\xFE", 2) + std::string("V\0i\0\xC7\x1Et\0", 8);
  std::string be = std::string("\xFE\xFF", 2) + std::string("\0V\0i\x1E\xC7\0t", 8);
  CHECK(decode(le, "le.txt").utf8 == "Việt");
  CHECK(decode(le, "le.txt").encoding == Encoding::utf16le);
  CHECK(decode(be, "be.txt").utf8 == "Việt");
  CHECK(decode(be, "be.txt").encoding == Encoding::utf16be);
  std::string bare;  // no BOM: every other byte NUL gives it away
  for (char16_t u : std::u16string(u"Điều 1. Phạm vi điều chỉnh")) {
    bare += static_cast<char>(u & 0xFF);
    bare += static_cast<char>(u >> 8);
  }
  Decoded d = decode(bare, "bare.txt");
  CHECK(d.encoding == Encoding::utf16le);
  CHECK(d.utf8 == "Điều 1. Phạm vi điều chỉnh");
}

TEST_CASE("UTF-8 with and without BOM stays as it is", "[decode]") {
  Decoded d = decode("\xEF\xBB\xBFQuyết định", "b.txt");
  CHECK(d.encoding == Encoding::utf8_bom);
  CHECK(d.utf8 == "Quyết định");
  CHECK(decode("Quyết định", "b.txt").encoding == Encoding::utf8);
}

TEST_CASE("real Unicode Vietnamese is never repaired", "[decode]") {
  // Lines made only of Latin-1 letters read as TCVN3 too ("Tên" → "Tờn",
  // "Ö" → "ệ"); in a Unicode document they stay.
  std::string doc = "Điều 1. Phạm vi điều chỉnh\nTên\nÖ\nÂ\nª\nBà Mai\nNghị định này quy định về tổ chức.\n";
  Decoded d = decode(doc, "u.txt");
  CHECK(d.encoding == Encoding::utf8);
  CHECK(d.utf8 == doc);
  CHECK(d.diagnostics.empty());
}

TEST_CASE("the lost ư of TCVN3 is put back", "[decode][u-horn]") {
  // no 0xAD at all: Ngêi, ®îc, níc, nh, c lost their ư; "điểm c" names a point
  Decoded d = decode(
      "Ng\xEAi d\xA9n \xAE\xEE" "c quy\xD2n c tr\xF3 trong n\xED" "c, nh quy \xAE\xDEnh t\xB9i \xAEi\xD3m c kho\xB6n 2 c\xF1" "a Lu\xCBt n\xB5y.\nCh\xACng I\n",
      "u.txt");
  CHECK(d.encoding == Encoding::tcvn3);
  CHECK(d.utf8 == "Người dân được quyền cư trú trong nước, như quy định tại điểm c khoản 2 của Luật này.\nChương I\n");
}

TEST_CASE("TCVN3 capitals: Ư, Ơ and words typed in a capital font", "[decode]") {
  Decoded d = decode("CH\xA6\xA5NG II\nPH\xC7N TH\xF8 NH\xCAT: K\xD5 HO\xB9" "CH T\xE6NG TH\xD3\nH\xB5 N\xE9i\n", "c.txt");
  CHECK(d.utf8 == "CHƯƠNG II\nPHẦN THỨ NHẤT: KẾ HOẠCH TỔNG THỂ\nHà Nội\n");
}

TEST_CASE("a document mixing TCVN3 and VNI lines reads each line its way", "[decode]") {
  std::string doc = std::string(kTcvn3Bytes) + kVniBytes + kTcvn3Bytes;
  Decoded d = decode(doc, "mix.txt");
  const char* tcvn3 = "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n";
  const char* vni = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n";
  CHECK(d.utf8 == std::string(tcvn3) + vni + tcvn3);
}

TEST_CASE("not-text input is refused with offset, code and message", "[decode]") {
  auto error_of = [](std::string_view bytes, const std::string& file) -> InputError {
    try {
      decode(bytes, file);
    } catch (const InputError& e) {
      return e;
    }
    FAIL("no InputError for " + file);
    return InputError("", 0, "", "");
  };
  InputError pdf = error_of("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "a.pdf");
  CHECK(std::string(pdf.what()) == "a.pdf: not a text file (PDF document)");
  CHECK(pdf.code() == "input.binary");
  CHECK(pdf.offset() == 0);
  InputError zip = error_of(std::string_view("PK\x03\x04\x14\0", 6), "b.docx");
  CHECK(std::string(zip.what()) == "b.docx: not a text file (ZIP archive, e.g. DOCX)");
  InputError nul = error_of(std::string_view("abc\0def", 7), "c.bin");
  CHECK(std::string(nul.what()) == "c.bin: not a text file (NUL byte at offset 3)");
  CHECK(nul.offset() == 3);
  std::string ctl(200, 'x');
  for (int i = 0; i < 10; ++i) ctl[50 + i * 10] = '\x01';
  InputError c = error_of(ctl, "d.bin");
  CHECK(std::string(c.what()) == "d.bin: not a text file (10 control bytes in the first 200, the first (0x01) at offset 50)");
  CHECK(c.code() == "input.binary");
  CHECK(c.offset() == 50);
  // a form feed or two (page breaks) is text
  CHECK_NOTHROW(decode("Trang 1\f\nTrang 2\f\n", "e.txt"));
}

TEST_CASE("invalid UTF-8 that is no legacy encoding decodes with diagnostics", "[decode]") {
  Decoded d = decode("Điều 1. Phạm vi\nabc\xFF" "def và ghi chú\n", "bad.txt");
  CHECK(d.encoding == Encoding::utf8);
  CHECK(d.utf8 == "Điều 1. Phạm vi\nabc\xEF\xBF\xBD" "def và ghi chú\n");
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].code == "decode.invalid-utf8");
  CHECK(d.diagnostics[0].line == 2);
  CHECK(d.diagnostics[0].column == 4);
  CHECK(d.diagnostics[0].message == "invalid UTF-8 byte 0xFF (offset 24) replaced by U+FFFD");
}

TEST_CASE("golden: corpus legacy files decode close to their transcripts", "[decode][golden]") {
  const std::string dir = std::string(VANBAN_SOURCE_DIR) + "/corpus/docs/";
  struct Case {
    const char* name;
    double min_8bit, min_mojibake;
  };
  // Measured 0.9994 and 0.9992 (word-level LCS); the margins leave room for
  // tie-breaking changes, not for a lost ư in every few sentences.
  for (Case c : {Case{"nghi-dinh-29-1998-cp", 0.999, 0.999},
                 Case{"quy-dinh-uu-dai-dau-tu-2002-ubnd-an-giang", 0.998, 0.998}}) {
    std::string truth = cli_run::read_all(dir + c.name + ".groundtruth.txt");
    REQUIRE(!truth.empty());
    Decoded raw = decode(cli_run::read_all(dir + c.name + ".8bit.txt"), c.name);
    Decoded moji = decode(cli_run::read_all(dir + c.name + ".txt"), c.name);
    CHECK(raw.encoding == Encoding::tcvn3);
    CHECK(moji.encoding == Encoding::tcvn3_mojibake);
    INFO(c.name);
    CHECK(char_accuracy(truth, raw.utf8) >= c.min_8bit);
    CHECK(char_accuracy(truth, moji.utf8) >= c.min_mojibake);
  }
}
