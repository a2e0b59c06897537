// Loading the Liberation faces once: FreeType reads each file, we keep the
// advance of every BMP code point (about 2,600 glyphs per face) and drop the
// face. Layout then measures with an array lookup instead of FT_Load_Char
// per character (StringWidth's speed, §1.3).
#include "fonts.h"

#include <map>
#include <mutex>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include "vanban/render.h"

#ifndef VANBAN_FONTS_DIR
#define VANBAN_FONTS_DIR "fonts"
#endif

namespace vanban::render {
namespace {

const char* const kFiles[kFaces] = {
    "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"};

std::unique_ptr<FaceMetrics> load(FT_Library lib, const std::string& dir, int i) {
  auto m = std::make_unique<FaceMetrics>();
  m->path = dir + "/" + kFiles[i];
  std::string name = kFiles[i];
  m->pdf_name = name.substr(0, name.size() - 4);
  m->bold = i % 4 == 1 || i % 4 == 3;
  m->italic = i % 4 >= 2;
  FT_Face face = nullptr;
  if (FT_New_Face(lib, m->path.c_str(), 0, &face) != 0)
    throw FoError("", 0, 0, "fo.font", "cannot read font file " + m->path);
  double upem = face->units_per_EM ? face->units_per_EM : 1000;
  m->ascent = face->ascender / upem;
  m->descent = -face->descender / upem;
  FT_UInt gid = 0;
  for (FT_ULong cp = FT_Get_First_Char(face, &gid); gid != 0; cp = FT_Get_Next_Char(face, cp, &gid)) {
    if (cp >= 0x10000) continue;  // PoDoFo's subset keeps BMP only (§1.2)
    FT_Fixed adv = 0;
    if (FT_Get_Advance(face, gid, FT_LOAD_NO_SCALE, &adv) == 0) {
      auto& page = m->pages[cp >> 8];
      if (!page) page = std::make_unique<std::array<FaceMetrics::Glyph, 256>>();
      (*page)[cp & 0xFF] = {static_cast<float>(adv * 1000.0 / upem), static_cast<uint16_t>(gid)};
    }
  }
  FT_Done_Face(face);
  return m;
}

}  // namespace

const FaceMetrics& Fonts::operator[](int i) const {
  std::call_once(once_[i], [&] {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) throw FoError("", 0, 0, "fo.font", "cannot start FreeType");
    try {
      face_[i] = load(lib, dir_, i);
    } catch (...) {
      FT_Done_FreeType(lib);
      throw;
    }
    FT_Done_FreeType(lib);
  });
  return *face_[i];
}

const Fonts& fonts_for(const std::string& dir_in) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Fonts>> cache;
  std::string dir = dir_in.empty() ? std::string(VANBAN_FONTS_DIR) : dir_in;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[dir];
  if (!slot) {
    auto f = std::make_unique<Fonts>(dir);
    (*f)[0];  // a folder without the regular serif face is refused at once
    slot = std::move(f);
  }
  return *slot;
}

int family_of(std::string_view list) {
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    std::string_view item = list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
    while (!item.empty() && (item.front() == ' ' || item.front() == '"' || item.front() == '\'')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '"' || item.back() == '\'')) item.remove_suffix(1);
    if (item == "Liberation Serif" || item == "Times New Roman" || item == "Times" || item == "serif")
      return serif;
    if (item == "Liberation Sans" || item == "Arial" || item == "Helvetica" || item == "sans-serif")
      return sans;
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return -1;
}

}  // namespace vanban::render
