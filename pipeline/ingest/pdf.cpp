// PDF → text (đọc văn bản PDF): poppler's text layer (through the media
// seam, media.h) rebuilt in reading order (pdf_layout.cpp), scanned pages
// OCR'd (ocr.cpp); the facade then hands the lines to the text stage.
//
// A PDF poppler cannot open is an InputError naming the file.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "legacy.h"
#include "media.h"
#include "ocr.h"
#include "pdf.h"
#include "pdf_layout.h"
#include "readers.h"

namespace vanban::ingest {

namespace {

using detail::GrayImage;
using detail::Line;
using detail::PageWords;
using detail::Word;

[[noreturn]] void refuse(const std::string& file, const std::string& code, const std::string& what) {
  throw InputError(file, 0, code, file + ": " + what);
}

// "ABCDEF+Name": an embedded subset, as signing software stamps its text.
bool subset_font(const std::string& name) {
  if (name.size() < 8 || name[6] != '+') return false;
  for (int i = 0; i < 6; ++i)
    if (name[i] < 'A' || name[i] > 'Z') return false;
  return true;
}

std::string upper_vi(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper(icu::Locale("vi")).toUTF8String(out);
  return out;
}

// Legacy Vietnamese fonts name their encoding: TCVN3 (ABC) fonts are
// .VnTime, .VnArial …, and their capitals fonts (.VnTimeH, VnTimeHBold)
// print lower-case codes as capitals; VNI fonts are VNI-Times … . Their
// words are decoded here, where the font is known; other text goes to the
// text stage's detection.
std::string decode_legacy_font(const std::string& text, const std::string& font) {
  std::string n = subset_font(font) ? font.substr(7) : font;
  n = n.substr(0, n.find(','));
  bool tcvn3 = n.rfind(".Vn", 0) == 0 || n.rfind("Vn", 0) == 0;
  bool vni = n.rfind("VNI-", 0) == 0 || n.rfind("VNI ", 0) == 0;
  if (!tcvn3 && !vni) return text;
  std::string bytes;
  if (!legacy::cp1252_bytes(text, bytes)) return text;
  std::u32string u;
  if (tcvn3) legacy::decode_tcvn3(bytes, u);
  else legacy::decode_vni(bytes, u);
  std::string out;
  legacy::append_utf8(out, u);
  if (!tcvn3) return out;
  // TCVN3 has no toned capitals: "CHÝNH" typed in the plain font prints
  // "CHíNH"; a word whose plain letters are all capitals is a capital word
  int caps = 0, small = 0;
  for (unsigned char c : bytes) caps += c >= 'A' && c <= 'Z', small += c >= 'a' && c <= 'z';
  if (caps >= 2 && small == 0) return upper_vi(out);
  std::string base = n.substr(n[0] == '.' ? 1 : 0);
  for (const char* suffix : {"H", "HBold", "HItalic", "HBoldItalic", "H-Bold", "H-Italic"}) {
    std::size_t k = std::strlen(suffix);
    if (base.size() > k + 2 && base.compare(base.size() - k, k, suffix) == 0) return upper_vi(out);
  }
  return out;
}

// Dark pixels of an image inside a box given in points.
int ink(const GrayImage& g, double x0, double y0, double x1, double y1) {
  double k = g.dpi / 72.0;
  int a = std::max(0, static_cast<int>(x0 * k)), b = std::min(g.width, static_cast<int>(x1 * k + 1));
  int c = std::max(0, static_cast<int>(y0 * k)), d = std::min(g.height, static_cast<int>(y1 * k + 1));
  int n = 0;
  for (int y = c; y < d; ++y)
    for (int x = a; x < b; ++x) n += g.px[static_cast<std::size_t>(y) * g.stride + x] < 128;
  return n;
}

// Invisible text (rendering mode 3, white on white) under a stamp: the
// draft's number and day that the signing software printed over. On pages
// where boxes overlap, characters that leave no ink are dropped.
// `boxes[i]` is the index in the page's text layer of pw.words[i].
void drop_invisible(const media::PdfPage& p, const std::vector<std::size_t>& boxes, PageWords& pw) {
  bool overlap = false;
  for (std::size_t i = 0; i < pw.words.size() && !overlap; ++i)
    for (std::size_t j = i + 1; j < pw.words.size() && !overlap; ++j) {
      const Word &a = pw.words[i], &b = pw.words[j];
      double ox = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), oy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
      overlap = ox > 0.5 * std::min(a.x1 - a.x0, b.x1 - b.x0) && oy > 0.5 * std::min(a.y1 - a.y0, b.y1 - b.y0);
    }
  if (!overlap) return;
  GrayImage g = p.render(72);
  if (g.px.empty()) return;
  for (std::size_t i = 0; i < pw.words.size(); ++i) {
    Word& w = pw.words[i];
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(w.text);
    int n = u.countChar32();
    std::vector<bool> seen(n);
    bool any = false, all = true;
    for (int c = 0; c < n; ++c) {
      media::Rect r = p.char_box(boxes[i], c);
      seen[c] = r.width() <= 0 || ink(g, r.x0, r.y0, r.x1, r.y1) > 0;
      any = any || seen[c];
      all = all && seen[c];
    }
    if (all) continue;
    if (!any) {
      w.text.clear();
      continue;
    }
    int a = 0, b = n;  // trim blank characters at either end
    while (a < n && !seen[a]) ++a;
    while (b > a && !seen[b - 1]) --b;
    std::string s;
    u.tempSubStringBetween(u.moveIndex32(0, a), u.moveIndex32(0, b)).toUTF8String(s);
    media::Rect ra = p.char_box(boxes[i], a), rb = p.char_box(boxes[i], b - 1);
    w.text = s;
    if (ra.width() > 0) w.x0 = ra.x0;
    if (rb.width() > 0) w.x1 = rb.x1;
  }
}

PageWords text_layer(media::PdfPage& p) {
  PageWords pw;
  media::Rect r = p.rect();
  pw.width = r.width();
  pw.height = r.height();
  std::vector<media::TextBox> boxes = p.text_boxes();
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const media::TextBox& b = boxes[i];
    if (b.rotation != 0) continue;  // margin notes printed sideways
    Word w;
    w.x0 = b.box.x0;
    w.y0 = b.box.y0;
    w.x1 = b.box.x1;
    w.y1 = b.box.y1;
    w.size = b.size;
    w.text = decode_legacy_font(b.text, b.font);
    w.space_after = b.space_after;
    w.rank = subset_font(b.font) ? 1 : 0;
    pw.words.push_back(std::move(w));
    kept.push_back(i);
  }
  drop_invisible(p, kept, pw);
  return pw;
}

std::size_t chars(const std::vector<Line>& ls) {
  std::size_t n = 0;
  for (const auto& l : ls) n += l.text.size();
  return n;
}

// Paints the text layer's words out of a page image: what the text layer
// says is not read again by OCR.
void whiten(GrayImage& g, const PageWords& pw) {
  double k = g.dpi / 72.0;
  for (const auto& w : pw.words) {
    int a = std::max(0, static_cast<int>(w.x0 * k) - 1), b = std::min(g.width, static_cast<int>(w.x1 * k) + 2);
    int c = std::max(0, static_cast<int>(w.y0 * k) - 1), d = std::min(g.height, static_cast<int>(w.y1 * k) + 2);
    for (int y = c; y < d; ++y)
      for (int x = a; x < b; ++x) g.px[static_cast<std::size_t>(y) * g.stride + x] = 255;
  }
}

// A page whose text layer says (almost) nothing but that carries ink
// outside its text: a scan.
bool is_scan(const media::PdfPage& p, const PageWords& pw, const std::vector<Line>& lines) {
  if (chars(lines) >= 80) return false;
  GrayImage g = p.render(24);
  if (g.px.empty()) return false;
  whiten(g, pw);
  // at 24 dpi text is gray, not black: a printed page covers 8-15 % of
  // its pixels with gray below 200, an empty or near-empty page under 1 %
  std::size_t dark = 0;
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x) dark += g.px[static_cast<std::size_t>(y) * g.stride + x] < 200;
  return dark > static_cast<std::size_t>(g.width) * g.height / 50;
}

std::string fmt_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

}  // namespace

Extracted read_pdf(std::string_view bytes, const std::string& file, const IngestLimits& limits) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  if (bytes.size() > limits.max_file_bytes)
    refuse(file, "io.too-big",
           "file is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
               std::to_string(limits.max_file_bytes));
  std::unique_ptr<media::PdfDocument> doc = media::readers(file).open_pdf(bytes);
  if (!doc) refuse(file, "pdf.damaged", "damaged or truncated PDF: poppler cannot read it");
  if (doc->locked()) refuse(file, "pdf.encrypted", "encrypted PDF: a password is needed to read it");
  const int n = doc->pages();
  if (n <= 0) refuse(file, "pdf.damaged", "damaged or truncated PDF: no page can be read");
  if (n > limits.max_pages)
    refuse(file, "pdf.too-many-pages",
           std::to_string(n) + " pages, more than the limit of " + std::to_string(limits.max_pages));

  std::vector<Diagnostic> diags;
  auto note = [&](Severity s, const std::string& code, int line, const std::string& msg) {
    Diagnostic d;
    d.severity = s;
    d.code = code;
    d.file = file;
    d.line = line;
    d.column = line > 0 ? 1 : 0;
    d.message = msg;
    diags.push_back(std::move(d));
  };
  // the budget: seconds_per_file, plus OCR's time for each scanned page
  double budget = limits.seconds_per_file;
  auto too_slow = [&](int page) {
    refuse(file, "pdf.too-slow",
           "reading took more than the limit of " + seconds_text(budget) + " s (stopped at page " +
               std::to_string(page) + " of " + std::to_string(n) + ")");
  };
  auto check_time = [&](int page) {
    if (std::chrono::duration<double>(clock::now() - start).count() > budget) too_slow(page);
  };

  std::vector<PageWords> src(n);
  std::vector<std::vector<Line>> pages(n);
  std::vector<std::vector<detail::Stamp>> stamps(n);
  std::vector<int> scans;
  for (int i = 0; i < n; ++i) {
    check_time(i + 1);
    std::unique_ptr<media::PdfPage> p = doc->page(i);
    if (!p) {
      note(Severity::warning, "pdf.page-unreadable", 0, "page " + std::to_string(i + 1) + " could not be read; skipped");
      continue;
    }
    src[i] = text_layer(*p);
    pages[i] = detail::page_lines(src[i]);
    stamps[i] = detail::take_stamps(pages[i], i + 1);
    if (is_scan(*p, src[i], pages[i])) scans.push_back(i);
  }

  // Scanned pages: rendered at 300 dpi in order, OCR'd a batch at a time
  // (one page per worker), so memory holds `threads` page images at most.
  budget += limits.ocr_seconds_per_page * static_cast<double>(scans.size());
  const int threads = std::max(1, limits.ocr_threads);
  std::vector<bool> ocr_page(n, false);
  for (std::size_t b = 0; b < scans.size(); b += threads) {
    std::vector<GrayImage> imgs;
    std::vector<int> idx;
    for (std::size_t k = b; k < scans.size() && k < b + threads; ++k) {
      int i = scans[k];
      check_time(i + 1);
      std::unique_ptr<media::PdfPage> p = doc->page(i);
      media::Rect r = p->rect();
      double px = (r.width() * 300 / 72) * (r.height() * 300 / 72);
      if (px > static_cast<double>(limits.max_pixels))
        refuse(file, "pdf.page-too-large",
               "page " + std::to_string(i + 1) + " is " + fmt_number(r.width() * 300 / 72) + " × " +
                   fmt_number(r.height() * 300 / 72) + " pixels at 300 dpi, more than the limit of " +
                   std::to_string(limits.max_pixels));
      imgs.push_back(p->render(300));
      whiten(imgs.back(), src[i]);
      idx.push_back(i);
    }
    // Tesseract is stopped in the middle of a page when the time is up
    std::vector<PageWords> words;
    try {
      words = detail::ocr_pages(imgs, threads,
                                start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(budget)));
    } catch (const detail::OcrTimeout& t) {
      too_slow(idx[t.page] + 1);
    }
    for (std::size_t k = 0; k < idx.size(); ++k) {
      int i = idx[k];
      // the page's own text (a signing stamp over a scan) and OCR's words
      words[k].width = src[i].width;
      words[k].height = src[i].height;
      words[k].words.insert(words[k].words.end(), src[i].words.begin(), src[i].words.end());
      src[i] = std::move(words[k]);
      pages[i] = detail::page_lines(src[i]);
      stamps[i] = detail::take_stamps(pages[i], i + 1);
      ocr_page[i] = true;
    }
  }
  detail::drop_furniture(pages, src);

  // The document as lines; blank lines where the page left a gap.
  std::vector<std::string> lines;
  std::vector<bool> ocr_line;
  for (int i = 0; i < n; ++i)
    for (const auto& l : pages[i]) {
      if (l.gap_before && !lines.empty() && !lines.back().empty()) {
        lines.emplace_back();
        ocr_line.push_back(false);
      }
      lines.push_back(l.text);
      ocr_line.push_back(ocr_page[i]);
    }
  std::vector<Diagnostic> repairs = detail::repair_ocr(lines, ocr_line, file);

  Extracted e;
  e.format = Format::pdf;
  e.pages = n;
  for (const auto& l : lines) {
    e.text += l;
    e.text += '\n';
  }
  for (int i = 0; i < n; ++i)
    for (const auto& s : stamps[i]) {
      std::string msg = "digital signature stamp on page " + std::to_string(s.page) + ":";
      if (!s.signer.empty()) msg += " signer " + s.signer + ";";
      if (!s.agency.empty()) msg += " agency " + s.agency + ";";
      if (!s.time.empty()) msg += " time " + s.time + ";";
      if (msg.back() == ';') msg.pop_back();
      else msg += " no signer or time printed";
      note(Severity::note, "pdf.signature-stamp", 0, msg);
    }
  if (!scans.empty())
    note(Severity::note, "pdf.ocr", 0,
         std::to_string(scans.size()) + " of " + std::to_string(n) + " pages have no text layer; read by OCR");
  diags.insert(diags.end(), repairs.begin(), repairs.end());
  e.diagnostics = std::move(diags);
  return e;
}

}  // namespace vanban::ingest
