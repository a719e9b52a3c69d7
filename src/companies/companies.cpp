// Company recognition in three passes over one article, which is folded and cut into words
// once, for all of them:
//  1. candidates: names of the knowledge base (longest match over folded text), names the
//     text itself marks as companies (한글명(LatinName) with company context, legal
//     suffixes, (주)X, X증권, exchange tickers), names it teaches (a Korean name glossed in
//     brackets, the short form of "Acme Robotics Inc."), the watchlist and bare tickers;
//  2. evidence: names marked `~` in the knowledge base are kept only with evidence;
//  3. selection and linking: non-overlapping mentions, longest first, grouped into entities.
#include "companies/companies.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "companies/lexicon.h"
#include "text/bytes.h"
#include "text/utf8.h"

namespace newsmark::companies {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

enum class Script { kOther, kLatin, kHangul };  // kLatin: Latin letters and digits

// text::is_hangul with the syllables tested first.
inline bool is_hangul(char32_t cp) { return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && text::is_hangul(cp)); }

constexpr bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_upper(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7); }

constexpr std::array<Script, 128> kAsciiScripts = [] {
  std::array<Script, 128> scripts{};
  for (char32_t c = 0; c < 128; ++c)
    scripts[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ? Script::kLatin : Script::kOther;
  return scripts;
}();

// The bytes that are ASCII letters and digits; not those of longer code points.
constexpr std::array<bool, 256> kAsciiWordBytes = [] {
  std::array<bool, 256> word{};
  for (std::size_t c = 0; c < 128; ++c) word[c] = kAsciiScripts[c] == Script::kLatin;
  return word;
}();

inline Script script_of(char32_t cp) {
  if (cp < 0x80) return kAsciiScripts[cp];
  if (is_hangul(cp)) return Script::kHangul;
  if (text::is_latin_letter(cp) || is_digit(cp) || (cp >= 0xFF10 && cp <= 0xFF5A)) return Script::kLatin;
  return Script::kOther;
}

char32_t cp_at(std::string_view t, std::size_t pos) {
  if (pos >= t.size()) return 0;
  return text::next_code_point(t, pos);
}

// text::previous_code_point, taking an ASCII byte as it is: a whole code point, most often,
// with no need to look further back.
char32_t step_back(std::string_view t, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(t[pos - 1]);
  if (c >= 0x80) return text::previous_code_point(t, pos);
  --pos;
  return c;
}

char32_t cp_before(std::string_view t, std::size_t pos) {
  if (pos == 0 || pos > t.size()) return 0;
  return step_back(t, pos);
}

std::size_t next_pos(std::string_view t, std::size_t pos) {
  text::next_code_point(t, pos);
  return pos;
}

std::size_t hangul_run_end(std::string_view t, std::size_t pos) {
  while (pos < t.size()) {
    std::size_t p = pos;
    if (!is_hangul(text::next_code_point(t, p))) break;
    pos = p;
  }
  return pos;
}

// A "word" here: a run of Hangul, Latin letters and digits.
bool is_word_cp(char32_t cp) { return script_of(cp) != Script::kOther; }

std::size_t word_start(std::string_view t, std::size_t pos) {
  while (pos > 0) {
    std::size_t p = pos;
    if (!is_word_cp(step_back(t, p))) break;
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
    if (is_hangul(text::next_code_point(s, p))) return true;
  return false;
}

std::size_t syllables(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < s.size();)
    if (is_hangul(text::next_code_point(s, p))) ++n;
  return n;
}

// Compares byte by byte from the end, where names mostly differ at once.
inline bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 1; i <= suffix.size(); ++i)
    if (s[s.size() - i] != suffix[suffix.size() - i]) return false;
  return true;
}

// Sorts `v`, made of ascending runs, by merging them.
template <typename T, typename Less>
void merge_ascending_runs(std::vector<T>& v, Less less) {
  std::vector<std::size_t> bounds{0};
  for (std::size_t i = 1; i < v.size(); ++i)
    if (less(v[i], v[i - 1])) bounds.push_back(i);
  bounds.push_back(v.size());
  while (bounds.size() > 2) {
    std::vector<std::size_t> merged{0};
    for (std::size_t r = 0; r + 2 < bounds.size(); r += 2) {
      std::inplace_merge(v.begin() + bounds[r], v.begin() + bounds[r + 1], v.begin() + bounds[r + 2], less);
      merged.push_back(bounds[r + 2]);
    }
    if (merged.back() != v.size()) merged.push_back(v.size());
    bounds = std::move(merged);
  }
}

// `fold` of a word or token: for one of ASCII without spaces (most) its lower case, in place.
class FoldedWord {
 public:
  explicit FoldedWord(std::string_view word) {
    const bool plain = word.size() <= sizeof lower_ && std::all_of(word.begin(), word.end(), [](char c) {
                         return c != ' ' && c != '\t' && static_cast<unsigned char>(c) < 0x80;
                       });
    if (plain) {
      std::transform(word.begin(), word.end(), lower_, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; });
      view_ = std::string_view(lower_, word.size());
    } else {
      other_ = fold(word);
      view_ = other_;
    }
  }
  FoldedWord(const FoldedWord&) = delete;
  FoldedWord& operator=(const FoldedWord&) = delete;
  std::string_view view() const { return view_; }

 private:
  char lower_[32];
  std::string other_;
  std::string_view view_;
};

// Calls on_bits(word, mask) for the words of the bit set `words` and the masks of their bits
// in [start, end), until it returns true; returns whether it did.
template <typename Words, typename F>
bool for_bit_range(Words& words, std::size_t start, std::size_t end, F&& on_bits) {
  while (start < end) {
    const std::size_t low = start % 64, high = std::min<std::size_t>(64, low + (end - start));
    const std::uint64_t mask = (high == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << high) - 1) & ~((std::uint64_t{1} << low) - 1);
    if (on_bits(words[start / 64], mask)) return true;
    start += high - low;
  }
  return false;
}

// The recogniser's word lists (companies/data/recogniser-words.tsv), looked up by kind once.
struct CueLists {
  explicit CueLists(const Cues& c)
      : particles(c.words("particle")),
        business(c.words("business")),
        exchanges(c.words("exchange")),
        abbreviations(c.words("abbreviation")),
        ambiguous(c.words("ambiguous")),
        sense_blocks(c.words("sense_block")),
        en_legal_suffixes(c.words("en_legal_suffix")),
        en_name_suffixes(c.words("en_name_suffix")),
        en_stop_starts(c.words("en_stop_start")),
        ko_name_suffixes(c.words("ko_name_suffix")),
        ko_stem_stops(c.words("ko_stem_stop")),
        ko_company_cues(c.words("ko_company_cue")),
        ko_person_cues(c.words("ko_person_cue")),
        ko_product_cues(c.words("ko_product_cue")),
        ko_generic(c.words("ko_generic")),
        ko_before_names(c.words("ko_before_name")) {}
  const WordList &particles, &business, &exchanges, &abbreviations, &ambiguous, &sense_blocks, &en_legal_suffixes,
      &en_name_suffixes, &en_stop_starts, &ko_name_suffixes, &ko_stem_stops, &ko_company_cues, &ko_person_cues,
      &ko_product_cues, &ko_generic, &ko_before_names;
};

const CueLists& cues() {
  static const CueLists lists(Cues::instance());
  return lists;
}

// True when `tail` (Hangul) is made of at most three Korean particles (는, 에서는, 의).
bool is_particles(std::string_view tail) {
  if (tail.empty()) return true;
  constexpr std::size_t kMaxBytes = 30, kSyllable = 3, kMaxParticle = 4 * kSyllable;
  if (tail.size() > kMaxBytes || tail.size() % kSyllable) return false;
  const WordList& particles = cues().particles;
  int steps[kMaxBytes + 1];
  std::fill(std::begin(steps), std::end(steps), 99);
  steps[0] = 0;
  for (std::size_t i = 0; i < tail.size(); i += kSyllable) {
    if (steps[i] >= 3) continue;
    particles.find_prefix(tail.substr(i, kMaxParticle), [&](std::size_t len) {  // the particles that start here
      if (len % kSyllable == 0) steps[i + len] = std::min(steps[i + len], steps[i] + 1);
      return false;
    });
  }
  return steps[tail.size()] <= 3;
}

// The end of the name in `word` (a Hangul word, possibly with Latin) once trailing
// particles are removed: the shortest name that `accept` takes and that leaves only
// particles after it (한빛소재와 -> 한빛소재). `accept` is asked first, as it mostly says no
// at once; what it keeps of a name it takes last is that of the one returned.
template <typename F>
std::optional<std::size_t> strip_particles(std::string_view word, F&& accept) {
  for (std::size_t end = 0; end < word.size();) {
    text::next_code_point(word, end);
    if (accept(word.substr(0, end)) && is_particles(word.substr(end))) return end;
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
      : t_(text),
        folded_(fold_with_origin(text)),
        kb_(KnowledgeBase::instance()),
        cue_(cues()),
        covered_(text.size() / 64 + 1, 0) {
    scan_text();
    find_folded_word_starts();
    candidates_.reserve(text.size() / 64);  // more than most articles have: growing would move them all
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

  std::size_t orig(std::size_t folded_pos) const { return folded_.origin(folded_pos); }

  // A sentence ends at a line break, and at '.', '?' or '!' before a space or a line break.
  bool ends_sentence(std::size_t i) const {
    const char c = t_[i];
    return c == '\n' || ((c == '.' || c == '?' || c == '!') && i + 1 < t_.size() && (t_[i + 1] == ' ' || t_[i + 1] == '\n'));
  }

  std::size_t sentence_index(std::size_t pos) const {
    return std::upper_bound(sentence_starts_.begin(), sentence_starts_.end(), pos) - sentence_starts_.begin() - 1;
  }

  Span sentence_of(std::size_t pos) const {
    const std::size_t i = sentence_index(pos);
    return {sentence_starts_[i], i + 1 == sentence_starts_.size() ? t_.size() : sentence_starts_[i + 1]};
  }

  bool at_sentence_start(std::size_t pos) const {
    const Span s = sentence_of(pos);
    std::size_t p = s.start;
    while (p < pos && (t_[p] == ' ' || t_[p] == '\n' || t_[p] == '"' || t_[p] == '\'')) ++p;
    return p == pos;
  }

  // One pass over the text for its words, where its sentences start, and whether it holds
  // lead bytes of Hangul syllables (EA..ED).
  void scan_text() {
    const std::string_view t = t_;  // a local: a store into the vectors could alias a member
    sentence_starts_.push_back(0);
    words_.reserve(t.size() / 4);
    bool hangul_leads = false;
    for (std::size_t pos = 0; pos < t.size();) {
      const std::size_t start = pos;
      const Script first = script_passing(t, pos, hangul_leads);
      if (first == Script::kOther) {
        if (ends_sentence(start)) sentence_starts_.push_back(start + 1);
        continue;
      }
      Word w{static_cast<std::uint32_t>(start), 0, first == Script::kHangul, first == Script::kHangul};
      while (pos < t.size()) {
        if (kAsciiWordBytes[static_cast<unsigned char>(t[pos])]) {  // an ASCII letter or digit: the common case first
          ++pos;
          continue;
        }
        std::size_t next = pos;
        const Script script = script_passing(t, next, hangul_leads);
        if (script == Script::kOther) break;
        w.has_hangul = w.has_hangul || script == Script::kHangul;
        pos = next;
      }
      w.end = static_cast<std::uint32_t>(pos);
      words_.push_back(w);
    }
    has_hangul_ = hangul_leads;
  }

  // The script of the code point at `pos` of `t`, which it passes, noting a Hangul lead byte.
  // A three-byte code point with such a lead (a syllable, mostly: most of Korean text) is
  // decoded here as text::next_code_point would, without its steps for other lengths.
  static Script script_passing(std::string_view t, std::size_t& pos, bool& hangul_leads) {
    const auto c = static_cast<unsigned char>(t[pos]);
    if (c < 0x80) {
      ++pos;
      return kAsciiScripts[c];
    }
    const bool hangul_lead = c >= 0xEA && c <= 0xED;
    hangul_leads = hangul_leads || hangul_lead;
    if (hangul_lead && pos + 3 <= t.size()) {
      const char32_t cp = (c & 0x0Fu) << 12 | (static_cast<unsigned char>(t[pos + 1]) & 0x3Fu) << 6 | (static_cast<unsigned char>(t[pos + 2]) & 0x3Fu);
      pos += 3;
      return cp >= 0xAC00 && cp <= 0xD7A3 ? Script::kHangul : script_of(cp);
    }
    return script_of(text::next_code_point(t, pos));
  }

  // Where the words of the folded text start. Folding keeps a word a word and the rest the
  // rest, but for the fullwidth signs that script_of counts as Latin (：, ［, ...): without
  // them the words of the text give these too.
  void find_folded_word_starts() {
    folded_word_starts_.reserve(words_.size());
    if (!has_fullwidth_signs()) {
      FoldedText::Cursor cursor(folded_);
      for (const Word& w : words_) folded_word_starts_.push_back(static_cast<std::uint32_t>(cursor.offset(w.start)));
      return;
    }
    const std::string& f = folded_.text();
    for (std::size_t pos = 0; pos < f.size();) {
      if (!is_word_cp(cp_at(f, pos))) {
        pos = next_pos(f, pos);
        continue;
      }
      folded_word_starts_.push_back(static_cast<std::uint32_t>(pos));
      pos = word_end(f, pos);
    }
  }

  // Whether the text holds one of U+FF1A..FF20 or U+FF3B..FF40 (EF BC 9A..A0, EF BC BB..BF, EF BD 80).
  bool has_fullwidth_signs() const {
    for (std::size_t at = t_.find('\xEF'); at != std::string_view::npos && at + 2 < t_.size(); at = t_.find('\xEF', at + 1)) {
      const auto b1 = static_cast<unsigned char>(t_[at + 1]), b2 = static_cast<unsigned char>(t_[at + 2]);
      if ((b1 == 0xBC && ((b2 >= 0x9A && b2 <= 0xA0) || b2 >= 0xBB)) || (b1 == 0xBD && b2 == 0x80)) return true;
    }
    return false;
  }

  // True when the sentence around `pos` holds a business word (shares, 매출, ...).
  bool business_sentence(std::size_t pos) const {
    if (business_sentences_.empty()) business_sentences_.assign(sentence_starts_.size(), kUnknown);
    std::int8_t& known = business_sentences_[sentence_index(pos)];
    if (known == kUnknown) known = has_business_word(sentence_of(pos));
    return known;
  }

  // A sentence starts the text or follows a mark, so its bounds start code points. Folded in
  // place it may keep a space at either end that `fold` drops: no word starts with one, and
  // one before a word is as good as the start of the sentence.
  bool has_business_word(Span s) const {
    const std::string_view sentence = folded_range(s.start, s.end);
    for (std::size_t at = 0; at < sentence.size(); ++at) {
      const bool latin = sentence[at] >= 'a' && sentence[at] <= 'z';
      if (latin && at > 0 && script_of(cp_before(sentence, at)) == Script::kLatin) continue;  // inside a Latin word
      if (cue_.business.find_prefix(sentence.substr(at), [](std::size_t) { return true; })) return true;
    }
    return false;
  }

  // t_[start, end) in the folded text, `start` and `end` being where a code point or a run
  // of spaces starts (or the end). For a run of word code points that is its `fold`: they
  // fold one by one.
  std::string_view folded_range(std::size_t start, std::size_t end) const {
    const std::size_t from = folded_.offset(start), to = folded_.offset(end);
    return std::string_view(folded_.text()).substr(from, start == end ? 0 : to - from);
  }

  // The word before `pos` (skipping spaces and quotes), folded.
  std::string_view previous_word(std::size_t pos, std::size_t* start_out = nullptr) const {
    std::size_t p = pos;
    while (p > 0) {
      std::size_t q = p;
      const char32_t cp = step_back(t_, q);
      if (is_word_cp(cp)) break;
      if (cp != ' ' && cp != '\'' && cp != 0x2018 && cp != 0x2019 && cp != '"' && cp != 0x201C && cp != 0x201D) return {};
      p = q;
    }
    const std::size_t start = word_start(t_, p);
    if (start_out) *start_out = start;
    return folded_range(start, p);
  }

  // The word that starts at or after `pos` (skipping spaces), folded.
  std::string_view next_word(std::size_t pos) const {
    while (pos < t_.size() && t_[pos] == ' ') ++pos;
    return folded_range(pos, word_end(t_, pos));
  }

  // Whether `s` is written at `pos` (the first byte tested on its own: mostly it differs).
  bool text_at(std::size_t pos, std::string_view s) const {
    return pos < t_.size() && t_[pos] == s[0] && t_.substr(pos, s.size()) == s;
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

  // ------------------------------------------------------------ brackets and suffixes

  // Parses "NASDAQ: AAPL", "KRX:005930", "NVDA", "005930" (folded content, original case in
  // `raw`).
  std::optional<Ticker> parse_ticker(std::string_view raw) const {
    Ticker tk;
    std::string_view symbol = raw;
    const std::size_t colon = raw.find(':');
    if (colon != std::string_view::npos) {
      const std::string exchange = fold(raw.substr(0, colon));
      if (!cue_.exchanges.has(exchange)) return std::nullopt;
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
    if (!tk.has_exchange && cue_.abbreviations.has(fold(symbol))) return std::nullopt;
    tk.symbol = std::string(symbol);
    return tk;
  }

  // The bracket "(...)" at `pos`, after at most one space: {open, close} (close is the
  // position after ')').
  std::optional<std::pair<std::size_t, std::size_t>> bracket_at(std::size_t pos) const {
    if (pos < t_.size() && t_[pos] == ' ') ++pos;
    std::size_t inner;
    if (text_at(pos, "(")) inner = pos + 1;
    else if (text_at(pos, "\xEF\xBC\x88")) inner = pos + 3;  // fullwidth (
    else return std::nullopt;
    for (std::size_t i = inner; i < t_.size() && i < inner + 90; ++i) {
      if (t_[i] == '\n' || t_[i] == '(') return std::nullopt;
      if (t_[i] == ')') return std::make_pair(pos, i + 1);
      if (text_at(i, "\xEF\xBC\x89")) return std::make_pair(pos, i + 3);
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
      if (text_at(end, ".com") && !is_word_cp(cp_at(t_, end + 4))) end += 4;
      for (int round = 0; round < 2; ++round) {
        const std::size_t suffix_end = legal_suffix_end(end);
        if (suffix_end == end) break;
        c.strong = true;
        end = suffix_end;
      }
    }
    if (text_at(end, "\xE7\xA4\xBE")) {  // 社
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
    if (!may_start_suffix(p)) return end;
    const std::size_t length = legal_suffix_at(p, [&](std::string_view suffix) {
      return suffix != "group" && suffix != "holdings";  // part of names, not a legal form
    });
    return length ? p + length : end;
  }

  // The length of the longest legal suffix (en_legal_suffix, folded) at `p` that is written
  // as after a name, does not run on into a word and that `fits` takes (asked last); or 0.
  template <typename F>
  std::size_t legal_suffix_at(std::size_t p, F&& fits) const {
    const std::string ahead = fold(t_.substr(p, 16));
    std::array<std::size_t, 17> lengths;  // of the suffixes `ahead` starts with, shortest first
    std::size_t found = 0;
    cue_.en_legal_suffixes.find_prefix(ahead, [&](std::size_t length) {
      lengths[found++] = length;
      return false;
    });
    while (found-- > 0) {
      const std::string_view s = std::string_view(ahead).substr(0, lengths[found]);
      if (script_of(cp_at(t_, p + s.size())) != Script::kLatin && suffix_written_as_name(p, s) && fits(s)) return s.size();
    }
    return 0;
  }

  // A cheap test before the full one: the word at `p` is a legal suffix ("Inc.,", "&").
  bool starts_legal_suffix(std::size_t p) const {
    std::size_t end = p;
    while (end < t_.size() && end - p < 16 && t_[end] != ' ' && t_[end] != '\n') ++end;
    const FoldedWord folded(t_.substr(p, end - p));
    std::string_view token = folded.view();
    while (!token.empty() && (token.back() == ',' || token.back() == ';' || token.back() == ':' || token.back() == ')' ||
                              token.back() == '"' || token.back() == '\''))
      token.remove_suffix(1);
    if (ends_with(token, "'s")) token.remove_suffix(2);
    if (token == "&" || token == "pty" || cue_.en_legal_suffixes.has(token) || cue_.en_legal_suffixes.has(token, '.')) return true;
    return ends_with(token, ".") && cue_.en_legal_suffixes.has(token.substr(0, token.size() - 1));  // "LLC." ends a sentence
  }

  // A cheap test before suffix_written_as_name: an ASCII character other than a capital, '&'
  // or the 'p' of "plc" starts no suffix written as one.
  bool may_start_suffix(std::size_t p) const {
    const char c = p < t_.size() ? t_[p] : ' ';
    return (c >= 'A' && c <= 'Z') || c == '&' || c == 'p' || static_cast<unsigned char>(c) >= 0x80;
  }

  // "Inc.", "plc", "Group" as written after a name: not "GROUP BY" nor "group".
  bool suffix_written_as_name(std::size_t p, std::string_view suffix) const {
    const char first = t_[p];
    if (suffix == "plc" || first == '&') return true;
    if (!(first >= 'A' && first <= 'Z')) return false;
    if (suffix.size() < 5) return true;  // LLC, GmbH, Corp.
    for (std::size_t i = 1; i < suffix.size(); ++i)
      if (t_[p + i] >= 'A' && t_[p + i] <= 'Z') return false;  // GROUP, HOLDINGS
    return true;
  }

  // ------------------------------------------------------------ candidates

  void add(Candidate&& c) {
    for_bit_range(covered_, c.span.start, c.span.end, [](std::uint64_t& word, std::uint64_t mask) {
      word |= mask;
      return false;
    });
    if (c.company != kNone && known_by_end_) {  // these come in order: inserted at the back, mostly
      std::vector<std::pair<std::size_t, std::size_t>>& since = known_by_end_->since;
      const std::pair<std::size_t, std::size_t> entry{c.span.end, c.span.start};
      since.insert(std::upper_bound(since.begin(), since.end(), entry), entry);
    }
    candidates_.push_back(std::move(c));
  }

  bool covered(std::size_t start, std::size_t end) const {
    return for_bit_range(covered_, start, end, [](std::uint64_t word, std::uint64_t mask) { return (word & mask) != 0; });
  }

  // Whether a knowledge-base candidate ends at `end` and starts after `start`.
  bool known_name_inside(std::size_t start, std::size_t end) {
    if (end == 0 || !covered(end - 1, end)) return false;  // it would cover the byte before `end`
    if (!known_by_end_) {  // indexed at the first question, then kept up to date by add()
      known_by_end_.emplace();
      for (const Candidate& k : candidates_)
        if (k.company != kNone) known_by_end_->before.push_back({k.span.end, k.span.start});
      std::sort(known_by_end_->before.begin(), known_by_end_->before.end());
    }
    auto latest_start_inside = [&](const std::vector<std::pair<std::size_t, std::size_t>>& by_end) {
      const auto after = std::lower_bound(by_end.begin(), by_end.end(), std::make_pair(end + 1, std::size_t{0}));
      return after != by_end.begin() && (after - 1)->first == end && (after - 1)->second > start;
    };
    return latest_start_inside(known_by_end_->before) || latest_start_inside(known_by_end_->since);
  }

  bool case_ok(const Alias& a, std::string_view written) const {
    if (a.exact_case) return written == a.form;
    const char32_t first = cp_at(written, 0);
    if (script_of(first) != Script::kLatin) return true;
    return is_upper(first) || is_digit(first);
  }

  bool sense_blocked(std::size_t end) const {
    const std::string_view next = next_word(end);
    if (next.empty()) return false;
    const bool latin = script_of(cp_at(next, 0)) == Script::kLatin;
    if (!latin) return cue_.sense_blocks.find_prefix(next, [](std::size_t) { return true; });  // also as the start of a compound
    return cue_.sense_blocks.has(next) || (ends_with(next, "s") && cue_.sense_blocks.has(next.substr(0, next.size() - 1)));
  }

  void match_knowledge_base() {
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> matches;
    for (const std::uint32_t pos : folded_word_starts_) {  // names start where words start
      matches.clear();
      kb_.walk(folded_.text(), pos, [&](std::size_t len, std::size_t first, std::size_t last) { matches.emplace_back(len, first, last); });
      for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
        const auto [len, first, last] = *it;
        if (try_alias_range(pos, len, first, last)) break;
      }
    }
  }

  bool try_alias_range(std::size_t fpos, std::size_t len, std::size_t first, std::size_t last) {
    const std::size_t start = orig(fpos), end = orig(fpos + len);
    const std::string_view written = t_.substr(start, end - start);
    if (!name_starts_at(start) || !name_ends_at(end, cp_before(t_, end))) return false;
    Candidate c;
    c.span = {start, end};
    std::size_t companies = 0;
    for (std::size_t i = first; i < last; ++i) {
      const Alias& a = kb_.aliases()[i];
      if (!case_ok(a, written)) continue;
      if (++companies == 1) {
        c.company = a.company;
      } else {  // several: the choice is left to the evidence
        if (companies == 2) c.choices.push_back(std::exchange(c.company, kNone));
        c.choices.push_back(a.company);
      }
      const bool short_capitals = a.exact_case && a.form.size() <= 3 && is_upper(cp_at(a.form, 0));  // ABC: also initials
      c.ambiguous = c.ambiguous || a.ambiguous || short_capitals || cue_.ambiguous.has(a.key);
    }
    if (companies == 0) return false;
    if (companies > 1) c.ambiguous = true;
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
    if (!latin.empty() && (cue_.en_name_suffixes.has(last_word) || cue_.en_legal_suffixes.has(last_word))) return true;
    if (cue_.ko_name_suffixes.ends_any(fold(korean))) return true;
    // A cue in the two words before: 러시아계 벤처 네비우스(Nebius), AI 기업인 X.
    std::size_t p = start;
    for (int i = 0; i < 2; ++i) {
      std::size_t word_begin = p;
      const std::string_view w = previous_word(p, &word_begin);
      if (w.empty()) break;
      if (is_company_cue_word(w)) return true;
      p = word_begin;
    }
    return false;
  }

  // A word that ends in a company cue, bare or as a copula: 업체, 시장조사업체, 기업인.
  bool is_company_cue_word(std::string_view w) const {
    if (cue_.ko_company_cues.ends_any(w)) return true;
    if (ends_with(w, "인") || ends_with(w, "들")) return cue_.ko_company_cues.ends_any(w.substr(0, w.size() - 3));
    return false;
  }

  // 일론 머스크(Elon Musk), 미라 무라티(Mira Murati) CEO.
  bool person_context(std::size_t start, std::size_t after, std::string_view latin) const {
    const bool two_korean_words = start >= 1 && t_[start - 1] == ' ' && is_hangul(cp_before(t_, start - 1));
    const bool two_latin_words = latin.find(' ') != std::string_view::npos;
    if (two_korean_words && two_latin_words) {
      // Unless the word before is itself a company cue (스타트업 월드 랩스(World Labs)).
      std::size_t ws = 0;
      const std::string_view before = previous_word(start, &ws);
      if (!is_company_cue_word(before)) {
        // Still a person unless the Latin name ends like a company.
        const std::string f = fold(latin);
        const std::string last = f.substr(f.rfind(' ') + 1);
        if (!cue_.en_name_suffixes.has(last) && !cue_.en_legal_suffixes.has(last)) return true;
      }
    }
    // 손정의(Masayoshi Son) 회장: a short Korean word, a Latin full name, then a title.
    const std::string_view next = next_word(after);
    const bool title_after = cue_.ko_person_cues.has(next) || cue_.ko_person_cues.has(strip_all_particles(next));
    return title_after && two_latin_words && syllables(t_.substr(start, after - start)) <= 4;
  }

  std::string_view strip_all_particles(std::string_view word) const {
    const auto end = strip_particles(word, [](std::string_view) { return true; });
    return end ? word.substr(0, *end) : word;
  }

  // '가상 세계 모델' 마블(Marble), 최신 모델 클로드(Claude), 코멧(Comet) 서비스.
  bool product_context(std::size_t start, std::size_t after) const {
    std::size_t p = start;
    for (int i = 0; i < 2; ++i) {
      std::size_t ws = p;
      const std::string_view w = previous_word(p, &ws);
      if (w.empty()) break;
      if (cue_.ko_product_cues.ends_any(strip_all_particles(w)) || cue_.ko_product_cues.ends_any(w)) return true;
      p = ws;
    }
    const std::string_view next = strip_all_particles(next_word(after));
    return cue_.ko_product_cues.has(next);
  }

  std::string strip_legal_suffix(std::string_view name) const {
    std::string out(name);
    const std::string f = fold(name);
    std::size_t suffix = 0;  // the longest, after a space
    cue_.en_legal_suffixes.find_suffix(f, [&](std::size_t length) {
      const std::string_view s = std::string_view(f).substr(f.size() - length);
      if (s != "group" && s != "holdings" && f.size() > length + 1 && f[f.size() - length - 1] == ' ') suffix = length;
      return false;
    });
    if (suffix) {
      out.resize(out.size() - suffix - 1);
      while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
    }
    return out;
  }

  // English names the text marks as companies: "Kestrel Logistics LLC", "Pioneer Freight
  // Holdings", "Acme Robotics (NASDAQ: ACME)".
  void match_legal_names() {
    for (const std::size_t p : legal_heads()) {
      const std::size_t space = p - 1;
      const char head = t_[p];
      if (head != '(' && !starts_legal_suffix(p)) continue;
      bool name_word_suffix = false;
      const std::size_t length = legal_suffix_at(p, [&](std::string_view s) {
        name_word_suffix = s == "group" || s == "holdings";
        return true;
      });
      const std::size_t suffix_end = length ? p + length : 0;
      if (suffix_end == 0) {
        if (!text_at(p, "(")) continue;
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
    known_by_end_.reset();
  }

  // Where a legal suffix or a ticker bracket may start, in order: right after the first byte
  // of a run of spaces (the space a name ends at), at '&', '(', or a letter that starts a legal
  // suffix (a capital, or the 'p' of "plc" and "pty"). The letters start words; the signs
  // are few.
  std::vector<std::size_t> legal_heads() const {
    auto after_run_start = [&](std::size_t p) {
      return p > 0 && (t_[p - 1] == ' ' || t_[p - 1] == '\t') && (p == 1 || !folds_to_space(cp_before(t_, p - 1)));
    };
    std::vector<std::size_t> heads;
    for (const Word& w : words_) {
      const char c = t_[w.start];
      const char lower = static_cast<char>(c | 0x20);  // of a capital or 'p'
      const bool head = ((c >= 'A' && c <= 'Z') || c == 'p') && (lower == 'p' || cue_.en_legal_suffixes.starts_any(lower));
      if (head && after_run_start(w.start)) heads.push_back(w.start);
    }
    for (const char sign : {'&', '('}) {
      const std::size_t letters = heads.size();
      for (std::size_t at = t_.find(sign); at != std::string_view::npos; at = t_.find(sign, at + 1))
        if (after_run_start(at)) heads.push_back(at);
      std::inplace_merge(heads.begin(), heads.begin() + letters, heads.end());
    }
    return heads;
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
      if (cue_.en_legal_suffixes.has(FoldedWord(w).view())) break;  // the end of the previous name
      if (last == '"' || last == ')' || w.front() == '"' || w.front() == '(') break;
      words.emplace_back(ws, p);
      if (ws == 0 || t_[ws - 1] == '\n') break;
      p = ws - 1;
    }
    while (!words.empty()) {  // drop leading sentence words and roles ("The", "Chipmaker")
      const auto [ws, we] = words.back();
      const FoldedWord folded(t_.substr(ws, we - ws));
      const std::string_view w = folded.view();
      const bool connector = w == "&" || w == "de" || w == "van" || w == "von";
      // Also "Tokyo-based", "China's": words about the company, not of its name.
      const bool about = ends_with(w, "-based") || ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s");
      const bool drop = connector || about || cue_.en_stop_starts.has(w) || !text::is_latin_letter(cp_at(t_, ws));
      if (!drop) break;
      words.pop_back();
    }
    if (words.empty()) return;
    const std::size_t start = words.back().first;
    const std::size_t core_end = words.front().second;
    const std::size_t stop_end = end == name_end ? core_end : end;
    std::string canonical(t_.substr(start, (suffix_in_name ? stop_end : core_end) - start));
    while (!canonical.empty() && canonical.back() == ',') canonical.pop_back();
    const std::string folded = fold(canonical);
    if (!name_starts_at(start) || folded.size() < 2) return;
    Candidate c;
    c.span = {start, bracket_end ? bracket_end : stop_end};
    c.canonical = canonical;
    c.ticker = ticker;
    c.strong = true;
    c.rank = 2;
    if (!bracket_end) c.span.end = extend(c, stop_end);
    // A knowledge-base name that ends where this one ends wins ("SoftBank Group Corp.").
    if (known_name_inside(c.span.start, c.span.end)) return;
    // A knowledge-base name that this only extends with a suffix: keep the company.
    const std::vector<const Alias*> known = exact_aliases(folded);
    if (known.size() == 1) {
      c.company = known.front()->company;
      c.canonical.clear();
    } else if (!known.empty()) {
      return;
    } else {
      learn(folded, Target{kNone, canonical});
      const std::string core(t_.substr(start, core_end - start));
      if (suffix_in_name && core.size() >= 4 && words.size() >= 2) learn(fold(core), Target{kNone, canonical});
    }
    add(std::move(c));
  }

  static constexpr std::string_view kCompanyWord = "주식회사 ";

  // (주)한빛소재, ㈜대성소재, 주식회사 한빛, 한빛소재(주).
  void match_korean_legal_forms() {
    static const std::string_view kMarks[] = {"(주)", "㈜", kCompanyWord, "(株)"};
    for (std::string_view mark : kMarks) {
      for (const std::size_t at : mark_positions(mark)) {
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
        if (ws < at && mark != kCompanyWord) add_korean_legal(ws, at + mark.size(), std::string(t_.substr(ws, at - ws)));
      }
    }
  }

  // Where `mark` is written, in order. kCompanyWord only counts before a name, where it starts
  // a word: it is looked for among the words, as its first byte is common in Korean text.
  std::vector<std::size_t> mark_positions(std::string_view mark) const {
    std::vector<std::size_t> positions;
    if (mark == kCompanyWord) {
      for (const Word& w : words_)
        if (text_at(w.start, mark)) positions.push_back(w.start);
      return positions;
    }
    for (std::size_t at = t_.find(mark); at != std::string_view::npos; at = t_.find(mark, at + 1)) positions.push_back(at);
    return positions;
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
    for (const Word& w : words_) {
      const std::string_view word = t_.substr(w.start, w.end - w.start);
      if (!w.has_hangul || !has_name_suffix(word) || covered(w.start, w.end)) continue;
      std::string name;
      const auto end = strip_particles(word, [&](std::string_view n) {
        if (!korean_suffix_name(n)) return false;
        name = std::string(n);
        return true;
      });
      if (!end) continue;
      Candidate c;
      c.span = {w.start, w.start + *end};
      c.canonical = name;
      c.rank = 3;
      c.span.end = extend(c, c.span.end);
      add(std::move(c));
    }
  }

  // A quick filter before particle stripping: `word` holds a name suffix of at least one
  // syllable (three bytes) somewhere.
  bool has_name_suffix(std::string_view word) const {
    for (std::size_t p = 0; p + 3 <= word.size(); p = next_pos(word, p))
      if (cue_.ko_name_suffixes.may_start_long(word.substr(p)) &&
          cue_.ko_name_suffixes.find_prefix(word.substr(p), [](std::size_t length) { return length >= 3; }))
        return true;
    return false;
  }

  bool korean_suffix_name(std::string_view name) const {
    std::size_t suffix = 0;  // the longest suffix that leaves a stem decides
    cue_.ko_name_suffixes.find_suffix(name, [&](std::size_t length) {
      if (length < name.size()) suffix = length;
      return false;
    });
    if (suffix == 0) return false;
    const std::string_view stem = name.substr(0, name.size() - suffix);
    const bool latin_stem = !contains_hangul(stem);
    if (latin_stem ? stem.size() < 2 : syllables(stem) < 2) return false;
    return !cue_.ko_stem_stops.find_suffix(stem, [&](std::size_t length) {
      return length == stem.size() || syllables(stem.substr(stem.size() - length)) >= 2;
    });
  }

  // 시장조사업체 카운터포인트리서치: an unknown name right after a company cue word.
  void match_after_company_cues() {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const std::size_t ws = words_[i].start, we = words_[i].end;
      if (!words_[i].hangul_first || ws == 0 || t_[ws - 1] != ' ' || covered(ws, we)) continue;
      // previous_word(ws), read off the word list when just one space separates them.
      const bool adjacent = i > 0 && words_[i - 1].end + 1 == ws;
      const std::string_view before = adjacent ? folded_range(words_[i - 1].start, words_[i - 1].end) : previous_word(ws);
      if (!(cue_.ko_company_cues.ends_any(before) || (ends_with(before, "인") && cue_.ko_company_cues.ends_any(before.substr(0, before.size() - 3)))))
        continue;
      const std::string_view word = t_.substr(ws, we - ws);
      std::string name;
      const auto end = strip_particles(word, [&](std::string_view n) {
        if (syllables(n) < 3 || n.size() != syllables(n) * 3 || ends_with(n, "들")) return false;
        if (cue_.ko_generic.has(n) || cue_.ko_generic.ends_any(n) || cue_.ko_product_cues.ends_any(n)) return false;
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
    constexpr std::size_t kMaxLearned = 200;  // bounds the names looked for in the text
    if (folded_name.size() < 2 || learned_.count(folded_name) || learned_.size() >= kMaxLearned) return;
    if (from_watchlist) watch_.insert(folded_name);
    learned_.emplace(folded_name, std::move(target));
  }

  // Every other place where a learned name occurs (the headline before the gloss, the
  // short form after the long one).
  void match_learned_names() {
    const LearnedOccurrences found = find_learned_names();
    // In the order of the names, also of those that extend() teaches on the way (and it may
    // give a name a new target: 루멘로보틱스(Lumen Robotics) seen again).
    for (auto it = learned_.begin(); it != learned_.end();) {
      const std::string name = it->first;
      for (std::size_t at : found.of(name, folded_.text())) {
        const std::size_t start = orig(at), end = orig(at + name.size());
        if (!name_starts_at(start) || !name_ends_at(end, cp_before(t_, end))) continue;
        const char32_t first = cp_at(t_, start);
        if (script_of(first) == Script::kLatin && !is_upper(first) && !is_digit(first) && !watch_.count(name)) continue;
        const Target& target = learned_.at(name);
        Candidate c;
        c.span = {start, end};
        c.company = target.company;
        c.canonical = target.canonical;
        c.rank = 4;
        c.span.end = extend(c, end);
        add(std::move(c));
      }
      it = learned_.upper_bound(name);
    }
  }

  // Where the names learned so far occur in the folded text, found in one scan.
  struct LearnedOccurrences {
    std::vector<std::string> names;                   // sorted
    std::vector<std::vector<std::uint32_t>> offsets;  // of each name, ascending

    // The folded offsets of `name`; a name learned after the scan is searched on its own.
    std::vector<std::uint32_t> of(const std::string& name, std::string_view folded) const {
      const auto it = std::lower_bound(names.begin(), names.end(), name);
      if (it != names.end() && *it == name) return offsets[it - names.begin()];
      std::vector<std::uint32_t> out;
      for (std::size_t at = folded.find(name); at != std::string_view::npos; at = folded.find(name, at + 1))
        out.push_back(static_cast<std::uint32_t>(at));
      return out;
    }
  };

  LearnedOccurrences find_learned_names() const {
    LearnedOccurrences found;
    for (const auto& entry : learned_) found.names.push_back(entry.first);
    found.offsets.resize(found.names.size());
    ByteTrie trie;
    trie.build(std::vector<std::string_view>(found.names.begin(), found.names.end()));
    const std::string& f = folded_.text();
    auto find_at = [&](std::size_t at) {
      std::uint32_t node = ByteTrie::kRoot;
      for (std::size_t d = at; d < f.size() && (node = trie.child(node, static_cast<unsigned char>(f[d]))) != ByteTrie::kNoNode; ++d)
        if (trie.ends_key(node)) found.offsets[trie.keys_ending_at(node).first].push_back(static_cast<std::uint32_t>(at));
    };
    // After a word code point (folded from one) a name does not start (name_starts_at), so a
    // name that starts with a word code point is looked for where words start.
    const bool word_names = std::all_of(found.names.begin(), found.names.end(), [](const std::string& n) { return is_word_cp(cp_at(n, 0)); });
    if (word_names) {
      for (const std::uint32_t at : folded_word_starts_) find_at(at);
      return found;
    }
    for (std::size_t at = 0; at < f.size(); ++at)
      if (trie.child(ByteTrie::kRoot, static_cast<unsigned char>(f[at])) != ByteTrie::kNoNode && (at == 0 || !is_word_cp(cp_before(f, at)))) find_at(at);
    return found;
  }

  // MSFT 등은: a ticker of a known company written in capitals, used as a name.
  void match_bare_tickers() {
    for (const Word& w : words_) {
      const std::size_t pos = w.start;
      if (!(t_[pos] >= 'A' && t_[pos] <= 'Z')) continue;
      std::size_t end = pos;
      while (end < t_.size() && t_[end] >= 'A' && t_[end] <= 'Z') ++end;
      const std::string symbol(t_.substr(pos, end - pos));
      const std::size_t token_end = end;
      if (symbol.size() < 2 || symbol.size() > 5 || !name_ends_at(token_end, 'A')) continue;
      if (cue_.abbreviations.has(fold(symbol)) || covered(pos, token_end)) continue;
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

  // Leaves in `kept_` the candidates with a company or a name, in the order of sorted().
  void resolve_evidence() {
    std::vector<std::uint32_t> all(candidates_.size());
    for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    kept_ = sorted(all);
    // A name inside a longer mention (NASDAQ in "(NASDAQ: HLRB)") vouches for nothing.
    std::vector<bool> nested(kept_.size(), false);
    std::size_t reach = 0;
    for (std::size_t i = 0; i < kept_.size(); ++i) {
      nested[i] = candidates_[kept_[i]].span.end <= reach && i > 0;
      reach = std::max(reach, candidates_[kept_[i]].span.end);
    }
    std::vector<bool> confirmed(kb_.companies().size(), false);  // by company
    for (std::size_t i = 0; i < kept_.size(); ++i) {
      const Candidate& c = candidates_[kept_[i]];
      if (!nested[i] && c.company != kNone && !c.blocked && (!c.ambiguous || c.strong)) confirmed[c.company] = true;
    }
    // A short name vouched for by its own sentence vouches for its other mentions too.
    for (std::size_t i = 0; i < kept_.size(); ++i) {
      const Candidate& c = candidates_[kept_[i]];
      if (!nested[i] && c.company != kNone && c.ambiguous && !c.blocked && !c.strong && local_business_evidence(c))
        confirmed[c.company] = true;
    }
    for (const std::uint32_t i : kept_) {
      Candidate& c = candidates_[i];
      if (!c.ambiguous && !c.blocked) continue;
      if (c.blocked && !c.strong) {
        c.company = kNone;
        c.canonical.clear();
        continue;
      }
      if (c.company == kNone && !c.choices.empty()) {
        std::vector<std::uint32_t> seen;
        for (std::uint32_t id : c.choices)
          if (confirmed[id]) seen.push_back(id);
        if (seen.size() == 1) c.company = seen.front();
        continue;
      }
      if (c.strong || confirmed[c.company]) continue;
      if (!local_business_evidence(c)) c.company = kNone;
    }
    kept_.erase(std::remove_if(kept_.begin(), kept_.end(),
                               [this](std::uint32_t i) { return candidates_[i].company == kNone && candidates_[i].canonical.empty(); }),
                kept_.end());
  }

  // Capitalised (for Latin) and in a sentence about business, or right after a cue word.
  bool local_business_evidence(const Candidate& c) const {
    const char32_t first = cp_at(t_, c.span.start);
    if (script_of(first) == Script::kLatin) {
      if (!is_upper(first)) return false;
      // "Slime Block", "Federation Aurora": the tail of another capitalised name.
      std::size_t ws = c.span.start;
      const std::string_view before = previous_word(c.span.start, &ws);
      const bool possessive = ends_with(before, "'s");
      if (!before.empty() && !possessive && is_upper(cp_at(t_, ws)) && !at_sentence_start(ws) && ws + before.size() + 1 == c.span.start)
        return false;
      return business_sentence(c.span.start);
    }
    // Korean: after a cue word (IT 기업 카카오), or standing alone (not the tail of a
    // compound noun such as 빌딩 블록) in a sentence about business.
    std::size_t ws = 0;
    const std::string_view before = previous_word(c.span.start, &ws);
    if (is_company_cue_word(before)) return true;
    const bool stands_alone = before.empty() || !is_hangul(cp_before(t_, c.span.start - (c.span.start > 0 && t_[c.span.start - 1] == ' ' ? 1 : 0))) ||
                              cue_.ko_before_names.has(before) || ends_in_particle(before);
    return stands_alone && business_sentence(c.span.start);
  }

  // 앤트로픽에는 (a word that ends in a particle is not the first half of a compound noun).
  static bool ends_in_particle(std::string_view word) {
    for (std::size_t cut = 3; cut <= 6 && cut < word.size(); cut += 3)
      if (cues().particles.has(word.substr(word.size() - cut)) && is_particles(word.substr(word.size() - cut))) return true;
    return false;
  }

  // ------------------------------------------------------------ selection and linking

  // `order` (indices of candidates) by position; at one start the longest first, then by
  // rank. The keys are sorted rather than the large candidates. The candidates come pass by
  // pass, each pass in order, so the runs are merged; without equal keys that is the one
  // order std::sort gives, with some it is std::sort (whose steps put equal keys where they
  // would have been).
  std::vector<std::uint32_t> sorted(const std::vector<std::uint32_t>& order) const {
    struct Key {
      std::size_t start, end;
      int rank;
      std::uint32_t index;
    };
    auto before = [](const Key& a, const Key& b) {
      if (a.start != b.start) return a.start < b.start;
      if (a.end != b.end) return a.end > b.end;
      return a.rank < b.rank;
    };
    std::vector<Key> keys;
    keys.reserve(order.size());
    for (const std::uint32_t i : order) keys.push_back({candidates_[i].span.start, candidates_[i].span.end, candidates_[i].rank, i});
    std::vector<Key> merged = keys;
    merge_ascending_runs(merged, before);
    const bool equal_keys = std::adjacent_find(merged.begin(), merged.end(), [&](const Key& a, const Key& b) { return !before(a, b); }) != merged.end();
    if (equal_keys) std::sort(keys.begin(), keys.end(), before);
    else keys = std::move(merged);
    std::vector<std::uint32_t> out;
    out.reserve(keys.size());
    for (const Key& k : keys) out.push_back(k.index);
    return out;
  }

  // The kept candidates that do not overlap an earlier or longer one.
  std::vector<std::uint32_t> select() const {
    std::vector<std::uint32_t> chosen;
    std::size_t last_end = 0;
    for (const std::uint32_t i : sorted(kept_)) {
      if (candidates_[i].span.start < last_end) continue;
      last_end = candidates_[i].span.end;
      chosen.push_back(i);
    }
    return chosen;
  }

  Result link(const std::vector<std::uint32_t>& chosen) {
    Result r;
    r.mentions.reserve(chosen.size());
    std::vector<std::uint32_t> known_entity(kb_.companies().size(), kNone);  // company -> index in r.entities
    std::unordered_map<std::string, std::size_t> other_entity;                // folded name -> index in r.entities
    const auto& companies = kb_.companies();
    for (const std::uint32_t i : chosen) {
      Candidate& c = candidates_[i];
      if (c.company == kNone) {  // 루멘로보틱스 before 루멘로보틱스(Lumen Robotics) was read
        auto taught = learned_.find(fold(c.canonical));
        if (taught != learned_.end()) {
          c.company = taught->second.company;
          if (c.company == kNone) c.canonical = taught->second.canonical;
        }
      }
      const bool known = c.company != kNone;
      std::string name = known ? std::string(companies[c.company].name) : c.canonical;
      std::size_t entity = r.entities.size();
      if (known) {
        if (known_entity[c.company] == kNone) known_entity[c.company] = static_cast<std::uint32_t>(entity);
        entity = known_entity[c.company];
      } else {
        entity = other_entity.emplace(fold(name), entity).first->second;
      }
      if (entity == r.entities.size()) {  // a new one
        Entity e;
        e.id = "e" + std::to_string(r.entities.size() + 1);
        e.name = name;
        if (known) e.ticker = std::string(companies[c.company].primary_symbol());
        r.entities.push_back(std::move(e));
      }
      Entity& e = r.entities[entity];
      if (!c.ticker.empty() && (e.ticker.empty() || !known)) e.ticker = c.ticker;
      ++e.mentions;
      CompanyMention m;
      m.span = c.span;
      m.name = std::move(name);
      m.ticker = c.ticker.empty() && known ? std::string(companies[c.company].primary_symbol()) : std::move(c.ticker);
      m.entity = e.id;
      r.mentions.push_back(std::move(m));
    }
    return r;
  }

  std::string_view t_;
  FoldedText folded_;
  const KnowledgeBase& kb_;
  const CueLists& cue_;
  std::vector<std::size_t> sentence_starts_;
  bool has_hangul_ = false;
  std::vector<Candidate> candidates_;
  std::vector<std::uint32_t> kept_;     // the candidates resolve_evidence keeps, in the order of sorted()
  std::vector<std::uint64_t> covered_;  // bytes inside a candidate, a bit each
  // (end, start) of the knowledge-base candidates, sorted, for known_name_inside during
  // match_legal_names: those found before it and those it finds.
  struct KnownByEnd {
    std::vector<std::pair<std::size_t, std::size_t>> before, since;
  };
  std::optional<KnownByEnd> known_by_end_;
  struct Word {  // a run of word code points
    std::uint32_t start, end;
    bool hangul_first, has_hangul;
  };
  std::vector<Word> words_;                       // of the text, in order
  std::vector<std::uint32_t> folded_word_starts_;  // in the folded text
  std::map<std::string, Target> learned_;
  std::set<std::string> watch_;
  static constexpr std::int8_t kUnknown = -1;
  mutable std::vector<std::int8_t> business_sentences_;  // by sentence: has a business word, or kUnknown
};

}  // namespace

Result find_companies(std::string_view text, const std::vector<std::string>& watchlist) {
  if (text.empty()) return {};
  return Recogniser(text, watchlist).run();
}

void load_tables() {
  KnowledgeBase::instance();
  cues();
}

}  // namespace newsmark::companies
