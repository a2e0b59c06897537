// Lost glyphs (glyph_repair.h): a syllable whose precomposed vowel the PDF's
// text layer dropped prints as a vowel-less fragment, a space (the vowel's
// place) and the rest: "Th nh" (Thành), "c c" (các), "Gi m" (Giám), or the
// fragment alone when the vowel ended it: "v" (và), "x" (xã), "h sơ" (hồ sơ).
// The same words occur intact elsewhere in the document: each intact word is
// indexed under its broken forms (one non-ASCII vowel taken out), and a
// fragment takes the candidate its neighbours pair with most, else the most
// frequent in the document.
#include "glyph_repair.h"
#include "tone_repair.h"

#include <functional>

#include "internal.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vanban::link_detail {

namespace {

// A word of letters (digits too) between separators, with what the lost-
// glyph test and the repair need to know of it.
struct Word {
  std::size_t b = 0, e = 0;
  bool vowel = false, digit = false;
  int upper = 0;
  std::string lower;
};

bool is_vowel(UChar32 c) {
  if (c < 0x80) {
    switch (c | 0x20) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
      default: return false;
    }
  }
  return c != 0x0110 && c != 0x0111;  // đ, Đ: the only consonants outside ASCII
}

// Words of s in order (lower-cased forms only when `lower`).
std::vector<Word> words_in(std::string_view s, bool lower) {
  std::vector<Word> out;
  const auto n = static_cast<int32_t>(s.size());
  Word w;
  bool in = false;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    const bool mark = c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
    const bool letter = c >= 0 && (u_isalpha(c) || mark);
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !digit) {
      if (in) out.push_back(std::move(w));
      w = Word();
      in = false;
      continue;
    }
    if (!in) w.b = static_cast<std::size_t>(at);
    in = true;
    w.e = static_cast<std::size_t>(i);
    w.digit = w.digit || digit;
    if (letter) {
      w.vowel = w.vowel || mark || is_vowel(c);
      w.upper += u_isupper(c) ? 1 : 0;
    }
    if (lower) {
      const UChar32 l = u_tolower(c);
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, l);
      w.lower.append(buf, static_cast<std::size_t>(k));
    }
  }
  if (in) out.push_back(std::move(w));
  return out;
}

// Only blanks or a comma between two words (neighbours for the pair counts:
// "ban, ngành" tells "ng nh" in "Sở, ban, ng nh").
bool adjacent(std::string_view s, const Word& a, const Word& b) {
  for (std::size_t k = a.e; k < b.b; ++k)
    if (s[k] != ' ' && s[k] != '\n' && s[k] != '\t' && s[k] != '\r' && s[k] != ',') return false;
  return true;
}

// A word the repair may touch: letters only, not an abbreviation ("QĐ", "TTr").
bool plain(const Word& w) { return !w.digit && w.upper < 2; }

const std::string& pair_form(const Word& w) {
  static const std::string number = "#";
  return w.digit ? number : w.lower;
}

}  // namespace

// One pass over the bytes, no Unicode tables: every healthy document pays it.
// Outside ASCII, Vietnamese letters are U+00C0-U+037F (lead bytes C3-CD) and
// U+1E00-U+1EFF (E1); of them only đ/Đ is no vowel. Upper case matters only
// for vowel-less words (abbreviations), so ASCII and Đ are enough.
void GlyphCount::add(std::string_view text) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool prev_digit = false, prev_near = false;  // the word before: a number, with only blanks since
  std::size_t prev_begin = 0;
  while (i < n && words < kEnough) {
    // a word: letters and digits
    std::size_t b = i, e = i;
    bool vowel = false, digit = false, letter = false;
    int upper = 0;
    while (e < n) {
      const unsigned char c = static_cast<unsigned char>(text[e]);
      if (c < 0x80) {
        if (c >= '0' && c <= '9') {
          digit = true;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          letter = true;
          upper += c <= 'Z';
          switch (c | 0x20) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': vowel = true; break;
            default: break;
          }
        } else {
          break;
        }
        ++e;
        continue;
      }
      const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (!((c >= 0xC3 && c <= 0xCD) || c == 0xE1)) break;
      const bool dd = c == 0xC4 && e + 1 < n && ((unsigned char)text[e + 1] | 1) == 0x91;  // đ, Đ
      letter = true;
      vowel = vowel || !dd;
      upper += dd && (unsigned char)text[e + 1] == 0x90;
      e += len;
    }
    if (e == b) {  // a separator byte (or a character outside the letters)
      const unsigned char c = static_cast<unsigned char>(text[i]);
      const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      prev_near = prev_near && blank;
      i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      continue;
    }
    i = e = std::min(e, n);
    const bool after_number = prev_digit && prev_near;
    const std::size_t before = prev_begin;
    prev_digit = digit, prev_near = true, prev_begin = b;
    if (digit || !letter) continue;
    ++words;
    if (vowel || upper >= 2) continue;
    const std::string_view s = text.substr(b, e - b);
    // roman numerals ("Chương I", "Mục V"), list letters ("c)", "d."), units after a number ("50 kg")
    if (s.find_first_not_of("IVXLCDM") == std::string_view::npos) continue;
    if (e < n && (text[e] == ')' || text[e] == '.') && e - b <= 2) continue;
    if (after_number) continue;
    if (first_offset == std::string::npos) first_offset = before < b && before + 200 > b ? before : b;  // (with the word before)
    ++vowelless;
  }
}

void GlyphRepair::learn(std::string_view text, bool document) {
  const std::vector<Word> ws = words_in(text, true);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const Word& w = ws[i];
    if (i > 0 && adjacent(text, ws[i - 1], w)) pairs_[pair_form(ws[i - 1]) + " " + pair_form(w)] += document ? 2 : 1;
    if (!w.vowel || !plain(w)) continue;
    if (document) ++counts_[w.lower];
    if (!indexed_.insert(w.lower).second) continue;
    // its broken forms: each non-ASCII vowel after the first letter taken out
    const std::string& l = w.lower;
    const auto n = static_cast<int32_t>(l.size());
    for (int32_t i8 = 0; i8 < n;) {
      const int32_t at = i8;
      UChar32 c;
      U8_NEXT(l.data(), i8, n, c);
      if (at == 0 || c < 0x80 || !is_vowel(c)) continue;
      const std::string head = l.substr(0, static_cast<std::size_t>(at)), tail = l.substr(static_cast<std::size_t>(i8));
      broken_[tail.empty() ? head : head + '\x01' + tail].push_back(
          {l, static_cast<std::size_t>(at), static_cast<std::size_t>(i8 - at)});
    }
  }
}

std::size_t GlyphRepair::pair(const std::string& a, const std::string& b) const {
  if (a.empty() || b.empty()) return 0;
  const auto it = pairs_.find(a + " " + b);
  return it == pairs_.end() ? 0 : it->second;
}

std::size_t GlyphRepair::count(const std::string& w) const {
  const auto it = counts_.find(w);
  return it == counts_.end() ? 0 : it->second;
}

const GlyphRepair::Cand* GlyphRepair::likeliest(const std::string& key) const {
  const auto it = broken_.find(key);
  if (it == broken_.end()) return nullptr;
  const Cand* best = nullptr;
  for (const Cand& c : it->second)
    if (!best || count(c.word) > count(best->word)) best = &c;
  return best;
}

const GlyphRepair::Cand* GlyphRepair::beside(const std::string& key, const std::string& next) const {
  const auto it = broken_.find(key);
  if (it == broken_.end()) return nullptr;
  const Cand* best = nullptr;
  std::size_t most = 0;
  for (const Cand& c : it->second)
    if (const std::size_t p = pair(c.word, next); p > most) best = &c, most = p;
  return best;
}

std::string GlyphRepair::repair(std::string_view text, std::vector<Edit>* edits) const {
  const std::vector<Word> ws = words_in(text, true);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t pos = 0;
  std::string prev;  // the word before, as repaired (pairs)
  for (std::size_t i = 0; i < ws.size();) {
    const Word& a = ws[i];
    const bool after_number = i > 0 && ws[i - 1].digit && adjacent(text, ws[i - 1], a);  // a unit
    const bool next = i + 1 < ws.size() && ws[i + 1].b == a.e + 1 && text[a.e] == ' ' && plain(ws[i + 1]);
    const Cand* best = nullptr;
    bool merged = false;
    std::size_t best_pairs = 0, best_count = 0;
    auto consider = [&](const std::string& key, bool merge, const std::string& after) {
      const auto it = broken_.find(key);
      if (it == broken_.end()) return;
      for (const Cand& c : it->second) {
        const std::size_t p = pair(prev, c.word) + pair(c.word, after), n = count(c.word);
        // only a word seen elsewhere beside the same neighbour: a fragment whose
        // word the document never prints whole ("văn b n", bản) stays as printed
        if (p == 0) continue;
        if (best && (p < best_pairs || (p == best_pairs && n <= best_count))) continue;
        best = &c, merged = merge, best_pairs = p, best_count = n;
      }
    };
    if (plain(a) && !after_number) {
      const Word* b = next ? &ws[i + 1] : nullptr;
      if (b && (!a.vowel || !b->vowel)) {
        std::string after = i + 2 < ws.size() && adjacent(text, *b, ws[i + 2]) ? pair_form(ws[i + 2]) : "";
        // (the word after, itself broken: "c c ng nh", các ngành)
        if (i + 3 < ws.size() && !ws[i + 2].vowel && plain(ws[i + 2]) && ws[i + 3].b == ws[i + 2].e + 1 &&
            text[ws[i + 2].e] == ' ' && plain(ws[i + 3])) {
          if (const Cand* m = likeliest(ws[i + 2].lower + '\x01' + ws[i + 3].lower)) after = m->word;
          // (or a lone fragment, the word its own next one pairs with: "g i h sơ", gửi hồ sơ)
          else if (const Cand* f = beside(ws[i + 2].lower, ws[i + 3].lower)) after = f->word;
        }
        consider(a.lower + '\x01' + b->lower, true, after);
      }
      if (!a.vowel && a.e < text.size() && text[a.e] == ' ') {
        // the next word: itself a broken syllable ("v c c": và các), then as its merge would restore it
        std::string after = b && adjacent(text, a, *b) ? pair_form(*b) : "";
        if (b && !b->vowel) {
          const Cand* m = i + 2 < ws.size() && ws[i + 2].b == b->e + 1 && text[b->e] == ' ' && plain(ws[i + 2])
                              ? likeliest(b->lower + '\x01' + ws[i + 2].lower)
                              : nullptr;
          // (a lone fragment before another one is half of one syllable: "b n" is not "bị" and "n")
          if (m) after = m->word;
          else after.clear();
        }
        if (!after.empty() || !b) consider(a.lower, false, after);
      }
    }
    if (!best) {
      prev = pair_form(a);
      ++i;
      continue;
    }
    const std::size_t end = merged ? ws[i + 1].e : a.e;
    out.append(text.substr(pos, a.b - pos));
    const std::size_t at = out.size();
    out.append(text.substr(a.b, a.e - a.b));
    out.append(best->word, best->at, best->len);
    if (merged) out.append(text.substr(ws[i + 1].b, ws[i + 1].e - ws[i + 1].b));
    if (edits) edits->push_back({a.b, end, at, out.size()});
    pos = end;
    prev = best->word;
    i += merged ? 2 : 1;
  }
  out.append(text.substr(pos));
  return out;
}

std::size_t GlyphRepair::printed(const std::vector<Edit>& edits, std::size_t at, bool end) {
  std::size_t cursor = 0;
  return printed(edits, at, end, cursor);
}

// (`cursor`: the spans wholly before an earlier, not later, offset are passed over
// without a look; the tokens of a text ask in order, so each span is read about once)
std::size_t GlyphRepair::printed(const std::vector<Edit>& edits, std::size_t at, bool end, std::size_t& cursor) {
  while (cursor < edits.size() && edits[cursor].at_end < at) ++cursor;
  std::size_t from = cursor ? edits[cursor - 1].at_end : 0, to = cursor ? edits[cursor - 1].to : 0;
  for (std::size_t k = cursor; k < edits.size(); ++k) {
    const Edit& e = edits[k];
    if (end ? at <= e.at : at < e.at) break;
    if (end ? at <= e.at_end : at < e.at_end) return end ? e.to : e.from;  // (a token is a whole span)
    from = e.at_end, to = e.to;
  }
  return at - from + to;
}

std::vector<Tok> repaired_tokens(std::string_view text, std::string_view fixed, const std::vector<GlyphRepair::Edit>& edits,
                                 WordFolds& folds) {
  const std::size_t offs = folds.misread_pairs;
  std::vector<Tok> t = tokenize(edits.empty() ? text : fixed, folds);
  std::size_t cursor = 0;  // (offsets only grow along the tokens)
  if (!edits.empty())
    for (Tok& x : t) {
      x.begin = GlyphRepair::printed(edits, x.begin, false, cursor);
      x.end = GlyphRepair::printed(edits, x.end, true, cursor);
    }
  if (folds.misread_pairs != offs) repair_tones(t, folds);  // (an OCR'd text's marks: "thâm quyền")
  return t;
}

}  // namespace vanban::link_detail

namespace vanban::link_detail {

namespace {

void each_text(const Provision& p, const std::function<void(const std::string&, int)>& f) {
  if (p.heading) f(*p.heading, p.line);
  f(p.text, p.line);
  for (const Provision& c : p.children) each_text(c, f);
}

void each_text(const Document& doc, const std::function<void(const std::string&, int)>& f) {
  for (const Paragraph& b : doc.body) f(b.text, b.line);
  for (const Provision& p : doc.provisions) each_text(p, f);
}

}  // namespace

std::unique_ptr<GlyphRepair> glyph_repair_for(Document& doc, const AgencyRegistry& reg) {
  GlyphCount n;
  int line = 0;
  std::string first;
  each_text(doc, [&](const std::string& text, int at) {
    if (n.words >= GlyphCount::kEnough) return;
    const bool before = n.first_offset == std::string::npos;
    n.add(text);
    if (before && n.first_offset != std::string::npos) {
      line = at;
      first = head_of(text.substr(n.first_offset), 24);
    }
  });
  if (!n.damaged()) return nullptr;
  auto r = std::make_unique<GlyphRepair>();
  each_text(doc, [&](const std::string& text, int) { r->learn(text); });
  for (const AgencyEntry& e : reg.entries()) r->learn(e.words, false);
  // The verbs that make a duty, with their usual objects: a document may
  // print its one "gửi hồ sơ" broken ("g i h sơ") and never whole, and a
  // duty the linker cannot read assigns no one (pairs only, as a name's).
  for (const std::string_view s : {"gửi hồ sơ", "gửi báo cáo", "gửi về"}) r->learn(s, false);
  Diagnostic d;
  d.code = "text.lost-glyphs";
  d.file = doc.source;
  d.line = line;
  d.column = 1;
  d.message = std::to_string(n.vowelless * 100 / n.words) + "% of its words have no vowel (the first: '" + first +
              "'): the PDF's text layer lost glyphs; agencies are read with the vowels restored from the "
              "document's own words, the text is kept as printed";
  doc.diagnostics.push_back(std::move(d));
  return r;
}

}  // namespace vanban::link_detail
