#include "extract/cleaning.h"

#include <algorithm>
#include <bitset>

#include "extract/blocks.h"
#include "extract/hints.h"
#include "html/parse.h"

namespace newsmark::extract {
namespace {

constexpr double kShareTextLimit = 500;

bool has_ancestor(const GumboNode* node, GumboTag tag, int max_depth) {
  int depth = 0;
  for (const GumboNode* p = node->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    if (max_depth > 0 && depth > max_depth) return false;
    if (tag_of(p) == tag) return true;
    ++depth;
  }
  return false;
}

class Cleaner {
 public:
  Cleaner(Grabbed& g, const Flags& flags) : g_(g), view_(g.view), flags_(flags) {}

  void run() {
    list_article();
    mark_data_tables();
    clean_conditionally(GUMBO_TAG_FORM);
    clean_conditionally(GUMBO_TAG_FIELDSET);
    remove_all({GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_FOOTER, GUMBO_TAG_LINK, GUMBO_TAG_ASIDE});
    remove_share_elements();
    remove_all({GUMBO_TAG_IFRAME, GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON});
    for (std::size_t h : elements({GUMBO_TAG_H1, GUMBO_TAG_H2}))
      if (class_weight(all_[h].element, flags_) < 0) remove(h);
    clean_conditionally(GUMBO_TAG_TABLE);
    clean_conditionally(GUMBO_TAG_UL);
    clean_conditionally(GUMBO_TAG_DIV);
  }

 private:
  // An element of the article. Every pass reads this list, in document order, where each
  // would walk the tree again, and every removal goes through it, so that whether an
  // element is still in the article is a flag rather than a look at all its ancestors.
  struct Listed {
    const GumboNode* element;
    GumboTag tag;
    std::size_t end = 0;     // the index past its descendants
    bool root = false;       // an item, or an element of an item's run
    bool share = false;      // hinted as a share bar
    bool set_aside = false;  // removed, or inside a removed element
  };

  // Lists the article's elements still in it: each item (but the body, when the article
  // is the whole body) or element of an item's run, then its descendants.
  void list_article() {
    for (const ContentItem& item : g_.items) {
      if (item.is_run()) {
        for (unsigned i = item.begin; i < item.end; ++i) list_tree(child_at(item.parent, i), true);
      } else {
        list_tree(item.node, !g_.whole_body || item.node != g_.items.front().node);
      }
    }
  }

  void list_tree(const GumboNode* root, bool with_root) {
    if (!is_element(root) || view_.removed(root)) return;
    constexpr std::size_t kUnlisted = ~std::size_t{0};
    struct Frame {
      const GumboNode* element;
      unsigned next;
      std::size_t index;  // in all_
    };
    std::vector<Frame> stack{{root, 0, with_root ? list(root, true) : kUnlisted}};
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next >= child_count(top.element)) {
        if (top.index != kUnlisted) all_[top.index].end = all_.size();
        stack.pop_back();
        continue;
      }
      const GumboNode* child = child_at(top.element, top.next++);
      if (is_element(child) && !view_.removed(child)) stack.push_back({child, 0, list(child, false)});
    }
  }

  std::size_t list(const GumboNode* e, bool root) {
    Listed listed{e, tag_of(e)};
    listed.root = root;
    listed.share = view_.facts(e).hints & kShare;
    all_.push_back(listed);
    return all_.size() - 1;
  }

  // The listed elements with one of `tags` that are still in the article, in document order.
  std::vector<std::size_t> elements(std::initializer_list<GumboTag> tags) const {
    std::bitset<GUMBO_TAG_LAST + 1> wanted;
    for (GumboTag tag : tags) wanted.set(tag);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < all_.size(); ++i)
      if (wanted[all_[i].tag] && !all_[i].set_aside) out.push_back(i);
    return out;
  }

  void remove(std::size_t listed) {
    view_.remove(all_[listed].element);
    for (std::size_t i = listed; i < all_[listed].end; ++i) all_[i].set_aside = true;
  }

  void remove_all(std::initializer_list<GumboTag> tags) {
    for (std::size_t e : elements(tags)) remove(e);
  }

  // Below the items (an item and its run are kept whatever their class).
  void remove_share_elements() {
    for (std::size_t i = 0; i < all_.size();) {
      const Listed& e = all_[i];
      if (e.set_aside) {
        i = e.end;
      } else if (!e.root && e.share && view_.text_length(e.element) < kShareTextLimit) {
        remove(i);
        i = e.end;
      } else {
        ++i;
      }
    }
  }

  // Data tables (real rows and columns of facts) are kept whole.
  void mark_data_tables() {
    for (std::size_t table : elements({GUMBO_TAG_TABLE}))
      if (is_data_table(all_[table].element)) data_tables_.push_back(all_[table].element);
  }

  bool is_data_table(const GumboNode* table) const {
    if (html::attribute(table, "role") == "presentation" || html::attribute(table, "datatable") == "0") return false;
    if (!html::attribute(table, "summary").empty()) return true;
    bool data_descendant = false, nested_table = false;
    int rows = 0, columns = 0;
    view_.for_each_element(table, [&](const GumboNode* e) {
      switch (tag_of(e)) {
        case GUMBO_TAG_CAPTION:
          if (child_count(e) > 0) data_descendant = true;
          break;
        case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TH:
          data_descendant = true;
          break;
        case GUMBO_TAG_TABLE:
          nested_table = true;
          return false;
        case GUMBO_TAG_TR: {
          ++rows;
          int cells = 0;
          for (unsigned i = 0; i < child_count(e); ++i)
            if (tag_of(child_at(e, i)) == GUMBO_TAG_TD || tag_of(child_at(e, i)) == GUMBO_TAG_TH) ++cells;
          columns = std::max(columns, cells);
          break;
        }
        default:
          break;
      }
      return true;
    });
    if (data_descendant) return true;
    if (nested_table) return false;
    if (rows == 1 || columns == 1) return false;
    if (rows >= 10 || columns > 4) return true;
    return rows * columns > 10;
  }

  bool is_data_table_node(const GumboNode* n) const {
    return std::find(data_tables_.begin(), data_tables_.end(), n) != data_tables_.end();
  }

  bool inside_data_table(const GumboNode* node) const {
    for (const GumboNode* p = node->parent; p && is_element(p); p = p->parent)
      if (tag_of(p) == GUMBO_TAG_TABLE && is_data_table_node(p)) return true;
    return false;
  }

  // Text groups whose outermost elements' text the census sums.
  enum TextGroup : unsigned { kListText = 1, kHeadingText = 2, kTextishText = 4 };

  static unsigned text_groups(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        return kListText | kTextishText;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
        return kHeadingText;
      case GUMBO_TAG_SPAN: case GUMBO_TAG_FONT: case GUMBO_TAG_LI: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_IMG: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
      case GUMBO_TAG_TABLE:
        return kTextishText;
      default:
        return 0;
    }
  }

  // What should_remove weighs below a node, counted over the descendants that are still
  // in the article.
  struct Census {
    int paragraphs = 0;  // as the scoring saw them: <p>, paragraph divs and inline runs
    int images = 0, list_items = 0, inputs = 0, embeds = 0;
    // Text length inside lists, headings and text-holding elements (outermost only).
    double list_text = 0, heading_text = 0, textish_text = 0;
    bool holds_data_table = false;
  };

  // The inline runs of a div or <p> that the scoring read as paragraphs.
  int runs_of(const GumboNode* e) const {
    if (tag_of(e) != GUMBO_TAG_DIV && tag_of(e) != GUMBO_TAG_P) return 0;
    const auto* runs = g_.structure.runs.find(e);
    return runs ? static_cast<int>(runs->size()) : 0;
  }

  // One walk for every count, where each used to take a walk of its own.
  Census take_census(const GumboNode* node) const {
    Census census;
    census.paragraphs = runs_of(node);
    struct Frame {
      const GumboNode* element;
      unsigned next;
      unsigned inside;  // the text groups of the element or an ancestor below `node`
    };
    std::vector<Frame> stack{{node, 0, 0}};
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next >= child_count(top.element)) {
        stack.pop_back();
        continue;
      }
      const GumboNode* e = child_at(top.element, top.next++);
      if (!is_element(e) || view_.removed(e)) continue;
      const GumboTag tag = tag_of(e);
      switch (tag) {
        case GUMBO_TAG_IMG: ++census.images; break;
        case GUMBO_TAG_LI: ++census.list_items; break;
        case GUMBO_TAG_INPUT: ++census.inputs; break;
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_IFRAME: ++census.embeds; break;
        case GUMBO_TAG_TABLE: census.holds_data_table = census.holds_data_table || is_data_table_node(e); break;
        default: break;
      }
      // Paragraph divs are divs, or <p> (with <br> chains) that count anyway.
      if (tag == GUMBO_TAG_P || (tag == GUMBO_TAG_DIV && g_.structure.paragraph_divs.contains(e))) ++census.paragraphs;
      census.paragraphs += runs_of(e);
      const unsigned outermost = text_groups(tag) & ~top.inside;
      if (outermost) {
        const double length = view_.text_length(e);
        if (outermost & kListText) census.list_text += length;
        if (outermost & kHeadingText) census.heading_text += length;
        if (outermost & kTextishText) census.textish_text += length;
      }
      stack.push_back({e, 0, top.inside | outermost});
    }
    return census;
  }

  bool is_ad_label(const std::string& text) const {
    const std::string lowered = ascii_lower(text);
    const auto& labels = hints().ad_labels;
    return std::find(labels.begin(), labels.end(), lowered) != labels.end();
  }

  void clean_conditionally(GumboTag tag) {
    if (!flags_.clean_conditionally) return;
    const std::vector<std::size_t> listed = elements({tag});
    // Innermost first, so that a container is judged without the boilerplate inside it.
    for (auto it = listed.rbegin(); it != listed.rend(); ++it) {
      const GumboNode* node = all_[*it].element;
      // Divs that the scoring read as paragraphs are paragraphs, not containers.
      if (g_.structure.paragraph_divs.contains(node) || g_.structure.collapsed.contains(node)) continue;
      if (!all_[*it].set_aside && should_remove(node, tag)) remove(*it);
    }
  }

  bool should_remove(const GumboNode* node, GumboTag tag) const {
    if (tag == GUMBO_TAG_TABLE && is_data_table_node(node)) return false;
    if (inside_data_table(node)) return false;
    if (has_ancestor(node, GUMBO_TAG_CODE, 3)) return false;
    const Census census = take_census(node);
    if (census.holds_data_table) return false;
    const double weight = class_weight(node, flags_);
    if (weight < 0) return true;
    const Measure m = view_.measure(node);
    if (m.commas >= 10) return false;

    const bool is_list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || (m.length > 0 && census.list_text / m.length > 0.9);
    const int paragraphs = census.paragraphs;
    const int images = census.images;
    const int list_items = census.list_items - 100;
    const int inputs = census.inputs;
    const double heading_density = m.length > 0 ? census.heading_text / m.length : 0;
    const int embeds = census.embeds;
    constexpr double kLongestLabel = 20;
    if (m.length <= kLongestLabel && is_ad_label(collapse_whitespace(view_.text(node)))) return true;
    const double link_density = m.length > 0 ? m.link_length / m.length : 0;
    double textish = census.textish_text;
    if (const auto* runs = g_.structure.runs.find(node))
      for (const auto& [b, e] : *runs) textish += view_.measure_children(node, b, e).length;
    const bool in_figure = has_ancestor(node, GUMBO_TAG_FIGURE, 3);

    bool remove = false;
    if (!in_figure && images > 1 && static_cast<double>(paragraphs) / images < 0.5) remove = true;
    if (!is_list && list_items > paragraphs) remove = true;
    if (inputs > paragraphs / 3) remove = true;
    if (!is_list && !in_figure && heading_density < 0.9 && m.length < 25 && (images == 0 || images > 2) &&
        link_density > 0)
      remove = true;
    if (!is_list && weight < 25 && link_density > 0.2) remove = true;
    if (weight >= 25 && link_density > 0.5) remove = true;
    if ((embeds == 1 && m.length < 75) || embeds > 1) remove = true;
    if (images == 0 && textish == 0) remove = true;

    if (is_list && remove) {
      // A list whose items are each one image is a gallery: keep it.
      for (unsigned i = 0; i < child_count(node); ++i) {
        const GumboNode* c = child_at(node, i);
        if (!is_element(c) || view_.removed(c)) continue;
        int grandchildren = 0;
        for (unsigned k = 0; k < child_count(c); ++k)
          grandchildren += is_element(child_at(c, k)) && !view_.removed(child_at(c, k));
        if (grandchildren > 1) return true;
      }
      if (images == census.list_items) return false;
    }
    return remove;
  }

  Grabbed& g_;
  View& view_;
  const Flags& flags_;
  std::vector<const GumboNode*> data_tables_;
  std::vector<Listed> all_;
};

}  // namespace

void clean_article(Grabbed& grabbed, const Flags& flags) { Cleaner(grabbed, flags).run(); }

}  // namespace newsmark::extract
