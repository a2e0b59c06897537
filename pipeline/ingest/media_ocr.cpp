// Leptonica and Tesseract behind the media seam (media.h): PNG/JPEG/TIFF
// decoded to gray pages, and pages OCR'd with the `vie` model into word
// boxes. Part of vanban-media.so; what the words mean is decided in
// ocr.cpp, pdf_layout.cpp and ocr_repair.cpp.
//
// One TessBaseAPI per worker (it is not thread-safe, and loading `vie`
// costs ~0.2 s, so a worker keeps its engine for the whole file). Pages are
// handed out by index and written back by index: the output never depends
// on which thread finished first.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <thread>

#include <omp.h>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include "media.h"

namespace vanban::ingest::media {

std::unique_ptr<PdfDocument> open_pdf(std::string_view bytes);  // media_pdf.cpp

namespace {

using detail::GrayImage;
using detail::PageWords;
using detail::Word;

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

// What Tesseract asks between words: stop when the file's time is up or
// another worker has found it so.
struct Cancel {
  std::atomic<bool>* stop;
  detail::Deadline deadline;
  bool due() const { return deadline && std::chrono::steady_clock::now() >= *deadline; }
  static bool ask(void* self, int /*words*/) {
    auto* c = static_cast<Cancel*>(self);
    if (c->stop->load() || c->due()) {
      c->stop->store(true);
      return true;
    }
    return false;
  }
};

// One page's words; false when it was cancelled before its end.
bool ocr_one(tesseract::TessBaseAPI& api, const GrayImage& g, Cancel& cancel, PageWords& pw) {
  pw.ocr = true;
  double k = 72.0 / g.dpi;
  pw.width = g.width * k;
  pw.height = g.height * k;
  if (g.px.empty()) return true;
  api.SetImage(g.px.data(), g.width, g.height, 1, g.stride);
  api.SetSourceResolution(static_cast<int>(g.dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.cancel = &Cancel::ask;
  monitor.cancel_this = &cancel;
  const int rc = api.Recognize(&monitor);
  if (Cancel::ask(&cancel, 0)) {  // (also a page that ended just after its time)
    api.Clear();
    return false;
  }
  if (rc != 0) return true;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return true;
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
  return true;
}

std::vector<PageWords> ocr_pages(const std::vector<GrayImage>& images, int threads, const detail::Deadline& deadline,
                                 std::size_t* unread) {
  std::vector<PageWords> out(images.size());
  *unread = images.size();
  if (images.empty()) return out;
  int workers = std::max(1, std::min<int>(threads, static_cast<int>(images.size())));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::vector<char> done(images.size(), 0);
  std::vector<std::string> errors(workers);
  auto work = [&](int slot) {
    try {
      Cancel cancel{&stop, deadline};
      if (Cancel::ask(&cancel, 0)) return;
      auto api = engine();  // (loading `vie` counts against the file's time too)
      for (std::size_t i = next++; i < images.size() && !Cancel::ask(&cancel, 0); i = next++)
        done[i] = ocr_one(*api, images[i], cancel, out[i]);
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
  if (stop.load())
    for (std::size_t i = 0; i < images.size(); ++i)
      if (!done[i]) {
        *unread = i;
        break;
      }
  return out;
}

Decoded decode_image(std::string_view bytes, Format fmt, const IngestLimits& limits) {
  Decoded d;
  auto refuse = [&](const std::string& code, const std::string& reason) {
    d.images.clear();
    d.code = code;
    d.reason = reason;
    return d;
  };
  const char* damaged = "unreadable image (damaged, truncated, or not PNG, JPEG or TIFF)";
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
    return refuse("image.too-many-pages",
                  std::to_string(count) + " pages, more than the limit of " + std::to_string(limits.max_pages));

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
      return refuse("image.damaged", damaged);
    }
    if (w <= 0 || h <= 0) return refuse("image.damaged", damaged);
    if (static_cast<double>(w) * h > static_cast<double>(limits.max_pixels))
      return refuse("image.too-large", "image of " + std::to_string(w) + " × " + std::to_string(h) +
                                           " pixels, more than the limit of " + std::to_string(limits.max_pixels));
    PIX* pix = count > 1 ? pixReadMemTiff(data, bytes.size(), page) : pixReadMem(data, bytes.size());
    if (!pix) return refuse("image.damaged", damaged);
    PIX* gray = pixConvertTo8(pix, 0);
    pixDestroy(&pix);
    if (!gray) return refuse("image.damaged", "unreadable image (an unsupported pixel format)");
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
    d.images.push_back(std::move(g));
  }
  return d;
}

}  // namespace

const Readers& implementation() {
  static const Readers r = [] {
    Readers x;
    x.open_pdf = &open_pdf;
    x.decode_image = &decode_image;
    x.ocr_pages = &ocr_pages;
    return x;
  }();
  return r;
}

}  // namespace vanban::ingest::media
