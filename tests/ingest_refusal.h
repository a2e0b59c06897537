// What ingest says when it refuses bytes: the InputError's message and code,
// as the ingest tests compare them to the letter.
#pragma once

#include <string>

#include "vanban/ingest.h"

namespace ingest_refusal {

// "MESSAGE [CODE]", or "" when the bytes were read.
inline std::string refusal(const std::string& bytes, const std::string& file, const vanban::IngestLimits& limits = {}) {
  try {
    vanban::ingest_bytes(bytes, file, limits);
  } catch (const vanban::InputError& e) {
    return std::string(e.what()) + " [" + e.code() + "]";
  }
  return "";
}

}  // namespace ingest_refusal
