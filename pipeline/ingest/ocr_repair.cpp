// Repair of OCR slips (sửa lỗi nhận dạng) — only where certain.
//
// Tesseract's `vie` model keeps the letters and misreads the marks
// (QUYÉT for QUYẾT, ĐÓNG for ĐỒNG, NỌI for NỘI, quyên for quyền) and reads
// l or I for 1 inside numbers. A word is changed only when
//   - it is a number with l/I/O among its digits ("l1" → "11"), or
//   - another spelling with the same letters is attested next to the same
//     neighbour — in a short list of fixed legal phrases, or at least twice
//     in this document and more often than the slip itself — while the word
//     as read is in no fixed phrase with its neighbours ("Phó Chủ tịch"
//     stays, "THÀNH PHÓ" becomes "THÀNH PHỐ"), and exactly one spelling
//     qualifies.
// Each repair is a note with the line and column, so nothing changes unseen.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "pdf_layout.h"
#include "vanban/fold.h"

namespace vanban::ingest::detail {

namespace {

// Phrases every legal document uses; their word pairs count as attested.
const char* const kFixedPhrases[] = {
    "cộng hòa xã hội chủ nghĩa việt nam", "độc lập tự do hạnh phúc", "quyết định", "nghị quyết", "nghị định",
    "thông tư", "chỉ thị", "kế hoạch", "công văn", "hội đồng nhân dân", "ủy ban nhân dân", "thường trực hội đồng",
    "thành phố", "căn cứ luật", "tổ chức chính quyền địa phương", "ban hành văn bản quy phạm pháp luật",
    "sửa đổi bổ sung một số điều", "quy định chi tiết", "hướng dẫn thi hành", "biện pháp thi hành",
    "có hiệu lực", "kể từ ngày", "nơi nhận", "chủ tịch", "phó chủ tịch", "thủ tướng chính phủ", "bộ trưởng",
    "văn phòng", "tài sản công", "ngân sách nhà nước", "luật đấu thầu", "lựa chọn nhà thầu", "nhà đầu tư",
    "quản lý sử dụng", "tổ chức thực hiện", "chịu trách nhiệm", "kỳ họp thứ", "đại biểu", "tờ trình",
    "báo cáo thẩm tra", "ý kiến thảo luận", "thông qua", "điều khoản", "trung ương", "địa phương", "cơ quan",
    "đơn vị", "sử dụng đất", "đất đai", "nhân dân", "xã hội", "chính phủ", "quốc hội", "hà nội"};

// `v` (lower case) spelt with the case pattern of `like`.
std::string with_case_of(const std::string& v, const std::string& like) {
  icu::UnicodeString l = icu::UnicodeString::fromUTF8(like), u = icu::UnicodeString::fromUTF8(v);
  icu::UnicodeString up = l, low = l;
  up.toUpper(icu::Locale("vi"));
  low.toLower(icu::Locale("vi"));
  std::string out;
  if (l == up && l != low) {
    u.toUpper(icu::Locale("vi"));
  } else if (l.length() > 0 && l.char32At(0) != low.char32At(0)) {
    icu::UnicodeString first = u.tempSubString(0, u.moveIndex32(0, 1));
    first.toUpper(icu::Locale("vi"));
    u = first + u.tempSubString(u.moveIndex32(0, 1));
  }
  u.toUTF8String(out);
  return out;
}

struct Token {
  std::size_t line, begin, end;  // byte range of the word's core in the line
  std::string key;               // fold_key (lower case, one tone style)
};

bool word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c); }

std::vector<Token> tokens_of(const std::vector<std::string>& lines) {
  std::vector<Token> out;
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const std::string& s = lines[li];
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && !word_byte(s[i])) ++i;
      std::size_t b = i;
      while (i < s.size() && word_byte(s[i])) ++i;
      if (i > b) out.push_back({li, b, i, fold_key(s.substr(b, i - b))});
    }
  }
  return out;
}

std::string pair_key(const std::string& a, const std::string& b) { return a + ' ' + b; }

int column_of(const std::string& line, std::size_t byte) {
  int col = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  return col;
}

// "l1", "2O24", "I5/2025": a number with letters that look like digits.
bool digit_slip(const std::string& w, std::string* fixed) {
  bool digit = false, slip = false;
  std::string out;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true, out += c;
    else if (c == 'l' || c == 'I') slip = true, out += '1';
    else if (c == 'O') slip = true, out += '0';
    else return false;
  }
  if (!digit || !slip) return false;
  *fixed = out;
  return true;
}

}  // namespace

std::vector<Diagnostic> repair_ocr(std::vector<std::string>& lines, const std::vector<bool>& ocr_line,
                                   const std::string& file) {
  std::vector<Diagnostic> out;
  bool any = false;
  for (bool b : ocr_line) any = any || b;
  if (!any) return out;

  // The document's vocabulary: word pairs and the spellings of each letter
  // sequence, plus the fixed phrases'.
  std::vector<Token> toks = tokens_of(lines);
  std::map<std::string, int> pairs;
  std::set<std::string> fixed_pairs;
  std::map<std::string, std::set<std::string>> spellings;  // fold_ascii → fold_key forms
  for (std::size_t i = 0; i + 1 < toks.size(); ++i)
    if (toks[i].line == toks[i + 1].line) ++pairs[pair_key(toks[i].key, toks[i + 1].key)];
  for (const auto& t : toks) spellings[fold_ascii(t.key)].insert(t.key);
  for (const char* p : kFixedPhrases) {
    std::vector<std::string> ws;
    std::string s = p;
    for (std::size_t a = 0, b; a < s.size(); a = b + 1) {
      b = s.find(' ', a);
      if (b == std::string::npos) b = s.size();
      ws.push_back(fold_key(s.substr(a, b - a)));
    }
    for (std::size_t i = 0; i < ws.size(); ++i) {
      spellings[fold_ascii(ws[i])].insert(ws[i]);
      if (i + 1 < ws.size()) fixed_pairs.insert(pair_key(ws[i], ws[i + 1]));
    }
  }

  struct Edit {
    std::size_t line, begin, end;
    std::string to;
  };
  std::vector<Edit> edits;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!ocr_line[t.line]) continue;
    std::string word = lines[t.line].substr(t.begin, t.end - t.begin);
    std::string fixed;
    if (digit_slip(word, &fixed)) {
      edits.push_back({t.line, t.begin, t.end, fixed});
      continue;
    }
    const Token* prev = i > 0 && toks[i - 1].line == t.line ? &toks[i - 1] : nullptr;
    const Token* next = i + 1 < toks.size() && toks[i + 1].line == t.line ? &toks[i + 1] : nullptr;
    auto fixed_with = [&](const std::string& k) {
      return (prev && fixed_pairs.count(pair_key(prev->key, k))) || (next && fixed_pairs.count(pair_key(k, next->key)));
    };
    auto seen_with = [&](const std::string& k) {
      int n = 0;
      if (prev) n = std::max(n, pairs.count(pair_key(prev->key, k)) ? pairs[pair_key(prev->key, k)] : 0);
      if (next) n = std::max(n, pairs.count(pair_key(k, next->key)) ? pairs[pair_key(k, next->key)] : 0);
      return n;
    };
    if (fixed_with(t.key)) continue;
    // a fixed phrase decides first; the document's own pairs second
    const int own = seen_with(t.key);
    std::vector<std::string> fixed_sure, doc_sure;
    for (const auto& cand : spellings[fold_ascii(t.key)]) {
      if (cand == t.key) continue;
      int seen = seen_with(cand);
      if (fixed_with(cand)) fixed_sure.push_back(cand);
      else if (seen >= 2 && seen > own) doc_sure.push_back(cand);
    }
    const auto& sure = fixed_sure.empty() ? doc_sure : fixed_sure;
    if (sure.size() != 1) continue;  // none, or no certainty between several
    edits.push_back({t.line, t.begin, t.end, with_case_of(sure[0], word)});
  }

  // apply right to left within a line so byte offsets stay valid
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    std::string& l = lines[it->line];
    std::string from = l.substr(it->begin, it->end - it->begin);
    Diagnostic d;
    d.severity = Severity::note;
    d.code = "ocr.repair";
    d.file = file;
    d.line = static_cast<int>(it->line) + 1;
    d.column = column_of(l, it->begin);
    d.message = "OCR slip '" + from + "' read as '" + it->to + "'";
    out.push_back(std::move(d));
    l.replace(it->begin, it->end - it->begin, it->to);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace vanban::ingest::detail
