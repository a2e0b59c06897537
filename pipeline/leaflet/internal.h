// Shared inside vanban_leaflet: the rules of data/leaflet.tsv and the
// sentence helpers.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "vanban/leaflet.h"

namespace vanban::leaflet {

extern const char* const kLeafletTsv;  // data/leaflet.tsv, built in

struct Rules {
  std::vector<std::string> about, skip, skip_text, key, cities;  // fold keys
  std::vector<std::pair<std::string, std::string>> qa_heading, qa_sentence;  // fold key → question form
  std::string qa_subject;                    // question form with {subject}
  std::map<std::string, std::string> justice;  // level → office
  std::string url_pattern;
};
const Rules& rules();

std::vector<std::string> words_of(const std::string& s);
std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to);
// `key` (folded) occurs in `folded` as whole words.
bool has_words(const std::string& folded, const std::string& key);
// The sentences of a provision's words, each ending in "." (";" → ".").
std::vector<std::string> sentences(const std::string& text);
// Whole sentences up to max_words; an overlong first sentence is cut after
// a clause and ends with " …". Never inside a word.
std::string shorten(const std::string& text, std::size_t max_words);
std::string first_sentence(const std::string& text, std::size_t max_words);

}  // namespace vanban::leaflet
