// Owns the byte-level primitives of the claim rules' hot loops, inline: the comparison of
// short byte strings and the search for a digit. The rules compare many
// words with short phrases; calls to memcmp and byte loops that mispredict their exit
// cost more there than the work they do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/bytes.h"

namespace newsmark::claims {

inline bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

// Whether the `n` bytes at `a` and `b` are the same. Compared in words that may overlap,
// with one branch per eight bytes: a byte loop mispredicts its exit on every phrase.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    for (std::size_t k = 0; k + 8 < n; k += 8)
      if (text::load<std::uint64_t>(a + k) != text::load<std::uint64_t>(b + k)) return false;
    return text::load<std::uint64_t>(a + n - 8) == text::load<std::uint64_t>(b + n - 8);
  }
  if (n >= 4)
    return text::load<std::uint32_t>(a) == text::load<std::uint32_t>(b) &&
           text::load<std::uint32_t>(a + n - 4) == text::load<std::uint32_t>(b + n - 4);
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// Whether `s` holds `part` from byte `at` on.
inline bool holds_at(std::string_view s, std::size_t at, std::string_view part) {
  return at <= s.size() && s.size() - at >= part.size() && same_bytes(s.data() + at, part.data(), part.size());
}

inline bool is_ascii_letter(char32_t c) { return (c | 0x20) - U'a' < 26; }

// Whether `s` holds an ASCII digit. Eight bytes at a time: each byte's low seven bits
// are compared with '0' and '9' + 1 by additions that cannot carry into the next byte.
inline bool has_ascii_digit(std::string_view s) {
  using text::kEveryByte, text::kHighBits;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t w = text::load<std::uint64_t>(s.data() + i);
    const std::uint64_t seven_bits = w & ~kHighBits;
    const std::uint64_t from_0 = (seven_bits + kEveryByte * (0x80 - '0')) & kHighBits;
    const std::uint64_t past_9 = (seven_bits + kEveryByte * (0x80 - '9' - 1)) & kHighBits;
    if (from_0 & ~past_9 & ~w) return true;
  }
  for (; i < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && holds_at(s, s.size() - suffix.size(), suffix);
}

}  // namespace newsmark::claims
