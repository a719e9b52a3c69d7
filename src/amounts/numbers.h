// Owns the number grammar of money amounts: digits with thousands separators and
// decimals; Korean scale units (만 억 조 경) mixed with digits, 천/백/십 and Hangul numerals
// (4조 3,000억, 7천 5백만, 이천칠백삼십오만, 일점이삼); English number words and scales
// (five hundred, $4.7 billion, 10K, 3bn, 5 lakh); vague quantities (수십억, billions of).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsmark::amounts {

struct Number {
  std::size_t start = 0, end = 0;  // byte offsets of the number, scale words included
  double low = 0, high = 0;        // equal unless the number is vague
  bool vague = false;              // 수십억, tens of millions: low..high
  bool approx = false;             // 여 inside (10여만, 10만여)
  double top_scale = 0;            // the largest scale word written (억 in 4조 3,000억 is not; 조 is)
  bool has_digits = false;         // written with at least one ASCII digit
  bool separated = false;          // has thousands separators: 1,400
  bool lone_hangul_digit = false;  // a single Hangul digit (이, 사, 구): a word more often than a number
  bool lone_unit = false;          // a scale unit alone (만, 천): 만 원, but also 3년 만 (after three years)
  bool spelled = false;            // written in English number words
};

// The number starting at `pos`, if one does. `pos` must be where a number may begin
// (see may_start_number); the number never crosses a line break.
std::optional<Number> read_number(std::string_view s, std::size_t pos);

// Whether a number may begin at `pos`: not inside a word or inside another number.
bool may_start_number(std::string_view s, std::size_t pos);

}  // namespace newsmark::amounts
