// Owns finding the article in a page: choosing the content container, reading its
// blocks in order, and the page metadata (title, byline, date, site, language, URL).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annotate/document.h"
#include "html/parse.h"

namespace newsmark::extract {

// The attributes extraction reads (data/attributes-read.txt): parse pages with these kept.
const std::vector<html::AttributeRead>& attributes_read();

// The article of a parsed page. A fragment with no page around it is all article.
Article extract_article(const html::ParsedHtml& page);

// Plain text: paragraphs are separated by blank lines; single newlines are kept
// as separate blocks too when the text has no blank lines at all.
Article article_from_text(std::string_view text);

// "ko", "en", "ja", "zh" from the script mix, or "" when there are no letters.
std::string detect_language(std::string_view text);

}  // namespace newsmark::extract
