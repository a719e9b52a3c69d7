// Owns claims: sentences a reader may want to check, attributed to a source through a
// reporting cue, or asserting a specific fact about a named actor.
#pragma once

#include <cstddef>
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

// find_claims in two steps, so that the first can run on parts of the text at once:
// each sentence is read on its own, then a pronoun source ("he said", "그는 ... 말했다")
// takes the speaker named in the sentences before, which needs them all in order.
struct ClaimReading {
  std::size_t sentence = 0;     // its index in Context::sentences
  bool generic_source = false;  // the source is 업계, analysts...: never a speaker to remember
  Claim claim;                  // source and source_entity as read, not yet resolved
};
// The claims of the sentences with index in [first, end), in order.
std::vector<ClaimReading> read_claims(const Context& context, std::size_t first, std::size_t end);
// The readings of every sentence, in sentence order, with pronoun sources resolved.
std::vector<Claim> resolve_speakers(std::string_view text, std::vector<ClaimReading> readings);

}  // namespace newsmark::claims
