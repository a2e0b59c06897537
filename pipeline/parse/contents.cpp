// A table of contents (mục lục) printed before the body lists the body's own
// headings ("PHẦN THỨ NHẤT: …", "CHƯƠNG I: …") once more. Read as the body,
// every heading would be there twice and the real ones get suffixed eids
// (part_Ia); read as the header, "Mục lục" becomes the issuer. It is front
// matter: its lines are left out, with a warning that says where they were.
#include "internal.h"
#include "labels.h"

namespace vanban::parse_detail {

namespace {

std::optional<Label> heading_label(const std::string& t) {
  if (auto l = classify(t, false)) return l;
  return classify(t, true);
}

// The label as printed, without its punctuation: "PHẦN THỨ NHẤT:" → "phần thứ nhất"
// ("Phần 1" of a later part is another label with the same number)
std::string printed_label(const std::string& t, const Label& l) {
  std::string s = lower(fold_spaces(t.substr(0, t.size() >= l.rest.size() ? t.size() - l.rest.size() : 0)));
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

bool is_contents_title(const std::string& t) {
  std::string s = lower(trim(t));
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.pop_back();
  return s == "mục lục";
}

}  // namespace

std::vector<TextLine> drop_contents(std::vector<TextLine> L, const Lines& in) {
  // a table of contents comes before the body: near the top, and its entries
  // are repeated within a few hundred lines
  constexpr std::size_t kSearch = 300, kReach = 800;
  for (std::size_t i = 0; i < L.size() && i < kSearch; ++i) {
    if (!is_contents_title(L[i].text)) continue;
    std::size_t j = i + 1;
    while (j < L.size() && trim(L[j].text).empty()) ++j;
    if (j >= L.size()) return L;
    const auto first = heading_label(L[j].text);
    if (!first) return L;  // "Mục lục" over something else: not a list of headings
    for (std::size_t k = j + 1; k < L.size() && k < j + kReach; ++k) {
      const auto again = heading_label(L[k].text);
      if (!again || again->kind != first->kind || again->num != first->num ||
          printed_label(L[k].text, *again) != printed_label(L[j].text, *first))
        continue;
      in.warn(L[i].source_line, "contents.skipped",
              "table of contents (mục lục), lines " + std::to_string(L[i].source_line) + "–" +
                  std::to_string(L[k - 1].source_line) + ", is not read as provisions");
      L.erase(L.begin() + static_cast<std::ptrdiff_t>(i), L.begin() + static_cast<std::ptrdiff_t>(k));
      return L;
    }
    return L;
  }
  return L;
}

}  // namespace vanban::parse_detail
