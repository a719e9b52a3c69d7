// Owns the word lists of the amount recogniser, read once from the data tables in
// src/amounts/data/: currency names, number words, scale words, approximation and bound
// words, and the words that look like money but are not.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsmark::amounts {

struct Currency {
  std::string surface;
  std::string code;  // ISO 4217
  bool before = false, after = false;  // may precede / follow the number
  bool minor = false;   // hundredths of the unit: cent, 센트, pence
  bool joined = false;  // after the number it must touch it: "10$"
  bool exact_case = false;
  bool large = false;   // "won": the number must carry a scale word or separators
  bool weight = false;  // "pounds": also a weight, so not money before "of"
};

enum class WordKind { digit, unit, tens, article, point, some, about, small, big, abbr, vague };

struct NumberWord {
  double value = 0;
  double high = 0;  // vague: the high end of one unit ("tens": 99)
  WordKind kind = WordKind::digit;
  bool lead = false;  // may open a Korean number alone (만 원)
};

enum class Effect { approx, min, max };

struct Modifier {
  std::string phrase;
  Effect effect = Effect::approx;
  bool joined = false;
};

struct Match {
  std::size_t start = 0, end = 0;
};

class Lexicon {
 public:
  static const Lexicon& get();

  // The longest currency written at `pos` that may stand before / after a number.
  const Currency* currency_at(std::string_view s, std::size_t pos, bool before_number, std::size_t* end) const;

  // The number or scale word written at `pos`: one Hangul syllable, or one whole ASCII
  // word (`end` receives its end).
  const NumberWord* word_at(std::string_view s, std::size_t pos, std::size_t* end) const;

  // The longest modifier that ends at `end` (side before) or starts at `start` (side after).
  const Modifier* modifier_ending_at(std::string_view s, std::size_t end, std::size_t* start) const;
  const Modifier* modifier_starting_at(std::string_view s, std::size_t start, std::size_t* end) const;

  const std::vector<std::string>& not_money() const { return not_money_; }

  // Whether the English word (any case) tells of a change: rose, fell, cut (change-words.txt).
  bool is_change_word(std::string_view word) const;

 private:
  Lexicon();
  void load_currencies();
  void load_words(std::string_view file);
  void load_modifiers();

  std::vector<Currency> currencies_;
  // Candidates by folded first byte, longest first: those that may precede a number, and
  // those that may follow one.
  std::array<std::vector<const Currency*>, 256> before_by_byte_, after_by_byte_;
  std::unordered_map<char32_t, NumberWord> hangul_words_;
  std::unordered_map<std::string, NumberWord> ascii_words_;  // lower case
  std::vector<Modifier> before_, after_;                      // longest first
  std::vector<std::string> not_money_;
  std::unordered_set<std::string> change_words_;  // lower case
};

}  // namespace newsmark::amounts
