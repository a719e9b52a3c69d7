#include "html/prepass.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <vector>

namespace newsmark::html {
namespace {

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

std::string lower_name_at(std::string_view s, std::size_t pos, std::size_t* end) {
  std::string name;
  while (pos < s.size() && (std::isalnum(static_cast<unsigned char>(s[pos])) || s[pos] == '-' || s[pos] == ':')) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos])));
    ++pos;
  }
  *end = pos;
  return name;
}

// End of the tag starting at `lt` (one past '>'), honouring quoted attribute values.
std::size_t tag_end(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

bool is_dropped_raw_text(std::string_view name, std::string_view start_tag) {
  if (name == "style") return true;
  if (name != "script") return false;
  std::string lower(start_tag);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("ld+json") == std::string::npos;
}

}  // namespace

PreparedMarkup prepare_markup(std::string_view s, int max_depth) {
  std::string out;
  out.reserve(s.size());
  std::vector<std::string> open;
  std::unordered_map<std::string, int> dropped;  // dropped start tags awaiting their end tag
  bool removed = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, lt - i));
    if (s.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = s.find("-->", lt + 4);
      i = close == std::string_view::npos ? s.size() : close + 3;
      continue;
    }
    const bool is_end = lt + 1 < s.size() && s[lt + 1] == '/';
    std::size_t name_end;
    const std::string name = lower_name_at(s, lt + (is_end ? 2 : 1), &name_end);
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const std::size_t stop = tag_end(s, lt);
    const std::string_view tag = s.substr(lt, stop - lt);
    i = stop;
    if (is_end) {
      auto it = dropped.find(name);
      if (it != dropped.end() && it->second > 0 &&
          std::find(open.rbegin(), open.rend(), name) == open.rend()) {
        --it->second;
        removed = true;
        continue;
      }
      auto match = std::find(open.rbegin(), open.rend(), name);
      if (match != open.rend()) open.erase(std::next(match).base(), open.end());
      out.append(tag);
      continue;
    }
    if (is_raw_text(name)) {
      // Copy the element and its raw text whole (its content is not markup), or drop it.
      std::size_t search = stop;
      std::size_t close = std::string_view::npos;
      while ((close = s.find('<', search)) != std::string_view::npos) {
        std::size_t e;
        if (close + 1 < s.size() && s[close + 1] == '/' && lower_name_at(s, close + 2, &e) == name) break;
        search = close + 1;
      }
      const std::size_t content_end = close == std::string_view::npos ? s.size() : tag_end(s, close);
      if (!is_dropped_raw_text(name, tag)) out.append(s.substr(lt, content_end - lt));
      i = content_end;
      continue;
    }
    if (is_void(name) || (tag.size() >= 2 && tag[tag.size() - 2] == '/')) {
      out.append(tag);
      continue;
    }
    if (closes_itself_when_repeated(name) && !open.empty() && open.back() == name) open.pop_back();
    if (static_cast<int>(open.size()) >= max_depth) {
      ++dropped[name];
      removed = true;
      continue;
    }
    open.push_back(name);
    out.append(tag);
  }
  return {std::move(out), removed};
}

}  // namespace newsmark::html
