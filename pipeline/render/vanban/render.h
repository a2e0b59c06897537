// The render engine: XSL-FO text (a documented subset, templates/README.md
// "XSL-FO subset", schema templates/fo-subset.rng) → validated FO tree →
// layout (ICU line breaking, total-fit justification, pagination) → PDF
// bytes (PoDoFo 0.9.8, embedded subset fonts with ToUnicode).
//
// Templates (pipeline/plan, templates/plan) produce the FO; this header is
// all they need from the engine.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban::render {

struct RenderOptions {
  // Folder with the LiberationSerif-*.ttf / LiberationSans-*.ttf files.
  // Empty: the project's fonts/ (compile-time VANBAN_FONTS_DIR).
  std::string fonts_dir;
  // Seconds since 1970 for the PDF's CreationDate/ModDate. None → a fixed
  // date (2000-01-01), never the clock: same input, same bytes.
  std::optional<long long> source_date_epoch;
  // Document info; empty fields are taken from the FO (fo:root's
  // fo:declarations are not in the subset, so the title defaults to the text
  // of the first block with role="title", else nothing).
  std::string title;
  std::string author;
  std::string subject;
  // Lay out only: no PDF is written (RenderResult::pdf stays empty). For
  // callers that fit content to fixed boxes and render again (leaflets).
  bool layout_only = false;
};

// How the content of an fo:block-container with an id fits its height.
struct ContainerFit {
  std::string id;
  double height = 0;          // inside its borders and padding, pt
  double content_height = 0;  // of the blocks it holds, pt
  bool fits() const { return content_height <= height + 0.01; }
};

// FO that is not well-formed or lies outside the subset. what() is
// "origin:line:column: message [code]" — line and column are those of the FO
// text (the template's output), 1-based; 0 when not known (and then left out
// of what(): "origin: message [code]").
struct FoError : std::runtime_error {
  std::string origin;
  int line = 0, column = 0;
  // "fo.xml" (not well-formed), "fo.doctype", "fo.element", "fo.schema", "fo.value",
  // "fo.font", "fo.image", "fo.master", "fo.limit"; "render.pdf" when PoDoFo fails
  std::string code;
  std::string message;  // the bare sentence, without position and code
  FoError(std::string origin, int line, int column, std::string code, std::string message);
};

struct RenderResult {
  std::string pdf;                              // the PDF file's bytes
  int pages = 0;
  // Layout warnings (overfull line, keep that could not be honoured, a cell
  // taller than a page, …), with the FO's line:column; never fatal.
  std::vector<vanban::Diagnostic> diagnostics;
  // The loosest justified line: its stretch ratio (added space / available
  // stretch; 0 perfect, 1 = word spaces at their max of 1.5× normal) and where.
  double loosest_ratio = 0;
  int loosest_line = 0;                         // FO line of the block
  std::vector<ContainerFit> containers;         // block-containers with an id, in document order
};

// Validates fo (XSL-FO subset) and lays it out. Throws FoError for FO outside
// the subset or malformed XML. Thread-safe: fonts are loaded once per process
// (the bytes), documents are independent. The first call raises glibc's
// mmap threshold to 32 MiB (mallopt; see render.cpp): PoDoFo's per-document
// buffers otherwise cost a page fault storm on every render.
RenderResult render_fo(std::string_view fo, const std::string& origin, const RenderOptions& opts = {});

// The PDF date of a document: SOURCE_DATE_EPOCH when set, else midnight UTC
// of `iso` (YYYY-MM-DD: the plan's or the source document's date), else none
// (RenderOptions' fixed date). Never the clock.
std::optional<long long> source_date_epoch(const std::optional<std::string>& iso);

// Only the reader: parse + validate, no layout. For tools and the bench
// baseline. Throws FoError like render_fo.
void validate_fo(std::string_view fo, const std::string& origin);

}  // namespace vanban::render
