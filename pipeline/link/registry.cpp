#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "tokens.h"
#include "tone_repair.h"
#include "vanban/fold.h"
#include "vanban/link.h"

namespace vanban {

extern const char* const kAgenciesTsv;

namespace link_detail {

// Byte classes for tokenizing: 1 space, 2 punctuation, 3 the lead byte of
// en/em dashes and curly quotes (E2 80 xx), 0 anything else.
static constexpr std::array<unsigned char, 256> byte_classes() {
  std::array<unsigned char, 256> c{};
  for (unsigned char x : {' ', '\t', '\n', '\r'}) c[x] = 1;
  for (unsigned char x : {',', ';', ':', '.', '(', ')', '"', '\'', '!', '?', '[', ']', '/', '-', '+', '*'}) c[x] = 2;
  c[0xE2] = 3;
  return c;
}
static constexpr std::array<unsigned char, 256> kClass = byte_classes();

WordFolds::Fold& WordFolds::of(std::string_view word, std::uint64_t h) {
  // (the lookup alone, inlined in the tokenizer: nearly every token is a word seen before)
  if (!slots_.empty())
    for (std::size_t at = h & (slots_.size() - 1); slots_[at].fold; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[at];
      // (the size first, then the bytes in a loop: a call to memcmp costs more than most words)
      if (s.hash != h || s.fold->word.size() != word.size()) continue;
      const char* a = s.fold->word.data();
      std::size_t k = 0;
      while (k < word.size() && a[k] == word[k]) ++k;
      if (k == word.size()) return *s.fold;
    }
  return add(word, h);
}

WordFolds::Fold& WordFolds::add(std::string_view word, std::uint64_t h) {
  if (slots_.size() < 2 * (folds_.size() + 1)) {  // grow: rehash every fold
    std::vector<Slot> bigger(std::max<std::size_t>(1024, slots_.size() * 2));
    for (Fold& f : folds_) {
      std::size_t at = f.hash & (bigger.size() - 1);
      while (bigger[at].fold) at = (at + 1) & (bigger.size() - 1);
      bigger[at] = {f.hash, &f};
    }
    slots_.swap(bigger);
  }
  std::size_t at = h & (slots_.size() - 1);
  while (slots_[at].fold) at = (at + 1) & (slots_.size() - 1);
  Fold& f = folds_.emplace_back();
  slots_[at] = {h, &f};
  f.word = word;
  f.hash = h;
  f.key = fold_key(word);
  // (an ASCII word's diacritic-free form is its key, both its lower case)
  const bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  f.ascii = ascii ? f.key : fold_ascii(word);
  f.digit = has_digit(word);
  f.time_syllable = time_syllable(word);
  f.tone = tone_bits(f.ascii, f.key);
  f.upper = starts_capital(word);
  return f;
}

bool starts_capital(std::string_view word) {
  UChar32 c0 = 0;
  int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c0);
  return c0 > 0 && u_isupper(c0);
}

std::vector<Tok> tokenize(std::string_view s, WordFolds& folds) {
  std::vector<Tok> out;
  out.reserve(s.size() / 4);
  const std::size_t n = s.size();
  std::size_t i = 0;
  const ToneBits* after_word = nullptr;  // the word just read, none after punctuation
  while (i < n) {
    const unsigned char c = s[i];
    const unsigned char cls = kClass[c];
    if (cls == 1) {
      ++i;
      continue;
    }
    // en/em dashes and curly quotes count as punctuation
    if (cls == 3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      after_word = nullptr;
      Tok& t = out.emplace_back();
      t.begin = i;
      t.end = i + 3;
      unsigned char d = s[i + 2];
      t.text = (d == 0x93 || d == 0x94) ? std::string_view("-") : s.substr(i, 3);
      t.key = t.ascii = t.text;
      i += 3;
      continue;
    }
    if (cls == 2) {
      after_word = nullptr;
      Tok& t = out.emplace_back();
      t.begin = i;
      t.end = i + 1;
      t.text = t.key = t.ascii = s.substr(i, 1);
      ++i;
      continue;
    }
    // the word's hash for its fold, computed as its bytes are read
    std::uint64_t h = (WordFolds::kFnvBasis ^ c) * WordFolds::kFnvPrime;
    std::size_t j = i + 1;
    while (j < n) {
      const unsigned char b = s[j];
      const unsigned char d = kClass[b];
      // (one test for the bytes of letters, class 0)
      if (d != 0 && (d != 3 || (j + 2 < n && (unsigned char)s[j + 1] == 0x80))) break;
      h = (h ^ b) * WordFolds::kFnvPrime;
      ++j;
    }
    // a full stop inside a word ("TN&MT.") was split above; keep "&" inside
    Tok& t = out.emplace_back();
    t.begin = i;
    t.end = j;
    t.text = s.substr(i, j - i);
    t.word = true;
    WordFolds::Fold& f = folds.of(t.text, h);
    t.key = f.key;
    t.ascii = f.ascii;
    t.upper = f.upper;
    // (a word after the one before it: a pair an OCR misread?)
    if (f.tone.second && after_word) folds.misread_pairs += misread_pairs(*after_word, f.tone) != 0;
    after_word = &f.tone;
    t.fold = &f;
    i = j;
  }
  return out;
}

KeyText::KeyText(std::string_view src, const std::vector<Tok>& t) : src_(src), t_(t) {
  marks_ = src.find('\xCC') != std::string_view::npos || src.find('\xCD') != std::string_view::npos;
}

void KeyText::join() const {
  joined_built_ = true;
  std::size_t n = 0;
  for (const Tok& x : t_) {
    n += x.key.size() + 1;
    empty_key_ = empty_key_ || x.key.empty();
  }
  if (empty_key_ || t_.empty()) return;  // joined() copies then
  // sized first, then copied (as fold_into)
  joined_.resize(n - 1);
  jb_.reserve(t_.size());
  char* const o = joined_.data();
  char* p = o;
  for (const Tok& x : t_) {
    if (p != o) *p++ = ' ';
    jb_.push_back(static_cast<std::size_t>(p - o));
    p = std::copy_n(x.key.data(), x.key.size(), p);
  }
}

// Appends the fold of tokens [b, e): each word's key, the bytes between as
// printed. Sized first, then copied: appending piece by piece cost more than
// the bytes.
void KeyText::fold_into(std::string& out, std::size_t b, std::size_t e) const {
  if (b >= e) return;
  auto piece = [this](const Tok& x) {  // "–" stays, its key is "-"
    return x.word ? x.key : src_.substr(x.begin, x.end - x.begin);
  };
  std::size_t n = 0, at = t_[b].begin;
  for (std::size_t i = b; i < e; ++i) {
    n += t_[i].begin - at + piece(t_[i]).size();
    at = t_[i].end;
  }
  const std::size_t base = out.size();
  out.resize(base + n);
  char* p = out.data() + base;
  at = t_[b].begin;
  for (std::size_t i = b; i < e; ++i) {
    const Tok& x = t_[i];
    const std::size_t gap = x.begin - at;  // spaces as printed
    if (gap == 1) *p++ = src_[at];
    else if (gap) p = std::copy_n(src_.data() + at, gap, p);
    const std::string_view k = piece(x);
    p = std::copy_n(k.data(), k.size(), p);
    at = x.end;
  }
}

std::string_view KeyText::joined(std::size_t b, std::size_t e) const {
  e = std::min(e, t_.size());
  if (b >= e) return {};
  if (!joined_built_) join();
  if (empty_key_) {
    std::string s;
    for (std::size_t i = b; i < e; ++i) {
      if (!s.empty()) s += ' ';
      s += t_[i].key;
    }
    return copies_.emplace_back(std::move(s));
  }
  return std::string_view(joined_).substr(jb_[b], jb_[e - 1] + t_[e - 1].key.size() - jb_[b]);
}

std::optional<std::string_view> KeyText::folded(std::size_t b, std::size_t e) const {
  if (marks_) return std::nullopt;
  e = std::min(e, t_.size());
  if (b >= e) return std::string_view();
  std::string& s = copies_.emplace_back();
  fold_into(s, b, e);
  return s;
}

std::optional<KeyText::TimeCues> KeyText::time_cues(std::size_t b, std::size_t e) const {
  TimeCues c;
  for (std::size_t i = b; i < e && i < t_.size(); ++i) {
    const Tok& x = t_[i];
    if (!x.word) continue;  // punctuation: neither (and the bytes between tokens are blanks)
    if (!x.fold || x.text.data() != src_.data() + x.begin) return std::nullopt;
    c.digit = c.digit || x.fold->digit;
    c.syllable = c.syllable || x.fold->time_syllable;
  }
  return c;
}

std::optional<std::string_view> KeyText::prefix(std::size_t p) const {
  if (marks_) return std::nullopt;
  if (t_.empty() || p == 0) return p == 0 ? std::optional<std::string_view>(std::string_view()) : std::nullopt;
  // the tokens wholly before p: the last must end there, the first start the text
  const auto e = std::partition_point(t_.begin(), t_.end(), [p](const Tok& x) { return x.begin < p; });
  if (e == t_.begin() || t_.front().begin != 0 || (e - 1)->end != p) return std::nullopt;
  return folded(0, static_cast<std::size_t>(e - t_.begin()));
}

}  // namespace link_detail

using namespace link_detail;

static AgencyKind kind_of(const std::string& k, const std::string& origin, int line) {
  if (k == "head") return AgencyKind::head;
  if (k == "central") return AgencyKind::central;
  if (k == "province") return AgencyKind::province;
  if (k == "district") return AgencyKind::district;
  if (k == "local") return AgencyKind::local;
  if (k == "office") return AgencyKind::office;
  if (k == "collective") return AgencyKind::collective;
  if (k == "collective_phrase") return AgencyKind::collective_phrase;
  if (k == "abbr") return AgencyKind::abbr;
  if (k == "stop") return AgencyKind::stop;
  if (k == "sector") return AgencyKind::sector;
  throw std::runtime_error(origin + ":" + std::to_string(line) + ": unknown agency kind '" + k + "'");
}

void AgencyRegistry::add_tsv(std::string_view tsv, const std::string& origin) {
  std::istringstream in{std::string(tsv)};
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t p = 0;
    while (true) {
      std::size_t q = line.find('\t', p);
      f.push_back(line.substr(p, q == std::string::npos ? std::string::npos : q - p));
      if (q == std::string::npos) break;
      p = q + 1;
    }
    if (f.size() < 2 || f[1].empty())
      throw std::runtime_error(origin + ":" + std::to_string(n) + ": expected kind<TAB>words");
    AgencyEntry e;
    e.kind = kind_of(f[0], origin, n);
    e.words = f[1];
    if (f.size() > 2) e.expansion = f[2];
    if (e.kind == AgencyKind::sector && std::count(e.expansion.begin(), e.expansion.end(), '|') != 2)
      throw std::runtime_error(origin + ":" + std::to_string(n) +
                               ": a sector needs its offices as province|district|commune");
    // optional 4th column: "from:2025-07-01", "until:2025-06-30" (space separated)
    if (f.size() > 3) {
      std::istringstream v(f[3]);
      std::string w;
      while (v >> w) {
        bool from = w.rfind("from:", 0) == 0, until = w.rfind("until:", 0) == 0;
        std::string d = w.substr(from ? 5 : 6);
        if ((!from && !until) || d.size() != 10 || d[4] != '-' || d[7] != '-')
          throw std::runtime_error(origin + ":" + std::to_string(n) + ": validity '" + w +
                                   "' is not from:YYYY-MM-DD or until:YYYY-MM-DD");
        (from ? e.valid_from : e.valid_until) = d;
      }
    }
    WordFolds folds;
    for (auto& t : tokenize(e.words, folds)) {
      e.proper = e.proper || (!e.keys.empty() && t.upper);
      e.keys.emplace_back(t.key);
      e.ascii.emplace_back(t.ascii);
    }
    if (e.keys.empty()) continue;
    const auto idx = static_cast<std::uint32_t>(entries_.size());
    const std::vector<std::string> rest_ascii(e.ascii.begin() + 1, e.ascii.end());
    // root 2: the first word diacritic-free too, for a first word whose marks
    // the OCR changed ("Ửy ban"); only when that differs from its key
    const bool ocr_first = e.keys.size() >= 3 && e.ascii[0] != e.keys[0];
    for (std::uint32_t end : {add_path(0, e.keys, {}), e.keys.size() >= 3 ? add_path(1, {e.keys[0]}, rest_ascii) : 0u,
                              ocr_first ? add_path(2, {e.ascii[0]}, rest_ascii) : 0u}) {
      if (!end) continue;
      nodes_[end].ends.push_back(idx);
      nodes_[end].kinds |= 1u << static_cast<unsigned>(e.kind);
    }
    // "Bộ Tài nguyên và Môi trường": its field, "tài nguyên và môi trường", names units' fields in lower case
    if (e.kind == AgencyKind::central && e.keys.size() >= 4 && e.keys[0] == "bộ" &&
        std::find(e.keys.begin() + 2, e.keys.end() - 1, "và") != e.keys.end() - 1)
      ministry_fields_.emplace_back(e.keys.begin() + 1, e.keys.end());
    entries_.push_back(std::move(e));
  }
}

// Walks (and grows) the trie from root along the ids of `first` then `rest`;
// returns the last node.
std::uint32_t AgencyRegistry::add_path(std::uint32_t root, const std::vector<std::string>& first,
                                       const std::vector<std::string>& rest) {
  std::uint32_t at = root;
  auto step = [&](const std::string& w) {
    auto [it, fresh] = ids_.try_emplace(w, static_cast<std::uint32_t>(ids_.size() + 1));
    const std::uint32_t id = it->second;
    if (fresh) {
      first_.emplace_back(0, 0);
      first_ocr_.push_back(0);
    }
    std::uint32_t next = child(at, id);
    if (!next) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (at < 3) {
        (at == 0 ? first_[id].first : at == 1 ? first_[id].second : first_ocr_[id]) = next;
      } else {
        auto& kids = nodes_[at].next;
        kids.insert(std::lower_bound(kids.begin(), kids.end(), std::pair{id, 0u}), {id, next});
      }
    }
    at = next;
  };
  for (const auto& w : first) step(w);
  for (const auto& w : rest) step(w);
  return at;
}

std::uint32_t AgencyRegistry::child(std::uint32_t node, std::uint32_t id) const {
  if (node < 3) {
    if (id >= first_.size()) return 0;
    return node == 0 ? first_[id].first : node == 1 ? first_[id].second : first_ocr_[id];
  }
  for (const auto& [w, n] : nodes_[node].next)
    if (w >= id) return w == id ? n : 0;
  return 0;
}

// The registry id of a token's key (or ascii form); 0 when no entry has
// that word. Cached in the word's fold, so each distinct word is hashed once.
std::uint32_t AgencyRegistry::id_of(const Tok& t, bool ascii) const {
  if (!t.fold) {  // punctuation
    auto it = ids_.find(ascii ? t.ascii : t.key);
    return it == ids_.end() ? 0u : it->second;
  }
  return ascii ? ids(*t.fold).ascii_id : ids(*t.fold).key_id;
}

// The fold with its ids and first trie nodes in this registry, looked up on
// the word's first use with it.
const WordFold& AgencyRegistry::ids(WordFold& f) const {
  if (f.ids_of != this) {
    auto find = [&](std::string_view w) {
      auto it = ids_.find(w);
      return it == ids_.end() ? 0u : it->second;
    };
    f.key_id = find(f.key);
    f.ascii_id = find(f.ascii);
    f.first_node = child(0, f.key_id);
    f.first_ascii_node = child(1, f.key_id);
    // a word no registry name has ("Ửy") whose diacritic-free form is a
    // name's first word ("uy" of "Ủy"): the OCR changed its marks, so the
    // diacritic-free trie holds from its first word. Only a capitalised word
    // (a name's first word is): a lower-case "số" is a word, not "Sở".
    if (!f.key_id && !f.first_ascii_node && f.upper) f.first_ascii_node = child(2, f.ascii_id);
    f.ids_of = this;
  }
  return f;
}

void AgencyRegistry::add_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error(path + ": cannot read the agency registry");
  std::stringstream ss;
  ss << f.rdbuf();
  add_tsv(ss.str(), path);
}

// The registry file next to the executable, else the source tree's copy
// (compiled-in path), else the copy embedded at build time: a fresh clone
// works from any directory, and an edited file needs no rebuild.
static std::string registry_path() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto p : {exe.parent_path() / "agencies.tsv", exe.parent_path() / "data" / "agencies.tsv"})
      if (std::filesystem::is_regular_file(p, ec)) return p.string();
  }
#ifdef VANBAN_AGENCIES_DEFAULT
  if (std::filesystem::is_regular_file(VANBAN_AGENCIES_DEFAULT, ec)) return VANBAN_AGENCIES_DEFAULT;
#endif
  return {};
}

const AgencyRegistry& AgencyRegistry::builtin() {
  static const AgencyRegistry reg = [] {
    AgencyRegistry r;
    const std::string path = registry_path();
    try {
      if (!path.empty()) {
        r.add_file(path);
        return r;
      }
    } catch (const std::exception&) {
      r = AgencyRegistry{};  // unreadable or malformed: fall back to the embedded copy
    }
    r.add_tsv(kAgenciesTsv, "agencies.tsv (built in)");
    return r;
  }();
  return reg;
}

// Whether `printed` has a capital wherever the abbreviation `abbr` has an
// ASCII one ("UBND", "TTr"; not "ca" for "CA"). Spellings of another length
// (a letter written decomposed) are not judged.
static bool printed_as(std::string_view printed, std::string_view abbr) {
  if (printed.size() != abbr.size()) return true;
  for (std::size_t k = 0; k < abbr.size(); ++k)
    if (abbr[k] >= 'A' && abbr[k] <= 'Z' && !(printed[k] >= 'A' && printed[k] <= 'Z')) return false;
  return true;
}

void AgencyRegistry::hits(const std::vector<Tok>& words, std::size_t i, std::vector<Hit>& out) const {
  // exact keys first, then the diacritic-free fallback for OCR'd names, first
  // word exact (only names of 3 words or more are in that trie: "Sở" is not "số")
  if (i >= words.size()) return;
  std::uint32_t roots[2];  // the nodes after the first word, in each trie
  if (words[i].fold) {
    // most words start no entry: known from the word's fold, no lookup
    const WordFolds::Fold& f = ids(*words[i].fold);
    if (!f.first_node && !f.first_ascii_node) return;
    roots[0] = f.first_node;
    roots[1] = f.first_ascii_node;
  } else {
    const std::uint32_t first = id_of(words[i], false);
    roots[0] = child(0, first);
    roots[1] = child(1, first);
  }
  for (std::uint32_t root : {0u, 1u}) {
    std::uint32_t at = roots[root];
    for (std::uint32_t n = 1; at; ++n) {
      const Node& node = nodes_[at];
      std::uint32_t seen = 0;  // kinds already given at this node: the first entry of each wins
      for (std::uint32_t idx : node.ends) {
        const std::uint32_t bit = 1u << static_cast<unsigned>(entries_[idx].kind);
        if (seen & bit) continue;
        // an abbreviation is printed in its capitals: "CA" is Công an, "ca nô" a boat
        if (n == 1 && entries_[idx].kind == AgencyKind::abbr && !printed_as(words[i].text, entries_[idx].words)) continue;
        seen |= bit;
        out.push_back({n, entries_[idx].kind, root == 1, &entries_[idx]});
      }
      if (node.next.empty() || i + n >= words.size()) break;
      at = child(at, id_of(words[i + n], root == 1));
    }
  }
}

// The longest hit of one of `kinds`, the first of equal length; a
// diacritic-free one only when longer than every exact one (a longer name
// wins over the exact head: "Ủy ban Mật trận Tổ quốc" is the Front).
std::size_t AgencyRegistry::pick(const Hit* begin, const Hit* end, std::initializer_list<AgencyKind> kinds,
                                 const AgencyEntry** found) {
  std::uint32_t mask = 0;
  for (auto k : kinds) mask |= 1u << static_cast<unsigned>(k);
  std::size_t best = 0;
  const AgencyEntry* bestE = nullptr;
  for (const Hit* h = begin; h != end; ++h)
    if (h->len > best && (mask & (1u << static_cast<unsigned>(h->kind)))) {
      best = h->len;
      bestE = h->entry;
    }
  if (found) *found = bestE;
  return best;
}

std::size_t AgencyRegistry::match(const std::vector<Tok>& words, std::size_t i, std::initializer_list<AgencyKind> kinds,
                                  const AgencyEntry** found) const {
  std::vector<Hit> hs;
  hits(words, i, hs);
  return pick(hs.data(), hs.data() + hs.size(), kinds, found);
}

}  // namespace vanban
