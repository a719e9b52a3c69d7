#include "extract/extract.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/embedded.h"
#include "extract/blocks.h"
#include "extract/candidates.h"
#include "extract/cleaning.h"
#include "extract/dom.h"
#include "extract/hints.h"
#include "extract/metadata.h"
#include "extract/reader.h"
#include "text/bytes.h"
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

// Length for the "enough text" test: a Hangul, Han or Kana character says about as much
// as two Latin ones.
std::size_t weighted_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    // ASCII without decoding, eight bytes at a time while they all are: the article's
    // text is read in full on every attempt.
    if (i + 8 <= s.size() && !(text::load<std::uint64_t>(s.data() + i) & text::kHighBits)) {
      n += 8;
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++n;
      ++i;
      continue;
    }
    const char32_t cp = text::next_code_point(s, i);
    n += text::is_hangul(cp) || text::is_han(cp) || text::is_kana(cp) ? 2 : 1;
  }
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

// The article without its headline.
struct Content {
  Article blocks;
  std::string byline;
  std::string standfirst;  // the summary under the headline, when outside the container
};

std::size_t source_offset(const GumboNode* node) {
  return is_element(node) ? node->v.element.start_pos.offset : node->v.text.start_pos.offset;
}

// Whether a reader sees the node: neither it nor an ancestor is hidden or chrome.
bool is_visible_content(const GumboNode* node, const PageFacts& page) {
  for (const GumboNode* p = node; p && is_element(p); p = p->parent) {
    const ElementFacts facts = page.of(p);
    if (!facts.visible) return false;
    if ((facts.hints & kChrome) || ((facts.hints & kUnlikely) && !(facts.hints & kMaybe))) return false;
  }
  return true;
}

// Where the article's first real paragraph starts in the source: a standfirst comes before it.
std::size_t first_paragraph_offset(const Grabbed& grabbed) {
  constexpr double kParagraph = 50;
  const ContentItem& first = grabbed.items.front();
  std::size_t offset = source_offset(first.is_run() ? child_at(first.parent, first.begin) : first.node);
  bool found = false;
  for (const ContentItem& item : grabbed.items) {
    if (found) break;
    if (item.is_run()) {
      found = grabbed.view.measure_children(item.parent, item.begin, item.end).length >= kParagraph;
      if (found) offset = source_offset(child_at(item.parent, item.begin));
      continue;
    }
    grabbed.view.for_each_element(item.node, [&](const GumboNode* e) {
      if (found) return false;
      if ((tag_of(e) == GUMBO_TAG_P || grabbed.structure.paragraph_divs.contains(e)) &&
          grabbed.view.measure(e).length >= kParagraph) {
        found = true;
        offset = source_offset(e);
        return false;
      }
      return true;
    });
  }
  return offset;
}

// The first element hinted as a standfirst next to the headline (after it, in the same
// parent), before the article's first paragraph, and not already part of the text.
std::string find_standfirst(const Grabbed& grabbed, const std::string& text) {
  constexpr double kShortest = 10, kLongest = 400;
  const GumboNode* headline = grabbed.title_heading;
  if (grabbed.items.empty() || grabbed.whole_body || !headline || !is_element(headline->parent)) return {};
  const std::size_t from = source_offset(headline);
  const std::size_t limit = first_paragraph_offset(grabbed);
  std::string found;
  const View plain(grabbed.view.page_facts());
  plain.for_each_element(headline->parent, [&](const GumboNode* e) {
    if (!found.empty() || source_offset(e) >= limit) return false;
    if (source_offset(e) <= from) return false;
    if (!(plain.facts(e).hints & kStandfirst)) return true;
    const Measure m = plain.measure(e);
    if (m.length < kShortest || m.length > kLongest || m.link_length > 0 || !is_visible_content(e, plain.page_facts()))
      return false;
    std::string candidate = collapse_whitespace(plain.text(e));
    if (text.find(candidate) == std::string::npos) found = std::move(candidate);
    return false;
  });
  return found;
}

// One attempt per heuristic switched off, until one yields enough text; the longest
// otherwise.
Content read_content(const GumboNode* body, const PageMetadata& meta) {
  Flags flags;
  const PageFacts facts;
  Content best;
  std::size_t best_length = 0;
  for (int attempt = 0; attempt < 4; ++attempt) {
    Grabbed grabbed = grab_article(body, meta.title, !meta.byline.empty(), flags, facts);
    clean_article(grabbed, flags);
    Content content;
    BlockWriter writer(content.blocks);
    read_blocks(grabbed, writer);
    content.byline = grabbed.byline;
    content.standfirst = find_standfirst(grabbed, content.blocks.text);
    const std::size_t length = weighted_length(content.blocks.text);
    if (length >= kMinimumArticleChars) return content;
    if (attempt == 0 || length > best_length) {
      best = std::move(content);
      best_length = length;
    }
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

// A line is a name, then the elements it is read on if not all, then how much of it is
// read if not all of it: `href a prefix=2`, `rel if=canonical,author`, `href link
// if-rel=canonical` (the format is described in the file).
const std::vector<html::AttributeRead>& attributes_read() {
  static const std::vector<html::AttributeRead> attributes = [] {
    std::vector<html::AttributeRead> out;
    data::for_each_line(data::file("extract/data/attributes-read.txt"), [&](std::string_view line) {
      html::AttributeRead read;
      data::for_each_field(line, ' ', [&](std::string_view field) {
        if (field.empty()) return;
        const std::size_t equals = field.find('=');
        if (read.name.empty()) {
          read.name = std::string(field);
        } else if (equals == std::string_view::npos) {
          read.elements.emplace_back(field);
        } else if (field.substr(0, equals) == "prefix") {
          read.prefix_bytes = std::stoul(std::string(field.substr(equals + 1)));
        } else {
          const std::string_view key = field.substr(0, equals);
          if (key.substr(0, 3) == "if-") read.needles_in = std::string(key.substr(3));
          else if (key != "if") throw std::logic_error("attributes-read.txt: unknown " + std::string(key));
          data::for_each_field(field.substr(equals + 1), ',', [&](std::string_view word) {
            if (!word.empty()) read.needles.emplace_back(word);
          });
        }
      });
      out.push_back(std::move(read));
    });
    return out;
  }();
  return attributes;
}

Article extract_article(const html::ParsedHtml& page) {
  const GumboNode* root = page.root();
  const PageMetadata meta = read_metadata(root);
  const GumboNode* body = find_body(root);

  Article content;
  std::string dom_byline, standfirst;
  std::string plain;
  if (holds_only_text(body, &plain)) {
    content = article_from_text(plain);
  } else {
    Content read = read_content(body, meta);
    content = std::move(read.blocks);
    dom_byline = std::move(read.byline);
    standfirst = std::move(read.standfirst);
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
  writer.add("summary", standfirst);
  // The content's blocks are already collapsed: append them with their spans shifted.
  if (!content.text.empty()) {
    if (!article.text.empty()) article.text += "\n\n";
    const std::size_t shift = article.text.size();
    article.text += content.text;
    for (Block& b : content.blocks) {
      b.span.start += shift;
      b.span.end += shift;
      article.blocks.push_back(std::move(b));
    }
  }
  article.lang = meta.lang.empty() ? detect_language(article.text) : meta.lang;
  return article;
}

Article article_from_text(std::string_view text) {
  Article article;
  article.text.reserve(text.size());  // never longer than the input: no copy as it grows
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

namespace {

// The ASCII letters among the eight bytes of `word`, all of them ASCII: each byte in
// lower case lands, with no carry into the next, in a range that sets bit 7 from 'a' on
// and another that sets it past 'z'.
std::size_t ascii_letters_in(std::uint64_t word) {
  const std::uint64_t lower = word | text::kEveryByte * 0x20;
  const std::uint64_t from_a = lower + text::kEveryByte * (0x80 - 'a');
  const std::uint64_t past_z = lower + text::kEveryByte * (0x80 - 'z' - 1);
  return text::count_marked_bytes(from_a & ~past_z & text::kHighBits);
}

// Whether a Hangul syllable (U+AC00..U+D7A3) starts at s[i]. Their sequences are EA B0 80
// to ED 9E A3, so read as one big-endian number they are a range.
bool is_hangul_syllable_at(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size()) return false;
  const auto byte = [&](std::size_t k) { return std::uint32_t{static_cast<unsigned char>(s[k])}; };
  const std::uint32_t sequence = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
  return sequence - 0xEAB080u <= 0xED9EA3u - 0xEAB080u && (sequence & 0xC0C0u) == 0x8080u;
}

}  // namespace

std::string detect_language(std::string_view s) {
  std::size_t hangul = 0, latin = 0, kana = 0, han = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {  // ASCII without decoding, and more ASCII eight bytes at a time
      latin += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
      ++i;
      while (i + 8 <= s.size()) {
        const std::uint64_t word = text::load<std::uint64_t>(s.data() + i);
        if (word & text::kHighBits) break;
        latin += ascii_letters_in(word);
        i += 8;
      }
      continue;
    }
    if (is_hangul_syllable_at(s, i)) {  // counted without decoding, and the rest of the word with it
      do {
        ++hangul;
        i += 3;
      } while (is_hangul_syllable_at(s, i));
      continue;
    }
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
