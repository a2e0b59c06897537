// pipeline/ingest: format detection from the bytes of real corpus files, the
// readers' refusals (to the letter), the limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "vanban/ingest.h"

namespace fs = std::filesystem;
using namespace vanban;

namespace {

const fs::path kDocs = fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The InputError's message and code, or "" when nothing was thrown.
std::string refusal(const std::string& bytes, const std::string& file, const IngestLimits& limits = {}) {
  try {
    ingest_bytes(bytes, file, limits);
  } catch (const InputError& e) {
    return std::string(e.what()) + " [" + e.code() + "]";
  }
  return "";
}

}  // namespace

TEST_CASE("ingest: every corpus original is told by its bytes, whatever its name", "[ingest]") {
  const std::map<std::string, Format> by_ext = {
      {".docx", Format::docx}, {".doc", Format::doc}, {".rtf", Format::rtf}, {".html", Format::html},
      {".txt", Format::text},  {".md", Format::text}, {".pdf", Format::pdf}};
  std::map<Format, int> seen;
  for (const auto& e : fs::directory_iterator(kDocs)) {
    auto it = by_ext.find(e.path().extension().string());
    if (it == by_ext.end()) continue;
    INFO(e.path().filename().string());
    std::string bytes = slurp(e.path());
    CHECK(detect_format(bytes) == it->second);
    ++seen[it->second];
  }
  // the originals are there: 5 Word 2007+, 13 Word 97, 1 RTF, 1 web page
  CHECK(seen[Format::docx] == 5);
  CHECK(seen[Format::doc] == 13);
  CHECK(seen[Format::rtf] == 1);
  CHECK(seen[Format::html] == 1);
  CHECK(seen[Format::text] >= 150);
}

TEST_CASE("ingest: HTML is told by its first markup, not by a tag somewhere", "[ingest]") {
  CHECK(detect_format("<!DOCTYPE html>\n<html><body>x</body></html>") == Format::html);
  CHECK(detect_format("\xEF\xBB\xBF  <!-- saved from url -->\n<HTML lang=vi>") == Format::html);
  CHECK(detect_format("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") == Format::html);
  // pages copied as text keep placeholders like <jsontable>: still text
  CHECK(detect_format("QUYẾT ĐỊNH\n<jsontable name=\"bang_1\"> </jsontable>\n") == Format::text);
  CHECK(detect_format("<html-like> is not html") == Format::text);
}

TEST_CASE("ingest: signatures of the formats without a reader here", "[ingest]") {
  CHECK(detect_format(std::string("\x89PNG\r\n\x1A\n", 8) + "rest") == Format::png);
  CHECK(detect_format("\xFF\xD8\xFF\xE0rest") == Format::jpeg);
  CHECK(detect_format(std::string("II*\0rest", 8)) == Format::tiff);
  CHECK(detect_format(std::string("MM\0*rest", 8)) == Format::tiff);
  CHECK(detect_format("junk before\n%PDF-1.7\n") == Format::pdf);
  CHECK(detect_format("{\\rtf1\\ansi x}") == Format::rtf);
}

TEST_CASE("ingest: damaged and foreign archives are refused to the letter", "[ingest]") {
  // the first bytes of a .docx cut short
  CHECK(refusal(std::string("PK\x03\x04\x14\x00\x06\x00", 8), "cut.docx") ==
        "cut.docx: damaged ZIP archive, cannot read its directory (Not a zip archive) [docx.corrupt]");
  // a real .docx with its directory's last bytes lost
  std::string docx = slurp(kDocs / "thong-tu-67-2025-bct.docx");
  CHECK(refusal(docx.substr(0, docx.size() - 30), "tail.docx") ==
        "tail.docx: damaged ZIP archive, cannot read its directory (Not a zip archive) [docx.corrupt]");
  // a ZIP without a Word document in it: the .docx with its document part renamed
  std::string renamed = docx;
  for (std::size_t p; (p = renamed.find("word/document.xml")) != std::string::npos;)
    renamed.replace(p, 17, "word/documenX.xml");
  CHECK(detect_format(renamed) == Format::zip);
  CHECK(refusal(renamed, "other.zip") ==
        "other.zip: ZIP archive without word/document.xml, not a Word document [docx.no-document]");
}

TEST_CASE("ingest: the size limit names the file, the size and the limit", "[ingest]") {
  IngestLimits small;
  small.max_file_bytes = 1000;
  std::string doc = slurp(kDocs / "nghi-dinh-29-1998-cp.doc");
  CHECK(refusal(doc, "nd29.doc", small) ==
        "nd29.doc: file is 52224 bytes, more than the limit of 1000 [io.too-big]");
}

TEST_CASE("ingest: plain text goes through the text stage unchanged", "[ingest]") {
  std::string bytes = slurp(kDocs / "nghi-dinh-29-1998-cp.txt");
  Text a = ingest_bytes(bytes, "nd29.txt");
  Text b = load_text(bytes, "nd29.txt");
  REQUIRE(a.lines.size() == b.lines.size());
  for (std::size_t i = 0; i < a.lines.size(); ++i) CHECK(a.lines[i].text == b.lines[i].text);
  CHECK(a.encoding == b.encoding);
}
