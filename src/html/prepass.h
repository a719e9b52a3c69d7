// Owns the linear pass that runs before gumbo: bounding how deeply elements nest, and
// dropping what the article never needs (scripts other than JSON-LD, styles, comments,
// attributes nobody reads, runs of indentation), which is well over half the bytes of a
// typical news page and would only slow gumbo, whose cost grows with every byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsmark::html {

// How the caller reads an attribute, on the elements `elements` (lower-case names; empty:
// on every element). An attribute is kept by the first rule that names it and applies to
// the element, and dropped when none does. A rule may say that the caller reads
// - no more than the first `prefix_bytes` of the value (when non-zero): <a href> to tell
//   an in-page link ("#...") from others. Only those bytes are kept, when they are plain
//   ASCII (so the same once decoded); otherwise the value is kept whole;
// - the value only to find one of `needles` in it (when not empty): lower case and without
//   white space, they are looked for in the value with ASCII letters lowered and ASCII
//   white space (space, \t, \n, \v, \f, \r) removed, and the attribute is dropped when
//   none is found, since then the caller reads it as if it were absent. With `needles_in`
//   set, they are looked for in that other attribute of the same start tag instead (<link
//   href> matters only with rel=canonical). A value with '&', which may be a character
//   reference decoding to anything, always counts as holding them.
struct AttributeRead {
  std::string name;  // lower case
  std::vector<std::string> elements;
  std::size_t prefix_bytes = 0;
  std::vector<std::string> needles;
  std::string needles_in;
};

struct PrepassOptions {
  int max_depth = 512;
  // The attributes to keep, as the caller reads them; null keeps them all, whole.
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
// - attributes not in `kept_attributes` removed from start tags, with those the caller
//   reads as absent (see AttributeRead) and all but the first of a repeated name (gumbo
//   ignores the others), values read only in part cut to that part, and end tags reduced
//   to their name. Start tags whose attributes gumbo's tree builder reads are kept whole:
//   the formatting elements but <a> (b, i, font...: gumbo compares whole attribute lists
//   to forget the earliest of four alike open ones, and never has two <a> open), isindex
//   and annotation-xml. On html and body, whose attributes gumbo takes from a repeated
//   html or body tag when it lacks them, no attribute is dropped for its value;
// - every run of white space in text outside <pre> and <listing> shortened to one
//   character (a newline if the run had one), which changes no collapsed text.
// Everything else is kept byte for byte. The scan tracks nesting the way a tag soup
// reader can: void elements, raw-text elements (script, style, textarea, title, ...),
// and the implied end of a repeated p/li/td/tr/option at the top of the stack. Start
// tags are read as the HTML tokenizer reads them, so quotes only count inside values.
PreparedMarkup prepare_markup(std::string_view markup, const PrepassOptions& options);

}  // namespace newsmark::html
