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
  std::vector<std::string> phrase_break, phrase_keep, adoption;    // fold keys
  std::vector<std::pair<std::string, std::string>> qa_heading, qa_sentence, qa_form;  // fold key → question form
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

// phrase.cpp
// A heading of whole phrases: the first sentence when it has at most
// `limit` words, else cut (with " …") at the last phrase boundary within
// the limit — after ';' or ':', before an opening quotation mark or
// parenthesis, before a `phrase-break` word, after a comma that has at least
// 8 words before it — never inside quotation marks or parentheses, never
// before the third word. "" when there is no such boundary.
std::string phrase_heading(const std::string& text, std::size_t limit);
// A sentence about the document itself: it names it ("nghị quyết này" —
// self_key, folded) with an `adoption` rule's words ("thông qua", "có hiệu
// lực"). Such sentences belong to the document's details, not to points.
bool about_itself(const std::string& sentence, const std::string& self_key);
std::string without_adoption(const std::string& text, const std::string& self_key);
// The words after `key` (folded) in `sentence` up to the clause's end, at
// most max_words: "… thông qua ngày 14 tháng 7 năm 2017." → "ngày 14 …".
std::string words_after(const std::string& sentence, const std::string& key, std::size_t max_words);
// "ngày 14 tháng 7 năm 2017" after `key` in `sentence`, else "".
std::string date_after(const std::string& sentence, const std::string& key);
// Quotation marks and parentheses open so far, word by word: no sentence
// ends and no heading is cut inside them.
struct Nesting {
  int quotes = 0, parens = 0;
  void step(const std::string& word);
  int open() const { return quotes + parens; }
};
// A question phrased from a heading's own words: the first `qa-form` rule
// whose words begin it, else `qa-subject`. "" for a heading cut with "…".
std::string subject_question(const std::string& heading, const std::string& doc_type);

}  // namespace vanban::leaflet
