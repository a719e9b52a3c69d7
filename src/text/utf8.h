// UTF-8 handling shared by every stage: repairing invalid input, decoding code points,
// and mapping byte offsets to the UTF-16 offsets that the JSON contract uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::text {

// Replaces every invalid UTF-8 sequence with U+FFFD and every NUL with U+FFFD.
// Returns how many replacements were made through `replaced`.
std::string repair_utf8(std::string_view input, std::size_t* replaced = nullptr);

// Whether `s` is valid UTF-8 with no NUL byte (what repair_utf8 returns unchanged).
bool is_valid_utf8(std::string_view s);

void append_utf8(std::string& out, char32_t cp);

// Number of UTF-16 code units that the UTF-8 sequence led by byte `lead` encodes.
inline int utf16_units_of_lead(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos` (a sequence
// cut short by the end of `s` yields what it has). Inline: every stage's inner loops
// step through text with it.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto payload = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k]) & 0x3F); };
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (0x7F >> n);
  if (pos + n > s.size()) {
    for (std::size_t k = pos + 1; k < s.size(); ++k) cp = (cp << 6) | payload(k);
    pos = s.size();
    return cp;
  }
  if (n == 2) cp = (cp << 6) | payload(pos + 1);
  else if (n == 3) cp = (cp << 12) | (payload(pos + 1) << 6) | payload(pos + 2);
  else cp = (cp << 18) | (payload(pos + 1) << 12) | (payload(pos + 2) << 6) | payload(pos + 3);
  pos += n;
  return cp;
}

// Decodes the code point ending just before `pos` and moves `pos` back to its start.
inline char32_t previous_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  // A three-byte character (Hangul) first, without the loop below.
  if (pos >= 3 && (byte(pos - 3) & 0xF0) == 0xE0 && is_continuation(byte(pos - 2)) && is_continuation(byte(pos - 1))) {
    pos -= 3;
    return (byte(pos) & 0x0F) << 12 | (byte(pos + 1) & 0x3F) << 6 | (byte(pos + 2) & 0x3F);
  }
  std::size_t start = pos - 1;
  while (start > 0 && is_continuation(byte(start))) --start;
  std::size_t cursor = start;
  const char32_t cp = next_code_point(s, cursor);
  pos = start;
  return cp;
}

// Converts byte offsets of a valid UTF-8 text to UTF-16 offsets. It keeps the units
// before every eight-byte word, so that a lookup counts at most one word: the JSON of a
// big article looks up a hundred thousand offsets. To take a quarter of a byte per byte
// of text, the count is kept in two parts: before each 64-byte block, and from the
// block's start to each of its words (at most 56, a byte).
class Utf16Map {
 public:
  explicit Utf16Map(std::string_view text);
  std::size_t to_utf16(std::size_t byte_offset) const;

 private:
  static constexpr std::size_t kWordsPerBlock = 8;
  std::string_view text_;
  std::vector<std::size_t> block_units_;  // units before each block
  std::vector<std::uint8_t> word_units_;  // units from its block's start to each word
};

bool is_hangul(char32_t cp);
bool is_han(char32_t cp);
bool is_kana(char32_t cp);
bool is_latin_letter(char32_t cp);

}  // namespace newsmark::text
