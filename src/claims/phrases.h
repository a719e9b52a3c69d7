// Owns fast phrase lookup for the claim rules: a set of phrases indexed by their first
// and last character, so that a word is compared only with the phrases that can fit it,
// and a scan that finds which of several sets occur in a sentence in one pass over it.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsmark::claims {

// A run of values stored together, for a range-for.
template <typename T>
struct Run {
  const T* first = nullptr;
  const T* last = nullptr;
  const T* begin() const { return first; }
  const T* end() const { return last; }
};

// Values listed by a small key (a code point, or the first bytes of a word), each list in
// the order the values were added. An open-addressing table over one array of values:
// the claim rules probe it for many characters and words of every sentence, where
// std::unordered_map's division and the walk through its nodes and vectors showed in the
// profile. Adding is linear in the size, for tables of a few hundred values.
template <typename T>
class KeyMap {
 public:
  void add(char32_t key, T value) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = slots_[slot_of(key)];
    if (slot.key == kFree) {
      slot = {key, static_cast<std::uint32_t>(values_.size()), 0};
      ++used_;
      present_[filter_bit(key)] = true;
    }
    const std::uint32_t at = slot.begin + slot.count;
    for (Slot& other : slots_)  // the lists after this one move up by one
      if (other.key != kFree && other.count > 0 && other.begin >= at) ++other.begin;
    values_.insert(values_.begin() + at, std::move(value));
    ++slot.count;
  }

  // The values listed under `key` (none for an unknown key).
  Run<T> find(char32_t key) const {
    if (!present_[filter_bit(key)]) return {};
    const Slot& slot = slots_[slot_of(key)];
    const T* first = values_.data() + slot.begin;
    return {first, first + slot.count};
  }

 private:
  static constexpr char32_t kFree = 0xFFFFFFFF;  // no key: marks an unused slot
  static constexpr unsigned kInitialBits = 4;
  static constexpr unsigned kFilterBits = 10;
  struct Slot {
    char32_t key = kFree;
    std::uint32_t begin = 0, count = 0;  // the key's values in values_
  };

  // Fibonacci hashing: the top bits of the product spread neighbouring keys.
  static std::uint32_t hash(char32_t key) { return static_cast<std::uint32_t>(key * 0x9E3779B9u); }
  static std::size_t filter_bit(char32_t key) { return hash(key) >> (32 - kFilterBits); }

  // The slot holding `key`, or the free one where it belongs.
  std::size_t slot_of(char32_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(key) >> shift_;
    while (slots_[i].key != key && slots_[i].key != kFree) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    for (const Slot& slot : old)
      if (slot.key != kFree) slots_[slot_of(slot.key)] = slot;
  }

  std::vector<Slot> slots_ = std::vector<Slot>(std::size_t{1} << kInitialBits);  // a power of two, at most half used
  unsigned shift_ = 32 - kInitialBits;  // the hash keeps the top bits of a 32-bit product
  std::size_t used_ = 0;
  std::vector<T> values_;  // grouped by key
  // A quick filter before the probe, which costs mispredicted branches: most keys looked
  // up are absent. A bit per hash of the keys present, in two cache lines.
  std::bitset<1 << kFilterBits> present_;
};

struct PhraseMatch {
  bool fold_case = false;   // compare ASCII letters case-insensitively (phrases are lower case)
  bool word_start = false;  // the match must not follow an ASCII letter
  bool word_end = false;    // the match must not be followed by an ASCII letter
};

class PhraseSet {
 public:
  void add(std::string_view phrase);
  // The phrases in the order added, viewing the set's own storage.
  std::vector<std::string_view> phrases() const;

  // Whether `s` ends / starts with some phrase (exact case).
  bool is_suffix_of(std::string_view s) const;
  bool is_prefix_of(std::string_view s) const;
  // The length of the longest phrase that ends `s` and is shorter than it, or 0.
  std::size_t longest_proper_suffix_of(std::string_view s) const;
  // Whether `s` equals some phrase.
  bool contains(std::string_view s) const;

 private:
  struct Piece {  // a phrase's place in bytes_
    std::uint32_t start = 0, size = 0;
  };
  std::string_view text_of(Piece p) const { return std::string_view(bytes_).substr(p.start, p.size); }

  std::string bytes_;  // the phrases back to back: a lookup reads few cache lines
  std::vector<Piece> pieces_;
  KeyMap<Piece> by_first_, by_last_;
};

// Finds which of several phrase sets occur in a text, each matched its own way, in one
// pass over the text: the claim finder asks five sets about every sentence.
class PhraseScan {
 public:
  // Adds the phrases of `set`, which must outlive the scan; the set's bit in found_in()
  // is 1 << the number of sets added before.
  void add(const PhraseSet& set, PhraseMatch how);
  // The bits of the sets that occur in `s`.
  unsigned found_in(std::string_view s) const;

 private:
  struct Entry {
    std::string_view phrase;
    unsigned bit;
    PhraseMatch how;
  };

  // The bits of `found` and of the sets with a phrase at byte `at`, whose start_key()
  // is `key`; `inside_word` when it follows an ASCII letter.
  unsigned found_at(std::string_view s, std::size_t at, std::size_t key, bool inside_word, unsigned found) const;

  // The phrases by the key of their start (see start_key() in phrases.cpp: the first two
  // bytes of an ASCII phrase in lower case, else the first code point's low 16 bits).
  // Keys may collide: every phrase that may match at a place is listed under its key.
  KeyMap<Entry> by_start_;
  // A quick filter tested at every character before the lookup: whether some phrase is
  // listed under the key; one filter at the start of a word and one inside a word (after
  // an ASCII letter), where only the phrases not bound to a word start can begin.
  std::bitset<1 << 16> may_start_[2];
  // A second filter, for the places that pass the first one: whether some phrase may go
  // on with the two bytes after the first character (by follow_key() in phrases.cpp), or
  // (by the start key) whether a phrase has fewer bytes after it, which passes anything.
  std::bitset<1 << 16> may_follow_;
  std::bitset<1 << 10> short_starts_;
  // Whether a phrase not bound to a word start may begin with an ASCII character: if
  // not, a scan steps over the letters inside a word without looking them up.
  bool ascii_inside_words_ = false;
  unsigned sets_ = 0;
};

}  // namespace newsmark::claims
