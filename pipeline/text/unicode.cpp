// NFC and file reading: the small ICU-facing utilities of the text layer.
#include <fstream>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "vanban/text.h"

namespace vanban {

std::string nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  // Fast path, straight on UTF-8: nearly all real text is already NFC.
  if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    // invalid UTF-8 on the way: the UTF-16 route replaces it by U+FFFD
    out.clear();
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(piece);
    status = U_ZERO_ERROR;
    icu::UnicodeString r = n->normalize(s, status);
    (U_SUCCESS(status) ? r : s).toUTF8String(out);
  }
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
