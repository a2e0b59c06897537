// Encoding detection and decoding.
//
// Order: byte-order marks; UTF-16 without one (every other byte NUL); not
// text at all (format signatures, NUL, control bytes) → InputError; valid
// UTF-8, whose lines may still be TCVN3/VNI misread as Windows-1252
// (mojibake, repaired in legacy.cpp); otherwise legacy 8-bit bytes (TCVN3,
// VNI, Windows-1258), chosen line by line; and what is none of these is read
// as UTF-8 with U+FFFD and one diagnostic per bad byte.
#include <unicode/unistr.h>

#include <cstring>

#include "legacy.h"
#include "vanban/text.h"

namespace vanban {

namespace {

// Length of the valid UTF-8 sequence at s[i] (1–4), or 0 (RFC 3629: no
// overlongs, surrogates or code points above U+10FFFF).
int utf8_seq(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n = s.size();
  auto cont = [&](std::size_t k) { return k < n && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if ((c == 0xE0 && at(i + 1) < 0xA0) || (c == 0xED && at(i + 1) >= 0xA0)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if ((c == 0xF0 && at(i + 1) < 0x90) || (c == 0xF4 && at(i + 1) >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

struct Utf8Stats {
  std::size_t multibyte = 0;  // valid sequences of 2–4 bytes
  std::size_t bad = 0;        // bytes that start no valid sequence
};

Utf8Stats utf8_stats(std::string_view s) {
  Utf8Stats st;
  std::size_t i = 0, n = s.size();
  while (i < n) {
    // ASCII fast path, eight bytes at a time
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    int len = utf8_seq(s, i);
    if (len == 0) {
      ++st.bad;
      ++i;
    } else {
      st.multibyte += len > 1;
      i += len;
    }
  }
  return st;
}

std::string from_utf16(std::string_view bytes, bool little) {
  std::u16string u;
  u.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    u.push_back(static_cast<char16_t>(little ? (a | b << 8) : (a << 8 | b)));
  }
  std::string out;
  icu::UnicodeString(u.data(), (int32_t)u.size()).toUTF8String(out);
  return out;
}

// UTF-16 without a BOM: in Vietnamese or ASCII text the high byte of most
// units is 0x00 (ASCII) or 0x1E/0x01 (letters), so one byte position is NUL
// far more often than the other.
int utf16_without_bom(std::string_view bytes) {  // 1 = LE, 2 = BE, 0 = no
  std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t(1);
  if (n < 16) return 0;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  std::size_t units = n / 2;
  if (odd * 10 >= units * 3 && even * 50 <= units) return 1;
  if (even * 10 >= units * 3 && odd * 50 <= units) return 2;
  return 0;
}

[[noreturn]] void not_text(const std::string& file, std::size_t offset, const std::string& why) {
  throw InputError(file, offset, "input.binary", file + ": not a text file (" + why + ")");
}

// Throws for input that is no text: known binary formats by signature, NUL
// bytes, or many control bytes (more than 1 in 100 of the first 64 KiB).
void refuse_binary(std::string_view bytes, const std::string& file) {
  struct Magic {
    std::string_view sig;
    const char* what;
  };
  static const Magic kMagic[] = {
      {"%PDF-", "PDF document"},
      {"PK\x03\x04", "ZIP archive, e.g. DOCX"},
      {"\xD0\xCF\x11\xE0", "OLE compound file, e.g. DOC"},
      {"\x89PNG", "PNG image"},
      {"\xFF\xD8\xFF", "JPEG image"},
      {"GIF8", "GIF image"},
      {"\x1F\x8B", "gzip data"},
      {"\x7F" "ELF", "executable"},
      {"Rar!", "RAR archive"},
  };
  for (const Magic& m : kMagic)
    if (bytes.substr(0, m.sig.size()) == m.sig) not_text(file, 0, m.what);
  std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) not_text(file, nul, "NUL byte at offset " + std::to_string(nul));
  std::size_t n = std::min<std::size_t>(bytes.size(), 64 << 10), ctrl = 0, first = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    // tab, LF, VT, FF, CR, and ^Z (old DOS end of file) are text
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1A) || c == 0x7F) {
      if (ctrl++ == 0) first = i;
    }
  }
  if (ctrl >= 4 && ctrl * 100 > n) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[first]));
    not_text(file, first,
             std::to_string(ctrl) + " control bytes in the first " + std::to_string(n) + ", the first (" + hex +
                 ") at offset " + std::to_string(first));
  }
}

// Valid parts as they are, each bad byte as U+FFFD with a diagnostic.
void decode_lossy_utf8(std::string_view s, const std::string& file, Decoded& d) {
  constexpr std::size_t kMaxDiagnostics = 20;
  std::size_t bad = 0, i = 0, n = s.size();
  int line = 1, column = 1;
  d.utf8.reserve(n + 16);
  while (i < n) {
    int len = utf8_seq(s, i);
    if (len == 0) {
      if (++bad <= kMaxDiagnostics) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[i]));
        Diagnostic g;
        g.code = "decode.invalid-utf8";
        g.file = file;
        g.line = line;
        g.column = column;
        g.message = std::string("invalid UTF-8 byte ") + hex + " (offset " + std::to_string(i) +
                    ") replaced by U+FFFD";
        d.diagnostics.push_back(std::move(g));
      }
      d.utf8 += "\xEF\xBF\xBD";
      ++i;
      ++column;
      continue;
    }
    if (s[i] == '\n') {
      ++line;
      column = 0;
    }
    d.utf8.append(s.substr(i, len));
    i += len;
    ++column;
  }
  if (bad > kMaxDiagnostics) {
    Diagnostic g;
    g.code = "decode.invalid-utf8";
    g.file = file;
    g.message = std::to_string(bad - kMaxDiagnostics) + " more invalid UTF-8 bytes replaced by U+FFFD";
    d.diagnostics.push_back(std::move(g));
  }
}

const char* kind_name(legacy::Kind k) {
  switch (k) {
    case legacy::Kind::tcvn3: return "TCVN3 (ABC)";
    case legacy::Kind::vni: return "VNI-Windows";
    case legacy::Kind::cp1258: return "Windows-1258";
    default: return "UTF-8";
  }
}

// One note on what was decoded how: the reader can check a surprising one.
void note_legacy(const legacy::Result& r, bool mojibake, const std::string& file, Decoded& d) {
  std::string msg = mojibake ? std::string("repaired text that was ") + kind_name(r.kind) +
                                   " misread as Windows-1252"
                             : std::string("decoded as ") + kind_name(r.kind);
  for (legacy::Kind k : {legacy::Kind::as_is, legacy::Kind::tcvn3, legacy::Kind::vni, legacy::Kind::cp1258}) {
    std::size_t n = r.lines[static_cast<int>(k)];
    if (k == r.kind || n == 0) continue;
    msg += "; " + std::to_string(n) + (n == 1 ? " line" : " lines") +
           (k == legacy::Kind::as_is ? " kept as UTF-8" : std::string(" read as ") + kind_name(k));
  }
  if (r.u_restored) msg += "; " + std::to_string(r.u_restored) + " lost \xC6\xB0 restored";
  Diagnostic g;
  g.severity = Severity::note;
  g.code = mojibake ? "decode.mojibake" : "decode.legacy";
  g.file = file;
  g.message = msg;
  d.diagnostics.push_back(std::move(g));
}

}  // namespace

Decoded decode(std::string_view bytes, const std::string& file) {
  Decoded d;
  if (bytes.empty()) throw InputError(file, 0, "input.empty", file + ": empty file, nothing to read");
  auto b0 = static_cast<unsigned char>(bytes[0]);
  auto b1 = bytes.size() > 1 ? static_cast<unsigned char>(bytes[1]) : 0;
  if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
    d.encoding = b0 == 0xFF ? Encoding::utf16le : Encoding::utf16be;
    d.utf8 = from_utf16(bytes.substr(2), b0 == 0xFF);
    return d;
  }
  if (int u16 = utf16_without_bom(bytes)) {
    d.encoding = u16 == 1 ? Encoding::utf16le : Encoding::utf16be;
    d.utf8 = from_utf16(bytes, u16 == 1);
    return d;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.encoding = Encoding::utf8_bom;
    bytes.remove_prefix(3);
  }
  refuse_binary(bytes, file);

  Utf8Stats st = utf8_stats(bytes);
  legacy::Result r;
  if (st.bad == 0) {
    if (st.multibyte && legacy::repair_mojibake(bytes, r)) {
      d.encoding = r.kind == legacy::Kind::vni ? Encoding::vni_mojibake : Encoding::tcvn3_mojibake;
      d.utf8 = std::move(r.utf8);
      note_legacy(r, true, file, d);
      return d;
    }
    d.utf8.assign(bytes);
    return d;
  }
  // A few bad bytes in otherwise UTF-8 text are damage, not another encoding.
  if (st.multibyte < 2 * st.bad && legacy::decode_bytes(bytes, r)) {
    d.encoding = r.kind == legacy::Kind::vni     ? Encoding::vni
                 : r.kind == legacy::Kind::tcvn3 ? Encoding::tcvn3
                                                 : Encoding::windows1258;
    // Windows-1258 keeps tones as combining marks: compose them here.
    d.utf8 = r.lines[static_cast<int>(legacy::Kind::cp1258)] ? nfc(r.utf8) : std::move(r.utf8);
    note_legacy(r, false, file, d);
    return d;
  }
  decode_lossy_utf8(bytes, file, d);
  return d;
}

}  // namespace vanban
