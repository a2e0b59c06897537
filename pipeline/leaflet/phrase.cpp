// Phrases of the leaflet: headings cut only at phrase boundaries, the
// sentences that speak of the document itself (its adoption, its entry into
// force) rather than of citizens, and questions phrased from a heading's
// words. Every word is the document's or a rule's of data/leaflet.tsv.
#include <algorithm>

#include "internal.h"
#include "vanban/fold.h"
#include "vanban/templates.h"

namespace vanban::leaflet {

namespace {

bool opens(const std::string& w) {
  return w.rfind("“", 0) == 0 || w.rfind("(", 0) == 0 || w.rfind("‘", 0) == 0;
}

}  // namespace

void Nesting::step(const std::string& w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.compare(i, 3, "“") == 0 || w.compare(i, 3, "‘") == 0) ++quotes;
    else if (w.compare(i, 3, "”") == 0 || w.compare(i, 3, "’") == 0) quotes = std::max(0, quotes - 1);
    else if (w[i] == '(') ++parens;
    else if (w[i] == ')') parens = std::max(0, parens - 1);  // "a)" closes nothing
  }
}

namespace {

}  // namespace

std::string phrase_heading(const std::string& text, std::size_t limit) {
  const Rules& r = rules();
  std::vector<std::string> w = words_of(plan::bare(plan::trim(text)));
  // depth[i]: open quotes/parentheses before word i; the first sentence only
  std::vector<int> depth(w.size() + 1, 0);
  std::size_t n = w.size();
  Nesting nest;
  for (std::size_t i = 0; i < w.size(); ++i) {
    nest.step(w[i]);
    depth[i + 1] = nest.open();
    if (depth[i + 1] == 0 && w[i].back() == '.' && i + 1 < w.size() && i >= 2) {
      n = i + 1;
      break;
    }
  }
  if (n <= limit) return plan::bare(join(w, 0, n));
  // the longest head of whole phrases: cut after ';' ':', before a quotation
  // or a parenthesis, or before a word that opens a modifier phrase
  std::vector<std::string> folded(n);
  for (std::size_t i = 0; i < n; ++i) folded[i] = fold_key(plan::bare(w[i]));
  auto starts = [&](std::size_t k, const std::string& key) {
    std::vector<std::string> kw = words_of(key);
    return k + kw.size() <= n && std::equal(kw.begin(), kw.end(), folded.begin() + static_cast<std::ptrdiff_t>(k));
  };
  for (std::size_t k = std::min(limit, n - 1); k >= 3; --k) {
    if (depth[k] != 0) continue;
    char last = w[k - 1].back();
    // after a comma only when 8 words come before it: a list cut short
    // (marked "…"), never a short pair such as "tổ chức, cá nhân"
    bool boundary = last == ';' || last == ':' || opens(w[k]) || (last == ',' && k >= 8);
    for (const std::string& key : r.phrase_break)
      if (!boundary && last != ',' && starts(k, key))
        boundary = std::none_of(r.phrase_keep.begin(), r.phrase_keep.end(), [&](const std::string& c) { return starts(k, c); });
    if (boundary) return plan::bare(join(w, 0, k)) + " …";
  }
  return "";
}

bool about_itself(const std::string& sentence, const std::string& self_key) {
  std::string f = fold_key(sentence);
  // the adoption words as a substring: printed text glues words ("khóa XVthông qua")
  return has_words(f, self_key) && std::any_of(rules().adoption.begin(), rules().adoption.end(),
                                                [&](const std::string& k) { return f.find(k) != std::string::npos; });
}

std::string without_adoption(const std::string& text, const std::string& self_key) {
  std::vector<std::string> all = sentences(text);
  if (std::none_of(all.begin(), all.end(), [&](const std::string& s) { return about_itself(s, self_key); })) return text;
  std::string out;
  for (const std::string& s : all)
    if (!about_itself(s, self_key)) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string words_after(const std::string& sentence, const std::string& key, std::size_t max_words) {
  std::vector<std::string> w = words_of(sentence);
  std::vector<std::string> kw = words_of(fold_key(key));
  for (std::size_t i = 0; i + kw.size() <= w.size(); ++i) {
    bool hit = true;
    for (std::size_t j = 0; j < kw.size() && hit; ++j) hit = fold_key(plan::bare(w[i + j])) == kw[j];
    if (!hit) continue;
    std::size_t from = i + kw.size(), to = from;
    while (to < w.size() && to - from < max_words) {
      std::string f = fold_key(w[to]);
      if (f == "và" || f == "hoặc" || f == "trừ") break;  // the next clause
      char last = w[to].back();
      ++to;
      if (last == ',' || last == ';' || last == '.') break;
    }
    return plan::bare(join(w, from, to));
  }
  return "";
}

std::string date_after(const std::string& sentence, const std::string& key) {
  std::vector<std::string> w = words_of(words_after(sentence, key, 6));
  if (w.size() < 6 || fold_key(w[0]) != "ngày" || fold_key(w[2]) != "tháng" || fold_key(w[4]) != "năm") return "";
  return join(w, 0, 6);
}

std::string subject_question(const std::string& heading, const std::string& doc_type) {
  const Rules& r = rules();
  std::string h = plan::bare(heading);
  if (h.size() > 4 && h.compare(h.size() - 4, 4, " …") == 0) return "";  // a cut heading asks nothing whole
  std::vector<std::string> w = words_of(h);
  std::string f = fold_key(h);
  for (const auto& [key, form] : r.qa_form) {
    std::vector<std::string> kw = words_of(key);
    if (f.rfind(key, 0) != 0 || w.size() <= kw.size()) continue;
    if (f.size() > key.size() && f[key.size()] != ' ') continue;  // whole words
    std::string rest = join(w, kw.size(), w.size());
    std::string q = form;
    auto put = [&](const std::string& k, const std::string& v) {
      for (std::size_t at; (at = q.find(k)) != std::string::npos;) q.replace(at, k.size(), v);
    };
    put("{Rest}", plan::upper_first(rest));
    put("{Heading}", plan::upper_first(h));
    put("{Type}", plan::upper_first(doc_type));
    return q;
  }
  std::string q = r.qa_subject;
  for (std::size_t at; (at = q.find("{subject}")) != std::string::npos;) q.replace(at, 9, plan::lower_first(h));
  for (std::size_t at; (at = q.find("{Type}")) != std::string::npos;) q.replace(at, 6, plan::upper_first(doc_type));
  return q;
}

}  // namespace vanban::leaflet
