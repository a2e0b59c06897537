// NFC and file reading: the small ICU-facing utilities of the text layer.
#include <fstream>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "vanban/text.h"

namespace vanban {

std::string nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), (int32_t)utf8.size()));
  // Fast path: nearly all real text is already NFC.
  if (n->isNormalized(s, status) && U_SUCCESS(status)) {
    std::string out;
    s.toUTF8String(out);  // also replaces invalid UTF-8 by U+FFFD
    return out;
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString r = n->normalize(s, status);
  std::string out;
  (U_SUCCESS(status) ? r : s).toUTF8String(out);
  return out;
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "io.open", path + ": cannot open file");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) throw InputError(path, 0, "io.read", path + ": cannot read file");
  if (static_cast<std::size_t>(size) > max_bytes)
    throw InputError(path, 0, "io.too-big",
                     path + ": file is " + std::to_string(size) + " bytes, more than the limit of " +
                         std::to_string(max_bytes));
  in.seekg(0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (size > 0 && !in.read(bytes.data(), size)) throw InputError(path, 0, "io.read", path + ": cannot read file");
  return bytes;
}

}  // namespace vanban
