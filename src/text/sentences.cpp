#include "text/sentences.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/embedded.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

enum class Abbreviation { kNone, kNever, kMaybe };

struct Lexicon {
  std::unordered_map<std::string, Abbreviation> abbreviations;
  std::unordered_set<std::string> openers;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    data::for_each_line(data::file("text/data/abbreviations-en.tsv"), [&](std::string_view line) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      l.abbreviations[std::string(line.substr(0, tab))] =
          line.substr(tab + 1) == "never" ? Abbreviation::kNever : Abbreviation::kMaybe;
    });
    data::for_each_line(data::file("text/data/sentence-openers-en.txt"),
                        [&](std::string_view line) { l.openers.emplace(line); });
    return l;
  }();
  return lex;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x3000; }
bool is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Punctuation that may follow the sentence's final mark and still belong to it: 다." 다’ said.")
bool is_closer(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x201D: case 0x2019: case 0x00BB: case 0x300D: case 0x300F: case 0x3009: case 0x300B: case 0xFF09:
      return true;
    default:
      return false;
  }
}

// Full-width marks end a sentence even without a following space.
bool is_cjk_terminator(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F; }

// Korean syllables that end a declarative or interrogative sentence: 다, 요, 죠, 까, 네, 음, 함.
bool is_korean_final(char32_t cp) {
  return cp == U'다' || cp == U'요' || cp == U'죠' || cp == U'까' || cp == U'네' || cp == U'음' || cp == U'함';
}

// Tracks whether a position is inside a quotation or a bracket whose closing mark comes
// later in the block: a full stop in there ends a quoted sentence, not the reported one.
class Enclosures {
 public:
  Enclosures(std::string_view text, Span block)
      : block_(text.substr(block.start, block.end - block.start)), block_start_(block.start) {}

  void see(char32_t cp, std::size_t after) {
    if (cp == '"') {
      straight_open_ = !straight_open_ && closes_after(straight_, after);
    } else if (cp == 0x201C) {
      curly_open_ = closes_after(curly_, after);
    } else if (cp == 0x201D) {
      curly_open_ = false;
    } else if (cp == 0x2018) {
      single_open_ = closes_after(single_, after);
    } else if (cp == 0x2019) {
      single_open_ = false;
    } else if (cp == '(') {
      if (closes_after(bracket_, after)) ++brackets_;
    } else if (cp == ')') {
      if (brackets_ > 0) --brackets_;
    }
  }

  bool inside() const { return straight_open_ || curly_open_ || single_open_ || brackets_ > 0; }
  void reset() { straight_open_ = curly_open_ = single_open_ = false, brackets_ = 0; }

 private:
  // A closing mark and where its last occurrence in the block starts, looked up on the
  // first opening mark that needs it: "does one follow?" then costs O(1) however many
  // opening marks the block holds, and blocks without openers cost nothing.
  struct LastMark {
    std::string_view mark;
    std::optional<std::size_t> at;  // an offset into the block, or npos
  };

  // Whether the closing mark of `last` starts at or after the text offset `after`.
  bool closes_after(LastMark& last, std::size_t after) {
    if (!last.at) last.at = last_occurrence(block_, last.mark);
    return *last.at != std::string_view::npos && block_start_ + *last.at >= after;
  }

  // The start of the last `mark` (a single character) in `s`, or npos. Searches for its
  // final byte: string_view::rfind compares the whole mark at every position.
  static std::size_t last_occurrence(std::string_view s, std::string_view mark) {
    for (std::size_t end = s.size(); end >= mark.size(); --end)
      if (s[end - 1] == mark.back() && s.compare(end - mark.size(), mark.size(), mark) == 0) return end - mark.size();
    return std::string_view::npos;
  }

  std::string_view block_;
  std::size_t block_start_;
  LastMark straight_{"\"", {}}, curly_{"\xE2\x80\x9D", {}}, single_{"\xE2\x80\x99", {}}, bracket_{")", {}};
  bool straight_open_ = false, curly_open_ = false, single_open_ = false;
  int brackets_ = 0;
};

// The word made of ASCII letters and dots that ends just before the full stop at `dot`.
std::string_view word_before(std::string_view text, std::size_t from, std::size_t dot) {
  std::size_t start = dot;
  while (start > from && (is_ascii_alpha(text[start - 1]) || text[start - 1] == '.')) --start;
  return text.substr(start, dot - start);
}

// "U.S", "e.g", "a.m": single letters joined by dots.
bool is_initialism(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((i % 2 == 0) != is_ascii_alpha(word[i])) return false;
  return true;
}

Abbreviation abbreviation_kind(std::string_view word) {
  if (word.empty()) return Abbreviation::kNone;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return Abbreviation::kNever;  // an initial
  if (is_initialism(word)) return Abbreviation::kMaybe;
  const auto& table = lexicon().abbreviations;
  const auto it = table.find(std::string(word));
  return it == table.end() ? Abbreviation::kNone : it->second;
}

// The ASCII word starting at `pos` (letters only), used to look at the next sentence.
std::string_view word_at(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t stop = pos;
  while (stop < end && is_ascii_alpha(text[stop])) ++stop;
  return text.substr(pos, stop - pos);
}

std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end) {
    std::size_t next = pos;
    if (!is_space(next_code_point(text, next))) break;
    pos = next;
  }
  return pos;
}

// Skips opening quotes and brackets, so that `“The` is judged by `The`.
std::size_t skip_openers(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end) {
    std::size_t next = pos;
    const char32_t cp = next_code_point(text, next);
    if (cp != '"' && cp != '\'' && cp != '(' && cp != '[' && cp != 0x201C && cp != 0x2018) break;
    pos = next;
  }
  return pos;
}

// Whether byte `c` may start a character that ends a sentence or opens or closes an
// enclosure: a line break, . ? ! " ( ), or the lead byte of …, curly quotes (0xE2), 。
// (0xE3) and ！？ (0xEF). The splitter steps over every other byte without decoding it
// (a continuation byte is never one of these).
constexpr std::array<bool, 256> kMayMatter = [] {
  std::array<bool, 256> t{};
  for (const unsigned char b : {'\n', '.', '?', '!', '"', '(', ')'}) t[b] = true;
  for (const unsigned char lead : {0xE2, 0xE3, 0xEF}) t[lead] = true;
  return t;
}();

bool may_matter(char c) { return kMayMatter[static_cast<unsigned char>(c)]; }

class BlockSplitter {
 public:
  BlockSplitter(std::string_view text, Span block, std::vector<Span>& out)
      : text_(text), end_(block.end), out_(out), enclosures_(text, block) {
    start_ = skip_spaces(text_, block.start, end_);
  }

  void run() {
    std::size_t pos = start_;
    while (pos < end_) {
      if (!may_matter(text_[pos])) {
        ++pos;
        continue;
      }
      const std::size_t at = pos;
      const char32_t cp = next_code_point(text_, pos);
      if (cp == '\n') {
        emit(at);
        continue;
      }
      if (is_cjk_terminator(cp)) {
        const std::size_t after = absorb_closers(pos);
        emit(after);
        pos = after;
        continue;
      }
      if (cp == '.' || cp == '?' || cp == '!' || cp == 0x2026) {
        pos = at_terminator(at, cp, pos);
        continue;
      }
      enclosures_.see(cp, pos);
    }
    emit(end_);
  }

 private:
  // Handles the run of final marks starting at `at`; returns where scanning resumes.
  std::size_t at_terminator(std::size_t at, char32_t first, std::size_t pos) {
    bool ellipsis = first == 0x2026;
    std::size_t marks = 1;
    while (pos < end_) {
      std::size_t next = pos;
      const char32_t cp = next_code_point(text_, next);
      if (cp != '.' && cp != '?' && cp != '!' && cp != 0x2026) break;
      ellipsis = ellipsis || cp == 0x2026 || (cp == '.' && first == '.');
      ++marks;
      pos = next;
    }
    const std::size_t after = absorb_closers(pos);
    if (after >= end_) return after;
    std::size_t probe = after;
    const char32_t following = next_code_point(text_, probe);
    const bool spaced = is_space(following);
    if (!spaced && !joined_korean(at, following)) return after;
    if (enclosures_.inside()) return after;
    const std::size_t next_start = skip_spaces(text_, after, end_);
    const bool ends = ellipsis ? ellipsis_ends(at, next_start)
                               : (first != '.' || marks > 1 || full_stop_ends(at, next_start));
    if (ends) emit(after);
    return after;
  }

  // "했다.그러나": Korean text sometimes omits the space after a full stop.
  bool joined_korean(std::size_t at, char32_t following) const {
    if (!is_hangul(following)) return false;
    std::size_t p = at;
    return p > start_ && is_korean_final(previous_code_point(text_, p));
  }

  std::size_t absorb_closers(std::size_t pos) {
    while (pos < end_) {
      std::size_t next = pos;
      const char32_t cp = next_code_point(text_, next);
      if (!is_closer(cp)) break;
      enclosures_.see(cp, next);
      pos = next;
    }
    return pos;
  }

  bool full_stop_ends(std::size_t dot, std::size_t next_start) const {
    if (next_start >= end_) return true;
    const std::size_t next_word = skip_openers(text_, next_start, end_);
    const char first = text_[next_word];
    if (first >= 'a' && first <= 'z') return false;  // "e.g. the", "approx. two"
    if (is_list_marker(dot)) return false;
    switch (abbreviation_kind(word_before(text_, start_, dot))) {
      case Abbreviation::kNever:
        return false;
      case Abbreviation::kMaybe:
        return lexicon().openers.count(std::string(word_at(text_, next_word, end_))) > 0;
      case Abbreviation::kNone:
        return true;
    }
    return true;
  }

  // "1. First item": digits alone at the start of the sentence.
  bool is_list_marker(std::size_t dot) const {
    if (dot == start_) return false;
    for (std::size_t i = start_; i < dot; ++i)
      if (!is_digit(text_[i])) return false;
    return dot - start_ <= 3;
  }

  // An ellipsis ends a sentence after a Korean final ending ("했다…") or before a capital
  // ("He paused... Then"), not inside a phrase ("넘치는데… 데이터센터").
  bool ellipsis_ends(std::size_t at, std::size_t next_start) const {
    std::size_t p = at;
    if (p > start_ && is_korean_final(previous_code_point(text_, p))) return true;
    if (next_start >= end_) return true;
    const char first = text_[skip_openers(text_, next_start, end_)];
    return first >= 'A' && first <= 'Z';
  }

  void emit(std::size_t stop) {
    std::size_t end = stop;
    while (end > start_) {
      std::size_t p = end;
      if (!is_space(previous_code_point(text_, p))) break;
      end = p;
    }
    if (end > start_) out_.push_back({start_, end});
    start_ = skip_spaces(text_, stop, end_);
    enclosures_.reset();
  }

  std::string_view text_;
  std::size_t end_;
  std::vector<Span>& out_;
  Enclosures enclosures_;
  std::size_t start_ = 0;
};

}  // namespace

std::vector<Span> split_sentences(std::string_view text, const std::vector<Block>& blocks) {
  std::vector<Span> out;
  for (const Block& block : blocks) {
    if (block.span.end > text.size() || block.span.start >= block.span.end) continue;
    BlockSplitter(text, block.span, out).run();
  }
  return out;
}

}  // namespace newsmark::text
