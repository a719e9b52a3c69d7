// Owns the linear pass that runs before gumbo: bounding how deeply elements nest, and
// dropping what the article never needs (scripts other than JSON-LD, styles, comments,
// attributes nobody reads, runs of indentation), which is well over half the bytes of a
// typical news page and would only slow gumbo, whose cost grows with every byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsmark::html {

// An attribute the caller reads. On the element `prefix_only_on` (if set) the caller reads
// no more than the first `prefix_bytes` of its value: <a href> to tell an in-page link
// ("#...") from others. Those bytes are all the pre-pass keeps of such a value.
struct AttributeRead {
  std::string name;            // lower case
  std::string prefix_only_on;  // lower-case element name, or empty: the whole value is read
  std::size_t prefix_bytes = 0;
};

struct PrepassOptions {
  int max_depth = 512;
  // The attributes to keep; null keeps them all, whole.
  const std::vector<AttributeRead>* kept_attributes = nullptr;
};

struct PreparedMarkup {
  std::string markup;
  bool flattened = false;  // some start tags were dropped for being too deep
};

// Returns `markup` with
// - every start tag that would open an element deeper than `max_depth` removed,
//   together with its end tag (the text inside is kept);
// - comments, <style> elements and <script> elements removed, except JSON-LD scripts
//   (type="application/ld+json"), which carry article metadata;
// - attributes not in `kept_attributes` removed from start tags, values read only in part
//   cut to that part (when it is plain ASCII, the same once decoded), and end tags reduced
//   to their name;
// - every run of white space in text outside <pre> and <listing> shortened to one
//   character (a newline if the run had one), which changes no collapsed text.
// Everything else is kept byte for byte. The scan tracks nesting the way a tag soup
// reader can: void elements, raw-text elements (script, style, textarea, title, ...),
// and the implied end of a repeated p/li/td/tr/option at the top of the stack. Start
// tags are read as the HTML tokenizer reads them, so quotes only count inside values.
PreparedMarkup prepare_markup(std::string_view markup, const PrepassOptions& options);

}  // namespace newsmark::html
