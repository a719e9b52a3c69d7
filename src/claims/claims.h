// Owns claims: sentences a reader may want to check, attributed to a source through a
// reporting cue, or asserting a specific fact about a named actor.
#pragma once

#include <string_view>
#include <vector>

#include "annotate/document.h"

namespace newsmark::claims {

struct Context {
  std::string_view text;
  const std::vector<Span>& sentences;
  const std::vector<CompanyMention>& companies;
  const std::vector<Amount>& amounts;
};

std::vector<Claim> find_claims(const Context& context);

}  // namespace newsmark::claims
