// Owns the class/id and role hints that tell article from chrome: pattern lists read
// from src/extract/data/*.txt (see class-unlikely.txt for the pattern syntax).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsmark::extract {

// A list of lower-case patterns matched against a class+id string.
class PatternList {
 public:
  explicit PatternList(std::string_view data_file);
  // `lowered` must already be lower case.
  bool matches(std::string_view lowered) const;

 private:
  std::vector<std::string> substrings_, tokens_, prefixes_;
};

struct Hints {
  PatternList unlikely, chrome, maybe, positive, negative, share, byline, dateline, standfirst;
  std::vector<std::string> unlikely_roles, ad_labels, dateline_words, byline_words, copyright_marks;
};

// Loaded once from the embedded data files.
const Hints& hints();

}  // namespace newsmark::extract
