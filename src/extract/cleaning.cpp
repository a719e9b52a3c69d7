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
    mark_data_tables();
    clean_conditionally(GUMBO_TAG_FORM);
    clean_conditionally(GUMBO_TAG_FIELDSET);
    remove_all({GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_FOOTER, GUMBO_TAG_LINK, GUMBO_TAG_ASIDE});
    remove_share_elements();
    remove_all({GUMBO_TAG_IFRAME, GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON});
    for (const GumboNode* h : elements({GUMBO_TAG_H1, GUMBO_TAG_H2}))
      if (class_weight(h, flags_) < 0) view_.remove(h);
    clean_conditionally(GUMBO_TAG_TABLE);
    clean_conditionally(GUMBO_TAG_UL);
    clean_conditionally(GUMBO_TAG_DIV);
  }

 private:
  // Elements of the article (the items themselves included) in document order.
  template <typename Visit>
  void for_each_in_article(Visit&& visit) const {
    for (const ContentItem& item : g_.items) {
      if (item.is_run()) {
        for (unsigned i = item.begin; i < item.end; ++i) {
          const GumboNode* c = child_at(item.parent, i);
          if (!is_element(c) || view_.removed(c)) continue;
          if (visit(c)) view_.for_each_element(c, visit);
        }
      } else if (!view_.removed(item.node)) {
        if (item.node != g_.items.front().node || !g_.whole_body) {
          if (!visit(item.node)) continue;
        }
        view_.for_each_element(item.node, visit);
      }
    }
  }

  // Elements with one of `tags` that are still in the article, in document order.
  std::vector<const GumboNode*> elements(std::initializer_list<GumboTag> tags) {
    if (all_.empty()) {
      for_each_in_article([&](const GumboNode* e) {
        all_.push_back({e, tag_of(e)});
        return true;
      });
    }
    std::bitset<GUMBO_TAG_LAST + 1> wanted;
    for (GumboTag tag : tags) wanted.set(tag);
    std::vector<const GumboNode*> out;
    for (const Listed& e : all_)
      if (wanted[e.tag] && !set_aside(e.element)) out.push_back(e.element);
    return out;
  }

  // Whether the element or an ancestor was removed since the article's elements were listed.
  bool set_aside(const GumboNode* e) const {
    for (const GumboNode* p = e; p && is_element(p); p = p->parent)
      if (view_.removed(p)) return true;
    return false;
  }

  void remove_all(std::initializer_list<GumboTag> tags) {
    for (const GumboNode* e : elements(tags)) view_.remove(e);
  }

  void remove_share_elements() {
    for (const ContentItem& item : g_.items) {
      auto check = [&](const GumboNode* e) {
        if ((view_.facts(e).hints & kShare) && view_.text_length(e) < kShareTextLimit) {
          view_.remove(e);
          return false;
        }
        return true;
      };
      if (item.is_run()) {
        for (unsigned i = item.begin; i < item.end; ++i)
          if (is_element(child_at(item.parent, i)) && !view_.removed(child_at(item.parent, i)))
            view_.for_each_element(child_at(item.parent, i), check);
      } else if (!view_.removed(item.node)) {
        view_.for_each_element(item.node, check);
      }
    }
  }

  // Data tables (real rows and columns of facts) are kept whole.
  void mark_data_tables() {
    for (const GumboNode* table : elements({GUMBO_TAG_TABLE})) {
      if (is_data_table(table)) data_tables_.push_back(table);
    }
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

  // Paragraph count as the scoring saw it: <p>, paragraph divs and inline runs.
  int paragraph_count(const GumboNode* node) const {
    int count = 0;
    auto add_runs = [&](const GumboNode* e) {
      const auto* runs = g_.structure.runs.find(e);
      if (runs && (tag_of(e) == GUMBO_TAG_DIV || tag_of(e) == GUMBO_TAG_P)) count += static_cast<int>(runs->size());
    };
    add_runs(node);
    view_.for_each_element(node, [&](const GumboNode* e) {
      if (tag_of(e) == GUMBO_TAG_P || g_.structure.paragraph_divs.contains(e)) ++count;
      add_runs(e);
      return true;
    });
    return count;
  }

  bool is_ad_label(const std::string& text) const {
    const std::string lowered = ascii_lower(text);
    const auto& labels = hints().ad_labels;
    return std::find(labels.begin(), labels.end(), lowered) != labels.end();
  }

  void clean_conditionally(GumboTag tag) {
    if (!flags_.clean_conditionally) return;
    std::vector<const GumboNode*> nodes = elements({tag});
    // Innermost first, so that a container is judged without the boilerplate inside it.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      // Divs that the scoring read as paragraphs are paragraphs, not containers.
      if (g_.structure.paragraph_divs.contains(*it) || g_.structure.collapsed.contains(*it)) continue;
      if (!set_aside(*it) && should_remove(*it, tag)) view_.remove(*it);
    }
  }

  bool should_remove(const GumboNode* node, GumboTag tag) const {
    const Measure m = view_.measure(node);
    bool is_list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    if (!is_list && m.length > 0)
      is_list = view_.text_length_in(node, {GUMBO_TAG_UL, GUMBO_TAG_OL}) / m.length > 0.9;
    if (tag == GUMBO_TAG_TABLE && is_data_table_node(node)) return false;
    if (inside_data_table(node)) return false;
    if (has_ancestor(node, GUMBO_TAG_CODE, 3)) return false;
    bool holds_data_table = false;
    view_.for_each_element(node, [&](const GumboNode* e) {
      if (tag_of(e) == GUMBO_TAG_TABLE && is_data_table_node(e)) holds_data_table = true;
      return !holds_data_table;
    });
    if (holds_data_table) return false;
    const double weight = class_weight(node, flags_);
    if (weight < 0) return true;
    if (m.commas >= 10) return false;

    const int paragraphs = paragraph_count(node);
    const int images = view_.count_tags(node, {GUMBO_TAG_IMG});
    const int list_items = view_.count_tags(node, {GUMBO_TAG_LI}) - 100;
    const int inputs = view_.count_tags(node, {GUMBO_TAG_INPUT});
    const double heading_density =
        m.length > 0 ? view_.text_length_in(node, {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                                                   GUMBO_TAG_H5, GUMBO_TAG_H6}) / m.length
                     : 0;
    const int embeds = view_.count_tags(node, {GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_IFRAME});
    constexpr double kLongestLabel = 20;
    if (m.length <= kLongestLabel && is_ad_label(collapse_whitespace(view_.text(node)))) return true;
    const double link_density = m.length > 0 ? m.link_length / m.length : 0;
    double textish = view_.text_length_in(node, {GUMBO_TAG_SPAN, GUMBO_TAG_FONT, GUMBO_TAG_LI, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE,
                                                 GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_IMG, GUMBO_TAG_OL,
                                                 GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TABLE, GUMBO_TAG_UL});
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
      if (images == view_.count_tags(node, {GUMBO_TAG_LI})) return false;
    }
    return remove;
  }

  Grabbed& g_;
  View& view_;
  const Flags& flags_;
  std::vector<const GumboNode*> data_tables_;
  // The article's elements, listed once, with their tags at hand for the filters.
  struct Listed {
    const GumboNode* element;
    GumboTag tag;
  };
  std::vector<Listed> all_;
};

}  // namespace

void clean_article(Grabbed& grabbed, const Flags& flags) { Cleaner(grabbed, flags).run(); }

}  // namespace newsmark::extract
