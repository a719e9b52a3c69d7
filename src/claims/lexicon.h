// Owns the word lists of the claim finder, read once from the data tables in
// src/claims/data/: reporting cues, report nouns, generic sources, hedges, event words,
// titles of people, words that are not names, time words and Korean sentence adverbs.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsmark::claims {

enum class CueKind { say, quote_say, according, emerge, impersonal, connective };

struct CuePattern {
  // Korean: a word prefix (a word suffix for connective); English: lower-case words
  // joined by one space.
  std::string text;
  CueKind kind = CueKind::say;
  bool hedged = false;
};

// One list per language; index with the Lang below.
enum Lang { kKorean = 0, kEnglish = 1 };

struct Lexicon {
  static const Lexicon& get();

  std::vector<CuePattern> cues[2];
  std::vector<std::string> report_nouns;  // Korean only
  std::vector<std::string> generic_sources[2];
  std::vector<std::string> hedges[2];
  std::vector<std::string> events[2];
  std::vector<std::string> titles[2];
  std::vector<std::string> time_words[2];
  std::unordered_set<std::string> not_names[2];
  std::unordered_set<std::string> korean_adverbs;
};

}  // namespace newsmark::claims
