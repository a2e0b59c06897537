// Text layer (pipeline/text): bytes → clean NFC lines.
//
//   decode()      bytes in any encoding vanban knows → UTF-8 (not yet NFC)
//   load_text()   decode + NFC + debris removal → vanban::Text
//
// Folding and collation for matching live in <vanban/fold.h>.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/model.h"

namespace vanban {

// Input that cannot be used at all (not text, unreadable). Everything else is
// decoded with diagnostics, never rejected.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::size_t offset, std::string code, const std::string& what)
      : std::runtime_error(what), file_(std::move(file)), offset_(offset), code_(std::move(code)) {}
  const std::string& file() const { return file_; }
  std::size_t offset() const { return offset_; }
  const std::string& code() const { return code_; }

 private:
  std::string file_;
  std::size_t offset_;
  std::string code_;
};

struct Decoded {
  std::string utf8;    // decoded text, UTF-8; line structure kept
  Encoding encoding = Encoding::utf8;
  std::vector<Diagnostic> diagnostics;
};

// Detects the encoding from the bytes and decodes. Throws InputError for
// input that is not text (binary, NUL-ridden, empty).
Decoded decode(std::string_view bytes, const std::string& file);

// Canonical composition of UTF-8 text (ICU NFC); invalid UTF-8 → U+FFFD.
std::string nfc(std::string_view utf8);

// decode + NFC + debris removal, positions kept.
Text load_text(std::string_view bytes, const std::string& file);

// The columns of a task table (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối
// hợp | Thời gian hoàn thành), told by the words of their header cell
// (table_columns.cpp).
enum class TaskColumn { other, number, task, lead, coordinate, supervise, deadline };
TaskColumn task_column(std::string_view header_cell);
// A header row that makes its table a task table: a lead column, and a
// coordinate, supervise or deadline column.
bool is_task_table_header(const std::vector<std::string>& cells);
// A year (19xx, 20xx) at byte p of a cell, not part of a longer number ("2026 - 2030").
bool year_at(std::string_view cell, std::size_t p);
// A steering column's cell a person at a time ("Đồng chí Phan Trung Bá - Tỉnh ủy viên, Phó Chủ tịch UBND
// tỉnh Đồng chí Nguyễn Thành Sinh – …"), split where each "Đồng chí"/"Đ/c" opens; empty when none does.
std::vector<std::string> steering_persons(std::string_view cell);

// Reads a file with a size cap; throws InputError when unreadable or too big.
std::string read_file(const std::string& path, std::size_t max_bytes = 64u << 20);

}  // namespace vanban
