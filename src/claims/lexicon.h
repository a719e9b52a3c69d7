// Owns the word lists of the claim finder, read once from the data tables in
// src/claims/data/: reporting cues, report nouns, generic sources, hedges, event words,
// titles of people, words that are not names, time words, Korean sentence adverbs and
// words of vague quantities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claims/phrases.h"

namespace newsmark::claims {

enum class CueKind { say, quote_say, according, emerge, impersonal, connective, stance };

// One list per language; index with the Lang below.
enum Lang { kKorean = 0, kEnglish = 1 };

struct CuePattern {
  // Korean: a word prefix (a word suffix for connective); English: lower-case words
  // joined by one space.
  std::string text;
  CueKind kind = CueKind::say;
  bool hedged = false;
  bool weak = false;  // an intention ("plans to", "expects"): a verb of saying wins over it
};


struct Lexicon {
  static const Lexicon& get();

  std::vector<CuePattern> cues[2];
  // The cues by the key of their head (Korean: the first character; English: the first
  // two bytes), so that a word is compared only with the cues that can start there.
  // Connective cues, matched at the end of a word, are listed apart by their last
  // character.
  KeyMap<const CuePattern*> cues_by_head[2];
  KeyMap<const CuePattern*> word_end_cues;

  // The cues that may start at `word`: in Korean those starting with its first
  // character, in English those whose first word starts with its first two letters (the
  // caller compares whole words).
  Run<const CuePattern*> cues_starting(std::string_view word, Lang lang) const;
  // The connective cues that may end `word` (they end with its last character).
  Run<const CuePattern*> cues_ending(std::string_view word) const;
  PhraseSet report_nouns;  // Korean only
  PhraseSet generic_sources[2];
  PhraseSet hedges[2];
  PhraseSet speculation[2];
  PhraseSet events[2];
  PhraseSet titles[2];
  PhraseSet time_words[2];
  PhraseSet not_names[2];
  PhraseSet korean_adverbs;
  PhraseSet plan_nouns;     // Korean only: 예정, 계획
  PhraseSet demonstratives; // Korean only: 이, 그런
  PhraseSet vague_quantities;  // Korean only: 수십, 수조
  PhraseSet organisation_suffixes;                         // Korean only: 위원회, 社
  PhraseSet generic_organisations;                         // Korean only: 시중은행

  // Whether a Korean word stem names an organisation by its ending: 한국은행, 소니社.
  bool is_organisation_name(std::string_view stem) const;
};

}  // namespace newsmark::claims
