// Footnotes (chú thích cuối trang) of a PDF's text layer: a consolidated text
// (văn bản hợp nhất) notes at the foot of each page which act amended each
// provision. pdftotext -layout prints them where they stand: a lone number
// ("      74"), the note in a smaller font (wider lines) up to the page's
// end, and the number glued to the word it annotates ("Thú y68",
// "2.73 (Được bãi bỏ)"). The annotation guide calls footnote bodies debris:
// their lines are marked (vanban text still prints them, the parser skips
// them), a note that runs on to the next page's foot too, and the markers
// are removed: no word of the text ends in a note's number.
#include "footnotes.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace vanban {

namespace {

std::size_t indent(const std::string& l) {
  std::size_t k = 0;
  while (k < l.size() && (l[k] == ' ' || l[k] == '\t' || l[k] == '\f')) ++k;
  return k;
}

bool blank(const std::string& l) { return indent(l) == l.size(); }

// Characters, not bytes: line widths compare fonts.
std::size_t width(const std::string& l) {
  std::size_t e = l.size();
  while (e > 0 && (l[e - 1] == ' ' || l[e - 1] == '\t')) --e;
  std::size_t n = 0;
  for (std::size_t i = 0; i < e; ++i) n += (static_cast<unsigned char>(l[i]) & 0xC0) != 0x80;
  return n;
}

// The number a line holds alone ("      74"), or -1.
int lone_number(const std::string& l) {
  const std::size_t b = indent(l);
  std::size_t e = l.size();
  while (e > b && (l[e - 1] == ' ' || l[e - 1] == '\t' || l[e - 1] == '\r')) --e;
  if (e == b || e - b > 3) return -1;
  int n = 0;
  for (std::size_t i = b; i < e; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(l[i]))) return -1;
    n = n * 10 + (l[i] - '0');
  }
  return n;
}

// Where number k stands glued after a word or a clause's label in l
// ("Thú y68:", "vệ sinh thú y1.", "2.73 (", "HÀNH77"), the last such place; npos if none.
std::size_t glued_marker(const std::string& l, int k) {
  const std::string digits = std::to_string(k);
  std::size_t found = std::string::npos;
  for (std::size_t p = l.find(digits); p != std::string::npos; p = l.find(digits, p + 1)) {
    if (p == 0) continue;
    const std::size_t e = p + digits.size();
    // (after it a space, the line's end or a punctuation mark ending a word: not "10,2%", "2,3 tỷ")
    if (e < l.size() && !(l[e] == ' ' || l[e] == '.' || l[e] == ',' || l[e] == ';' || l[e] == ':' || l[e] == ')' ||
                          static_cast<unsigned char>(l[e]) == 0xE2))
      continue;
    if (e + 1 < l.size() && (l[e] == '.' || l[e] == ',') && std::isdigit(static_cast<unsigned char>(l[e + 1]))) continue;
    const unsigned char before = static_cast<unsigned char>(l[p - 1]);
    const bool letter = std::isalpha(before) || before >= 0x80;  // (the last byte of a Vietnamese letter)
    bool label = false;
    if (before == '.') {  // "2.73": a clause's label at the line's start, its number after
      std::size_t q = p - 1;
      while (q > 0 && std::isdigit(static_cast<unsigned char>(l[q - 1]))) --q;
      label = q < p - 1 && indent(l) == q;
    }
    // "22.": the label of clause 2 with its marker 2 before the full stop
    bool label_before = false;
    if (e < l.size() && l[e] == '.' && (e + 1 == l.size() || l[e + 1] == ' ')) {
      std::size_t q = p;
      while (q > 0 && std::isdigit(static_cast<unsigned char>(l[q - 1]))) --q;
      label_before = q < p && p - q <= 2 && indent(l) == q;
    }
    if (letter || label || label_before || before == ')' || before == ':' || before == ';' || before == '%') found = p;
  }
  return found;
}

}  // namespace

std::vector<bool> mark_footnotes(std::vector<std::string>& lines, std::vector<Diagnostic>& diagnostics,
                                 const std::string& file) {
  const std::size_t n = lines.size();
  // pages: pdftotext starts each with a form feed
  std::vector<std::size_t> page_end(n, n);  // the first line of the next page
  {
    std::size_t next = n;
    for (std::size_t i = n; i-- > 0;) {
      page_end[i] = next;
      if (lines[i].find('\f') != std::string::npos) next = i;
    }
  }
  // numbered notes, 1, 2, 3 … in order: a lone number with text below it, its number glued
  // to a word of the body above it on the same or the page before
  struct Note {
    int k;
    std::size_t start, end;  // lines [start, end)
    std::size_t marker_line, marker_at;
  };
  std::vector<Note> notes;
  std::vector<bool> out(n, false);
  // the body's width: most lines are the body's (the notes' smaller font prints wider lines)
  std::size_t body_w = 0;
  {
    std::vector<std::size_t> w;
    for (const std::string& l : lines)
      if (width(l) >= 40) w.push_back(width(l));
    if (w.size() < 20) return {};
    std::nth_element(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(w.size() / 2), w.end());
    body_w = w[w.size() / 2];
  }
  auto small_font = [&](std::size_t l) { return width(lines[l]) > body_w + 12; };
  int expect = 1;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // (its text below it, after a blank line at most: pdftotext may put one between)
    if (lone_number(lines[i]) != expect || indent(lines[i]) > 16) continue;
    if (blank(lines[i + 1]) && (i + 2 >= n || blank(lines[i + 2]))) continue;
    if (lines[i].find('\f') != std::string::npos || page_end[i] == n) continue;  // (a page number, the last page)
    // its marker: the nearest glued number k above, not inside a note
    std::size_t ml = std::string::npos, ma = std::string::npos;
    for (std::size_t q = i; q-- > 0 && q + 150 > i;) {
      if (out[q]) continue;
      const std::size_t at = glued_marker(lines[q], expect);
      if (at != std::string::npos) {
        ml = q, ma = at;
        break;
      }
    }
    // without its marker (pdftotext may print it apart, "các năm 5.", or where it cannot be
    // told from a number, "khoản 69" for "khoản 6⁹"), the notes' smaller font vouches for it,
    // or the sequence once three notes stand
    const std::size_t first = blank(lines[i + 1]) ? i + 2 : i + 1;
    if (ml == std::string::npos && notes.size() < 3 && !small_font(first)) continue;
    // a marker raised onto a line of its own between two lines of the body ("Điều 41. Trách
    // nhiệm … chăn nuôi và" / "67" / "thú y"): that line is the marker's, not the text's
    std::size_t lone = std::string::npos;
    if (ml == std::string::npos)
      for (std::size_t q = i; q-- > 1 && q + 150 > i;)
        if (!out[q] && lone_number(lines[q]) == expect && q + 1 < i && !blank(lines[q - 1]) && !blank(lines[q + 1])) {
          lone = q;
          break;
        }
    // the note's first line printed above its number, after a blank line, in the notes'
    // smaller font ("Cụm từ “cơ quan …” được thay thế …" / "70")
    std::size_t begin = i;
    if (i >= 2 && !out[i - 1] && !blank(lines[i - 1]) && blank(lines[i - 2]) && small_font(i - 1)) begin = i - 1;
    const std::size_t end = page_end[i];
    notes.push_back({expect, begin, end, ml, ma});
    for (std::size_t q = begin; q < end; ++q) out[q] = true;
    if (lone != std::string::npos) out[lone] = true;
    ++expect;
  }
  // three notes in sequence make a document with footnotes; fewer may be a table's numbers
  if (notes.size() < 3) return {};
  // a note running on: a block at the foot of the next page, after a blank line, in the
  // notes' smaller font
  std::size_t runs_on = 0;
  {
    for (std::size_t i = 0; i < n;) {
      const std::size_t end = page_end[i];
      // the page's last blank line, and the lines after it
      std::size_t b = end;
      while (b > i && !blank(lines[b - 1])) --b;
      std::size_t wide = 0, all = 0;
      for (std::size_t q = b; q < end; ++q) {
        if (out[q]) break;
        ++all;
        wide += small_font(q);
      }
      // (only after a page whose foot was a note: a note runs on, nothing else does)
      const bool after_note = i > 0 && out[i - 1];
      if (after_note && b > i && all > 0 && b < end && !out[b] && small_font(b) && wide * 2 > all) {
        for (std::size_t q = b; q < end && !out[q]; ++q) out[q] = true;
        ++runs_on;
      }
      i = end;
    }
  }
  const std::size_t first_note = notes.front().start;
  // (from the text's end back: two markers on one line, "Thú y68 … Môi trường69", keep their offsets)
  std::sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) {
    return a.marker_line != b.marker_line ? a.marker_line > b.marker_line : a.marker_at > b.marker_at;
  });
  for (const Note& note_at : notes) {
    if (note_at.marker_line == std::string::npos) continue;
    lines[note_at.marker_line].erase(note_at.marker_at, std::to_string(note_at.k).size());
  }
  Diagnostic d;
  d.code = "text.footnotes";
  d.file = file;
  d.line = static_cast<int>(first_note) + 1;
  d.column = 1;
  d.message = std::to_string(notes.size()) + " footnotes (" + std::to_string(runs_on) +
              " running on to the next page) are not read as the document's words; their markers are removed";
  diagnostics.push_back(std::move(d));
  return out;
}

}  // namespace vanban
