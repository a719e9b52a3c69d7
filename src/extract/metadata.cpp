#include "extract/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <string_view>
#include <vector>

#include "data/embedded.h"
#include "extract/blocks.h"
#include "extract/dom.h"
#include "html/parse.h"
#include "text/utf8.h"

namespace newsmark::extract {
namespace {

using Json = nlohmann::json;

// Every element of the document in order, iteratively. Text nodes, half of a page's
// nodes, never go on the stack.
template <typename Visit>
void for_each_node(const GumboNode* root, Visit&& visit) {
  if (!is_element(root)) return;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    visit(node);
    for (unsigned i = child_count(node); i-- > 0;)
      if (is_element(child_at(node, i))) stack.push_back(child_at(node, i));
  }
}

std::string raw_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (is_text(n)) out += n->v.text.text;
    if (!is_element(n) || (n != node && (tag_of(n) == GUMBO_TAG_SCRIPT || tag_of(n) == GUMBO_TAG_STYLE))) continue;
    for (unsigned i = child_count(n); i-- > 0;) stack.push_back(child_at(n, i));
  }
  return out;
}

// Words as splitting on white space counts them (an empty string is one word), where
// every four Hangul, Han or Kana characters count as one more word: a Korean headline
// has fewer, longer words than an English one.
std::size_t word_count(std::string_view s) {
  std::size_t words = 1, cjk = 0;
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
    if (space && !in_space) ++words;
    in_space = space;
    if (text::is_hangul(cp) || text::is_han(cp) || text::is_kana(cp)) ++cjk;
  }
  return words + cjk / 4;
}

// Separators between a page's title and its site or section: | - \ / > » – —.
// Returns the byte width of the separator starting at `i`, or 0.
std::size_t separator_width(std::string_view s, std::size_t i) {
  const char c = s[i];
  // " : " with spaces on both sides (Korean portals: "제목 : 사이트") separates too.
  if (c == ':' && i > 0 && s[i - 1] == ' ' && i + 1 < s.size() && s[i + 1] == ' ') return 1;
  if (c == '|' || c == '-' || c == '\\' || c == '/' || c == '>') return 1;
  if (s.compare(i, 2, "\xC2\xBB") == 0) return 2;                                      // »
  if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) return 3;  // – —
  return 0;
}

// Positions and widths of " X " separators in `title`.
std::vector<std::pair<std::size_t, std::size_t>> title_separators(std::string_view title) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i + 2 < title.size(); ++i) {
    if (title[i] != ' ') continue;
    const std::size_t w = separator_width(title, i + 1);
    if (w && i + 1 + w < title.size() && title[i + 1 + w] == ' ') out.push_back({i, w});
  }
  return out;
}

// Separators that say "section > page" rather than "page | site".
bool has_hierarchical_separator(std::string_view title) {
  for (const auto& [pos, width] : title_separators(title)) {
    const char c = title[pos + 1];
    if (c == '\\' || c == '/' || c == '>' || width == 2) return true;
  }
  return false;
}

// Removes everything up to and including the first separator character.
std::string drop_first_part(std::string_view title) {
  for (std::size_t i = 0; i < title.size(); ++i)
    if (const std::size_t w = separator_width(title, i)) return std::string(title.substr(i + w));
  return std::string(title);
}

std::size_t words_without_separators(std::string_view title) {
  std::string s;
  for (std::size_t i = 0; i < title.size();) {
    const std::size_t w = separator_width(title, i);
    if (w) {
      i += w;
      continue;
    }
    s += title[i++];
  }
  return word_count(s);
}

bool type_is_article(const Json& type) {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> out;
    data::for_each_line(data::file("extract/data/jsonld-article-types.txt"),
                        [&](std::string_view l) { out.emplace_back(l); });
    return out;
  }();
  auto one = [&](const Json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return s.find(k) != std::string::npos; });
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

const Json* find_article_object(const Json& j) {
  if (j.is_array()) {
    for (const Json& item : j)
      if (const Json* hit = find_article_object(item)) return hit;
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (j.contains("@type") && type_is_article(j["@type"])) return &j;
  if (j.contains("@graph") && j["@graph"].is_array())
    for (const Json& item : j["@graph"])
      if (item.is_object() && item.contains("@type") && type_is_article(item["@type"])) return &item;
  return nullptr;
}

std::string string_field(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key)) return {};
  const Json& v = j[key];
  if (v.is_string()) return collapse_whitespace(v.get<std::string>());
  return {};
}

std::string author_names(const Json& author) {
  if (author.is_string()) return collapse_whitespace(author.get<std::string>());
  if (author.is_object()) return string_field(author, "name");
  if (!author.is_array()) return {};
  std::string out;
  for (const Json& a : author) {
    const std::string name = a.is_string() ? collapse_whitespace(a.get<std::string>()) : string_field(a, "name");
    if (name.empty()) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

struct JsonLd {
  std::string title, byline, site, published, body;
};

void read_json_ld(const GumboNode* script, const GumboNode* root, JsonLd& out) {
  std::string content = raw_text(script);
  const std::size_t cdata = content.find("<![CDATA[");
  if (cdata != std::string::npos) content.erase(0, cdata + 9);
  const std::size_t cdata_end = content.rfind("]]>");
  if (cdata_end != std::string::npos) content.erase(cdata_end);
  const Json parsed = Json::parse(content, nullptr, false);
  if (parsed.is_discarded()) return;
  const Json* article = find_article_object(parsed);
  if (!article) return;
  const std::string name = string_field(*article, "name");
  const std::string headline = string_field(*article, "headline");
  if (!name.empty() && !headline.empty() && name != headline) {
    // Some sites put the site name in `name`: keep the one that matches <title>.
    const std::string doc_title = title_from_document(root);
    const bool name_matches = text_similarity(name, doc_title) > 0.75;
    const bool headline_matches = text_similarity(headline, doc_title) > 0.75;
    out.title = headline_matches && !name_matches ? headline : name;
  } else {
    out.title = !name.empty() ? name : headline;
  }
  if (article->contains("author")) out.byline = author_names((*article)["author"]);
  if (article->contains("publisher")) out.site = string_field((*article)["publisher"], "name");
  out.published = string_field(*article, "datePublished");
  if (article->contains("articleBody") && (*article)["articleBody"].is_string())
    out.body = (*article)["articleBody"].get<std::string>();
}

// Whether a property token is one that is read: a prefix and a name, "og:title".
bool is_read_property(std::string_view token) {
  static constexpr std::string_view kPrefixes[] = {"article:", "dc:", "dcterm:", "og:", "twitter:"};
  static constexpr std::string_view kNames[] = {"author", "creator", "description", "published_time",
                                                "title", "site_name", "url"};
  for (const std::string_view prefix : kPrefixes) {
    if (token.substr(0, prefix.size()) != prefix) continue;
    if (std::find(std::begin(kNames), std::end(kNames), token.substr(prefix.size())) != std::end(kNames)) return true;
  }
  return false;
}

// <meta property|name=... content=...>, keyed the way the property patterns name them
// ("og:title", "article:published_time", "author", "parsely-title"...).
void read_meta_tag(const GumboNode* node, std::map<std::string, std::string>& values) {
  const std::string content = collapse_whitespace(html::attribute(node, "content"));
  if (content.empty()) return;
  const std::string property = ascii_lower(html::attribute(node, "property"));
  std::string key;
  std::size_t start = 0;
  while (key.empty() && start < property.size()) {
    std::size_t end = property.find(' ', start);
    if (end == std::string::npos) end = property.size();
    const std::string_view token = std::string_view(property).substr(start, end - start);
    if (is_read_property(token)) key = token;
    start = end + 1;
  }
  if (key.empty()) {
    std::string name = ascii_lower(html::attribute(node, "name"));
    name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
               name.end());
    std::replace(name.begin(), name.end(), '.', ':');
    key = name;
  }
  if (!key.empty()) values[key] = content;
}

std::string first_of(const std::map<std::string, std::string>& values, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = values.find(k);
    if (it != values.end() && !it->second.empty()) return it->second;
  }
  return {};
}

bool is_url(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) || cp == '_';
  // General punctuation, CJK punctuation and full-width forms separate words.
  if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
      cp == 0xA0 || cp == 0xB7 || cp == 0xAB || cp == 0xBB)
    return false;
  return true;
}

std::vector<std::string> word_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = text::next_code_point(s, i);
    if (is_word_cp(cp)) {
      if (cp < 0x80) current += static_cast<char>(std::tolower(static_cast<int>(cp)));
      else current.append(s.substr(start, i - start));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::size_t joined_length(const std::vector<std::string>& words) {
  std::size_t n = 0;
  for (const std::string& w : words) n += w.size() + 1;
  return n ? n - 1 : 0;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

int month_from_name(std::string_view s) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string l = ascii_lower(s.substr(0, 3));
  for (int m = 0; m < 12; ++m)
    if (l == kMonths[m]) return m + 1;
  return 0;
}

}  // namespace

std::string title_from_document(const GumboNode* root) {
  std::string original;
  std::vector<std::string> headings;  // h1 and h2 texts
  int h1_count = 0;
  std::string only_h1;
  bool found_title = false;
  for_each_node(root, [&](const GumboNode* n) {
    const GumboTag tag = tag_of(n);
    if (tag == GUMBO_TAG_TITLE && !found_title) {
      original = collapse_whitespace(raw_text(n));
      found_title = true;
    } else if (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) {
      headings.push_back(collapse_whitespace(raw_text(n)));
      if (tag == GUMBO_TAG_H1 && ++h1_count == 1) only_h1 = headings.back();
    }
  });
  std::string title = original;
  const auto separators = title_separators(original);
  const bool hierarchical = has_hierarchical_separator(original);
  if (!separators.empty()) {
    title = original.substr(0, separators.back().first);
    if (word_count(title) < 3) title = drop_first_part(original);
  } else if (original.find(": ") != std::string::npos) {
    if (std::find(headings.begin(), headings.end(), original) == headings.end()) {
      title = original.substr(original.rfind(':') + 1);
      if (word_count(collapse_whitespace(title)) < 3) title = original.substr(original.find(':') + 1);
      else if (word_count(original.substr(0, original.find(':'))) > 5) title = original;
    }
  } else {
    std::size_t units = 0;
    for (std::size_t i = 0; i < original.size(); ++i) units += !text::is_continuation(original[i]);
    if ((units > 150 || units < 15) && h1_count == 1) title = only_h1;
  }
  title = collapse_whitespace(title);
  const std::size_t words = word_count(title);
  if (words <= 4 && (!hierarchical || words != words_without_separators(original) - 1)) title = original;
  return title;
}

double text_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> ta = word_tokens(a), tb = word_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::vector<std::string> unique_b;
  for (const std::string& t : tb)
    if (std::find(ta.begin(), ta.end(), t) == ta.end()) unique_b.push_back(t);
  return 1.0 - static_cast<double>(joined_length(unique_b)) / static_cast<double>(joined_length(tb));
}

std::string to_iso8601(std::string_view date) {
  const std::string s = collapse_whitespace(date);
  // Split into runs of digits and runs of letters, remembering a trailing zone.
  std::vector<std::string> numbers;
  int month_name = 0;
  std::string zone;
  for (std::size_t i = 0; i < s.size();) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      std::size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      const bool zone_sign = i > 0 && (s[i - 1] == '+' || s[i - 1] == '-') && numbers.size() >= 5;
      if (zone_sign) {
        std::string z = s.substr(i, j - i);
        if (j + 2 < s.size() + 1 && j < s.size() && s[j] == ':') {
          std::size_t k = j + 1;
          while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
          z += s.substr(j + 1, k - j - 1);
          j = k;
        }
        if (z.size() == 4) zone = std::string(1, s[i - 1]) + z.substr(0, 2) + ":" + z.substr(2);
        else if (z.size() == 2) zone = std::string(1, s[i - 1]) + z + ":00";
      } else {
        numbers.push_back(s.substr(i, j - i));
      }
      i = j;
    } else if (std::isalpha(static_cast<unsigned char>(s[i]))) {
      std::size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      const std::string word = s.substr(i, j - i);
      if (word == "Z" || word == "UTC" || word == "GMT") zone = "Z";
      else if (!month_name) month_name = month_from_name(word);
      i = j;
    } else {
      ++i;
    }
  }
  int year = 0, month = 0, day = 0;
  std::size_t next = 0;
  if (numbers.size() >= 1 && numbers[0].size() == 8 && all_digits(numbers[0])) {
    year = std::stoi(numbers[0].substr(0, 4));
    month = std::stoi(numbers[0].substr(4, 2));
    day = std::stoi(numbers[0].substr(6, 2));
    next = 1;
  } else if (month_name && numbers.size() >= 2) {
    // "14 Nov 2025 09:21" or "Nov 14, 2025"
    const bool year_first_number = numbers[0].size() == 4;
    day = std::stoi(year_first_number ? numbers[1] : numbers[0]);
    year = std::stoi(year_first_number ? numbers[0] : numbers[1]);
    month = month_name;
    next = 2;
  } else if (numbers.size() >= 3 && numbers[0].size() == 4) {
    year = std::stoi(numbers[0]);
    month = std::stoi(numbers[1]);
    day = std::stoi(numbers[2]);
    next = 3;
  }
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return std::string(date);
  std::string out = std::to_string(year) + "-" + two(month) + "-" + two(day);
  if (numbers.size() >= next + 2 && numbers[next].size() <= 2 && numbers[next + 1].size() == 2) {
    int hour = std::stoi(numbers[next]);
    // "오후 3:10" and "3:10 PM" are afternoon times.
    if ((s.find("\xEC\x98\xA4\xED\x9B\x84") != std::string::npos || s.find("PM") != std::string::npos ||
         s.find("pm") != std::string::npos) && hour < 12)
      hour += 12;
    out += "T" + two(hour) + ":" + numbers[next + 1];
    if (numbers.size() >= next + 3 && numbers[next + 2].size() == 2) out += ":" + numbers[next + 2];
    out += zone;
  }
  return out;
}

PageMetadata read_metadata(const GumboNode* root) {
  PageMetadata meta;
  std::map<std::string, std::string> values;
  JsonLd json_ld;
  bool json_ld_found = false;
  std::string item_published;
  for_each_node(root, [&](const GumboNode* n) {
    switch (tag_of(n)) {
      case GUMBO_TAG_HTML:
        if (meta.lang.empty()) meta.lang = ascii_lower(html::attribute(n, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        meta.has_head_data = true;
        break;
      case GUMBO_TAG_META:
        meta.has_head_data = true;
        read_meta_tag(n, values);
        if (ascii_lower(html::attribute(n, "itemprop")) == "datepublished" && item_published.empty())
          item_published = std::string(html::attribute(n, "content"));
        if (ascii_lower(html::attribute(n, "http-equiv")) == "content-language" && meta.lang.empty())
          meta.lang = ascii_lower(html::attribute(n, "content"));
        break;
      case GUMBO_TAG_LINK: {
        // The pre-pass keeps href only where rel may say canonical (data/attributes-read.txt).
        const std::string rel = " " + ascii_lower(html::attribute(n, "rel")) + " ";
        if (rel.find(" canonical ") != std::string::npos && meta.url.empty())
          meta.url = collapse_whitespace(html::attribute(n, "href"));
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (!json_ld_found && ascii_lower(html::attribute(n, "type")) == "application/ld+json") {
          meta.has_head_data = true;
          read_json_ld(n, root, json_ld);
          json_ld_found = !json_ld.title.empty() || !json_ld.body.empty() || !json_ld.byline.empty();
        }
        break;
      case GUMBO_TAG_TIME:
        if (item_published.empty() && ascii_lower(html::attribute(n, "itemprop")) == "datepublished")
          item_published = std::string(html::attribute(n, "datetime"));
        break;
      default:
        break;
    }
  });
  meta.title = json_ld.title;
  if (meta.title.empty())
    meta.title = first_of(values, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                   "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
  if (meta.title.empty()) meta.title = title_from_document(root);
  std::string article_author = first_of(values, {"article:author"});
  if (is_url(article_author)) article_author.clear();
  meta.byline = json_ld.byline;
  if (meta.byline.empty())
    meta.byline = first_of(values, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
  if (meta.byline.empty()) meta.byline = article_author;
  meta.site = json_ld.site.empty() ? first_of(values, {"og:site_name"}) : json_ld.site;
  std::string published = json_ld.published;
  if (published.empty()) published = first_of(values, {"article:published_time", "parsely-pub-date"});
  if (published.empty()) published = item_published;
  meta.published = published.empty() ? "" : to_iso8601(published);
  if (meta.url.empty()) meta.url = first_of(values, {"og:url"});
  meta.json_ld_body = std::move(json_ld.body);
  const std::size_t cut = meta.lang.find_first_of("-_");
  if (cut != std::string::npos) meta.lang.erase(cut);
  return meta;
}

}  // namespace newsmark::extract
