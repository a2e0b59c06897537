// pipeline/ingest, Word 97–2003: antiword first, catdoc when antiword
// refuses a file; the file's time limit shared by both; refusals to the letter.
// The inputs are a real corpus .doc (NĐ 29/1998, TCVN3 fonts) with one field
// of its File Information Block changed, as older or odder writers leave it.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "vanban/ingest.h"
#include "cli_run.h"
#include "ingest_refusal.h"

namespace fs = std::filesystem;
using namespace vanban;
using ingest_refusal::refusal;

namespace {

const fs::path kDocs = fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs";

std::string text_of(const Text& t) {
  std::string out;
  for (const auto& l : t.lines) out += l.text + "\n";
  return out;
}

// NĐ 29/1998's WordDocument stream starts at byte 512 with the FIB:
// wIdent 0xA5EC, then nFib (the Word version) at +2 and the flags at +0xA.
std::string nd29_with(std::size_t field, unsigned value, bool or_bits) {
  std::string b = cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.doc");
  REQUIRE(b.size() > 1024);
  REQUIRE(b.compare(512, 2, "\xEC\xA5") == 0);
  unsigned old = static_cast<unsigned char>(b[512 + field]) | static_cast<unsigned char>(b[512 + field + 1]) << 8;
  unsigned v = or_bits ? old | value : value;
  b[512 + field] = static_cast<char>(v & 0xFF);
  b[512 + field + 1] = static_cast<char>(v >> 8);
  return b;
}

// Stand-in programs first on PATH for one test; PATH restored on exit.
class FakeTools {
 public:
  explicit FakeTools(bool keep_path = true) {
    dir_ = fs::temp_directory_path() / ("vanban-doc-fake-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    old_ = std::getenv("PATH") ? std::getenv("PATH") : "";
    ::setenv("PATH", (keep_path ? dir_.string() + ":" + old_ : dir_.string()).c_str(), 1);
  }
  ~FakeTools() {
    ::setenv("PATH", old_.c_str(), 1);
    fs::remove_all(dir_);
  }
  void add(const std::string& name, const std::string& script) {
    {
      std::ofstream sh(dir_ / name);
      sh << "#!/bin/sh\n" << script << "\n";
    }
    fs::permissions(dir_ / name, fs::perms::owner_all);
  }

 private:
  fs::path dir_;
  std::string old_;
};

}  // namespace

TEST_CASE("ingest: a .doc that antiword refuses is read by catdoc, the same text", "[ingest][doc]") {
  // nFib 50: a Word 2 file by its version field; antiword stops there,
  // catdoc reads the text runs all the same
  const std::string old_word = nd29_with(2, 50, false);
  Text fallback = ingest_bytes(old_word, "nd29-word2.doc");
  Text normal = ingest_file((kDocs / "nghi-dinh-29-1998-cp.doc").string());
  CHECK(fallback.encoding == Encoding::tcvn3);
  // the TCVN3 "ư" is byte 0xAD, a soft hyphen to catdoc's own output format:
  // kept, so no word needs the text stage's lost-ư repair
  CHECK(text_of(fallback) == text_of(normal));
  CHECK(text_of(fallback).find("\nĐiều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ,") != std::string::npos);
  REQUIRE(!fallback.diagnostics.empty());
  const Diagnostic& d = fallback.diagnostics.front();
  CHECK(format_diagnostic(d) ==
        "nd29-word2.doc: note: antiword could not read it (exit status 1: This file is from a version of Word "
        "before Word 6.); text extracted by catdoc instead [doc.catdoc]");
  for (const Diagnostic& x : fallback.diagnostics) CHECK(x.message.find("lost ư") == std::string::npos);
}

TEST_CASE("ingest: a .doc that neither antiword nor catdoc can read is refused to the letter", "[ingest][doc]") {
  // the "encrypted" flag set: both tools stop, each with its reason
  CHECK(refusal(nd29_with(0xA, 0x0100, true), "locked.doc") ==
        "locked.doc: neither antiword nor catdoc can read it: antiword could not read it (exit status 1: Encrypted "
        "documents are not supported); catdoc could not read it (exit status 69: [File is encrypted. Encryption key "
        "= 00000000]) [input.extractor-failed]");
}

TEST_CASE("ingest: antiword and catdoc share the file's time limit", "[ingest][doc]") {
  FakeTools tools;
  tools.add("antiword", "echo 'Not a Word Document.' >&2\nexit 1");
  tools.add("catdoc", "exec sleep 30");
  IngestLimits quick;
  quick.seconds_per_file = 0.5;
  CHECK(refusal(cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.doc"), "nd29.doc", quick) ==
        "nd29.doc: catdoc ran longer than the limit of 0.5 s per file, stopped [input.timeout]");
}

TEST_CASE("ingest: a missing catdoc is named with what to install", "[ingest][doc]") {
  FakeTools tools(false);  // PATH: the stand-in antiword alone
  tools.add("antiword", "echo 'I/O error' >&2\nexit 1");
  CHECK(refusal(cli_run::read_all(kDocs / "nghi-dinh-29-1998-cp.doc"), "nd29.doc") ==
        "nd29.doc: neither antiword nor catdoc can read it: antiword could not read it (exit status 1: I/O error); "
        "cannot run catdoc (install it: tools/setup) [input.extractor-failed]");
}
