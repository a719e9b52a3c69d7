#include "html/prepass.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

namespace newsmark::html {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
// ASCII only, as the HTML tokenizer lowers names (and without a locale lookup per call).
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != lower[i]) return false;
  return true;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower(x) == to_lower(y); });
}

// Start tags whose attributes gumbo's tree builder reads, beyond the caller: the
// formatting elements, whose whole attribute lists it compares (the "Noah's ark" clause
// forgets the earliest of four alike open ones; <a> is left out: it never has two open),
// <font color|face|size> (leaves foreign content), <isindex prompt> (becomes text) and
// <annotation-xml encoding> (holds HTML). These keep every attribute as written.
bool tree_builder_reads_attributes(std::string_view name) {
  switch (name.size()) {  // called for every start tag: most names are ruled out by length
    case 1: return name == "b" || name == "i" || name == "s" || name == "u";
    case 2: return name == "em" || name == "tt";
    case 3: return name == "big";
    case 4: return name == "code" || name == "font" || name == "nobr";
    case 5: return name == "small";
    case 6: return name == "strike" || name == "strong";
    case 7: return name == "isindex";
    case 14: return name == "annotation-xml";
    default: return false;
  }
}

// Elements that gumbo merges a repeated start tag into, taking the attributes whose names
// the first one lacks: dropping one there for its value could let a later one in.
bool merges_attributes(std::string_view name) { return name == "html" || name == "body"; }

bool is_void(std::string_view name) {
  static const char* const kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                      "meta", "param", "source", "track", "wbr", "keygen", "frame"};
  return std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* v) { return name == v; });
}

bool is_raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "noembed" || name == "noframes" || name == "iframe" || name == "plaintext";
}

bool closes_itself_when_repeated(std::string_view name) {
  return name == "p" || name == "li" || name == "td" || name == "th" || name == "tr" || name == "dt" ||
         name == "dd" || name == "option";
}

// Elements whose white space is content.
bool is_preformatted(std::string_view name) { return name == "pre" || name == "listing"; }

// A start or end tag read the way the HTML tokenizer reads it.
struct Tag {
  struct Attribute {
    std::string_view name;
    std::string_view value;  // without quotes
    std::string_view whole;  // name through the end of the value (if any), as written
  };
  bool is_end = false;
  std::string_view raw_name;
  std::string name;  // lower case
  std::vector<Attribute> attributes;
  bool self_closing = false;
  bool complete = false;  // closed by '>' before the end of the input
  std::size_t end = 0;    // one past the '>'

  std::string_view attribute(std::string_view lower_name) const {
    for (const Attribute& a : attributes)
      if (equals_ignoring_case(a.name, lower_name)) return a.value;
    return {};
  }
};

// Reads the attributes of a tag from s[i], up to and including its '>'.
void read_attributes(std::string_view s, std::size_t i, Tag& tag) {
  const auto skip_spaces = [&] {
    while (i < s.size() && is_html_space(s[i])) ++i;
  };
  for (;;) {
    skip_spaces();
    if (i >= s.size()) break;
    if (s[i] == '>') {
      tag.complete = true;
      tag.end = i + 1;
      return;
    }
    if (s[i] == '/') {
      ++i;
      if (i < s.size() && s[i] == '>') tag.self_closing = true;
      continue;
    }
    const std::size_t name_start = i++;  // a first '=' belongs to the name
    while (i < s.size() && !is_html_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    Tag::Attribute attribute{s.substr(name_start, i - name_start), {}, s.substr(name_start, i - name_start)};
    skip_spaces();
    if (i < s.size() && s[i] == '=') {
      ++i;
      skip_spaces();
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const std::size_t close = s.find(s[i], i + 1);
        const std::size_t value_end = close == std::string_view::npos ? s.size() : close;
        attribute.value = s.substr(i + 1, value_end - i - 1);
        i = close == std::string_view::npos ? s.size() : close + 1;
      } else {
        const std::size_t value_start = i;
        while (i < s.size() && !is_html_space(s[i]) && s[i] != '>') ++i;
        attribute.value = s.substr(value_start, i - value_start);
      }
      attribute.whole = s.substr(name_start, i - name_start);
    }
    tag.attributes.push_back(attribute);
  }
  tag.complete = false;
  tag.end = s.size();
}

// Reads the tag whose '<' is at `lt`; false when no tag starts there (the '<' is text).
bool read_tag(std::string_view s, std::size_t lt, Tag& tag) {
  tag.is_end = lt + 1 < s.size() && s[lt + 1] == '/';
  const std::size_t name_start = lt + (tag.is_end ? 2 : 1);
  if (name_start >= s.size() || !is_ascii_alpha(s[name_start])) return false;
  std::size_t i = name_start;
  while (i < s.size() && !is_html_space(s[i]) && s[i] != '/' && s[i] != '>') ++i;
  tag.raw_name = s.substr(name_start, i - name_start);
  tag.name.assign(tag.raw_name.begin(), tag.raw_name.end());
  for (char& c : tag.name) c = to_lower(c);
  tag.attributes.clear();
  tag.self_closing = false;
  read_attributes(s, i, tag);
  return true;
}

// Where the raw text of element `name` opened before `from` ends: the '<' of its end
// tag, or the end of the input.
std::size_t raw_text_end(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t lt = s.find("</", from); lt != std::string_view::npos; lt = s.find("</", lt + 1)) {
    const std::string_view candidate = s.substr(lt + 2, name.size());
    const std::size_t after = lt + 2 + name.size();
    if (equals_ignoring_case(candidate, name) &&
        (after >= s.size() || is_html_space(s[after]) || s[after] == '/' || s[after] == '>'))
      return lt;
  }
  return s.size();
}

bool is_dropped_raw_text(const Tag& tag) {
  if (tag.name == "style") return true;
  if (tag.name != "script") return false;
  std::string type(tag.attribute("type"));
  for (char& c : type) c = to_lower(c);
  return type.find("ld+json") == std::string::npos;
}

// Writes the markup of the output page, one piece at a time.
class PreparedWriter {
 public:
  PreparedWriter(std::string& out, const std::vector<AttributeRead>* kept) : out_(out), kept_(kept) {
    if (kept_)
      for (const AttributeRead& read : *kept_)
        if (read.name.size() < rules_by_length_.size()) rules_by_length_[read.name.size()].push_back(&read);
  }

  void text(std::string_view text, bool keep_spaces) {
    if (keep_spaces) {
      out_.append(text);
      return;
    }
    for (std::size_t i = 0; i < text.size();) {
      if (!is_html_space(text[i])) {
        const std::size_t run_end = std::find_if(text.begin() + i, text.end(), is_html_space) - text.begin();
        out_.append(text.substr(i, run_end - i));
        i = run_end;
        continue;
      }
      const std::size_t run_end = std::find_if_not(text.begin() + i, text.end(), is_html_space) - text.begin();
      const std::string_view run = text.substr(i, run_end - i);
      out_ += run.size() == 1 ? run[0] : run.find('\n') != std::string_view::npos ? '\n' : ' ';
      i = run_end;
    }
  }

  void start_tag(const Tag& tag, std::string_view as_written) {
    if (!kept_ || !tag.complete || tree_builder_reads_attributes(tag.name)) {
      out_.append(as_written);
      return;
    }
    out_ += '<';
    out_.append(tag.raw_name);
    for (std::size_t k = 0; k < tag.attributes.size(); ++k) {
      const Tag::Attribute& a = tag.attributes[k];
      if (repeats_earlier_name(tag, k)) continue;
      const AttributeRead* read = rule_for(a.name, tag.name);
      if (!read) continue;
      if (!read->needles.empty() && !merges_attributes(tag.name) &&
          !may_hold(read->needles_in.empty() ? a.value : tag.attribute(read->needles_in), read->needles))
        continue;
      out_ += ' ';
      const std::size_t prefix = read->prefix_bytes;
      if (prefix > 0 && a.value.size() > prefix && is_plain(a.value.substr(0, prefix))) {
        out_.append(a.name);
        out_.append("=\"");
        out_.append(a.value.substr(0, prefix));
        out_ += '"';
      } else {
        out_.append(a.whole);
      }
    }
    out_.append(tag.self_closing ? "/>" : ">");
  }

  void end_tag(const Tag& tag, std::string_view as_written) {
    if (!tag.complete) {
      out_.append(as_written);
      return;
    }
    out_.append("</");
    out_.append(tag.raw_name);
    out_ += '>';
  }

  void raw(std::string_view markup) { out_.append(markup); }

 private:
  const AttributeRead* rule_for(std::string_view name, const std::string& element) const {
    if (name.size() >= rules_by_length_.size()) return nullptr;
    for (const AttributeRead* read : rules_by_length_[name.size()])
      if (equals_ignoring_case(name, read->name) &&
          (read->elements.empty() || std::find(read->elements.begin(), read->elements.end(), element) != read->elements.end()))
        return read;
    return nullptr;
  }

  // Whether the k-th attribute has the name of an earlier one: gumbo keeps the first.
  static bool repeats_earlier_name(const Tag& tag, std::size_t k) {
    const std::string_view name = tag.attributes[k].name;
    return std::any_of(tag.attributes.begin(), tag.attributes.begin() + static_cast<std::ptrdiff_t>(k),
                       [&](const Tag::Attribute& earlier) { return same_ignoring_case(earlier.name, name); });
  }

  // Whether `value` may hold one of `needles` once decoded (see AttributeRead).
  bool may_hold(std::string_view value, const std::vector<std::string>& needles) const {
    if (value.find('&') != std::string_view::npos) return true;
    squeezed_.resize(value.size());
    std::size_t n = 0;
    for (char c : value)
      if (!is_html_space(c) && c != '\v') squeezed_[n++] = to_lower(c);
    const std::string_view squeezed(squeezed_.data(), n);
    return std::any_of(needles.begin(), needles.end(), [&](const std::string& w) { return squeezed.find(w) != std::string_view::npos; });
  }

  // Printable ASCII with no character reference and no quote: bytes that gumbo reads as
  // they are, inside any quotes, so that a cut value starts as the whole one did.
  static bool is_plain(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c > ' ' && c < 0x7F && c != '&' && c != '"' && c != '\''; });
  }

  std::string& out_;
  const std::vector<AttributeRead>* kept_;
  std::array<std::vector<const AttributeRead*>, 24> rules_by_length_;  // the rules in order, by name length
  mutable std::string squeezed_;                                      // may_hold's, reused
};

// The elements open at the scan's position, as far as a tag soup reader can tell.
class OpenElements {
 public:
  std::size_t depth() const { return names_.size(); }
  bool in_preformatted() const { return preformatted_ > 0; }
  bool top_is(std::string_view name) const { return !names_.empty() && names_.back() == name; }
  bool contains(std::string_view name) const { return std::find(names_.begin(), names_.end(), name) != names_.end(); }

  void push(const std::string& name) {
    names_.push_back(name);
    if (is_preformatted(name)) ++preformatted_;
  }
  void pop() { close_from(names_.size() - 1); }
  // Closes the innermost open `name` and everything opened after it, if one is open.
  void close(std::string_view name) {
    const auto match = std::find(names_.rbegin(), names_.rend(), name);
    if (match != names_.rend()) close_from(names_.rend() - match - 1);
  }

 private:
  void close_from(std::size_t index) {
    for (std::size_t k = index; k < names_.size(); ++k)
      if (is_preformatted(names_[k])) --preformatted_;
    names_.resize(index);
  }

  std::vector<std::string> names_;
  int preformatted_ = 0;
};

}  // namespace

PreparedMarkup prepare_markup(std::string_view s, const PrepassOptions& options) {
  std::string out;
  out.reserve(s.size());
  PreparedWriter writer(out, options.kept_attributes);
  OpenElements open;
  std::unordered_map<std::string, int> dropped;  // dropped start tags awaiting their end tag
  bool removed = false;
  Tag tag;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = std::min(s.find('<', i), s.size());
    writer.text(s.substr(i, lt - i), open.in_preformatted());
    if (lt == s.size()) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = s.find("-->", lt + 4);
      i = close == std::string_view::npos ? s.size() : close + 3;
      continue;
    }
    if (!read_tag(s, lt, tag)) {
      writer.raw("<");
      i = lt + 1;
      continue;
    }
    const std::string_view as_written = s.substr(lt, tag.end - lt);
    i = tag.end;
    if (tag.is_end) {
      auto it = dropped.find(tag.name);
      if (it != dropped.end() && it->second > 0 && !open.contains(tag.name)) {
        --it->second;
        removed = true;
        continue;
      }
      open.close(tag.name);
      writer.end_tag(tag, as_written);
      continue;
    }
    if (is_raw_text(tag.name)) {
      // Copy the element and its raw text whole (its content is not markup), or drop it.
      const std::size_t content_end = raw_text_end(s, i, tag.name);
      std::size_t element_end = s.size();
      Tag end_tag;
      if (content_end < s.size() && read_tag(s, content_end, end_tag)) element_end = end_tag.end;
      if (!is_dropped_raw_text(tag)) {
        writer.start_tag(tag, as_written);
        writer.raw(s.substr(i, element_end - i));
      }
      i = element_end;
      continue;
    }
    if (is_void(tag.name) || tag.self_closing) {
      writer.start_tag(tag, as_written);
      continue;
    }
    if (closes_itself_when_repeated(tag.name) && open.top_is(tag.name)) open.pop();
    if (static_cast<int>(open.depth()) >= options.max_depth) {
      ++dropped[tag.name];
      removed = true;
      continue;
    }
    open.push(tag.name);
    writer.start_tag(tag, as_written);
  }
  return {std::move(out), removed};
}

}  // namespace newsmark::html
