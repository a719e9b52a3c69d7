// Owns the class/id and role hints that tell article from chrome: pattern lists read
// from src/extract/data/*.txt (see class-unlikely.txt for the pattern syntax).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsmark::extract {

// A list of lower-case patterns matched against a class+id string.
class PatternList {
 public:
  explicit PatternList(std::string_view data_file);
  // `lowered` must already be lower case.
  bool matches(std::string_view lowered) const;

 private:
  enum class Kind { kSubstring, kToken, kTokenPrefix };
  struct Pattern {
    std::string text;
    Kind kind;
  };

  bool matches_at(const Pattern& p, std::string_view s, std::size_t at) const;

  // One pass over the string finds every kind of pattern: a token is a substring with
  // separators (or the string's ends) around it, a token prefix one with a separator
  // before it. Patterns are looked up by their first two bytes, so that only those that
  // can start at a position are compared there.
  std::vector<bool> pair_starts_;  // 65536 flags
  std::unordered_map<unsigned, std::vector<Pattern>> by_first_pair_;
  std::vector<Pattern> one_byte_;  // patterns too short to have a first pair
};

struct Hints {
  PatternList unlikely, chrome, maybe, positive, negative, share, byline, dateline, standfirst;
  std::vector<std::string> unlikely_roles, ad_labels, dateline_words, byline_words, copyright_marks;
};

// Loaded once from the embedded data files.
const Hints& hints();

}  // namespace newsmark::extract
