#include "tone_repair.h"

#include <array>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "vanban/fold.h"

namespace vanban::link_detail {

namespace {

// The pairs the linker's grammar reads (at most 32: one bit each). Each
// pair's letters have no other reading in a legal text
// ("thu truong" is left out: thủ trưởng and thứ trưởng; "co quan": cơ quan
// and "có quan hệ"; "lien quan": liên quân).
constexpr const char* kPairs[][2] = {
    {"báo", "cáo"},     {"bộ", "trưởng"},    {"chỉ", "đạo"},   {"chủ", "tịch"},    {"chủ", "trì"},
    {"chức", "năng"},   {"đôn", "đốc"},      {"đơn", "vị"},    {"giải", "quyết"},  {"giám", "đốc"},
    {"giám", "sát"},    {"hướng", "dẫn"},    {"kiểm", "tra"},  {"nhà", "nước"},    {"nhân", "dân"},
    {"phối", "hợp"},    {"quản", "lý"},      {"tham", "mưu"},  {"thẩm", "định"},  {"thẩm", "quyền"},  {"theo", "dõi"},
    {"thực", "hiện"},   {"tổ", "chức"},      {"trách", "nhiệm"}, {"triển", "khai"}, {"ủy", "ban"},
};
constexpr std::size_t kCount = sizeof kPairs / sizeof kPairs[0];
static_assert(kCount <= 32, "one bit per pair in ToneBits");

// Every pair's word by its letters (diacritic-free), in an open-addressed table keyed by their hash:
// one hash and, for most words, no comparison.
struct Table {
  struct Word {
    std::string ascii, key;
    std::uint8_t pair = 0, second = 0;
  };
  std::vector<Word> words;
  static constexpr std::size_t kSlots = 256;  // (a power of two, over four times the words)
  std::array<std::int16_t, kSlots> slots;     // index into words, -1 empty
};

const Table& table() {
  static const auto* t = [] {
    auto* x = new Table;
    x->slots.fill(-1);
    for (std::size_t i = 0; i < kCount; ++i)
      for (std::uint8_t w = 0; w < 2; ++w) {
        Table::Word word{fold_ascii(kPairs[i][w]), fold_key(kPairs[i][w]), static_cast<std::uint8_t>(i), w};
        std::size_t at = WordFolds::fnv1a(word.ascii) & (Table::kSlots - 1);
        while (x->slots[at] >= 0) at = (at + 1) & (Table::kSlots - 1);
        x->slots[at] = static_cast<std::int16_t>(x->words.size());
        x->words.push_back(std::move(word));
      }
    return x;
  }();
  return *t;
}

// `word` (lower case) in the case the printed word has: "THẢM" -> "THẨM",
// "Thâm" -> "Thẩm".
std::string cased_like(std::string_view printed, std::string_view word) {
  int first_upper = 0, letters = 0, uppers = 0;
  for (int32_t i = 0, n = static_cast<int32_t>(printed.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(printed.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (letters++ == 0) first_upper = u_isupper(c);
    uppers += u_isupper(c) ? 1 : 0;
  }
  const bool all = letters > 1 && uppers == letters;
  std::string out;
  out.reserve(word.size());
  bool first = true;
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) continue;
    if (all || (first && first_upper)) c = u_toupper(c);
    first = false;
    char buf[U8_MAX_LENGTH];
    int32_t k = 0;
    U8_APPEND_UNSAFE(buf, k, c);
    out.append(buf, static_cast<std::size_t>(k));
  }
  return out;
}

void read_as(Tok& t, std::string_view word, WordFolds& folds) {
  WordFolds::Fold& f = folds.of(cased_like(t.text, word));
  t.text = f.word;
  t.key = f.key;
  t.ascii = f.ascii;
  t.upper = f.upper;
  t.fold = &f;
}

}  // namespace

ToneBits tone_bits(std::string_view ascii, std::string_view key) {
  ToneBits b;
  if (ascii.empty() || ascii.size() > 7) return b;  // (no pair's word is longer)
  const Table& t = table();
  for (std::size_t at = WordFolds::fnv1a(ascii) & (Table::kSlots - 1); t.slots[at] >= 0;
       at = (at + 1) & (Table::kSlots - 1)) {
    const Table::Word& w = t.words[static_cast<std::size_t>(t.slots[at])];
    if (w.ascii != ascii) continue;
    const std::uint32_t bit = 1u << w.pair;
    (w.second ? b.second : b.first) |= bit;
    if (w.key == key) (w.second ? b.second_exact : b.first_exact) |= bit;
  }
  return b;
}

void repair_tones(std::vector<Tok>& t, WordFolds& folds) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    Tok& a = t[i];
    Tok& b = t[i + 1];
    if (!a.word || !b.word || !a.fold || !b.fold) continue;
    const std::uint32_t off = misread_pairs(a.fold->tone, b.fold->tone);
    if (!off) continue;
    const int k = __builtin_ctz(off);
    read_as(a, kPairs[k][0], folds);
    read_as(b, kPairs[k][1], folds);
    ++i;  // (b is read: it starts no other pair)
  }
}

}  // namespace vanban::link_detail
