#include "claims/lexicon.h"

#include "claims/bytes.h"
#include "data/embedded.h"
#include "text/utf8.h"

namespace newsmark::claims {
namespace {

// The key of a cue or a word in Lexicon::cues_by_head.
char32_t head_key(std::string_view s, Lang lang) {
  if (lang == kEnglish) {  // the first two bytes of the first word, 0 for a missing one
    const auto byte = [&](std::size_t k) { return k < s.size() && s[k] != ' ' ? static_cast<unsigned char>(s[k]) : 0u; };
    const char32_t first = byte(0);
    return first << 8 | (first ? byte(1) : 0);
  }
  std::size_t pos = 0;
  return text::next_code_point(s, pos);
}

char32_t last_character(std::string_view s) {
  std::size_t end = s.size();
  return text::previous_code_point(s, end);
}

CueKind cue_kind(std::string_view name) {
  if (name == "quote-say") return CueKind::quote_say;
  if (name == "according") return CueKind::according;
  if (name == "emerge") return CueKind::emerge;
  if (name == "impersonal") return CueKind::impersonal;
  if (name == "connective") return CueKind::connective;
  if (name == "stance") return CueKind::stance;
  return CueKind::say;
}

void read_cues(std::string_view file, std::vector<CuePattern>& out) {
  data::for_each_line(data::file(file), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 2) return;
    const std::string_view flags = cols.size() > 2 ? cols[2] : std::string_view();
    CuePattern cue{std::string(cols[0]), cue_kind(cols[1])};
    cue.hedged = flags.find("hedged") != std::string_view::npos;
    cue.weak = flags.find("weak") != std::string_view::npos;
    out.push_back(std::move(cue));
  });
}

// Lines of one word or phrase each.
void read_words(std::string_view file, PhraseSet& set) {
  data::for_each_line(data::file(file), [&](std::string_view line) { set.add(line); });
}

// Lines "lang<TAB>word": "ko", "en" or "any" (both).
template <typename Add>
void read_by_language(std::string_view file, Add&& add) {
  data::for_each_line(data::file(file), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 2) return;
    if (cols[0] == "ko" || cols[0] == "any") add(kKorean, cols[1]);
    if (cols[0] == "en" || cols[0] == "any") add(kEnglish, cols[1]);
  });
}

void read_lists(std::string_view file, PhraseSet (&lists)[2]) {
  read_by_language(file, [&](Lang lang, std::string_view word) { lists[lang].add(word); });
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon lex = [] {
    Lexicon l;
    read_cues("claims/data/cues-ko.tsv", l.cues[kKorean]);
    read_cues("claims/data/cues-en.tsv", l.cues[kEnglish]);
    for (Lang lang : {kKorean, kEnglish})
      for (const CuePattern& cue : l.cues[lang]) {
        if (cue.kind == CueKind::connective) l.word_end_cues.add(last_character(cue.text), &cue);
        else l.cues_by_head[lang].add(head_key(cue.text, lang), &cue);
      }
    read_words("claims/data/report-nouns-ko.txt", l.report_nouns);
    read_lists("claims/data/generic-sources.tsv", l.generic_sources);
    read_lists("claims/data/hedges.tsv", l.hedges);
    read_lists("claims/data/speculation.tsv", l.speculation);
    read_lists("claims/data/events.tsv", l.events);
    read_lists("claims/data/actors.tsv", l.titles);
    read_lists("claims/data/time-words.tsv", l.time_words);
    read_lists("claims/data/not-names.tsv", l.not_names);
    read_words("claims/data/sentence-adverbs-ko.txt", l.korean_adverbs);
    read_words("claims/data/plan-nouns-ko.txt", l.plan_nouns);
    read_words("claims/data/demonstratives-ko.txt", l.demonstratives);
    read_words("claims/data/vague-quantities-ko.txt", l.vague_quantities);
    data::for_each_line(data::file("claims/data/organisations-ko.tsv"), [&](std::string_view line) {
      const auto cols = data::split_fields(line, '\t');
      if (cols.size() < 2) return;
      if (cols[0] == "suffix") l.organisation_suffixes.add(cols[1]);
      if (cols[0] == "generic") l.generic_organisations.add(cols[1]);
    });
    return l;
  }();
  return lex;
}

Run<const CuePattern*> Lexicon::cues_starting(std::string_view word, Lang lang) const {
  return word.empty() ? Run<const CuePattern*>() : cues_by_head[lang].find(head_key(word, lang));
}

Run<const CuePattern*> Lexicon::cues_ending(std::string_view word) const {
  return word.empty() ? Run<const CuePattern*>() : word_end_cues.find(last_character(word));
}

bool Lexicon::is_organisation_name(std::string_view stem) const {
  return organisation_suffixes.is_suffix_of(stem) && !generic_organisations.contains(stem);
}

}  // namespace newsmark::claims
