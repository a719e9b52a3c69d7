// Owns the word view of a sentence that the claim rules read: whitespace-delimited words
// with bracket groups kept whole ("버리(Michael Burry)를", "(NASDAQ: AAPL)"), each with
// its core (the word without surrounding quotes and punctuation) and whether it stands
// inside a quotation.
#pragma once

#include <string_view>
#include <vector>

#include "annotate/document.h"

namespace newsmark::claims {

struct Word {
  Span span;  // the whole word
  Span core;  // without leading quotes and trailing punctuation; may be empty
  bool quoted = false;       // the word starts inside a quotation
  bool ends_clause = false;  // followed by , ; or : (a clause or list boundary)
  bool ends_quote = false;   // a quotation closes at the end of the word: `supply,"`
};

// Fills `words` (cleared first) with the words of `sentence`, so that a caller can reuse
// one buffer for every sentence of an article.
void words_of(std::string_view text, Span sentence, std::vector<Word>& words);

inline std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.end - s.start); }

// The length in bytes of the Korean particle that ends `word` (은, 는, 이, 가, 을, 를,
// 도, 의, 에, 와, 과, 로, 으로, 에서, 께서, ...), or 0.
std::size_t korean_particle_length(std::string_view word);

// The number of Hangul syllables in `s`.
std::size_t hangul_syllables(std::string_view s);

}  // namespace newsmark::claims
