#include "html/parse.h"

#include <cctype>
#include <cstring>

#include "html/prepass.h"

namespace newsmark::html {

ParsedHtml::ParsedHtml(std::string_view utf8_html, const std::vector<AttributeRead>* kept_attributes) {
  PreparedMarkup prepared = prepare_markup(utf8_html, {kMaxNestingDepth, kept_attributes});
  source_ = std::move(prepared.markup);
  flattened_ = prepared.flattened;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported; collecting them costs time
  options.allocator = &Arena::gumbo_allocate;
  options.deallocator = &Arena::gumbo_deallocate;
  options.userdata = &arena_;
  output_ = gumbo_parse_with_options(&options, source_.data(), source_.size());
}

// gumbo_destroy_output is not needed: the arena releases the whole tree at once.
ParsedHtml::~ParsedHtml() = default;

namespace {

// gumbo_get_attribute compares names with strcasecmp, which costs a locale lookup per
// character; extraction asks for attributes of every element several times.
const GumboAttribute* find_attribute(const GumboNode* node, const char* name) {
  if (!node || node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& attributes = node->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    // Most names differ in their first letter: test it before calling strcmp.
    if (attr->name[0] == name[0] && std::strcmp(attr->name, name) == 0) return attr;
  }
  return nullptr;
}

}  // namespace

std::string_view attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attr = find_attribute(node, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

bool has_attribute(const GumboNode* node, const char* name) { return find_attribute(node, name) != nullptr; }

bool is_element(const GumboNode* node, GumboTag tag) {
  return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string tag_name(const GumboNode* node) {
  if (!node || node->type != GUMBO_NODE_ELEMENT) return {};
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(node->v.element.tag);
  GumboStringPiece piece = node->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace newsmark::html
