// The whole corpus through the real pipeline.
//
//   corpus.no-crash    every corpus/docs/*.txt (the hand-made *.groundtruth.txt
//                      twins excepted) parses without an exception other than
//                      InputError and gives JSON of the right shape. Cheap on
//                      its own; its main use is under -DVANBAN_SANITIZE=ON
//                      (build-asan, .ci/run), where ASan/UBSan turn every
//                      out-of-bounds read or overflow on real documents into
//                      a failure.
//   corpus.decodable   none of them is refused as unusable input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "../fuzz/json_shape.h"
#include "vanban/export.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Sorted, so that failures are reported in the same order on every machine.
std::vector<fs::path> corpus_documents() {
  std::vector<fs::path> docs;
  for (const auto& e : fs::directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus" / "docs")) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && ends_with(name, ".txt") && !ends_with(name, ".groundtruth.txt"))
      docs.push_back(e.path());
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

}  // namespace

TEST_CASE("corpus.no-crash", "[corpus]") {
  const auto docs = corpus_documents();
  REQUIRE(docs.size() >= 100);  // the corpus is there (a wrong path would pass vacuously)

  for (const auto& p : docs) {
    INFO(p.filename().string());
    std::string json;
    try {
      json = vanban::to_json(vanban::parse_file(p.string()));
    } catch (const vanban::InputError&) {
      // The documented answer to unusable input, so not a crash; whether a
      // corpus document should be refused at all is corpus.decodable's job.
      continue;
    } catch (const std::exception& e) {
      FAIL_CHECK("exception other than InputError: " << e.what());
      continue;
    }
    CHECK_FALSE(json.empty());
    CHECK(vanban::check::json_shape_error(json) == "");
  }
}

TEST_CASE("corpus.decodable", "[corpus]") {
  // Every corpus document is usable text (the *.8bit.txt files are raw
  // TCVN3/VNI bytes), so none may be refused with an InputError. A list
  // rather than a count, so that the failure says which and why.
  std::vector<std::string> refused;
  for (const auto& p : corpus_documents()) {
    try {
      vanban::load_text(vanban::read_file(p.string()), p.string());
    } catch (const vanban::InputError& e) {
      refused.push_back(std::string(e.what()) + " [" + e.code() + "]");
    }
  }
  CHECK(refused == std::vector<std::string>{});
}
