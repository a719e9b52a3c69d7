// Owns the company knowledge base compiled into the binary (companies/data/companies-*.tsv,
// format in companies/data/FORMAT.md) and the cue-word lists of the recogniser
// (companies/data/recogniser-words.tsv), both parsed once at first use into tries that
// every article reuses, and the text folding that the matcher compares names under, with
// the map between offsets in a text and in its folding.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::companies {

// Case and width folding: ASCII and fullwidth Latin to lower-case ASCII, curly apostrophes
// to "'", runs of spaces (also no-break and ideographic) to one space. Hangul and other
// scripts are kept as they are.
std::string fold(std::string_view s);
bool folds_to_space(char32_t cp);  // a space for fold: ' ', tab, U+00A0, U+2009, U+202F, U+3000

// `fold` of a whole text, and the way between offsets in the two. Both advance together but
// where a code point folds shorter (a run of spaces, a fullwidth form, a curly quote), so
// only the runs in between are kept, found through blocks of either text.
class FoldedText {
 public:
  const std::string& text() const { return text_; }
  // The text offset of the code point that starts at folded offset `pos` (or of the end).
  std::size_t origin(std::size_t pos) const;
  // The folded offset of the code point or run of spaces that starts at text offset `pos`
  // (or of the end).
  std::size_t offset(std::size_t pos) const;

  // offset() of positions that never decrease from one call to the next.
  class Cursor;

 private:
  friend FoldedText fold_with_origin(std::string_view text);
  struct Run {
    std::uint32_t folded, text;  // where it starts in either
  };
  static constexpr unsigned kBlockBits = 6;
  std::string text_;
  std::vector<Run> runs_;
  std::vector<std::uint32_t> run_by_folded_block_, run_by_text_block_;  // the run each block starts in
};
FoldedText fold_with_origin(std::string_view text);

// Walks the runs once instead of looking each position up.
class FoldedText::Cursor {
 public:
  explicit Cursor(const FoldedText& folded) : runs_(folded.runs_) {}
  std::size_t offset(std::size_t pos) {
    while (run_ + 1 < runs_.size() && runs_[run_ + 1].text <= pos) ++run_;
    return runs_[run_].folded + (pos - runs_[run_].text);
  }

 private:
  const std::vector<Run>& runs_;
  std::size_t run_ = 0;
};

// A trie over sorted byte strings, so that a text position is matched against every key at
// once instead of key by key. A node stands for a prefix; the keys equal to that prefix
// are the index range keys_ending_at(node) of the sorted keys. Nodes are packed into one
// array in breadth-first order, so that the short prefixes most walks stay in share few
// cache lines.
class ByteTrie {
 public:
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNoNode = 0xFFFFFFFF;

  ByteTrie() { root_children_.fill(kNoNode); }

  // `keys` sorted (equal keys adjacent).
  void build(const std::vector<std::string_view>& keys);

  std::uint32_t child(std::uint32_t node, unsigned char byte) const;
  bool ends_key(std::uint32_t node) const { return (node & kEndsKey) != 0; }
  std::pair<std::uint32_t, std::uint32_t> keys_ending_at(std::uint32_t node) const {
    const std::uint32_t* record = &records_[node & ~kEndsKey];
    return {record[1], record[2]};
  }

 private:
  // A node is the offset of its record in records_, flagged when keys end there. A record:
  // the number of children; the key range if keys end there; the children's bytes, four to
  // a word, ascending; the children.
  static constexpr std::uint32_t kEndsKey = 0x80000000;
  std::vector<std::uint32_t> records_;
  std::array<std::uint32_t, 256> root_children_{};  // the root branches widest: a direct table
};

struct Company {
  std::string_view name;                // canonical English name
  std::string_view tickers;             // column 4 as written: "NASDAQ:NVDA|KRX:005930"
  std::string_view country;
  std::string_view primary_symbol() const;  // symbol of the first ticker, or empty
  bool has_symbol(std::string_view symbol) const;
};

struct Alias {
  std::string_view key;     // folded, held by the knowledge base
  std::uint32_t company;
  bool ambiguous;           // marked `~`: needs evidence in the text
  bool exact_case;          // all capitals or a lower-case start (AWS, xAI): case must match
  std::string_view form;    // as written in the data
};

class KnowledgeBase {
 public:
  // The knowledge base of the binary, parsed at first use.
  static const KnowledgeBase& instance();

  // Parses knowledge-base files (exposed for tests); `content` must outlive the knowledge
  // base. Malformed lines are counted, not fatal.
  void add_file(std::string_view content);
  void finish();  // sorts the aliases and indexes them; call once after the last add_file

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
  static constexpr std::size_t kNotSyllable = ~std::size_t{0};
  void sort_aliases();
  static std::size_t hangul_syllable_at(std::string_view s, std::size_t pos);
  std::vector<Company> companies_;
  std::vector<Alias> aliases_;
  ByteTrie keys_;  // over the alias keys
  // The nodes two bytes down, by those bytes: every walk takes that step, and the nodes
  // one byte down have the most children (all letters, or 64 for a Hangul lead byte).
  std::vector<std::uint32_t> second_nodes_;
  // The nodes a Hangul syllable down, by syllable: a Korean word's walk starts there instead
  // of with a search among the 64 children of its second byte. Empty if a key ended inside a
  // syllable (none does: keys are whole code points).
  std::vector<std::uint32_t> syllable_nodes_;
  std::vector<std::unique_ptr<char[]>> folded_keys_;  // one buffer per file for its aliases' keys
  std::vector<std::pair<std::string_view, std::uint32_t>> by_symbol_;  // sorted: (symbol, company)
  std::size_t malformed_ = 0;
};

// One word list of the recogniser, indexed for exact, prefix and suffix tests.
class WordList {
 public:
  explicit WordList(const std::vector<std::string>& words);
  bool has(std::string_view word) const;
  bool has(std::string_view word, char last) const;  // has(word + last), without building it
  bool starts_any(char first) const { return forward_.child(ByteTrie::kRoot, static_cast<unsigned char>(first)) != ByteTrie::kNoNode; }
  // Call on_word(length) for every word of the list that `text` starts (ends) with, shortest
  // first, until it returns true; return whether one did.
  template <typename F>
  bool find_prefix(std::string_view text, F&& on_word) const;
  template <typename F>
  bool find_suffix(std::string_view text, F&& on_word) const;
  bool ends_any(std::string_view word) const {  // some word of the list ends `word`
    if (!short_words_ && (word.size() < 3 || !long_tails_.test(slot_of_three(word.data() + word.size() - 3)))) return false;
    return find_suffix(word, [](std::size_t) { return true; });
  }
  // A quick test, false when no word of three bytes or more starts `text`.
  bool may_start_long(std::string_view text) const { return text.size() >= 3 && long_heads_.test(slot_of_three(text.data())); }

 private:
  static std::size_t slot_of_three(const char* bytes) {  // a hash of three bytes (a Hangul syllable, mostly)
    const std::uint32_t code = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[0])) << 16 |
                               static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[1])) << 8 | static_cast<unsigned char>(bytes[2]);
    return (code * 0x9E3779B1u) >> 20;
  }
  ByteTrie forward_, backward_;  // over the words and over the words reversed
  // slot_of_three of the first and of the last three bytes of the words that long, for quick
  // tests (ends_any uses the latter when no word is shorter).
  std::bitset<4096> long_heads_, long_tails_;
  bool short_words_ = false;
};

// Word lists of the recogniser, one per kind (column 1 of recogniser-words.tsv).
class Cues {
 public:
  static const Cues& instance();
  const WordList& words(std::string_view kind) const;  // empty for an unknown kind

 private:
  struct Kind {
    std::string name;
    WordList words;
  };
  std::vector<Kind> kinds_;
};

inline std::uint32_t ByteTrie::child(std::uint32_t node, unsigned char byte) const {
  if (node == kRoot) return root_children_[byte];
  const std::uint32_t* record = &records_[node & ~kEndsKey];
  const std::uint32_t count = record[0];
  const std::uint32_t* packed = record + (ends_key(node) ? 3 : 1);
  const auto* bytes = reinterpret_cast<const unsigned char*>(packed);
  const std::uint32_t* children = packed + (count + 3) / 4;
  std::uint32_t i = 0;
  if (count > 8) {  // inside a Hangul syllable a node has up to 64 children
    i = static_cast<std::uint32_t>(std::lower_bound(bytes, bytes + count, byte) - bytes);
  } else {
    while (i < count && bytes[i] < byte) ++i;
  }
  return i < count && bytes[i] == byte ? children[i] : kNoNode;
}

template <typename F>
void KnowledgeBase::walk(std::string_view folded, std::size_t pos, F&& on_match) const {
  auto report = [&](std::uint32_t node, std::size_t length) {
    if (!keys_.ends_key(node)) return;
    const auto [first, last] = keys_.keys_ending_at(node);
    on_match(length, first, last);
  };
  std::uint32_t node = ByteTrie::kRoot;
  std::size_t d = pos;  // the bytes before d are walked
  if (const std::size_t syllable = hangul_syllable_at(folded, pos); syllable != kNotSyllable && !syllable_nodes_.empty()) {
    node = syllable_nodes_[syllable];
    if (node == ByteTrie::kNoNode) return;
    d = pos + 3;
    report(node, 3);
  }
  for (; d < folded.size(); ++d) {
    const auto byte = static_cast<unsigned char>(folded[d]);
    node = d == pos + 1 ? second_nodes_[static_cast<unsigned char>(folded[pos]) << 8 | byte] : keys_.child(node, byte);
    if (node == ByteTrie::kNoNode) return;
    report(node, d + 1 - pos);
  }
}

// The index of the Hangul syllable (U+AC00..U+D7A3) that starts at `pos`, or kNotSyllable.
inline std::size_t KnowledgeBase::hangul_syllable_at(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0xEA || b0 > 0xED || pos + 3 > s.size()) return kNotSyllable;  // not the lead byte of one
  const auto b1 = static_cast<unsigned char>(s[pos + 1]), b2 = static_cast<unsigned char>(s[pos + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return kNotSyllable;
  const std::size_t cp = (b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu);
  return cp >= 0xAC00 && cp <= 0xD7A3 ? cp - 0xAC00 : kNotSyllable;
}

template <typename F>
bool WordList::find_prefix(std::string_view text, F&& on_word) const {
  std::uint32_t node = ByteTrie::kRoot;
  for (std::size_t d = 0; d < text.size(); ++d) {
    node = forward_.child(node, static_cast<unsigned char>(text[d]));
    if (node == ByteTrie::kNoNode) return false;
    if (forward_.ends_key(node) && on_word(d + 1)) return true;
  }
  return false;
}

template <typename F>
bool WordList::find_suffix(std::string_view text, F&& on_word) const {
  std::uint32_t node = ByteTrie::kRoot;
  for (std::size_t d = 1; d <= text.size(); ++d) {
    node = backward_.child(node, static_cast<unsigned char>(text[text.size() - d]));
    if (node == ByteTrie::kNoNode) return false;
    if (backward_.ends_key(node) && on_word(d)) return true;
  }
  return false;
}

}  // namespace newsmark::companies
