// Owns the class/id and role hints that tell article from chrome: pattern lists read
// from src/extract/data/*.txt (see class-unlikely.txt for the pattern syntax).
#pragma once

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::extract {

// The class/id pattern lists, one bit each: a HintSet says which lists a string matches.
using HintSet = unsigned;
enum Hint : HintSet {
  kUnlikely = 1u << 0,
  kChrome = 1u << 1,
  kMaybe = 1u << 2,
  kPositive = 1u << 3,
  kNegative = 1u << 4,
  kShare = 1u << 5,
  kByline = 1u << 6,
  kDateline = 1u << 7,
  kStandfirst = 1u << 8,
};

// Lists of lower-case patterns matched against a class+id string, all lists in one pass.
class PatternSet {
 public:
  // The patterns of a data file, as the list `hint`.
  struct List {
    std::string_view data_file;
    HintSet hint;
  };
  explicit PatternSet(std::initializer_list<List> lists);
  // The lists among `wanted` that match; `lowered` must already be lower case.
  HintSet match(std::string_view lowered, HintSet wanted) const;

 private:
  void add(const List& list);
  enum class Kind { kSubstring, kToken, kTokenPrefix };
  struct Pattern {
    std::string_view text;  // in the embedded data file
    Kind kind;
    HintSet hint;
  };

  // Patterns that start with the same two bytes.
  struct Group {
    unsigned pair;
    HintSet hints;  // of its patterns
    std::size_t begin, end;  // in patterns_
  };

  bool matches_at(const Pattern& p, std::string_view s, std::size_t at) const;
  // The group of patterns starting with `pair`, or null.
  const Group* group_of(unsigned pair) const;
  std::size_t first_slot(unsigned pair) const;
  void index_groups();

  // One pass over the string finds every kind of pattern: a token is a substring with
  // separators (or the string's ends) around it, a token prefix one with a separator
  // before it. Patterns are grouped by their first two bytes, so that only those that
  // can start at a position are compared there; a bit per pair tells a position that
  // starts no group (the common case), and a small open-addressing table finds the group
  // of one that does with one hash.
  std::vector<Pattern> patterns_;  // grouped by first pair
  std::vector<Group> groups_;
  std::bitset<1u << 16> starts_group_;  // by pair
  std::vector<std::uint32_t> group_slots_;  // 1 + index in groups_, or 0 for a free slot
  int slot_bits_ = 0;                       // group_slots_ has 2^slot_bits_ slots
  std::vector<Pattern> one_byte_;  // patterns too short to have a first pair
};

struct Hints {
  PatternSet classes;  // every class-*.txt list, as the Hint of its name
  std::vector<std::string> unlikely_roles, ad_labels, dateline_words, byline_words, copyright_marks;
};

// Loaded once from the embedded data files.
const Hints& hints();

}  // namespace newsmark::extract
