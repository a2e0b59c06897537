// The content-hash ledger: table batch_ledger of the tracking store (its
// migration 3, pipeline/track/migrations.cpp). One row per input path: the
// SHA-256 of its bytes, the settings it was processed with, and the summary
// the index lists, so an unchanged document costs a hash and a few stats.
#include "internal.h"
#include "vanban/track.h"

namespace vanban::batch {

struct Ledger::Impl {
  explicit Impl(track::Store s) : store(std::move(s)) {}
  track::Store store;
  // prepared once: a run asks for one row per input
  std::optional<track::Statement> find;
};

Ledger::Ledger(const std::string& path) {
  try {
    impl_ = std::make_unique<Impl>(open_store(path));
    impl_->find.emplace(impl_->store,
                        "SELECT path, input_sha256, settings, status, name, code, reason, doc_type, number, issuer, "
                        "date, title, provisions, assignments, warnings, warning_codes, outputs FROM batch_ledger "
                        "WHERE path = ?1");
  } catch (const track::StoreError& e) {
    throw BatchError(e.code, e.what());
  }
}

Ledger::~Ledger() = default;

track::Store& Ledger::store() { return impl_->store; }

track::Store open_store(const std::string& path) {
  track::Store s = track::Store::open(path);
  // In WAL mode NORMAL still keeps every committed transaction when the
  // process is killed; only a power cut may lose the last few (the database
  // stays consistent, and those documents are simply redone). FULL costs an
  // fsync per document, which on a busy disk was most of a run's time.
  s.exec("PRAGMA synchronous=NORMAL");
  return s;
}

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : "\n") + x;
  return s;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> v;
  std::size_t from = 0;
  while (from < s.size()) {
    std::size_t nl = s.find('\n', from);
    v.push_back(s.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  return v;
}

}  // namespace

std::optional<LedgerEntry> Ledger::find(const std::string& path) {
  try {
    track::Statement& q = *impl_->find;
    q.reset();
    q.bind(1, std::string_view(path));
    if (!q.step()) {
      q.reset();
      return std::nullopt;
    }
    LedgerEntry e;
    DocResult& r = e.result;
    r.path = q.text(0);
    e.input_sha256 = r.sha256 = q.text(1);
    e.settings = q.text(2);
    r.status = q.text(3) == "done" ? Status::done : Status::failed;
    r.name = q.text(4), r.code = q.text(5), r.reason = q.text(6);
    r.doc_type = q.text(7), r.number = q.text(8), r.issuer = q.text(9), r.date = q.text(10), r.title = q.text(11);
    r.provisions = static_cast<int>(q.integer(12)), r.assignments = static_cast<int>(q.integer(13));
    r.warnings = static_cast<int>(q.integer(14));
    r.warning_codes = q.text(15);
    r.outputs = split(q.text(16));
    q.reset();  // no statement left open between lookups (it would hold a read transaction)
    return e;
  } catch (const track::StoreError& e) {
    throw BatchError(e.code, e.what());
  }
}

void Ledger::record(const LedgerEntry& e) {
  const DocResult& r = e.result;
  try {
    track::Transaction tx(impl_->store);
    track::Statement q(impl_->store,
                       "INSERT OR REPLACE INTO batch_ledger (path, input_sha256, settings, status, name, code, reason, "
                       "doc_type, number, issuer, date, title, provisions, assignments, warnings, warning_codes, "
                       "outputs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    using sv = std::string_view;
    q.bind(1, sv(r.path)).bind(2, sv(e.input_sha256)).bind(3, sv(e.settings));
    q.bind(4, sv(r.status == Status::failed ? "failed" : "done")).bind(5, sv(r.name)).bind(6, sv(r.code));
    q.bind(7, sv(r.reason)).bind(8, sv(r.doc_type)).bind(9, sv(r.number)).bind(10, sv(r.issuer));
    q.bind(11, sv(r.date)).bind(12, sv(r.title)).bind(13, std::int64_t{r.provisions});
    q.bind(14, std::int64_t{r.assignments}).bind(15, std::int64_t{r.warnings}).bind(16, sv(r.warning_codes));
    const std::string outputs = join(r.outputs);
    q.bind(17, sv(outputs));
    q.step();
    tx.commit();
  } catch (const track::StoreError& ex) {
    throw BatchError(ex.code, ex.what());
  }
}

}  // namespace vanban::batch
