// Leaflet stage (pipeline/leaflet): the dissemination leaflet (tờ rơi tuyên
// truyền, phổ biến pháp luật) of a parsed and linked document, as XSL-FO for
// pipeline/render.
//
//   Document ─► content.cpp  the document's own sentences: what it is about,
//                            key provisions as headed points, questions and
//                            answers, who to contact, number/date/issuer
//            ─► qr.cpp       the full text's URL as QR modules (libqrencode)
//            ─► fit.cpp      view model → templates/leaflet/*.fo.mustache →
//                            layout (pipeline/render) → fewer points, shorter
//                            answers until every panel holds its text
//
// Nothing is invented: every sentence is the document's (shortened only at
// sentence or clause boundaries, never inside a word); the words around them
// (panel titles, question forms) are the templates' and data/leaflet.tsv's.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "vanban/model.h"

namespace vanban::leaflet {

enum class Layout { trifold, booklet };

struct LeafletOptions {
  // A4 landscape folded in three (six panels, both sides), or A5 booklet.
  Layout layout = Layout::trifold;
  // The full text's address for the QR code: `url` as given, else
  // `url_pattern` with {number} {year} {date} {type} {file} filled in (URL-
  // encoded), else data/leaflet.tsv's `url-pattern` (vbpl.vn's search by
  // number); no QR code when `qr` is false, or when the pattern needs a
  // number the document does not have.
  std::optional<std::string> url;
  std::optional<std::string> url_pattern;
  bool qr = true;
  std::string templates_dir;  // empty: the templates built into vanban
  std::string fonts_dir;      // empty: the project's fonts/ (as the renderer)
};

// One key provision as a headed point.
struct Point {
  std::string eid;
  std::string path;     // "Điều 3", "Điều 1 › Khoản 2": named in warnings
  std::string heading;  // the article's title, else the provision's lead-in or first clause
  std::string text;     // its sentences, shortened at sentence boundaries
  std::string first;    // its first sentence only (the shorter form)
  int rank = 1;         // 0: its heading names what citizens look for (data/leaflet.tsv `key`)
};

// One question and answer of the "Hỏi – Đáp" box.
struct QA {
  std::string eid, path;
  std::string question;  // a form of data/leaflet.tsv with the heading or subject put in
  std::string answer;    // the provision's sentences
  std::string first;     // its first sentence only
};

struct Content {
  std::string doc_type;     // "Nghị quyết"
  std::string number;       // "47/NQ-HĐND", may be empty
  std::string date;         // "ngày 02 tháng 8 năm 2024", may be empty
  std::string place;        // "An Phú", may be empty
  std::string issuer;       // "Hội đồng nhân dân huyện An Phú"
  std::string title;        // trích yếu as printed
  std::string about;        // the scope provision's (or the first article's) first sentences
  std::string effective;    // "từ ngày 02/8/2024", else the document's words ("từ ngày ký"); may be empty
  std::string adopted;      // "ngày 14 tháng 7 năm 2017": "… thông qua ngày …" of a resolution; may be empty
  std::string signer;       // "Chủ tịch Phùng Minh Tân", may be empty
  std::vector<Point> points;  // candidates in reading order, at most kMaxPoints
  std::vector<QA> qa;
  std::string implementing_body;  // from linking (pipeline/plan's rule)
  std::string justice_office;     // the justice office at the issuer's level
  std::string url;                // "" when none
};

constexpr std::size_t kMaxPoints = 16;

// A pattern with a key it does not know ({nunber}); what() names the key.
struct UrlError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// The content of the leaflet before fitting. Throws UrlError.
Content extract(const Document& doc, const LeafletOptions& opts = {});

// The URL for the QR code by the rule of LeafletOptions; "" when none.
std::string full_text_url(const Document& doc, const LeafletOptions& opts = {});

struct Leaflet {
  std::string fo;                     // XSL-FO (templates/fo-subset.rng)
  std::vector<Diagnostic> warnings;   // leaflet.dropped, leaflet.shortened, leaflet.no-url (a QR was wanted, no address), template.unknown-key
  std::size_t points = 0, qa = 0;     // shown
  int layout_passes = 0;              // layouts run to fit the panels
};

// The leaflet's XSL-FO, its text fitted to the panels (trifold) by laying it
// out with pipeline/render: points that do not fit are left out (warning
// leaflet.dropped naming them), then answers shortened to their first
// sentence and questions left out. Throws plan::TemplateError for a bad
// template, render::FoError when the templates give FO outside the subset,
// UrlError for a bad pattern.
Leaflet render_leaflet_fo(const Document& doc, const LeafletOptions& opts = {});

// QR code modules of `text` (libqrencode, level M, 8-bit): a square of
// `size` × `size`, dark modules true. Throws std::runtime_error when the
// text is too long for a QR code.
struct QrCode {
  int size = 0;
  std::vector<bool> dark;  // row-major
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};
QrCode qr_encode(const std::string& text);

}  // namespace vanban::leaflet
