// Owns the eight-bytes-at-a-time tests that the scanning loops of every stage share:
// loading an unaligned word, flagging the bytes in it that are below a value or equal
// to one, counting the flags, and runs of ASCII letters. Each flag is bit 7 of its byte; the lowest byte of a word is the first in the
// text (little-endian x86 and WebAssembly), so __builtin_ctzll(flags) >> 3 is its index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsmark::text {

constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = kEveryByte * 0x80;

// The bytes at `p`, which need no alignment, as an unsigned integer.
template <typename Int>
Int load(const char* p) {
  Int n;
  std::memcpy(&n, p, sizeof n);
  return n;
}

// Flags the bytes of `word` below `n` (n at most 0x80). A borrow only runs upwards from a
// flagged byte, so the result is zero exactly when no byte is below `n`, and its lowest
// flag is exact.
inline std::uint64_t bytes_below(std::uint64_t word, unsigned n) { return (word - kEveryByte * n) & ~word & kHighBits; }

// Flags the bytes of `word` equal to `b` (the same guarantees as bytes_below).
inline std::uint64_t bytes_equal(std::uint64_t word, unsigned char b) { return bytes_below(word ^ (kEveryByte * b), 1); }

// How many bytes of `marks` have bit 7 set (all other bits clear): the bits are moved to
// bit 0 and summed into the top byte by one multiplication.
inline std::size_t count_marked_bytes(std::uint64_t marks) { return static_cast<std::size_t>(((marks >> 7) * kEveryByte) >> 56); }

// The length of the run of ASCII letters from byte `pos` of `s` on. Eight bytes at a time,
// with a mask of those that are not letters: a byte loop mispredicts its exit at the end
// of every word.
inline std::size_t ascii_letters_from(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  for (; pos + n + 8 <= s.size(); n += 8) {
    const std::uint64_t w = load<std::uint64_t>(s.data() + pos + n) | kEveryByte * 0x20;  // letters in lower case
    const std::uint64_t seven_bits = w & ~kHighBits;  // adding below cannot carry into the next byte
    const std::uint64_t from_a = (seven_bits + kEveryByte * (0x80 - 'a')) & kHighBits;
    const std::uint64_t past_z = (seven_bits + kEveryByte * (0x80 - 'z' - 1)) & kHighBits;
    const std::uint64_t not_letters = ~(from_a & ~past_z & ~w) & kHighBits;
    if (not_letters) return n + (__builtin_ctzll(not_letters) >> 3);
  }
  while (pos + n < s.size() && static_cast<unsigned>((static_cast<unsigned char>(s[pos + n]) | 0x20) - 'a') < 26u) ++n;
  return n;
}

}  // namespace newsmark::text
