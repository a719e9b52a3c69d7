// Owns the pairing of a number with its currency: a currency before the number
// (US$4.7 billion, RM 42, EUR 20) or after it (500억 달러, 10 dollars, 20€), and the rules
// that keep words which merely contain a currency name from becoming money (연구원, 이 원인,
// 사원, "the team won").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "amounts/lexicon.h"
#include "amounts/numbers.h"

namespace newsmark::amounts {

struct Money {
  Number number;
  const Currency* currency = nullptr;  // null for a bare number (the low end of 3~4조 원)
  bool currency_first = false;
  std::size_t start = 0, end = 0;      // number and currency
};

// The money starting at `pos`, or a bare number there (currency null), or nothing.
std::optional<Money> read_money(std::string_view s, std::size_t pos);

// The hundredths after an amount in whole units: "$20 and 43c", "이달러이십삼센트",
// "20 dollars 43 cents", and, when `bare_ok`, "US$3 and fourteen" where the phrase ends.
// Returns the end, or `pos` when there are none.
std::size_t read_minor_part(std::string_view s, std::size_t pos, double* hundredths, bool bare_ok);

}  // namespace newsmark::amounts
