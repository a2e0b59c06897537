// Internal to the PDF/scan reader: positioned words (from poppler's text
// layer or Tesseract's word boxes) → lines in reading order.
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/ingest.h"
#include "vanban/model.h"

namespace vanban::ingest::detail {

// One word as printed: its text and box in points, y growing downwards.
struct Word {
  std::string text;            // UTF-8 as extracted (legacy fonts: Latin-1 code points)
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;             // font size (OCR: box height)
  bool space_after = true;     // the extractor saw a space after it
  int rank = 0;                // of two overlapping boxes the higher rank is kept (1: stamped text)
};

struct PageWords {
  double width = 0, height = 0;
  std::vector<Word> words;
  bool ocr = false;            // words come from OCR
};

// A line of the page in reading order.
struct Line {
  std::string text;
  double top = 0, bottom = 0;  // points
  bool gap_before = false;     // a blank line precedes it (paragraph or block gap)
};

// Rebuilds one page: words → lines (same baseline), lines → segments split
// at wide gaps; a run of rows split at one gutter (the header's issuer |
// national motto, the closing's Nơi nhận | signer) is emitted column by
// column, left first; any other multi-segment row (a table) row by row.
std::vector<Line> page_lines(const PageWords& page);

// Drops page furniture: lone page numbers and running headers/footers (the
// same text at the top or bottom of at least three pages).
void drop_furniture(std::vector<std::vector<Line>>& pages, const std::vector<PageWords>& src);

// A digital-signature stamp's text ("Người ký: …", "Ký bởi: …", "Thời gian
// ký: …", "Signature Not Verified") found on a page: taken out of the text
// and reported as a note.
struct Stamp {
  std::string signer, agency, time;  // as printed
  int page = 0;                      // 1-based
};
// Removes stamp lines from `lines` and returns what they said (nothing when
// the page has none).
std::vector<Stamp> take_stamps(std::vector<Line>& lines, int page);

// ---------------------------------------------------------------- OCR (ocr.cpp)

// An 8-bit gray page image.
struct GrayImage {
  int width = 0, height = 0, stride = 0;
  double dpi = 300;
  std::vector<unsigned char> px;
};

// A PNG, JPEG or TIFF (every page) as gray images at the resolution the
// file states (300 dpi when it states none). Throws InputError when
// unreadable or over limits.max_pixels / max_pages.
std::vector<GrayImage> decode_image(std::string_view bytes, const std::string& file, Format fmt,
                                    const IngestLimits& limits);

// The moment a file's time is up (steady clock), if it has a limit.
using Deadline = std::optional<std::chrono::steady_clock::time_point>;

// Thrown by ocr_pages when the deadline passes: Tesseract is cancelled in
// the middle of a page, and `page` (0-based index into the images) is the
// first page left unread.
struct OcrTimeout : std::runtime_error {
  explicit OcrTimeout(std::size_t p) : std::runtime_error("OCR time limit"), page(p) {}
  std::size_t page;
};

// OCRs images, `threads` at once (Tesseract, `vie`); word boxes in points.
// Results are in input order whatever the threads do.
std::vector<PageWords> ocr_pages(const std::vector<GrayImage>& images, int threads, Deadline deadline = {});

// Repairs Tesseract's usual slips (QUYÉT → QUYẾT, HỘI ĐÓNG → HỘI ĐỒNG, l1 → 11
// in a number) in the lines marked as OCR'd, where the document's own words
// (or a short list of fixed legal words) make the fix certain. Each repair is
// a note (ocr.repair) at the line (1-based index into `lines`) and column.
std::vector<Diagnostic> repair_ocr(std::vector<std::string>& lines, const std::vector<bool>& ocr_line,
                                   const std::string& file);

}  // namespace vanban::ingest::detail
