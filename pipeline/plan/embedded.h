// Files built into vanban_plan at configure time (CMakeLists.txt).
#pragma once

namespace vanban::plan {

struct EmbeddedFile {
  const char* path;  // relative to templates/, e.g. "plan/plan.fo.mustache"
  const char* text;
};

extern const char* const kPlanTsv;                // data/plan.tsv
extern const EmbeddedFile kEmbeddedTemplates[];  // ends with {nullptr, nullptr}

}  // namespace vanban::plan
