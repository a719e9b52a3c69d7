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

inline unsigned char scan_fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }

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

  // The filler word ending at `end` (a, an annualised, 무려), or false.
  bool filler_ending_at(std::string_view s, std::size_t end, std::size_t* start) const;

  // Words that contain a currency name but are not money (not-money.txt); `always` marks
  // those checked after digits too (3원칙, three principles).
  struct NonMoneyWord {
    std::string word;
    bool always = false;
  };
  const std::vector<NonMoneyWord>& not_money() const { return not_money_; }

  // Whether the word ending at `end` ends in a duration (3년, 6개월): then a bare 만 after
  // it means "after" (durations.txt).
  bool duration_ends_at(std::string_view s, std::size_t end) const;

  // Quick tests on the first byte or code point of a place where an amount may begin.
  bool opens_currency(unsigned char first_byte) const { return !before_by_byte_[first_byte].empty(); }
  bool opens_ascii_word(unsigned char first_byte) const { return opens_ascii_word_[scan_fold(first_byte)]; }
  bool opens_korean_number(char32_t syllable) const;

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
  // Modifiers by folded last byte (before the amount) and first byte (after it), longest first.
  std::array<std::vector<Modifier>, 256> before_by_last_byte_, after_by_first_byte_;
  std::vector<std::string> fillers_;
  std::array<bool, 256> opens_ascii_word_{};  // folded first letters of number words and currencies
  std::vector<NonMoneyWord> not_money_;
  std::unordered_set<std::string> change_words_;  // lower case
  std::vector<std::string> durations_;
};

}  // namespace newsmark::amounts
