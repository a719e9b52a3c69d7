// Owns the page metadata: title, byline, publication date, site, language and URL,
// read from <meta> tags, JSON-LD and the document <title>, and the JSON-LD articleBody.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace newsmark::extract {

struct PageMetadata {
  std::string title, byline, published, site, lang, url;
  std::string json_ld_body;   // schema.org articleBody, when the page carries one
  bool has_head_data = false;  // any <title>, <meta> or JSON-LD: a page, not a fragment
};

PageMetadata read_metadata(const GumboNode* root);

// The <title> with the site name removed (" | Site", "Site - "), or the page's only h1
// when the title is too short or too long to be a headline.
std::string title_from_document(const GumboNode* root);

// Share of b's words (letters and digits of any script) that also occur in a, 0..1,
// weighted by length.
double text_similarity(std::string_view a, std::string_view b);

// "2025-11-14T09:21:00+09:00" from the usual date spellings (ISO, "2025.11.14 09:21",
// "2025년 11월 14일", RFC 822); the input unchanged when it is none of them.
std::string to_iso8601(std::string_view date);

}  // namespace newsmark::extract
