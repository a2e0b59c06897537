// Folding keys and collation (initial version).
#include <memory>
#include <mutex>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "vanban/fold.h"
#include "vanban/text.h"

namespace vanban {

std::string tone_first_style(std::string_view utf8) { return std::string(utf8); }

std::string fold_key(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(tone_first_style(utf8)));
  s.toLower(icu::Locale("vi"));
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string fold_ascii(std::string_view utf8) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size())), st);
  icu::UnicodeString r;
  for (int32_t i = 0; i < s.length(); ++i) {
    char16_t c = s[i];
    if (c >= 0x300 && c <= 0x36F) continue;
    if (c == 0x111 || c == 0x110) c = 'd';
    r.append(c);
  }
  r.toLower(icu::Locale::getRoot());
  std::string out;
  r.toUTF8String(out);
  return out;
}

std::string collation_key(std::string_view utf8) {
  static std::once_flag once;
  static std::unique_ptr<icu::Collator> proto;
  std::call_once(once, [] {
    UErrorCode st = U_ZERO_ERROR;
    proto.reset(icu::Collator::createInstance(icu::Locale("vi"), st));
  });
  if (!proto) return std::string(utf8);
  std::unique_ptr<icu::Collator> c(proto->clone());
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size()));
  int32_t n = c->getSortKey(s, nullptr, 0);
  std::string key(static_cast<std::size_t>(n), '\0');
  c->getSortKey(s, reinterpret_cast<uint8_t*>(key.data()), n);
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

}  // namespace vanban
