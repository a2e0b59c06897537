// Footnotes of a PDF's text layer (footnotes.cpp), told from the text's
// own lines.
#pragma once

#include <string>
#include <vector>

#include "vanban/model.h"

namespace vanban {

// The lines of `lines` (one per input line, form feeds kept) that are
// footnote bodies, flagged, with the notes' markers removed from the body
// and a text.footnotes warning for `file`; empty (nothing changed) when the
// text has no footnotes.
std::vector<bool> mark_footnotes(std::vector<std::string>& lines, std::vector<Diagnostic>& diagnostics,
                                 const std::string& file);

}  // namespace vanban
