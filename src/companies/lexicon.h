// Owns the company knowledge base compiled into the binary (companies/data/companies-*.tsv,
// format in companies/data/FORMAT.md) and the cue-word lists of the recogniser
// (companies/data/recogniser-words.tsv), both parsed once at first use, and the text
// folding that the matcher compares names under.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsmark::companies {

// Case and width folding: ASCII and fullwidth Latin to lower-case ASCII, curly apostrophes
// to "'", runs of spaces (also no-break and ideographic) to one space. Hangul and other
// scripts are kept as they are.
std::string fold(std::string_view s);

// `fold` of a whole text, with `origin[i]` = the byte offset in the text of folded byte i
// (origin has one extra entry for the end).
struct FoldedText {
  std::string text;
  std::vector<std::uint32_t> origin;
};
FoldedText fold_with_origin(std::string_view text);

struct Company {
  std::string_view name;                // canonical English name
  std::string_view tickers;             // column 4 as written: "NASDAQ:NVDA|KRX:005930"
  std::string_view country;
  std::string_view primary_symbol() const;  // symbol of the first ticker, or empty
  bool has_symbol(std::string_view symbol) const;
};

struct Alias {
  std::string key;          // folded
  std::uint32_t company;
  bool ambiguous;           // marked `~`: needs evidence in the text
  bool exact_case;          // all capitals or a lower-case start (AWS, xAI): case must match
  std::string_view form;    // as written in the data
};

class KnowledgeBase {
 public:
  // The knowledge base of the binary, parsed at first use.
  static const KnowledgeBase& instance();

  // Parses knowledge-base files (exposed for tests). Malformed lines are counted, not fatal.
  void add_file(std::string_view content);
  void finish();  // sorts the aliases; call once after the last add_file

  const std::vector<Company>& companies() const { return companies_; }
  const std::vector<Alias>& aliases() const { return aliases_; }
  std::size_t malformed_lines() const { return malformed_; }

  // Companies listing `symbol` (upper case, without exchange) as a ticker.
  std::vector<std::uint32_t> companies_with_symbol(std::string_view symbol) const;

  // Walks the aliases from `pos` of folded text and calls on_match(length, first, last) for
  // every alias key that is a prefix of folded[pos..], shortest first; [first, last) indexes
  // aliases() (all with that key).
  template <typename F>
  void walk(std::string_view folded, std::size_t pos, F&& on_match) const;

 private:
  std::vector<Company> companies_;
  std::vector<Alias> aliases_;
  std::array<std::pair<std::uint32_t, std::uint32_t>, 256> first_byte_{};  // alias range by first key byte
  std::unordered_multimap<std::string_view, std::uint32_t> by_symbol_;
  std::size_t malformed_ = 0;
};

// Word lists of the recogniser, one set per kind (column 1 of recogniser-words.tsv).
class Cues {
 public:
  static const Cues& instance();
  bool has(std::string_view kind, std::string_view word) const;
  const std::vector<std::string>& list(std::string_view kind) const;

 private:
  struct Kind {
    std::string name;
    std::unordered_set<std::string> set;
    std::vector<std::string> list;  // longest first
  };
  const Kind* find(std::string_view kind) const;
  Kind& kind_named(std::string_view kind);
  std::vector<Kind> kinds_;
};

template <typename F>
void KnowledgeBase::walk(std::string_view folded, std::size_t pos, F&& on_match) const {
  // The aliases are sorted, so the keys sharing the first d bytes with the text form one
  // range; each further byte narrows it (a binary search for its start, a gallop for its end).
  if (pos >= folded.size()) return;
  std::size_t lo = first_byte_[static_cast<unsigned char>(folded[pos])].first;
  std::size_t hi = first_byte_[static_cast<unsigned char>(folded[pos])].second;
  for (std::size_t d = 0; pos + d < folded.size() && lo < hi; ++d) {
    const unsigned char c = static_cast<unsigned char>(folded[pos + d]);
    auto byte_at = [d](const Alias& a) { return a.key.size() > d ? static_cast<int>(static_cast<unsigned char>(a.key[d])) : -1; };
    std::size_t a = lo, b = hi;
    while (a < b) {  // first key whose byte d is >= c
      std::size_t m = (a + b) / 2;
      if (byte_at(aliases_[m]) < c) a = m + 1; else b = m;
    }
    // First key whose byte d is > c: the run of keys with byte c is usually short, so
    // gallop from its start before bisecting.
    std::size_t known = a, probe = a, step = 1;  // keys in [a, known) have byte c
    while (probe < hi && byte_at(aliases_[probe]) <= c) {
      known = probe + 1;
      probe = known - 1 + step;
      step *= 2;
    }
    std::size_t e = known, f = std::min(probe, hi);
    while (e < f) {
      std::size_t m = (e + f) / 2;
      if (byte_at(aliases_[m]) <= c) e = m + 1; else f = m;
    }
    lo = a;
    hi = e;
    if (lo < hi && aliases_[lo].key.size() == d + 1) {
      std::size_t last = lo;
      while (last < hi && aliases_[last].key.size() == d + 1) ++last;
      on_match(d + 1, lo, last);
    }
  }
}

}  // namespace newsmark::companies
