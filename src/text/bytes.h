// Owns the eight-bytes-at-a-time tests that the scanning loops of every stage share:
// loading an unaligned word and flagging the bytes in it that are below a value or equal
// to one. Each flag is bit 7 of its byte; the lowest byte of a word is the first in the
// text (little-endian x86 and WebAssembly), so __builtin_ctzll(flags) >> 3 is its index.
#pragma once

#include <cstdint>
#include <cstring>

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

}  // namespace newsmark::text
