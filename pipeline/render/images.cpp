#include "images.h"

#include <fstream>
#include <sstream>

#include "layout.h"

namespace vanban::render {
namespace {

std::string strip_url(std::string u) {
  if (u.rfind("url(", 0) == 0 && u.size() > 5 && u.back() == ')') u = u.substr(4, u.size() - 5);
  if (u.size() >= 2 && (u.front() == '\'' || u.front() == '"') && u.back() == u.front()) u = u.substr(1, u.size() - 2);
  return u;
}

uint32_t be32(const std::string& b, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

}  // namespace

std::string image_bytes(const std::string& base_dir, const std::string& src_in, std::string* error) {
  std::string src = strip_url(src_in);
  if (src.find("://") != std::string::npos || src.rfind("file:", 0) == 0 || src.rfind("data:", 0) == 0) {
    *error = "src=\"" + src_in + "\": only local PNG files are read, not URLs";
    return {};
  }
  std::string path = (!src.empty() && src[0] == '/') || base_dir.empty() ? src : base_dir + "/" + src;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "src=\"" + src_in + "\": cannot read " + path;
    return {};
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  if (bytes.size() > (16u << 20)) {
    *error = "src=\"" + src_in + "\": image larger than 16 MiB";
    return {};
  }
  if (bytes.size() < 33 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || bytes.compare(12, 4, "IHDR") != 0) {
    *error = "src=\"" + src_in + "\": not a PNG file";
    return {};
  }
  return bytes;
}

ImageSize image_size(Context& cx, const fo::Node& n, const std::string& src) {
  std::string error;
  std::string b = image_bytes(cx.base_dir, src, &error);
  if (b.empty()) cx.fail(n, "fo.image", error);
  double w = be32(b, 16), h = be32(b, 20);
  double dpi_x = 96, dpi_y = 96;
  // pHYs in the chunks before the image data.
  for (size_t at = 8; at + 12 <= b.size();) {
    uint32_t len = be32(b, at);
    std::string type = b.substr(at + 4, 4);
    if (type == "IDAT" || len > b.size()) break;
    if (type == "pHYs" && len == 9 && at + 17 <= b.size() && b[at + 16] == 1) {
      dpi_x = be32(b, at + 8) * 0.0254;
      dpi_y = be32(b, at + 12) * 0.0254;
      if (dpi_x < 10 || dpi_y < 10) dpi_x = dpi_y = 96;
    }
    at += 12 + len;
  }
  return {w * 72 / dpi_x, h * 72 / dpi_y};
}

}  // namespace vanban::render
