// Document-local names: a body the document names for itself ("cơ quan, đơn
// vị quản lý, sử dụng công trình … (sau đây gọi là đơn vị thực hiện sửa chữa
// công trình)", "Thành lập Đoàn kiểm tra (sau đây gọi là Đoàn kiểm tra)") and
// then gives duties. The registry cannot know such names; they hold in the
// document that defines them only.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "mentions.h"

namespace vanban::link_detail {

class LocalNames {
 public:
  // Reads the definitions of every provision (heading and text) and letter
  // paragraph of `doc`; names the registry already knows are left to it.
  LocalNames(const Document& doc, const AgencyRegistry& reg);
  LocalNames() = default;

  bool empty() const { return names_.empty(); }
  // The longest name printed at word i whatever follows it (hits() asks for its duty too), its length in
  // words or 0; *e the name.
  std::size_t printed_at(const std::vector<Tok>& t, std::size_t i, const AgencyEntry** e) const;

  // The local names that start at word i of t, as registry hits (kind
  // office: a name by role, taken as the subject of its clause only).
  void hits(const std::vector<Tok>& t, std::size_t i, std::vector<AgencyRegistry::Hit>& out) const;

  // At the definition itself ("cơ quan, đơn vị … (sau đây gọi là N) lập …"):
  // the defined phrase is one mention standing for N, the words after the
  // parenthesis its predicate; mentions inside the phrase give way to it.
  void define(const std::vector<Tok>& t, std::vector<Mention>& ms) const;

  // A body's short form in brackets after the name found ("… khu vực 1 (Chi cục HQCK cảng SGKV 1)"): a
  // local name from here on, standing for that body.
  void learn_short_forms(const std::vector<Tok>& t, std::vector<Mention>& ms, const std::string& text,
                         const AgencyRegistry& reg);

 private:
  std::deque<AgencyEntry> names_;  // (stable addresses: hits point at them)
  std::vector<bool> anywhere_;     // per name: found wherever it is printed, not only as a clause's subject
  // A name of kind office; expansion kStandsFor (a short form, "Quý Sở", a body defined by function) or
  // "alone" (a letter's addressee).
  void add_name(std::string words, std::vector<std::string> keys, const char* expansion, bool anywhere);
  void add_addressee(const std::string& entry, const AgencyRegistry& reg, WordFolds& folds);
  // The local name whose words are t[b, e), or null.
  const AgencyEntry* named(const std::vector<Tok>& t, std::size_t b, std::size_t e) const;
};

// "Cơ quan tiếp nhận văn bản kê khai giá có trách nhiệm …": a sentence that
// opens with a body named by what it does ("Cơ quan …", "Đơn vị …", no
// registry name inside) and goes straight to a duty marker names that body;
// adds it to ms (kept in order) when no mention starts there.
void duty_subjects(const std::vector<Tok>& t, std::vector<Mention>& ms);

}  // namespace vanban::link_detail
