// Word tests over folded keys, shared by mention finding and role reading.
#include <algorithm>
#include <cstring>
#include <set>

#include "internal.h"
#include "vanban/fold.h"

namespace vanban::link_detail {

bool is_place_word(std::string_view k) {
  static const std::set<std::string, std::less<>> w = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "thị xã",
                                          "thị trấn", "thành phố", "cấp", "đặc", "khu", "trấn", "phố"};
  return w.count(k) > 0;
}

bool has_any(std::string_view s, std::initializer_list<std::string_view> ws) {
  for (const std::string_view k : ws) {
    if (k.empty() || k.size() > s.size()) {  // (as find would: an empty phrase is found everywhere)
      for (std::size_t p = 0; k.empty() && p <= s.size(); ++p)
        if ((p == 0 || s[p - 1] == ' ') && (p == s.size() || s[p] == ' ')) return true;
      continue;
    }
    // the first byte found by memchr, then the word edges and the rest compared
    // here: most places a phrase's first letter occurs are inside other words
    // or start another word, and a call to compare costs more than the test
    const char* const b = s.data();
    const std::size_t last = s.size() - k.size();  // the last place k fits
    for (std::size_t p = 0; p <= last;) {
      const void* hit = std::memchr(b + p, k[0], last - p + 1);
      if (!hit) break;
      p = static_cast<std::size_t>(static_cast<const char*>(hit) - b);
      if ((p == 0 || b[p - 1] == ' ') && (p == last || b[p + k.size()] == ' ')) {
        std::size_t i = 1;
        while (i < k.size() && b[p + i] == k[i]) ++i;
        if (i == k.size()) return true;
      }
      ++p;
    }
  }
  return false;
}

bool starts_any(std::string_view s, std::initializer_list<std::string_view> ws) {
  for (const std::string_view k : ws) {
    // (the first byte before a call to compare: most candidates differ there)
    if (!k.empty() && (s.empty() || s[0] != k[0])) continue;
    if (s.compare(0, k.size(), k) == 0 &&
        (s.size() == k.size() || s[k.size()] == ' ' || s[k.size()] == ',' || s[k.size()] == ':' || s[k.size()] == '.'))
      return true;
  }
  return false;
}

bool ends_any(std::string_view s, std::initializer_list<std::string_view> ws) {
  for (const std::string_view k : ws)
    if (s.size() >= k.size() && s.compare(s.size() - k.size(), k.size(), k) == 0 &&
        (s.size() == k.size() || s[s.size() - k.size() - 1] == ' '))
      return true;
  return false;
}

// The first words of s, about n bytes, cut at a space (never inside a character).
std::string_view head_of(std::string_view s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t p = s.rfind(' ', n);
  return s.substr(0, p == std::string_view::npos ? 0 : p);
}

// Drops a leading parenthetical from the words after a name: ", trong phạm vi
// nhiệm vụ, quyền hạn của mình, giám sát …" → "giám sát …".
bool scope_phrase(std::string_view k) {
  return starts_any(k, {"trong phạm vi", "theo chức năng", "theo phạm vi", "căn cứ chức năng", "theo thẩm quyền",
                        "trong lĩnh vực", "theo nhiệm vụ"});
}

std::string strip_parenthetical(std::string s) {
  while (!s.empty() && (s[0] == ',' || s[0] == ' ')) s.erase(0, 1);
  // "chủ đầu tư (người đề nghị cấp phép xây dựng) được chọn …": a gloss of the name before its grant
  // (only then: "(chủ trì)" after a name is its role)
  if (s.rfind("( ", 0) == 0) {
    const std::size_t q = s.find(" ) ");
    if (q != std::string::npos && starts_any(std::string_view(s).substr(q + 3), {"được", "có quyền"})) return s.substr(q + 3);
  }
  if (!scope_phrase(s)) return s;
  for (const char* end : {"của mình , ", "được giao , ", "quản lý , ", "theo quy định , ", "của ngành , ",
                          "thẩm quyền , ", "quyền hạn , "}) {
    std::size_t p = s.find(end);
    if (p != std::string::npos) return s.substr(p + std::string(end).size());
  }
  // "theo chức năng, nhiệm vụ, lĩnh vực được giao chủ động …", "theo nhiệm vụ, quyền hạn đã
  // được pháp luật quy định tổ chức kiểm tra …": no closing comma
  for (const char* end : {"được giao ", "của mình ", "pháp luật quy định "}) {
    std::size_t p = s.find(end);
    if (p != std::string::npos && p < 80) return s.substr(p + std::string(end).size());
  }
  return s;
}

// The words after a name begin a directive ("tổ chức lập …", "có trách nhiệm …").
bool directive_verb(std::string_view post) {
  return starts_any(post, {"có trách nhiệm", "chịu trách nhiệm", "chủ trì", "tổ chức", "thực hiện", "triển khai",
                           "tham mưu", "hướng dẫn", "xây dựng", "rà soát", "phối hợp", "báo cáo", "theo dõi",
                           "giám sát", "kiểm tra", "khẩn trương", "chủ động", "lập", "bố trí", "đôn đốc"});
}

// The words after a name narrate what the body did ("Công an tỉnh đã tổ chức
// kiểm tra 04 lượt", "Ủy ban nhân dân các cấp … đã triển khai"): a report's
// or a preamble's account, no directive — unless a duty follows in the same
// words ("Các đơn vị đã được giao … có trách nhiệm …").
bool narrates(const std::string& post) {
  if (!starts_any(post, {"đã", "đều đã", "cũng đã", "vẫn", "chưa", "đang"})) return false;
  // (the haste of what was done is past too: "Quốc hội, …, Chính phủ, Thủ tướng Chính phủ đã khẩn trương ban
  // hành, sửa đổi, bổ sung nhiều văn bản …", NQ 61/2022/QH15's assessment; "cần khẩn trương" is a task)
  if (starts_any(post, {"đã khẩn trương", "đều đã khẩn trương", "cũng đã khẩn trương"}))
    return !has_any(post, {"có trách nhiệm", "chịu trách nhiệm", "phải", "cần", "tiếp tục"});
  return !has_any(post, {"có trách nhiệm", "chịu trách nhiệm", "phải", "cần", "tiếp tục", "khẩn trương"});
}

// "Thành lập đoàn giám sát, kiểm tra thực tế, kiểm tra liên ngành": a team
// named by its checks ("đoàn", "tổ" + the checks listed, each with its
// qualifier), a noun the body sets up, not its oversight of others; the
// team's words go (not "công đoàn giám sát …", the trade union's verb, nor a
// team that checks the carrying out: "đoàn kiểm tra việc thực hiện …")
static void blank_delegation(std::string& k) {
  static constexpr std::string_view checks[] = {"giám sát", "kiểm tra", "thanh tra"};
  auto check_at = [&](std::size_t p) -> std::size_t {
    for (const std::string_view c : checks)
      if (k.compare(p, c.size(), c) == 0 && (p + c.size() == k.size() || k[p + c.size()] == ' ')) return c.size();
    return 0;
  };
  static constexpr std::string_view comma = " , ", va = " và ";
  auto separator = [&](std::size_t q) {  // " , ", " . ", " ; ", " : ", " ( ", " ) ", " và " or the end
    return q >= k.size() || k.compare(q, va.size(), va) == 0 || (q + 2 < k.size() && k[q] == ' ' && k[q + 2] == ' ' &&
                             std::string_view(",.;:()").find(k[q + 1]) != std::string_view::npos) ||
           (q + 2 == k.size() && k[q] == ' ');
  };
  static constexpr std::string_view union_word = "công ";
  for (const std::string_view team : {"đoàn ", "tổ "})
    for (std::size_t p = k.find(team); p != std::string::npos; p = k.find(team, p + 1)) {
      if ((p > 0 && k[p - 1] != ' ') ||
          (p >= union_word.size() && k.compare(p - union_word.size(), union_word.size(), union_word) == 0))
        continue;
      std::size_t e = p + team.size();
      if (!check_at(e)) continue;
      bool carrying_out = false;
      for (;;) {
        e += check_at(e);
        // its qualifier, up to a separator ("thực tế", "liên ngành")
        static constexpr std::string_view viec = " việc ";
        if (k.compare(e, viec.size(), viec) == 0) carrying_out = true;
        while (!separator(e)) {
          const std::size_t sp = k.find(' ', e + 1);
          e = sp == std::string::npos ? k.size() : sp;
        }
        std::size_t q = e;
        if (k.compare(q, comma.size(), comma) == 0) q += comma.size();
        else if (k.compare(q, va.size(), va) == 0) q += va.size();
        else break;
        if (!check_at(q)) break;
        e = q;
      }
      if (!carrying_out) k.replace(p, e - p, "-");
    }
}

// Oversight among the body's duties: "đôn đốc", "kiểm tra việc …", or
// "kiểm tra" as one verb of a list ("hướng dẫn, chỉ đạo, kiểm tra"); not the
// checking it has others do ("hướng dẫn các cơ quan kiểm tra tài chính") nor
// the oversight it is under ("có sự giám sát, kiểm tra của …").
bool checks_a_file(std::string_view key) {
  if (!starts_any(key, {"kiểm tra"})) return false;
  if (starts_any(key, {"kiểm tra hồ sơ", "kiểm tra tính đầy đủ", "kiểm tra tính hợp lệ", "kiểm tra tính hợp pháp"}))
    return true;
  // a file checked to be approved: "cơ quan có thẩm quyền có trách nhiệm kiểm tra, đánh giá và phê duyệt kế
  // hoạch quản lý rủi ro …" (TT 24/2025/TT-BCT Điều 7) — the approval's step, not oversight of others' work
  if (starts_any(key, {"kiểm tra , đánh giá và phê duyệt", "kiểm tra và phê duyệt", "kiểm tra , thẩm định và phê duyệt"}))
    return true;
  // goods or papers checked by the body itself, a step of its procedure ("Bộ Nông nghiệp và Phát triển nông
  // thôn có trách nhiệm kiểm tra đối với lô hàng thực phẩm xuất khẩu …", NĐ 15/2018 Điều 23; "cơ quan hải
  // quan kiểm tra thời hạn của chứng từ chứng nhận xuất xứ", TT 62/2019): the goods or the paper named
  // within the check's first words, before any "việc" (others' doing: "kiểm tra việc nhập khẩu hàng hóa")
  const std::string_view head = key.substr(0, std::min<std::size_t>(key.size(), 64));
  const std::size_t at = std::min({head.find("lô hàng"), head.find("hàng hóa"), head.find("hàng hoá"), head.find("chứng từ")});
  if (at == std::string_view::npos) return false;
  const std::string_view before = head.substr(0, at);
  return before.find(" việc") == std::string_view::npos && before.find(';') == std::string_view::npos &&
         before.find("giám sát") == std::string_view::npos && before.find("theo dõi") == std::string_view::npos;
}

bool supervises(std::string_view key) {
  if (has_any(key, {"sự giám sát", "sự kiểm tra"})) return false;
  std::string blanked;
  if (has_any(key, {"đoàn", "tổ"})) {
    blanked = key;
    blank_delegation(blanked);
    key = blanked;
  }
  if (has_any(key, {"đôn đốc", "kiểm tra việc thực hiện", "kiểm tra việc triển khai", "kiểm tra việc thi hành",
                    "giám sát việc thi hành", "theo dõi việc thi hành", "giám sát việc thực hiện",
                    "theo dõi việc thực hiện", "theo dõi thực hiện", "giám sát thực hiện", "kiểm tra , giám sát",
                    "và giám sát",
                    // checks on compliance directed ("Chỉ đạo kiểm tra việc chấp hành pháp luật trong việc xây
                    // dựng nhà ở …", Luật 65/2025 Điều 17), and compliance overseen: others' keeping the law (a
                    // check the body makes itself, "Kiểm tra việc chấp hành pháp luật về giá của các tổ chức, cá
                    // nhân kinh doanh", is its own enforcement: QĐ 70/2024 Hà Nội)
                    "chỉ đạo kiểm tra việc chấp hành", "giám sát việc chấp hành", "giám sát việc tuân theo",
                    // a council's standing body steering its committees' oversight ("chỉ đạo, điều hòa hoạt động
                    // giám sát … của các Ban của Hội đồng nhân dân tỉnh", NQ 05/2017 Cao Bằng; Luật Hoạt động giám sát)
                    "điều hòa hoạt động giám sát", "điều hoà hoạt động giám sát"}))
    return true;
  // "hướng dẫn, chỉ đạo, kiểm tra": but "thanh tra, kiểm tra" is an inspection, a task of its own
  // (nor "tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ": a dossier checked on receipt, a step of a procedure)
  for (std::size_t p = key.find(", kiểm tra"); p != std::string::npos; p = key.find(", kiểm tra", p + 1))
    if (!(p >= 10 && key.compare(p - 10, 10, "thanh tra ") == 0) &&
        // (nor "thẩm định hồ sơ, kiểm tra đánh giá thực tế cơ sở": the applicant's premises assessed, NĐ 14/2026)
        !checks_a_file(key.substr(p + 2)) && !starts_any(key.substr(p + 2), {"kiểm tra đánh giá thực tế"}))
      return true;
  // "Hướng dẫn và kiểm tra hoạt động tự quản của thôn" (Luật 65/2025 Điều 23): guiding and checking a
  // lower unit's work, as "hướng dẫn, kiểm tra" is
  if (has_any(key, {"hướng dẫn và kiểm tra hoạt động", "chỉ đạo và kiểm tra hoạt động"})) return true;
  // "…, có nhiệm vụ thẩm tra dự thảo nghị quyết, …, giám sát, kiến nghị về những vấn đề thuộc lĩnh vực Ban
  // phụ trách" (Luật 65/2025 Điều 27): oversight as one item of the body's list of duties (not "phối hợp và
  // phát huy vai trò của Ủy ban Mặt trận …, giám sát, phản biện xã hội …", Điều 7: the Front's own work)
  constexpr std::string_view listed = ", giám sát , ";
  const std::size_t item = key.find(listed);
  if (item == std::string_view::npos) return false;
  const std::string_view duties = key.substr(0, item);
  return has_any(duties, {"có nhiệm vụ", "có trách nhiệm"}) && !has_any(duties, {"phát huy vai trò"}) &&
         !starts_any(key.substr(item + listed.size()), {"phản biện"});
}

namespace {
// ("Đối tượng điều chỉnh": the older decrees' name for whom the document governs, NĐ 114/2003)
constexpr std::string_view scope_labels[] = {"đối tượng áp dụng", "phạm vi điều chỉnh", "phạm vi áp dụng",
                                             "phạm vi và đối tượng áp dụng", "giải thích từ ngữ",
                                             "đối tượng điều chỉnh"};
}

bool scope_label(std::string_view k) {
  for (const std::string_view l : scope_labels)
    if (starts_any(k, {l})) return true;
  return false;
}

bool only_scope_label(std::string_view k) {
  if (!k.empty() && (k.back() == ':' || k.back() == '.')) k.remove_suffix(1);
  return std::find(std::begin(scope_labels), std::end(scope_labels), k) != std::end(scope_labels);
}

bool duty_lead_in(std::string_view lead_in) {
  // "Trách nhiệm của X:", and the names a letter's list is addressed to: "Yêu cầu đối với X:",
  // "Đề nghị X:" over duties without a subject
  // ("Trách nhiệm của cơ quan Công an tỉnh, Công an cấp xã:": the body noun before the names;
  // a decree's "Nghĩa vụ của chủ đầu tư …" heading over the investor's duties)
  // ("Điều 16. Trách nhiệm Sở Công Thương": the same heading without "của", the words alone before the name)
  return (starts_any(lead_in, {"trách nhiệm", "nhiệm vụ", "nghĩa vụ"}) && ends_any(lead_in, {"của", "của cơ quan", "của các cơ quan"})) ||
         lead_in == "trách nhiệm" || lead_in == "nhiệm vụ" || lead_in == "nghĩa vụ" ||
         lead_in == "yêu cầu đối với" || lead_in == "đối với" || lead_in == "đề nghị";
}

bool within_remit(std::string_view lead_in) {
  // "Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân các cấp … có trách nhiệm sau đây:" (Luật
  // 15/2012 Điều 17, 18): within what the body acts, not who — the clause still names a body over its list
  // ("Ngoài trách nhiệm tại khoản 1 nêu trên, các Bộ ngành có các trách nhiệm sau:", NQ 15/2026/NQ-CP: the
  // duties besides those already given, the same list)
  return lead_in.size() < 90 && ((starts_any(lead_in, {"trong phạm vi", "theo chức năng"}) &&
                                  ends_any(lead_in, {"của mình ,", "được giao ,"})) ||
                                 (starts_any(lead_in, {"ngoài trách nhiệm", "ngoài nhiệm vụ", "ngoài các nhiệm vụ"}) &&
                                  ends_any(lead_in, {","})));
}

namespace {
// A duty that opens with checks ("Kiểm tra, thanh tra, xử lý vi phạm … trong việc thực hiện pháp luật về
// xử lý vi phạm hành chính", "Thường xuyên kiểm tra, thanh tra và kịp thời xử lý đối với vi phạm của người
// có thẩm quyền … thuộc phạm vi quản lý của mình": Luật 15/2012 Điều 17.5, 18.1) and whose clause names
// what is checked as the carrying out of the law or the acts of officials: a check on others' work.
bool inspects_officials(std::string_view key) {
  constexpr std::string_view often = "thường xuyên ";
  if (key.substr(0, often.size()) == often) key.remove_prefix(often.size());
  if (!starts_any(key, {"kiểm tra , thanh tra", "thanh tra , kiểm tra"})) return false;
  const std::string_view clause = key.substr(0, std::min(key.find(" ; "), key.size()));
  return has_any(clause, {"việc thực hiện pháp luật", "việc thi hành pháp luật", "của người có thẩm quyền"});
}
}  // namespace

bool oversees(std::string_view key) {
  // checks made on other bodies ("kiểm tra các sở quản lý ngành, lĩnh vực và
  // Ủy ban nhân dân cấp huyện"): oversight, whatever else the duty says
  for (const std::string_view v : {"kiểm tra ", "giám sát "})
    for (std::size_t p = key.find(v); p != std::string_view::npos; p = key.find(v, p + 1))
      if ((p == 0 || key[p - 1] == ' ') &&
          starts_any(key.substr(p + v.size()), {"các sở", "các cơ quan", "các đơn vị", "các bộ", "các ngành", "ủy ban nhân dân",
                                                 "các địa phương", "cơ quan , đơn vị"}))
        return true;
  // and on others' work ("Kiểm tra, đánh giá công việc của Chủ nhiệm và các Phó chủ nhiệm hợp tác xã
  // …", Luật 18/2003: the board checks its executive's work; not "kiểm tra hoạt động của các doanh
  // nghiệp", enforcement on private parties)
  for (std::size_t p = key.find("kiểm tra "); p != std::string_view::npos; p = key.find("kiểm tra ", p + 1))
    if ((p == 0 || key[p - 1] == ' ') &&
        starts_any(key.substr(p), {"kiểm tra công việc của", "kiểm tra , đánh giá công việc của"}))
      return true;
  if (inspects_officials(key)) return true;
  // the monitoring of goods or the equipment that does it ("kiểm tra, giám
  // sát hải quan", "camera giám sát") is the body's own enforcement; a field
  // of work named ("phối hợp … trong công tác thanh tra, kiểm tra, giám sát")
  // is no verb of the body's
  std::string k(key);
  blank_delegation(k);
  // (nor the construction law's supervision of works, "giám sát thi công xây dựng", one of the building
  // activities it defines, done by who is hired for it — "tư vấn giám sát", "người giám sát": Luật 135/2025
  // Điều 60, "Chủ đầu tư … Thuê tư vấn giám sát để thực hiện giám sát thi công xây dựng công trình …")
  for (const char* x : {"giám sát hải quan", "thiết bị giám sát", "camera giám sát", "sự giám sát", "sự theo dõi",
                        "sự kiểm tra", "trong công tác thanh tra , kiểm tra , giám sát", "trong công tác kiểm tra , giám sát",
                        "trong công tác giám sát", "giám sát thi công", "tư vấn giám sát", "người giám sát",
                        "kết quả giám sát"}) {
    const std::size_t n = std::string_view(x).size();
    for (std::size_t p = k.find(x); p != std::string::npos; p = k.find(x, p)) k.replace(p, n, "-");
  }
  // "Chỉ đạo lực lượng Công an xã, phường tăng cường tuần tra, kiểm tra …":
  // the checks after "chỉ đạo <units>", to the clause's end, are the units'
  // work, not the body's oversight (not "chỉ đạo, kiểm tra", the body's verbs)
  constexpr std::string_view directs = "chỉ đạo ";
  for (std::size_t p = k.find(directs); p != std::string::npos; p = k.find(directs, p + 1)) {
    if ((p > 0 && k[p - 1] != ' ') ||
        !starts_any(std::string_view(k).substr(p + directs.size()), {"các", "lực lượng", "cơ quan", "đơn vị", "phòng", "công an"}))
      continue;
    const std::size_t e = std::min({k.find(" ; ", p), k.find(" . ", p), k.size()});
    k[p] = '-';
    k.erase(p + 1, e - p - 1);
  }
  // "Phối hợp với các cơ quan chức năng rà soát, kiểm tra …": the check is
  // theirs, the body helps (its clause up to "; " or ". ")
  if (starts_any(k, {"phối hợp với", "phối hợp chặt chẽ với"})) {
    const std::size_t e = std::min({k.find(" ; "), k.find(" . "), k.size()});
    k[0] = '-';
    k.erase(1, e - 1);
  }
  // a patrol ("tuần tra, kiểm tra tại các khu vực") is the body's own enforcement
  constexpr std::string_view patrol = "tuần tra , kiểm tra";
  for (std::size_t p = k.find(patrol); p != std::string::npos; p = k.find(patrol, p)) {
    k[p] = '-';
    k.erase(p + 1, patrol.size() - 1);
  }
  return supervises(k) || has_any(k, {"giám sát", "theo dõi"});
}

bool coordinates(std::string_view key) {
  // "Phối hợp tham gia kiểm tra liên ngành …", "…; phối hợp xử lý nghiêm …":
  // a clause of its own that opens with "phối hợp"; "Chủ trì, phối hợp với
  // X" leads with X's help
  for (std::size_t p = key.find("phối hợp"); p != std::string_view::npos; p = key.find("phối hợp", p + 1)) {
    const bool opens = p == 0 || (p >= 2 && key.compare(p - 2, 2, "; ") == 0) || (p >= 2 && key.compare(p - 2, 2, ". ") == 0);
    if (opens && !starts_any(key.substr(p), {"phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng"})) return true;
  }
  return false;
}

bool report_directs(std::string_view before, std::string_view after) {
  // a request now, not one told as past ("đã giao …")
  for (const std::string_view v : {"giao", "giao cho", "yêu cầu"}) {
    if (!ends_any(before, {v})) continue;
    if (before.size() == v.size() || !ends_any(before.substr(0, before.size() - v.size() - 1), {"đã"})) return true;
  }
  return starts_any(after, {"có trách nhiệm", "chịu trách nhiệm", "phải", "cần", "khẩn trương"});
}

// "các tổ chức, cá nhân", "các doanh nghiệp": private parties are not
// assigned; a mixed collective ("các cơ quan, tổ chức, cá nhân") is.
bool private_parties(std::string_view key) {
  // "các tổ chức hoạt động khai thác khoáng sản liên quan" (a task table's
  // coordinators): the businesses of a trade, even when "liên quan" follows
  if (has_any(key, {"tổ chức hoạt động", "cá nhân hoạt động", "doanh nghiệp hoạt động"})) return true;
  // "các tổ chức, cá nhân có liên quan" in an implementation article: the
  // parties the document concerns, told to carry it out (QĐ 3745/2021 gold)
  if (has_any(key, {"liên quan"})) return false;
  if (role_holder(key)) return false;
  // what they were granted is no public word: "các tổ chức, cá nhân được cấp giấy phép"
  if (const std::size_t p = key.find(" được "); p != std::string_view::npos) key = key.substr(0, p);
  if (has_any(key, {"cơ quan", "đơn vị", "sở", "ban", "ngành", "địa phương", "bộ", "cấp", "đoàn thể", "ủy ban",
                    "chính quyền", "chính trị", "hội", "lực lượng",
                    // "các tổ chức thành viên của Mặt trận": the Front's member organisations
                    "mặt trận",
                    // "Tổ chức công đoàn"; "Tổ chức tư vấn xác định giá đất" acts for the state (a role-holder)
                    "công đoàn", "tư vấn",
                    // "Tổ chức thu phí" collects for the state (Luật Phí và lệ phí)
                    "thu phí", "thu lệ phí"}))
    return false;
  return has_any(key, {"tổ chức", "cá nhân", "doanh nghiệp", "hộ gia đình", "người"});
}

bool unassigned_parties(std::string_view key, const KeyText& keys, std::size_t b, std::size_t e, std::size_t n) {
  if (!private_parties(key)) return false;
  // "Trong quá trình triển khai thực hiện, nếu có vướng mắc, các tổ chức, cá nhân kịp thời phản ánh về Sở …":
  // the parties the document concerns, told to report on it (gold of QĐ 40/2025 Hà Nội, QĐ 11/2026 Lào Cai);
  // only so told, not asked ("đề nghị các tổ chức, cá nhân phản ánh về Bộ Tài chính": TT 120/2002's gold
  // has no one there, TT 56/2024's the parties — the two disagree, the request is left as it was)
  const std::string_view before = keys.joined(0, b);
  return !starts_any(keys.joined(e, std::min(n, e + 4)), {"phản ánh", "kịp thời phản ánh"}) ||
         !has_any(before, {"vướng mắc"}) || ends_any(before, {"đề nghị"});
}

bool hands_work(std::string_view p2) { return ends_any(p2, {"giao", "giao cho", "giao nhiệm vụ", "giao nhiệm vụ cho"}); }

bool trade_after(std::string_view key, std::string_view after) {
  // "yêu cầu các đơn vị khai thác khoáng sản nghiêm túc thực hiện", "các đơn vị hoạt động khoáng
  // sản": the mining businesses (not "các đơn vị hoạt động theo loại hình sự nghiệp")
  return ends_any(key, {"đơn vị", "doanh nghiệp"}) &&
         starts_any(after, {"khai thác khoáng sản", "khai thác , thu hồi khoáng sản", "hoạt động khoáng sản",
                            "hoạt động khai thác khoáng sản"});
}

std::string join_keys(const std::vector<Tok>& t, std::size_t b, std::size_t e) {
  std::string s;
  for (std::size_t i = b; i < e && i < t.size(); ++i) {
    if (!s.empty()) s += ' ';
    s += t[i].key;
  }
  return s;
}

bool negated_at(const std::vector<Tok>& t, std::size_t p) {
  return p > 0 && p <= t.size() && (t[p - 1].key == "không" || t[p - 1].key == "chưa");
}

std::string capitalise(std::string s) {
  std::string first = s.substr(0, (unsigned char)s[0] < 0x80 ? 1 : ((unsigned char)s[0] >= 0xE0 ? 3 : 2));
  static const std::pair<const char*, const char*> up[] = {
      {"c", "C"}, {"ủ", "Ủ"}, {"u", "U"}, {"t", "T"}, {"b", "B"}, {"s", "S"}, {"đ", "Đ"}, {"n", "N"}, {"p", "P"},
      {"h", "H"}, {"g", "G"}, {"v", "V"}, {"k", "K"}, {"l", "L"}, {"m", "M"}, {"q", "Q"}, {"x", "X"}, {"d", "D"},
      {"a", "A"}, {"o", "O"}, {"e", "E"}, {"i", "I"}, {"r", "R"}, {"y", "Y"}, {"ỷ", "Ỷ"}};
  for (auto& [lo, hi] : up)
    if (first == lo) return hi + s.substr(first.size());
  return s;
}

}  // namespace vanban::link_detail
