// The types passed between vanban's stages (ingest → text → parse → link →
// export/render/track). Every stage depends on this header and on nothing
// downstream of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vanban {

// ---------------------------------------------------------------- diagnostics

enum class Severity { note, warning, error };

const char* to_string(Severity s);

// A warning is data, of the same type as an error (QPDF style): where it is
// (file, line:column, provision path such as "Chương II › Điều 5 › Khoản 2"),
// a stable code for tests and tools, and a sentence for people.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;     // e.g. "sequence.gap", "decode.unmapped-byte"
  std::string file;
  int line = 0;         // 1-based; 0 when unknown
  int column = 0;       // 1-based, in characters
  std::string path;     // provision path, may be empty
  std::string message;
};

// "file:line:column: warning: message [code] (in path)"
std::string format_diagnostic(const Diagnostic& d);

// ---------------------------------------------------------------- text layer

// The encoding a byte stream was decoded from.
enum class Encoding {
  utf8,
  utf8_bom,
  utf16le,
  utf16be,
  windows1258,
  tcvn3,             // TCVN 5712:1993 "ABC", .VnTime fonts
  vni,               // VNI-Windows
  tcvn3_mojibake,    // TCVN3 bytes already misread as Windows-1252, saved as UTF-8
  vni_mojibake,      // the same for VNI
};

const char* to_string(Encoding e);

// One line of decoded, normalised text and where it came from.
struct TextLine {
  std::string text;      // UTF-8, NFC, debris removed, no trailing newline
  int source_line = 0;   // 1-based line in the decoded input
  bool footnote = false; // a footnote's body (chú thích): printed by vanban text, not read as the document's words
};

// Metadata recovered from debris: a received-document stamp
// ("ĐẾN Số: 342 Ngày: 16.8.2024"), kept rather than thrown away.
struct ReceivedStamp {
  std::string number;
  std::string date;      // ISO when it could be read, else as printed
  int source_line = 0;
};

// The text stage's result: clean lines plus what was learnt on the way.
struct Text {
  Encoding encoding = Encoding::utf8;
  std::vector<TextLine> lines;
  std::optional<ReceivedStamp> received;
  std::vector<Diagnostic> diagnostics;
};

// ---------------------------------------------------------------- document

struct Signer {
  std::optional<std::string> position;   // "Phó Chủ tịch"
  std::optional<std::string> name;       // "Phùng Minh Tân"
  std::optional<std::string> on_behalf;  // "KT. Chủ tịch", "TM. Ủy ban nhân dân"
};

struct Meta {
  std::optional<std::string> doc_type;       // "Nghị quyết" (tên loại)
  std::optional<std::string> number;         // "47/NQ-HĐND"
  std::optional<std::string> issuer;         // "Hội đồng nhân dân huyện An Phú"
  std::optional<std::string> issuer_parent;  // the line above the issuer ("Bộ Công Thương")
  std::optional<std::string> place;
  std::optional<std::string> date;           // ISO YYYY-MM-DD
  std::optional<std::string> title;          // trích yếu, one line
  std::optional<std::string> session;        // "KHÓA VII, KỲ HỌP THỨ 13"
  std::optional<std::string> effective_date; // ISO, from "có hiệu lực từ ngày …"
  std::optional<Signer> signer;
};

// A legal basis of the preamble ("Căn cứ …", "Xét …", "Theo đề nghị …").
struct Basis {
  std::string text;
  int line = 0;
};

// A document cited in the preamble.
struct Citation {
  std::optional<std::string> doc_type;
  std::optional<std::string> number;
  std::optional<std::string> date;
  std::optional<std::string> issuer;
  std::optional<std::string> title;
};

enum class ProvisionKind { part, chapter, section, subsection, article, clause, point, item };

const char* to_string(ProvisionKind k);
// The Vietnamese word for the kind, as in a provision path: "Chương", "Điều", "Khoản", "Điểm" …
const char* label_word(ProvisionKind k);

// One numbered unit of the body. `eid` follows Akoma Ntoso naming
// ("chp_II__art_5__para_2__point_đ").
struct Provision {
  ProvisionKind kind = ProvisionKind::article;
  std::string eid;
  std::string num;                     // label as it should read ("5a", "đ", "II")
  std::string printed;                 // label as printed, when it differs ("d" for a slip)
  std::optional<std::string> heading;  // title of a part/chapter/section/article
  std::string text;                    // own words, without label and children
  int line = 0;                        // 1-based source line of the label
  std::vector<Provision> children;
};

enum class Role { lead, coordinate, supervise };
enum class Scope { provision, document };

// Who must act on which provision (filled by the link stage).
struct Assignment {
  std::string eid;       // provision eid, a table row's eid, or "body" outside every provision
  std::string agency;    // canonical full name in the issuer's jurisdiction
  std::string mention;   // the words as printed
  Role role = Role::lead;
  Scope scope = Scope::provision;
  std::optional<std::string> deadline;     // ISO date
  std::optional<std::string> recurrence;   // "yearly", "half-yearly", "ongoing", …
  std::optional<std::string> time_words;   // the words that gave the deadline
};

const char* to_string(Role r);
const char* to_string(Scope s);

// A paragraph of the body outside every numbered provision: a letter's text,
// the opening of a plan ("… yêu cầu các sở, ngành thực hiện một số nhiệm vụ
// sau:"). Assignments found there carry eid "body".
struct Paragraph {
  std::string text;
  int line = 0;  // 1-based source line of its first line
};

// A table of the body or of an attachment, as printed: rows of cells. Tables
// are not provisions and their rows are not clauses (annotation guide), but
// a task table (TT | nhiệm vụ | chủ trì | phối hợp | thời hạn) gives one task
// per row, so rows carry Akoma Ntoso eids of their own for assignments to
// point at: the Nth row printed (header rows counted) of the Kth table of its
// container is "<container>__table_K__tr_N" ("att_1__table_1__tr_3").
struct TableRow {
  std::string eid;                 // "att_1__table_1__tr_3"
  std::string num;                 // the row's printed number (TT, STT), "" when none
  std::vector<std::string> cells;  // as printed, one string per column
  int line = 0;                    // 1-based source line
};

struct Table {
  std::string eid;             // "att_1__table_1"; "table_1" outside every provision
  std::vector<TableRow> rows;  // every row printed, header rows included
  int line = 0;                // 1-based source line of its first row
};

struct Document {
  std::string source;                   // path as given
  Encoding encoding = Encoding::utf8;
  Meta meta;
  std::vector<Basis> bases;
  std::vector<Citation> citations;
  std::vector<Provision> provisions;    // attachments are top-level trees with att_N__ eids
  std::vector<Paragraph> body;          // body paragraphs before (or without) numbered provisions
  std::vector<Table> tables;            // data tables of the body and attachments, in order
  std::vector<std::string> recipients;
  // A letter's "Kính gửi" list, one entry each, as printed: the bodies its
  // body then asks to act (the linker reads them as names of this document).
  // Not part of the parse JSON.
  std::vector<std::string> addressees;
  std::vector<Assignment> assignments;
  // Provisions that ask for action but whose words (and ancestors') name no
  // body: a plan falls back to the implementing body for them.
  std::vector<std::string> unassigned;
  std::optional<ReceivedStamp> received;
  std::vector<Diagnostic> diagnostics;
};

// Visit every provision depth-first, parents before children.
template <class F>
void for_each_provision(const std::vector<Provision>& ps, F&& f) {
  for (const auto& p : ps) {
    f(p);
    for_each_provision(p.children, f);
  }
}

}  // namespace vanban
