// Owns the linear pass that runs before gumbo: bounding how deeply elements nest, and
// dropping what the article never needs (scripts other than JSON-LD, styles, comments),
// which is close to half the bytes of a typical news page and would only slow gumbo.
#pragma once

#include <string>
#include <string_view>

namespace newsmark::html {

struct PreparedMarkup {
  std::string markup;
  bool flattened = false;  // some start tags were dropped for being too deep
};

// Returns `markup` with
// - every start tag that would open an element deeper than `max_depth` removed,
//   together with its end tag (the text inside is kept);
// - comments, <style> elements and <script> elements removed, except JSON-LD scripts
//   (type="application/ld+json"), which carry article metadata.
// Everything else is kept byte for byte. The scan tracks nesting the way a tag soup
// reader can: void elements, raw-text elements (script, style, textarea, title, ...),
// and the implied end of a repeated p/li/td/tr/option at the top of the stack.
PreparedMarkup prepare_markup(std::string_view markup, int max_depth);

}  // namespace newsmark::html
