// external-graphic sources: PNG files only, read from the local file system
// relative to the FO's folder (or absolute); no URLs, nothing else.
#pragma once

#include <string>

#include "fo.h"

namespace vanban::render {

struct Context;

struct ImageSize {
  double width_pt = 0, height_pt = 0;
};

// Size at the PNG's own resolution (pHYs), else 96 dpi. Throws FoError
// (fo.image) for a missing file, a URL or a file that is not a PNG.
ImageSize image_size(Context& cx, const fo::Node& n, const std::string& src);

// The bytes of the PNG (checked as above).
std::string image_bytes(const std::string& base_dir, const std::string& src, std::string* error);

}  // namespace vanban::render
