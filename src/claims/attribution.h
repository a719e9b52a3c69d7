// Owns attribution: finding the reporting cue of a sentence ("밝혔다", "에 따르면",
// "said", "according to") and the speaker phrase it points to, in Korean and English.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "annotate/document.h"
#include "claims/lexicon.h"
#include "claims/words.h"

namespace newsmark::claims {

struct Attribution {
  bool found = false;    // the sentence carries a reporting cue
  bool impersonal = false;  // "것으로 알려졌다", "reportedly": no speaker is named
  std::optional<Span> source;
  bool generic_source = false;  // 업계, 보도, analysts: not a named company or person
  std::optional<Span> cue;
  bool hedged = false;
};

struct SentenceView {
  std::string_view text;  // the whole article text (spans are offsets into it)
  Span sentence;
  const std::vector<Word>& words;
  const std::vector<const CompanyMention*>& companies;  // the mentions inside the sentence, by start
  std::string_view lowered;  // English only: the sentence with ASCII letters in lower case

  // The lower-case text of `s`, a span inside the sentence (English only).
  std::string_view lower(Span s) const { return lowered.substr(s.start - sentence.start, s.end - s.start); }
};

Attribution attribute_korean(const SentenceView& view);
Attribution attribute_english(const SentenceView& view);

// True when `phrase` ends with one of the generic sources of `lang` (전문가들, analysts).
bool is_generic_source(std::string_view phrase, Lang lang);

}  // namespace newsmark::claims
