#include "extract/hints.h"

#include <algorithm>

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
    Pattern pattern{line, Kind::kSubstring};
    if (line[0] == '=' || line[0] == '^') {
      pattern = {line.substr(1), line[0] == '=' ? Kind::kToken : Kind::kTokenPrefix};
      // A token never holds a separator: such a pattern could never match.
      if (std::any_of(pattern.text.begin(), pattern.text.end(), is_token_separator)) continue;
    }
    if (pattern.text.empty()) continue;
    if (pattern.text.size() == 1) {
      one_byte_.push_back(std::move(pattern));
      continue;
    }
    const unsigned pair = first_pair(pattern.text);
    pair_starts_[pair] = true;
    by_first_pair_[pair].push_back(std::move(pattern));
  }
}

bool PatternList::matches(std::string_view s) const {
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (const Pattern& p : one_byte_)
      if (matches_at(p, s, i)) return true;
    if (i + 1 >= s.size()) break;
    const unsigned pair = first_pair(s.substr(i));
    if (!pair_starts_[pair]) continue;
    for (const Pattern& p : by_first_pair_.at(pair))
      if (matches_at(p, s, i)) return true;
  }
  return false;
}

bool PatternList::matches_at(const Pattern& p, std::string_view s, std::size_t at) const {
  if (s.compare(at, p.text.size(), p.text) != 0) return false;
  if (p.kind == Kind::kSubstring) return true;
  const bool starts_token = at == 0 || is_token_separator(s[at - 1]);
  if (p.kind == Kind::kTokenPrefix) return starts_token;
  const std::size_t after = at + p.text.size();
  return starts_token && (after == s.size() || is_token_separator(s[after]));
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
