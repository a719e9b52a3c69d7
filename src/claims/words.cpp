#include "claims/words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "claims/bytes.h"
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

// Tells, walking forward through a sentence, whether a byte lies inside a quotation.
// Straight quotes count only when they pair up, curly ones only when the closing mark
// follows. Double and single quotations are tracked apart: the apostrophe of "won’t"
// inside a double quotation must not close it.
class Quotations {
 public:
  explicit Quotations(std::string_view sentence) : s_(sentence) {
    for (Lead& lead : leads_) lead.at = find(lead.byte, 0);
    next_mark_ = first_mark_from(0);
  }

  // Whether the byte at `at` (an offset into the sentence) lies inside a quotation. The
  // marks are read up to `at` only, so `at` must not decrease from one call to the next.
  bool inside(std::size_t at) {
    while (next_mark_ <= at) read_next_mark();
    return straight_open_ || curly_open_ || curly_single_open_ || single_open_;
  }

 private:
  // The first byte from `pos` on that may start a quotation mark (the bytes between
  // change nothing), or the sentence's end.
  std::size_t first_mark_from(std::size_t pos) {
    std::size_t first = s_.size();
    for (Lead& lead : leads_) {
      if (lead.at < pos) lead.at = find(lead.byte, pos);
      first = std::min(first, lead.at);
    }
    return first;
  }

  std::size_t find(char byte, std::size_t pos) const {
    const std::size_t at = s_.find(byte, pos);
    return at == std::string_view::npos ? s_.size() : at;
  }

  void read_next_mark() {
    const std::size_t at = next_mark_;
    std::size_t next = at;
    const char32_t cp = text::next_code_point(s_, next);
    next_mark_ = first_mark_from(next);
    if (cp == '"' && uses_straight()) straight_open_ = !straight_open_;
    else if (cp == 0x201C) curly_open_ = follows(last_curly_, "\xE2\x80\x9D", next);
    else if (cp == 0x201D) curly_open_ = false;
    else if (cp == 0x2018 && !curly_single_open_) curly_single_open_ = follows(last_curly_single_, "\xE2\x80\x99", next);
    else if (cp == 0x2019 && curly_single_open_) curly_single_open_ = false;
    else if (cp == '\'') single_open_ = single_quote_opens(at);
  }

  // Straight double quotes count only when they pair up in the sentence.
  bool uses_straight() {
    if (!uses_straight_) uses_straight_ = std::count(s_.begin(), s_.end(), '"') % 2 == 0;
    return *uses_straight_;
  }

  // Whether `mark` occurs at or after `pos`. The last one is looked up once, on first
  // need, so that each opening mark costs O(1).
  bool follows(std::optional<std::size_t>& last, std::string_view mark, std::size_t pos) {
    if (!last) last = s_.rfind(mark);
    return *last != std::string_view::npos && *last >= pos;
  }

  // A straight single quote is also an apostrophe ("Apple's"): it opens a quotation only
  // after a space or a bracket and when another one follows, and closes an open one.
  bool single_quote_opens(std::size_t at) {
    if (single_open_) return false;
    const bool after_space = at == 0 || s_[at - 1] == ' ' || s_[at - 1] == '(';
    return after_space && follows(last_single_, "'", at + 1);
  }

  // The bytes that may start a quotation mark: ", ' and the lead byte of the curly ones
  // (U+2018..U+201D), each with where it next occurs from where reading got to, so that
  // the bytes between are skipped by memchr.
  struct Lead {
    char byte;
    std::size_t at;
  };

  std::string_view s_;
  Lead leads_[3] = {{'"', 0}, {'\'', 0}, {'\xE2', 0}};
  std::size_t next_mark_ = 0;  // the first mark not read yet
  std::optional<bool> uses_straight_;  // counted on the first straight quote
  bool straight_open_ = false, curly_open_ = false, curly_single_open_ = false, single_open_ = false;
  std::optional<std::size_t> last_curly_, last_curly_single_, last_single_;
};

// Whether byte `c` is inside a word whatever surrounds it: not a space, not a bracket and
// not the lead byte of U+00A0 or U+3000 (a continuation byte is plain). The tokeniser
// steps over plain bytes without decoding them.
bool is_plain(char c) {
  static const auto plain = [] {
    std::array<bool, 256> table{};
    for (int b = 0; b < 256; ++b) table[b] = b > ' ' && b != '(' && b != ')' && b != 0xC2 && b != 0xE3;
    return table;
  }();
  return plain[static_cast<unsigned char>(c)];
}

// The length of the run of plain bytes from `pos` on, up to `end`. Eight bytes at a time,
// with a mask of the bytes that are not plain (the lowest byte first, as on little-endian
// x86 and WebAssembly): a byte loop mispredicts its exit at the end of every word. Each
// test flags its lowest byte exactly (a borrow runs only upwards from a true flag).
std::size_t plain_run(std::string_view text, std::size_t pos, std::size_t end) {
  using text::bytes_below, text::bytes_equal;
  std::size_t n = 0;
  for (; pos + n + 8 <= end; n += 8) {
    const std::uint64_t w = text::load<std::uint64_t>(text.data() + pos + n);
    const std::uint64_t stops = bytes_below(w, ' ' + 1) | bytes_equal(w, '(') | bytes_equal(w, ')') |
                                bytes_equal(w, 0xC2) | bytes_equal(w, 0xE3);
    if (stops) return n + (__builtin_ctzll(stops) >> 3);
  }
  while (pos + n < end && is_plain(text[pos + n])) ++n;
  return n;
}

// Whether byte `c` may begin a mark of leading noise / end one of trailing noise (or a
// closing bracket): the first byte of each, or the last one. Most words begin and end
// with neither, and their first and last characters need no decoding.
bool may_begin_noise(char c) {
  switch (static_cast<unsigned char>(c)) {
    case '"': case '\'': case '[': case '-': case 0xE2: case 0xE3: return true;
    default: return false;
  }
}
bool may_end_noise(char c) {
  switch (static_cast<unsigned char>(c)) {
    case '"': case '\'': case ',': case '.': case ';': case ':': case '!': case '?': case ']': case ')':
    case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D: case 0xA6: case 0x8D: return true;
    default: return false;
  }
}

Span core_of(std::string_view text, Span word) {
  const std::string_view w = slice(text, word);
  const auto bracketed = [&] { return w.find('(') != std::string_view::npos; };
  std::size_t start = word.start, end = word.end;
  while (start < end && may_begin_noise(text[start])) {
    std::size_t next = start;
    if (!is_leading_noise(text::next_code_point(text, next))) break;
    start = next;
  }
  if (start < end && text[start] == '(' && w.find(')') == std::string_view::npos) ++start;
  while (end > start && may_end_noise(text[end - 1])) {
    std::size_t prev = end;
    const char32_t cp = text::previous_code_point(text, prev);
    if (!is_trailing_noise(cp) && !(cp == ')' && !bracketed())) break;
    end = prev;
  }
  return {start, end};
}

Word word_of(std::string_view text, Span span, Span sentence, Quotations& quotes) {
  Word w;
  w.span = span;
  w.core = core_of(text, span);
  const std::size_t probe = w.core.start < w.core.end ? w.core.start : span.start;
  w.quoted = quotes.inside(probe - sentence.start);
  const std::string_view tail = text.substr(w.core.end, span.end - w.core.end);
  w.ends_clause = std::any_of(tail.begin(), tail.end(), [](char c) { return c == ',' || c == ';' || c == ':'; });
  w.ends_quote = w.quoted && !quotes.inside(span.end - 1 - sentence.start);
  return w;
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
  return particles.longest_proper_suffix_of(word);  // 에서는 before 는
}

std::size_t hangul_syllables(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (is_hangul_syllable(cp)) ++n;
  }
  return n;
}

void words_of(std::string_view text, Span sentence, std::vector<Word>& words) {
  words.clear();
  Quotations quotes(slice(text, sentence));
  std::size_t pos = sentence.start;
  int depth = 0;  // open round brackets: a bracket group stays one word
  std::size_t word_start = std::string_view::npos;
  while (pos <= sentence.end) {
    if (pos < sentence.end && is_plain(text[pos])) {
      if (word_start == std::string_view::npos) word_start = pos;
      pos += plain_run(text, pos, sentence.end);
      continue;
    }
    std::size_t next = pos;
    const char32_t cp = pos < sentence.end ? text::next_code_point(text, next) : U' ';
    if (pos == sentence.end) next = pos + 1;
    const bool boundary = is_space(cp) && (depth == 0 || pos == sentence.end);
    if (boundary) {
      if (word_start != std::string_view::npos) words.push_back(word_of(text, {word_start, pos}, sentence, quotes));
      word_start = std::string_view::npos;
      depth = 0;
    } else {
      if (word_start == std::string_view::npos) word_start = pos;
      // A bracket group stays one word only when it closes soon: "(약 72조 원)".
      if (cp == '(' && slice(text, {next, std::min(next + 80, sentence.end)}).find(')') != std::string_view::npos) ++depth;
      if (cp == ')' && depth > 0) --depth;
    }
    pos = next;
  }
}

}  // namespace newsmark::claims
