// Owns HTML parsing: turns (already UTF-8) markup into gumbo's tree, guarding gumbo
// against input shapes it handles badly, and offers small read-only helpers over nodes.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "html/arena.h"
#include "html/prepass.h"

namespace newsmark::html {

// Deeper nesting than this is flattened before gumbo sees the markup: gumbo recurses
// on the tree and overflows the WASM stack at about 16,000 levels.
constexpr int kMaxNestingDepth = 512;

class ParsedHtml {
 public:
  // `kept_attributes` are the attributes the caller reads (prepass.h); the others are
  // dropped before parsing. Null keeps them all.
  explicit ParsedHtml(std::string_view utf8_html, const std::vector<AttributeRead>* kept_attributes = nullptr);
  ~ParsedHtml();
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;

  const GumboNode* root() const { return output_->root; }
  const GumboNode* document() const { return output_->document; }
  bool was_flattened() const { return flattened_; }

 private:
  std::string source_;  // gumbo keeps pointers into the source buffer
  Arena arena_;         // gumbo's tree lives here
  bool flattened_ = false;
  GumboOutput* output_ = nullptr;
};

// Attribute value or empty. `name` is lower case: gumbo lower-cases attribute names as it
// reads them, so names compare exactly.
std::string_view attribute(const GumboNode* node, const char* name);
// Whether the element carries the attribute (with any value, empty included).
bool has_attribute(const GumboNode* node, const char* name);
bool is_element(const GumboNode* node, GumboTag tag);
// The lower-case tag name, also for unknown tags.
std::string tag_name(const GumboNode* node);

}  // namespace newsmark::html
