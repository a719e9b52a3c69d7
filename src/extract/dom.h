// Owns the read-only view of gumbo's tree that extraction works on. The tree itself is
// never changed: nodes that extraction sets aside are recorded in a View, and every
// walk and text measure skips them. All walks are iterative (explicit stacks). Also
// owns what each element's own attributes say about it (PageFacts), worked out once.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/hints.h"
#include "extract/node_map.h"

namespace newsmark::extract {

inline bool is_element(const GumboNode* n) { return n && n->type == GUMBO_NODE_ELEMENT; }
inline bool is_tag(const GumboNode* n, GumboTag tag) { return is_element(n) && n->v.element.tag == tag; }
inline GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }
inline bool is_text(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}
inline const GumboNode* child_at(const GumboNode* n, unsigned i) {
  return static_cast<const GumboNode*>(n->v.element.children.data[i]);
}
inline unsigned child_count(const GumboNode* n) {
  return is_element(n) ? n->v.element.children.length : 0;
}

// What a walk does after visiting a node: enter its children, skip them, or stop.
enum class Walk { kEnter, kSkip, kStop };

// Calls visit(node) for every descendant of `root`, text and elements, in document order,
// with an explicit stack (pages can nest deeply). Returns whether a visit stopped the walk.
template <typename Visit>
bool walk_descendants(const GumboNode* root, Visit&& visit) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next >= child_count(node)) {
      stack.pop_back();
      continue;
    }
    const GumboNode* child = child_at(node, next++);
    switch (visit(child)) {
      case Walk::kEnter: stack.push_back({child, 0}); break;
      case Walk::kSkip: break;
      case Walk::kStop: return true;
    }
  }
  return false;
}

bool is_heading(GumboTag tag);
// Elements whose content is never text to read (scripts, styles, forms controls...).
bool is_non_content_tag(GumboTag tag);
// Inline ("phrasing") elements that a paragraph is made of.
bool is_phrasing_tag(GumboTag tag);
// Elements that start a new line of text (the rest reads inline).
bool is_block_tag(GumboTag tag);
// Elements that make a div a container rather than a paragraph.
bool is_block_for_div(GumboTag tag);

// ASCII letters lowered, other bytes kept (what std::tolower does in the C locale,
// without its call per character).
std::string ascii_lower(std::string_view s);
// Whether a text node holds only white space.
bool is_blank(const GumboNode* text_node);
// Whether `br` starts a run of two or more <br> separated only by white space.
bool starts_br_chain(const GumboNode* parent, unsigned index);

// Text measures in UTF-16-like character units, with white space collapsed and trimmed.
struct Measure {
  double length = 0;       // characters
  double link_length = 0;  // characters inside links (in-page links count 0.3)
  int commas = 0;
  int sentence_ends = 0;   // Latin, CJK and Korean sentence endings
  double cjk = 0;          // Hangul, Han and Kana characters
  // For joining measures: whether there is text, and white space at either edge.
  bool has_text = false, space_before = false, space_after = false;

  // The measure of `this` followed by `next`: a space between them counts once.
  void append(const Measure& next);
};

// What an element's own attributes say about it.
struct ElementFacts {
  // The class/id lists that its lower-case "class id" matches (the positive and negative
  // lists aside: class_weight reads class and id one by one).
  HintSet hints = 0;
  bool visible = true;         // neither an inline style, `hidden` nor aria-hidden hides it
  bool modal_dialog = false;   // role="dialog" with aria-modal="true": a pop-up over the page
  bool unlikely_role = false;  // a role of roles-unlikely.txt (navigation, menu...)
  bool names_author = false;   // rel="author", or an itemprop that holds "author"
};

// The facts of a page's elements. They never change, so every attempt and pass of an
// extraction shares them, and each element's are worked out once, when first asked for,
// from one pass over its attributes.
class PageFacts {
 public:
  PageFacts();
  ElementFacts of(const GumboNode* element) const;

 private:
  HintSet class_hints(std::string_view class_name, std::string_view id) const;

  mutable NodeMap<ElementFacts> facts_;
  mutable std::string class_and_id_;  // reused, to build each "class id" without allocating
  mutable std::unordered_map<std::string, HintSet> hints_by_class_and_id_;  // of those without id
  // Those of " ", the "class id" of the many elements with neither.
  HintSet hints_without_class_or_id_;
};

class View {
 public:
  explicit View(const PageFacts& facts) : facts_(&facts) {}
  const PageFacts& page_facts() const { return *facts_; }
  ElementFacts facts(const GumboNode* element) const { return facts_->of(element); }

  bool removed(const GumboNode* n) const { return removed_.contains(n); }
  // Sets the node aside and forgets the measures that included it.
  void remove(const GumboNode* n);

  // Measures the children [begin, end) of `parent` (all children when end is -1).
  Measure measure_children(const GumboNode* parent, unsigned begin, unsigned end) const;
  Measure measure(const GumboNode* node) const;
  double text_length(const GumboNode* node) const { return measure(node).length; }
  // measure(node).has_text, read from the memo or found by walking only as far as the
  // first character: the walk that sets nodes aside asks it of most containers, before
  // the removals below them that would undo a full measure.
  bool has_text(const GumboNode* node) const;
  double link_density(const GumboNode* node) const;
  // The collapsed text of a node.
  std::string text(const GumboNode* node) const;

  // Calls visit(node) for every non-removed descendant element of `root` in document
  // order; visit returns false to skip the element's subtree.
  template <typename Visit>
  void for_each_element(const GumboNode* root, Visit&& visit) const {
    walk_descendants(root, [&](const GumboNode* child) {
      if (!is_element(child) || removed(child)) return Walk::kSkip;
      return visit(child) ? Walk::kEnter : Walk::kSkip;
    });
  }

 private:
  Measure measure_text(const GumboNode* text_node) const;
  // Whether a child element's text is part of its parent's measure.
  bool counts_in_measure(const GumboNode* child) const;
  // The memoised measure of an element, or null when it is unknown.
  const Measure* known_measure(const GumboNode* element) const;

  const PageFacts* facts_;
  NodeSet removed_;
  // Per element, memoised; emptied when a node below is removed.
  mutable NodeMap<std::optional<Measure>> measures_;
};

}  // namespace newsmark::extract
