// The schema, one migration per version (see vanban/track.h for the rules:
// append only, never edit a landed one).
#include "vanban/track.h"

namespace vanban::track {

namespace {

// Version 1: the tracking store of issue 5.
//   documents       one row per document added; `doc_key` = number and
//                   issuer (numbers such as 47/NQ-HĐND repeat across issuers)
//   provisions      the document's provisions, in reading order, with their
//                   own words (a report quotes the task's provision)
//   tasks           one per assignment: agency × provision (eid) × role;
//                   `id` is stable (task_id() in add.cpp), so adding a
//                   document again updates rather than duplicates; `active`
//                   is 0 when the latest add of the document no longer has it
//   status_updates  what agencies report; a row is never updated, the latest
//                   by (date, id) is the task's status at a date
const char* const kV1 = R"sql(
CREATE TABLE documents (
  id        INTEGER PRIMARY KEY,
  doc_key   TEXT NOT NULL UNIQUE,
  number    TEXT,
  doc_type  TEXT,
  issuer    TEXT,
  date      TEXT,
  title     TEXT,
  source    TEXT
);
CREATE INDEX documents_by_number ON documents(number);
CREATE TABLE provisions (
  document  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  eid       TEXT NOT NULL,
  ordinal   INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  num       TEXT NOT NULL,
  heading   TEXT,
  text      TEXT NOT NULL,
  line      INTEGER NOT NULL,
  PRIMARY KEY (document, eid)
) WITHOUT ROWID;
CREATE TABLE tasks (
  id         TEXT PRIMARY KEY,
  document   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  eid        TEXT NOT NULL,
  agency     TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('chủ trì', 'phối hợp', 'giám sát')),
  scope      TEXT NOT NULL CHECK (scope IN ('provision', 'document')),
  deadline   TEXT,
  recurrence TEXT,
  time_words TEXT,
  active     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (document, eid, agency, role)
);
CREATE INDEX tasks_by_agency ON tasks(agency);
CREATE TABLE status_updates (
  id        INTEGER PRIMARY KEY,
  task      TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status    TEXT NOT NULL CHECK (status IN ('chưa thực hiện', 'đang thực hiện', 'hoàn thành', 'quá hạn')),
  note      TEXT NOT NULL DEFAULT '',
  reporter  TEXT NOT NULL DEFAULT '',
  UNIQUE (task, date, status, note, reporter)
);
)sql";

// Version 2: the body that implements the document (plan::implementing_body
// at add time): the report is issued by it.
const char* const kV2 = "ALTER TABLE documents ADD COLUMN implementer TEXT;";

// Version 3: the batch run's content-hash ledger (pipeline/batch/ledger.cpp).
// One row per input file, by its path relative to the batch's IN_DIR: the
// SHA-256 of its bytes and of the settings (program, outputs asked for,
// templates) it was processed with; `status` done or failed; the rest is the
// summary the run's index lists, so an unchanged document is not read again.
// `outputs`: its output files' names, one per line.
const char* const kV3 = R"sql(
CREATE TABLE batch_ledger (
  path          TEXT PRIMARY KEY,
  input_sha256  TEXT NOT NULL,
  settings      TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('done', 'failed')),
  name          TEXT NOT NULL,
  code          TEXT NOT NULL DEFAULT '',
  reason        TEXT NOT NULL DEFAULT '',
  doc_type      TEXT NOT NULL DEFAULT '',
  number        TEXT NOT NULL DEFAULT '',
  issuer        TEXT NOT NULL DEFAULT '',
  date          TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL DEFAULT '',
  provisions    INTEGER NOT NULL DEFAULT 0,
  assignments   INTEGER NOT NULL DEFAULT 0,
  warnings      INTEGER NOT NULL DEFAULT 0,
  warning_codes TEXT NOT NULL DEFAULT '',
  outputs       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list = {
      {1, "documents, provisions, tasks, status updates", kV1},
      {2, "documents.implementer", kV2},
      {3, "batch ledger", kV3},
  };
  return list;
}

}  // namespace vanban::track
