#include "claims/phrases.h"

#include "text/utf8.h"

namespace newsmark::claims {
namespace {

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char32_t fold(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool equal_at(std::string_view s, std::size_t at, std::string_view phrase, bool fold_case) {
  if (s.size() - at < phrase.size()) return false;
  if (!fold_case) return s.compare(at, phrase.size(), phrase) == 0;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (fold(s[at + k]) != phrase[k]) return false;
  return true;
}

}  // namespace

void PhraseSet::add(std::string phrase) {
  if (phrase.empty()) return;
  std::size_t pos = 0, end = phrase.size();
  const char32_t first = text::next_code_point(phrase, pos);
  const char32_t last = text::previous_code_point(phrase, end);
  by_first_[first].push_back(phrases_.size());
  may_start_[first & 0xFFFF] = true;
  if (first >= 'a' && first <= 'z') may_start_[first - 'a' + 'A'] = true;  // for case folding
  by_last_[last].push_back(phrases_.size());
  phrases_.push_back(std::move(phrase));
}

bool PhraseSet::occurs_in(std::string_view s, PhraseMatch how) const {
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t at = pos;
    const char32_t cp = text::next_code_point(s, pos);
    if (!may_start_[cp & 0xFFFF]) continue;
    if (how.word_start && at > 0 && is_ascii_letter(s[at - 1])) continue;
    const auto it = by_first_.find(how.fold_case ? fold(cp) : cp);
    if (it == by_first_.end()) continue;
    for (std::size_t index : it->second) {
      const std::string& p = phrases_[index];
      if (!equal_at(s, at, p, how.fold_case)) continue;
      if (how.word_end && at + p.size() < s.size() && is_ascii_letter(s[at + p.size()])) continue;
      return true;
    }
  }
  return false;
}

bool PhraseSet::is_suffix_of(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t end = s.size();
  const auto it = by_last_.find(text::previous_code_point(s, end));
  if (it == by_last_.end()) return false;
  for (std::size_t index : it->second) {
    const std::string& p = phrases_[index];
    if (s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0) return true;
  }
  return false;
}

bool PhraseSet::is_prefix_of(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t pos = 0;
  const auto it = by_first_.find(text::next_code_point(s, pos));
  if (it == by_first_.end()) return false;
  for (std::size_t index : it->second)
    if (equal_at(s, 0, phrases_[index], false)) return true;
  return false;
}

bool PhraseSet::contains(std::string_view s) const {
  if (s.empty()) return false;
  std::size_t pos = 0;
  const auto it = by_first_.find(text::next_code_point(s, pos));
  if (it == by_first_.end()) return false;
  for (std::size_t index : it->second)
    if (phrases_[index] == s) return true;
  return false;
}

}  // namespace newsmark::claims
