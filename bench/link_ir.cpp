// vanban_link_ir — one pass of load_text+parse and one of link per document,
// after a warm-up pass, for counting instructions under callgrind
// (bench/link-callgrind reads the inclusive counts of the two functions
// below). Timings on a shared machine wander; instruction counts repeat.
//
//   valgrind --tool=callgrind vanban_link_ir FILE...
//
// The warm-up pass builds what is built once per process (the agency
// registry, folding tables), as vanban_bench's untimed first run does.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "vanban/link.h"
#include "vanban/parse.h"
#include "vanban/text.h"

namespace {

volatile std::size_t g_sink = 0;

// Measured: reading and parsing one document.
__attribute__((noinline)) vanban::Document bench_parse_pass(const std::string& bytes, const std::string& name) {
  return vanban::parse(vanban::load_text(bytes, name), name);
}

// Measured: linking one parsed document (idempotent).
__attribute__((noinline)) void bench_link_pass(vanban::Document& doc) {
  vanban::link(doc);
  g_sink = g_sink + doc.assignments.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: vanban_link_ir FILE...\n");
    return 2;
  }
  struct Input {
    std::string name, bytes;
  };
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "vanban_link_ir: cannot read %s\n", argv[i]);
      return 1;
    }
    inputs.push_back({argv[i], std::string((std::istreambuf_iterator<char>(in)), {})});
  }
  std::vector<const Input*> usable;
  for (const Input& d : inputs) {  // warm-up; documents refused as unusable are left out
    try {
      vanban::Document doc = vanban::parse(vanban::load_text(d.bytes, d.name), d.name);
      vanban::link(doc);
      usable.push_back(&d);
    } catch (const vanban::InputError& e) {
      std::fprintf(stderr, "skipped (refused): %s\n", e.what());
    }
  }
  for (const Input* d : usable) {
    vanban::Document doc = bench_parse_pass(d->bytes, d->name);
    bench_link_pass(doc);
  }
  std::printf("%zu documents\n", usable.size());
  return 0;
}
