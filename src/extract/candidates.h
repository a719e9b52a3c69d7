// Owns choosing the article's container: the walk that sets aside hidden and unlikely
// nodes, paragraph scoring propagated to ancestors, the choice of the best candidate,
// and merging its siblings that belong to the article.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dom.h"
#include "extract/node_map.h"

namespace newsmark::extract {

// Heuristics that a retry switches off, one by one, when the article came out short.
struct Flags {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

// One piece of the article: an element, or the inline children [begin, end) of
// `parent` read as one paragraph.
struct ContentItem {
  const GumboNode* node = nullptr;
  const GumboNode* parent = nullptr;
  unsigned begin = 0, end = 0;
  bool is_run() const { return node == nullptr; }
};

// What the walk learned about the page's paragraphs, shared with cleaning.
struct Structure {
  NodeSet paragraph_divs;  // divs of inline content only: paragraphs
  NodeSet collapsed;       // divs that only wrap one <p>
  // Containers whose loose inline children form paragraphs: child index ranges.
  NodeMap<std::vector<std::pair<unsigned, unsigned>>> runs;
};

struct Grabbed {
  explicit Grabbed(const PageFacts& facts) : view(facts) {}

  View view;
  Structure structure;
  std::vector<ContentItem> items;
  std::string byline;  // a byline element found (and set aside) on the way
  const GumboNode* title_heading = nullptr;  // the heading that repeated the title, set aside
  bool whole_body = false;
};

// Finds the article below `body`. `title` is the page title (its duplicate heading is
// set aside); `have_byline` says whether metadata already named the author; `facts` are
// those of the page's elements.
Grabbed grab_article(const GumboNode* body, std::string_view title, bool have_byline, const Flags& flags,
                     const PageFacts& facts);

// +25 per class/id hint of content, -25 per hint of chrome (0 without weighting).
double class_weight(const GumboNode* node, const Flags& flags);

}  // namespace newsmark::extract
