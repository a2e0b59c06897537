// Facade of the render engine: read → layout → write.
#include "vanban/render.h"

namespace vanban::render {

static std::string where(const std::string& origin, int line, int column) {
  return origin + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

FoError::FoError(std::string origin_, int line_, int column_, std::string code_, std::string message_)
    : std::runtime_error(where(origin_, line_, column_) + message_ + " [" + code_ + "]"),
      origin(std::move(origin_)), line(line_), column(column_), code(std::move(code_)),
      message(std::move(message_)) {}

RenderResult render_fo(std::string_view, const std::string& origin, const RenderOptions&) {
  throw FoError(origin, 0, 0, "fo.unsupported", "the render engine is not built yet");
}

void validate_fo(std::string_view, const std::string& origin) {
  throw FoError(origin, 0, 0, "fo.unsupported", "the render engine is not built yet");
}

}  // namespace vanban::render
