// The time limit on OCR (pipeline/ingest, IngestLimits::seconds_per_file and
// ocr_seconds_per_page): a scanned PDF or an image that takes longer is
// refused, naming the file, the limit and the page, and Tesseract is
// stopped in the middle of the page rather than left to finish.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../pipeline/ingest/pdf_layout.h"
#include "cli_run.h"
#include "vanban/ingest.h"
#include "ingest_refusal.h"

namespace fs = std::filesystem;
using namespace vanban;
using ingest_refusal::refusal;

namespace {

const fs::path kSrc = fs::path(VANBAN_SOURCE_DIR);

}  // namespace

TEST_CASE("ocr: an image over its time limit is refused, naming the file and the page", "[ocr]") {
  // the header of NQ 12/2025 (a real scan): loading Tesseract and reading it
  // take well over 0.3 s anywhere
  IngestLimits tight;
  tight.seconds_per_file = 0.3;
  tight.ocr_seconds_per_page = 0;
  CHECK(refusal(cli_run::read_all(kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png"), "header.png", tight) ==
        "header.png: reading took more than the limit of 0.3 s (stopped at page 1 of 1, read by OCR) "
        "[image.too-slow]");
}

TEST_CASE("ocr: a scanned PDF page over its time limit is refused, naming the file and the page", "[ocr][pdf]") {
  // the scan's first page alone (qpdf), so that the text-layer pass is one
  // page: the limit is met in the middle of OCR, never before it
  cli_run::Dir dir;
  const std::string page1 = dir / "page1.pdf";
  const std::string cmd = "qpdf --empty --pages " + (kSrc / "corpus/scans/nghi-quyet-12-2025-hdnd-ha-noi-ocr.pdf").string() +
                          " 1 -- " + page1;
  REQUIRE(std::system(cmd.c_str()) == 0);
  IngestLimits tight;
  tight.seconds_per_file = 1;
  tight.ocr_seconds_per_page = 0;
  CHECK(refusal(cli_run::read_all(page1), "scan.pdf", tight) ==
        "scan.pdf: reading took more than the limit of 1 s (stopped at page 1 of 1) [pdf.too-slow]");
}

TEST_CASE("ocr: the workers stop at the deadline and name the first page left unread", "[ocr]") {
  using namespace vanban::ingest::detail;
  auto imgs = decode_image(cli_run::read_all(kSrc / "tests/data/ocr/nghi-quyet-12-2025-header.png"), "h.png", Format::png, {});
  REQUIRE(imgs.size() == 1);
  // three pages, a deadline already past: nothing is read, page 0 is named
  std::vector<GrayImage> three(3, imgs[0]);
  for (int threads : {1, 2}) {
    INFO(threads << " threads");
    std::size_t unread = 99;
    try {
      ocr_pages(three, threads, std::chrono::steady_clock::now());
    } catch (const OcrTimeout& t) {
      unread = t.page;
    }
    CHECK(unread == 0);
  }
}
