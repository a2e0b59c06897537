// Facade of the render engine: read (fo_reader) → layout (block, inline,
// pages) → write (pdf).
#include "vanban/render.h"

#include <chrono>
#include <malloc.h>

#include <cstdlib>
#include <mutex>

#include <podofo/podofo.h>

#include "fo.h"
#include "pages.h"
#include "pdf.h"

namespace vanban::render {

// "origin:line:column: ", leaving out what is not known (0).
static std::string where(const std::string& origin, int line, int column) {
  std::string w = origin;
  if (line > 0) {
    w += ":" + std::to_string(line);
    if (column > 0) w += ":" + std::to_string(column);
  }
  return w + ": ";
}

FoError::FoError(std::string origin_, int line_, int column_, std::string code_, std::string message_)
    : std::runtime_error(where(origin_, line_, column_) + message_ + " [" + code_ + "]"),
      origin(std::move(origin_)), line(line_), column(column_), code(std::move(code_)),
      message(std::move(message_)) {}

void validate_fo(std::string_view fo, const std::string& origin) { fo::read(fo, origin); }

std::optional<long long> source_date_epoch(const std::optional<std::string>& iso) {
  if (const char* e = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(e, &end, 10);
    if (end && *end == '\0' && end != e) return v;
  }
  if (!iso || iso->size() != 10) return std::nullopt;
  using namespace std::chrono;
  const year_month_day ymd{year{std::atoi(iso->substr(0, 4).c_str())},
                           month{unsigned(std::atoi(iso->substr(5, 2).c_str()))},
                           day{unsigned(std::atoi(iso->substr(8, 2).c_str()))}};
  return duration_cast<seconds>(sys_days{ymd}.time_since_epoch()).count();
}

// PoDoFo allocates and frees buffers of hundreds of KB per document (font
// files, subsets, deflate state). Above glibc's starting mmap threshold
// (128 KB) each is mapped and unmapped again, and the page faults doubled
// the time of a cold render (56 → 30 ms measured). So on first use the
// process keeps such blocks in its heap instead — a process-wide setting,
// harmless for the other stages (inputs over 32 MiB are still mapped).
static void tune_allocator() {
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
  });
}

RenderResult render_fo(std::string_view text, const std::string& origin, const RenderOptions& opts) {
  tune_allocator();
  fo::Node root = fo::read(text, origin);
  RenderResult result;
  const Fonts* fonts = nullptr;
  try {
    fonts = &fonts_for(opts.fonts_dir);
  } catch (const FoError& e) {
    throw FoError(origin, 0, 0, e.code, e.message);
  }
  size_t slash = origin.rfind('/');
  const std::string base_dir = slash == std::string::npos ? "." : origin.substr(0, slash);
  auto pass = [&](Context& cx) {
    cx.base_dir = base_dir;
    try {
      return layout_document(cx, root);
    } catch (const FoError& e) {
      if (!e.origin.empty()) throw;
      throw FoError(origin, e.line, e.column, e.code, e.message);  // a font file that cannot be read
    }
  };
  std::vector<Diagnostic> first_diags;
  Context first{origin, *fonts, first_diags, {}, 0, 0, 0, {}, {}, {}, 1, {}};
  Laid laid = pass(first);
  Context cx{origin, *fonts, result.diagnostics, {}, 0, 0, 0, {}, {}, {}, 1, {}};
  cx.base_dir = base_dir;
  // Page numbers are known only after pagination; a second pass sets
  // citations (and the width kept for fo:page-number) at their true width.
  bool cites = false;
  for (const Page& p : laid.pages)
    for (const Op& o : p.ops) cites = cites || o.kind == Op::Kind::citation || o.kind == Op::Kind::page_number;
  if (cites) {
    for (const auto& [id, at] : laid.anchors)
      cx.known_pages[id] = std::to_string(laid.pages[static_cast<size_t>(at.first)].number);
    cx.page_digits = static_cast<int>(std::to_string(laid.pages.empty() ? 1 : laid.pages.back().number).size());
    laid = pass(cx);
  } else {
    result.diagnostics = std::move(first_diags);
    cx.containers = std::move(first.containers);
    cx.loosest = first.loosest, cx.loosest_line = first.loosest_line, cx.title = first.title;
  }
  result.containers = std::move(cx.containers);
  result.pages = static_cast<int>(laid.pages.size());
  if (opts.layout_only) return result;
  try {
    result.pdf = write_pdf(cx, laid, opts);
  } catch (const PoDoFo::PdfError& e) {
    throw FoError(origin, 0, 0, "render.pdf", std::string("PoDoFo: ") + PoDoFo::PdfError::ErrorMessage(e.GetError()));
  }
  result.pages = static_cast<int>(laid.pages.size());
  result.loosest_ratio = cx.loosest;
  result.loosest_line = cx.loosest_line;
  return result;
}

}  // namespace vanban::render
