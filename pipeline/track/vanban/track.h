// Tracking store (pipeline/track): an embedded SQLite database that holds
// documents, their provisions, the tasks linking assigned (agency × provision
// × role, with deadline and recurrence) and the status updates agencies
// report. `vanban track add/import/list` and the compliance report read and
// write it; the batch run keeps its ledger in the same file.
//
// The file (default out/vanban.db) is opened in WAL mode with a busy timeout,
// so several processes may read and write it at once: every write is one
// IMMEDIATE transaction, all or nothing.
//
// Schema versions — how another module adds its tables
// ---------------------------------------------------------------------------
// The schema is the ordered list kMigrations in pipeline/track/migrations.cpp.
// Migration N (1-based, numbers consecutive) runs in its own transaction
// together with `PRAGMA user_version = N`, so a database is always exactly at
// one version. To add a table (e.g. the batch ledger):
//   1. append {N, "what it adds", "CREATE TABLE …; CREATE INDEX …;"} to
//      kMigrations with the next number N;
//   2. never edit, reorder or remove a landed migration (databases in the
//      field have run it) — change a table with a new migration instead;
//   3. use the tables through Store::handle() / Statement / Transaction.
// A database whose user_version is above the program's last migration is
// refused ([track.newer]): an older vanban never writes to a newer schema.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

struct sqlite3;
struct sqlite3_stmt;

namespace vanban::track {

// Default location of the store, relative to the working directory.
inline constexpr const char* kDefaultDb = "out/vanban.db";

// A store that cannot be used. `code` is stable: track.open (cannot open or
// create the file), track.locked (another process held the lock longer than
// the busy timeout), track.corrupt (not a database, or damaged),
// track.foreign (an SQLite database of something else), track.newer (schema
// newer than this program), track.sql (anything else SQLite refused).
// what() names the file.
struct StoreError : std::runtime_error {
  StoreError(std::string code_, const std::string& what_) : std::runtime_error(what_), code(std::move(code_)) {}
  std::string code;
};

// One schema step; see the header comment.
struct Migration {
  int version;
  const char* name;
  const char* sql;
};
// The program's migrations, in order (migrations.cpp).
const std::vector<Migration>& migrations();

struct OpenOptions {
  int busy_timeout_ms = 10000;  // how long a write waits for another writer
  bool create = true;           // create the file (and a missing parent folder) when absent
  // The schema to bring the file to; null: migrations(). Tests pass their own.
  const std::vector<Migration>* schema = nullptr;
};

class Store;

// A prepared statement; bind indexes are 1-based as in SQLite.
class Statement {
 public:
  Statement(Store& store, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, const std::optional<std::string>& v);  // NULL when empty
  Statement& bind_null(int i);
  bool step();   // true: a row is ready; false: done. Throws StoreError.
  void reset();  // ready to step again (bindings kept)
  std::string text(int col) const;  // "" for NULL
  std::optional<std::string> opt_text(int col) const;
  std::int64_t integer(int col) const;
  bool is_null(int col) const;

 private:
  Store* store_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE now (waits up to the busy timeout for other writers);
// COMMIT on commit(), ROLLBACK when destroyed without it.
class Transaction {
 public:
  explicit Transaction(Store& store);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Store* store_;
  bool open_ = false;
};

class Store {
 public:
  // Opens (or creates) the store at `path` and brings its schema up to date.
  // Throws StoreError.
  static Store open(const std::string& path, const OpenOptions& opts = {});
  ~Store();
  Store(Store&& o) noexcept;
  Store& operator=(Store&& o) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  int schema_version();   // PRAGMA user_version
  sqlite3* handle() { return db_; }

  void exec(std::string_view sql);  // one or more statements, no results
  // Raises the StoreError for SQLite result `rc` (file named, code chosen by rc).
  [[noreturn]] void fail(int rc, const std::string& doing);

 private:
  Store(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  void migrate(const std::vector<Migration>& ms);
  std::string waited() const;  // the busy timeout, for messages
  std::string path_;
  sqlite3* db_ = nullptr;
  int busy_timeout_ms_ = 0;
};

}  // namespace vanban::track
