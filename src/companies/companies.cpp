// Company recognition in three passes over one article:
//  1. candidates: names of the knowledge base (longest match over folded text), names the
//     text itself marks as companies (한글명(LatinName) with company context, legal
//     suffixes, (주)X, X증권, exchange tickers), names it teaches (a Korean name glossed in
//     brackets, the short form of "Acme Robotics Inc."), the watchlist and bare tickers;
//  2. evidence: names marked `~` in the knowledge base are kept only with evidence;
//  3. selection and linking: non-overlapping mentions, longest first, grouped into entities.
#include "companies/companies.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "companies/lexicon.h"
#include "text/utf8.h"

namespace newsmark::companies {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

enum class Script { kOther, kLatin, kHangul };  // kLatin: Latin letters and digits

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_upper(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7); }

Script script_of(char32_t cp) {
  if (text::is_hangul(cp)) return Script::kHangul;
  if (text::is_latin_letter(cp) || is_digit(cp) || (cp >= 0xFF10 && cp <= 0xFF5A)) return Script::kLatin;
  return Script::kOther;
}

char32_t cp_at(std::string_view t, std::size_t pos) {
  if (pos >= t.size()) return 0;
  return text::next_code_point(t, pos);
}

char32_t cp_before(std::string_view t, std::size_t pos) {
  if (pos == 0 || pos > t.size()) return 0;
  return text::previous_code_point(t, pos);
}

std::size_t next_pos(std::string_view t, std::size_t pos) {
  text::next_code_point(t, pos);
  return pos;
}

std::size_t hangul_run_end(std::string_view t, std::size_t pos) {
  while (pos < t.size()) {
    std::size_t p = pos;
    if (!text::is_hangul(text::next_code_point(t, p))) break;
    pos = p;
  }
  return pos;
}

// A "word" here: a run of Hangul, Latin letters and digits.
bool is_word_cp(char32_t cp) { return script_of(cp) != Script::kOther; }

std::size_t word_start(std::string_view t, std::size_t pos) {
  while (pos > 0) {
    std::size_t p = pos;
    if (!is_word_cp(text::previous_code_point(t, p))) break;
    pos = p;
  }
  return pos;
}

std::size_t word_end(std::string_view t, std::size_t pos) {
  while (pos < t.size()) {
    std::size_t p = pos;
    if (!is_word_cp(text::next_code_point(t, p))) break;
    pos = p;
  }
  return pos;
}

bool contains_hangul(std::string_view s) {
  for (std::size_t p = 0; p < s.size();)
    if (text::is_hangul(text::next_code_point(s, p))) return true;
  return false;
}

std::size_t syllables(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < s.size();)
    if (text::is_hangul(text::next_code_point(s, p))) ++n;
  return n;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when `tail` (Hangul) is made of at most three Korean particles (는, 에서는, 의).
bool is_particles(std::string_view tail) {
  if (tail.empty()) return true;
  constexpr std::size_t kMaxBytes = 30, kSyllable = 3, kMaxParticle = 4 * kSyllable;
  if (tail.size() > kMaxBytes || tail.size() % kSyllable) return false;
  const Cues& cues = Cues::instance();
  int steps[kMaxBytes + 1];
  std::fill(std::begin(steps), std::end(steps), 99);
  steps[0] = 0;
  for (std::size_t i = 0; i < tail.size(); i += kSyllable) {
    if (steps[i] >= 3) continue;
    for (std::size_t len = kSyllable; len <= kMaxParticle && i + len <= tail.size(); len += kSyllable)
      if (cues.has("particle", tail.substr(i, len))) steps[i + len] = std::min(steps[i + len], steps[i] + 1);
  }
  return steps[tail.size()] <= 3;
}

// The end of the name in `word` (a Hangul word, possibly with Latin) once trailing
// particles are removed: the shortest name that `accept` takes and that leaves only
// particles after it (한빛소재와 -> 한빛소재).
template <typename F>
std::optional<std::size_t> strip_particles(std::string_view word, F&& accept) {
  for (std::size_t end = 0; end < word.size();) {
    text::next_code_point(word, end);
    if (is_particles(word.substr(end)) && accept(word.substr(0, end))) return end;
  }
  return std::nullopt;
}

struct Candidate {
  Span span;
  std::uint32_t company = kNone;       // knowledge-base company, or kNone
  std::vector<std::uint32_t> choices;  // for a name that the knowledge base gives several companies
  std::string canonical;               // for companies outside the knowledge base
  std::string ticker;                  // as the text gives it
  bool ambiguous = false;              // marked `~`: needs evidence
  bool strong = false;                 // ticker, legal suffix or alias attached
  bool blocked = false;                // next to a word of the name's other sense
  int rank = 0;                        // at equal spans, the lower rank wins
};

// What a learned name (from the text itself) stands for.
struct Target {
  std::uint32_t company = kNone;
  std::string canonical;
};

struct Ticker {
  std::string symbol;
  bool has_exchange = false;
};

class Recogniser {
 public:
  Recogniser(std::string_view text, const std::vector<std::string>& watchlist)
      : t_(text), folded_(fold_with_origin(text)), kb_(KnowledgeBase::instance()), cues_(Cues::instance()), covered_(text.size(), false) {
    find_sentence_starts();
    has_hangul_ = std::any_of(t_.begin(), t_.end(), [](char c) {  // lead bytes of Hangul syllables
      return static_cast<unsigned char>(c) >= 0xEA && static_cast<unsigned char>(c) <= 0xED;
    });
    const std::vector<std::string>& suffixes = cues_.list("ko_name_suffix");
    for (std::size_t i = 0; i < suffixes.size(); ++i)
      if (suffixes[i].size() >= 3) suffix_heads_.emplace_back(syllable_code(suffixes[i], 0), i);
    std::sort(suffix_heads_.begin(), suffix_heads_.end());
    for (const std::string& name : watchlist)
      if (!fold(name).empty()) learn(fold(name), Target{kNone, name}, /*from_watchlist=*/true);
  }

  Result run() {
    match_knowledge_base();
    match_glossed_names();
    match_legal_names();
    if (has_hangul_) {
      match_korean_legal_forms();
      match_korean_suffix_names();
      match_after_company_cues();
    }
    match_learned_names();
    match_bare_tickers();
    resolve_evidence();
    return link(select());
  }

 private:
  // ------------------------------------------------------------ text helpers

  std::size_t orig(std::size_t folded_pos) const { return folded_.origin[folded_pos]; }

  void find_sentence_starts() {
    sentence_starts_.push_back(0);
    for (std::size_t i = 0; i < t_.size(); ++i) {
      const char c = t_[i];
      if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i + 1 < t_.size() && (t_[i + 1] == ' ' || t_[i + 1] == '\n')))
        sentence_starts_.push_back(i + 1);
    }
  }

  Span sentence_of(std::size_t pos) const {
    auto it = std::upper_bound(sentence_starts_.begin(), sentence_starts_.end(), pos);
    const std::size_t start = *(it - 1);
    const std::size_t end = it == sentence_starts_.end() ? t_.size() : *it;
    return {start, end};
  }

  bool at_sentence_start(std::size_t pos) const {
    const Span s = sentence_of(pos);
    std::size_t p = s.start;
    while (p < pos && (t_[p] == ' ' || t_[p] == '\n' || t_[p] == '"' || t_[p] == '\'')) ++p;
    return p == pos;
  }

  // True when the sentence around `pos` holds a business word (shares, 매출, ...).
  bool business_sentence(std::size_t pos) const {
    const Span s = sentence_of(pos);
    auto cached = business_sentences_.find(s.start);
    if (cached != business_sentences_.end()) return cached->second;
    return business_sentences_[s.start] = has_business_word(s);
  }

  bool has_business_word(Span s) const {
    const std::string sentence = fold(t_.substr(s.start, s.end - s.start));
    for (const std::string& w : cues_.list("business")) {
      for (std::size_t at = sentence.find(w); at != std::string::npos; at = sentence.find(w, at + 1)) {
        const bool latin = w[0] >= 'a' && w[0] <= 'z';
        if (!latin || at == 0 || script_of(cp_before(sentence, at)) != Script::kLatin) return true;
      }
    }
    return false;
  }

  // The word before `pos` (skipping spaces and quotes), without trailing particles.
  std::string previous_word(std::size_t pos, std::size_t* start_out = nullptr) const {
    std::size_t p = pos;
    while (p > 0) {
      std::size_t q = p;
      const char32_t cp = text::previous_code_point(t_, q);
      if (is_word_cp(cp)) break;
      if (cp != ' ' && cp != '\'' && cp != 0x2018 && cp != 0x2019 && cp != '"' && cp != 0x201C && cp != 0x201D) return {};
      p = q;
    }
    const std::size_t start = word_start(t_, p);
    if (start_out) *start_out = start;
    return fold(t_.substr(start, p - start));
  }

  // The word that starts at or after `pos` (skipping spaces), folded.
  std::string next_word(std::size_t pos) const {
    while (pos < t_.size() && t_[pos] == ' ') ++pos;
    return fold(t_.substr(pos, word_end(t_, pos) - pos));
  }

  // A name ending at `end` whose last code point is `last`: false when the word runs on.
  bool name_ends_at(std::size_t end, char32_t last) const {
    const char32_t next = cp_at(t_, end);
    const Script sl = script_of(last), sn = script_of(next);
    if (sn == Script::kLatin && sl != Script::kOther) return false;
    if (sn == Script::kHangul) return is_particles(t_.substr(end, hangul_run_end(t_, end) - end));
    return true;
  }

  bool name_starts_at(std::size_t start) const { return !is_word_cp(cp_before(t_, start)); }

  bool ends_with_any(std::string_view word, std::string_view kind) const {
    for (const std::string& cue : cues_.list(kind))
      if (ends_with(word, cue)) return true;
    return false;
  }

  // ------------------------------------------------------------ brackets and suffixes

  // Parses "NASDAQ: AAPL", "KRX:005930", "NVDA", "005930" (folded content, original case in
  // `raw`).
  std::optional<Ticker> parse_ticker(std::string_view raw) const {
    Ticker tk;
    std::string_view symbol = raw;
    const std::size_t colon = raw.find(':');
    if (colon != std::string_view::npos) {
      const std::string exchange = fold(raw.substr(0, colon));
      if (!cues_.has("exchange", exchange)) return std::nullopt;
      tk.has_exchange = true;
      symbol = raw.substr(colon + 1);
    }
    while (!symbol.empty() && symbol.front() == ' ') symbol.remove_prefix(1);
    while (!symbol.empty() && symbol.back() == ' ') symbol.remove_suffix(1);
    if (symbol.empty() || symbol.size() > 10) return std::nullopt;
    bool digits = true, upper = false;
    for (char c : symbol) {
      const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!ok) return std::nullopt;
      digits = digits && c >= '0' && c <= '9';
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    if (!upper && !(digits && symbol.size() >= 4)) return std::nullopt;
    if (!tk.has_exchange && cues_.has("abbreviation", fold(symbol))) return std::nullopt;
    tk.symbol = std::string(symbol);
    return tk;
  }

  // The bracket "(...)" at `pos`, after at most one space: {open, close} (close is the
  // position after ')').
  std::optional<std::pair<std::size_t, std::size_t>> bracket_at(std::size_t pos) const {
    if (pos < t_.size() && t_[pos] == ' ') ++pos;
    std::size_t inner;
    if (t_.compare(pos, 1, "(") == 0) inner = pos + 1;
    else if (t_.compare(pos, 3, "\xEF\xBC\x88") == 0) inner = pos + 3;  // fullwidth (
    else return std::nullopt;
    for (std::size_t i = inner; i < t_.size() && i < inner + 90; ++i) {
      if (t_[i] == '\n' || t_[i] == '(') return std::nullopt;
      if (t_[i] == ')') return std::make_pair(pos, i + 1);
      if (t_.compare(i, 3, "\xEF\xBC\x89") == 0) return std::make_pair(pos, i + 3);
    }
    return std::nullopt;
  }

  static std::string_view bracket_content(std::string_view t, std::pair<std::size_t, std::size_t> b) {
    const std::size_t open_len = t[b.first] == '(' ? 1 : 3;
    const std::size_t close_len = t[b.second - 1] == ')' ? 1 : 3;
    std::string_view c = t.substr(b.first + open_len, b.second - close_len - b.first - open_len);
    while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
    while (!c.empty() && c.back() == ' ') c.remove_suffix(1);
    return c;
  }

  // The knowledge-base companies whose alias is exactly `name` (folded), with its flags.
  std::vector<const Alias*> exact_aliases(const std::string& name) const {
    std::vector<const Alias*> out;
    kb_.walk(name, 0, [&](std::size_t len, std::size_t first, std::size_t last) {
      if (len != name.size()) return;
      for (std::size_t i = first; i < last; ++i) out.push_back(&kb_.aliases()[i]);
    });
    return out;
  }

  bool looks_like_latin_name(std::string_view s) const {
    if (s.empty() || !(is_upper(cp_at(s, 0)) || is_digit(cp_at(s, 0)))) return false;
    int words = 1;
    for (std::size_t p = 0; p < s.size();) {
      const char32_t cp = text::next_code_point(s, p);
      if (cp == ' ') ++words;
      else if (!(text::is_latin_letter(cp) || is_digit(cp) || cp == '.' || cp == '&' || cp == '-' || cp == '\'' || cp == ',')) return false;
    }
    return words <= 6;
  }

  // Extends a company name ending at `end` over a legal suffix (", Inc.", " AG"), ".com",
  // 社 and an attached bracket with a ticker or another name of the same company; a Korean
  // name glossed with an unknown Latin name teaches the article that name.
  std::size_t extend(Candidate& c, std::size_t end) {
    if (script_of(cp_before(t_, end)) == Script::kLatin) {
      if (t_.compare(end, 4, ".com") == 0 && !is_word_cp(cp_at(t_, end + 4))) end += 4;
      for (int round = 0; round < 2; ++round) {
        const std::size_t suffix_end = legal_suffix_end(end);
        if (suffix_end == end) break;
        c.strong = true;
        end = suffix_end;
      }
    }
    if (t_.compare(end, 3, "\xE7\xA4\xBE") == 0) {  // 社
      c.strong = true;
      end += 3;
    }
    const auto b = bracket_at(end);
    if (!b) return end;
    const std::string_view content = bracket_content(t_, *b);
    if (content == "주" || content == "株") {
      c.strong = true;
      return b->second;
    }
    if (const auto tk = parse_ticker(content)) {
      if (c.company != kNone) {
        const std::vector<std::uint32_t> owners = kb_.companies_with_symbol(tk->symbol);
        const bool ours = std::find(owners.begin(), owners.end(), c.company) != owners.end();
        if (!ours && !owners.empty() && !tk->has_exchange) return end;  // another company's ticker
      }
      c.ticker = tk->symbol;
      c.strong = true;
      return b->second;
    }
    // Another name of the same company: 앤트로픽(Anthropic), 소프트뱅크그룹(SoftBank Group).
    const std::string folded = fold(content);
    const std::vector<const Alias*> same = exact_aliases(folded);
    if (!same.empty()) {
      const bool ours = std::any_of(same.begin(), same.end(), [&](const Alias* a) {
        return a->company == c.company || std::find(c.choices.begin(), c.choices.end(), a->company) != c.choices.end();
      });
      if (!ours) return end;
      if (c.company == kNone) c.company = same.front()->company;
      c.strong = true;
      return b->second;
    }
    // A Korean name glossed with a Latin name the knowledge base does not list.
    if (contains_hangul(t_.substr(c.span.start, end - c.span.start)) && looks_like_latin_name(content) &&
        t_[b->first] != ' ') {
      if (c.company == kNone) {  // the Latin name becomes the canonical one
        const std::string korean = fold(t_.substr(c.span.start, end - c.span.start));
        c.canonical = strip_legal_suffix(content);
        learned_.erase(korean);
        learn(korean, Target{kNone, c.canonical});
      }
      learn(folded, Target{c.company, c.canonical});
      c.strong = true;
      return b->second;
    }
    return end;
  }

  // The end of a legal suffix after `end` (" Inc.", ", Inc.", " & Co."), or `end`.
  std::size_t legal_suffix_end(std::size_t end) const {
    std::size_t p = end;
    if (p < t_.size() && t_[p] == ',') ++p;
    if (p >= t_.size() || t_[p] != ' ') return end;
    ++p;
    const std::string ahead = fold(t_.substr(p, 16));
    for (const std::string& s : cues_.list("en_legal_suffix")) {
      if (!starts_with(ahead, s)) continue;
      if (s == "group" || s == "holdings") continue;  // part of names, not a legal form
      const std::size_t after = p + s.size();
      if (script_of(cp_at(t_, after)) == Script::kLatin) continue;
      if (!suffix_written_as_name(p, s)) continue;
      return after;
    }
    return end;
  }

  // A cheap test before the full one: the word at `p` is a legal suffix ("Inc.,", "&").
  bool starts_legal_suffix(std::size_t p) const {
    std::size_t end = p;
    while (end < t_.size() && end - p < 16 && t_[end] != ' ' && t_[end] != '\n') ++end;
    std::string token = fold(t_.substr(p, end - p));
    while (!token.empty() && (token.back() == ',' || token.back() == ';' || token.back() == ':' || token.back() == ')' ||
                              token.back() == '"' || token.back() == '\''))
      token.pop_back();
    if (ends_with(token, "'s")) token.resize(token.size() - 2);
    const std::string bare = ends_with(token, ".") ? token.substr(0, token.size() - 1) : token;  // "LLC." ends a sentence
    return token == "&" || token == "pty" || cues_.has("en_legal_suffix", token) || cues_.has("en_legal_suffix", token + ".") ||
           cues_.has("en_legal_suffix", bare);
  }

  // "Inc.", "plc", "Group" as written after a name: not "GROUP BY" nor "group".
  bool suffix_written_as_name(std::size_t p, const std::string& suffix) const {
    const char first = t_[p];
    if (suffix == "plc" || first == '&') return true;
    if (!(first >= 'A' && first <= 'Z')) return false;
    if (suffix.size() < 5) return true;  // LLC, GmbH, Corp.
    for (std::size_t i = 1; i < suffix.size(); ++i)
      if (t_[p + i] >= 'A' && t_[p + i] <= 'Z') return false;  // GROUP, HOLDINGS
    return true;
  }

  // ------------------------------------------------------------ candidates

  void add(Candidate c) {
    std::fill(covered_.begin() + c.span.start, covered_.begin() + c.span.end, true);
    candidates_.push_back(std::move(c));
  }

  bool covered(std::size_t start, std::size_t end) const {
    return std::find(covered_.begin() + start, covered_.begin() + end, true) != covered_.begin() + end;
  }

  bool case_ok(const Alias& a, std::string_view written) const {
    if (a.exact_case) return written == a.form;
    const char32_t first = cp_at(written, 0);
    if (script_of(first) != Script::kLatin) return true;
    return is_upper(first) || is_digit(first);
  }

  bool sense_blocked(std::size_t end) const {
    const std::string next = next_word(end);
    if (next.empty()) return false;
    const bool latin = script_of(cp_at(next, 0)) == Script::kLatin;
    for (const std::string& w : cues_.list("sense_block")) {
      if (latin ? (next == w || next == w + "s") : starts_with(next, w)) return true;
    }
    return false;
  }

  void match_knowledge_base() {
    const std::string& f = folded_.text;
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> matches;
    for (std::size_t pos = 0; pos < f.size();) {  // names start where words start
      if (!is_word_cp(cp_at(f, pos))) {
        pos = next_pos(f, pos);
        continue;
      }
      matches.clear();
      kb_.walk(f, pos, [&](std::size_t len, std::size_t first, std::size_t last) { matches.emplace_back(len, first, last); });
      for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
        const auto [len, first, last] = *it;
        if (try_alias_range(pos, len, first, last)) break;
      }
      pos = word_end(f, pos);
    }
  }

  bool try_alias_range(std::size_t fpos, std::size_t len, std::size_t first, std::size_t last) {
    const std::size_t start = orig(fpos), end = orig(fpos + len);
    const std::string_view written = t_.substr(start, end - start);
    if (!name_starts_at(start) || !name_ends_at(end, cp_before(t_, end))) return false;
    Candidate c;
    c.span = {start, end};
    for (std::size_t i = first; i < last; ++i) {
      const Alias& a = kb_.aliases()[i];
      if (!case_ok(a, written)) continue;
      c.choices.push_back(a.company);
      const bool short_capitals = a.exact_case && a.form.size() <= 3 && is_upper(cp_at(a.form, 0));  // ABC: also initials
      c.ambiguous = c.ambiguous || a.ambiguous || short_capitals || cues_.has("ambiguous", a.key);
    }
    if (c.choices.empty()) return false;
    if (c.choices.size() == 1) c.company = c.choices.front();
    else c.ambiguous = true;
    c.blocked = c.ambiguous && sense_blocked(end);
    c.span.end = extend(c, end);
    add(std::move(c));
    return true;
  }

  // 한글명(LatinName) and 한글명(TICKER) that the knowledge base does not hold.
  void match_glossed_names() {
    for (std::size_t open = 0; (open = t_.find('(', open)) != std::string_view::npos; ++open) {
      const std::size_t start = word_start(t_, open);
      if (start == open || !contains_hangul(t_.substr(start, open - start))) continue;
      const auto b = bracket_at(open);
      if (!b || covered(start, open)) continue;
      const std::string_view korean = t_.substr(start, open - start);
      const std::string_view content = bracket_content(t_, *b);
      const std::size_t after = b->second;
      if (!name_ends_at(after, ')')) continue;
      if (const auto tk = parse_ticker(content)) {
        glossed_ticker(start, *b, korean, *tk);
        continue;
      }
      if (!looks_like_latin_name(content)) continue;
      if (person_context(start, after, content) || product_context(start, after)) continue;
      const std::string latin = fold(content);
      const std::vector<const Alias*> known = exact_aliases(latin);
      Candidate c;
      c.span = {start, after};
      c.strong = true;
      c.rank = 1;
      if (!known.empty()) {
        for (const Alias* a : known) c.choices.push_back(a->company);
        c.ambiguous = std::any_of(known.begin(), known.end(), [](const Alias* a) { return a->ambiguous; }) || known.size() > 1;
        if (known.size() == 1) c.company = known.front()->company;
      } else {
        if (!company_context(start, content, korean)) continue;
        c.canonical = strip_legal_suffix(content);
        learn(latin, Target{kNone, c.canonical});
      }
      learn(fold(korean), Target{c.company, c.canonical});
      add(std::move(c));
    }
  }

  void glossed_ticker(std::size_t start, std::pair<std::size_t, std::size_t> b, std::string_view korean, const Ticker& tk) {
    const std::vector<std::uint32_t> owners = kb_.companies_with_symbol(tk.symbol);
    Candidate c;
    c.span = {start, b.second};
    c.ticker = tk.symbol;
    c.strong = true;
    c.rank = 1;
    if (owners.size() == 1) {
      c.company = owners.front();
    } else {
      const bool digits = tk.symbol.find_first_not_of("0123456789") == std::string::npos;
      if (!tk.has_exchange && !digits && !company_context(start, {}, korean)) return;
      if (product_context(start, b.second)) return;
      c.canonical = std::string(korean);
    }
    learn(fold(korean), Target{c.company, c.canonical});
    add(std::move(c));
  }

  bool company_context(std::size_t start, std::string_view latin, std::string_view korean) const {
    const std::string f = fold(latin);
    const std::size_t space = f.rfind(' ');
    const std::string last_word = space == std::string::npos ? f : f.substr(space + 1);
    if (!latin.empty() && (cues_.has("en_name_suffix", last_word) || cues_.has("en_legal_suffix", last_word))) return true;
    if (ends_with_any(fold(korean), "ko_name_suffix")) return true;
    // A cue in the two words before: 러시아계 벤처 네비우스(Nebius), AI 기업인 X.
    std::size_t p = start;
    for (int i = 0; i < 2; ++i) {
      std::size_t word_begin = p;
      const std::string w = previous_word(p, &word_begin);
      if (w.empty()) break;
      if (is_company_cue_word(w)) return true;
      p = word_begin;
    }
    return false;
  }

  // A word that ends in a company cue, bare or as a copula: 업체, 시장조사업체, 기업인.
  bool is_company_cue_word(std::string_view w) const {
    if (ends_with_any(w, "ko_company_cue")) return true;
    if (ends_with(w, "인") || ends_with(w, "들")) return ends_with_any(w.substr(0, w.size() - 3), "ko_company_cue");
    return false;
  }

  // 일론 머스크(Elon Musk), 미라 무라티(Mira Murati) CEO.
  bool person_context(std::size_t start, std::size_t after, std::string_view latin) const {
    const bool two_korean_words = start >= 1 && t_[start - 1] == ' ' && text::is_hangul(cp_before(t_, start - 1));
    const bool two_latin_words = latin.find(' ') != std::string_view::npos;
    if (two_korean_words && two_latin_words) {
      // Unless the word before is itself a company cue (스타트업 월드 랩스(World Labs)).
      std::size_t ws = 0;
      const std::string before = previous_word(start, &ws);
      if (!is_company_cue_word(before)) {
        // Still a person unless the Latin name ends like a company.
        const std::string f = fold(latin);
        const std::string last = f.substr(f.rfind(' ') + 1);
        if (!cues_.has("en_name_suffix", last) && !cues_.has("en_legal_suffix", last)) return true;
      }
    }
    // 손정의(Masayoshi Son) 회장: a short Korean word, a Latin full name, then a title.
    const std::string next = next_word(after);
    const bool title_after = cues_.has("ko_person_cue", next) || cues_.has("ko_person_cue", strip_all_particles(next));
    return title_after && two_latin_words && syllables(t_.substr(start, after - start)) <= 4;
  }

  std::string strip_all_particles(const std::string& word) const {
    const auto end = strip_particles(word, [](std::string_view) { return true; });
    return end ? word.substr(0, *end) : word;
  }

  // '가상 세계 모델' 마블(Marble), 최신 모델 클로드(Claude), 코멧(Comet) 서비스.
  bool product_context(std::size_t start, std::size_t after) const {
    std::size_t p = start;
    for (int i = 0; i < 2; ++i) {
      std::size_t ws = p;
      const std::string w = previous_word(p, &ws);
      if (w.empty()) break;
      if (ends_with_any(strip_all_particles(w), "ko_product_cue") || ends_with_any(w, "ko_product_cue")) return true;
      p = ws;
    }
    const std::string next = strip_all_particles(next_word(after));
    return cues_.has("ko_product_cue", next);
  }

  std::string strip_legal_suffix(std::string_view name) const {
    std::string out(name);
    const std::string f = fold(name);
    for (const std::string& s : cues_.list("en_legal_suffix")) {
      if (s == "group" || s == "holdings") continue;
      if (f.size() > s.size() + 1 && ends_with(f, s) && f[f.size() - s.size() - 1] == ' ') {
        out.resize(out.size() - s.size() - 1);
        while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
        break;
      }
    }
    return out;
  }

  // English names the text marks as companies: "Kestrel Logistics LLC", "Pioneer Freight
  // Holdings", "Acme Robotics (NASDAQ: ACME)".
  void match_legal_names() {
    const std::string& f = folded_.text;
    for (std::size_t fpos = 0; fpos < f.size(); ++fpos) {
      if (f[fpos] != ' ') continue;
      const std::size_t space = orig(fpos);
      const std::size_t p = space + 1;
      const char head = p < t_.size() ? t_[p] : ' ';
      if (!((head >= 'A' && head <= 'Z') || head == '&' || head == 'p' || head == '(')) continue;
      if (head != '(' && !starts_legal_suffix(p)) continue;
      const std::string ahead = fold(t_.substr(p, 16));
      std::size_t suffix_end = 0;
      bool name_word_suffix = false;
      for (const std::string& s : cues_.list("en_legal_suffix")) {
        if (!starts_with(ahead, s) || script_of(cp_at(t_, p + s.size())) == Script::kLatin) continue;
        if (!suffix_written_as_name(p, s)) continue;
        suffix_end = p + s.size();
        name_word_suffix = (s == "group" || s == "holdings");
        break;
      }
      if (suffix_end == 0) {
        if (t_.compare(p, 1, "(") != 0) continue;
        const auto b = bracket_at(p);
        if (!b) continue;
        const auto tk = parse_ticker(bracket_content(t_, *b));
        if (!tk || !tk->has_exchange || covered(p, b->second)) continue;
        add_legal_name(space, space, tk->symbol, b->second, true);
        continue;
      }
      if (name_word_suffix && next_word(suffix_end) == "of") continue;
      add_legal_name(space, suffix_end, {}, 0, name_word_suffix);
    }
  }

  // The capitalised name ending at `name_end` (before a suffix or bracket) up to `end`.
  void add_legal_name(std::size_t name_end, std::size_t end, const std::string& ticker, std::size_t bracket_end,
                      bool suffix_in_name) {
    std::size_t stop = name_end;
    if (stop > 0 && t_[stop - 1] == ',') --stop;
    // Walk back over capitalised words.
    std::vector<std::pair<std::size_t, std::size_t>> words;
    std::size_t p = stop;
    while (words.size() < 6 && p > 0) {
      std::size_t ws = p;
      while (ws > 0 && t_[ws - 1] != ' ' && t_[ws - 1] != '\n') --ws;
      const std::string_view w = t_.substr(ws, p - ws);
      if (w.empty()) break;
      const char32_t first = cp_at(w, 0);
      const bool connector = w == "&" || w == "de" || w == "van" || w == "von";  // not "of": "Jane Doe of Acme LLC"
      const char last = w.back();
      if (!(is_upper(first) || is_digit(first) || connector)) break;
      if (!words.empty() && (last == '.' || last == ',' || last == ':' || last == ';' || last == '"' || last == ')')) break;
      if (cues_.has("en_legal_suffix", fold(w))) break;  // the end of the previous name
      if (last == '"' || last == ')' || w.front() == '"' || w.front() == '(') break;
      words.emplace_back(ws, p);
      if (ws == 0 || t_[ws - 1] == '\n') break;
      p = ws - 1;
    }
    while (!words.empty()) {  // drop leading sentence words and roles ("The", "Chipmaker")
      const auto [ws, we] = words.back();
      const std::string w = fold(t_.substr(ws, we - ws));
      const bool connector = w == "&" || w == "de" || w == "van" || w == "von";
      // Also "Tokyo-based", "China's": words about the company, not of its name.
      const bool about = ends_with(w, "-based") || ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s");
      const bool drop = connector || about || cues_.has("en_stop_start", w) || !text::is_latin_letter(cp_at(t_, ws));
      if (!drop) break;
      words.pop_back();
    }
    if (words.empty()) return;
    const std::size_t start = words.back().first;
    const std::size_t core_end = words.front().second;
    const std::size_t stop_end = end == name_end ? core_end : end;
    std::string canonical(t_.substr(start, (suffix_in_name ? stop_end : core_end) - start));
    while (!canonical.empty() && canonical.back() == ',') canonical.pop_back();
    if (!name_starts_at(start) || fold(canonical).size() < 2) return;
    Candidate c;
    c.span = {start, bracket_end ? bracket_end : stop_end};
    c.canonical = canonical;
    c.ticker = ticker;
    c.strong = true;
    c.rank = 2;
    if (!bracket_end) c.span.end = extend(c, stop_end);
    // A knowledge-base name that ends where this one ends wins ("SoftBank Group Corp.").
    for (const Candidate& k : candidates_)
      if (k.company != kNone && k.span.end == c.span.end && k.span.start > c.span.start) return;
    // A knowledge-base name that this only extends with a suffix: keep the company.
    const std::vector<const Alias*> known = exact_aliases(fold(canonical));
    if (known.size() == 1) {
      c.company = known.front()->company;
      c.canonical.clear();
    } else if (!known.empty()) {
      return;
    } else {
      learn(fold(canonical), Target{kNone, canonical});
      const std::string core(t_.substr(start, core_end - start));
      if (suffix_in_name && core.size() >= 4 && words.size() >= 2) learn(fold(core), Target{kNone, canonical});
    }
    add(std::move(c));
  }

  // (주)한빛소재, ㈜대성소재, 주식회사 한빛, 한빛소재(주).
  void match_korean_legal_forms() {
    static const std::string_view kMarks[] = {"(주)", "㈜", "주식회사 ", "(株)"};
    for (std::string_view mark : kMarks) {
      for (std::size_t at = t_.find(mark); at != std::string_view::npos; at = t_.find(mark, at + 1)) {
        std::size_t name_start = at + mark.size();
        while (name_start < t_.size() && t_[name_start] == ' ') ++name_start;
        const std::size_t we = word_end(t_, name_start);
        if (we > name_start && name_starts_at(at)) {
          const std::string_view word = t_.substr(name_start, we - name_start);
          const auto end = strip_particles(word, [](std::string_view name) { return syllables(name) >= 2 || name.size() >= 2; });
          if (end) {
            add_korean_legal(at, name_start + *end, std::string(word.substr(0, *end)));
            continue;
          }
        }
        // The mark after the name: 한빛소재(주).
        const std::size_t ws = word_start(t_, at);
        if (ws < at && mark != "주식회사 ") add_korean_legal(ws, at + mark.size(), std::string(t_.substr(ws, at - ws)));
      }
    }
  }

  void add_korean_legal(std::size_t start, std::size_t end, std::string name) {
    if (covered(start, end)) return;
    Candidate c;
    c.span = {start, end};
    c.strong = true;
    c.rank = 2;
    const std::vector<const Alias*> known = exact_aliases(fold(name));
    if (known.size() == 1) c.company = known.front()->company;
    else c.canonical = name;
    learn(fold(name), Target{c.company, c.canonical});
    add(std::move(c));
  }

  // 그린셀바이오, 한빛자산운용: a word ending like a company name, not a generic compound.
  void match_korean_suffix_names() {
    for (std::size_t pos = 0; pos < t_.size();) {
      const char32_t cp = cp_at(t_, pos);
      if (!is_word_cp(cp)) {
        pos = next_pos(t_, pos);
        continue;
      }
      const std::size_t we = word_end(t_, pos);
      const std::string_view word = t_.substr(pos, we - pos);
      if (contains_hangul(word) && !covered(pos, we) && has_name_suffix(word)) {
        std::string name;
        const auto end = strip_particles(word, [&](std::string_view n) {
          if (!korean_suffix_name(n)) return false;
          name = std::string(n);
          return true;
        });
        if (end) {
          Candidate c;
          c.span = {pos, pos + *end};
          c.canonical = name;
          c.rank = 3;
          c.span.end = extend(c, c.span.end);
          add(std::move(c));
        }
      }
      pos = we;
    }
  }

  // A quick filter before particle stripping: `word` holds a name ending somewhere.
  bool has_name_suffix(std::string_view word) const {
    const std::vector<std::string>& suffixes = cues_.list("ko_name_suffix");
    for (std::size_t p = 0; p + 3 <= word.size(); p = next_pos(word, p)) {
      auto it = std::lower_bound(suffix_heads_.begin(), suffix_heads_.end(), std::make_pair(syllable_code(word, p), std::size_t{0}));
      for (; it != suffix_heads_.end() && it->first == syllable_code(word, p); ++it)
        if (word.compare(p, suffixes[it->second].size(), suffixes[it->second]) == 0) return true;
    }
    return false;
  }

  static std::uint32_t syllable_code(std::string_view s, std::size_t p) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[p])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[p + 1])) << 8 | static_cast<unsigned char>(s[p + 2]);
  }

  bool korean_suffix_name(std::string_view name) const {
    for (const std::string& suffix : cues_.list("ko_name_suffix")) {
      if (!ends_with(name, suffix) || name.size() == suffix.size()) continue;
      const std::string stem(name.substr(0, name.size() - suffix.size()));
      const bool latin_stem = !contains_hangul(stem);
      if (latin_stem ? stem.size() < 2 : syllables(stem) < 2) return false;
      for (const std::string& stop : cues_.list("ko_stem_stop"))
        if (ends_with(stem, stop) && (stem == stop || syllables(stop) >= 2)) return false;
      return true;
    }
    return false;
  }

  // 시장조사업체 카운터포인트리서치: an unknown name right after a company cue word.
  void match_after_company_cues() {
    for (std::size_t pos = 0; pos < t_.size();) {
      const std::size_t ws = pos;
      if (!text::is_hangul(cp_at(t_, pos)) || is_word_cp(cp_before(t_, pos))) {
        pos = next_pos(t_, pos);
        continue;
      }
      const std::size_t we = word_end(t_, ws);
      pos = we;
      if (ws == 0 || t_[ws - 1] != ' ' || covered(ws, we)) continue;
      std::size_t prev_start = 0;
      const std::string before = previous_word(ws, &prev_start);
      if (!(ends_with_any(before, "ko_company_cue") || (ends_with(before, "인") && ends_with_any(before.substr(0, before.size() - 3), "ko_company_cue"))))
        continue;
      const std::string_view word = t_.substr(ws, we - ws);
      std::string name;
      const auto end = strip_particles(word, [&](std::string_view n) {
        if (syllables(n) < 3 || n.size() != syllables(n) * 3 || ends_with(n, "들")) return false;
        if (cues_.has("ko_generic", std::string(n)) || ends_with_any(n, "ko_generic") || ends_with_any(n, "ko_product_cue")) return false;
        name = std::string(n);
        return true;
      });
      if (!end || *end == word.size()) continue;  // a name takes a particle here: X에 따르면
      Candidate c;
      c.span = {ws, ws + *end};
      c.canonical = name;
      c.rank = 3;
      learn(fold(name), Target{kNone, name});
      add(std::move(c));
    }
  }

  void learn(const std::string& folded_name, Target target, bool from_watchlist = false) {
    constexpr std::size_t kMaxLearned = 200;  // bounds the rescans of the text
    if (folded_name.size() < 2 || learned_.count(folded_name) || learned_.size() >= kMaxLearned) return;
    if (from_watchlist) watch_.insert(folded_name);
    learned_.emplace(folded_name, std::move(target));
  }

  // Every other place where a learned name occurs (the headline before the gloss, the
  // short form after the long one).
  void match_learned_names() {
    const std::string& f = folded_.text;
    for (const auto& [name, target] : learned_) {
      for (std::size_t at = f.find(name); at != std::string::npos; at = f.find(name, at + 1)) {
        const std::size_t start = orig(at), end = orig(at + name.size());
        if (!name_starts_at(start) || !name_ends_at(end, cp_before(t_, end))) continue;
        const char32_t first = cp_at(t_, start);
        if (script_of(first) == Script::kLatin && !is_upper(first) && !is_digit(first) && !watch_.count(name)) continue;
        Candidate c;
        c.span = {start, end};
        c.company = target.company;
        c.canonical = target.canonical;
        c.rank = 4;
        c.span.end = extend(c, end);
        add(std::move(c));
      }
    }
  }

  // MSFT 등은: a ticker of a known company written in capitals, used as a name.
  void match_bare_tickers() {
    for (std::size_t pos = 0; pos < t_.size(); ++pos) {
      const char c = t_[pos];
      if (!(c >= 'A' && c <= 'Z') || (pos > 0 && is_word_cp(cp_before(t_, pos)))) continue;
      std::size_t end = pos;
      while (end < t_.size() && t_[end] >= 'A' && t_[end] <= 'Z') ++end;
      const std::string symbol(t_.substr(pos, end - pos));
      const std::size_t token_end = end;
      pos = end;
      if (symbol.size() < 2 || symbol.size() > 5 || !name_ends_at(token_end, 'A')) continue;
      if (cues_.has("abbreviation", fold(symbol)) || covered(pos - symbol.size(), token_end)) continue;
      const std::vector<std::uint32_t> owners = kb_.companies_with_symbol(symbol);
      if (owners.size() != 1) continue;
      if (symbol.size() < 3 && !seen_ticker(symbol)) continue;
      Candidate cand;
      cand.span = {token_end - symbol.size(), token_end};
      cand.company = owners.front();
      cand.ticker = symbol;
      cand.ambiguous = true;  // MSFT: vouched for by another mention or a business sentence
      cand.rank = 5;
      add(std::move(cand));
    }
  }

  bool seen_ticker(const std::string& symbol) const {
    return std::any_of(candidates_.begin(), candidates_.end(), [&](const Candidate& c) { return c.ticker == symbol; });
  }

  // ------------------------------------------------------------ evidence

  void resolve_evidence() {
    sort_candidates();
    // A name inside a longer mention (NASDAQ in "(NASDAQ: HLRB)") vouches for nothing.
    std::vector<bool> nested(candidates_.size(), false);
    std::size_t reach = 0;
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
      nested[i] = candidates_[i].span.end <= reach && i > 0;
      reach = std::max(reach, candidates_[i].span.end);
    }
    std::set<std::uint32_t> confirmed;
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
      const Candidate& c = candidates_[i];
      if (!nested[i] && c.company != kNone && !c.blocked && (!c.ambiguous || c.strong)) confirmed.insert(c.company);
    }
    // A short name vouched for by its own sentence vouches for its other mentions too.
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
      const Candidate& c = candidates_[i];
      if (!nested[i] && c.company != kNone && c.ambiguous && !c.blocked && !c.strong && local_business_evidence(c))
        confirmed.insert(c.company);
    }
    for (Candidate& c : candidates_) {
      if (!c.ambiguous && !c.blocked) continue;
      if (c.blocked && !c.strong) {
        c.company = kNone;
        c.canonical.clear();
        continue;
      }
      if (c.company == kNone && !c.choices.empty()) {
        std::vector<std::uint32_t> seen;
        for (std::uint32_t id : c.choices)
          if (confirmed.count(id)) seen.push_back(id);
        if (seen.size() == 1) c.company = seen.front();
        continue;
      }
      if (c.strong || confirmed.count(c.company)) continue;
      if (!local_business_evidence(c)) c.company = kNone;
    }
    candidates_.erase(std::remove_if(candidates_.begin(), candidates_.end(),
                                     [](const Candidate& c) { return c.company == kNone && c.canonical.empty(); }),
                      candidates_.end());
  }

  // Capitalised (for Latin) and in a sentence about business, or right after a cue word.
  bool local_business_evidence(const Candidate& c) const {
    const char32_t first = cp_at(t_, c.span.start);
    if (script_of(first) == Script::kLatin) {
      if (!is_upper(first)) return false;
      // "Slime Block", "Federation Aurora": the tail of another capitalised name.
      std::size_t ws = c.span.start;
      const std::string before = previous_word(c.span.start, &ws);
      const bool possessive = ends_with(before, "'s");
      if (!before.empty() && !possessive && is_upper(cp_at(t_, ws)) && !at_sentence_start(ws) && ws + before.size() + 1 == c.span.start)
        return false;
      return business_sentence(c.span.start);
    }
    // Korean: after a cue word (IT 기업 카카오), or standing alone (not the tail of a
    // compound noun such as 빌딩 블록) in a sentence about business.
    std::size_t ws = 0;
    const std::string before = previous_word(c.span.start, &ws);
    if (is_company_cue_word(before)) return true;
    const bool stands_alone = before.empty() || !text::is_hangul(cp_before(t_, c.span.start - (c.span.start > 0 && t_[c.span.start - 1] == ' ' ? 1 : 0))) ||
                              cues_.has("ko_before_name", before) || ends_in_particle(before);
    return stands_alone && business_sentence(c.span.start);
  }

  // 앤트로픽에는 (a word that ends in a particle is not the first half of a compound noun).
  static bool ends_in_particle(std::string_view word) {
    for (std::size_t cut = 3; cut <= 6 && cut < word.size(); cut += 3)
      if (Cues::instance().has("particle", word.substr(word.size() - cut)) && is_particles(word.substr(word.size() - cut))) return true;
    return false;
  }

  // ------------------------------------------------------------ selection and linking

  // By position; at one start the longest first, then by rank.
  void sort_candidates() {
    std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
      if (a.span.start != b.span.start) return a.span.start < b.span.start;
      if (a.span.end != b.span.end) return a.span.end > b.span.end;
      return a.rank < b.rank;
    });
  }

  std::vector<Candidate> select() {
    sort_candidates();
    std::vector<Candidate> chosen;
    std::size_t last_end = 0;
    for (Candidate& c : candidates_) {
      if (c.span.start < last_end) continue;
      last_end = c.span.end;
      chosen.push_back(std::move(c));
    }
    return chosen;
  }

  Result link(std::vector<Candidate> chosen) {
    Result r;
    std::map<std::string, std::size_t> entity_of;  // company key -> index in r.entities
    const auto& companies = kb_.companies();
    for (Candidate& c : chosen) {
      if (c.company == kNone) {  // 루멘로보틱스 before 루멘로보틱스(Lumen Robotics) was read
        auto taught = learned_.find(fold(c.canonical));
        if (taught != learned_.end()) {
          c.company = taught->second.company;
          if (c.company == kNone) c.canonical = taught->second.canonical;
        }
      }
      const bool known = c.company != kNone;
      const std::string name = known ? std::string(companies[c.company].name) : c.canonical;
      const std::string key = known ? "k" + std::to_string(c.company) : "u" + fold(name);
      auto it = entity_of.find(key);
      if (it == entity_of.end()) {
        Entity e;
        e.id = "e" + std::to_string(r.entities.size() + 1);
        e.name = name;
        if (known) e.ticker = std::string(companies[c.company].primary_symbol());
        it = entity_of.emplace(key, r.entities.size()).first;
        r.entities.push_back(std::move(e));
      }
      Entity& e = r.entities[it->second];
      if (!c.ticker.empty() && (e.ticker.empty() || !known)) e.ticker = c.ticker;
      ++e.mentions;
      CompanyMention m;
      m.span = c.span;
      m.name = name;
      m.ticker = c.ticker.empty() && known ? std::string(companies[c.company].primary_symbol()) : c.ticker;
      m.entity = e.id;
      r.mentions.push_back(std::move(m));
    }
    return r;
  }

  std::string_view t_;
  FoldedText folded_;
  const KnowledgeBase& kb_;
  const Cues& cues_;
  std::vector<std::size_t> sentence_starts_;
  bool has_hangul_ = false;
  std::vector<Candidate> candidates_;
  std::vector<bool> covered_;  // bytes inside a candidate
  std::map<std::string, Target> learned_;
  std::set<std::string> watch_;
  std::vector<std::pair<std::uint32_t, std::size_t>> suffix_heads_;  // (first syllable, index) of ko_name_suffix
  mutable std::map<std::size_t, bool> business_sentences_;  // by sentence start
};

}  // namespace

Result find_companies(std::string_view text, const std::vector<std::string>& watchlist) {
  if (text.empty()) return {};
  return Recogniser(text, watchlist).run();
}

}  // namespace newsmark::companies
