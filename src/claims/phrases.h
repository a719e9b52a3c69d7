// Owns fast phrase lookup for the claim rules: a set of phrases indexed by their first
// and last character, so that a sentence is scanned once instead of once per phrase.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsmark::claims {

struct PhraseMatch {
  bool fold_case = false;   // compare ASCII letters case-insensitively (phrases are lower case)
  bool word_start = false;  // the match must not follow an ASCII letter
  bool word_end = false;    // the match must not be followed by an ASCII letter
};

class PhraseSet {
 public:
  void add(std::string phrase);
  bool empty() const { return phrases_.empty(); }

  // Whether some phrase occurs in `s`.
  bool occurs_in(std::string_view s, PhraseMatch how = {}) const;
  // Whether `s` ends / starts with some phrase (exact case).
  bool is_suffix_of(std::string_view s) const;
  bool is_prefix_of(std::string_view s) const;
  // Whether `s` equals some phrase.
  bool contains(std::string_view s) const;

 private:
  // A quick filter before the hash lookup: whether some phrase starts with a character
  // whose low 16 bits are the index.
  std::vector<bool> may_start_ = std::vector<bool>(1 << 16, false);
  std::vector<std::string> phrases_;
  std::unordered_map<char32_t, std::vector<std::size_t>> by_first_, by_last_;
};

}  // namespace newsmark::claims
