// Header lines flattened by web pages: split at the header's anchors (số,
// place and date, the type name, the enacting authority) so each part reads
// as its own line.
#include <algorithm>
#include <cctype>

#include "internal.h"

namespace vanban::parse_detail {

bool is_rule(const std::string& t) {
  if (t.empty()) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // (and "—————", "–––": a rule of dashes from a PDF's text layer)
    if (t.compare(i, 3, "—") == 0 || t.compare(i, 3, "–") == 0) {
      i += 2;
      continue;
    }
    const char c = t[i];
    if (c != '-' && c != '_' && c != '=' && c != '*' && c != ' ' && c != '.') return false;
  }
  return true;
}

// Web pages flatten the two-column header into one line ("Số: 3745/QĐ-UBND
// Tây Ninh, ngày 30 … QUYẾT ĐỊNH VỀ VIỆC … ỦY BAN NHÂN DÂN TỈNH TÂY NINH").
// Splits such a line at the header's anchors so each part reads alone.
std::vector<std::string> split_header_line(const std::string& line, bool& type_seen) {
  if (is_rule(line)) return {line};  // a rule ends a title: keep it whole
  std::vector<std::size_t> cuts;
  auto add = [&](std::size_t p) {
    if (p > 0 && p < line.size()) cuts.push_back(p);
  };
  for (const char* a : {"Số:", "SỐ:", "CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "ĐỘC LẬP", "V/v", "Kính gửi"}) {
    std::size_t p = line.find(a);
    if (p != std::string::npos && p > 0 && line[p - 1] == ' ') add(p);
  }
  // "<Place>, ngày": back over the capitalised words of the place name
  std::size_t ngay = line.find(", ngày");
  if (ngay != std::string::npos) {
    std::size_t b = ngay;
    for (int words = 0; words < 4 && b > 0; ++words) {
      std::size_t sp = b >= 2 ? line.rfind(' ', b - 2) : std::string::npos;
      std::size_t ws = sp == std::string::npos ? 0 : sp + 1;
      std::string w = line.substr(ws, b - ws);
      if (!starts_upper(w) || w.find_first_of("/0123456789") != std::string::npos) break;
      b = ws;
      if (sp == std::string::npos) break;
    }
    if (b < ngay) add(b);
    // after the date: "… năm 2021 QUYẾT ĐỊNH …"
    std::size_t de = 0;
    if (find_date(line, ngay, nullptr, &de)) add(de);
  }
  // "Công văn 384/BYT-KCB năm 2014 … do Bộ Y tế ban hành. BỘ Y TẾ -------": the web page's title
  // sentence, then the issuer's caps name over its rule
  if (const std::size_t r = line.find(" --"); r != std::string::npos && r > 2) {
    const std::size_t dot = line.rfind(". ", r - 1);
    if (dot != std::string::npos && dot > 0 && dot + 2 < r && is_all_caps(line.substr(dot + 2, r - dot - 2)))
      add(dot + 2);
  }
  // runs of dashes are rules between blocks
  for (std::size_t p = line.find("---"); p != std::string::npos; p = line.find("---", p + 1)) add(p);
  // "Nghị định của Chính phủ số 114/2003/NĐ-CP", "quyết định của bộ trưởng …": the type, then the rest
  if (!type_seen) {
    std::string lo = lower(line);
    std::size_t cua = lo.find(" của ");
    if (cua != std::string::npos && cua < 40 && doc_type_name(line.substr(0, cua))) {
      add(cua + 1);
      type_seen = true;
    }
  }
  // the type name at the start of a caps block, then its title
  static const std::vector<std::string> caps_types = {"QUYẾT ĐỊNH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ LIÊN TỊCH",
                                                      "THÔNG TƯ", "CHỈ THỊ", "KẾ HOẠCH", "BÁO CÁO", "THÔNG BÁO",
                                                      "QUY ĐỊNH", "LUẬT", "HƯỚNG DẪN", "CÔNG ĐIỆN", "TỜ TRÌNH"};
  if (!type_seen)
    for (const auto& ty : caps_types) {
      std::size_t p = line.find(ty);
      while (p != std::string::npos && p > 0 && line[p - 1] != ' ') p = line.find(ty, p + 1);
      if (p == std::string::npos) continue;
      std::size_t after = p + ty.size();
      bool ends = after == line.size() || line[after] == ' ';
      if (!ends) continue;
      if (p > 0 && !is_all_caps(line.substr(0, p)) && p < line.size()) add(p);
      if (p > 0 && is_all_caps(line.substr(0, p))) {
        // inside a caps run: only when what precedes is not a title
        continue;
      }
      add(after);
      type_seen = true;
      break;
    }
  // the enacting authority closing a caps title ("… HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH")
  for (const char* a : {" CHỦ TỊCH ỦY BAN", " CHỦ TỊCH UỶ BAN", " ỦY BAN NHÂN DÂN", " UỶ BAN NHÂN DÂN", " HỘI ĐỒNG NHÂN DÂN",
                        " BỘ TRƯỞNG BỘ", " THỦ TƯỚNG CHÍNH PHỦ", " CHÍNH PHỦ", " BỘ TRƯỞNG", " ỦY BAN THƯỜNG VỤ", " UỶ BAN THƯỜNG VỤ",
                        " QUỐC HỘI",
                        " TỔNG GIÁM ĐỐC", " THỐNG ĐỐC NGÂN HÀNG",
                        // (the Supreme Court's judges' council, NQ 01/2020/NQ-HĐTP as crawled)
                        " HỘI ĐỒNG THẨM PHÁN"}) {
    std::size_t p = line.rfind(a);
    if (p == std::string::npos) continue;
    std::string tail = line.substr(p + 1);
    std::string before = line.substr(0, p);
    std::size_t sp = before.rfind(' ');
    std::string prev_word = sp == std::string::npos ? before : before.substr(sp + 1);
    if (!is_all_caps(tail) || prev_word == "CỦA" || prev_word == "VÀ" || prev_word == "GIỮA" || prev_word == "VỚI" ||
        prev_word == "CHO" || prev_word == "DO" || prev_word == "TẠI" ||
        // "BỔ NHIỆM PHÓ TỔNG GIÁM ĐỐC": the office is the title's object
        prev_word == "NHIỆM" || prev_word == "PHÓ" ||
        // "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "ĐẠI BIỂU QUỐC HỘI", "CHỦ TỊCH QUỐC HỘI" are names, not a cut
        prev_word == "VỤ" || prev_word == "BIỂU" || prev_word == "TỊCH" || tail.find("BAN HÀNH") != std::string::npos ||
        tail.find("KỲ HỌP") != std::string::npos ||
        // "… CHỈ THỊ SỐ 13/CT-TTG … CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG …" (KH 09/KH-BTNMT): a cited act's
        // author inside the title, its subject after it
        prev_word == "TƯỚNG" || tail.find(" VỀ ") != std::string::npos)
      continue;
    add(p + 1);
    break;
  }
  // a caps title run followed by sentence text on the same line
  {
    std::size_t run = 0, pos = 0;
    std::string last;  // the run's last word
    while (pos < line.size()) {
      std::size_t sp = line.find(' ', pos);
      if (sp == std::string::npos) sp = line.size();
      std::string w = line.substr(pos, sp - pos);
      bool letters = !w.empty() && (starts_upper(w) || starts_lower(w));
      // a legacy caps font decodes a place name to lower case: "… THÀNH PHỐ cần thơ" is one name
      bool place = run > 0 && starts_lower(w) &&
                   (last == "PHỐ" || last == "TỈNH" || last == "HUYỆN" || last == "QUẬN" || last == "XÃ");
      // (a one-letter word, "NHÀ Ở", is caps too: is_all_caps wants two letters)
      if (letters && (is_all_caps(w) || (starts_upper(w) && is_all_caps(last + w)))) {
        ++run;
        last = w;
      } else if (letters && run >= 3 && w.find('/') == std::string::npos && !place) {
        add(pos);
        break;
      } else if (letters) run = 0;
      pos = sp + 1;
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<std::string> out;
  std::size_t from = 0;
  cuts.push_back(line.size());
  for (std::size_t c : cuts) {
    std::string part = trim(line.substr(from, c - from));
    while (!part.empty() && (part.back() == '-' || part.back() == '_')) part.pop_back();
    part = trim(part);
    std::size_t lead = 0;
    while (lead < part.size() && (part[lead] == '-' || part[lead] == '_')) ++lead;
    part = trim(part.substr(lead));
    if (!part.empty()) out.push_back(part);
    from = c;
  }
  return out;
}

}  // namespace vanban::parse_detail
