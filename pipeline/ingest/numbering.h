// Word's automatic numbering (numbering.xml, styles.xml) turned into the
// labels a reader sees printed: "Điều 3.", "2.", "b)", "-". Word keeps the
// numbers out of the text; the parser needs them in it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <libxml/tree.h>

namespace vanban::ingest {

class Numbering {
 public:
  // Either document may be null (a file without numbering or styles).
  Numbering(const xmlDoc* numbering, const xmlDoc* styles);

  // The label of paragraph `p` (a w:p), counting it; "" when it is not
  // numbered. Call once per paragraph, in document order.
  std::string label(const xmlNode* p);

 private:
  struct Level {
    int start = 1;
    std::string fmt = "decimal";  // w:numFmt
    std::string text;             // w:lvlText, "%1." …
    std::string suffix = "tab";   // w:suff
    int restart = -1;             // w:lvlRestart; -1 = after any higher level
    bool legal = false;           // w:isLgl: all numbers decimal
  };
  struct Abstract {
    std::map<int, Level> levels;
    std::map<std::string, int> style_levels;  // w:lvl/w:pStyle → ilvl
  };
  struct Num {
    std::string abstract_id;
    std::map<int, int> start_override;
    std::map<int, Level> level_override;
  };
  struct Counters {
    std::map<int, int> value;  // ilvl → current number
  };
  struct StyleNum {
    std::string num_id;
    std::optional<int> ilvl;
    std::string based_on;
  };

  const Level* level(const std::string& num_id, int ilvl) const;
  std::optional<std::pair<std::string, int>> of_style(const std::string& style_id) const;
  static std::string format(int n, const std::string& fmt);

  std::map<std::string, Abstract> abstracts_;
  std::map<std::string, Num> nums_;
  std::map<std::string, StyleNum> styles_;
  std::map<std::string, Counters> counters_;  // per numbering instance
};

}  // namespace vanban::ingest
