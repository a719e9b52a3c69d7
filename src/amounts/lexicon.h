// Owns the word lists of the amount recogniser, read once from the data tables in
// src/amounts/data/: currency names, number words, scale words, approximation and bound
// words, and the words that look like money but are not.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
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

// Hashing and comparison of ASCII words in any case, so that a word of the text is
// looked up as it stands: the recogniser looks up most English words it passes.
struct FoldedHash {
  std::size_t operator()(std::string_view word) const;
};
struct FoldedEqual {
  bool operator()(std::string_view a, std::string_view b) const;
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
  bool opens_currency(unsigned char first_byte) const { return before_first_bytes_[first_byte]; }
  // Whether a number word or a currency that may precede a number may open a word whose
  // ASCII letters are `letters`: both take up the whole run of letters they start.
  bool opens_ascii_word(std::string_view letters) const { return opens_ascii_word_[letters_key(letters)]; }
  bool opens_korean_number(char32_t syllable) const;

  // Whether the English word (any case) tells of a change: rose, fell, cut (change-words.txt).
  bool is_change_word(std::string_view word) const;

 private:
  Lexicon();
  void load_currencies();
  void load_words(std::string_view file);
  void load_modifiers();
  void add_hangul_word(char32_t syllable, const NumberWord& w);
  // The key of a run of ASCII letters in opens_ascii_word_: its first and last letters
  // (in any case) and its length up to 15.
  static std::size_t letters_key(std::string_view letters) {
    const auto index = [](char c) { return static_cast<std::size_t>(scan_fold(static_cast<unsigned char>(c)) - 'a'); };
    return (index(letters.front()) * 26 + index(letters.back())) * 16 + std::min<std::size_t>(letters.size(), 15);
  }

  // The number word whose syllable is `c`, or null.
  const NumberWord* hangul_word(char32_t c) const;

  std::vector<Currency> currencies_;
  // Candidates by first character (ASCII letters in lower case), longest first: those
  // that may precede a number, and those that may follow one.
  using CurrencyIndex = std::unordered_map<char32_t, std::vector<const Currency*>>;
  CurrencyIndex before_by_first_, after_by_first_;
  // The folded first bytes of those currencies: most places looked at start with none,
  // and need no hashing.
  std::array<bool, 256> before_first_bytes_{}, after_first_bytes_{};
  // Korean number words by syllable: an index into hangul_words_ plus one for each of the
  // 11,172 syllables (0: none), so that the look-up at every Korean word is one load.
  static constexpr std::size_t kSyllables = 0xD7A4 - 0xAC00;
  std::array<std::uint16_t, kSyllables> hangul_word_index_{};
  std::vector<NumberWord> hangul_words_;
  // Views of the data tables, which live as long as the program.
  std::unordered_map<std::string_view, NumberWord, FoldedHash, FoldedEqual> ascii_words_;
  // Modifiers by folded last byte (before the amount) and first byte (after it), longest first.
  std::array<std::vector<Modifier>, 256> before_by_last_byte_, after_by_first_byte_;
  // Filler words by folded last byte, in the order listed.
  std::array<std::vector<std::string>, 256> fillers_by_last_byte_;
  std::bitset<26 * 26 * 16> opens_ascii_word_;  // by letters_key() of the number words and currencies
  std::vector<NonMoneyWord> not_money_;
  std::unordered_set<std::string_view, FoldedHash, FoldedEqual> change_words_;
  std::vector<std::string> durations_;
};

}  // namespace newsmark::amounts
