// The seam between pipeline/ingest and the libraries that read PDFs and
// images (poppler; Leptonica and Tesseract with OpenMP). Those pull some
// fifty shared libraries into a process, which every start of `vanban`
// paid for (about half its cold-start time) though few inputs are PDFs or
// scans. So they live in a module of our own, `vanban-media.so`, which
// `vanban` loads next to its executable the first time it reads a PDF or
// an image (media.cpp). Test, benchmark and fuzz executables link the same
// code in instead (media_builtin.cpp).
//
// Everything that decides the text — reading order, legacy fonts, stamps,
// limits, diagnostics — stays in pipeline/ingest (pdf.cpp, ocr.cpp); the
// module only hands out what the libraries see: word boxes, page images,
// OCR'd words. Its side: media_pdf.cpp, media_ocr.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf_layout.h"
#include "vanban/ingest.h"

namespace vanban::ingest::media {

// Raised when this header's types change: a module built from another
// version is refused instead of misread.
constexpr int kVersion = 2;

// A rectangle in points, y growing downwards (poppler's rectf).
struct Rect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// One word of a page's text layer, as poppler gives it.
struct TextBox {
  std::string text;   // UTF-8
  Rect box;
  double size = 0;    // font size
  std::string font;   // empty when poppler has no font information
  bool space_after = false;
  int rotation = 0;   // 0 upright; 1–3 quarter turns
};

class PdfPage {
 public:
  virtual ~PdfPage() = default;
  virtual Rect rect() const = 0;
  // The text layer, in poppler's order; char_box indexes into it.
  virtual std::vector<TextBox> text_boxes() = 0;
  // The c-th glyph of the box-th word of text_boxes(); an empty rectangle
  // past its end.
  virtual Rect char_box(std::size_t box, int c) const = 0;
  // The page as 8-bit gray at `dpi`; no pixels when poppler cannot render it.
  virtual detail::GrayImage render(double dpi) const = 0;
};

class PdfDocument {
 public:
  virtual ~PdfDocument() = default;
  virtual bool locked() const = 0;
  virtual int pages() const = 0;
  // nullptr when the page cannot be read.
  virtual std::unique_ptr<PdfPage> page(int index) const = 0;
};

// Images of a PNG/JPEG/TIFF, or why there are none (a code and a reason
// without the file name: the caller makes the InputError).
struct Decoded {
  std::vector<detail::GrayImage> images;
  std::string code, reason;
};

struct Readers {
  int version = kVersion;
  // nullptr when poppler cannot open the bytes (damaged, not a PDF).
  std::unique_ptr<PdfDocument> (*open_pdf)(std::string_view bytes) = nullptr;
  // At the resolution the file states (300 dpi when none), within
  // limits.max_pages and limits.max_pixels.
  Decoded (*decode_image)(std::string_view bytes, Format format, const IngestLimits& limits) = nullptr;
  // Tesseract (`vie`), `threads` images at once, results in input order;
  // std::runtime_error when the model is not installed. When `deadline`
  // passes, Tesseract is cancelled mid-page and *unread is set to the first
  // page left unread (else to images.size()).
  std::vector<detail::PageWords> (*ocr_pages)(const std::vector<detail::GrayImage>& images, int threads,
                                              const detail::Deadline& deadline, std::size_t* unread) = nullptr;
};

// The module's side: the readers it implements (media_ocr.cpp).
const Readers& implementation();

// The readers for this process: the ones built in (install), else those of
// vanban-media.so next to the executable, loaded once. When the module is
// missing or unusable: an InputError naming `file` and the module's path
// ([ingest.no-module]).
const Readers& readers(const std::string& file);

// Built-in readers (media_builtin.cpp, in executables that link the code
// instead of loading it); called before main.
void install(const Readers* builtin);

}  // namespace vanban::ingest::media
