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
  bool contains_substring(std::string_view s) const;
  bool has_matching_token(std::string_view s) const;

  // Substring patterns are found in one pass over the string: by their first two bytes,
  // so that only the patterns that can start at a position are compared there.
  std::vector<bool> pair_starts_;                                        // 65536 flags
  std::unordered_map<unsigned, std::vector<std::string>> by_first_pair_;
  std::string single_bytes_;                                             // one-byte patterns
  std::vector<std::string> tokens_, prefixes_;
};

struct Hints {
  PatternList unlikely, chrome, maybe, positive, negative, share, byline, dateline, standfirst;
  std::vector<std::string> unlikely_roles, ad_labels, dateline_words, byline_words, copyright_marks;
};

// Loaded once from the embedded data files.
const Hints& hints();

}  // namespace newsmark::extract
