// Owns company recognition: the compiled-in knowledge base, matching its names in the
// text, recognising companies it does not know, and linking mentions into entities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annotate/document.h"

namespace newsmark::companies {

struct Result {
  std::vector<CompanyMention> mentions;  // in order of position
  std::vector<Entity> entities;          // in order of first mention; ids "e1", "e2", ...
};

// `text`: valid UTF-8, as an article's text is. `watchlist`: extra names the user wants
// highlighted as companies (canonical = as given).
Result find_companies(std::string_view text, const std::vector<std::string>& watchlist = {});

// Builds the knowledge base and the cue lists, which find_companies otherwise builds at its
// first call (most of a short run's time): a caller with a spare thread starts it early.
// Safe to call from any thread, at any time; it does the work once.
void load_tables();

}  // namespace newsmark::companies
