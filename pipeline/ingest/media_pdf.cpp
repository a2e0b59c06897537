// poppler behind the media seam (media.h): a document, its pages' word
// boxes and glyph boxes, a page rendered to gray. Part of vanban-media.so
// (and of the executables that link the readers in); what the words mean
// is decided in pdf.cpp.
//
// poppler is given the bytes, never a path, and never prints: its messages
// go to a handler that drops them (a damaged PDF is reported once, by the
// caller, as an InputError).
#include <mutex>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "media.h"

namespace vanban::ingest::media {

namespace {

Rect rect_of(const poppler::rectf& r) { return Rect{r.left(), r.top(), r.right(), r.bottom()}; }

std::string utf8(const poppler::ustring& u) {
  auto b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

// poppler reports through one process-wide hook; its messages are not ours
// to print.
void quiet_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

class Page final : public PdfPage {
 public:
  explicit Page(std::unique_ptr<poppler::page> p) : page_(std::move(p)) {}

  Rect rect() const override { return rect_of(page_->page_rect()); }

  std::vector<TextBox> text_boxes() override {
    boxes_ = page_->text_list(poppler::page::text_list_include_font);
    std::vector<TextBox> out;
    out.reserve(boxes_.size());
    for (const auto& b : boxes_) {
      TextBox t;
      t.text = utf8(b.text());
      t.box = rect_of(b.bbox());
      t.size = b.get_font_size();
      if (b.has_font_info()) t.font = b.get_font_name();
      t.space_after = b.has_space_after();
      t.rotation = b.rotation();
      out.push_back(std::move(t));
    }
    return out;
  }

  Rect char_box(std::size_t box, int c) const override {
    if (box >= boxes_.size()) return {};
    return rect_of(boxes_[box].char_bbox(c));
  }

  detail::GrayImage render(double dpi) const override {
    poppler::page_renderer r;
    r.set_image_format(poppler::image::format_gray8);
    r.set_render_hint(poppler::page_renderer::antialiasing, true);
    r.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    poppler::image img = r.render_page(page_.get(), dpi, dpi);
    detail::GrayImage g;
    g.dpi = dpi;
    if (!img.is_valid()) return g;
    g.width = img.width();
    g.height = img.height();
    g.stride = img.bytes_per_row();
    g.px.assign(img.const_data(), img.const_data() + static_cast<std::size_t>(g.stride) * g.height);
    return g;
  }

 private:
  std::unique_ptr<poppler::page> page_;
  std::vector<poppler::text_box> boxes_;  // of the last text_boxes()
};

class Document final : public PdfDocument {
 public:
  explicit Document(std::unique_ptr<poppler::document> d) : doc_(std::move(d)) {}
  bool locked() const override { return doc_->is_locked(); }
  int pages() const override { return doc_->pages(); }
  std::unique_ptr<PdfPage> page(int index) const override {
    std::unique_ptr<poppler::page> p(doc_->create_page(index));
    if (!p) return nullptr;
    return std::make_unique<Page>(std::move(p));
  }

 private:
  std::unique_ptr<poppler::document> doc_;
};

}  // namespace

std::unique_ptr<PdfDocument> open_pdf(std::string_view bytes) {
  quiet_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return nullptr;
  return std::make_unique<Document>(std::move(doc));
}

}  // namespace vanban::ingest::media
