#include "annotate/json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "text/bytes.h"
#include "text/utf8.h"

namespace newsmark {
namespace {

// Flags exactly the bytes of `word` that a JSON string cannot hold as they are: control
// characters, '"' and '\\'. Each byte is tested on its own seven low bits (no borrow or
// carry crosses into the next byte), so every flag is exact, not only the lowest: the
// last word of a string may be read overlapping bytes already written.
std::uint64_t escape_flags(std::uint64_t word) {
  constexpr std::uint64_t kLowBits = ~text::kHighBits;
  const std::uint64_t low = word & kLowBits;
  const auto equal = [&](unsigned char b) {  // bit 7 set where the byte is b (below 0x80)
    const std::uint64_t diff = low ^ (text::kEveryByte * b);
    return ~((diff + kLowBits) | diff);
  };
  const std::uint64_t at_least_0x20 = low + text::kEveryByte * (0x80 - 0x20);
  return (~at_least_0x20 | equal('"') | equal('\\')) & ~word & text::kHighBits;
}

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Index of the first byte of s[from..] that needs an escape, or s.size(). Eight bytes
// at a time; the last partial word is the word that ends the string, its bytes before
// `from` masked off.
std::size_t first_to_escape(std::string_view s, std::size_t from) {
  if (s.size() < 8) {
    while (from < s.size() && !needs_escape(static_cast<unsigned char>(s[from]))) ++from;
    return from;
  }
  for (; from + 8 <= s.size(); from += 8)
    if (const std::uint64_t flags = escape_flags(text::load<std::uint64_t>(s.data() + from)))
      return from + (__builtin_ctzll(flags) >> 3);
  if (from == s.size()) return from;
  const std::size_t already_read = 8 - (s.size() - from);
  const std::uint64_t flags = escape_flags(text::load<std::uint64_t>(s.data() + s.size() - 8)) >> (8 * already_read);
  return flags ? from + (__builtin_ctzll(flags) >> 3) : s.size();
}

// Whether every byte of `s` is printable ASCII other than '"' and '\\': valid UTF-8 that
// needs no escape, as names, entity ids and currency codes are. Eight bytes at a time, the
// last word overlapping the one before.
bool is_plain_ascii(std::string_view s) {
  if (s.size() < 8) {
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80 || needs_escape(c)) return false;
    }
    return true;
  }
  const auto plain = [](std::uint64_t word) { return (escape_flags(word) | (word & text::kHighBits)) == 0; };
  for (std::size_t i = 0; i + 8 < s.size(); i += 8)
    if (!plain(text::load<std::uint64_t>(s.data() + i))) return false;
  return plain(text::load<std::uint64_t>(s.data() + s.size() - 8));
}

// The number of decimal digits of n: from its bit length, which leaves two candidates.
std::size_t decimal_length(unsigned long long n) {
  static constexpr unsigned long long kPowersOf10[] = {0,  // so that 0 has one digit
                                                        10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
                                                        100000000ull, 1000000000ull, 10000000000ull, 100000000000ull,
                                                        1000000000000ull, 10000000000000ull, 100000000000000ull,
                                                        1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
                                                        1000000000000000000ull, 10000000000000000000ull};
  const int bits = 64 - __builtin_clzll(n | 1);
  const int at_most = bits * 1233 >> 12;  // 1233 / 4096: just above log10(2)
  return static_cast<std::size_t>(at_most + 1 - (n < kPowersOf10[at_most]));
}

}  // namespace

char* JsonWriter::write_decimal(char* at, unsigned long long n) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  char* const end = at + decimal_length(n);
  char* digit = end;
  // Two digits per division, from the last.
  for (; n >= 100; n /= 100) {
    digit -= 2;
    std::memcpy(digit, kPairs + n % 100 * 2, 2);
  }
  if (n >= 10) std::memcpy(digit - 2, kPairs + n * 2, 2);
  else digit[-1] = static_cast<char>('0' + n);
  return end;
}

void JsonWriter::grow(std::size_t bytes) { out_.resize(std::max({2 * out_.size(), size_ + bytes, std::size_t{256}})); }

void JsonWriter::flush() {
  if (!sink_ || size_ == 0) return;
  sink_(std::string_view(out_.data(), size_));
  size_ = 0;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  // Most short strings (names, ids, codes) are plain ASCII: one cheap test instead of the
  // UTF-8 check and the escape scan.
  if (is_plain_ascii(value)) {
    send_piece();
    return plain_string(value);
  }
  // Every string of a document comes from repaired input or the data tables, so this
  // only guards against a stage that cut a code point in half.
  if (text::is_valid_utf8(value)) escaped(value);
  else escaped(text::repair_utf8(value));
  return *this;
}

JsonWriter& JsonWriter::valid_string(std::string_view value) {
  escaped(value);
  return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view value) { return value.empty() ? null() : string(value); }

JsonWriter& JsonWriter::number(double value) {
  if (!std::isfinite(value)) return null();
  // What nlohmann::json(value).dump() writes (shortest round trip, "1.0" for whole
  // numbers), without building a json value and a string for each number.
  constexpr std::size_t kMaxChars = 64;
  char* at = value_room(kMaxChars);
  end_at(nlohmann::detail::to_chars(at, at + kMaxChars, value));
  return *this;
}

void JsonWriter::escaped(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  send_piece();
  *value_room(1) = '"';
  ++size_;
  // Escapes are rare in text: the runs between them are copied whole.
  for (std::size_t run = 0;;) {
    const std::size_t at = first_to_escape(s, run);
    put(s.substr(run, at - run));
    if (at == s.size()) break;
    send_piece();
    run = at + 1;
    const unsigned char c = static_cast<unsigned char>(s[at]);
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\b': put("\\b"); break;
      case '\f': put("\\f"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      default: {
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        put(std::string_view(escape, sizeof escape));
      }
    }
  }
  put('"');
}

}  // namespace newsmark
