// Template families of vanban (templates/<family>/*.fo.mustache with the
// shared templates/partials/): loading, checking and rendering Mustache into
// XSL-FO, with errors at file:line:column. Used by the plan and the leaflet;
// the default templates are built into vanban_plan (pipeline/plan/CMakeLists.txt).
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <string_view>
#include <string>
#include <vector>

#include "vanban/model.h"
#include "vanban/plan.h"

namespace vanban::plan {

// Text helpers the template families share (format.cpp).
std::string upper_vi(std::string_view s);      // Vietnamese upper case (ICU, "vi")
std::string lower_vi(std::string_view s);
std::string lower_first(std::string_view s);   // "Về các …" → "về các …"
std::string upper_first(std::string_view s);
std::string trim(std::string_view s);
// Text without a trailing ";", "," or ":" and with a final "." ("./." kept).
std::string as_sentence(std::string_view s);
// Text without trailing ". ; , :" ("Quý I/2015." → "Quý I/2015").
std::string bare(std::string_view s);

// A template family with its partials expanded in place, validated, and
// compiled once; errors name the file, line and column of the tag.
class TemplateSet {
 public:
  // rel: "plan/plan.fo.mustache"; dir empty → the embedded copy.
  TemplateSet(const std::string& dir, const std::string& rel);
  // Names the template asked for that the view has nowhere in scope are
  // added to `missing` as warnings at their first tag (a typo such as
  // {{sumary}} renders empty otherwise).
  std::string render(const kainjow::mustache::data& view, std::vector<Diagnostic>* missing = nullptr) const;
  const std::string& text() const { return expanded_; }

 private:
  struct Piece {                 // a run of the expanded text …
    std::size_t at;              // … starting here in it
    std::string file;            // … copied from this file
    std::size_t from;            // … at this offset
  };
  void expand(const std::string& file, const std::string& text, int depth);  // appends to expanded_
  TemplateError error_at(std::size_t expanded_offset, const std::string& msg) const;
  std::string read(const std::string& rel, const std::string& from_file, std::size_t from_offset);

  std::string dir_;
  std::string family_;  // "plan", "leaflet": named in warnings
  std::vector<Piece> pieces_;
  std::map<std::string, std::string> texts_;  // display name → text
  std::string expanded_;
};

}  // namespace vanban::plan
