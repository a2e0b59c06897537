// OCR (nhận dạng văn bản quét): scans read by Tesseract with the `vie`
// model on 300 dpi gray images (media_ocr.cpp, in vanban-media.so), word
// boxes handed to the same layout rebuilding as a PDF's text layer, so
// scans and text PDFs give lines in the same order.
#include <chrono>

#include "media.h"
#include "ocr.h"
#include "pdf_layout.h"
#include "readers.h"

namespace vanban::ingest {

namespace detail {

std::vector<PageWords> ocr_pages(const std::vector<GrayImage>& images, int threads, Deadline deadline) {
  if (images.empty()) return {};
  std::size_t unread = images.size();
  std::vector<PageWords> out = media::readers("").ocr_pages(images, threads, deadline, &unread);
  if (unread < images.size()) throw OcrTimeout(unread);
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
  media::Decoded d = media::readers(file).decode_image(bytes, fmt, limits);
  if (!d.code.empty()) refuse(d.code, d.reason);
  return std::move(d.images);
}

}  // namespace detail

Extracted read_image(std::string_view bytes, const std::string& file, Format fmt, const IngestLimits& limits) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<detail::GrayImage> imgs = detail::decode_image(bytes, file, fmt, limits);
  const int count = static_cast<int>(imgs.size());
  // the file's time: seconds_per_file, plus OCR's for each page (as for a scanned PDF)
  const double budget = limits.seconds_per_file + limits.ocr_seconds_per_page * count;
  std::vector<detail::PageWords> pages;
  try {
    pages = detail::ocr_pages(imgs, limits.ocr_threads,
                              start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                          std::chrono::duration<double>(budget)));
  } catch (const detail::OcrTimeout& t) {
    throw InputError(file, 0, "image.too-slow",
                     file + ": reading took more than the limit of " + seconds_text(budget) + " s (stopped at page " +
                         std::to_string(t.page + 1) + " of " + std::to_string(count) + ", read by OCR)");
  }
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
