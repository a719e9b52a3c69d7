// Owns money amounts: numbers written in Korean or English with a currency, their
// value or range, approximation and bounds, and bracketed conversions.
#pragma once

#include <string_view>
#include <vector>

#include "annotate/document.h"

namespace newsmark::amounts {

// Every amount in `text`, in order of position. Amount::equivalent_of indexes this vector.
std::vector<Amount> find_amounts(std::string_view text);

}  // namespace newsmark::amounts
