// Reading order of a page from positioned words (đọc theo bố cục trang).
//
// Lines are words sharing a baseline; a line splits into segments at gaps
// far wider than a space. Official documents print two blocks side by side
// (Decree 30): the header (issuer | Quốc hiệu, Tiêu ngữ; number | place and
// date) and the closing (Nơi nhận | signer). A run of rows split at one
// gutter near the middle of the page is such a block: its left column is
// emitted first, then its right one — the order a Word file has, and what
// the header and closing readers take. Any other row of several segments is
// a table row, its cells one line each, left to right.
#include <algorithm>
#include <cmath>
#include <map>
#include <regex>

#include "pdf_layout.h"

namespace vanban::ingest::detail {

namespace {

struct Segment {
  std::vector<const Word*> words;
  double x0 = 0, x1 = 0;
};

struct Row {
  std::vector<Segment> segs;
  double top = 0, bottom = 0, size = 0;
};

std::string join(const std::vector<const Word*>& ws) {
  std::string s;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    // a box that touches the previous one continues its word (a font change
    // inside a word, a stamped digit next to the typed ones)
    if (i > 0 && (ws[i - 1]->space_after || ws[i]->rank != ws[i - 1]->rank ||
                  ws[i]->x0 - ws[i - 1]->x1 > 0.12 * std::max(ws[i]->size, 1.0)))
      s += ' ';
    s += ws[i]->text;
  }
  return s;
}

// Words → rows: clustered on the vertical centre, tolerant of the tall
// boxes that stacked Vietnamese diacritics give.
std::vector<Row> rows_of(const PageWords& page) {
  const double mid_lo = 0.32 * page.width, mid_hi = 0.68 * page.width;
  std::vector<const Word*> ws;
  for (const auto& w : page.words)
    if (w.text.find_first_not_of(' ') != std::string::npos && w.x1 > w.x0 && w.y1 > w.y0) ws.push_back(&w);
  auto centre = [](const Word* w) { return (w->y0 + w->y1) / 2; };
  std::stable_sort(ws.begin(), ws.end(), [&](const Word* a, const Word* b) { return centre(a) < centre(b); });

  std::vector<std::vector<const Word*>> clusters;
  double c_sum = 0;
  for (const Word* w : ws) {
    double size = std::max(w->size, (w->y1 - w->y0) * 0.8);
    if (!clusters.empty()) {
      double c = c_sum / clusters.back().size();
      if (std::abs(centre(w) - c) < 0.45 * size) {
        clusters.back().push_back(w);
        c_sum += centre(w);
        continue;
      }
    }
    clusters.push_back({w});
    c_sum = centre(w);
  }

  std::vector<Row> rows;
  for (auto& cl : clusters) {
    std::stable_sort(cl.begin(), cl.end(), [](const Word* a, const Word* b) { return a->x0 < b->x0; });
    // Overlapping boxes: text stamped over the typed text (the issued number
    // and day over the draft's). Of two boxes that cover each other the
    // stamped one (higher rank) stays.
    std::vector<const Word*> kept;
    for (const Word* w : cl) {
      bool covered = false;
      for (const Word*& k : kept) {
        double ov = std::min(k->x1, w->x1) - std::max(k->x0, w->x0);
        if (ov > 0.6 * std::min(k->x1 - k->x0, w->x1 - w->x0)) {
          covered = true;
          if (w->rank > k->rank) k = w;
        }
      }
      if (!covered) kept.push_back(w);
    }
    Row r;
    r.top = 1e9;
    r.bottom = -1e9;
    std::vector<double> sizes;
    for (const Word* w : kept) {
      double sz = w->size > 0 ? w->size : (w->y1 - w->y0);
      sizes.push_back(sz);
      r.top = std::min(r.top, w->y0);
      r.bottom = std::max(r.bottom, w->y1);
      // a gap splits the row when it is far wider than any justified space,
      // or a little less wide but in the middle of the page, where the
      // gutter of a two-column header runs
      double gap = r.segs.empty() ? 0 : w->x0 - r.segs.back().x1;
      bool middle = !r.segs.empty() && r.segs.back().x1 < mid_hi && w->x0 > mid_lo;
      bool split = gap > std::max(2.0 * sz, 18.0) || (middle && gap > std::max(1.2 * sz, 12.0));
      if (r.segs.empty() || split) r.segs.push_back({{}, w->x0, w->x1});
      r.segs.back().words.push_back(w);
      r.segs.back().x1 = std::max(r.segs.back().x1, w->x1);
    }
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    r.size = sizes[sizes.size() / 2];
    rows.push_back(std::move(r));
  }
  return rows;
}

// The gutter of a two-column row, when it lies near the middle of the page.
bool gutter_of(const Row& r, double width, double* lo, double* hi) {
  if (r.segs.size() != 2) return false;
  double a = r.segs[0].x1, b = r.segs[1].x0;
  if (a > 0.68 * width || b < 0.32 * width) return false;
  *lo = a;
  *hi = b;
  return true;
}

// A line of rule characters only: the short underlines below the issuer
// and the motto, typed or drawn with a font.
bool is_rule(const std::string& t) {
  int n = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::string_view rest(t.data() + i, t.size() - i);
    std::size_t k = 0;
    for (std::string_view r : {"\u00AF", "\u2014", "\u2013", "\u2500", "-", "_", "=", "*", ".", " "})
      if (rest.substr(0, r.size()) == r) {
        k = r.size();
        break;
      }
    if (k == 0) return false;
    n += t[i] != ' ';
    i += k;
  }
  return n >= 3;
}

}  // namespace

std::vector<Line> page_lines(const PageWords& page) {
  std::vector<Row> rows = rows_of(page);
  std::vector<Line> out;
  double prev_bottom = -1;
  auto emit = [&](std::string text, const Row& r) {
    if (is_rule(text)) return;  // a header's underline typed as ¯¯¯ or ———
    Line l;
    l.text = std::move(text);
    l.top = r.top;
    l.bottom = r.bottom;
    l.gap_before = prev_bottom >= 0 && r.top - prev_bottom > 0.9 * r.size;
    prev_bottom = r.bottom;
    out.push_back(std::move(l));
  };

  for (std::size_t i = 0; i < rows.size();) {
    double lo, hi;
    if (!gutter_of(rows[i], page.width, &lo, &hi)) {
      const Row& r = rows[i];
      if (r.segs.size() >= 3) {
        for (const auto& s : r.segs) emit(join(s.words), r);
      } else {
        std::vector<const Word*> all;
        for (const auto& s : r.segs) all.insert(all.end(), s.words.begin(), s.words.end());
        emit(join(all), r);
      }
      ++i;
      continue;
    }
    // A two-column block: rows split at an overlapping gutter, and rows of
    // one segment that stay on one side of it and follow closely.
    std::size_t j = i + 1;
    double glo = lo, ghi = hi;
    while (j < rows.size()) {
      const Row& r = rows[j];
      double a, b;
      if (gutter_of(r, page.width, &a, &b)) {
        if (std::max(glo, a) >= std::min(ghi, b)) break;
        glo = std::max(glo, a);
        ghi = std::min(ghi, b);
      } else if (r.segs.size() == 1) {
        bool one_side = r.segs[0].x1 <= ghi || r.segs[0].x0 >= glo;
        bool close = r.top - rows[j - 1].bottom < 1.0 * r.size;
        if (!one_side || !close) break;
      } else {
        break;
      }
      ++j;
    }
    // left column, then right column
    for (int side = 0; side < 2; ++side)
      for (std::size_t k = i; k < j; ++k) {
        const Row& r = rows[k];
        for (const auto& s : r.segs) {
          bool left = r.segs.size() == 2 ? &s == &r.segs[0] : s.x1 <= ghi && !(s.x0 >= glo && s.x0 > (glo + ghi) / 2);
          if (left == (side == 0)) emit(join(s.words), r);
        }
      }
    i = j;
  }
  return out;
}

namespace {

bool is_page_number(const std::string& t) {
  static const std::regex re(R"(^\s*(-\s*)?(Trang\s+)?\d{1,4}(\s*/\s*\d{1,4})?(\s*-)?\s*$)");
  return t.size() <= 16 && std::regex_match(t, re);
}

// Running text with its numbers blanked out ("Trang 3", "Công báo số 12").
std::string furniture_key(const std::string& t) {
  std::string k;
  for (char c : t)
    if (!(c >= '0' && c <= '9') && c != ' ') k += c;
  return k;
}

}  // namespace

void drop_furniture(std::vector<std::vector<Line>>& pages, const std::vector<PageWords>& src) {
  auto in_margin = [&](const Line& l, std::size_t p) {
    double h = src[p].height > 0 ? src[p].height : 842;
    return l.bottom < 0.09 * h || l.top > 0.91 * h;
  };
  std::map<std::string, int> seen;  // margin text → pages it is on
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::map<std::string, bool> here;
    for (const auto& l : pages[p])
      if (in_margin(l, p) && !furniture_key(l.text).empty()) here[furniture_key(l.text)] = true;
    for (const auto& [k, v] : here) ++seen[k];
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& ls = pages[p];
    std::vector<Line> kept;
    for (const auto& l : ls)
      if (!(in_margin(l, p) && !furniture_key(l.text).empty() && seen[furniture_key(l.text)] >= 3)) kept.push_back(l);
    // a page number is then the first or last line of its page, in the margin
    while (!kept.empty() && is_page_number(kept.front().text) && in_margin(kept.front(), p)) kept.erase(kept.begin());
    while (!kept.empty() && is_page_number(kept.back().text) && in_margin(kept.back(), p)) kept.pop_back();
    if (!kept.empty() && kept.size() < ls.size()) kept.front().gap_before = false;
    ls = std::move(kept);
  }
}

std::vector<Stamp> take_stamps(std::vector<Line>& lines, int page) {
  // Stamps of the Government's signing software and of scanners' copies:
  //   Signature Not Verified / Ký bởi: … / Cơ quan: … / Ngày ký: …
  //   Người ký: … / Thời gian ký: … ; "SAO Y; Văn phòng …" / "Giờ ký: …"
  static const std::regex signer(R"(^\s*(Ký bởi|Người ký|Signed by)\s*:\s*(.+?)\s*$)", std::regex::icase);
  static const std::regex agency(R"(^\s*(Cơ quan|Tổ chức)\s*:\s*(.+?)\s*$)");
  static const std::regex time(
      R"(^\s*(Thời gian ký|Ngày ký|Giờ ký|Signing time|Date)\s*:\s*(\d{1,2}[./-]\d{1,2}[./-]\d{4}([ T,]+\d{1,2}:\d{2}(:\d{2})?)?.*?)\s*$)",
      std::regex::icase);
  static const std::regex banner(R"(^\s*(Signature (Not )?Verified|Signature Valid|Chữ ký số)\s*$)", std::regex::icase);
  static const std::regex copy(R"(^\s*(SAO Y|BẢN SAO|SAO LỤC|TRÍCH SAO)\s*;\s*(.+?)\s*$)");
  static const std::regex email(R"(^\s*Email\s*:\s*\S+@\S+\s*$)", std::regex::icase);

  std::vector<Stamp> stamps;
  std::vector<bool> drop(lines.size(), false);
  Stamp cur;
  bool open = false;
  auto close = [&] {
    if (open) stamps.push_back(cur);
    cur = Stamp{};
    cur.page = page;
    open = false;
  };
  cur.page = page;
  std::smatch m;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.size() > 200) continue;
    if (std::regex_match(t, banner)) {
      close();
      open = true;
      drop[i] = true;
    } else if (std::regex_match(t, m, signer)) {
      if (!cur.signer.empty()) close();
      cur.signer = m[2];
      open = drop[i] = true;
    } else if (std::regex_match(t, m, time)) {
      // "Giờ ký" after a "SAO Y; <agency>" line: the copying agency's stamp
      if (i > 0 && !drop[i - 1] && std::regex_match(lines[i - 1].text, m, copy)) {
        close();
        cur.agency = m[2];
        drop[i - 1] = true;
        std::regex_match(t, m, time);
      }
      if (!cur.time.empty()) close();
      cur.time = m[2];
      open = drop[i] = true;
    } else if (open && std::regex_match(t, m, agency)) {
      cur.agency = m[2];
      drop[i] = true;
    } else if (open && std::regex_match(t, email)) {
      drop[i] = true;
    } else {
      close();  // a stamp's lines follow one another
    }
  }
  close();
  std::vector<Line> kept;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(lines[i]));
  lines = std::move(kept);
  return stamps;
}

}  // namespace vanban::ingest::detail
