// Folding keys and collation. Table-driven: the letter table of
// syllable.cpp for Vietnamese letters, and one 64K table built once with ICU
// (NFD, marks dropped, lower case) for the diacritic-free key; ICU normalises
// and maps case per character otherwise (dependencies.md §3c: 300+ MB/s
// against 5–14 MB/s for transliterators).
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "legacy.h"
#include "syllable.h"
#include "vanban/fold.h"
#include "vanban/text.h"

namespace vanban {

namespace {

// Decodes UTF-8 to code points into `out` (emptied first), NFC first when
// combining marks are present (U+0300–U+036F start with 0xCC or 0xCD), so
// tones sit on their letters.
void code_points(std::string_view utf8, std::u32string& out) {
  out.clear();
  bool marks = utf8.find('\xCC') != std::string_view::npos || utf8.find('\xCD') != std::string_view::npos;
  if (marks) {
    std::string composed = nfc(utf8);
    legacy::utf8_to_u32(composed, out);
  } else {
    legacy::utf8_to_u32(utf8, out);
  }
}

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  code_points(utf8, out);
  return out;
}

bool ascii_only(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

constexpr std::uint8_t kLetterA = 1, kLetterE = 5, kLetterO = 15, kLetterQ = 17, kLetterU = 21, kLetterY = 25;

// Moves the tone of a word ending in the open rhymes oa/oe/uy from the last
// vowel to the one before (hoà → hòa, uỷ → ủy), except after q (quý, quà).
void tone_first(std::u32string& s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && !syl::is_letter(s[i])) ++i;
    std::size_t b = i;
    while (i < n && syl::is_letter(s[i])) ++i;
    if (i - b < 2) continue;
    syl::Letter last = syl::letter(s[i - 1]), prev = syl::letter(s[i - 2]);
    if (!last.tone || prev.tone) continue;
    bool open = (prev.base == kLetterO && (last.base == kLetterA || last.base == kLetterE)) ||
                (prev.base == kLetterU && last.base == kLetterY);
    if (!open || (i - b >= 3 && syl::letter(s[i - 3]).base == kLetterQ)) continue;
    bool other_tone = false;  // one tone per syllable; anything else is no syllable
    for (std::size_t k = b; k + 2 < i; ++k) other_tone |= syl::letter(s[k]).tone != 0;
    if (other_tone) continue;
    s[i - 2] = syl::compose(prev.base, last.tone, prev.upper);
    s[i - 1] = syl::compose(last.base, 0, last.upper);
  }
}

char32_t lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  syl::Letter l = syl::letter(c);
  if (l.upper) return syl::compose(l.base, l.tone, false);
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

// BMP code point → folded character: marks removed, đ → d, lower case;
// 0 = drop (a combining mark). Built a 256-code-point page at a time, on
// first use: a Vietnamese text touches half a dozen pages, and the whole
// table (65 536 ICU look-ups) was a fifth of a cold `vanban` run's work.
// A page is published whole through an atomic pointer; two threads that
// build the same page at once keep the first and drop the second.
char16_t ascii_fold(UChar32 c) {
  char16_t f = static_cast<char16_t>(u_tolower(c));
  if (c < 0x80 || (c >= 0xD800 && c <= 0xDFFF)) return f;
  if (c == 0x110 || c == 0x111) return u'd';
  if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) return 0;
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString d;
  if (U_SUCCESS(st) && nfd->getDecomposition(c, d) && d.length() > 0 && !U16_IS_SURROGATE(d[0]))
    f = static_cast<char16_t>(u_tolower(d[0]));
  return f;
}

using FoldPage = std::array<char16_t, 256>;

const FoldPage& ascii_fold_page(unsigned hi) {
  static std::array<std::atomic<const FoldPage*>, 256> pages{};
  if (const FoldPage* p = pages[hi].load(std::memory_order_acquire)) return *p;
  auto fresh = std::make_unique<FoldPage>();
  for (unsigned lo = 0; lo < 256; ++lo) (*fresh)[lo] = ascii_fold(static_cast<UChar32>(hi << 8 | lo));
  const FoldPage* expected = nullptr;
  if (pages[hi].compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) return *fresh.release();
  return *expected;
}

char16_t ascii_fold_bmp(char16_t c) { return ascii_fold_page(c >> 8)[c & 0xFF]; }

}  // namespace

std::string tone_first_style(std::string_view utf8) {
  if (ascii_only(utf8)) return std::string(utf8);
  std::u32string s = code_points(utf8);
  tone_first(s);
  std::string out;
  legacy::append_utf8(out, s);
  return out;
}

std::string fold_key(std::string_view utf8) {
  // ASCII (numbers, codes, many words of a text): no tone to move (tone_first
  // reads only toned letters), only the case to lower, as lower() does
  if (ascii_only(utf8)) {
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  // (most calls fold one word, the linker's new words, or a heading: buffers
  // kept per thread spare the allocations, which cost more than the folding,
  // and the result is copied out at its size, a word's inside the string)
  thread_local std::u32string word_points;
  thread_local std::string word_bytes;
  const bool word = utf8.size() <= 256;
  std::u32string text_points;
  std::string text_bytes;
  std::u32string& s = word ? word_points : text_points;
  std::string& out = word ? word_bytes : text_bytes;
  code_points(utf8, s);
  tone_first(s);
  for (char32_t& c : s) c = lower(c);
  out.clear();
  legacy::append_utf8(out, s);
  return word ? std::string(out) : std::move(out);
}

std::string fold_ascii(std::string_view utf8) {
  const FoldPage& t = ascii_fold_page(0);
  // One pass over the bytes: ASCII and the two-/three-byte BMP characters go
  // through the table, anything else is copied. NFD input folds the same:
  // its marks map to 0 and are dropped.
  // (sized once for the most the bytes can become — three for a two-byte
  // letter whose lower case is a three-byte one, Ⱥ → ⱥ, else no more than
  // read — so a word's result stays inside the string, no allocation)
  std::string out(utf8.size() + utf8.size() / 2 + 1, '\0');
  char* o = out.data();
  std::size_t i = 0, n = utf8.size();
  auto put = [&](char16_t f) {
    if (f < 0x80) {
      *o++ = static_cast<char>(f);
    } else if (f < 0x800) {
      *o++ = static_cast<char>(0xC0 | f >> 6);
      *o++ = static_cast<char>(0x80 | (f & 0x3F));
    } else {
      *o++ = static_cast<char>(0xE0 | f >> 12);
      *o++ = static_cast<char>(0x80 | (f >> 6 & 0x3F));
      *o++ = static_cast<char>(0x80 | (f & 0x3F));
    }
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      *o++ = static_cast<char>(t[c]);
      ++i;
    } else if (c >= 0xC2 && c < 0xE0 && i + 1 < n) {
      char16_t cp = static_cast<char16_t>((c & 0x1F) << 6 | (utf8[i + 1] & 0x3F));
      if (char16_t f = ascii_fold_bmp(cp)) put(f);
      i += 2;
    } else if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
      char16_t cp = static_cast<char16_t>((c & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | (utf8[i + 2] & 0x3F));
      if (char16_t f = ascii_fold_bmp(cp)) put(f);
      i += 3;
    } else {
      *o++ = static_cast<char>(c);  // four-byte characters and stray bytes as they are
      ++i;
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::string collation_key(std::string_view utf8) {
  static std::once_flag once;
  static std::unique_ptr<icu::Collator> proto;
  std::call_once(once, [] {
    UErrorCode st = U_ZERO_ERROR;
    proto.reset(icu::Collator::createInstance(icu::Locale("vi"), st));
    if (U_FAILURE(st)) proto.reset();
  });
  if (!proto) return std::string(utf8);
  // Collators are not thread-safe to use; each thread keeps its own clone.
  thread_local std::unique_ptr<icu::Collator> mine(proto->clone());
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size()));
  uint8_t buf[256];
  int32_t n = mine->getSortKey(s, buf, sizeof buf);
  std::string key;
  if (n <= static_cast<int32_t>(sizeof buf)) {
    key.assign(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  } else {
    key.resize(static_cast<std::size_t>(n));
    mine->getSortKey(s, reinterpret_cast<uint8_t*>(key.data()), n);
  }
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

}  // namespace vanban
