// Debris removal (dọn rác văn bản): what scanners, web pages and text
// extractors add to a document and what is not its words. Every kept line
// remembers its source line so diagnostics point at the input.
//
// Removed: markdown marks (**, ~~, leading #), <jsontable> placeholders,
// lone page numbers, received-document stamps (kept as metadata), website
// notes ("[Điều này được sửa đổi bởi …]"). Split: pdftotext -layout's
// two-column header and signature lines into their columns, left first.
#include <algorithm>
#include <cstring>
#include <regex>

#include "cell_rows.h"
#include "footnotes.h"
#include "web_copy.h"
#include "vanban/text.h"

namespace vanban {

namespace {

bool is_space_only(const std::string& s) {
  for (unsigned char c : s)
    if (c != ' ' && c != '\t' && c != '\r') {
      // U+00A0 no-break space is C2 A0
      return false;
    }
  return true;
}

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  auto sp = [&](std::size_t i) { return s[i] == ' ' || s[i] == '\t' || s[i] == '\r'; };
  while (b < e && sp(b)) ++b;
  while (e > b && sp(e - 1)) --e;
  return s.substr(b, e - b);
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  std::size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// <jsontable …> placeholders and markdown headings' leading #.
std::string strip_placeholders(std::string s) {
  for (;;) {
    std::size_t a = s.find("<jsontable");
    if (a == std::string::npos) break;
    std::size_t close = s.find("</jsontable>", a);
    std::size_t gt = s.find('>', a);
    std::size_t end = close != std::string::npos ? close + 12 : (gt != std::string::npos ? gt + 1 : s.size());
    s.erase(a, end - a);
  }
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '#') {
    std::size_t j = i;
    while (j < s.size() && s[j] == '#') ++j;
    if (j < s.size() && s[j] == ' ') s.erase(i, j + 1 - i);
  }
  return s;
}

// Markdown's underscore emphasis ("_Nơi nhận:_", "_Các cơ sở …_"): an
// underscore that opens a word or closes one goes; one inside a word and a
// run of three or more (a blank to fill in, "Số: ____") stay.
std::string strip_underscore_emphasis(std::string s) {
  if (s.find('_') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k] != '_') {
      out += s[k];
      continue;
    }
    std::size_t run = k;
    while (run < s.size() && s[run] == '_') ++run;
    if (run - k >= 3) {
      out.append(s, k, run - k);
      k = run - 1;
      continue;
    }
    const char prev = k == 0 ? ' ' : s[k - 1], next = k + 1 >= s.size() ? ' ' : s[k + 1];
    const bool opens = prev != '\0' && std::strchr(" (\"'_", prev) != nullptr && next != ' ';
    const bool closes = prev != ' ' && std::strchr(" .,;:!?)\"'_", next) != nullptr;
    if (!opens && !closes) out += '_';
  }
  return out;
}

// Markdown marks are removed only from documents that are markdown (a web
// page saved by pandoc); elsewhere "(*)" and "- * -" are the document's own.
std::string strip_marks(std::string s, bool markdown) {
  replace_all(s, "\f", "");  // pdftotext's page breaks
  replace_all(s, "\xC2\xA0", " ");   // no-break space
  replace_all(s, "\xC2\xAD", "");    // soft hyphen (already decoded text)
  replace_all(s, "\xE2\x80\x8B", ""); // zero-width space
  replace_all(s, "\xEF\xBB\xBF", ""); // stray BOM
  if (!markdown) return strip_placeholders(s);
  replace_all(s, "**", "");
  replace_all(s, "~~", "");
  // pandoc markdown: escaped punctuation, hard line breaks, emphasis stars
  replace_all(s, "\\-", "-");
  replace_all(s, "\\.", ".");
  replace_all(s, "\\*", "");
  for (std::size_t k = s.find('\\'); k != std::string::npos; k = s.find('\\', k))
    if (k + 1 == s.size() || s[k + 1] == ' ') s.erase(k, 1);
    else ++k;
  {
    std::size_t lead = s.find_first_not_of(' ');
    bool bullet = lead != std::string::npos && s[lead] == '*' && lead + 1 < s.size() && s[lead + 1] == ' ';
    std::string out;
    for (std::size_t k = 0; k < s.size(); ++k)
      if (s[k] != '*' || (bullet && k == lead)) out += s[k];
    s = out;
  }
  return strip_placeholders(strip_underscore_emphasis(std::move(s)));
}

// A markdown line that is only markup: an HTML tag the web copy kept
// ("<div align=\"right\">", "</div>", the seal's "<img … />") or a thematic
// break ("---") — layout, not words.
bool markup_only(const std::string& t) {
  if (t.size() >= 3 && (t[0] == '-' || t[0] == '_') && t.find_first_not_of(t[0]) == std::string::npos) return true;
  return t.size() >= 3 && t[0] == '<' && t.back() == '>' && t.find('<', 1) == std::string::npos &&
         (std::isalpha(static_cast<unsigned char>(t[1])) || t[1] == '/');
}

// A line that is only a page number ("2", "- 3 -", "Trang 4").
bool is_page_number(const std::string& t) {
  if (t.empty() || t.size() > 12 || !(std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '-' || t[0] == 'T'))
    return false;
  static const std::regex re(R"(^(-\s*)?(Trang\s+)?\d{1,3}(\s*-)?$)");
  return std::regex_match(t, re);
}

// One character alone on its line, not a digit, a bullet nor a capital that labels a form's column
// ("A", "B", "C" over "1", "2", "3"): "h", "Ö", "ª".
bool stray_character(const std::string& t) {
  if (t.empty() || std::isdigit(static_cast<unsigned char>(t[0])) || (t[0] >= 'A' && t[0] <= 'Z') || t == "-" ||
      t == "+" || t == "*")
    return false;
  std::size_t k = 1;
  while (k < t.size() && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) ++k;
  return k == t.size();
}

// "ƣ" (U+01A3, Latin oi) for "ư": a PDF font whose ư glyph maps to the wrong
// code point ("địa phƣơng", "Thƣờng trực"). No Vietnamese word has oi: every
// one is read as ư (Ƣ as Ư), with one text.letter-oi warning at the first.
void repair_letter_oi(std::string& text, std::vector<Diagnostic>& diagnostics, const std::string& file) {
  std::size_t n = 0, first = std::string::npos;
  for (std::size_t p = text.find('\xC6'); p != std::string::npos && p + 1 < text.size(); p = text.find('\xC6', p + 1)) {
    if (text[p + 1] != '\xA3' && text[p + 1] != '\xA2') continue;
    if (first == std::string::npos) first = p;
    text[p + 1] = text[p + 1] == '\xA3' ? '\xB0' : '\xAF';
    ++n;
  }
  if (!n) return;
  Diagnostic d;
  d.code = "text.letter-oi";
  d.file = file;
  d.line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(first), '\n')) + 1;
  d.column = 1;
  d.message = std::to_string(n) + " letters ƣ/Ƣ (U+01A3/U+01A2, a PDF font's ư) are read as ư/Ư";
  diagnostics.push_back(std::move(d));
}

// Runs of four or more lines of one stray character each — what a Word file's
// hidden fields leave in a text copy (Luật 15/2012 Điều 72: some 60 lines of "h",
// "0", "Ö" inside a clause) — flagged, with one text.debris warning per run; a
// digit may stand among them ("0"), never be all of them (a column of numbers).
std::vector<bool> mark_debris(const std::vector<std::string>& raw, std::vector<Diagnostic>& diagnostics,
                              const std::string& file) {
  std::vector<bool> debris(raw.size(), false);
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t j = i, strays = 0;
    for (; j < raw.size(); ++j) {
      const std::string t = trim(raw[j]);
      if (stray_character(t)) ++strays;
      else if (!(t.size() == 1 && std::isdigit(static_cast<unsigned char>(t[0])))) break;
    }
    if (j - i >= 4 && strays * 2 >= j - i) {
      std::fill(debris.begin() + static_cast<std::ptrdiff_t>(i), debris.begin() + static_cast<std::ptrdiff_t>(j), true);
      Diagnostic d;
      d.code = "text.debris";
      d.file = file;
      d.line = static_cast<int>(i) + 1;
      d.column = 1;
      d.message = std::to_string(j - i) + " lines of one stray character each are not read as the document's words";
      diagnostics.push_back(std::move(d));
    }
    i = std::max(j, i + 1);
  }
  return debris;
}

// Splits a pdftotext -layout line on its column gap (a run of ≥3 spaces or a
// tab after text). Returns {left} when there is no gap.
std::vector<std::string> split_columns(const std::string& line) {
  std::vector<std::string> cols;
  std::size_t i = 0, n = line.size();
  while (i < n && (line[i] == ' ' || line[i] == '\t')) ++i;
  std::size_t start = i;
  while (i < n) {
    if (line[i] == '\t' || (line[i] == ' ' && i + 2 < n && line[i + 1] == ' ' && line[i + 2] == ' ')) {
      std::size_t j = i;
      while (j < n && (line[j] == ' ' || line[j] == '\t')) ++j;
      if (j >= n) break;
      // "Số: 67   /2024/QĐ-UBND": a gap before a symbol's slash is not a
      // column, nor are the blanks of an undated "ngày    tháng    năm"
      std::string before = line.substr(start, i - start);
      auto ends = [&](std::string_view w) {
        return before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0;
      };
      bool date_blank = ends("ngày") || ends("tháng") || ends("Số:");
      // "Hà Nội, ngày 28   tháng 02   năm 2025": a wide gap inside a date, not between columns
      if (!date_blank && std::isdigit(static_cast<unsigned char>(line[i - 1])) &&
          (line.compare(j, std::string_view("tháng ").size(), "tháng ") == 0 ||
           line.compare(j, std::string_view("năm ").size(), "năm ") == 0) &&
          before.find("ngày") != std::string::npos)
        date_blank = true;
      if (line[j] == '/' || line[i - 1] == '/' || date_blank) {
        i = j;
        continue;
      }
      cols.push_back(line.substr(start, i - start));
      start = i = j;
      continue;
    }
    ++i;
  }
  std::string last = trim(line.substr(start));
  if (!last.empty()) cols.push_back(last);
  return cols;
}

// The cells of a tab-separated row, empty ones kept (they hold a column's place).
std::vector<std::string> tab_cells(const std::string& line) {
  std::vector<std::string> cells;
  for (std::size_t b = 0;;) {
    std::size_t e = line.find('\t', b);
    cells.push_back(trim(line.substr(b, e == std::string::npos ? std::string::npos : e - b)));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return cells;
}

// The cells of "| 1 | Nhiệm vụ | Sở … | |", trimmed.
std::vector<std::string> pipe_cells(const std::string& t) {
  std::vector<std::string> cells;
  for (std::size_t a = 1, b; (b = t.find('|', a)) != std::string::npos; a = b + 1) cells.push_back(trim(t.substr(a, b - a)));
  return cells;
}

// "| 1 | Nhiệm vụ | Sở … | |": as the DOCX reader writes a data table's row.
std::string pipe_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (std::string c : cells) {
    std::string folded;
    for (char ch : c) {
      if (ch == '|') ch = '/';  // a pipe inside a cell would split it
      if (ch == ' ' && !folded.empty() && folded.back() == ' ') continue;
      folded.push_back(ch);
    }
    out += folded.empty() ? " |" : " " + folded + " |";
  }
  return out;
}

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

// The national motto block marks the right column of an official header.
bool is_right_column_marker(const std::string& t) {
  return t.find("CỘNG HÒA XÃ HỘI") != std::string::npos || t.find("CỘNG HOÀ XÃ HỘI") != std::string::npos ||
         t.find("Độc lập") != std::string::npos || t.find("ĐỘC LẬP") != std::string::npos ||
         t.find(", ngày") != std::string::npos || starts_with(t, "TM.") || starts_with(t, "KT.") ||
         starts_with(t, "TL.") || starts_with(t, "TUQ.");
}

std::optional<ReceivedStamp> parse_stamp(const std::vector<std::string>& lines, std::size_t at, std::size_t* last) {
  // "ĐẾN Số: 342" / "DÉN\tSố: 342" then "Ngày: 16.8.2024", "Chuyên:", "Lưu HS số:"
  static const std::regex head(R"(^(ĐẾN|DÉN|ĐÉN|ĐEN|ĐẾN:)\s*(Số\s*:?\s*(\d+))?\s*$)");
  std::smatch m;
  std::string t = trim(lines[at]);
  if (t.size() > 40 || !(starts_with(t, "Đ") || starts_with(t, "D"))) return std::nullopt;
  if (!std::regex_match(t, m, head)) return std::nullopt;
  ReceivedStamp st;
  st.number = m[3].str();
  *last = at;
  static const std::regex date(R"(Ngày\s*:?\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4}))");
  for (std::size_t k = at + 1; k < lines.size() && k <= at + 4; ++k) {
    std::string u = trim(lines[k]);
    std::smatch dm;
    if (std::regex_search(u, dm, date)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", std::stoi(dm[3]), std::stoi(dm[2]), std::stoi(dm[1]));
      st.date = buf;
      *last = k;
    } else if (starts_with(u, "Chuyên") || starts_with(u, "Lưu HS") || starts_with(u, "Số:")) {
      if (starts_with(u, "Số:") && st.number.empty()) {
        std::smatch nm;
        static const std::regex num(R"(Số\s*:\s*(\d+))");
        if (std::regex_search(u, nm, num)) st.number = nm[1];
      }
      *last = k;
    } else {
      break;
    }
  }
  return st;
}

}  // namespace

Text load_text(std::string_view bytes, const std::string& file) {
  Decoded d = decode(bytes, file);
  Text out;
  out.encoding = d.encoding;
  out.diagnostics = std::move(d.diagnostics);
  std::string text = nfc(d.utf8);
  repair_letter_oi(text, out.diagnostics, file);

  std::vector<std::string> raw;
  {
    std::size_t i = 0;
    while (i <= text.size()) {
      std::size_t e = text.find('\n', i);
      if (e == std::string::npos) e = text.size();
      std::string l = text.substr(i, e - i);
      if (!l.empty() && l.back() == '\r') l.pop_back();
      raw.push_back(std::move(l));
      i = e + 1;
    }
    while (!raw.empty() && is_space_only(raw.back())) raw.pop_back();
  }
  strip_site_chunks(raw);
  const std::vector<bool> notes = mark_footnotes(raw, out.diagnostics, file);
  const std::vector<bool> debris = mark_debris(raw, out.diagnostics, file);

  // markdown: bold marks around words ("**NGHỊ QUYẾT**", not a "*****" rule),
  // strike marks, pandoc's escapes, headings
  bool bold = false;
  for (std::size_t p = text.find("**"); p != std::string::npos && !bold; p = text.find("**", p + 2))
    bold = p + 2 < text.size() && text[p + 2] != '*' && text[p + 2] != ' ' && text[p + 2] != '\n' &&
           (p == 0 || text[p - 1] != '*');
  // (and a pipe table's delimiter row, "| --- | --- |": markdown's own, and
  // its "*Nơi nhận:*", "*Hà Nội, ngày …*" emphasis goes with it)
  const bool markdown = bold || text.find("~~") != std::string::npos || text.find("\\-") != std::string::npos ||
                        text.find("\n# ") != std::string::npos || text.find("\n## ") != std::string::npos ||
                        text.find("\n| --- |") != std::string::npos || text.find("\n|---|") != std::string::npos;
  // pdftotext -layout puts two columns side by side in the header (issuer |
  // motto, number | place-date) and the closing (Nơi nhận | signature).
  bool in_header = true, in_closing = false;
  std::size_t task_table = 0;  // columns of the task table being read (0: none)
  std::size_t task_head = 0;   // its head row's index in out.lines
  bool task_body = false;      // a row of it read after the head
  int next_page = 2;  // page 1 carries no number
  auto indent_of = [](const std::string& l) {
    std::size_t k = 0;
    while (k < l.size() && (l[k] == ' ' || l[k] == '\t')) ++k;
    return k;
  };
  // "# CHƯƠNG TRÌNH … — BẢN TEXT" / "# Trích từ file PDF …": a block of "# " lines, one under the
  // other, above the document's first line is a transcriber's note (a markdown heading stands alone)
  std::size_t noted = 0;
  while (noted < raw.size() && starts_with(raw[noted], "# ")) ++noted;
  if (noted < 2) noted = 0;
  for (std::size_t i = noted; i < raw.size(); ++i) {
    bool page_break = raw[i].find('\f') != std::string::npos;
    std::string line = strip_marks(raw[i], markdown);
    if (line.find('[') != std::string::npos) {
      std::string kept = strip_website_notes(strip_markdown_links(line));
      if (kept != line && trim(kept).empty()) continue;  // a line that was only a note
      line = std::move(kept);
    }
    if (line.size() > 20 && std::isupper(static_cast<unsigned char>(line[0]))) line = strip_running_title(std::move(line));
    std::string t = trim(line);
    int src = static_cast<int>(i) + 1;
    // a row of a task table (its header starts one): kept as a pipe row
    auto task_row = [&](const std::vector<std::string>& cells) {
      if (!task_table && is_task_table_header(cells)) {
        task_table = cells.size();
        task_head = out.lines.size();
        task_body = false;
        in_header = in_closing = false;
      } else if (task_table) {
        task_body = true;
      }
      if (task_table) out.lines.push_back({pipe_row(cells), src});
      return task_table != 0;
    };

    if (i < 60) {
      std::size_t last = i;
      if (auto st = parse_stamp(raw, i, &last)) {
        st->source_line = src;
        // the agency line printed on top of the stamp ("UBND HUYỆN AN PHÚ\t")
        if (!out.lines.empty() && raw[i - 1].find('\t') != std::string::npos &&
            trim(raw[i - 1]) == out.lines.back().text)
          out.lines.pop_back();
        if (!out.received) out.received = *st;
        i = last;
        continue;
      }
    }
    if (markdown && markup_only(t)) t.clear();
    if (t.empty()) {
      task_table = 0;
      out.lines.push_back({"", src});
      continue;
    }
    if (debris[i]) continue;
    // A task table saved as text (a Word table copied out: one row a line,
    // cells between tabs) stays a table: pipe rows, the shape the DOCX
    // reader gives the same table, so that both read alike. It starts at a
    // header naming chủ trì / phối hợp / thời gian and ends at a line
    // without a tab.
    if (line.find('\t') != std::string::npos) {
      if (task_row(tab_cells(line))) continue;
    } else if (t[0] != '|') {
      // a head row kept as a pipe row over cells printed a line each (a PDF
      // converted to markdown): the rows are read back (cell_rows.cpp)
      // the lines from here, trimmed, blank ones kept (an empty cell), up to a run of three blanks
      std::vector<std::string> ahead;
      std::vector<std::size_t> at;  // each ahead line's index in raw
      auto read_ahead = [&] {
        std::size_t blanks = 0;
        for (std::size_t k = i; k < raw.size() && ahead.size() < 4000 && blanks < 3; ++k) {
          if (debris[k]) continue;
          ahead.push_back(trim(strip_marks(raw[k], markdown)));
          at.push_back(k);
          blanks = ahead.back().empty() ? blanks + 1 : 0;
        }
      };
      // a task table printed a cell a line, its head too ("TT" / "Nội dung công việc" / … / "Thời gian trình")
      // (or "Thời gian" / "Nội dung công việc" / … over rows without numbers, QĐ 836/QĐ-BXD)
      if (!task_table && ((t.size() <= 4 && task_column(t) == TaskColumn::number) ||
                          (t.size() <= 30 && task_column(t) == TaskColumn::deadline))) {
        read_ahead();
        std::vector<std::string> head;
        text_detail::CellRows rows = text_detail::read_cell_table(ahead, 0, head);
        if (!rows.rows.empty()) {
          out.lines.push_back({pipe_row(head), src});
          if (!rows.sub_head.empty()) out.lines.push_back({pipe_row(rows.sub_head), src + 1});
          for (const auto& r : rows.rows) out.lines.push_back({pipe_row(r.cells), static_cast<int>(at[r.first]) + 1});
          in_header = in_closing = false;
          i = at[rows.end - 1];
          continue;
        }
      }
      if (task_table && !task_body) {
        if (ahead.empty()) read_ahead();
        std::vector<std::string> head = pipe_cells(out.lines[task_head].text);
        text_detail::CellRows rows = text_detail::read_cell_rows(ahead, 0, head);
        if (!rows.rows.empty()) {
          head.insert(head.end(), rows.more_head.begin(), rows.more_head.end());
          out.lines[task_head].text = pipe_row(head);
          for (const auto& r : rows.rows) out.lines.push_back({pipe_row(r.cells), static_cast<int>(at[r.first]) + 1});
          task_table = 0;
          i = at[rows.end - 1];
          continue;
        }
      }
      task_table = 0;
    }
    // "===== Trang 7 =====": an OCR transcript's page break, layout and not words
    if (starts_with(t, "===== Trang ") && t.size() < 30 && t.compare(t.size() - 6, 6, " =====") == 0) continue;
    if (is_page_number(t)) {
      // a page number stands alone between blank lines or at a page break
      bool prev_blank = i == 0 || is_space_only(raw[i - 1]);
      bool next_blank = i + 1 >= raw.size() || is_space_only(raw[i + 1]);
      // a bare number between blank lines is a table cell as often as a page
      // number: only pdftotext's page break or a far-indented number counts
      bool indented = line.size() - t.size() >= 20;
      bool dashed = t[0] == '-' || starts_with(t, "Trang");
      int n = std::atoi(t.c_str() + t.find_first_of("0123456789"));
      bool in_sequence = n == next_page && prev_blank && next_blank;  // 2, 3, 4 … page after page
      // a markdown copy keeps its tables as pipe rows: a bare number between
      // blank lines there is a page's number, even when an earlier one is lost
      in_sequence = in_sequence || (markdown && n >= 2 && prev_blank && next_blank);
      if (page_break || dashed || in_sequence || (indented && prev_blank && next_blank) || (indented && in_closing)) {
        next_page = n + 1;
        continue;
      }
    }
    if (t.front() == '[' && t.back() == ']' &&
        (t.find("được sửa đổi") != std::string::npos || t.find("được bổ sung") != std::string::npos ||
         t.find("được bãi bỏ") != std::string::npos || t.find("được hướng dẫn") != std::string::npos))
      continue;

    if (in_header && (starts_with(t, "Căn cứ") || starts_with(t, "Điều 1") || starts_with(t, "Thực hiện"))) {
      in_header = false;
    }
    // pandoc grid/pipe table rows in the header and closing are layout, not
    // tables: their cells are the columns ("| Nơi nhận: | TM. … |"); so are a
    // .docx extractor's rows, cells joined by " | " without the outer pipes
    // ("UỶ BAN NHÂN DÂN TỈNH  LÀO CAI |  | CỘNG HOÀ …", "- Lưu: Văn thư, KTN
    // (5b). | THỦ TƯỚNG"; not "Kính gửi: | - Sở …", whose list is one cell)
    const bool framed = t.size() > 2 && (t[0] == '|' || t[0] == '+') && (t.back() == '|' || t.back() == '+');
    const bool joined = !framed && (in_header || in_closing || starts_with(t, "Nơi nhận")) &&
                        t.find(" | ") != std::string::npos && !starts_with(t, "Kính gửi");
    if (framed || joined) {
      if (framed && t.find_first_not_of("+-=:| ") == std::string::npos) continue;  // a border
      // a task table's rows stay rows wherever they are (a Word file without
      // the usual header leaves the reader "in the header" up to its table)
      if (t[0] == '|' && t.back() == '|') {
        if (task_row(pipe_cells(t))) continue;
      }
      bool signature_row = t.find("Nơi nhận") != std::string::npos || t.find("| TM.") != std::string::npos ||
                           t.find("| KT.") != std::string::npos || t.find("| TL.") != std::string::npos;
      if (signature_row) in_closing = true;
      if (in_header || in_closing) {
        std::vector<std::string> cells;
        std::size_t a = framed ? 1 : 0;
        while (a < t.size()) {
          std::size_t b = t.find('|', a);
          if (b == std::string::npos) b = t.size();
          cells.push_back(trim(t.substr(a, b - a)));
          a = b + 1;
        }
        while (!cells.empty() && cells.back().empty()) cells.pop_back();
        std::string rebuilt = cells.empty() || cells[0].empty() ? std::string(24, ' ') : std::string();
        bool first = true;
        for (const auto& c : cells) {
          if (c.empty()) continue;
          if (!first) rebuilt += "\t";
          rebuilt += c;
          first = false;
        }
        if (rebuilt.find_first_not_of(' ') == std::string::npos) continue;
        line = rebuilt;
        t = trim(line);
      }
    }
    auto cols = split_columns(line);
    if (starts_with(t, "Nơi nhận")) in_closing = true;
    else if (in_closing) {
      bool stays = cols.size() >= 2 || t[0] == '-' || t[0] == '+' || indent_of(line) >= 20 ||
                   (!out.lines.empty() && t.size() < 80 && !starts_with(t, "Điều ") &&
                    (t.find("CỘNG HÒA") == std::string::npos && t.find("CỘNG HOÀ") == std::string::npos));
      if (!stays || (cols.size() >= 2 && is_right_column_marker(cols.back()) &&
                     (cols.back().find("CỘNG H") != std::string::npos))) {
        in_closing = false;
        in_header = cols.size() >= 2;  // an attachment's own header starts
      }
    }
    // Columns of a two-column block (pdftotext's layout, a Word table saved
    // as text) become lines of their own, in reading order, row by row: the
    // header and closing readers take them by content, not by position.
    if (cols.size() >= 2 && (in_header || in_closing || line.find('\t') != std::string::npos ||
                             is_right_column_marker(cols.back()))) {
      for (auto& c : cols) out.lines.push_back({trim(c), src});
      continue;
    }
    // Collapse runs of spaces inside a line (layout indentation).
    std::string folded;
    folded.reserve(t.size());
    for (char c : t) {
      if (c == '\t') c = ' ';
      if (c == ' ' && !folded.empty() && folded.back() == ' ') continue;
      folded.push_back(c);
    }
    // a chapter label run onto the sentence before it ("… tại Điều này. Chương 3:"),
    // as web copies print it: the label starts a line of its own
    std::size_t ch = folded.rfind(". Chương ");
    if (ch != std::string::npos && ch > 0) {
      std::string_view tail(folded.data() + ch + 2);
      std::size_t k = std::string_view("Chương ").size();
      while (k < tail.size() && std::strchr("0123456789IVXLC", tail[k])) ++k;
      if (k > std::string_view("Chương ").size() && (k == tail.size() || (tail.substr(k) == ":"))) {
        out.lines.push_back({folded.substr(0, ch + 1), src});
        out.lines.push_back({std::string(tail), src});
        continue;
      }
    }
    // an amendment's closing quote run onto the next article ("… về dân
    // cư.\"Điều 2. Bãi bỏ …", as a web copy joins them): the article starts
    // a line of its own
    if (std::size_t at = article_after_quote(folded); at != std::string::npos) {
      out.lines.push_back({folded.substr(0, at), src});
      out.lines.push_back({folded.substr(at), src});
      continue;
    }
    out.lines.push_back({folded, src});
  }
  if (!notes.empty())
    for (TextLine& l : out.lines) l.footnote = notes[static_cast<std::size_t>(l.source_line) - 1];
  return out;
}

}  // namespace vanban
