// A ZIP archive read from memory with limits (pipeline/ingest), for DOCX.
// Nothing is ever written to disk, so entry names only matter for lookup;
// names that would leave the archive are still refused, as a sign of a
// crafted file.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "vanban/ingest.h"

struct zip;

namespace vanban::ingest {

class ZipReader {
 public:
  // Throws InputError (code docx.corrupt) when the bytes are no readable ZIP,
  // and docx.bad-path for an entry name that is absolute or climbs out ("..").
  ZipReader(std::string_view bytes, const std::string& file, const IngestLimits& limits);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  bool has(const std::string& name) const;
  // The entry's bytes, or nullopt when there is none. Throws InputError when
  // the entry is encrypted, damaged, too big, compressed more than
  // limits.max_ratio, or the archive's total read exceeds
  // limits.max_decompressed_bytes.
  std::optional<std::string> read(const std::string& name);

 private:
  std::string file_;
  IngestLimits limits_;
  ::zip* za_ = nullptr;
  std::size_t total_ = 0;  // bytes decompressed so far, all entries
};

// Whether the bytes are a ZIP whose directory lists `name` (no exception).
bool zip_has_entry(std::string_view bytes, const std::string& name);

}  // namespace vanban::ingest
