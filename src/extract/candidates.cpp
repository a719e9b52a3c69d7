#include "extract/candidates.h"

#include <algorithm>
#include <cmath>

#include "extract/blocks.h"
#include "extract/hints.h"
#include "extract/metadata.h"
#include "html/parse.h"

namespace newsmark::extract {
namespace {

constexpr int kTopCandidates = 5;
constexpr int kScoredAncestorLevels = 5;


bool has_ancestor(const GumboNode* node, GumboTag tag, int max_depth = 3) {
  int depth = 0;
  for (const GumboNode* p = node->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    if (max_depth > 0 && depth > max_depth) return false;
    if (tag_of(p) == tag) return true;
    ++depth;
  }
  return false;
}

// a, del and ins are inline when everything inside them is.
bool all_children_phrasing(const GumboNode* node) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    for (unsigned i = 0; i < child_count(n); ++i) {
      const GumboNode* c = child_at(n, i);
      if (is_text(c) || c->type == GUMBO_NODE_COMMENT) continue;
      if (!is_element(c)) continue;
      const GumboTag t = tag_of(c);
      if (t == GUMBO_TAG_A || t == GUMBO_TAG_DEL || t == GUMBO_TAG_INS) stack.push_back(c);
      else if (!is_phrasing_tag(t)) return false;
    }
  }
  return true;
}

bool is_phrasing(const GumboNode* node) {
  if (is_text(node) || node->type == GUMBO_NODE_COMMENT) return true;
  const GumboTag t = tag_of(node);
  if (is_phrasing_tag(t)) return true;
  return (t == GUMBO_TAG_A || t == GUMBO_TAG_DEL || t == GUMBO_TAG_INS) && all_children_phrasing(node);
}

// Whether a child starts no paragraph by itself (white space or <br>).
bool is_whitespace_item(const GumboNode* node) { return is_blank(node) || is_tag(node, GUMBO_TAG_BR); }

bool has_child_block_element(const GumboNode* node) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    for (unsigned i = 0; i < child_count(n); ++i) {
      const GumboNode* c = child_at(n, i);
      if (!is_element(c)) continue;
      if (is_block_for_div(tag_of(c))) return true;
      stack.push_back(c);
    }
  }
  return false;
}

bool has_br_chain(const GumboNode* node) {
  for (unsigned i = 0; i < child_count(node); ++i)
    if (is_tag(child_at(node, i), GUMBO_TAG_BR) && starts_br_chain(node, i)) return true;
  return false;
}

// Runs of inline children, cut at blocks and at chains of two or more <br>.
std::vector<std::pair<unsigned, unsigned>> inline_runs(const GumboNode* node) {
  std::vector<std::pair<unsigned, unsigned>> runs;
  bool open = false;
  unsigned begin = 0, last_content = 0;
  auto close = [&]() {
    if (open) runs.push_back({begin, last_content + 1});
    open = false;
  };
  for (unsigned i = 0; i < child_count(node); ++i) {
    const GumboNode* c = child_at(node, i);
    if (is_tag(c, GUMBO_TAG_BR) && starts_br_chain(node, i)) {
      close();
      continue;
    }
    if (!is_phrasing(c)) {
      close();
      continue;
    }
    if (is_whitespace_item(c)) continue;
    if (!open) {
      open = true;
      begin = i;
    }
    last_content = i;
  }
  close();
  return runs;
}

bool is_element_without_content(const GumboNode* node, const View& view) {
  if (view.has_text(node)) return false;
  for (unsigned i = 0; i < child_count(node); ++i) {
    const GumboNode* c = child_at(node, i);
    if (is_element(c) && tag_of(c) != GUMBO_TAG_BR && tag_of(c) != GUMBO_TAG_HR) return false;
  }
  return true;
}

double tag_score(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

bool is_scored_tag(GumboTag tag) {
  return tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6 || tag == GUMBO_TAG_P || tag == GUMBO_TAG_TD ||
         tag == GUMBO_TAG_PRE;
}

class Grabber {
 public:
  Grabber(const GumboNode* body, std::string_view title, bool have_byline, const Flags& flags, const PageFacts& facts)
      : body_(body), title_(title), want_byline_(!have_byline), flags_(flags), out_(facts) {}

  Grabbed run() {
    walk();
    score_paragraphs();
    const GumboNode* top = choose_top();
    if (!top) {
      out_.whole_body = true;
      out_.items.push_back({body_, nullptr, 0, 0});
    } else {
      merge_siblings(top);
    }
    return std::move(out_);
  }

 private:
  struct Paragraph {
    const GumboNode* node;  // or nullptr for a run
    const GumboNode* parent;
    unsigned begin, end;
  };

  View& view() { return out_.view; }
  Structure& structure() { return out_.structure; }

  // Sets aside what a reader never sees, finds the paragraphs to score.
  void walk() {
    bool remove_title_header = !title_.empty();
    std::vector<const GumboNode*> stack;
    push_element_children(body_, stack);
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (visit(node, remove_title_header)) push_element_children(node, stack);
    }
  }

  // Last first, so that they are visited in document order.
  static void push_element_children(const GumboNode* node, std::vector<const GumboNode*>& stack) {
    for (unsigned i = child_count(node); i-- > 0;)
      if (is_element(child_at(node, i))) stack.push_back(child_at(node, i));
  }

  // Returns whether to walk into the node.
  bool visit(const GumboNode* node, bool& remove_title_header) {
    const GumboTag tag = tag_of(node);
    if (is_non_content_tag(tag) && tag != GUMBO_TAG_BUTTON && tag != GUMBO_TAG_INPUT &&
        tag != GUMBO_TAG_SELECT && tag != GUMBO_TAG_TEXTAREA) {
      view().remove(node);
      return false;
    }
    const ElementFacts facts = view().facts(node);
    if (!facts.visible || facts.modal_dialog) {
      view().remove(node);
      return false;
    }
    // A reporter line is set aside even when metadata names the author.
    if (!byline_seen_ && is_byline(node, facts) && (want_byline_ || holds_any(node, hints().byline_words))) {
      byline_seen_ = true;
      if (want_byline_) out_.byline = collapse_whitespace(view().text(node));
      view().remove(node);
      return false;
    }
    if (is_dateline(node, facts.hints)) {
      view().remove(node);
      return false;
    }
    if (remove_title_header && (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) &&
        text_similarity(title_, collapse_whitespace(view().text(node))) > 0.75) {
      remove_title_header = false;
      out_.title_heading = node;
      view().remove(node);
      return false;
    }
    // Chrome hints hold in every attempt; the weaker "unlikely" ones only in the first.
    const bool chrome = facts.hints & kChrome;
    if (flags_.strip_unlikely || chrome) {
      const bool unlikely = chrome || ((facts.hints & kUnlikely) && !(facts.hints & kMaybe));
      if (unlikely && !has_ancestor(node, GUMBO_TAG_TABLE) && !has_ancestor(node, GUMBO_TAG_CODE) &&
          tag != GUMBO_TAG_A) {
        view().remove(node);
        return false;
      }
      if (facts.unlikely_role) {
        view().remove(node);
        return false;
      }
    }
    if ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_HEADER || is_heading(tag)) &&
        is_element_without_content(node, view())) {
      view().remove(node);
      return false;
    }
    const bool paragraph_with_breaks = tag == GUMBO_TAG_P && has_br_chain(node);
    if (is_scored_tag(tag) && !paragraph_with_breaks) paragraphs_.push_back({node, nullptr, 0, 0});
    if (tag == GUMBO_TAG_DIV || paragraph_with_breaks) {
      read_div(node);
    } else if (has_br_chain(node)) {
      // Text after a <br><br> in a cell or list item is a paragraph of its own.
      auto runs = inline_runs(node);
      if (runs.size() > 1) {
        runs.erase(runs.begin());
        for (const auto& [b, e] : runs) paragraphs_.push_back({nullptr, node, b, e});
        structure().runs[node] = runs;
      }
    }
    return true;
  }

  bool is_byline(const GumboNode* node, const ElementFacts& facts) {
    if (!facts.names_author && !(facts.hints & kByline)) return false;
    const std::string text = collapse_whitespace(view().text(node));
    std::size_t units = 0;
    for (char c : text) units += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return units > 0 && units < 100;
  }

  // A short date stamp ("입력 2025.10.28 08:10", "Updated 9:41 AM"): page furniture.
  bool is_dateline(const GumboNode* node, HintSet class_hints) {
    constexpr double kLongestDateline = 80;
    if (!(class_hints & kDateline)) return false;
    const Measure m = view().measure(node);
    if (!m.has_text || m.length > kLongestDateline) return false;
    const std::string text = collapse_whitespace(view().text(node));
    const bool has_digit = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool only_date = std::all_of(text.begin(), text.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == ':' || c == '-' || c == '/';
    });
    return has_digit && (only_date || holds_any(node, hints().dateline_words));
  }

  bool holds_any(const GumboNode* node, const std::vector<std::string>& words) {
    const std::string text = view().text(node);
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return text.find(w) != std::string::npos; });
  }

  // A div's inline runs are paragraphs; a div that only wraps one paragraph is that paragraph.
  void read_div(const GumboNode* div) {
    auto runs = inline_runs(div);
    int element_children = 0;
    const GumboNode* only_child = nullptr;
    for (unsigned i = 0; i < child_count(div); ++i) {
      const GumboNode* c = child_at(div, i);
      if (!is_element(c) || is_phrasing(c)) continue;
      ++element_children;
      only_child = c;
    }
    const int children = element_children + static_cast<int>(runs.size());
    if (children == 1 && runs.empty() && is_tag(only_child, GUMBO_TAG_P) && view().link_density(div) < 0.25) {
      structure().collapsed.insert(div);
      return;
    }
    if (children == 1 && runs.size() == 1 && view().link_density(div) < 0.25) {
      structure().paragraph_divs.insert(div);
      paragraphs_.push_back({div, nullptr, 0, 0});
      return;
    }
    if (runs.empty() && !has_child_block_element(div)) {
      structure().paragraph_divs.insert(div);
      paragraphs_.push_back({div, nullptr, 0, 0});
      return;
    }
    for (const auto& [b, e] : runs) paragraphs_.push_back({nullptr, div, b, e});
    if (!runs.empty()) structure().runs[div] = std::move(runs);
  }

  const GumboNode* logical_parent(const GumboNode* node) const {
    const GumboNode* p = node->parent;
    while (p && is_element(p) && out_.structure.collapsed.contains(p)) p = p->parent;
    return is_element(p) ? p : nullptr;
  }

  double& score_of(const GumboNode* node) {
    if (double* known = scores_.find(node)) return *known;
    candidates_.push_back(node);
    return scores_[node] = tag_score(tag_of(node)) + class_weight(node, flags_);
  }

  void score_paragraphs() {
    for (const Paragraph& p : paragraphs_) {
      if (p.node && view().removed(p.node)) continue;
      const Measure m = p.node ? view().measure(p.node) : view().measure_children(p.parent, p.begin, p.end);
      if (m.length < 25) continue;
      double score = 1 + (m.commas + 1) + std::min(std::floor(m.length / 100), 3.0);
      // Korean and CJK prose uses few commas: its sentence endings count instead.
      if (m.cjk * 2 > m.length) score += std::min(m.sentence_ends, 5);
      const GumboNode* ancestor = p.node ? logical_parent(p.node) : p.parent;
      for (int level = 0; ancestor && level < kScoredAncestorLevels; ++level) {
        if (!is_element(ancestor->parent)) break;  // <html> is no candidate
        const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score_of(ancestor) += score / divider;
        ancestor = logical_parent(ancestor);
      }
    }
    for (const GumboNode* c : candidates_) scores_[c] *= 1 - view().link_density(c);
  }

  std::vector<const GumboNode*> all_ancestors(const GumboNode* node) const {
    std::vector<const GumboNode*> out;
    for (const GumboNode* p = logical_parent(node); p; p = logical_parent(p)) out.push_back(p);
    return out;
  }

  const GumboNode* choose_top() {
    std::vector<const GumboNode*> top;
    for (const GumboNode* c : candidates_) {
      for (int t = 0; t < kTopCandidates; ++t) {
        if (t >= static_cast<int>(top.size()) || scores_[c] > scores_[top[t]]) {
          top.insert(top.begin() + t, c);
          if (top.size() > kTopCandidates) top.pop_back();
          break;
        }
      }
    }
    if (top.empty() || top[0] == body_) return nullptr;
    const GumboNode* best = top[0];
    // Several strong candidates under one ancestor: the ancestor holds the article.
    std::vector<std::vector<const GumboNode*>> alternatives;
    for (std::size_t i = 1; i < top.size(); ++i)
      if (scores_[best] != 0 && scores_[top[i]] / scores_[best] >= 0.75) alternatives.push_back(all_ancestors(top[i]));
    constexpr int kMinimumAlternatives = 3;
    if (static_cast<int>(alternatives.size()) >= kMinimumAlternatives) {
      for (const GumboNode* p = logical_parent(best); p && p != body_; p = logical_parent(p)) {
        int lists = 0;
        for (const auto& a : alternatives) lists += std::find(a.begin(), a.end(), p) != a.end();
        if (lists >= kMinimumAlternatives) {
          best = p;
          break;
        }
      }
    }
    score_of(best);
    // Climb while the parent scores better: it holds more of the article.
    double last = scores_[best];
    const double threshold = last / 3;
    for (const GumboNode* p = logical_parent(best); p && p != body_; p = logical_parent(p)) {
      const double* score = scores_.find(p);
      if (!score) continue;
      if (*score < threshold) break;
      if (*score > last) {
        best = p;
        break;
      }
      last = *score;
    }
    for (const GumboNode* p = logical_parent(best); p && p != body_ && logical_children(p).size() == 1;
         p = logical_parent(p))
      best = p;
    score_of(best);
    return best;
  }

  // Children as the scoring saw them: elements, collapsed divs as their paragraph, and
  // inline runs of containers as paragraphs, in document order.
  std::vector<ContentItem> logical_children(const GumboNode* parent) const {
    std::vector<ContentItem> items;
    const auto* runs = out_.structure.runs.find(parent);
    const bool has_runs = runs && (tag_of(parent) == GUMBO_TAG_DIV || tag_of(parent) == GUMBO_TAG_P);
    std::size_t next_run = 0;
    for (unsigned i = 0; i < child_count(parent); ++i) {
      if (has_runs && next_run < runs->size() && (*runs)[next_run].first == i) {
        const auto& [b, e] = (*runs)[next_run++];
        items.push_back({nullptr, parent, b, e});
        i = e - 1;
        continue;
      }
      const GumboNode* c = child_at(parent, i);
      if (!is_element(c) || out_.view.removed(c)) continue;
      if (has_runs && is_phrasing(c)) continue;
      if (out_.structure.collapsed.contains(c)) {
        for (unsigned k = 0; k < child_count(c); ++k)
          if (is_tag(child_at(c, k), GUMBO_TAG_P) && !out_.view.removed(child_at(c, k)))
            items.push_back({child_at(c, k), nullptr, 0, 0});
        continue;
      }
      items.push_back({c, nullptr, 0, 0});
    }
    return items;
  }

  bool reads_as_paragraph(const ContentItem& item) const {
    return item.is_run() || tag_of(item.node) == GUMBO_TAG_P || out_.structure.paragraph_divs.contains(item.node);
  }

  void merge_siblings(const GumboNode* top) {
    const double top_score = scores_[top];
    const double threshold = std::max(10.0, top_score * 0.2);
    const GumboNode* parent = logical_parent(top);
    if (!parent) {
      out_.items.push_back({top, nullptr, 0, 0});
      return;
    }
    const std::string_view top_class = html::attribute(top, "class");
    for (const ContentItem& item : logical_children(parent)) {
      bool append = item.node == top;
      if (!append && item.node) {
        double bonus = 0;
        if (!top_class.empty() && html::attribute(item.node, "class") == top_class) bonus += top_score * 0.2;
        const double* score = scores_.find(item.node);
        if (score && *score + bonus >= threshold) append = true;
      }
      if (!append && reads_as_paragraph(item)) {
        const Measure m = item.is_run() ? view().measure_children(item.parent, item.begin, item.end)
                                        : view().measure(item.node);
        const double density = m.length > 0 ? m.link_length / m.length : 0;
        if (m.length > 80 && density < 0.25) {
          append = true;
        } else if (m.length < 80 && m.length > 0 && density == 0) {
          const std::string text = collapse_whitespace(
              item.is_run() ? run_text(item) : view().text(item.node));
          append = ends_a_sentence(text) || (!out_.items.empty() && is_copyright_line(text));
        }
      }
      if (append) out_.items.push_back(item);
    }
  }

  std::string run_text(const ContentItem& item) const {
    std::string out;
    for (unsigned i = item.begin; i < item.end; ++i) {
      const GumboNode* c = child_at(item.parent, i);
      if (is_text(c)) out += c->v.text.text;
      else if (is_element(c)) out += out_.view.text(c);
    }
    return out;
  }

  // The article's own copyright line, right after it.
  static bool is_copyright_line(std::string_view text) {
    const auto& marks = hints().copyright_marks;
    return std::any_of(marks.begin(), marks.end(),
                       [&](const std::string& m) { return text.find(m) != std::string_view::npos; });
  }

  // A full stop followed by a space or the end ("다." and "。" count too).
  static bool ends_a_sentence(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) return true;
    return text.find("\xE3\x80\x82") != std::string_view::npos;
  }

  const GumboNode* body_;
  std::string title_;
  bool want_byline_;
  bool byline_seen_ = false;
  Flags flags_;
  Grabbed out_;
  std::vector<Paragraph> paragraphs_;
  NodeMap<double> scores_;
  std::vector<const GumboNode*> candidates_;
};

}  // namespace

double class_weight(const GumboNode* node, const Flags& flags) {
  if (!flags.weight_classes) return 0;
  double weight = 0;
  for (const char* name : {"class", "id"}) {
    const std::string value = ascii_lower(html::attribute(node, name));
    if (value.empty()) continue;
    const HintSet found = hints().classes.match(value, kNegative | kPositive);
    if (found & kNegative) weight -= 25;
    if (found & kPositive) weight += 25;
  }
  return weight;
}

Grabbed grab_article(const GumboNode* body, std::string_view title, bool have_byline, const Flags& flags,
                     const PageFacts& facts) {
  return Grabber(body, title, have_byline, flags, facts).run();
}

}  // namespace newsmark::extract
