// Owns the text primitives the amount grammar reads with: code points around a byte
// offset, horizontal spaces, word boundaries and case-folded comparison of ASCII letters.
// Every offset is a UTF-8 byte offset into the text being read.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsmark::amounts::scan {

// The code point starting at `pos` (0 past the end); `next` receives the offset after it.
// Inline: the recogniser calls it for every character of the text.
inline char32_t at(std::string_view s, std::size_t pos, std::size_t* next = nullptr) {
  if (pos >= s.size()) {
    if (next) *next = s.size();
    return 0;
  }
  const unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) {
    if (next) *next = pos + 1;
    return lead;
  }
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  char32_t c = lead & (0x7F >> length);
  std::size_t p = pos + 1;
  for (; p < pos + length && p < s.size(); ++p) c = (c << 6) | (static_cast<unsigned char>(s[p]) & 0x3F);
  if (next) *next = p;
  return c;
}

// The code point ending just before `pos` (0 at the start); `start` receives its offset.
char32_t before(std::string_view s, std::size_t pos, std::size_t* start = nullptr);

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
inline bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// Spaces that may sit inside an amount: never a line break, which ends a block.
bool is_hspace(char32_t c);

// A letter or digit of any script: what a word boundary must not have on its far side.
bool is_word_char(char32_t c);

// The offset after any horizontal spaces from `pos`.
std::size_t skip_spaces(std::string_view s, std::size_t pos);

// Whether `from`..`to` is empty or one horizontal space (a no-break space counts).
bool one_space_at_most(std::string_view s, std::size_t from, std::size_t to);

// The offset before any horizontal spaces that end at `pos`.
std::size_t skip_spaces_back(std::string_view s, std::size_t pos);

// Whether `word` is written at `pos`; ASCII letters compare case-folded when `fold_case`.
inline bool written_at(std::string_view s, std::size_t pos, std::string_view word, bool fold_case = true) {
  if (pos > s.size() || s.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char a = s[pos + i], b = word[i];
    if (a != b && !(fold_case && fold(a) == fold(b))) return false;
  }
  return true;
}

// The end of the run of ASCII letters starting at `pos`.
std::size_t ascii_word_end(std::string_view s, std::size_t pos);

// The Hangul syllable starting at `pos`, or 0 for any other character. Decodes the three
// bytes of a syllable without at()'s loop: the recogniser steps through every Korean word.
inline char32_t hangul_at(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size() || (static_cast<unsigned char>(s[pos]) & 0xF0) != 0xE0) return 0;
  const auto bits = [&](std::size_t k, unsigned mask) { return static_cast<char32_t>(static_cast<unsigned char>(s[k]) & mask); };
  const char32_t c = bits(pos, 0x0F) << 12 | bits(pos + 1, 0x3F) << 6 | bits(pos + 2, 0x3F);
  return is_hangul_syllable(c) ? c : 0;
}

// The end of the run of Hangul syllables starting at `pos`.
inline std::size_t hangul_run_end(std::string_view s, std::size_t pos) {
  while (hangul_at(s, pos)) pos += 3;
  return pos;
}

}  // namespace newsmark::amounts::scan
