// Scoped compression level for the Flate streams PoDoFo writes on this
// thread (deflate.cpp says how and why).
#pragma once

namespace vanban::render {

class DeflateLevel {
 public:
  explicit DeflateLevel(int level);  // 0–9, as zlib
  ~DeflateLevel();
  DeflateLevel(const DeflateLevel&) = delete;
  DeflateLevel& operator=(const DeflateLevel&) = delete;

 private:
  int old_;
};

}  // namespace vanban::render
