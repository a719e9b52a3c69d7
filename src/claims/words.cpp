#include "claims/words.h"

#include <algorithm>

#include "claims/phrases.h"
#include "text/utf8.h"

namespace newsmark::claims {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000; }

bool is_quote(char32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == '\''; }

bool is_leading_noise(char32_t cp) { return is_quote(cp) || cp == '[' || cp == 0x2014 || cp == '-' || cp == 0x300C; }

bool is_trailing_noise(char32_t cp) {
  return is_quote(cp) || cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == 0x2026 ||
         cp == ']' || cp == 0x2014 || cp == 0x300D;
}

// A straight single quote is also an apostrophe ("Apple's"): it opens a quotation only
// after a space or a bracket and when another one follows, and closes an open one.
bool single_quote_opens(std::string_view s, std::size_t at, bool open, std::size_t last_single) {
  if (open) return false;
  const bool after_space = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(';
  return after_space && last_single != std::string_view::npos && last_single > at;
}

// Marks, per byte of the sentence, whether it lies inside a quotation. Straight quotes
// count only when they pair up, curly ones only when the closing mark follows.
std::vector<bool> quoted_bytes(std::string_view text, Span sentence) {
  const std::string_view s = slice(text, sentence);
  std::vector<bool> inside(s.size(), false);
  std::size_t straight = 0;
  for (char c : s) straight += c == '"';
  const bool use_straight = straight % 2 == 0;
  // Double and single quotations are tracked apart: the apostrophe of "won’t" inside a
  // double quotation must not close it.
  // The last closing marks, so that "does one follow?" costs O(1) per opening mark.
  const std::size_t last_curly = s.rfind("\xE2\x80\x9D"), last_curly_single = s.rfind("\xE2\x80\x99");
  const std::size_t last_single = s.rfind('\'');
  const auto follows = [](std::size_t last, std::size_t pos) { return last != std::string_view::npos && last >= pos; };
  bool straight_open = false, curly_open = false, curly_single_open = false, single = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    if (cp == '"' && use_straight) straight_open = !straight_open;
    else if (cp == 0x201C) curly_open = follows(last_curly, i);
    else if (cp == 0x201D) curly_open = false;
    else if (cp == 0x2018 && !curly_single_open) curly_single_open = follows(last_curly_single, i);
    else if (cp == 0x2019 && curly_single_open) curly_single_open = false;
    else if (cp == '\'') single = single_quote_opens(s, at, single, last_single);
    const bool open = straight_open || curly_open || curly_single_open || single;
    for (std::size_t k = at; k < i; ++k) inside[k] = open;
  }
  return inside;
}

Span core_of(std::string_view text, Span word) {
  const std::string_view w = slice(text, word);
  const bool bracketed = w.find('(') != std::string_view::npos;
  std::size_t start = word.start, end = word.end;
  while (start < end) {
    std::size_t next = start;
    if (!is_leading_noise(text::next_code_point(text, next))) break;
    start = next;
  }
  if (start < end && text[start] == '(' && w.find(')') == std::string_view::npos) ++start;
  while (end > start) {
    std::size_t prev = end;
    const char32_t cp = text::previous_code_point(text, prev);
    if (!is_trailing_noise(cp) && !(cp == ')' && !bracketed)) break;
    end = prev;
  }
  return {start, end};
}

}  // namespace

std::size_t korean_particle_length(std::string_view word) {
  static const PhraseSet particles = [] {
    PhraseSet set;
    for (const char* p : {"에서는", "께서는", "에서", "께서", "으로", "에게", "은", "는", "이", "가", "을", "를", "도", "의", "에",
                          "와", "과", "로"})
      set.add(p);
    return set;
  }();
  // The longest particle wins: 에서는 before 는.
  for (std::size_t n : {9, 6, 3}) {
    if (word.size() > n && particles.contains(word.substr(word.size() - n))) return n;
  }
  return 0;
}

std::size_t hangul_syllables(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (cp >= 0xAC00 && cp <= 0xD7A3) ++n;
  }
  return n;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<Word> words_of(std::string_view text, Span sentence) {
  const std::vector<bool> inside = quoted_bytes(text, sentence);
  std::vector<Word> words;
  std::size_t pos = sentence.start;
  int depth = 0;  // open round brackets: a bracket group stays one word
  std::size_t word_start = std::string_view::npos;
  while (pos <= sentence.end) {
    std::size_t next = pos;
    const char32_t cp = pos < sentence.end ? text::next_code_point(text, next) : U' ';
    if (pos == sentence.end) next = pos + 1;
    const bool boundary = is_space(cp) && (depth == 0 || pos == sentence.end);
    if (boundary) {
      if (word_start != std::string_view::npos) {
        Word w;
        w.span = {word_start, pos};
        w.core = core_of(text, w.span);
        const std::size_t probe = w.core.start < w.core.end ? w.core.start : word_start;
        w.quoted = inside[probe - sentence.start];
        const std::string_view tail = text.substr(w.core.end, pos - w.core.end);
        w.ends_clause = tail.find_first_of(",;:") != std::string_view::npos;
        w.ends_quote = w.quoted && !inside[pos - 1 - sentence.start];
        words.push_back(w);
        word_start = std::string_view::npos;
      }
      depth = 0;
    } else {
      if (word_start == std::string_view::npos) word_start = pos;
      // A bracket group stays one word only when it closes soon: "(약 72조 원)".
      if (cp == '(' && slice(text, {next, std::min(next + 80, sentence.end)}).find(')') != std::string_view::npos) ++depth;
      if (cp == ')' && depth > 0) --depth;
    }
    pos = next;
  }
  return words;
}

}  // namespace newsmark::claims
