// The SQLite store: opening, schema migrations, statements, transactions.
// Error messages name the file and say what a person can do about it; the
// stable code travels in StoreError::code.
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "vanban/track.h"

namespace vanban::track {

namespace {

// 'VanB': marks a database as vanban's, so another program's SQLite file is
// refused instead of receiving our tables.
constexpr int kApplicationId = 0x56616E42;

std::string code_for(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "track.locked";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return "track.corrupt";
    case SQLITE_CANTOPEN: return "track.open";
    default: return "track.sql";
  }
}

}  // namespace

// ---------------------------------------------------------------- Store

std::string Store::waited() const {
  int ms = busy_timeout_ms_;
  return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

void Store::fail(int rc, const std::string& doing) {
  std::string code = code_for(rc);
  std::string why = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  if (code == "track.locked")
    throw StoreError(code, path_ + ": the tracking store is locked by another process (waited " + waited() +
                               "); try again when it has finished");
  if (code == "track.corrupt")
    throw StoreError(code, path_ + ": the tracking store is damaged or not a database (" + why + ")");
  if (code == "track.open") throw StoreError(code, path_ + ": cannot open the tracking store (" + why + ")");
  throw StoreError(code, path_ + ": " + doing + ": " + why);
}

Store Store::open(const std::string& path, const OpenOptions& opts) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path == ":memory:") {
  } else if (opts.create) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::exists(parent, ec)) fs::create_directories(parent, ec);
  } else if (!fs::exists(path, ec)) {
    throw StoreError("track.open", path + ": no tracking store here (run `vanban track add` first)");
  }
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (opts.create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Store s(path, db);
  s.busy_timeout_ms_ = opts.busy_timeout_ms;
  if (rc != SQLITE_OK) s.fail(rc, "opening");
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, opts.busy_timeout_ms);

  // First read of the header: a file that is not SQLite fails here. (Each
  // statement in its own scope: an unfinished one holds a read transaction.)
  std::int64_t app_id = 0, objects = 0;
  {
    Statement app(s, "PRAGMA application_id");
    app.step();
    app_id = app.integer(0);
  }
  {
    Statement tables(s, "SELECT count(*) FROM sqlite_master");
    tables.step();
    objects = tables.integer(0);
  }
  if (app_id != kApplicationId && (app_id != 0 || objects != 0))
    throw StoreError("track.foreign", path + ": an SQLite database of another program, not a vanban tracking store");
  std::string mode;
  {
    Statement wal(s, "PRAGMA journal_mode=WAL");
    wal.step();
    mode = wal.text(0);
  }
  if (mode != "wal" && !(path == ":memory:" && mode == "memory"))  // tests and fuzzing use memory
    throw StoreError("track.sql", path + ": cannot switch the tracking store to WAL mode (" + mode + ")");
  s.exec("PRAGMA foreign_keys=ON");
  s.migrate(opts.schema ? *opts.schema : migrations());
  return s;
}

Store::~Store() {
  if (db_) sqlite3_close_v2(db_);
}

Store::Store(Store&& o) noexcept
    : path_(std::move(o.path_)), db_(o.db_), busy_timeout_ms_(o.busy_timeout_ms_) {
  o.db_ = nullptr;
}

Store& Store::operator=(Store&& o) noexcept {
  if (this != &o) {
    if (db_) sqlite3_close_v2(db_);
    path_ = std::move(o.path_);
    db_ = o.db_;
    busy_timeout_ms_ = o.busy_timeout_ms_;
    o.db_ = nullptr;
  }
  return *this;
}

int Store::schema_version() {
  Statement st(*this, "PRAGMA user_version");
  st.step();
  int v = static_cast<int>(st.integer(0));
  st.reset();
  return v;
}

void Store::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);  // sqlite3_errmsg keeps the same text
  if (rc != SQLITE_OK) fail(rc, "running " + s.substr(0, s.find_first_of("(\n")));
}

// Each pending migration in its own IMMEDIATE transaction; the version is
// read again inside it, since another process may have migrated meanwhile.
void Store::migrate(const std::vector<Migration>& ms) {
  const int latest = ms.empty() ? 0 : ms.back().version;
  int v = schema_version();
  if (v > latest)
    throw StoreError("track.newer", path_ + ": the tracking store has schema version " + std::to_string(v) +
                                        ", newer than this vanban's " + std::to_string(latest) +
                                        "; use a newer vanban");
  for (const auto& m : ms) {
    if (m.version <= v) continue;
    Transaction t(*this);
    int now = schema_version();
    if (now >= m.version) {
      v = now;
      continue;
    }
    exec(m.sql);
    if (m.version == 1) exec("PRAGMA application_id=" + std::to_string(kApplicationId));
    exec("PRAGMA user_version=" + std::to_string(m.version));
    t.commit();
    v = m.version;
  }
}

// ---------------------------------------------------------------- Statement

Statement::Statement(Store& store, std::string_view sql) : store_(&store) {
  int rc = sqlite3_prepare_v2(store.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) store.fail(rc, "preparing " + std::string(sql.substr(0, sql.find_first_of("(\n"))));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Statement& Statement::bind(int i, const std::optional<std::string>& v) {
  return v ? bind(i, std::string_view(*v)) : bind_null(i);
}
Statement& Statement::bind_null(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  store_->fail(rc, "running " + std::string(sqlite3_sql(stmt_)).substr(0, 40));
}

void Statement::reset() { sqlite3_reset(stmt_); }

std::string Statement::text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string();
}
std::optional<std::string> Statement::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}
std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(stmt_, col); }
bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Store& store) : store_(&store) {
  store.exec("BEGIN IMMEDIATE");
  open_ = true;
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(store_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  store_->exec("COMMIT");
  open_ = false;
}

}  // namespace vanban::track
