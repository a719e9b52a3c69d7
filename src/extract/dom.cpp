#include "extract/dom.h"

#include <algorithm>
#include <array>

#include "html/parse.h"
#include "text/utf8.h"

namespace newsmark::extract {
namespace {

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool is_comma(char32_t cp) {
  return cp == 0x2C || cp == 0x60C || cp == 0xFE50 || cp == 0xFE10 || cp == 0xFE11 || cp == 0x2E41 ||
         cp == 0x2E34 || cp == 0x2E32 || cp == 0xFF0C;
}

bool is_cjk_sentence_end(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F; }

constexpr bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Counts characters the way trimmed, space-collapsed text would have them.
class Counter {
 public:
  void feed(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const unsigned char byte = static_cast<unsigned char>(s[i]);
      if (is_plain_ascii(byte)) {
        // Most text is runs of letters and digits: count a run at once.
        std::size_t end = i + 1;
        while (end < s.size() && is_plain_ascii(static_cast<unsigned char>(s[end]))) ++end;
        on_character(static_cast<int>(end - i));
        i = end;
        continue;
      }
      if (byte < 0x80) {
        feed_ascii(static_cast<char>(byte));
        ++i;
        continue;
      }
      const char32_t cp = text::next_code_point(s, i);
      if (is_space_cp(cp)) {
        on_space();
        continue;
      }
      on_character(cp >= 0x10000 ? 2 : 1);
      if (is_comma(cp)) ++commas_;
      if (is_cjk_sentence_end(cp)) ++sentence_ends_;
      if (text::is_hangul(cp) || text::is_han(cp) || text::is_kana(cp)) ++cjk_;
    }
  }

  double length() const { return length_; }
  int commas() const { return commas_; }
  int sentence_ends() const { return sentence_ends_ + (last_was_stop_ ? 1 : 0); }
  double cjk() const { return cjk_; }

 private:
  // An ASCII character that counts as nothing but its length: no space, comma or stop.
  static bool is_plain_ascii(unsigned char byte) {
    static constexpr auto kPlain = [] {
      std::array<bool, 0x80> plain{};
      for (int c = 0; c < 0x80; ++c) plain[c] = !is_ascii_space(static_cast<char>(c));
      for (char c : {',', '.', '!', '?'}) plain[static_cast<unsigned char>(c)] = false;
      return plain;
    }();
    return byte < 0x80 && kPlain[byte];
  }
  // ASCII needs no decoding and is never Hangul, Han or Kana.
  void feed_ascii(char c) {
    if (is_ascii_space(c)) return on_space();
    on_character(1);
    if (c == ',') ++commas_;
    if (c == '.' || c == '!' || c == '?') last_was_stop_ = true;
  }
  void on_space() {
    pending_space_ = started_;
    if (last_was_stop_) ++sentence_ends_;
    last_was_stop_ = false;
  }
  // Characters that are not spaces, `units` UTF-16 units long in all.
  void on_character(int units) {
    last_was_stop_ = false;
    if (pending_space_) length_ += 1;
    pending_space_ = false;
    started_ = true;
    length_ += units;
  }

  double length_ = 0, cjk_ = 0;
  int commas_ = 0, sentence_ends_ = 0;
  bool started_ = false, pending_space_ = false, last_was_stop_ = false;
};

bool is_measured_out(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
         tag == GUMBO_TAG_TEMPLATE;
}

// All of a link's text is link text; in-page links (#...) are navigation inside the
// article and weigh less. Only two bytes of href are read: the pre-pass keeps no more
// (data/attributes-read.txt).
void weigh_link(const GumboNode* a, Measure& m) {
  const std::string_view href = html::attribute(a, "href");
  m.link_length = m.length * (href.size() > 1 && href[0] == '#' ? 0.3 : 1);
}

char lower_ascii_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The pre-pass keeps only the styles this can be true of (data/attributes-read.txt): the
// two must change together.
bool style_hides(std::string_view style) {
  if (style.empty()) return false;  // most elements have no style: no string to build
  std::string s;
  for (char c : style)
    if (!is_ascii_space(c)) s += lower_ascii_char(c);
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

// The attributes that an element's facts come from. Gumbo keeps one attribute per name,
// so one pass over the element's attributes finds them all, where a lookup by name per
// attribute would compare every name again.
struct FactAttributes {
  std::string_view class_name, id, style, aria_hidden, aria_modal, role, rel, itemprop;
  bool hidden = false;

  explicit FactAttributes(const GumboNode* element) {
    const GumboVector& attributes = element->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
      const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
      const std::string_view name = attribute->name;
      if (std::string_view* value = value_of(name)) *value = attribute->value;
      else if (name == "hidden") hidden = true;
    }
  }

 private:
  std::string_view* value_of(std::string_view name) {
    if (name == "class") return &class_name;
    if (name == "id") return &id;
    if (name == "style") return &style;
    if (name == "aria-hidden") return &aria_hidden;
    if (name == "aria-modal") return &aria_modal;
    if (name == "role") return &role;
    if (name == "rel") return &rel;
    if (name == "itemprop") return &itemprop;
    return nullptr;
  }
};

bool is_probably_visible(const FactAttributes& a) {
  if (style_hides(a.style)) return false;
  if (a.hidden) return false;
  if (a.aria_hidden == "true" && a.class_name.find("fallback-image") == std::string_view::npos) return false;
  return true;
}

// The hint lists that the "class id" of an element may match.
constexpr HintSet kElementHints = ~HintSet{kPositive | kNegative};

bool is_unlikely_role(std::string_view role) {
  if (role.empty()) return false;  // most elements have none: no string to build
  const auto& roles = hints().unlikely_roles;
  return std::find(roles.begin(), roles.end(), ascii_lower(role)) != roles.end();
}

}  // namespace

bool is_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool is_non_content_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_LINK:
      return true;
    default:
      return false;
  }
}

bool is_phrasing_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ABBR: case GUMBO_TAG_AUDIO: case GUMBO_TAG_B: case GUMBO_TAG_BDO: case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_EMBED: case GUMBO_TAG_I:
    case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK:
    case GUMBO_TAG_MATH: case GUMBO_TAG_METER: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OUTPUT: case GUMBO_TAG_PROGRESS: case GUMBO_TAG_Q: case GUMBO_TAG_RUBY: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SELECT: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TIME:
    case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_FONT: case GUMBO_TAG_U: case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_TT: case GUMBO_TAG_BIG:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_MENU: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_DIR:
      return true;
    default:
      return false;
  }
}

bool is_block_for_div(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_IMG: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_ascii_char(c);
  return out;
}

PageFacts::PageFacts() : hints_without_class_or_id_(hints().classes.match(" ", kElementHints)) {}

HintSet PageFacts::class_hints(std::string_view class_name, std::string_view id) const {
  if (class_name.empty() && id.empty()) return hints_without_class_or_id_;
  // "class id", lower case.
  class_and_id_ = class_name;
  class_and_id_ += ' ';
  class_and_id_ += id;
  for (char& c : class_and_id_) c = lower_ascii_char(c);
  // An id names one element: its string is matched as it comes, never to be met again.
  if (!id.empty()) return hints().classes.match(class_and_id_, kElementHints);
  // Pages give the same class to many elements: match each distinct class once.
  auto [hints_of_string, is_new] = hints_by_class_and_id_.try_emplace(class_and_id_, 0);
  if (is_new) hints_of_string->second = hints().classes.match(class_and_id_, kElementHints);
  return hints_of_string->second;
}

ElementFacts PageFacts::of(const GumboNode* element) const {
  if (const ElementFacts* known = facts_.find(element)) return *known;
  const FactAttributes read(element);
  ElementFacts facts;
  facts.hints = class_hints(read.class_name, read.id);
  facts.visible = is_probably_visible(read);
  facts.modal_dialog = read.aria_modal == "true" && read.role == "dialog";
  facts.unlikely_role = is_unlikely_role(read.role);
  facts.names_author = read.rel == "author" || read.itemprop.find("author") != std::string_view::npos;
  facts_[element] = facts;
  return facts;
}

bool is_blank(const GumboNode* n) {
  if (n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_COMMENT) return true;
  if (!is_text(n)) return false;
  const std::string_view s = n->v.text.text;
  for (std::size_t i = 0; i < s.size();)
    if (!is_space_cp(text::next_code_point(s, i))) return false;
  return true;
}

bool starts_br_chain(const GumboNode* parent, unsigned index) {
  for (unsigned i = index + 1; i < child_count(parent); ++i) {
    const GumboNode* next = child_at(parent, i);
    if (is_tag(next, GUMBO_TAG_BR)) return true;
    if (!is_blank(next)) return false;
  }
  return false;
}

void Measure::append(const Measure& next) {
  if (has_text && next.has_text && (space_after || next.space_before)) length += 1;
  if (!has_text) space_before = space_before || next.space_before;
  if (!next.has_text) space_after = space_after || next.space_before;
  else space_after = next.space_after;
  has_text = has_text || next.has_text;
  length += next.length;
  link_length += next.link_length;
  commas += next.commas;
  sentence_ends += next.sentence_ends;
  cjk += next.cjk;
}

void View::remove(const GumboNode* n) {
  removed_.insert(n);
  for (const GumboNode* p = n; p && is_element(p); p = p->parent)
    if (std::optional<Measure>* memo = measures_.find(p)) memo->reset();
}

const Measure* View::known_measure(const GumboNode* element) const {
  const std::optional<Measure>* memo = measures_.find(element);
  return memo && *memo ? &**memo : nullptr;
}

Measure View::measure_text(const GumboNode* node) const {
  const std::string_view s = node->v.text.text;
  Counter counter;
  counter.feed(s);
  Measure m;
  m.length = counter.length();
  m.commas = counter.commas();
  m.sentence_ends = counter.sentence_ends();
  m.cjk = counter.cjk();
  m.has_text = m.length > 0;
  std::size_t i = 0;
  m.space_before = !s.empty() && (!m.has_text || is_space_cp(text::next_code_point(s, i)));
  std::size_t j = s.size();
  m.space_after = !s.empty() && (!m.has_text || is_space_cp(text::previous_code_point(s, j)));
  return m;
}

bool View::counts_in_measure(const GumboNode* child) const {
  return is_element(child) && !removed(child) && !is_measured_out(tag_of(child));
}

Measure View::measure_children(const GumboNode* parent, unsigned begin, unsigned end) const {
  Measure total;
  end = std::min(end, child_count(parent));
  for (unsigned i = begin; i < end; ++i) {
    const GumboNode* child = child_at(parent, i);
    if (is_text(child)) total.append(measure_text(child));
    else if (counts_in_measure(child)) total.append(measure(child));
  }
  return total;
}

Measure View::measure(const GumboNode* node) const {
  if (!is_element(node)) return {};
  if (const Measure* known = known_measure(node)) return *known;
  // Measures the unmeasured descendants on the way (post-order), so that every element
  // is measured once, from its children's measures in document order.
  struct Frame {
    const GumboNode* element;
    unsigned next;
    Measure children;  // of the children before `next`
  };
  std::vector<Frame> stack{{node, 0, {}}};
  for (;;) {
    Frame& top = stack.back();
    if (top.next < child_count(top.element)) {
      const GumboNode* child = child_at(top.element, top.next++);
      if (is_text(child)) {
        top.children.append(measure_text(child));
      } else if (counts_in_measure(child)) {
        if (const Measure* known = known_measure(child)) top.children.append(*known);
        else stack.push_back({child, 0, {}});
      }
      continue;
    }
    Measure m = top.children;
    if (tag_of(top.element) == GUMBO_TAG_A) weigh_link(top.element, m);
    measures_[top.element] = m;
    stack.pop_back();
    if (stack.empty()) return m;
    stack.back().children.append(m);
  }
}

bool View::has_text(const GumboNode* node) const {
  if (!is_element(node)) return false;
  if (const Measure* known = known_measure(node)) return known->has_text;
  return walk_descendants(node, [&](const GumboNode* child) {
    if (is_text(child)) return is_blank(child) ? Walk::kSkip : Walk::kStop;
    if (!counts_in_measure(child)) return Walk::kSkip;
    const Measure* known = known_measure(child);
    if (!known) return Walk::kEnter;
    return known->has_text ? Walk::kStop : Walk::kSkip;
  });
}

double View::link_density(const GumboNode* node) const {
  const Measure m = measure(node);
  return m.length > 0 ? m.link_length / m.length : 0;
}

std::string View::text(const GumboNode* node) const {
  std::string out;
  if (!is_element(node)) return out;
  walk_descendants(node, [&](const GumboNode* child) {
    if (is_text(child)) {
      out += child->v.text.text;
      return Walk::kSkip;
    }
    if (!is_element(child) || removed(child) || is_measured_out(tag_of(child))) return Walk::kSkip;
    // Line breaks and blocks separate words.
    if (tag_of(child) == GUMBO_TAG_BR || is_block_tag(tag_of(child))) out += ' ';
    return Walk::kEnter;
  });
  return out;
}

}  // namespace newsmark::extract
