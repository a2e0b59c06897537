// Font files and their metrics, loaded once per process and folder and
// shared read-only by every render (dependencies.md §1.7: fonts are the
// costly part; PoDoFo's own objects cannot be shared between documents).
// Widths come from the font's hmtx through FreeType, in 1/1000 em — the
// same numbers PoDoFo writes into /W, so what layout measures is what the
// viewer draws (dependencies.md §1.3).
#pragma once

#include <array>
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
  // Per BMP code point: advance in 1/1000 em (< 0: no glyph) and glyph id
  // (what Identity-H codes are). In pages of 256 code points, allocated only
  // where the font has glyphs: flat 64K-entry arrays were 1.5 MB to fill and
  // fault in per process for a plan's four faces, a cold start's cost.
  struct Glyph {
    float advance = -1;
    uint16_t id = 0;
  };
  std::vector<std::unique_ptr<std::array<Glyph, 256>>> pages = std::vector<std::unique_ptr<std::array<Glyph, 256>>>(256);
  const Glyph* find(char32_t cp) const {
    if (cp >= 0x10000 || !pages[cp >> 8]) return nullptr;
    return &(*pages[cp >> 8])[cp & 0xFF];
  }
  double width(char32_t cp) const {
    const Glyph* g = find(cp);
    if (g && g->advance >= 0) return g->advance;
    g = find(0xFFFD);
    return g && g->advance >= 0 ? g->advance : 500;
  }
  bool has(char32_t cp) const {
    const Glyph* g = find(cp);
    return g && g->advance >= 0;
  }
  uint16_t glyph(char32_t cp) const {  // 0: none
    const Glyph* g = find(cp);
    return g ? g->id : 0;
  }
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
