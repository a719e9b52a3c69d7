#include "html/prepass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <unordered_map>

namespace newsmark::html {
namespace {

// The scan reads every byte of the page, most of them in runs of indentation, text and
// attribute values, so it tells where a run ends by one table lookup per byte rather
// than by testing the byte against each character that may end it.
enum ByteClass : std::uint8_t {
  kSpace = 1,               // HTML white space: space, \t, \n, \r, \f
  kEndsTagName = 2,         // white space, '/', '>'
  kEndsAttributeName = 4,   // white space, '/', '>', '='
  kEndsUnquotedValue = 8,   // white space, '>'
  kEndsTextWord = 16,       // white space, '<'
};

constexpr std::array<std::uint8_t, 256> make_byte_classes() {
  std::array<std::uint8_t, 256> classes{};
  for (const unsigned char c : {' ', '\t', '\n', '\r', '\f'})
    classes[c] = kSpace | kEndsTagName | kEndsAttributeName | kEndsUnquotedValue | kEndsTextWord;
  classes['/'] = kEndsTagName | kEndsAttributeName;
  classes['>'] = kEndsTagName | kEndsAttributeName | kEndsUnquotedValue;
  classes['='] = kEndsAttributeName;
  classes['<'] = kEndsTextWord;
  return classes;
}
constexpr std::array<std::uint8_t, 256> kByteClasses = make_byte_classes();

bool has_class(char c, ByteClass byte_class) { return (kByteClasses[static_cast<unsigned char>(c)] & byte_class) != 0; }
bool is_html_space(char c) { return has_class(c, kSpace); }

// The first position from `i` whose byte is of `byte_class`, or the end of `s`. Four
// bytes are tested per bounds check: this loop reads most of the page.
std::size_t find_class(std::string_view s, std::size_t i, ByteClass byte_class) {
  for (; i + 4 <= s.size(); i += 4) {
    if (has_class(s[i], byte_class)) return i;
    if (has_class(s[i + 1], byte_class)) return i + 1;
    if (has_class(s[i + 2], byte_class)) return i + 2;
    if (has_class(s[i + 3], byte_class)) return i + 3;
  }
  while (i < s.size() && !has_class(s[i], byte_class)) ++i;
  return i;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_html_space(s[i])) ++i;
  return i;
}

// Whether the 8 bytes at `p` are all spaces: indentation runs are long (tens of spaces
// per line on some pages), and are skipped a word at a time.
bool eight_spaces(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word == 0x2020202020202020ULL;
}

// The end of the run of white space at s[i]; sets `has_newline` if the run holds one.
std::size_t end_of_space_run(std::string_view s, std::size_t i, bool& has_newline) {
  for (;;) {
    while (i + 8 <= s.size() && eight_spaces(s.data() + i)) i += 8;
    if (i == s.size() || !is_html_space(s[i])) return i;
    has_newline |= s[i] == '\n';
    ++i;
  }
}

// ASCII only, as the HTML tokenizer reads names (and without a locale lookup per call).
bool is_ascii_alpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Names are nearly always written in lower case: equal bytes are not lowered.
bool equals_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != lower[i] && to_lower(a[i]) != lower[i]) return false;
  return true;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i] && to_lower(a[i]) != to_lower(b[i])) return false;
  return true;
}

std::string lowered(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) c = to_lower(c);
  return lower;
}

// What the scan and the writer need to know of an element, read once per start tag
// (bit flags, combined in an unsigned).
constexpr unsigned kVoid = 1;
constexpr unsigned kRawText = 2;             // script, style, textarea, title, ...: content is not markup
constexpr unsigned kClosesWhenRepeated = 4;  // p, li, td, ...: a repeat at the top of the stack closes it
constexpr unsigned kPreformatted = 8;        // pre, listing: white space is content
// Start tags whose attributes gumbo's tree builder reads, beyond the caller: the
// formatting elements, whose whole attribute lists it compares (the "Noah's ark" clause
// forgets the earliest of four alike open ones; <a> is left out: it never has two open),
// <font color|face|size> (leaves foreign content), <isindex prompt> (becomes text) and
// <annotation-xml encoding> (holds HTML). These keep every attribute as written.
constexpr unsigned kTreeBuilderReadsAttributes = 16;
// html and body, which gumbo merges a repeated start tag into, taking the attributes
// whose names the first one lacks: dropping one there for its value could let a later
// one in.
constexpr unsigned kMergesAttributes = 32;

// Whether `name` is `literal`, compared as bytes of a constant count, which compilers
// inline (string_view's == is a call).
template <std::size_t N>
bool is(std::string_view name, const char (&literal)[N]) {
  return name.size() == N - 1 && std::memcmp(name.data(), literal, N - 1) == 0;
}

// The traits of the element named `name` (any case). Called for every start tag: the
// name is matched among those of its length only.
unsigned element_traits(std::string_view name) {
  constexpr std::size_t kLongestName = 14;  // annotation-xml
  if (name.size() > kLongestName) return 0;
  char buffer[kLongestName];
  std::transform(name.begin(), name.end(), buffer, to_lower);
  const std::string_view n(buffer, name.size());
  switch (n.size()) {
    case 1:
      if (is(n, "p")) return kClosesWhenRepeated;
      return is(n, "b") || is(n, "i") || is(n, "s") || is(n, "u") ? kTreeBuilderReadsAttributes : 0;
    case 2:
      if (is(n, "br") || is(n, "hr")) return kVoid;
      if (is(n, "li") || is(n, "td") || is(n, "th") || is(n, "tr") || is(n, "dt") || is(n, "dd")) return kClosesWhenRepeated;
      return is(n, "em") || is(n, "tt") ? kTreeBuilderReadsAttributes : 0;
    case 3:
      if (is(n, "col") || is(n, "img") || is(n, "wbr")) return kVoid;
      if (is(n, "xmp")) return kRawText;
      if (is(n, "pre")) return kPreformatted;
      return is(n, "big") ? kTreeBuilderReadsAttributes : 0;
    case 4:
      if (is(n, "area") || is(n, "base") || is(n, "link") || is(n, "meta")) return kVoid;
      if (is(n, "html") || is(n, "body")) return kMergesAttributes;
      return is(n, "code") || is(n, "font") || is(n, "nobr") ? kTreeBuilderReadsAttributes : 0;
    case 5:
      if (is(n, "embed") || is(n, "input") || is(n, "param") || is(n, "track") || is(n, "frame")) return kVoid;
      if (is(n, "style") || is(n, "title")) return kRawText;
      return is(n, "small") ? kTreeBuilderReadsAttributes : 0;
    case 6:
      if (is(n, "source") || is(n, "keygen")) return kVoid;
      if (is(n, "script") || is(n, "iframe")) return kRawText;
      if (is(n, "option")) return kClosesWhenRepeated;
      return is(n, "strike") || is(n, "strong") ? kTreeBuilderReadsAttributes : 0;
    case 7:
      if (is(n, "noembed")) return kRawText;
      if (is(n, "listing")) return kPreformatted;
      return is(n, "isindex") ? kTreeBuilderReadsAttributes : 0;
    case 8: return is(n, "textarea") || is(n, "noframes") ? kRawText : 0;
    case 9: return is(n, "plaintext") ? kRawText : 0;
    case 14: return is(n, "annotation-xml") ? kTreeBuilderReadsAttributes : 0;
    default: return 0;
  }
}

// A start or end tag read the way the HTML tokenizer reads it.
struct Tag {
  struct Attribute {
    std::string_view name;
    std::string_view value;  // without quotes
    std::string_view whole;  // name through the end of the value (if any), as written
  };
  bool is_end = false;
  std::string_view name;  // as written: compared ignoring case
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

// Reads the attribute at s[i] (not white space, '/' or '>') and returns where it ends.
std::size_t read_attribute(std::string_view s, std::size_t i, Tag& tag) {
  const std::size_t name_start = i;
  i = find_class(s, i + 1, kEndsAttributeName);  // a first '=' belongs to the name
  Tag::Attribute attribute{s.substr(name_start, i - name_start), {}, s.substr(name_start, i - name_start)};
  i = skip_spaces(s, i);
  if (i < s.size() && s[i] == '=') {
    i = skip_spaces(s, i + 1);
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      const std::size_t close = std::min(s.find(s[i], i + 1), s.size());
      attribute.value = s.substr(i + 1, close - i - 1);
      i = std::min(close + 1, s.size());
    } else {
      const std::size_t value_start = i;
      i = find_class(s, i, kEndsUnquotedValue);
      attribute.value = s.substr(value_start, i - value_start);
    }
    attribute.whole = s.substr(name_start, i - name_start);
  }
  tag.attributes.push_back(attribute);
  return i;
}

// Reads the attributes of a tag from s[i], up to and including its '>'.
void read_attributes(std::string_view s, std::size_t i, Tag& tag) {
  for (;;) {
    i = skip_spaces(s, i);
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
    i = read_attribute(s, i, tag);
  }
  tag.complete = false;
  tag.end = s.size();
}

// Reads the tag whose '<' is at `lt`; false when no tag starts there (the '<' is text).
bool read_tag(std::string_view s, std::size_t lt, Tag& tag) {
  tag.is_end = lt + 1 < s.size() && s[lt + 1] == '/';
  const std::size_t name_start = lt + (tag.is_end ? 2 : 1);
  if (name_start >= s.size() || !is_ascii_alpha(s[name_start])) return false;
  const std::size_t name_end = find_class(s, name_start + 1, kEndsTagName);
  tag.name = s.substr(name_start, name_end - name_start);
  tag.attributes.clear();
  tag.self_closing = false;
  read_attributes(s, name_end, tag);
  return true;
}

// Whether a comment starts at the '<' at s[lt].
bool comment_at(std::string_view s, std::size_t lt) {
  return s.size() - lt >= 4 && s[lt + 1] == '!' && s[lt + 2] == '-' && s[lt + 3] == '-';
}

// Where the raw text of element `name` opened before `from` ends: the '<' of its end
// tag, or the end of the input.
std::size_t raw_text_end(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t lt = s.find("</", from); lt != std::string_view::npos; lt = s.find("</", lt + 1)) {
    const std::string_view candidate = s.substr(lt + 2, name.size());
    const std::size_t after = lt + 2 + name.size();
    if (same_ignoring_case(candidate, name) && (after >= s.size() || has_class(s[after], kEndsTagName))) return lt;
  }
  return s.size();
}

bool is_dropped_raw_text(const Tag& tag) {
  if (equals_ignoring_case(tag.name, "style")) return true;
  if (!equals_ignoring_case(tag.name, "script")) return false;
  return lowered(tag.attribute("type")).find("ld+json") == std::string::npos;
}

// The output page, written through a pointer into a buffer grown ahead: the pass writes
// tens of thousands of small pieces (a tag name, an attribute, a '>'), for which
// std::string::append's out-of-line call and checks would cost more than the copy. The
// buffer is left uninitialized (a std::string would fill it) and copied out once.
class Output {
 public:
  explicit Output(std::size_t expected_size) : buffer_(new char[expected_size]), capacity_(expected_size) {}

  void append(std::string_view piece) {
    if (piece.size() > capacity_ - size_) grow(piece.size());
    std::memcpy(buffer_.get() + size_, piece.data(), piece.size());
    size_ += piece.size();
  }
  void append(char c) {
    if (size_ == capacity_) grow(1);
    buffer_[size_++] = c;
  }

  std::string str() const { return std::string(buffer_.get(), size_); }

 private:
  void grow(std::size_t needed) {
    capacity_ = std::max(2 * capacity_, size_ + needed);
    std::unique_ptr<char[]> grown(new char[capacity_]);
    std::memcpy(grown.get(), buffer_.get(), size_);
    buffer_ = std::move(grown);
  }

  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_;
  std::size_t size_ = 0;  // the bytes of buffer_ written
};

// Writes the markup of the output page, one piece at a time.
class PreparedWriter {
 public:
  PreparedWriter(Output& out, const std::vector<AttributeRead>* kept) : out_(out), kept_(kept) {
    if (kept_)
      for (const AttributeRead& read : *kept_)
        if (read.name.size() < rules_by_length_.size()) rules_by_length_[read.name.size()].push_back(&read);
  }

  // Writes the text from s[i] to the next '<' (or the end of `s`) and returns where it
  // ends. Unless `keep_spaces`, runs of white space are shortened (see prepare_markup):
  // a lone space character is written as it is, so only longer runs break the copy.
  std::size_t text(std::string_view s, std::size_t i, bool keep_spaces) {
    if (keep_spaces) {
      const std::size_t lt = std::min(s.find('<', i), s.size());
      out_.append(s.substr(i, lt - i));
      return lt;
    }
    std::size_t copy_from = i;
    for (;;) {
      i = find_class(s, i, kEndsTextWord);
      if (i == s.size() || s[i] == '<') break;
      const std::size_t run_start = i;
      bool has_newline = false;
      i = end_of_space_run(s, i, has_newline);
      if (i - run_start == 1) continue;
      if (run_start > copy_from) out_.append(s.substr(copy_from, run_start - copy_from));
      out_.append(has_newline ? '\n' : ' ');
      copy_from = i;
    }
    if (i > copy_from) out_.append(s.substr(copy_from, i - copy_from));
    return i;
  }

  void start_tag(const Tag& tag, unsigned traits, std::string_view as_written) {
    if (!kept_ || !tag.complete || (traits & kTreeBuilderReadsAttributes)) {
      out_.append(as_written);
      return;
    }
    out_.append('<');
    out_.append(tag.name);
    for (std::size_t k = 0; k < tag.attributes.size(); ++k) {
      const Tag::Attribute& a = tag.attributes[k];
      const AttributeRead* read = rule_for(a.name, tag.name);
      if (!read || repeats_earlier_name(tag, k)) continue;
      if (!read->needles.empty() && !(traits & kMergesAttributes) &&
          !may_hold(read->needles_in.empty() ? a.value : tag.attribute(read->needles_in), read->needles))
        continue;
      out_.append(' ');
      const std::size_t prefix = read->prefix_bytes;
      if (prefix > 0 && a.value.size() > prefix && is_plain(a.value.substr(0, prefix))) {
        out_.append(a.name);
        out_.append("=\"");
        out_.append(a.value.substr(0, prefix));
        out_.append('"');
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
    out_.append(tag.name);
    out_.append('>');
  }

  void raw(std::string_view markup) { out_.append(markup); }

 private:
  // The rule for attribute `name` on `element`, both as written.
  const AttributeRead* rule_for(std::string_view name, std::string_view element) const {
    if (name.size() >= rules_by_length_.size()) return nullptr;
    for (const AttributeRead* read : rules_by_length_[name.size()])
      if (equals_ignoring_case(name, read->name) &&
          (read->elements.empty() || std::any_of(read->elements.begin(), read->elements.end(),
                                                 [&](const std::string& e) { return equals_ignoring_case(element, e); })))
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
  static bool may_hold(std::string_view value, const std::vector<std::string>& needles) {
    if (value.find('&') != std::string_view::npos) return true;
    return std::any_of(needles.begin(), needles.end(), [&](const std::string& w) { return holds_squeezed(value, w); });
  }

  // The bytes that needles are looked for without: ASCII white space, \v included.
  static bool is_squeezed_out(char c) { return is_html_space(c) || c == '\v'; }

  // Whether `value`, with ASCII letters lowered and white space removed, holds `needle`.
  // Matched in place rather than on a lowered, squeezed copy: most values are long hrefs
  // looked at for a '#', whose candidates memchr finds.
  static bool holds_squeezed(std::string_view value, std::string_view needle) {
    if (needle.empty()) return true;
    if (is_squeezed_out(needle[0]) || to_lower(needle[0]) != needle[0]) return false;  // no squeezed byte is
    for (std::size_t start = next_start(value, 0, needle[0]); start < value.size();
         start = next_start(value, start + 1, needle[0])) {
      std::size_t matched = 1;
      for (std::size_t i = start + 1; matched < needle.size() && i < value.size(); ++i) {
        if (is_squeezed_out(value[i])) continue;
        if (to_lower(value[i]) != needle[matched]) break;
        ++matched;
      }
      if (matched == needle.size()) return true;
    }
    return false;
  }

  // The first position from `i` where `value` has `first` (not an upper-case letter)
  // once lowered, or its size: memchr finds it, or its upper case.
  static std::size_t next_start(std::string_view value, std::size_t i, char first) {
    const std::size_t found = std::min(value.find(first, i), value.size());
    if (first < 'a' || first > 'z') return found;
    return std::min(found, value.find(static_cast<char>(first - 'a' + 'A'), i));
  }

  // Printable ASCII with no character reference and no quote: bytes that gumbo reads as
  // they are, inside any quotes, so that a cut value starts as the whole one did.
  static bool is_plain(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c > ' ' && c < 0x7F && c != '&' && c != '"' && c != '\''; });
  }

  Output& out_;
  const std::vector<AttributeRead>* kept_;
  std::array<std::vector<const AttributeRead*>, 24> rules_by_length_;  // the rules in order, by name length
};

// The elements open at the scan's position, as far as a tag soup reader can tell, by
// their names as written (they point into the page, which outlives the scan).
class OpenElements {
 public:
  std::size_t depth() const { return open_.size(); }
  bool in_preformatted() const { return preformatted_ > 0; }
  bool top_is(std::string_view name) const { return !open_.empty() && same_ignoring_case(open_.back().name, name); }
  bool contains(std::string_view name) const {
    return std::any_of(open_.begin(), open_.end(), [&](const Element& e) { return same_ignoring_case(e.name, name); });
  }

  void push(std::string_view name, unsigned traits) {
    const bool preformatted = (traits & kPreformatted) != 0;
    open_.push_back({name, preformatted});
    preformatted_ += preformatted;
  }
  void pop() { close_from(open_.size() - 1); }
  // Closes the innermost open `name` and everything opened after it, if one is open.
  void close(std::string_view name) {
    for (std::size_t k = open_.size(); k-- > 0;)
      if (same_ignoring_case(open_[k].name, name)) return close_from(k);
  }

 private:
  struct Element {
    std::string_view name;
    bool preformatted;
  };

  void close_from(std::size_t index) {
    for (std::size_t k = index; k < open_.size(); ++k) preformatted_ -= open_[k].preformatted;
    open_.resize(index);
  }

  std::vector<Element> open_;
  int preformatted_ = 0;
};

}  // namespace

PreparedMarkup prepare_markup(std::string_view s, const PrepassOptions& options) {
  Output out(s.size());  // what is dropped nearly always outweighs what is added
  PreparedWriter writer(out, options.kept_attributes);
  OpenElements open;
  std::unordered_map<std::string, int> dropped;  // dropped start tags awaiting their end tag, by lower-case name
  bool removed = false;
  Tag tag;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = writer.text(s, i, open.in_preformatted());
    if (lt == s.size()) break;
    if (comment_at(s, lt)) {
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
      if (!dropped.empty()) {
        const auto it = dropped.find(lowered(tag.name));
        if (it != dropped.end() && it->second > 0 && !open.contains(tag.name)) {
          --it->second;
          removed = true;
          continue;
        }
      }
      open.close(tag.name);
      writer.end_tag(tag, as_written);
      continue;
    }
    const unsigned traits = element_traits(tag.name);
    if (traits & kRawText) {
      // Copy the element and its raw text whole (its content is not markup), or drop it.
      const std::size_t content_end = raw_text_end(s, i, tag.name);
      std::size_t element_end = s.size();
      Tag end_tag;
      if (content_end < s.size() && read_tag(s, content_end, end_tag)) element_end = end_tag.end;
      if (!is_dropped_raw_text(tag)) {
        writer.start_tag(tag, traits, as_written);
        writer.raw(s.substr(i, element_end - i));
      }
      i = element_end;
      continue;
    }
    if ((traits & kVoid) || tag.self_closing) {
      writer.start_tag(tag, traits, as_written);
      continue;
    }
    if ((traits & kClosesWhenRepeated) && open.top_is(tag.name)) open.pop();
    if (static_cast<int>(open.depth()) >= options.max_depth) {
      ++dropped[lowered(tag.name)];
      removed = true;
      continue;
    }
    open.push(tag.name, traits);
    writer.start_tag(tag, traits, as_written);
  }
  return {out.str(), removed};
}

}  // namespace newsmark::html
