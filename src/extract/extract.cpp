#include "extract/extract.h"

#include <cstring>
#include <string>
#include <vector>

#include "extract/blocks.h"
#include "text/utf8.h"

namespace newsmark::extract {
namespace {

using html::attribute;

bool is_skipped(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_HEAD:
      return true;
    default:
      return !attribute(node, "hidden").empty() || gumbo_get_attribute(&node->v.element.attributes, "hidden");
  }
}

const char* block_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return "h1";
    case GUMBO_TAG_H2: return "h2";
    case GUMBO_TAG_H3: return "h3";
    case GUMBO_TAG_H4: return "h4";
    case GUMBO_TAG_H5: return "h5";
    case GUMBO_TAG_H6: return "h6";
    case GUMBO_TAG_P: return "p";
    case GUMBO_TAG_LI: return "li";
    case GUMBO_TAG_BLOCKQUOTE: return "blockquote";
    case GUMBO_TAG_FIGCAPTION: return "figcaption";
    case GUMBO_TAG_PRE: return "pre";
    case GUMBO_TAG_TR: return "tr";
    default: return nullptr;
  }
}

void append_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || is_skipped(node)) return;
  if (node->v.element.tag == GUMBO_TAG_BR) {
    out += ' ';
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) append_text(static_cast<const GumboNode*>(children.data[i]), out);
  if (node->v.element.tag == GUMBO_TAG_TD || node->v.element.tag == GUMBO_TAG_TH) out += ' ';
}

// Walks a container: block elements become blocks; loose inline text between them
// becomes a paragraph.
void collect_blocks(const GumboNode* node, BlockWriter& writer, std::string& loose) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) {
      append_text(child, loose);
      continue;
    }
    if (is_skipped(child)) continue;
    if (const char* kind = block_kind(child->v.element.tag)) {
      writer.add("p", loose);
      loose.clear();
      std::string text;
      append_text(child, text);
      writer.add(kind, text);
      continue;
    }
    const bool inline_element = child->v.element.tag == GUMBO_TAG_A || child->v.element.tag == GUMBO_TAG_SPAN ||
                                child->v.element.tag == GUMBO_TAG_B || child->v.element.tag == GUMBO_TAG_STRONG ||
                                child->v.element.tag == GUMBO_TAG_EM || child->v.element.tag == GUMBO_TAG_I;
    if (inline_element) {
      append_text(child, loose);
    } else {
      writer.add("p", loose);
      loose.clear();
      collect_blocks(child, writer, loose);
      writer.add("p", loose);
      loose.clear();
    }
  }
}

const GumboNode* find_first(const GumboNode* node, bool (*pred)(const GumboNode*)) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (pred(node)) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (const GumboNode* hit = find_first(static_cast<const GumboNode*>(children.data[i]), pred)) return hit;
  return nullptr;
}

void read_meta(const GumboNode* node, Article& article) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == GUMBO_TAG_META) {
    std::string key(attribute(node, "property"));
    if (key.empty()) key = attribute(node, "name");
    const std::string content = collapse_whitespace(attribute(node, "content"));
    if (key == "og:title" && article.title.empty()) article.title = content;
    if (key == "og:site_name" && article.site.empty()) article.site = content;
    if (key == "author" && article.byline.empty()) article.byline = content;
    if (key == "article:published_time" && article.published.empty()) article.published = content;
  } else if (node->v.element.tag == GUMBO_TAG_HTML) {
    article.lang = std::string(attribute(node, "lang")).substr(0, 2);
  } else if (node->v.element.tag == GUMBO_TAG_LINK && attribute(node, "rel") == "canonical") {
    article.url = attribute(node, "href");
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) read_meta(static_cast<const GumboNode*>(children.data[i]), article);
}

bool is_article(const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_ARTICLE; }
bool is_main(const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_MAIN; }
bool is_body(const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_BODY; }
bool is_h1(const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_H1; }

}  // namespace

Article extract_article(const html::ParsedHtml& page) {
  Article article;
  read_meta(page.root(), article);
  const GumboNode* container = find_first(page.root(), is_article);
  if (!container) container = find_first(page.root(), is_main);
  if (!container) container = find_first(page.root(), is_body);
  if (!container) container = page.root();
  BlockWriter writer(article);
  if (!find_first(container, is_h1) && !article.title.empty()) writer.add("h1", article.title);
  std::string loose;
  collect_blocks(container, writer, loose);
  writer.add("p", loose);
  if (article.title.empty() && !article.blocks.empty()) {
    const Block& first = article.blocks.front();
    article.title = article.text.substr(first.span.start, first.span.end - first.span.start);
  }
  if (article.lang.empty()) article.lang = detect_language(article.text);
  return article;
}

Article article_from_text(std::string_view text) {
  Article article;
  BlockWriter writer(article);
  const bool has_blank_lines = text.find("\n\n") != std::string_view::npos || text.find("\r\n\r\n") != std::string_view::npos;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = has_blank_lines ? text.find("\n\n", start) : text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    writer.add("p", text.substr(start, end - start));
    start = end + (has_blank_lines ? 2 : 1);
  }
  article.lang = detect_language(article.text);
  return article;
}

std::string detect_language(std::string_view s) {
  std::size_t hangul = 0, latin = 0, kana = 0, han = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (text::is_hangul(cp)) ++hangul;
    else if (text::is_latin_letter(cp)) ++latin;
    else if (text::is_kana(cp)) ++kana;
    else if (text::is_han(cp)) ++han;
  }
  // A Hangul syllable carries about three Latin letters' worth of text.
  if (hangul * 3 >= latin && hangul > 0) return "ko";
  if (kana > 0 && kana * 3 >= latin) return "ja";
  if (han > 0 && han * 3 >= latin) return "zh";
  if (latin > 0) return "en";
  return "";
}

}  // namespace newsmark::extract
