#include "claims/lexicon.h"

#include "data/embedded.h"

namespace newsmark::claims {
namespace {

// The key of a cue in Lexicon::cues_by_head.
std::string head_of(std::string_view s, Lang lang) {
  if (lang == kEnglish) return std::string(s.substr(0, s.find(' ')));
  std::size_t end = 1;
  while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
  return std::string(s.substr(0, end));
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

// Lines "lang<TAB>word": "ko", "en" or "any" (both).
template <typename Add>
void read_by_language(std::string_view file, Add&& add) {
  data::for_each_line(data::file(file), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 2) return;
    if (cols[0] == "ko" || cols[0] == "any") add(kKorean, std::string(cols[1]));
    if (cols[0] == "en" || cols[0] == "any") add(kEnglish, std::string(cols[1]));
  });
}

void read_lists(std::string_view file, PhraseSet (&lists)[2]) {
  read_by_language(file, [&](Lang lang, std::string word) { lists[lang].add(std::move(word)); });
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon lex = [] {
    Lexicon l;
    read_cues("claims/data/cues-ko.tsv", l.cues[kKorean]);
    read_cues("claims/data/cues-en.tsv", l.cues[kEnglish]);
    for (Lang lang : {kKorean, kEnglish})
      for (const CuePattern& cue : l.cues[lang]) {
        if (cue.kind == CueKind::connective) l.word_end_cues.push_back(&cue);
        else l.cues_by_head[lang][head_of(cue.text, lang)].push_back(&cue);
      }
    data::for_each_line(data::file("claims/data/report-nouns-ko.txt"),
                        [&](std::string_view line) { l.report_nouns.add(std::string(line)); });
    read_lists("claims/data/generic-sources.tsv", l.generic_sources);
    read_lists("claims/data/hedges.tsv", l.hedges);
    read_lists("claims/data/speculation.tsv", l.speculation);
    read_lists("claims/data/events.tsv", l.events);
    read_lists("claims/data/actors.tsv", l.titles);
    read_lists("claims/data/time-words.tsv", l.time_words);
    read_by_language("claims/data/not-names.tsv",
                     [&](Lang lang, std::string word) { l.not_names[lang].insert(std::move(word)); });
    data::for_each_line(data::file("claims/data/sentence-adverbs-ko.txt"),
                        [&](std::string_view line) { l.korean_adverbs.add(std::string(line)); });
    data::for_each_line(data::file("claims/data/plan-nouns-ko.txt"),
                        [&](std::string_view line) { l.plan_nouns.add(std::string(line)); });
    data::for_each_line(data::file("claims/data/demonstratives-ko.txt"),
                        [&](std::string_view line) { l.demonstratives.add(std::string(line)); });
    data::for_each_line(data::file("claims/data/organisations-ko.tsv"), [&](std::string_view line) {
      const auto cols = data::split_fields(line, '\t');
      if (cols.size() < 2) return;
      if (cols[0] == "suffix") l.organisation_suffixes.add(std::string(cols[1]));
      if (cols[0] == "generic") l.generic_organisations.emplace(cols[1]);
    });
    return l;
  }();
  return lex;
}

const std::vector<const CuePattern*>& Lexicon::cues_starting(std::string_view word, Lang lang) const {
  static const std::vector<const CuePattern*> none;
  if (word.empty()) return none;
  const auto it = cues_by_head[lang].find(head_of(word, lang));
  return it == cues_by_head[lang].end() ? none : it->second;
}

bool Lexicon::is_organisation_name(std::string_view stem) const {
  return organisation_suffixes.is_suffix_of(stem) && !generic_organisations.count(std::string(stem));
}

}  // namespace newsmark::claims
