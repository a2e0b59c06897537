// Font files and their metrics, loaded once per process and folder and
// shared read-only by every render (dependencies.md §1.7: fonts are the
// costly part; PoDoFo's own objects cannot be shared between documents).
// Widths come from the font's hmtx through FreeType, in 1/1000 em — the
// same numbers PoDoFo writes into /W, so what layout measures is what the
// viewer draws (dependencies.md §1.3).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::render {

enum Family { serif = 0, sans = 1, kFamilies = 2 };
constexpr int kFaces = kFamilies * 4;
inline int face_index(int family, bool bold, bool italic) { return family * 4 + (bold ? 1 : 0) + (italic ? 2 : 0); }

struct FaceMetrics {
  std::string path;      // the .ttf
  std::string pdf_name;  // unique per file: PoDoFo's font cache keys by name (§1.6.3)
  bool bold = false, italic = false;
  double ascent = 0.891, descent = 0.216;  // hhea, em (descent positive)
  std::vector<float> advance;  // per BMP code point, 1/1000 em; < 0: no glyph
  std::vector<uint16_t> glyph;  // per BMP code point: the glyph id (what Identity-H codes are), 0 none
  double width(char32_t cp) const {
    if (cp < advance.size() && advance[cp] >= 0) return advance[cp];
    return advance.size() > 0xFFFD && advance[0xFFFD] >= 0 ? advance[0xFFFD] : 500;
  }
  bool has(char32_t cp) const { return cp < advance.size() && advance[cp] >= 0; }
};

// The faces of one folder, each loaded on first use (a plan uses four of
// the eight; loading costs a few ms each, which matters for a cold start).
class Fonts {
 public:
  explicit Fonts(std::string dir) : dir_(std::move(dir)) {}
  const FaceMetrics& operator[](int i) const;  // throws FoError (fo.font)
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  mutable std::once_flag once_[kFaces];
  mutable std::unique_ptr<FaceMetrics> face_[kFaces];
};

// The fonts of `dir` (empty: the project's fonts/). Thread-safe; loaded on
// first use. Throws FoError (code fo.font) when a file is missing.
const Fonts& fonts_for(const std::string& dir);

// "Liberation Serif, serif" → serif; -1 when no name in the list is known.
int family_of(std::string_view font_family);

}  // namespace vanban::render
