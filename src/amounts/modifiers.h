// Owns what a writer hedges around an amount: approximation words (약, 가량, about,
// roughly) and bounds (이상, 미만, 1억 달러를 넘는, more than, up to), read from the text
// just before and just after the amount.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsmark::amounts {

struct Hedge {
  bool approx = false;
  std::string bound;  // "", "min" or "max": the nearest bound word wins
};

// Reads the modifiers that end at `start` (약 72조 원, at least $5) into `hedge` and returns
// where the first of them starts (`start` when there are none).
std::size_t read_modifiers_before(std::string_view s, std::size_t start, Hedge& hedge);

// Reads the modifiers that start at `end` (5000원 이상, 1억 달러를 넘는, $5bn or more) into
// `hedge` and returns where the last of them ends (`end` when there are none).
std::size_t read_modifiers_after(std::string_view s, std::size_t end, Hedge& hedge);

}  // namespace newsmark::amounts
