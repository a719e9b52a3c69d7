#include "claims/phrases.h"

#include "claims/bytes.h"
#include "text/utf8.h"

namespace newsmark::claims {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_at(std::string_view s, std::size_t at, std::string_view phrase, bool fold_case) {
  if (s.size() - at < phrase.size()) return false;
  if (!fold_case) return holds_at(s, at, phrase);
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (fold(s[at + k]) != phrase[k]) return false;
  return true;
}

// The key of PhraseScan's quick filter and lookup for a phrase or a text starting with
// code point `cp`, followed by byte `second` (0 at the end): after an ASCII character,
// the two bytes with bit 0x20 set, which folds letters to lower case (a first letter
// alone lets too many words through); else the code point's low 16 bits. Keys may
// collide ("@" and "`" too): every phrase that may match at a place has its key.
std::size_t start_key(char32_t cp, char second) {
  if (cp >= 0x80) return cp & 0xFFFF;
  return static_cast<std::size_t>(cp | 0x20) << 8 | (static_cast<unsigned char>(second) | 0x20);
}

// Every key of an ASCII character lies below (some other ones too).
constexpr std::size_t kFirstNonAsciiKey = 0x8000;

// The keys under which a text where `phrase` starts is looked up: one, or for a phrase
// of one ASCII character, one for every byte that may follow it.
std::vector<std::size_t> start_keys(std::string_view phrase) {
  std::size_t pos = 0;
  const char32_t first = text::next_code_point(phrase, pos);
  if (first >= 0x80 || phrase.size() > 1) return {start_key(first, phrase.size() > 1 ? phrase[1] : 0)};
  std::vector<std::size_t> keys;
  for (int second = 0; second < 256; ++second) keys.push_back(start_key(first, static_cast<char>(second)));
  return keys;
}

// The key of PhraseScan's second filter at byte `next` of `s`, just after the first
// character of a phrase or of a place in a text whose start_key() is `start`: a hash of
// that key and the next two bytes, again with bit 0x20 set.
std::size_t follow_key(std::size_t start, std::string_view s, std::size_t next) {
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<std::uint32_t>(static_cast<unsigned char>(s[k]) | 0x20) : 0u; };
  return static_cast<std::uint32_t>((static_cast<std::uint32_t>(start) << 16 | byte(next) << 8 | byte(next + 1)) * 0x9E3779B1u) >> 16;
}

}  // namespace

void PhraseSet::add(std::string_view phrase) {
  if (phrase.empty()) return;
  std::size_t pos = 0, end = phrase.size();
  const char32_t first = text::next_code_point(phrase, pos);
  const char32_t last = text::previous_code_point(phrase, end);
  const Piece piece{static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(phrase.size())};
  bytes_.append(phrase);
  pieces_.push_back(piece);
  by_first_.add(first, piece);
  by_last_.add(last, piece);
}

std::vector<std::string_view> PhraseSet::phrases() const {
  std::vector<std::string_view> out;
  for (const Piece p : pieces_) out.push_back(text_of(p));
  return out;
}

bool PhraseSet::is_suffix_of(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t end = s.size();
  for (const Piece p : by_last_.find(text::previous_code_point(s, end)))
    if (ends_with(s, text_of(p))) return true;
  return false;
}

std::size_t PhraseSet::longest_proper_suffix_of(std::string_view s) const {
  if (s.empty()) return 0;
  std::size_t end = s.size(), longest = 0;
  for (const Piece p : by_last_.find(text::previous_code_point(s, end)))
    if (s.size() > p.size && p.size > longest && ends_with(s, text_of(p))) longest = p.size;
  return longest;
}

bool PhraseSet::is_prefix_of(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t pos = 0;
  for (const Piece p : by_first_.find(text::next_code_point(s, pos)))
    if (holds_at(s, 0, text_of(p))) return true;
  return false;
}

bool PhraseSet::contains(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t pos = 0;
  for (const Piece p : by_first_.find(text::next_code_point(s, pos)))
    if (p.size == s.size() && holds_at(s, 0, text_of(p))) return true;
  return false;
}

void PhraseScan::add(const PhraseSet& set, PhraseMatch how) {
  const unsigned bit = 1u << sets_++;
  for (const std::string_view phrase : set.phrases()) {
    std::size_t after_first = 0;  // the end of the phrase's first character
    text::next_code_point(phrase, after_first);
    for (const std::size_t key : start_keys(phrase)) {
      by_start_.add(static_cast<char32_t>(key), {phrase, bit, how});
      if (phrase.size() < after_first + 2) short_starts_[key % short_starts_.size()] = true;
      else may_follow_[follow_key(key, phrase, after_first)] = true;
      may_start_[0][key] = true;
      if (how.word_start) continue;
      may_start_[1][key] = true;
      if (key < kFirstNonAsciiKey) ascii_inside_words_ = true;
    }
  }
}

unsigned PhraseScan::found_in(std::string_view s) const {
  const unsigned all = (1u << sets_) - 1;
  unsigned found = 0;
  bool inside_word = false;  // the character before is an ASCII letter
  for (std::size_t at = 0, next = 0; at < s.size() && found != all; at = next) {
    const char32_t cp = text::next_code_point(s, next);
    const std::size_t key = start_key(cp, next < s.size() ? s[next] : 0);
    if (may_start_[inside_word][key] && (short_starts_[key % short_starts_.size()] || may_follow_[follow_key(key, s, next)]))
      found = found_at(s, at, key, inside_word, found);
    inside_word = is_ascii_letter(cp);
    if (inside_word && !ascii_inside_words_) next += text::ascii_letters_from(s, next);  // no phrase starts there
  }
  return found;
}

unsigned PhraseScan::found_at(std::string_view s, std::size_t at, std::size_t key, bool inside_word,
                              unsigned found) const {
  for (const Entry& e : by_start_.find(static_cast<char32_t>(key))) {
    if ((found & e.bit) || (e.how.word_start && inside_word)) continue;
    if (!equal_at(s, at, e.phrase, e.how.fold_case)) continue;
    const std::size_t end = at + e.phrase.size();
    if (!e.how.word_end || end >= s.size() || !is_ascii_letter(s[end])) found |= e.bit;
  }
  return found;
}

}  // namespace newsmark::claims
