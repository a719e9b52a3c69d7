#include "extract/hints.h"

#include "data/embedded.h"

namespace newsmark::extract {
namespace {

bool is_token_separator(char c) { return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n'; }

std::vector<std::string> lines_of(std::string_view data_file) {
  std::vector<std::string> out;
  data::for_each_line(data::file(data_file), [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

// The first two bytes of `s` as one number.
unsigned first_pair(std::string_view s) {
  return static_cast<unsigned>(static_cast<unsigned char>(s[0])) << 8 | static_cast<unsigned char>(s[1]);
}

}  // namespace

PatternList::PatternList(std::string_view data_file) : pair_starts_(1u << 16) {
  for (std::string& line : lines_of(data_file)) {
    if (line[0] == '=') {
      tokens_.push_back(line.substr(1));
    } else if (line[0] == '^') {
      prefixes_.push_back(line.substr(1));
    } else if (line.size() == 1) {
      single_bytes_ += line[0];
    } else {
      pair_starts_[first_pair(line)] = true;
      by_first_pair_[first_pair(line)].push_back(std::move(line));
    }
  }
}

bool PatternList::matches(std::string_view s) const {
  // Most elements carry neither class nor id: nothing to match.
  if (s.find_first_not_of(" \t\n") == std::string_view::npos) return false;
  return contains_substring(s) || has_matching_token(s);
}

bool PatternList::contains_substring(std::string_view s) const {
  if (!single_bytes_.empty() && s.find_first_of(single_bytes_) != std::string_view::npos) return true;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const unsigned pair = first_pair(s.substr(i));
    if (!pair_starts_[pair]) continue;
    for (const std::string& p : by_first_pair_.at(pair))
      if (s.compare(i, p.size(), p) == 0) return true;
  }
  return false;
}

bool PatternList::has_matching_token(std::string_view s) const {
  if (tokens_.empty() && prefixes_.empty()) return false;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_token_separator(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_token_separator(s[end])) ++end;
    const std::string_view token = s.substr(i, end - i);
    if (!token.empty()) {
      for (const std::string& t : tokens_)
        if (token == t) return true;
      for (const std::string& p : prefixes_)
        if (token.compare(0, p.size(), p) == 0) return true;
    }
    i = end;
  }
  return false;
}

const Hints& hints() {
  static const Hints loaded{PatternList("extract/data/class-unlikely.txt"),
                            PatternList("extract/data/class-chrome.txt"),
                            PatternList("extract/data/class-maybe.txt"),
                            PatternList("extract/data/class-positive.txt"),
                            PatternList("extract/data/class-negative.txt"),
                            PatternList("extract/data/class-share.txt"),
                            PatternList("extract/data/class-byline.txt"),
                            PatternList("extract/data/class-dateline.txt"),
                            PatternList("extract/data/class-standfirst.txt"),
                            lines_of("extract/data/roles-unlikely.txt"),
                            lines_of("extract/data/ad-labels.txt"),
                            lines_of("extract/data/dateline-words.txt"),
                            lines_of("extract/data/byline-words.txt"),
                            lines_of("extract/data/copyright-marks.txt")};
  return loaded;
}

}  // namespace newsmark::extract
