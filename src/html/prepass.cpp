#include "html/prepass.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace newsmark::html {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char to_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool equals_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != lower[i]) return false;
  return true;
}

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
    std::string_view whole;  // name through the end of the value, as written
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
    Tag::Attribute attribute{s.substr(name_start, i - name_start), {}, {}};
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
    }
    attribute.whole = s.substr(name_start, i - name_start);
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
  PreparedWriter(std::string& out, const std::vector<AttributeRead>* kept) : out_(out), kept_(kept) {}

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
    if (!kept_ || !tag.complete) {
      out_.append(as_written);
      return;
    }
    out_ += '<';
    out_.append(tag.raw_name);
    for (const Tag::Attribute& a : tag.attributes) {
      const AttributeRead* read = rule_for(a.name);
      if (!read) continue;
      out_ += ' ';
      if (read->prefix_only_on == tag.name && a.value.size() > read->prefix_bytes && is_plain(a.value.substr(0, read->prefix_bytes))) {
        out_.append(a.name);
        out_.append("=\"");
        out_.append(a.value.substr(0, read->prefix_bytes));
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
  const AttributeRead* rule_for(std::string_view name) const {
    const auto rule = std::find_if(kept_->begin(), kept_->end(), [&](const AttributeRead& read) { return equals_ignoring_case(name, read.name); });
    return rule == kept_->end() ? nullptr : &*rule;
  }

  // Printable ASCII with no character reference and no quote: bytes that gumbo reads as
  // they are, inside any quotes, so that a cut value starts as the whole one did.
  static bool is_plain(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c > ' ' && c < 0x7F && c != '&' && c != '"' && c != '\''; });
  }

  std::string& out_;
  const std::vector<AttributeRead>* kept_;
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
