// What a legal-database website adds to the text it copies (web_copy.cpp),
// for clean.cpp's debris removal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vanban {

// The site's chunk headers ("Thông tư 43/2023/TT-BTC. Điều 1. …" before each clause): the title off,
// a heading path printed before dropped (the line left empty).
void strip_site_chunks(std::vector<std::string>& raw);
// The line without the site's notes on a provision ("[Điều này được sửa đổi bởi …]").
std::string strip_website_notes(std::string s);
// The line without the site's running title before a heading ("Luật Đất đai 2024. Điều 5.",
// "Quyết định 1500/QĐ-BHXH năm 2015 về … ban hành. Điều 4.").
std::string strip_running_title(std::string s);
// The line with a site's links read as their words ("tại [Phụ lục số 02a](https://…)" → "tại Phụ lục số
// 02a") and its images gone ("![](https://…/image001.gif)").
std::string strip_markdown_links(std::string s);
// Where "Điều N." starts right after a sentence's closing quote mark, npos when it does not.
std::size_t article_after_quote(const std::string& l);

}  // namespace vanban
