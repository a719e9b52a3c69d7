#include "claims/claims.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "claims/attribution.h"
#include "claims/bytes.h"
#include "claims/lexicon.h"
#include "claims/words.h"
#include "text/utf8.h"

namespace newsmark::claims {
namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

// Whether byte `c` may lead a Hangul syllable (U+AC00..U+D7A3 start with 0xEA..0xED).
bool may_lead_hangul(char c) { return static_cast<unsigned char>(static_cast<unsigned char>(c) - 0xEA) < 4; }

// Korean when the sentence has a Hangul syllable. Runs of ASCII are stepped over eight
// bytes at a time: most English sentences have nothing else.
Lang language_of(std::string_view sentence) {
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    while (i + 8 <= sentence.size() && !(text::load<std::uint64_t>(sentence.data() + i) & text::kHighBits)) i += 8;
    std::size_t next = i;
    if (i < sentence.size() && may_lead_hangul(sentence[i]) && is_hangul_syllable(text::next_code_point(sentence, next)))
      return kKorean;
  }
  return kEnglish;
}

// The phrase sets that FactReader and the hedge test look for in every sentence, all in
// one pass; their bits in PhraseScan::found_in, in the order they are added.
enum SentencePhrase : unsigned { kTimeWord = 1, kEventWord = 2, kSpeculation = 4, kHedge = 8, kVagueQuantity = 16 };

// English phrases match as whole words (event words at a word start only), time and event
// words in any case; Korean ones anywhere.
PhraseScan sentence_phrases_of(Lang lang) {
  const Lexicon& lex = Lexicon::get();
  const bool english = lang == kEnglish;
  PhraseScan scan;
  scan.add(lex.time_words[lang], {english, english, english});
  scan.add(lex.events[lang], {english, english, false});
  scan.add(lex.speculation[lang], {false, english, english});
  scan.add(lex.hedges[lang], {false, english, english});
  scan.add(lex.vague_quantities, {});  // 수십억, 수조: a number written in words
  return scan;
}

const PhraseScan& sentence_phrases(Lang lang) {
  static const PhraseScan scans[2] = {sentence_phrases_of(kKorean), sentence_phrases_of(kEnglish)};
  return scans[lang];
}

bool is_closing_mark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == ' ';
}

enum class Ending { statement, question, none };

// How the sentence ends: headlines, captions and list labels carry no final mark, and
// are not claims.
Ending ending_of(std::string_view s) {
  std::size_t end = s.size();
  bool closed = false;
  while (end > 0) {
    std::size_t prev = end;
    const char32_t cp = text::previous_code_point(s, prev);
    if (!is_closing_mark(cp)) break;
    closed = true;
    end = prev;
  }
  if (end == 0) return Ending::none;
  std::size_t prev = end;
  const char32_t last = text::previous_code_point(s, prev);
  if (last == '?' || last == 0xFF1F) return Ending::question;
  if (last == '.' || last == '!' || last == 0x3002 || last == 0xFF01) return Ending::statement;
  if (closed && (last == U'다' || last == U'요')) return Ending::statement;  // 했다" at a paragraph end
  return Ending::none;
}

// What the sentence says that a reader could check.
struct Facts {
  int actors = 0;       // named companies and people: company mentions, titled names, aliases
  int weak_actors = 0;  // English capitalised names that may be anything (places, works, teams)
  bool amount = false, number = false, time = false, event = false;
  bool named_object = false;  // a short quoted name: '솔라', ‘Marble’
  bool speculative = false;   // a prediction or a conjecture: "will", "것이다"
  bool state = false;         // Korean: the sentence describes a state ("경쟁은 치열하다"), no event
  bool korean = false;
  bool hedge = false;  // a word that hedges whatever the sentence claims: "알려졌다", "reportedly"
};

class FactReader {
 public:
  FactReader(const SentenceView& view, Lang lang, bool has_amount)
      : view_(view), text_(view.text), companies_(view.companies), words_(view.words), lang_(lang),
        lex_(Lexicon::get()), s_(slice(view.text, view.sentence)), has_amount_(has_amount) {}

  Facts read() {
    Facts f;
    f.actors = distinct_companies();
    if (lang_ == kKorean) {
      f.actors += korean_names();
      if (f.actors == 0 && opens_with_subject()) ++f.weak_actors;
    } else {
      english_names(f);
    }
    const unsigned phrases = sentence_phrases(lang_).found_in(s_);
    f.amount = has_amount_;
    f.number = has_ascii_digit(s_) || (phrases & kVagueQuantity);
    f.time = phrases & kTimeWord;
    f.event = phrases & kEventWord;
    f.named_object = has_quoted_name();
    f.speculative = phrases & kSpeculation;
    f.state = lang_ == kKorean && describes_a_state();
    f.korean = lang_ == kKorean;
    f.hedge = phrases & kHedge;
    return f;
  }

 private:
  int distinct_companies() const {
    int n = 0;
    for (auto it = companies_.begin(); it != companies_.end(); ++it) {
      const std::string& entity = (*it)->entity;
      n += std::none_of(companies_.begin(), it, [&](const CompanyMention* m) { return m->entity == entity; });
    }
    return n;
  }

  // The mentions are sorted by start and do not overlap: only the last one starting
  // before the end of `s` can overlap it.
  bool inside_company(Span s) const {
    const auto after = std::lower_bound(companies_.begin(), companies_.end(), s.end,
                                        [](const CompanyMention* c, std::size_t at) { return c->span.start < at; });
    return after != companies_.begin() && overlaps((*(after - 1))->span, s);
  }

  // Korean names the company list may miss: an alias or ticker in brackets
  // ("허쉬(Hershey)"), an upper-case Latin name ("TSMC", "SK하이닉스"), or a person
  // named before a title ("김동명 ... 사장").
  int korean_names() const {
    const bool brackets = s_.find('(') != std::string_view::npos;  // else no word is looked at for one
    int n = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (inside_company(w.span)) continue;
      const std::string_view c = slice(text_, w.core);
      const std::size_t bracket = brackets ? c.find('(') : std::string_view::npos;
      const std::string_view stem = c.substr(0, c.size() - korean_particle_length(c));
      if (bracket != std::string_view::npos && bracket > 0 && is_alias(c, bracket + 1)) {
        ++n;
      } else if (is_name_run(c, 0) || lex_.is_organisation_name(stem)) {
        ++n;
      } else if (i > 0 && starts_with_title(c) && !words_[i - 1].ends_clause) {
        ++n;
      }
    }
    return n;
  }

  // The noun that opens a Korean sentence as its subject ("쿠팡은 ...", "메타는 ...") is
  // often a company that the list does not know, but may be any noun ("주가는"): a weak actor.
  bool opens_with_subject() const {
    constexpr std::size_t kMaxNouns = 3;  // "미국 마이크론은", "메타 주가는"
    std::size_t i = 0;
    while (i < words_.size() && lex_.korean_adverbs.contains(slice(text_, words_[i].core))) ++i;
    for (const std::size_t first = i; i < words_.size() && i <= first + kMaxNouns; ++i) {
      if (words_[i].quoted || words_[i].ends_clause) return false;
      const std::string_view c = slice(text_, words_[i].core);
      if (lex_.demonstratives.contains(c)) return false;  // "이 문제가": the text's own topic
      const std::size_t particle = korean_particle_length(c);
      if (!particle) continue;  // a bare noun of the subject phrase
      const std::string_view stem = c.substr(0, c.size() - particle);
      const bool subject = particle == 3 && (ends_with(c, "은") || ends_with(c, "는") || ends_with(c, "이") ||
                                             ends_with(c, "가") || ends_with(c, "도"));
      // Not 이는, 업계는, nor a plural ("기업들이"): a name takes no plural.
      return subject && hangul_syllables(stem) >= 2 && !ends_with(stem, "들") && !is_generic_source(stem, kKorean);
    }
    return false;
  }

  // An upper-case Latin run of two or more letters at `pos` that is not an acronym of a
  // technology or a title.
  bool is_name_run(std::string_view c, std::size_t pos) const {
    std::size_t end = pos;
    while (end < c.size() && is_ascii_letter(c[end])) ++end;
    const std::string_view run = c.substr(pos, end - pos);
    if (run.size() < 2 || !is_ascii_upper(run[0]) || !is_ascii_upper(run[1])) return false;
    return !lex_.not_names[lang_].contains(run);
  }

  // "허쉬(Hershey)", "엔비디아(NVDA)": a capitalised Latin alias that is not an acronym
  // of a technology or a title ("정보기술(IT)", "최고경영자(CEO)").
  bool is_alias(std::string_view c, std::size_t pos) const {
    std::size_t end = pos;
    while (end < c.size() && is_ascii_letter(c[end])) ++end;
    const std::string_view run = c.substr(pos, end - pos);
    return run.size() >= 2 && is_ascii_upper(run[0]) && !lex_.not_names[lang_].contains(run);
  }

  bool starts_with_title(std::string_view c) const { return lex_.titles[kKorean].is_prefix_of(c); }

  // English names: runs of capitalised words; the first word of the sentence counts only
  // as part of a longer run, since every sentence starts with a capital. A run after or
  // starting with a title ("chief executive Ada Park", "Mr. Park") names a person.
  void english_names(Facts& f) const {
    const auto is_name_word = [&](std::size_t k) { return is_capitalised(k) && !inside_company(words_[k].span); };
    for (std::size_t first = 0; first < words_.size(); ++first) {
      if (!is_name_word(first)) continue;
      std::size_t end = first + 1;  // exclusive; a comma ends the run
      while (end < words_.size() && !words_[end - 1].ends_clause && is_name_word(end)) ++end;
      if (titled(first)) ++f.actors;
      else if (first > 0 || end - first > 1 || is_acronym(first)) ++f.weak_actors;
      first = end - 1;
    }
  }

  // "BYD", "IBM": an upper-case word is a name even where every word is capitalised.
  bool is_acronym(std::size_t i) const {
    const std::string_view c = slice(text_, words_[i].core);
    return c.size() >= 2 && std::all_of(c.begin(), c.end(), is_ascii_upper);
  }

  // Whether the capitalised run starting at word `first` is a titled person.
  bool titled(std::size_t first) const {
    const PhraseSet& titles = lex_.titles[kEnglish];
    const auto lower_core = [&](std::size_t k) { return view_.lower(words_[k].core); };
    if (titles.contains(lower_core(first))) return true;
    if (first >= 1 && titles.contains(lower_core(first - 1))) return true;
    return first >= 2 && titles.contains(std::string(lower_core(first - 2)).append(" ").append(lower_core(first - 1)));
  }

  bool is_capitalised(std::size_t i) const {
    const std::string_view c = slice(text_, words_[i].core);
    if (c.empty() || !is_ascii_upper(c[0])) return false;
    std::size_t end = 0;
    while (end < c.size() && (is_ascii_letter(c[end]) || c[end] == '.' || c[end] == '&')) ++end;
    return !lex_.not_names[kEnglish].contains(c.substr(0, end));
  }

  // A quotation of at most two words is a name (of a product, a model, a project), not
  // reported speech.
  bool has_quoted_name() const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!words_[i].quoted) continue;
      const bool opens_here = i == 0 || !words_[i - 1].quoted || words_[i - 1].ends_quote;
      if (!opens_here) continue;
      if (words_[i].ends_quote || (i + 1 < words_.size() && words_[i + 1].ends_quote)) return true;
    }
    return false;
  }

  // Korean predicates of events end in a past (했다, 받아왔다), a present of action
  // (생산한다, 먹는다) or a progressive (늘리고 있다); adjectives and the copula describe
  // a state (치열하다, 크다, 기업이다).
  bool describes_a_state() const {
    if (words_.empty()) return false;
    const std::string_view last = slice(text_, words_.back().core);
    if (!ends_with(last, "다") || last.size() < 6) return false;
    if (lex_.plan_nouns.is_prefix_of(last)) return false;  // ~할 예정이다: an event to come
    std::size_t end = last.size() - 3;
    const char32_t before = text::previous_code_point(last, end);
    if (before < 0xAC00 || before > 0xD7A3) return false;
    constexpr int kFinalSsang = 20, kFinalNieun = 4;  // ㅆ (past), ㄴ (한다)
    const int final_consonant = static_cast<int>((before - 0xAC00) % 28);
    if (final_consonant == kFinalSsang || final_consonant == kFinalNieun || before == U'는') return false;
    if (before == U'있' && words_.size() >= 2 && ends_with(slice(text_, words_[words_.size() - 2].core), "고"))
      return false;
    return true;
  }

  const SentenceView& view_;
  std::string_view text_;
  const std::vector<const CompanyMention*>& companies_;
  const std::vector<Word>& words_;
  Lang lang_;
  const Lexicon& lex_;
  std::string_view s_;
  bool has_amount_;
};

// Citations, titles and captions ("Fairfax NZ.", "^ Smith, Jane (2010).") are no claims:
// a Korean sentence has three words or more, an English one two lower-case words.
bool reads_as_a_clause(std::string_view text, const std::vector<Word>& words, Lang lang) {
  constexpr std::size_t kMinKoreanWords = 3, kMinLowerCaseWords = 2;
  if (lang == kKorean) return words.size() >= kMinKoreanWords;
  std::size_t lower_case = 0;
  for (const Word& w : words) {
    const std::string_view c = slice(text, w.core);
    if (!c.empty() && c[0] >= 'a' && c[0] <= 'z') ++lower_case;
  }
  return lower_case >= kMinLowerCaseWords;
}

// Copies `s` into `out` with ASCII letters in lower case (without a branch, so that the
// compiler vectorises the loop).
void lower_ascii(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out) c = static_cast<char>(c | (is_ascii_upper(c) << 5));
}

bool is_pronoun(std::string_view s) {
  return s == "he" || s == "she" || s == "He" || s == "She" || s == "그" || s == "그녀";
}

double score_of(bool attributed, bool factual, bool hedged, const Attribution& a, const Facts& f) {
  double score = 0.2;
  if (attributed) score += a.source && !a.generic_source ? 0.25 : 0.15;
  if (factual) score += 0.2;
  if (f.amount) score += 0.15;
  else if (f.number) score += 0.05;
  if (f.actors > 0) score += 0.1;
  if (hedged) score += 0.05;
  return std::round(std::min(1.0, score) * 100) / 100;
}

std::string entity_of(Span source, const std::vector<const CompanyMention*>& companies) {
  std::string entity;
  for (const CompanyMention* m : companies)
    if (overlaps(m->span, source)) entity = m->entity;  // the last one is the head of the phrase
  return entity;
}

// Walks the company mentions and amounts along the sentences (both in text order), so
// that each sentence sees only its own without rescanning the whole article.
class Cursor {
 public:
  explicit Cursor(const Context& ctx) {
    const auto by_start = [](const CompanyMention* a, const CompanyMention* b) { return a->span.start < b->span.start; };
    for (const CompanyMention& m : ctx.companies) companies_.push_back(&m);
    if (!std::is_sorted(companies_.begin(), companies_.end(), by_start))  // usually in order already
      std::stable_sort(companies_.begin(), companies_.end(), by_start);
    for (const Amount& a : ctx.amounts) amounts_.push_back(a.span);
    std::sort(amounts_.begin(), amounts_.end(), [](Span a, Span b) { return a.start < b.start; });
  }

  // The mentions overlapping `sentence`; sentences must come in increasing order.
  const std::vector<const CompanyMention*>& companies_in(Span sentence) {
    while (next_company_ < companies_.size() && companies_[next_company_]->span.end <= sentence.start) ++next_company_;
    inside_.clear();
    for (std::size_t i = next_company_; i < companies_.size() && companies_[i]->span.start < sentence.end; ++i)
      if (overlaps(companies_[i]->span, sentence)) inside_.push_back(companies_[i]);
    return inside_;
  }

  bool has_amount_in(Span sentence) {
    while (next_amount_ < amounts_.size() && amounts_[next_amount_].end <= sentence.start) ++next_amount_;
    for (std::size_t i = next_amount_; i < amounts_.size() && amounts_[i].start < sentence.end; ++i)
      if (overlaps(amounts_[i], sentence)) return true;
    return false;
  }

 private:
  std::vector<const CompanyMention*> companies_, inside_;
  std::vector<Span> amounts_;
  std::size_t next_company_ = 0, next_amount_ = 0;
};

// An attribution counts with a speaker, or, impersonal ("것으로 알려졌다"), when the
// sentence names someone or gives a figure.
bool is_attributed(const Attribution& a, const Facts& f) {
  // A Korean weak actor is the sentence's own subject: no support for hearsay on its own.
  const bool supported = f.actors > 0 || (f.weak_actors > 0 && !f.korean) || f.amount || f.number;
  return a.found && (a.source.has_value() || (a.impersonal && supported));
}

// A named company or person with a specific or circumstantial fact; a capitalised name
// of unknown kind only with an amount, or with a number or date and an event (in Korean,
// where the weak actor is the sentence's subject, an event is enough); an amount with an
// event even without a name ("1억 달러를 넘는 투자 사례").
bool is_factual(const Facts& f) {
  const bool specific = f.amount || f.number || f.time;
  const bool circumstantial =
      !f.speculative && !f.state && (f.event || f.named_object || f.actors + f.weak_actors > 1);
  const bool event = f.event && !f.speculative && !f.state;
  return (f.actors > 0 && (specific || circumstantial)) ||
         (f.weak_actors > 0 && (f.amount || ((f.number || f.time) && event) || (f.korean && event))) ||
         (f.amount && f.event);
}

// Remembers the last named speaker, so that "He said" and "그는 ... 말했다" name them.
class SpeakerMemory {
 public:
  // Replaces a pronoun source by the last speaker of the few sentences before, and
  // remembers a named one. `entity` is the source's company entity id, if any.
  void resolve(std::string_view text, const ClaimReading& reading, std::optional<Span>& source, std::string& entity) {
    constexpr std::size_t kReach = 3;
    if (!source) return;
    const bool pronoun = is_pronoun(slice(text, *source));
    if (pronoun && last_ && reading.sentence - last_sentence_ <= kReach) {
      source = last_;
      entity = last_entity_;
    } else if (!pronoun && !reading.generic_source) {
      last_ = source;
      last_entity_ = entity;
      last_sentence_ = reading.sentence;
    }
  }

 private:
  std::optional<Span> last_;
  std::string last_entity_;
  std::size_t last_sentence_ = 0;
};

}  // namespace

std::vector<ClaimReading> read_claims(const Context& ctx, std::size_t first, std::size_t end) {
  std::vector<ClaimReading> readings;
  Cursor cursor(ctx);
  std::vector<Word> words;  // one buffer for every sentence
  std::string lowered;      // likewise
  for (std::size_t index = first; index < end && index < ctx.sentences.size(); ++index) {
    const Span sentence = ctx.sentences[index];
    if (sentence.end > ctx.text.size() || sentence.start >= sentence.end) continue;
    const std::string_view s = slice(ctx.text, sentence);
    if (ending_of(s) != Ending::statement) continue;
    const Lang lang = language_of(s);
    words_of(ctx.text, sentence, words);
    if (!reads_as_a_clause(ctx.text, words, lang)) continue;
    if (lang == kEnglish) lower_ascii(s, lowered);
    const SentenceView view{ctx.text, sentence, words, cursor.companies_in(sentence), lowered};
    const Attribution a = lang == kKorean ? attribute_korean(view) : attribute_english(view);
    const Facts f = FactReader(view, lang, cursor.has_amount_in(sentence)).read();
    const bool attributed = is_attributed(a, f), factual = is_factual(f);
    if (!attributed && !factual) continue;

    ClaimReading reading;
    reading.sentence = index;
    reading.generic_source = a.generic_source;
    Claim& c = reading.claim;
    c.span = sentence;
    c.kinds.reserve(attributed + factual);
    if (attributed) {
      c.kinds.push_back("attributed");
      c.source_entity = a.source ? entity_of(*a.source, view.companies) : "";
      c.source = a.source;
      c.cue = a.cue;
    }
    if (factual) c.kinds.push_back("factual");
    c.hedged = (attributed && a.hedged) || f.hedge;
    // Resolving a pronoun later swaps one source for another: the score only asks whether
    // there is one.
    c.score = score_of(attributed, factual, c.hedged, a, f);
    readings.push_back(std::move(reading));
  }
  return readings;
}

std::vector<Claim> resolve_speakers(std::string_view text, std::vector<ClaimReading> readings) {
  std::vector<Claim> claims;
  claims.reserve(readings.size());
  SpeakerMemory speakers;
  for (ClaimReading& reading : readings) {
    speakers.resolve(text, reading, reading.claim.source, reading.claim.source_entity);
    claims.push_back(std::move(reading.claim));
  }
  return claims;
}

std::vector<Claim> find_claims(const Context& ctx) {
  return resolve_speakers(ctx.text, read_claims(ctx, 0, ctx.sentences.size()));
}

}  // namespace newsmark::claims
