// libFuzzer target for the text layer, the structure parser and the link
// stage: arbitrary bytes → load_text → parse (tables too) → link (task
// tables' rows) → to_json.
//
// The contract under test is the parser's: it never aborts on malformed text.
// So the only exception tolerated is InputError (input that is not text at
// all: binary, empty, undecodable); anything else escaping is a finding, as is
// every sanitizer report and every JSON output of the wrong shape.
//
// The same function is linked into fuzz_parse_replay (replay_main.cpp), which
// ordinary test runs use to replay fuzz/seeds/ with any compiler.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "json_shape.h"
#include "vanban/export.h"
#include "vanban/link.h"
#include "vanban/parse.h"
#include "vanban/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  vanban::Text text;
  try {
    text = vanban::load_text(bytes, "fuzz");
  } catch (const vanban::InputError&) {
    return 0;  // not text: refused with a message, which is the documented outcome
  }
  // No try from here on: the parser and the exporter must not throw.
  vanban::Document doc = vanban::parse(text, "fuzz");
  vanban::link(doc);
  std::string json = vanban::to_json(doc);
  if (std::string err = vanban::check::json_shape_error(json); !err.empty()) {
    std::fprintf(stderr, "fuzz_parse: malformed JSON output: %s\n", err.c_str());
    std::abort();  // a crash, so that libFuzzer saves the input
  }
  return 0;
}
