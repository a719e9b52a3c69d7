#include "extract/extract.h"

#include <string>
#include <vector>

#include "extract/blocks.h"
#include "extract/candidates.h"
#include "extract/cleaning.h"
#include "extract/dom.h"
#include "extract/metadata.h"
#include "extract/reader.h"
#include "text/utf8.h"

namespace newsmark::extract {
namespace {

// Below this many characters an extraction is retried with fewer heuristics.
constexpr std::size_t kMinimumArticleChars = 500;

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += !text::is_continuation(static_cast<unsigned char>(c));
  return n;
}

const GumboNode* find_body(const GumboNode* root) {
  for (unsigned i = 0; i < child_count(root); ++i)
    if (is_tag(child_at(root, i), GUMBO_TAG_BODY)) return child_at(root, i);
  return root;
}

// Plain text pasted as HTML: the body holds text and nothing else.
bool holds_only_text(const GumboNode* body, std::string* text) {
  for (unsigned i = 0; i < child_count(body); ++i) {
    const GumboNode* c = child_at(body, i);
    if (is_element(c)) return false;
    if (is_text(c)) *text += c->v.text.text;
  }
  return true;
}

// The article without its headline: one attempt per heuristic switched off, until
// one yields enough text; the longest otherwise.
struct Content {
  Article blocks;
  std::string byline;
};

Content read_content(const GumboNode* body, const PageMetadata& meta) {
  Flags flags;
  Content best;
  for (int attempt = 0; attempt < 4; ++attempt) {
    Grabbed grabbed = grab_article(body, meta.title, !meta.byline.empty(), flags);
    clean_article(grabbed, flags);
    Content content;
    BlockWriter writer(content.blocks);
    read_blocks(grabbed, writer);
    content.byline = grabbed.byline;
    const std::size_t length = char_count(content.blocks.text);
    if (length >= kMinimumArticleChars) return content;
    if (length > char_count(best.blocks.text)) best = std::move(content);
    if (flags.strip_unlikely) flags.strip_unlikely = false;
    else if (flags.weight_classes) flags.weight_classes = false;
    else if (flags.clean_conditionally) flags.clean_conditionally = false;
    else break;
  }
  return best;
}

// schema.org articleBody as blocks: paragraphs are separated by line breaks.
Article article_from_json_ld(std::string_view body) {
  Article article;
  BlockWriter writer(article);
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    writer.add("p", body.substr(start, end - start));
    start = end + 1;
  }
  return article;
}

bool is_heading_kind(const std::string& kind) { return kind.size() == 2 && kind[0] == 'h'; }

std::string block_text(const Article& a, const Block& b) { return a.text.substr(b.span.start, b.span.end - b.span.start); }

}  // namespace

Article extract_article(const html::ParsedHtml& page) {
  const GumboNode* root = page.root();
  const PageMetadata meta = read_metadata(root);
  const GumboNode* body = find_body(root);

  Article content;
  std::string dom_byline;
  std::string plain;
  if (holds_only_text(body, &plain)) {
    content = article_from_text(plain);
  } else {
    Content read = read_content(body, meta);
    content = std::move(read.blocks);
    dom_byline = std::move(read.byline);
  }
  // Pages rendered by script carry the article only in their JSON-LD.
  if (!meta.json_ld_body.empty() && char_count(meta.json_ld_body) > 2 * char_count(content.text))
    content = article_from_json_ld(meta.json_ld_body);

  Article article;
  article.title = meta.title;
  article.byline = meta.byline.empty() ? dom_byline : meta.byline;
  article.published = meta.published;
  article.site = meta.site;
  article.url = meta.url;
  BlockWriter writer(article);
  if (!article.title.empty()) {
    const bool content_starts_with_it = !content.blocks.empty() &&
                                        is_heading_kind(content.blocks.front().kind) &&
                                        collapse_whitespace(block_text(content, content.blocks.front())) ==
                                            collapse_whitespace(article.title);
    if (!content_starts_with_it) writer.add("h1", article.title);
  } else if (!content.blocks.empty() && is_heading_kind(content.blocks.front().kind)) {
    article.title = block_text(content, content.blocks.front());
  }
  for (const Block& b : content.blocks) writer.add(b.kind, block_text(content, b));
  article.lang = meta.lang.empty() ? detect_language(article.text) : meta.lang;
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
