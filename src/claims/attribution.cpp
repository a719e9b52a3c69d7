#include "claims/attribution.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "claims/bytes.h"
#include "text/utf8.h"

namespace newsmark::claims {
namespace {

using Words = std::vector<Word>;

// How far back from a cue a speaker is looked for, in words: news sentences keep the
// speaker close, and the bound keeps a pathological sentence linear.
constexpr std::size_t kLookBack = 40;

// The first word index of the backward window that ends before word `i`.
std::size_t window_start(std::size_t i) { return i > kLookBack ? i - kLookBack : 0; }

bool is_quote_mark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019;
}

// Where `suffix` starts in `s` read without its quotation marks (`빠르다"고` reads as
// 빠르다고), or npos when `s` so read does not end with it. Compared backwards, without
// building the text: the claim rules ask this of many words.
std::size_t unquoted_suffix_start(std::string_view s, std::string_view suffix) {
  std::size_t at = s.size(), rest = suffix.size();
  while (rest > 0) {
    if (at == 0) return std::string_view::npos;
    std::size_t prev = at;
    const char32_t cp = text::previous_code_point(s, prev);
    at = prev;
    if (is_quote_mark(cp)) continue;
    if (text::previous_code_point(suffix, rest) != cp) return std::string_view::npos;
  }
  return at;
}

// Whether a character other than a quotation mark comes before byte `end` of `s`.
bool has_unquoted_before(std::string_view s, std::size_t end) {
  while (end > 0)
    if (!is_quote_mark(text::previous_code_point(s, end))) return true;
  return false;
}

// Whether `s` without its quotation marks ends with `suffix` / ends with it and holds more
// / is exactly `suffix`.
bool unquoted_ends_with(std::string_view s, std::string_view suffix) {
  return unquoted_suffix_start(s, suffix) != std::string_view::npos;
}
bool unquoted_ends_with_more(std::string_view s, std::string_view suffix) {
  const std::size_t start = unquoted_suffix_start(s, suffix);
  return start != std::string_view::npos && has_unquoted_before(s, start);
}
bool unquoted_equals(std::string_view s, std::string_view word) {
  const std::size_t start = unquoted_suffix_start(s, word);
  return start != std::string_view::npos && !has_unquoted_before(s, start);
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes)
    if (ends_with(s, suffix)) return true;
  return false;
}

bool unquoted_ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes)
    if (unquoted_ends_with(s, suffix)) return true;
  return false;
}

// ---------------------------------------------------------------- Korean

// Syllables that end a Korean word which is not a bare noun: particles and verb endings.
bool is_inflected_ending(char32_t last) {
  static const std::u32string endings = U"은는이가을를에의와과로도만서고며면다한된인던할될운적게히요든란린른께까지야나랑엔선";
  return endings.find(last) != std::u32string::npos;
}

char32_t last_code_point(std::string_view s) {
  std::size_t end = s.size();
  return s.empty() ? 0 : text::previous_code_point(s, end);
}

class KoreanReader {
 public:
  explicit KoreanReader(const SentenceView& v) : v_(v), w_(v.words), lex_(Lexicon::get()) {}

  Attribution run() const {
    Attribution best;
    for (std::size_t i = 0; i < w_.size(); ++i) {
      if (w_[i].quoted && !w_[i].ends_quote) continue;
      for (const Run<const CuePattern*> cues : {lex_.cues_starting(core(i), kKorean), lex_.cues_ending(core(i))})
        for (const CuePattern* pattern : cues) {
          // `"...있다"며`: only a connective ending may follow the closing quote in one word
          if (w_[i].quoted && pattern->kind != CueKind::connective) continue;
          std::size_t last = i;
          if (!matches(i, *pattern, last)) continue;
          Attribution a = read_cue(i, last, *pattern);
          if (!a.found) continue;
          if (a.source) return a;
          if (!best.found || (best.impersonal && !a.impersonal)) best = a;
        }
    }
    return best;
  }

 private:
  std::string_view core(std::size_t i) const { return slice(v_.text, w_[i].core); }

  // Does `pattern` match at word i? `last` receives the index of the cue's last word.
  bool matches(std::size_t i, const CuePattern& pattern, std::size_t& last) const {
    if (pattern.kind == CueKind::connective) {
      std::size_t last_char = pattern.text.size();
      text::previous_code_point(pattern.text, last_char);
      if (!ends_with(core(i), std::string_view(pattern.text).substr(last_char))) return false;
      return unquoted_ends_with_more(core(i), pattern.text);
    }
    const std::size_t start = w_[i].core.start;
    if (!holds_at(v_.text, start, pattern.text)) return false;
    const std::size_t pattern_end = start + pattern.text.size();
    last = i;
    while (last < w_.size() && w_[last].core.end < pattern_end) ++last;
    if (last == w_.size()) return false;
    if (pattern.kind == CueKind::say) {
      if (ends_with(core(last), "던")) return false;  // 예상했던: "than expected"
      if (is_quotative(core(last))) return false;     // 예상한다고 밝혔다: the cue is the verb that follows
    }
    return true;
  }

  Attribution read_cue(std::size_t i, std::size_t last, const CuePattern& pattern) const {
    Attribution a;
    a.hedged = pattern.hedged;
    a.cue = Span{w_[i].core.start, w_[last].core.end};
    switch (pattern.kind) {
      case CueKind::quote_say:
        if (i == 0 || !is_quotative(core(i - 1))) return a;
        [[fallthrough]];
      case CueKind::say:
      case CueKind::connective:
        a.found = true;
        a.source = subject_before(i);
        a.impersonal = !a.source;
        break;
      case CueKind::according:
        read_according(i, a);
        break;
      case CueKind::emerge:
        read_emerge(i, a);
        break;
      case CueKind::impersonal:
        a.found = a.impersonal = true;
        break;
      case CueKind::stance:
        read_stance(i, a);
        break;
    }
    if (a.source) a.generic_source = is_generic_source(slice(v_.text, *a.source), kKorean);
    return a;
  }

  static bool is_quotative(std::string_view word) {
    return unquoted_ends_with_any(word, {"다고", "라고", "냐고", "자고"});
  }

  // ~에 따르면: the source is the phrase that 에 closes.
  void read_according(std::size_t i, Attribution& a) const {
    if (i == 0 || !ends_with(core(i - 1), "에")) return;
    const std::size_t stem_end = w_[i - 1].core.end - std::string_view("에").size();
    if (stem_end <= w_[i - 1].core.start) return;
    a.found = true;
    a.source = Span{w_[extend_phrase(i - 1, true)].core.start, stem_end};
    a.cue = Span{stem_end, w_[i].core.end};
  }

  // ~라는 보도가 나왔다: the report noun is the source, unless a generic source opens
  // the clause as "X에서는" (증권가에서는 ... 전망이 나온다).
  void read_emerge(std::size_t i, Attribution& a) const {
    if (i == 0 || w_[i - 1].quoted) return;
    const std::string_view noun_word = core(i - 1);
    std::size_t particle = 0;
    for (std::string_view p : {"이", "가", "도", "은", "는"})
      if (ends_with(noun_word, p)) particle = p.size();
    if (!particle) return;
    const std::string_view noun = noun_word.substr(0, noun_word.size() - particle);
    if (!lex_.report_nouns.is_suffix_of(noun)) return;
    a.found = true;
    a.cue = Span{w_[i - 1].core.start, w_[i].core.end};
    a.source = Span{w_[i - 1].core.start, w_[i - 1].core.end - particle};
    for (std::size_t j = i - 1; j-- > window_start(i);) {
      if (w_[j].ends_clause) break;
      if (auto place = place_source(j)) {
        a.source = place;
        break;
      }
    }
  }

  // "증권가에서는", "전문가들 사이에서는": a generic source named as the place where
  // something is said.
  std::optional<Span> place_source(std::size_t j) const {
    if (w_[j].quoted) return std::nullopt;
    const std::string_view c = core(j);
    for (std::string_view place : {"에서는", "에선", "에서도", "에서"}) {
      if (!ends_with(c, place)) continue;
      const std::string_view stem = c.substr(0, c.size() - place.size());
      if ((stem == "사이" || stem == "안팎") && j > 0 && !w_[j - 1].quoted &&
          is_generic_source(core(j - 1), kKorean))
        return w_[j - 1].core;
      if (!stem.empty() && is_generic_source(stem, kKorean))
        return Span{w_[j].core.start, w_[j].core.start + stem.size()};
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "~다는 입장이다", "~라는 게 업계 관계자의 설명이다": a stance reported as a noun.
  // The source is the genitive before the noun, else the subject, else the noun.
  void read_stance(std::size_t i, Attribution& a) const {
    bool quoted_content = false;
    for (std::size_t j = i; j-- > 0 && j + 4 > i;) {
      const std::string_view c = core(j);
      if (unquoted_equals(c, "게") || unquoted_equals(c, "것이") ||
          unquoted_ends_with_any(c, {"다는", "라는", "냐는", "다는게", "라는게"})) {
        quoted_content = true;
        break;
      }
    }
    if (!quoted_content) return;
    a.found = true;
    if (i > 0 && ends_with(core(i - 1), "의") && !w_[i - 1].quoted) {
      const std::size_t stem_end = w_[i - 1].core.end - std::string_view("의").size();
      if (stem_end > w_[i - 1].core.start) {
        a.source = Span{w_[extend_phrase(i - 1, false)].core.start, stem_end};
        return;
      }
    }
    a.source = subject_before(i);
    if (!a.source) {
      const std::string_view c = core(i);
      const std::size_t copula = ends_with(c, "이다") ? 6 : 3;
      a.source = Span{w_[i].core.start, w_[i].core.end - copula};
    }
  }

  // The subject phrase (은/는 first, then 이/가/도, "X 역시", and a generic "X에서는")
  // before the cue at word `cue`.
  std::optional<Span> subject_before(std::size_t cue) const {
    if (auto marked = marked_subject_before(cue)) return marked;
    for (std::size_t i = cue; i-- > std::max<std::size_t>(1, window_start(cue));) {
      const std::string_view c = core(i);
      if ((c == "역시" || c == "또한") && !w_[i - 1].quoted && !korean_particle_length(core(i - 1)) &&
          names_a_speaker(i - 1, core(i - 1), w_[i - 1].core.end))
        return Span{w_[extend_phrase(i - 1, false)].core.start, w_[i - 1].core.end};
    }
    for (std::size_t i = cue; i-- > window_start(cue);)
      if (auto place = place_source(i)) return place;
    return std::nullopt;
  }

  std::optional<Span> marked_subject_before(std::size_t cue) const {
    for (const bool topic : {true, false}) {
      for (std::size_t i = cue; i-- > window_start(cue);) {
        if (w_[i].quoted) continue;
        const std::size_t particle = subject_particle(core(i), topic);
        if (!particle) continue;
        const std::size_t stem_end = w_[i].core.end - particle;
        if (stem_end <= w_[i].core.start) continue;
        const std::string_view stem = v_.text.substr(w_[i].core.start, stem_end - w_[i].core.start);
        if (ends_with_any(stem, {"에서", "에게", "으로", "로서", "에"})) continue;  // adverbial, not a subject
        if (!names_a_speaker(i, stem, stem_end)) continue;
        return Span{w_[extend_phrase(i, false)].core.start, stem_end};
      }
    }
    return std::nullopt;
  }

  static std::size_t subject_particle(std::string_view word, bool topic) {
    static const std::vector<std::string_view> topics = {"께서는", "은", "는"};
    static const std::vector<std::string_view> subjects = {"께서", "이", "가", "도"};
    for (std::string_view p : topic ? topics : subjects)
      if (ends_with(word, p) && word.size() > p.size()) return p.size();
    return 0;
  }

  // Evidence that the stem is a name or a speaker noun rather than a verb form ("있는").
  bool names_a_speaker(std::size_t i, std::string_view stem, std::size_t stem_end) const {
    // The mentions are sorted by start: look only at those starting inside the word.
    const auto first = std::lower_bound(v_.companies.begin(), v_.companies.end(), w_[i].span.start,
                                        [](const CompanyMention* m, std::size_t at) { return m->span.start < at; });
    for (auto it = first; it != v_.companies.end() && (*it)->span.start < stem_end; ++it)
      if ((*it)->span.end <= stem_end && (*it)->span.end > w_[i].core.start) return true;
    if (ends_with(stem, ")")) return true;
    if (has_name_like_latin(stem) || lex_.is_organisation_name(stem)) return true;
    const std::string_view singular = ends_with(stem, "들") ? stem.substr(0, stem.size() - 3) : stem;
    for (std::string_view form : {stem, singular})
      if (lex_.generic_sources[kKorean].is_suffix_of(form) || lex_.titles[kKorean].is_suffix_of(form)) return true;
    if (stem == "그" || stem == "그녀" || stem == "이들" || stem == "그들") return true;
    return opens_sentence(i) && hangul_syllables(stem) >= 2;
  }

  bool has_name_like_latin(std::string_view s) const {
    for (std::size_t i = 0; i < s.size();) {
      if (!is_ascii_letter(s[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < s.size() && is_ascii_letter(s[end])) ++end;
      if (!lex_.not_names[kKorean].contains(s.substr(i, end - i))) return true;
      i = end;
    }
    return false;
  }

  bool is_title(std::string_view stem) const { return lex_.titles[kKorean].contains(stem); }

  // Whether word i ends the noun phrase that opens the sentence ("소비자 단체들은"):
  // only sentence adverbs and bare nouns come before it.
  bool opens_sentence(std::size_t i) const {
    constexpr std::size_t kMaxNouns = 3;
    if (i > kLookBack) return false;
    std::size_t first = 0;
    while (first < i && lex_.korean_adverbs.contains(core(first))) ++first;
    if (i - first > kMaxNouns) return false;
    for (std::size_t k = first; k < i; ++k)
      if (!is_bare_noun(k) || w_[k].ends_clause) return false;
    return true;
  }

  // Bare nouns carry no particle or ending: "젠슨 황 엔비디아 최고경영자(CEO)는".
  bool is_bare_noun(std::size_t i) const {
    const std::string_view c = core(i);
    if (c.empty() || w_[i].quoted || lex_.korean_adverbs.contains(c)) return false;
    const char32_t last = last_code_point(c);
    return !text::is_hangul(last) || !is_inflected_ending(last);
  }

  // The words of a Hangul name before a bracketed Latin alias of n words, less one:
  // "도(Jane Doe)" is preceded by one more word of the name.
  std::size_t words_in_alias(std::size_t i) const {
    const std::string_view c = core(i);
    const std::size_t open = c.find('(');
    const std::size_t close = c.find(')');
    if (open == 0 || open == std::string_view::npos || close == std::string_view::npos || close < open) return 0;
    const std::string_view alias = c.substr(open + 1, close - open - 1);
    if (alias.empty() || alias[0] < 'A' || alias[0] > 'Z') return 0;
    return static_cast<std::size_t>(std::count(alias.begin(), alias.end(), ' '));
  }

  // Extends the phrase ending at word `head` back over the words that belong to it:
  // bare nouns, "X를 비롯한", "X, Y 등", and with `genitive` also "X의".
  std::size_t extend_phrase(std::size_t head, bool genitive) const {
    constexpr int kMaxBare = 4;
    std::size_t j = head;
    // A bare title ("회장은") follows the person's name, whatever its last syllable (손정의).
    const std::string_view head_core = core(head);
    if (head > 0 && is_title(head_core.substr(0, head_core.size() - korean_particle_length(head_core))) &&
        !w_[head - 1].ends_clause && !w_[head - 1].quoted)
      --j;
    int bare = 0;
    bool in_list = false;
    std::size_t alias_words = words_in_alias(head);
    while (j > window_start(head)) {
      const Word& w = w_[j - 1];
      const std::string_view c = core(j - 1);
      if (w.quoted) break;
      if (alias_words > 0 && !w.ends_clause) {  // "제인 도(Jane Doe)": as many words as the alias
        --j, --alias_words;
        continue;
      }
      if (c == "비롯한" && j >= 2 && ends_with_any(core(j - 2), {"을", "를"})) {
        j -= 2;
        alias_words = words_in_alias(j);
        continue;
      }
      if (c == "등" || c == "및") {
        --j, in_list = true;
        continue;
      }
      if (w.ends_clause && !in_list) break;
      if (genitive && ends_with(c, "의") && !w.ends_clause) {
        --j;
        continue;
      }
      if (!is_bare_noun(j - 1) || bare >= kMaxBare) break;
      --j, ++bare;
    }
    return j;
  }

  const SentenceView& v_;
  const Words& w_;
  const Lexicon& lex_;
};

// ---------------------------------------------------------------- English

const std::unordered_set<std::string_view>& clause_openers() {
  static const std::unordered_set<std::string_view> words = {
      "that", "and", "but", "while", "which", "who", "whom", "as", "because", "when", "after", "before",
      "since", "if", "although", "though", "where", "so", "than", "whether", "until", "or", "nor",
      "what", "how", "why", "whose"};
  return words;
}

// Words between a subject and its verb that are not part of the subject.
const std::unordered_set<std::string_view>& verb_companions() {
  static const std::unordered_set<std::string_view> words = {
      "also", "previously", "earlier", "recently", "separately", "jointly", "repeatedly", "has", "have", "had",
      "will", "would", "then", "later", "once", "already", "further", "again", "publicly", "privately", "first"};
  return words;
}

bool is_passive_auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being";
}

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "this" || w == "these" || w == "those" || w == "our" || w == "such" || w == "any";
}

class EnglishReader {
 public:
  explicit EnglishReader(const SentenceView& v) : v_(v), w_(v.words), lex_(Lexicon::get()) {}

  Attribution run() const {
    Attribution best, intention;
    for (std::size_t i = 0; i < w_.size(); ++i) {
      for (const CuePattern* pattern : lex_.cues_starting(lower(i), kEnglish)) {
        const std::size_t n = match(i, pattern->text);
        if (!n) continue;
        Attribution a = read_cue(i, n, *pattern);
        if (!a.found) continue;
        if (a.source && !pattern->weak) return a;
        if (a.source && !intention.found) intention = a;
        if (!best.found || (best.impersonal && !a.impersonal)) best = a;
      }
    }
    return intention.found ? intention : best;
  }

 private:
  // The lower-case core of word i.
  std::string_view lower(std::size_t i) const { return v_.lower(w_[i].core); }

  // Number of words the pattern covers at word i, or 0.
  std::size_t match(std::size_t i, std::string_view pattern) const {
    std::size_t n = 0, start = 0;
    while (start <= pattern.size()) {
      std::size_t space = pattern.find(' ', start);
      if (space == std::string_view::npos) space = pattern.size();
      const std::size_t k = i + n;
      if (k >= w_.size() || w_[k].quoted || lower(k) != pattern.substr(start, space - start)) return 0;
      if (space < pattern.size() && w_[k].ends_clause) return 0;
      ++n;
      start = space + 1;
    }
    return n;
  }

  Attribution read_cue(std::size_t i, std::size_t n, const CuePattern& pattern) const {
    Attribution a;
    a.hedged = pattern.hedged;
    a.cue = Span{w_[i].core.start, w_[i + n - 1].core.end};
    switch (pattern.kind) {
      case CueKind::according:
        a.source = phrase_after(i + n, 10);
        a.found = a.source.has_value();
        break;
      case CueKind::impersonal:
        a.found = a.impersonal = true;
        break;
      default:
        read_speaker(i, n, a);
        break;
    }
    if (a.source) a.generic_source = is_generic_source(v_.lower(*a.source), kEnglish);
    return a;
  }

  void read_speaker(std::size_t i, std::size_t n, Attribution& a) const {
    a.found = true;
    if (i > 0 && w_[i - 1].ends_quote) {  // '"...," said a fund manager'
      a.source = phrase_after(i + n, 8);
    } else if (i > 0 && w_[i - 1].ends_clause) {  // "Block, the payments company ..., said"
      a.source = appositive_head(i - 1);
      if (!a.source) a.source = phrase_after(i + n, 8);
    } else if (i > 0) {
      std::size_t end = i;  // exclusive
      while (end > 0 && !w_[end - 1].ends_clause && (verb_companions().count(lower(end - 1)) || is_adverb(end - 1))) --end;
      if (end > 0 && is_passive_auxiliary(lower(end - 1))) {  // "was reported": no speaker
        a.impersonal = a.hedged = true;
        return;
      }
      if (end > 0) a.source = phrase_before(end - 1);
    }
    // In English a verb of saying without its speaker is no attribution ("the right to say
    // what he believes"); only the impersonal cues ("reportedly") stand alone.
    a.found = a.source.has_value();
  }

  // "usually", "publicly": a lower-case word in -ly between a subject and its verb.
  bool is_adverb(std::size_t i) const {
    const std::string_view c = slice(v_.text, w_[i].core);
    return !c.empty() && c[0] >= 'a' && c[0] <= 'z' && ends_with(c, "ly");
  }

  // The subject phrase ending at word `last`: back to a clause boundary.
  std::optional<Span> phrase_before(std::size_t last) const {
    constexpr std::size_t kMaxWords = 8;
    if (w_[last].quoted || w_[last].ends_clause || clause_openers().count(lower(last))) return std::nullopt;
    std::size_t first = last;
    while (first > 0 && last - first < kMaxWords) {
      const Word& prev = w_[first - 1];
      if (prev.ends_clause || prev.ends_quote || prev.quoted || clause_openers().count(lower(first - 1))) break;
      --first;
    }
    if (last - first + 1 > kMaxWords) return std::nullopt;
    for (std::size_t k = first; k <= last; ++k)  // "The story is usually told": a clause, not a speaker
      if (is_passive_auxiliary(lower(k))) return std::nullopt;
    if (is_determiner(lower(last))) return std::nullopt;  // "the claims", "its reports": a noun, not a verb
    if (first == last && (lower(last) == "one" || lower(last) == "there" || lower(last) == "this"))
      return std::nullopt;  // "what one believes": nobody in particular
    return Span{w_[first].core.start, w_[last].core.end};
  }

  // "Block, the payments company behind Cash App, said": the name before the apposition;
  // "The company's chief executive, Daniel Ek, said": the name inside it.
  std::optional<Span> appositive_head(std::size_t comma_word) const {
    constexpr std::size_t kMaxNameWords = 4;
    for (std::size_t j = comma_word; j-- > window_start(comma_word);) {
      if (w_[j].quoted || w_[j].ends_quote) return std::nullopt;
      if (w_[j].ends_clause) {
        if (comma_word - j <= kMaxNameWords && is_name(j + 1, comma_word))
          return Span{w_[j + 1].core.start, w_[comma_word].core.end};
        constexpr std::size_t kMaxHeadWords = 6;
        std::size_t first = j;
        while (first > 0 && j - first < kMaxHeadWords && !w_[first - 1].ends_clause && !w_[first - 1].ends_quote &&
               !w_[first - 1].quoted && !clause_openers().count(lower(first - 1)))
          --first;
        if (j - first + 1 > kMaxHeadWords) return std::nullopt;
        return Span{w_[first].core.start, w_[j].core.end};
      }
    }
    return std::nullopt;
  }

  // Whether words first..last are all capitalised: a person's or a company's name.
  bool is_name(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k <= last; ++k) {
      const std::string_view c = slice(v_.text, w_[k].core);
      if (c.empty() || c[0] < 'A' || c[0] > 'Z' || w_[k].quoted) return false;
    }
    return true;
  }

  // The phrase starting at word `first`, up to the next comma or the sentence end.
  std::optional<Span> phrase_after(std::size_t first, std::size_t max_words) const {
    if (first >= w_.size() || w_[first].quoted || lower(first) == "that" || lower(first) == "it") return std::nullopt;
    std::size_t last = first;
    while (!w_[last].ends_clause && !w_[last].ends_quote && last + 1 < w_.size() && !w_[last + 1].quoted &&
           last - first < max_words)
      ++last;
    if (last - first + 1 > max_words) return std::nullopt;
    if (w_[last].core.end <= w_[first].core.start) return std::nullopt;
    return Span{w_[first].core.start, w_[last].core.end};
  }

  const SentenceView& v_;
  const Words& w_;
  const Lexicon& lex_;
};

}  // namespace

bool is_generic_source(std::string_view phrase, Lang lang) {
  const Lexicon& lex = Lexicon::get();
  if (lex.generic_sources[lang].is_suffix_of(phrase)) return true;
  if (lang != kKorean) return false;
  const std::string_view singular = ends_with(phrase, "들") ? phrase.substr(0, phrase.size() - 3) : phrase;
  return lex.generic_sources[kKorean].is_suffix_of(singular) || lex.report_nouns.is_suffix_of(phrase);
}

Attribution attribute_korean(const SentenceView& view) { return KoreanReader(view).run(); }
Attribution attribute_english(const SentenceView& view) { return EnglishReader(view).run(); }

}  // namespace newsmark::claims
