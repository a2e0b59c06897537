// Parser facade: wires the header, preamble, body and closing readers.
#include "vanban/parse.h"

#include <algorithm>
#include <cctype>

#include "vanban/link.h"

#include "internal.h"
#include "vanban/ingest.h"
#include "vanban/text.h"

namespace vanban {

using namespace parse_detail;

namespace {

// Documents with articles read Điều/Khoản/Điểm only; the roman "I." and
// letter "A." outline is a plan's (or a letter's).
// (not a line a citation wrapped onto: "Điều 96 Thông tư 38/2015/TT-BTC. Trường hợp …", in a letter whose
// sections are roman numerals, CV 778/TCHQ-GSQL — the article of a cited document, no article of this one)
bool cites_an_article(const std::string& line) {
  std::size_t k = line.find(' ');
  while (k < line.size() && line[k] == ' ') ++k;
  while (k < line.size() && std::isdigit(static_cast<unsigned char>(line[k]))) ++k;
  if (k >= line.size() || line[k] != ' ') return false;
  const std::string next = lower(line.substr(k + 1, 40));
  for (const char* w : {"thông tư", "nghị định", "luật ", "bộ luật", "quyết định", "nghị quyết", "pháp lệnh",
                        "hiến pháp", "của ", "khoản "})
    if (starts_with(next, w)) return true;
  return false;
}

bool has_articles(const std::vector<TextLine>& lines, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (is_article_line(lines[i].text) && !cites_an_article(lines[i].text)) return true;
  return false;
}

// Where an attachment's own body starts: after its "(Ban hành kèm theo …)"
// line, or after its caps title.
std::size_t attachment_body(const std::vector<TextLine>& L, std::size_t i, std::size_t end) {
  for (std::size_t k = i; k < end && k < i + 12; ++k) {
    // (the body's first division ends the search: "I. MỤC ĐÍCH, YÊU CẦU" then a sentence "… kèm theo …")
    if (k > i && is_label_line(L[k].text)) break;
    std::string lo = lower(L[k].text);
    if (lo.find("kèm theo") != std::string::npos || is_kem_theo(L[k].text)) {
      // "(Ban hành kèm theo … )" runs to its bracket; without one, to the end
      // of its sentence or a rule, within three lines
      // (also after a title on the same line: "BẢNG GIÁ … (Ban hành kèm theo …) Đơn vị …")
      std::size_t open = lo.find("(ban hành kèm theo");
      if (open == std::string::npos) open = lo.find("(kèm theo");
      if (open == std::string::npos) open = lo.find("(ban hành theo");
      bool bracket = starts_with(trim(L[k].text), "(") || open != std::string::npos;
      // a caps title that says "KÈM THEO" itself ("CÁC NHIỆM VỤ CHỦ YẾU KÈM THEO CHƯƠNG TRÌNH …") over the
      // bracket that ties it: the bracket ends the heading
      if (!bracket && is_all_caps(L[k].text) && k + 1 < end && starts_with(trim(L[k + 1].text), "(")) continue;
      std::size_t j = k;
      while (j < end && j < k + 3) {
        const std::string& t = L[j].text;
        std::size_t from = j == k && open != std::string::npos ? open : 0;
        if (bracket ? t.find(')', from) != std::string::npos : (ends_with(t, ".") || t.empty())) break;
        if (j + 1 < end && !L[j + 1].text.empty() && L[j + 1].text.find_first_not_of("-_=*") == std::string::npos) break;
        ++j;
      }
      return std::min(j + 1, end);  // (a sentence still open at the text's end: not past it)
    }
  }
  std::size_t k = i;
  while (k < end && (L[k].text.empty() || is_all_caps(L[k].text)) && !(k > i && is_label_line(L[k].text))) ++k;
  return k;
}

bool is_signature_line(const std::string& t) {
  return is_signature_prefix(t) || is_noi_nhan(t);
}

// Days since 1970-01-01 for a civil date, and back (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  const long y = yoe + era * 400 + (m <= 2);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

// "… có hiệu lực (thi hành) kể từ ngày 01 tháng 12 năm 2024", "… từ ngày ký",
// "… sau 15 ngày kể từ ngày ký": the date the document takes effect.
std::optional<std::string> effective_date(const std::vector<Provision>& provisions, const Meta& meta) {
  std::optional<std::string> found;
  bool blank = false;  // the statement of effect left its day blank: the date is not known
  for_each_provision(provisions, [&](const Provision& p) {
    if (found || blank || starts_with(p.eid, "att_")) return;
    // the statement of effect names its time right after the words ("… có hiệu lực thi hành từ ngày …");
    // "… nộp trước thời điểm Nghị định này có hiệu lực thi hành thì …" (a transition, NĐ 14/2026) only
    // refers to it, and the dates after it are other documents'
    std::size_t at = std::string::npos;
    for (std::size_t from = 0; (from = p.text.find("có hiệu lực", from)) != std::string::npos; from += 1) {
      std::string_view rest = std::string_view(p.text).substr(from + std::string_view("có hiệu lực").size());
      for (const std::string_view skip : {" thi hành", " chính thức"})
        if (rest.substr(0, skip.size()) == skip) rest.remove_prefix(skip.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      constexpr std::string_view thi = "thì", den = "đến";
      // (nor a term that runs from it: "Thời hạn ủy quyền: Từ ngày quyết định này có hiệu lực đến hết ngày 28
      // tháng 02 năm 2027", QĐ 1696/QĐ-UBND Lào Cai — the date after is the term's end)
      auto word = [&](std::string_view w) {
        return rest.substr(0, w.size()) == w && (rest.size() == w.size() || rest[w.size()] == ' ');
      };
      if (!word(thi) && !word(den)) {
        at = from;
        break;
      }
    }
    if (at == std::string::npos) return;
    std::string w = p.text.substr(at, 160);
    // ("kể từ ký": the day's word dropped, QĐ 1696/QĐ-UBND Lào Cai)
    std::size_t ky = w.find("ngày ký");
    if (ky == std::string::npos) ky = w.find("kể từ ký");
    std::size_t db = 0;
    auto d = find_date(w, 0, &db);
    if (ky != std::string::npos && (!d || ky < db)) {
      if (!meta.date) return;
      int after = 0;
      std::size_t sau = w.find("sau ");
      if (sau != std::string::npos && sau < ky) after = std::atoi(w.c_str() + sau + 4);
      int y = std::stoi(meta.date->substr(0, 4)), m = std::stoi(meta.date->substr(5, 2)),
          dd = std::stoi(meta.date->substr(8, 2));
      found = civil_from_days(days_from_civil(y, m, dd) + after);
      return;
    }
    if (d) found = d;
    // "… có hiệu lực kể từ ngày   tháng   năm 2019 trừ quy định tại khoản 2 …" (the day left to fill in): not the
    // date of an exception in the next clause
    else if (w.find("ngày tháng") != std::string::npos) blank = true;
  });
  return found;
}

// The body's paragraphs before the first numbered provision (all of them in
// a letter without numbers): lines joined until one ends a sentence or the
// next is a list entry. "Kính gửi" blocks and blank lines are not text.
std::vector<Paragraph> body_paragraphs(const std::vector<TextLine>& L, const Layout& lay,
                                       const std::vector<Provision>& provisions) {
  int first_label = provisions.empty() ? 0 : provisions.front().line;
  std::vector<Paragraph> out;
  Paragraph cur;
  auto flush = [&] {
    if (!cur.text.empty()) out.push_back(std::move(cur));
    cur = Paragraph{};
  };
  bool greeting = false;
  for (std::size_t k = lay.body_begin; k < lay.body_end && k < L.size(); ++k) {
    const std::string& t = L[k].text;
    if (first_label && L[k].source_line >= first_label) break;
    if (t.empty()) {
      greeting = false;
      continue;
    }
    if (is_kinh_gui(t)) {
      flush();
      greeting = true;  // its list of addressees follows
      continue;
    }
    if (greeting && (starts_with(t, "-") || starts_with(t, "+"))) continue;
    greeting = false;
    if (starts_with(t, "-") || starts_with(t, "+") || is_label_line(t)) flush();
    if (cur.text.empty()) cur.line = L[k].source_line;
    cur.text += (cur.text.empty() ? "" : " ") + t;
    if (ends_with(t, ".") || ends_with(t, ":") || ends_with(t, ";") || ends_with(t, "\"") || ends_with(t, "”"))
      flush();
  }
  flush();
  return out;
}

// A scan reads a mark in the margin as a run of "_" before the line's words
// ("_ a) Cơ quan cấp …", "-_a) Vụ Khoa học …", "_ Trong thời gian …"): the
// run, with a space or a dash in it, is no word of the document. ("_Nơi
// nhận:_" is markdown and a rule of "____" has no words: both kept.)
void strip_margin_marks(std::string& t) {
  // at the end too, after a word: "CẤP, THU HỒI GIẤY CHỨNG NHẬN _"
  if (t.size() > 4 && t.back() == '_') {
    std::size_t k = t.size() - 1;
    if (t[k - 1] == '_') --k;
    if (t[k - 1] == ' ' && t[k - 2] != '_' && t[k - 2] != ' ') t.resize(k - 1);
  }
  if (t.empty() || (t[0] != '_' && t[0] != '-')) return;
  std::size_t k = 0;
  bool underscore = false, gap = false;
  for (;;) {
    if (k < t.size() && t[k] == '_') underscore = true, ++k;
    else if (k < t.size() && (t[k] == ' ' || t[k] == '-')) gap = true, ++k;
    else if (t.compare(k, 3, "—") == 0) gap = true, k += 3;
    else break;
  }
  if (!underscore || !gap || k >= t.size()) return;
  const unsigned char c = static_cast<unsigned char>(t[k]);
  if (!std::isalpha(c) && (c & 0x80) == 0) return;  // a word follows, not a number or a mark
  t.erase(0, k);
}

// A web copy runs the signature and an attachment's title onto one line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn
// Đức Chi DANH MỤC CÁC BIỂU MẪU (Ban hành kèm theo Thông tư số 79/2022/TT-BTC …)"): the caps title and its
// "(Ban hành kèm theo …)" start lines of their own.
void split_run_on_attachment(std::vector<TextLine>& words) {
  // (searched from its "(", a rare character: a search from the space runs memchr on every word)
  std::size_t kem = words.back().text.find("(Ban hành kèm theo");
  if (kem == std::string::npos || kem == 0 || words.back().text[kem - 1] != ' ') return;
  --kem;
  const std::string t = words.back().text;  // (copied: the vector grows below)
  for (const std::string_view kind : {" PHỤ LỤC", " DANH MỤC", " QUY ĐỊNH", " QUY CHẾ"}) {
    const std::size_t at = t.rfind(kind, kem);
    if (at == std::string::npos || at == 0 || !is_all_caps(t.substr(at + 1, kem - at - 1))) continue;
    const int src = words.back().source_line;
    words.back().text = t.substr(0, at);
    words.push_back({t.substr(at + 1, kem - at - 1), src});
    words.push_back({t.substr(kem + 1), src});
    return;
  }
}

}  // namespace

Document parse(const Text& text, const std::string& file) {
  Document doc;
  doc.source = file;
  doc.encoding = text.encoding;
  doc.received = text.received;
  doc.diagnostics = text.diagnostics;
  // (footnote bodies are debris, annotation-guide.md: the document's words are the rest)
  std::vector<TextLine> words;
  words.reserve(text.lines.size());
  for (const TextLine& l : text.lines)
    if (!l.footnote) {
      words.push_back(l);
      strip_margin_marks(words.back().text);
      split_run_on_attachment(words);
    }
  const std::vector<TextLine> L = drop_contents(unflatten(words), Lines{nullptr, file, &doc.diagnostics});
  Lines in{&L, file, &doc.diagnostics};

  Layout lay = read_header(in, doc.meta);
  date_from_appendix(in, doc.meta);
  doc.bases = read_bases(in, lay);
  read_closing(in, lay, doc.meta, doc.recipients);
  doc.addressees = read_addressees(L, lay.body_end);
  if (!doc.bases.empty()) {
    doc.citations = read_citations(doc.bases, doc.meta);
  } else {
    // without bases, a document cites in its opening paragraph: the words
    // between the header and the body, or a letter's first paragraph
    std::string opening;
    for (std::size_t k = lay.preamble_begin; k < lay.body_begin && k < L.size(); ++k) {
      const std::string t = preamble_line(in, lay, k);
      if (t.empty() || is_kinh_gui(t) || starts_with(t, "-") || is_all_caps(t)) continue;
      opening += (opening.empty() ? "" : " ") + t;
    }
    // else the first paragraph of the body (a letter), across page breaks
    const bool from_body = opening.empty();
    for (std::size_t k = lay.body_begin; from_body && k < lay.body_end && k < L.size() && k < lay.body_begin + 40;
         ++k) {
      const std::string& t = L[k].text;
      if (t.empty()) continue;  // a page break inside the paragraph
      if (is_label_line(t)) break;
      opening += (opening.empty() ? "" : " ") + t;
      if (ends_with(t, ".") || ends_with(t, ":")) break;  // the opening paragraph is one paragraph
    }
    if (!opening.empty()) doc.citations = read_citations({Basis{opening, 0}}, doc.meta);
  }
  if (doc.meta.title) cite_title(*doc.meta.title, doc.meta, doc.citations);

  bool plan = !has_articles(L, lay.body_begin, lay.body_end);
  std::vector<Paragraph> after_list;
  std::map<int, std::string> table_owners;
  doc.provisions = read_body(in, lay.body_begin, lay.body_end, "", plan, &after_list, &table_owners);
  read_tables(in, lay.body_begin, lay.body_end, "", doc.provisions, doc.tables, &table_owners);

  doc.body = body_paragraphs(L, lay, doc.provisions);
  for (auto& p : after_list) doc.body.push_back(std::move(p));

  // Attachments after the closing: each a tree of its own (att_N__).
  std::size_t i = lay.closing_end;
  int att = 0;
  const std::set<std::string> replacing = replacing_appendices(L, lay.body_begin, lay.body_end);
  // after the signature, a caps title of an attachment's kind starts one
  // even without "(Ban hành kèm theo …)"
  auto starts_here = [&](std::size_t k) {
    if (is_attachment_start(L, k)) return true;
    if (k >= lay.closing_end && lay.closing_end > lay.body_end && is_appendix_heading(L[k].text)) return true;
    if (k < lay.closing_end || lay.closing_end <= lay.body_end) return false;
    if (opens_divisions(L, k)) return true;
    if (!is_appendix_title(L[k].text)) return false;
    std::string lo = lower(L[k].text);
    bool appendix_kind = starts_with(lo, "phụ lục") || starts_with(lo, "danh sách") || starts_with(lo, "danh mục") ||
                         starts_with(lo, "biểu") || starts_with(lo, "mẫu");
    std::size_t p = k;
    while (p > 0 && L[p - 1].text.empty()) --p;
    bool after_label = p > 0 && (starts_with(L[p - 1].text, "Chương") || starts_with(L[p - 1].text, "CHƯƠNG") ||
                                 starts_with(L[p - 1].text, "Mục") || starts_with(L[p - 1].text, "MỤC") ||
                                 starts_with(L[p - 1].text, "Phần") || starts_with(L[p - 1].text, "PHẦN") ||
                                 is_appendix_title(L[p - 1].text));
    if (after_label) return false;
    return appendix_kind;
  };
  // (a copy of another document enclosed after the closing is that document's, none of ours)
  const std::size_t own_end = lay.enclosure ? lay.enclosure : L.size();
  if (lay.enclosure)
    in.warn(L[lay.enclosure].source_line, "enclosure.skipped",
            "another document's header after the closing: an enclosed copy, not read as this document's");
  while (i < own_end) {
    if (!starts_here(i)) {
      ++i;
      continue;
    }
    std::size_t b = attachment_body(L, i, own_end);
    std::size_t next = std::max(b, i + 1);
    // the next attachment starts at the next heading that follows some
    // numbered content ("Phụ lục" then "Danh mục 1" is one attachment)
    // — or at the next numbered appendix ("Phụ lục II" after a "Phụ lục I"
    // that is all table)
    bool labelled = false;
    const std::string number = appendix_number(L[i].text);
    auto numbered_next = [&](std::size_t k) {
      std::string n = appendix_number(L[k].text);
      return !n.empty() && n != number;
    };
    while (next < own_end && !((labelled || numbered_next(next)) && starts_here(next))) {
      labelled = labelled || is_label_line(L[next].text);
      ++next;
    }
    std::size_t e = b;
    while (e < next && !is_signature_line(L[e].text)) ++e;
    ++att;
    if (is_form_attachment(L, i, e)) {  // a template to fill in: its "Điều 1." are not ours
      in.warn(L[i].source_line, "attachment.form",
              "attachment " + std::to_string(att) + " is a form (mẫu); its fields are not read as provisions");
      i = next;
      continue;
    }
    if (!number.empty() && replacing.count(number)) {
      in.warn(L[i].source_line, "attachment.amending",
              "attachment " + std::to_string(att) + " (Phụ lục " + number +
                  ") is new wording for another document's appendix; it is not read as provisions");
      i = next;
      continue;
    }
    const std::size_t own = own_text_end(L, b, e);
    std::map<int, std::string> table_owners;
    auto trees = read_body(in, b, own, "att_" + std::to_string(att) + "__", !has_articles(L, b, own), nullptr,
                           &table_owners);
    read_tables(in, b, own, "att_" + std::to_string(att), trees, doc.tables, &table_owners);
    for (auto& t : trees) doc.provisions.push_back(std::move(t));
    if (own < e) {
      ++att;
      std::size_t title = own;  // past the rule and page number between them
      while (title + 1 < e && std::none_of(L[title].text.begin(), L[title].text.end(),
                                           [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
        ++title;
      in.warn(L[title].source_line, "attachment.form",
              "attachment " + std::to_string(att) + " is a form (mẫu); its fields are not read as provisions");
    }
    i = next;
  }

  doc.meta.effective_date = effective_date(doc.provisions, doc.meta);
  if (!doc.meta.doc_type) in.warn(1, "header.no-type", "no document type (tên loại) found in the header");
  if (doc.provisions.empty() && lay.body_begin < L.size())
    in.warn(L[std::min(lay.body_begin, L.size() - 1)].source_line, "body.no-provisions", "no numbered provisions found");
  return doc;
}

Document parse_file(const std::string& path) { return parse_file(path, AgencyRegistry::builtin()); }

Document parse_file(const std::string& path, const AgencyRegistry& agencies) {
  Text t = ingest_file(path);  // any format: text, Word, RTF, HTML, PDF, scans
  Document doc = parse(t, path);
  link(doc, agencies);  // the link stage: who must act on which provision
  return doc;
}

}  // namespace vanban
