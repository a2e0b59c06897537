// libFuzzer target for the status-update import: arbitrary bytes as the CSV
// of `vanban track import`, into an in-memory store with one task.
//
// The contract: bad input gives diagnostics with a line and writes nothing;
// good input writes exactly the rows it reports. An exception, a sanitizer
// report, or a broken all-or-nothing count is a finding.
//
// Linked into fuzz_csv_replay (replay_main.cpp), which ctest runs over
// fuzz/seeds-csv/ in every build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "vanban/track.h"

namespace {

vanban::track::Store& store() {
  static vanban::track::Store s = [] {
    vanban::track::Store st = vanban::track::Store::open(":memory:");
    st.exec("INSERT INTO documents(id, doc_key) VALUES (1, 'fuzz');"
            "INSERT INTO tasks(id, document, ordinal, eid, agency, role, scope) "
            "VALUES ('NV-00000000000A', 1, 0, 'art_1', 'Sở Tư pháp', 'chủ trì', 'provision')");
    return st;
  }();
  return s;
}

std::int64_t updates() {
  vanban::track::Statement n(store(), "SELECT count(*) FROM status_updates");
  n.step();
  return n.integer(0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view csv(reinterpret_cast<const char*>(data), size);
  std::int64_t before = updates();
  vanban::track::ImportResult r = vanban::track::import_updates(store(), csv, "fuzz.csv");
  std::int64_t after = updates();
  bool ok = r.errors.empty() ? after == before + r.added : after == before && r.added == 0;
  for (const auto& e : r.errors) ok = ok && e.line >= 1 && e.code.rfind("import.", 0) == 0;
  if (!ok) {
    std::fprintf(stderr, "fuzz_csv: %zu errors, %d added, %lld → %lld rows\n", r.errors.size(), r.added,
                 static_cast<long long>(before), static_cast<long long>(after));
    std::abort();
  }
  store().exec("DELETE FROM status_updates");
  return 0;
}
