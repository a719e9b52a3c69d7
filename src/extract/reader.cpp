#include "extract/reader.h"

#include <string>
#include <string_view>
#include <vector>

namespace newsmark::extract {
namespace {

// The kind of block an element starts, or nullptr for a plain container.
const char* own_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return "h2";  // the page's headline is the only h1
    case GUMBO_TAG_H2: return "h2";
    case GUMBO_TAG_H3: return "h3";
    case GUMBO_TAG_H4: return "h4";
    case GUMBO_TAG_H5: return "h5";
    case GUMBO_TAG_H6: return "h6";
    case GUMBO_TAG_LI: return "li";
    case GUMBO_TAG_BLOCKQUOTE: return "blockquote";
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return "figcaption";
    case GUMBO_TAG_PRE: return "pre";
    case GUMBO_TAG_TR: return "tr";
    default: return nullptr;
  }
}

// `stack` is scratch space, passed in so that the walk allocates nothing.
bool holds_blocks(const GumboNode* node, std::vector<const GumboNode*>& stack) {
  stack.assign(1, node);
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    for (unsigned i = 0; i < child_count(n); ++i) {
      const GumboNode* c = child_at(n, i);
      if (!is_element(c)) continue;
      const GumboTag t = tag_of(c);
      if (t == GUMBO_TAG_BR && starts_br_chain(n, i)) return true;
      // A row's own cells do not make it a container; blocks inside them do.
      const bool own_cell = tag_of(node) == GUMBO_TAG_TR && n == node && (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH);
      if (is_block_tag(t) && !own_cell) return true;
      stack.push_back(c);
    }
  }
  return false;
}

class Reader {
 public:
  Reader(const Grabbed& g, BlockWriter& writer) : g_(g), view_(g.view), writer_(writer) {}

  void read_item(const ContentItem& item) {
    if (item.is_run()) {
      read_children(item.parent, item.begin, item.end, "p");
    } else if (!view_.removed(item.node)) {
      if (g_.whole_body) read_children(item.node, 0, child_count(item.node), "p");
      else read_element(item.node, "p");
    }
    flush();
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next, end;
    std::string_view kind;  // of the loose text inside (kinds are string literals)
    bool block;             // leaving it ends a block
    bool cell;              // a table cell: a space after it
  };

  void read_element(const GumboNode* node, std::string_view kind) {
    stack_.clear();
    enter(node, kind);
    drain();
  }

  void read_children(const GumboNode* parent, unsigned begin, unsigned end, std::string_view kind) {
    stack_.clear();
    stack_.push_back({parent, begin, end, kind, true, false});
    drain();
  }

  void enter(const GumboNode* node, std::string_view outer_kind) {
    const GumboTag tag = tag_of(node);
    const bool row_of_text = tag == GUMBO_TAG_TR && !holds_blocks(node, scratch_);
    const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    // Inline elements wrapping blocks (a link around a whole teaser) read as blocks.
    bool block = is_block_tag(tag) || holds_blocks(node, scratch_);
    std::string_view kind = outer_kind;
    if (const char* own = own_kind(tag)) {
      if (tag != GUMBO_TAG_TR || row_of_text) kind = own;
    } else if (tag == GUMBO_TAG_P && (outer_kind == "blockquote" || outer_kind == "li" || outer_kind == "figcaption")) {
      kind = outer_kind;
    } else if (block && tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) {
      kind = outer_kind == "blockquote" || outer_kind == "li" ? outer_kind : "p";
    }
    if (cell && in_text_row()) block = false;
    if (block) flush();
    stack_.push_back({node, 0, child_count(node), kind, block, cell});
  }

  bool in_text_row() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (tag_of(it->node) == GUMBO_TAG_TR) return it->kind == "tr";
    return false;
  }

  void drain() {
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      if (f.next >= f.end) {
        if (f.cell) loose_ += ' ';
        if (f.block) flush(f.kind);
        stack_.pop_back();
        continue;
      }
      const unsigned index = f.next++;
      const GumboNode* child = child_at(f.node, index);
      if (is_text(child)) {
        loose_ += child->v.text.text;
        loose_kind_ = f.kind;
        continue;
      }
      if (!is_element(child) || view_.removed(child) || is_non_content_tag(tag_of(child))) continue;
      if (tag_of(child) == GUMBO_TAG_BR) {
        if (starts_br_chain(f.node, index)) flush(f.kind);
        else loose_ += '\n';
        continue;
      }
      enter(child, f.kind);
    }
  }

  void flush(std::string_view kind) {
    if (!loose_.empty()) writer_.add(std::string(loose_kind_.empty() ? kind : loose_kind_), loose_);
    loose_.clear();
    loose_kind_ = {};
  }
  void flush() { flush("p"); }

  const Grabbed& g_;
  const View& view_;
  BlockWriter& writer_;
  std::vector<Frame> stack_;
  std::vector<const GumboNode*> scratch_;  // for holds_blocks
  std::string loose_;
  std::string_view loose_kind_;
};

}  // namespace

void read_blocks(const Grabbed& grabbed, BlockWriter& writer) {
  Reader reader(grabbed, writer);
  for (const ContentItem& item : grabbed.items) reader.read_item(item);
}

}  // namespace newsmark::extract
