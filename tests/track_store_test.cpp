// The tracking store's file handling: creation, WAL, migrations (versioned,
// one transaction each, newer databases refused), damaged and foreign files,
// a lock held by another connection. Messages are checked to the letter.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "vanban/track.h"

namespace fs = std::filesystem;
using vanban::track::Migration;
using vanban::track::OpenOptions;
using vanban::track::Statement;
using vanban::track::Store;
using vanban::track::StoreError;
using vanban::track::Transaction;

namespace {

struct TmpDir {
  fs::path path;
  TmpDir() {
    std::string t = (fs::temp_directory_path() / "vanban-track-XXXXXX").string();
    if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp");
    path = t;
  }
  ~TmpDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& n) const { return (path / n).string(); }
};

std::string scalar(Store& s, const std::string& sql) {
  Statement st(s, sql);
  return st.step() ? st.text(0) : "(no row)";
}

// The StoreError `f` throws, as "code: message".
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.code + ": " + e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("track store: a new file gets every migration, WAL and the application id", "[track]") {
  TmpDir d;
  const std::string db = d / "sub/dir/vanban.db";  // missing folders are created
  Store s = Store::open(db);
  const int latest = vanban::track::migrations().back().version;
  CHECK(s.schema_version() == latest);
  CHECK(scalar(s, "PRAGMA journal_mode") == "wal");
  CHECK(scalar(s, "PRAGMA application_id") == std::to_string(0x56616E42));
  CHECK(scalar(s, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' "
                  "ORDER BY name)")
            .find("documents,provisions,status_updates,tasks") != std::string::npos);
  // versions are consecutive from 1, so "the next number" is well defined
  int expect = 1;
  for (const auto& m : vanban::track::migrations()) CHECK(m.version == expect++);
}

TEST_CASE("track store: opening again keeps the data and the version", "[track]") {
  TmpDir d;
  const std::string db = d / "v.db";
  {
    Store s = Store::open(db);
    s.exec("INSERT INTO documents(doc_key, number) VALUES ('k', '47/NQ-HĐND')");
  }
  Store s = Store::open(db);
  CHECK(scalar(s, "SELECT number FROM documents") == "47/NQ-HĐND");
  CHECK(s.schema_version() == vanban::track::migrations().back().version);
}

TEST_CASE("track store: pending migrations run in order, a failing one leaves the file at the last good version",
          "[track]") {
  TmpDir d;
  const std::string db = d / "m.db";
  std::vector<Migration> v1 = {{1, "a", "CREATE TABLE a(x)"}};
  Store::open(db, OpenOptions{1000, true, &v1});
  std::vector<Migration> bad = {{1, "a", "CREATE TABLE a(x)"},
                                {2, "b", "CREATE TABLE b(y)"},
                                {3, "broken", "CREATE TABLE c(z); INSERT INTO nowhere VALUES (1)"}};
  CHECK(error_of([&] { Store::open(db, OpenOptions{1000, true, &bad}); }) ==
        "track.sql: " + db + ": running CREATE TABLE c: no such table: nowhere");
  std::vector<Migration> v2 = {bad[0], bad[1]};
  Store s = Store::open(db, OpenOptions{1000, true, &v2});
  CHECK(s.schema_version() == 2);
  CHECK(scalar(s, "SELECT count(*) FROM sqlite_master WHERE name IN ('a', 'b')") == "2");
  CHECK(scalar(s, "SELECT count(*) FROM sqlite_master WHERE name = 'c'") == "0");  // rolled back with it
}

TEST_CASE("track store: a database newer than the program is refused", "[track]") {
  TmpDir d;
  const std::string db = d / "new.db";
  {
    Store s = Store::open(db);
    s.exec("PRAGMA user_version = 999");
  }
  const int latest = vanban::track::migrations().back().version;
  CHECK(error_of([&] { Store::open(db); }) ==
        "track.newer: " + db + ": the tracking store has schema version 999, newer than this vanban's " +
            std::to_string(latest) + "; use a newer vanban");
}

TEST_CASE("track store: a file that is not a database, and another program's database", "[track]") {
  TmpDir d;
  const std::string junk = d / "junk.db";
  std::ofstream(junk) << "mã nhiệm vụ,ngày,trạng thái\nthis is a CSV file, not SQLite, and long enough to have "
                         "a header of one hundred bytes or more............................\n";
  CHECK(error_of([&] { Store::open(junk); }) ==
        "track.corrupt: " + junk + ": the tracking store is damaged or not a database (file is not a database)");

  const std::string other = d / "other.db";
  {
    // a migration 1 sets our id: clear it, as the other program's file would be
    std::vector<Migration> theirs = {{1, "theirs", "CREATE TABLE photos(id)"}};
    Store s = Store::open(other, OpenOptions{1000, true, &theirs});
    s.exec("PRAGMA application_id = 0");
  }
  CHECK(error_of([&] { Store::open(other); }) ==
        "track.foreign: " + other + ": an SQLite database of another program, not a vanban tracking store");
}

TEST_CASE("track store: a missing store without create, and a folder that cannot be created", "[track]") {
  TmpDir d;
  const std::string db = d / "none.db";
  CHECK(error_of([&] { Store::open(db, OpenOptions{1000, false, nullptr}); }) ==
        "track.open: " + db + ": no tracking store here (run `vanban track add` first)");
  std::ofstream(d / "file") << "x";
  const std::string under_file = d / "file/vanban.db";
  CHECK(error_of([&] { Store::open(under_file); }) ==
        "track.open: " + under_file + ": cannot open the tracking store (unable to open database file)");
}

TEST_CASE("track store: a writer waits for the busy timeout, then says the store is locked", "[track]") {
  TmpDir d;
  const std::string db = d / "lock.db";
  Store holder = Store::open(db);
  Transaction held(holder);  // BEGIN IMMEDIATE: the write lock
  Store other = Store::open(db, OpenOptions{200, true, nullptr});  // opening and reading still work (WAL)
  CHECK(scalar(other, "SELECT count(*) FROM tasks") == "0");
  CHECK(error_of([&] { Transaction t(other); }) ==
        "track.locked: " + db +
            ": the tracking store is locked by another process (waited 200 ms); try again when it has finished");
  held.commit();
  Transaction t(other);  // free again
  t.commit();
}
