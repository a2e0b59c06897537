// The PDF writer: laid-out pages → bytes (PoDoFo 0.9.8).
#pragma once

#include <string>

#include "images.h"
#include "pages.h"

namespace vanban::render {

std::string write_pdf(Context& cx, const Laid& laid, const RenderOptions& opts);

}  // namespace vanban::render
