// OCR (nhận dạng văn bản quét): Tesseract with the `vie` model on 300 dpi
// gray images, word boxes handed to the same layout rebuilding as a PDF's
// text layer, so scans and text PDFs give lines in the same order.
//
// One TessBaseAPI per worker (it is not thread-safe, and loading `vie`
// costs ~0.2 s, so a worker keeps its engine for the whole file). Pages are
// handed out by index and written back by index: the output never depends
// on which thread finished first.
#include <atomic>
#include <memory>
#include <thread>

#include <omp.h>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include "ocr.h"
#include "pdf_layout.h"

namespace vanban::ingest {

namespace detail {

namespace {

std::unique_ptr<tesseract::TessBaseAPI> engine() {
  setMsgSeverity(L_SEVERITY_NONE);  // Leptonica, inside Tesseract, prints to stderr
  // the workers are the parallelism: Tesseract's own OpenMP threads would
  // only compete with them for the same cores
  omp_set_num_threads(1);
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract prints its own warnings; its result is all we want.
  if (api->Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0)
    throw std::runtime_error("OCR unavailable: Tesseract's Vietnamese model (tesseract-ocr-vie) is not installed");
  api->SetVariable("debug_file", "/dev/null");
  api->SetPageSegMode(tesseract::PSM_AUTO);
  return api;
}

PageWords ocr_one(tesseract::TessBaseAPI& api, const GrayImage& g) {
  PageWords pw;
  pw.ocr = true;
  double k = 72.0 / g.dpi;
  pw.width = g.width * k;
  pw.height = g.height * k;
  if (g.px.empty()) return pw;
  api.SetImage(g.px.data(), g.width, g.height, 1, g.stride);
  api.SetSourceResolution(static_cast<int>(g.dpi));
  if (api.Recognize(nullptr) != 0) return pw;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return pw;
  do {
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || !*text.get()) continue;
    int x0, y0, x1, y1;
    if (!it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1)) continue;
    Word w;
    w.text = text.get();
    w.x0 = x0 * k;
    w.y0 = y0 * k;
    w.x1 = x1 * k;
    w.y1 = y1 * k;
    // a word's box is its ink: the line's x-height and stacked marks vary
    // too much, so the font size is taken from the text line's box
    int lx0, ly0, lx1, ly1;
    if (it->BoundingBox(tesseract::RIL_TEXTLINE, &lx0, &ly0, &lx1, &ly1)) w.size = (ly1 - ly0) * k * 0.8;
    else w.size = (y1 - y0) * k;
    pw.words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  api.Clear();
  return pw;
}

}  // namespace

std::vector<PageWords> ocr_pages(const std::vector<GrayImage>& images, int threads) {
  std::vector<PageWords> out(images.size());
  if (images.empty()) return out;
  int workers = std::max(1, std::min<int>(threads, static_cast<int>(images.size())));
  std::atomic<std::size_t> next{0};
  std::vector<std::string> errors(workers);
  auto work = [&](int slot) {
    try {
      auto api = engine();
      for (std::size_t i = next++; i < images.size(); i = next++) out[i] = ocr_one(*api, images[i]);
    } catch (const std::exception& e) {
      errors[slot] = e.what();
    }
  };
  if (workers == 1) {
    work(0);
  } else {
    std::vector<std::thread> pool;
    for (int s = 0; s < workers; ++s) pool.emplace_back(work, s);
    for (auto& t : pool) t.join();
  }
  for (const auto& e : errors)
    if (!e.empty()) throw std::runtime_error(e);
  return out;
}

std::vector<GrayImage> decode_image(std::string_view bytes, const std::string& file, Format fmt,
                                     const IngestLimits& limits) {
  auto refuse = [&](const std::string& code, const std::string& what) {
    throw InputError(file, 0, code, file + ": " + what);
  };
  if (bytes.size() > limits.max_file_bytes)
    refuse("io.too-big", "file is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                             std::to_string(limits.max_file_bytes));
  // Leptonica's readers (libpng, libjpeg, libtiff) decode from memory; its
  // messages go to stderr unless silenced.
  setMsgSeverity(L_SEVERITY_NONE);
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 count = 1;
  if (fmt == Format::tiff)
    if (FILE* fp = fopenReadFromMemory(data, bytes.size())) {
      tiffGetCount(fp, &count);
      fclose(fp);
    }
  if (count <= 0) count = 1;
  if (count > limits.max_pages)
    refuse("image.too-many-pages",
           std::to_string(count) + " pages, more than the limit of " + std::to_string(limits.max_pages));

  std::vector<GrayImage> imgs;
  for (l_int32 page = 0; page < count; ++page) {
    l_int32 w = 0, h = 0, bps = 0, spp = 0;
    if (count > 1) {
      PIX* probe = pixReadMemTiff(data, bytes.size(), page);
      if (probe) {
        w = pixGetWidth(probe);
        h = pixGetHeight(probe);
        pixDestroy(&probe);
      }
    } else if (pixReadHeaderMem(data, bytes.size(), nullptr, &w, &h, &bps, &spp, nullptr) != 0) {
      refuse("image.damaged", "unreadable image (damaged, truncated, or not PNG, JPEG or TIFF)");
    }
    if (w <= 0 || h <= 0) refuse("image.damaged", "unreadable image (damaged, truncated, or not PNG, JPEG or TIFF)");
    if (static_cast<double>(w) * h > static_cast<double>(limits.max_pixels))
      refuse("image.too-large", "image of " + std::to_string(w) + " × " + std::to_string(h) +
                                    " pixels, more than the limit of " + std::to_string(limits.max_pixels));
    PIX* pix = count > 1 ? pixReadMemTiff(data, bytes.size(), page) : pixReadMem(data, bytes.size());
    if (!pix) refuse("image.damaged", "unreadable image (damaged, truncated, or not PNG, JPEG or TIFF)");
    PIX* gray = pixConvertTo8(pix, 0);
    pixDestroy(&pix);
    if (!gray) refuse("image.damaged", "unreadable image (an unsupported pixel format)");
    GrayImage g;
    g.width = pixGetWidth(gray);
    g.height = pixGetHeight(gray);
    l_int32 xres = 0, yres = 0;
    pixGetResolution(gray, &xres, &yres);
    g.dpi = xres >= 70 && xres <= 1200 ? xres : 300;  // scanners that say nothing scan at 300
    g.stride = g.width;
    g.px.resize(static_cast<std::size_t>(g.width) * g.height);
    for (int y = 0; y < g.height; ++y) {
      l_uint32* row = pixGetData(gray) + static_cast<std::size_t>(y) * pixGetWpl(gray);
      for (int x = 0; x < g.width; ++x) g.px[static_cast<std::size_t>(y) * g.width + x] = GET_DATA_BYTE(row, x);
    }
    pixDestroy(&gray);
    imgs.push_back(std::move(g));
  }

  return imgs;
}

}  // namespace detail

Extracted read_image(std::string_view bytes, const std::string& file, Format fmt, const IngestLimits& limits) {
  std::vector<detail::GrayImage> imgs = detail::decode_image(bytes, file, fmt, limits);
  const int count = static_cast<int>(imgs.size());
  std::vector<detail::PageWords> pages = detail::ocr_pages(imgs, limits.ocr_threads);
  std::vector<std::vector<detail::Line>> lines_by_page;
  std::vector<std::string> lines;
  std::vector<bool> ocr_line;
  for (auto& pw : pages) lines_by_page.push_back(detail::page_lines(pw));
  detail::drop_furniture(lines_by_page, pages);
  for (const auto& pl : lines_by_page)
    for (const auto& l : pl) {
      if (l.gap_before && !lines.empty() && !lines.back().empty()) {
        lines.emplace_back();
        ocr_line.push_back(false);
      }
      lines.push_back(l.text);
      ocr_line.push_back(true);
    }
  Extracted e;
  e.format = fmt;
  e.pages = count;
  e.diagnostics = detail::repair_ocr(lines, ocr_line, file);
  for (const auto& l : lines) {
    e.text += l;
    e.text += '\n';
  }
  return e;
}

}  // namespace vanban::ingest
