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
#include "vanban/report.h"

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
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
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

// ---------------------------------------------------------------- tasks

// "chủ trì", "phối hợp", "giám sát": the words stored in tasks.role.
const char* role_word(Role r);

// A document's key in the store: its number and issuer ("47/NQ-HĐND |
// Hội đồng nhân dân huyện An Phú"; numbers repeat across issuers), or
// "file:<name>" for a document without a number.
std::string document_key(const Document& doc);

// A task's stable id (mã nhiệm vụ): "NV-" and 12 upper-case hex digits, the
// low 48 bits of FNV-1a 64 over document key, eid, agency and role word,
// each followed by U+001F. Same document, provision, body and role → same
// id, in any run on any machine.
std::string task_id(std::string_view doc_key, std::string_view eid, std::string_view agency, Role role);

struct AddResult {
  std::string key;          // document_key
  std::string implementer;  // plan::implementing_body
  int provisions = 0;
  int tasks = 0;            // tasks of the document now
  int new_tasks = 0;        // of which were not in the store before
  int retired = 0;          // tasks of an earlier add the document no longer has (kept, active = 0)
};

// Records the document, its provisions and its tasks in one transaction:
// one task per distinct (eid, agency, role) of doc.assignments, and one for
// the implementing body (lead) on each of doc.unassigned. Adding the same
// document again changes nothing but what changed in it.
AddResult add_document(Store& store, const Document& doc);

// ---------------------------------------------------------------- status updates

// The four statuses of a status update, as written in the CSV and stored.
inline constexpr const char* kStatuses[] = {"chưa thực hiện", "đang thực hiện", "hoàn thành", "quá hạn"};

// A CSV of status updates (RFC 4180: comma, "…" quoting with "" inside,
// CRLF or LF; UTF-8 with or without BOM). Header row, any order, case and
// tone placement free:
//   mã nhiệm vụ      required  a task id of the store (NV-…)
//   ngày             required  YYYY-MM-DD or dd/mm/yyyy (d/m/yyyy)
//   trạng thái       required  one of kStatuses
//   ghi chú          optional
//   người báo cáo    optional
//   văn bản, điều khoản, cơ quan, vai trò, thời hạn, nội dung — the columns
//                    `vanban track list --format csv` adds: read and ignored
// A row whose date and status are both empty is skipped: `track list
// --format csv` is a form with every task id, and rows not filled in say
// nothing.
struct ImportResult {
  int rows = 0;        // data rows read
  int added = 0;       // updates written
  int duplicates = 0;  // rows already in the store (same task, date, status, note, reporter)
  int blank = 0;       // rows skipped as not filled in
  std::vector<Diagnostic> errors;  // file, line (1-based, of the row's first line), code import.*
};

// Reads `csv` and, when every row is valid, writes all its updates in one
// transaction; with any error nothing is written and `errors` says where.
// Codes: import.encoding (not UTF-8), import.csv (quoting, field count),
// import.header, import.task (unknown id), import.date, import.status.
// Throws StoreError for the store's own failures (locked, damaged).
ImportResult import_updates(Store& store, std::string_view csv, const std::string& file);

// Records of a CSV text (RFC 4180), for import and its fuzz target.
struct CsvRecord {
  int line = 0;  // 1-based line of the record's first character
  std::vector<std::string> fields;
};
// Throws nothing: a malformed record stops the reading with `error` set
// (file-less Diagnostic, code import.csv or import.encoding).
std::vector<CsvRecord> read_csv(std::string_view text, std::optional<Diagnostic>& error);

// ---------------------------------------------------------------- listing

// A task and its latest status update (by date, then by order of import).
struct TaskStatus {
  std::string id, document, eid, agency, role;  // document: its number ("file:…" without one)
  std::optional<std::string> deadline, recurrence;
  std::optional<std::string> status, date, note, reporter;  // none: no update yet
};

// Active tasks in document and reading order; `number` (a document number
// such as "47/NQ-HĐND") keeps one document's.
std::vector<TaskStatus> list_tasks(Store& store, const std::optional<std::string>& number = std::nullopt);

// ---------------------------------------------------------------- reports

// The compliance report's input for `period`: the tasks of the document
// numbered `number` — or, without a number, of every document dated on or
// before the period's last day that has tasks — each with its latest update
// dated on or before that day. A task is a lead task (chủ trì) with the
// coordinators (phối hợp) of its provision or of the provisions under it;
// coordinators of a provision with no lead at it or above it make one task
// without a lead (agency ""), in the state of their latest update. The body is the
// documents' implementing body (empty when they differ). Throws StoreError
// track.no-document when nothing matches, track.ambiguous when two issuers
// share the number.
plan::ReportInput load_report(Store& store, const std::optional<std::string>& number, const plan::Period& period);

// "2025-03-31", "31/03/2025", "31/3/2025" → "2025-03-31"; nullopt when not a
// real date in one of these forms.
std::optional<std::string> parse_date(std::string_view s);

}  // namespace vanban::track
