// What a leaflet says, taken from the parse: the document's name, what it is
// about, its key provisions as headed points, questions and answers, who to
// contact. Every sentence is the document's; shortening keeps whole
// sentences (or, for one overlong sentence, whole clauses and an ellipsis).
#include <algorithm>
#include <map>
#include <sstream>

#include "internal.h"
#include "vanban/fold.h"
#include "vanban/plan.h"
#include "vanban/templates.h"

namespace vanban::leaflet {

using plan::trim;

const Rules& rules() {
  static const Rules r = [] {
    Rules out;
    std::istringstream in(kLeafletTsv);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      std::size_t at = 0;
      for (std::size_t tab; (tab = line.find('\t', at)) != std::string::npos; at = tab + 1) f.push_back(line.substr(at, tab - at));
      f.push_back(line.substr(at));
      const std::string& kind = f[0];
      std::string key = f.size() > 1 ? fold_key(f[1]) : "";
      std::string value = f.size() > 2 ? f[2] : "";
      if (kind == "about") out.about.push_back(key);
      else if (kind == "skip") out.skip.push_back(key);
      else if (kind == "skip-text") out.skip_text.push_back(key);
      else if (kind == "key") out.key.push_back(key);
      else if (kind == "qa-heading") out.qa_heading.emplace_back(key, value);
      else if (kind == "qa-sentence") out.qa_sentence.emplace_back(key, value);
      else if (kind == "qa-subject") out.qa_subject = value;
      else if (kind == "qa-form") out.qa_form.emplace_back(key, value);
      else if (kind == "phrase-break") out.phrase_break.push_back(key);
      else if (kind == "phrase-keep") out.phrase_keep.push_back(key);
      else if (kind == "adoption") out.adoption.push_back(key);
      else if (kind == "justice") out.justice[f[1]] = value;
      else if (kind == "city") out.cities.push_back(key);
      else if (kind == "url-pattern") out.url_pattern = value;
    }
    return out;
  }();
  return r;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> w;
  std::istringstream in(s);
  for (std::string x; in >> x;) w.push_back(x);
  return w;
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < w.size(); ++i) out += (i > from ? " " : "") + w[i];
  return out;
}

bool has_words(const std::string& folded, const std::string& key) {
  if (key.empty()) return false;
  std::string f = " " + folded + " ", k = " " + key + " ";
  std::string g;  // punctuation as space, one space between words
  for (char c : f) {
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') c = ' ';
    if (c != ' ' || g.empty() || g.back() != ' ') g += c;
  }
  return g.find(k) != std::string::npos;
}

bool has_any(const std::string& folded, const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return has_words(folded, k); });
}

// Sentences of a provision's words: a break after ". " or "; " (or ".\n")
// before a capital or a digit — not inside "1.250.000" or "TP.HCM".
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::vector<std::string> w = words_of(text);
  std::size_t from = 0;
  Nesting nest;  // not inside a quotation (an amendment's new text) or parentheses
  for (std::size_t i = 0; i < w.size(); ++i) {
    char last = w[i].back();
    bool end = i + 1 == w.size();
    nest.step(w[i]);
    if (!end && nest.open() == 0 && (last == '.' || last == ';')) {
      std::string next = w[i + 1];
      end = plan::upper_first(next) == next && plan::lower_first(next) != next;
      end = end || (next[0] >= '0' && next[0] <= '9');
    }
    if (end) {
      std::string sentence = join(w, from, i + 1);  // one already cut ends with "…"
      out.push_back(w[i] == "…" ? sentence : plan::as_sentence(sentence));
      from = i + 1;
    }
  }
  return out;
}

// Whole sentences up to `max_words`; one sentence longer than that is cut
// after a clause (", " or "; ") and ends with "…" — never inside a word.
std::string shorten(const std::string& text, std::size_t max_words) {
  std::string out;
  std::size_t n = 0;
  for (const std::string& s : sentences(text)) {
    std::size_t k = words_of(s).size();
    if (n + k > max_words) {
      if (n > 0) break;
      std::vector<std::string> w = words_of(s);
      std::size_t cut = 0;
      for (std::size_t i = 3; i < std::min(max_words, w.size()); ++i)
        if (w[i].back() == ',' || w[i].back() == ';') cut = i + 1;
      if (cut == 0) cut = std::min(max_words, w.size());
      std::string part = join(w, 0, cut);
      while (!part.empty() && (part.back() == ',' || part.back() == ';')) part.pop_back();
      return part + " …";
    }
    out += (out.empty() ? "" : " ") + s;
    n += k;
  }
  return out;
}

std::string first_sentence(const std::string& text, std::size_t max_words) {
  std::vector<std::string> s = sentences(text);
  return s.empty() ? "" : shorten(s[0], max_words);
}

namespace {

constexpr std::size_t kPointWords = 42, kHeadingWords = 14, kTitleWords = 18, kLeadInWords = 20, kAboutWords = 45, kAnswerWords = 40;

// Words that end a lead-in ("…, gồm:", "… như sau:").
std::string without_lead_end(std::string t) {
  t = plan::bare(trim(t));
  for (const char* tail : {" như sau", ", gồm", " gồm", " bao gồm", ", cụ thể"}) {
    std::string s = tail;
    if (t.size() > s.size() && fold_key(t.substr(t.size() - s.size())) == fold_key(s)) t = plan::bare(t.substr(0, t.size() - s.size()));
  }
  return t;
}

// A heading for an untitled provision: its lead-in (without "như sau:"),
// whole phrases only (phrase_heading); "" when it has none short enough.
std::string heading_from(const std::string& text, std::size_t limit) { return phrase_heading(without_lead_end(text), limit); }

// An article's title; a long one cut at a phrase boundary ("Miễn cấp Giấy
// chứng nhận …; Giấy phép …; …" → its first clause and "…"), else whole.
std::string short_heading(const std::string& title) {
  std::string h = phrase_heading(title, kTitleWords);
  return h.empty() ? plan::bare(trim(title)) : h;
}

std::string path_of(const std::vector<const Provision*>& chain) {
  std::string out;
  for (const Provision* p : chain) {
    if (p->kind == ProvisionKind::part || p->kind == ProvisionKind::chapter || p->kind == ProvisionKind::section) continue;
    out += (out.empty() ? "" : " › ") + std::string(label_word(p->kind)) + " " + p->num;
  }
  return out;
}

// The text a point shows: its own words, or (for a title or a lead-in
// ending in ':', or words that only tell the document's adoption) its first
// children's. Sentences about the document itself are left out (self_key:
// "nghị quyết này", folded).
std::string body_text(const Provision& p, bool own, const std::string& self_key) {
  std::string t = without_adoption(trim(p.text), self_key);
  if (own && !t.empty() && t.back() != ':') return t;
  std::string out;
  for (const Provision& c : p.children) {
    std::string ct = body_text(c, true, self_key);
    if (ct.empty()) continue;
    out += (out.empty() ? "" : " ") + plan::as_sentence(ct);
    if (words_of(out).size() >= kPointWords) break;
  }
  return out.empty() ? t : out;
}

struct Walker {
  const Rules& r = rules();
  std::string self_key;  // "nghi quyet nay": the document naming itself
  std::vector<Point> points;
  std::vector<const Provision*> chain;
  const Provision* about = nullptr;
  std::vector<std::pair<const Provision*, std::string>> titled;  // articles with a title, and their path

  void add(const Provision& p, const std::string& heading, const std::string& text) {
    std::string t = trim(text);
    if (t.empty() || heading.empty()) return;
    Point pt;
    pt.eid = p.eid;
    pt.path = path_of(chain);
    pt.heading = heading;
    pt.text = shorten(t, kPointWords);
    pt.first = first_sentence(t, kPointWords);
    pt.rank = has_any(fold_key(heading), r.key) ? 0 : 1;
    points.push_back(std::move(pt));
  }

  // A "Label: rest" provision ("Cơ quan thẩm định: Sở Xây dựng.") reads as
  // a heading and its text.
  bool labelled(const Provision& p) {
    std::string t = trim(p.text);
    std::size_t colon = t.find(": ");
    if (colon == std::string::npos || words_of(t.substr(0, colon)).size() > 8) return false;
    add(p, t.substr(0, colon), t.substr(colon + 2) + (p.children.empty() ? "" : " " + body_text(p, false, self_key)));
    return true;
  }

  void walk(const Provision& p) {
    chain.push_back(&p);
    std::string h = p.heading ? fold_key(*p.heading) : "";
    if (p.kind == ProvisionKind::part || p.kind == ProvisionKind::chapter || p.kind == ProvisionKind::section ||
        p.kind == ProvisionKind::subsection) {
      for (const Provision& c : p.children) walk(c);
    } else if (p.heading) {
      titled.emplace_back(&p, path_of(chain));
      if (!about && has_any(h, r.about)) about = &p;
      if (!has_any(h, r.skip)) add(p, short_heading(*p.heading), body_text(p, true, self_key));
    } else {
      std::string t = trim(p.text);
      std::string f = fold_key(t);
      if (t.empty()) {
        for (const Provision& c : p.children) walk(c);
      } else if (has_any(f, r.skip_text) || about_itself(first_sentence(t, 200), self_key)) {
        // an enactment clause, or the document's adoption: its children may still be points
      } else if (!t.empty() && t.back() == ':' && !p.children.empty() && p.kind == ProvisionKind::article) {
        for (const Provision& c : p.children) walk(c);  // "… như sau:" — its clauses are the points
      } else if (!labelled(p)) {
        // a one-sentence lead-in with children heads them (up to
        // kLeadInWords); any other text gives its first phrases as heading
        bool lead_in = !p.children.empty() && sentences(t).size() == 1;
        std::string heading = heading_from(t, lead_in ? kLeadInWords : kHeadingWords);
        bool whole = plan::bare(heading) == plan::bare(without_lead_end(t));
        add(p, heading, t.back() == ':' || (whole && !p.children.empty()) ? body_text(p, false, self_key) : without_adoption(t, self_key));
      }
    }
    chain.pop_back();
  }
};

// "…/2024/…" → "2024"; the document's date first.
std::string year_of(const Document& doc) {
  if (doc.meta.date && doc.meta.date->size() >= 4) return doc.meta.date->substr(0, 4);
  return "";
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
      out += static_cast<char>(c);
    else
      out += '%', out += hex[c >> 4], out += hex[c & 15];
  }
  return out;
}

// The justice office at the issuer's level: "Hội đồng nhân dân huyện An Phú"
// → "Phòng Tư pháp huyện An Phú"; a central issuer → "Bộ Tư pháp".
std::string justice_office(const std::string& issuer) {
  const Rules& r = rules();
  std::vector<std::string> w = words_of(issuer);
  struct Level { const char* words; const char* level; };
  static const Level levels[] = {{"thành phố", "city"}, {"tỉnh", "province"}, {"huyện", "district"},
                                 {"quận", "district"}, {"thị xã", "district"}, {"thị trấn", "commune"},
                                 {"xã", "commune"}, {"phường", "commune"}};
  for (std::size_t i = 1; i < w.size(); ++i) {
    std::string rest = fold_key(join(w, i, w.size()));
    for (const Level& l : levels) {
      std::string lw = l.words;
      if (rest.rfind(lw + " ", 0) != 0) continue;
      std::string place = join(w, i + words_of(lw).size(), w.size());
      std::string level = l.level;
      if (level == "city") level = has_any(fold_key(place), r.cities) ? "province" : "district";
      auto it = r.justice.find(level);
      if (it == r.justice.end()) return "";
      return it->second + " " + join(w, i, w.size());
    }
  }
  auto it = r.justice.find("central");
  return it == r.justice.end() ? "" : it->second;
}

std::string question_form(std::string form, const std::string& type, const std::string& subject) {
  auto put = [&](const std::string& key, const std::string& v) {
    for (std::size_t at; (at = form.find(key)) != std::string::npos;) form.replace(at, key.size(), v);
  };
  put("{Type}", plan::upper_first(type));
  put("{type}", plan::lower_vi(type));
  put("{subject}", subject);
  return form;
}

}  // namespace

std::string full_text_url(const Document& doc, const LeafletOptions& opts) {
  if (!opts.qr) return "";
  if (opts.url) return trim(*opts.url);
  std::string pattern = opts.url_pattern ? *opts.url_pattern : rules().url_pattern;
  if (pattern.empty()) return "";
  // an address without the number would not find the document
  if (pattern.find("{number}") != std::string::npos && trim(doc.meta.number.value_or("")).empty()) return "";
  std::string file = doc.source;
  if (std::size_t s = file.rfind('/'); s != std::string::npos) file = file.substr(s + 1);
  if (std::size_t d = file.find('.'); d != std::string::npos) file = file.substr(0, d);
  std::string type = fold_ascii(doc.meta.doc_type.value_or(""));
  for (char& c : type) c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::map<std::string, std::string> keys = {{"number", url_encode(doc.meta.number.value_or(""))},
                                                   {"year", year_of(doc)},
                                                   {"date", doc.meta.date.value_or("")},
                                                   {"type", type},
                                                   {"file", url_encode(file)}};
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    std::size_t close = pattern.find('}', i);
    std::string key = pattern.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
    auto it = keys.find(key);
    if (close == std::string::npos || it == keys.end())
      throw UrlError("--url-pattern: unknown key {" + key + "} (use {number}, {year}, {date}, {type}, {file})");
    out += it->second;
    i = close;
  }
  return out;
}

Content extract(const Document& doc, const LeafletOptions& opts) {
  const Meta& m = doc.meta;
  const Rules& r = rules();
  Content c;
  c.doc_type = m.doc_type.value_or("Văn bản");
  c.number = m.number.value_or("");
  if (m.date) {
    try {
      c.date = plan::official_date(*m.date);
    } catch (const std::invalid_argument&) {
    }
  }
  if (m.effective_date) {
    try {
      c.effective = plan::short_date(*m.effective_date);
    } catch (const std::invalid_argument&) {
    }
  }
  c.issuer = m.issuer.value_or("");
  c.place = m.place ? trim(*m.place) : "";
  c.title = m.title ? trim(*m.title) : "";
  if (m.signer) {
    std::string s = trim(m.signer->position.value_or("") + " " + m.signer->name.value_or(""));
    c.signer = s;
  }

  // points: the main text; attachments too when it gives fewer than three
  Walker w;
  w.self_key = fold_key(plan::lower_vi(c.doc_type) + " này");
  for (const Provision& p : doc.provisions)
    if (p.eid.rfind("att_", 0) != 0) w.walk(p);
  if (w.points.size() < 3)
    for (const Provision& p : doc.provisions)
      if (p.eid.rfind("att_", 0) == 0) w.walk(p);
  // a letter without numbered provisions: its paragraphs (after the opening
  // one, which says what it is about) are the points, a lead-in ending in
  // ':' taking the quoted or numbered paragraphs that follow it as its text
  std::vector<Provision> letter;
  bool lead_in = false;  // the last point's paragraph ends in ':'
  if (doc.provisions.empty())
    for (std::size_t i = 1; i < doc.body.size(); ++i) {
      std::string t = trim(doc.body[i].text);
      if (t.empty()) continue;
      // quoted, listed or numbered paragraphs, or a quoted article, go on
      // with the paragraph before them
      bool continues = t.rfind("“", 0) == 0 || t.rfind("\"", 0) == 0 || t.rfind("-", 0) == 0 || t.rfind("+", 0) == 0 ||
                       (t[0] >= '0' && t[0] <= '9') || fold_key(t).rfind(fold_key("điều "), 0) == 0;
      if (continues) {
        if (!letter.empty() && lead_in) {
          letter.back().children.emplace_back();
          letter.back().children.back().text = t;
        }
        continue;
      }
      Provision p;
      p.kind = ProvisionKind::clause;
      p.eid = "body";
      p.num = "(đoạn " + std::to_string(i + 1) + ")";
      p.text = t;
      letter.push_back(std::move(p));
      lead_in = t.back() == ':';
    }
  for (const Provision& p : letter) w.walk(p);

  // the document's adoption and entry into force, from its own sentence,
  // for the details (never a point): "… thông qua ngày 14 tháng 7 năm 2017",
  // "… có hiệu lực từ ngày ký"
  std::string entry;
  for_each_provision(doc.provisions, [&](const Provision& p) {
    if (p.eid.rfind("att_", 0) == 0) return;
    for (const std::string& s : sentences(p.text)) {
      if (!about_itself(s, w.self_key)) continue;
      if (c.adopted.empty()) c.adopted = date_after(s, "thông qua");
      if (entry.empty()) entry = words_after(s, "có hiệu lực thi hành", 8);
      if (entry.empty()) entry = words_after(s, "có hiệu lực", 8);
    }
  });
  if (!c.effective.empty()) c.effective = "từ ngày " + c.effective;
  else if (entry.rfind("từ ", 0) == 0 || entry.rfind("kể từ ", 0) == 0) c.effective = entry;

  // what it is about: the scope article, else the first point's words
  if (w.about) c.about = shorten(body_text(*w.about, true, ""), kAboutWords);
  else if (doc.provisions.empty() && !doc.body.empty()) c.about = shorten(without_lead_end(doc.body[0].text) + ".", kAboutWords);

  // questions a rule of data/leaflet.tsv asks: titles first, then sentences
  // (one question a form)
  std::vector<std::string> used;
  auto add_qa = [&](const std::string& eid, const std::string& path, const std::string& q, const std::string& text) {
    if (text.empty() || q.empty() || std::find(used.begin(), used.end(), q) != used.end()) return;
    used.push_back(q);
    c.qa.push_back({eid, path, q, shorten(text, kAnswerWords), first_sentence(text, kAnswerWords)});
  };
  for (const auto& [key, form] : r.qa_heading)
    for (const auto& [p, path] : w.titled)
      if (has_words(fold_key(*p->heading), key)) {
        add_qa(p->eid, path, question_form(form, c.doc_type, ""), body_text(*p, true, ""));
        break;
      }
  for (const auto& [pattern, form] : r.qa_sentence) {
    const std::string key = question_form(pattern, c.doc_type, "");
    std::string found, eid;
    for_each_provision(doc.provisions, [&](const Provision& p) {
      if (!found.empty() || p.eid.rfind("att_", 0) == 0) return;
      for (const std::string& s : sentences(p.text))
        if (found.empty() && has_words(fold_key(s), key)) found = s, eid = p.eid;
    });
    if (!found.empty()) add_qa(eid, "", question_form(form, c.doc_type, ""), found);
  }

  // A provision is a point or a question, never both: a point of a
  // question's provision, or whose text holds its answer's first sentence
  // (or the other way round), gives way to the question.
  // "Holds" is by the first 8 words of a first sentence: laws repeat a
  // formula article after article.
  auto holds = [](const std::string& text, const std::string& first) {
    std::vector<std::string> w = words_of(first);
    if (w.size() < 6) return !first.empty() && text.find(plan::bare(first)) != std::string::npos;
    return text.find(join(w, 0, std::min<std::size_t>(8, w.size()))) != std::string::npos;
  };
  auto asked = [&](const Point& pt) {
    return std::any_of(c.qa.begin(), c.qa.end(), [&](const QA& q) {
      return q.eid == pt.eid || holds(pt.text, q.first) || holds(q.answer, pt.first);
    });
  };
  w.points.erase(std::remove_if(w.points.begin(), w.points.end(), asked), w.points.end());

  // at most kMaxPoints: those whose titles citizens look for first, then in
  // reading order; shown in reading order
  std::vector<std::size_t> order(w.points.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return w.points[a].rank < w.points[b].rank; });
  std::vector<std::size_t> rest;  // not points: they may be asked about
  if (order.size() > kMaxPoints) rest.assign(order.begin() + kMaxPoints, order.end()), order.resize(kMaxPoints);
  std::sort(order.begin(), order.end());
  for (std::size_t i : order) c.points.push_back(w.points[i]);

  // then questions from the provisions that are not points, phrased from
  // their headings' words (qa-form, else qa-subject), key titles first
  // — unless their words repeat a point's
  for (std::size_t i : rest) {
    if (c.qa.size() >= 6) break;
    const Point& p = w.points[i];
    bool repeats = std::any_of(c.points.begin(), c.points.end(), [&](const Point& shown) {
      return holds(shown.text, p.first) || holds(p.text, shown.first);
    });
    if (!repeats) add_qa(p.eid, p.path, subject_question(p.heading, c.doc_type), p.text);
  }

  c.implementing_body = plan::implementing_body(doc);
  c.justice_office = justice_office(c.issuer);
  c.url = full_text_url(doc, opts);
  return c;
}

}  // namespace vanban::leaflet
