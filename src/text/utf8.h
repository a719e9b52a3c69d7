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

// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos`.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// Decodes the code point ending just before `pos` and moves `pos` back to its start.
char32_t previous_code_point(std::string_view s, std::size_t& pos);

void append_utf8(std::string& out, char32_t cp);

// Number of UTF-16 code units that the UTF-8 sequence led by byte `lead` encodes.
inline int utf16_units_of_lead(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Converts byte offsets of a valid UTF-8 text to UTF-16 offsets in O(1) amortised per
// lookup: it keeps a checkpoint every 64 bytes and scans forward from the nearest one.
class Utf16Map {
 public:
  explicit Utf16Map(std::string_view text);
  std::size_t to_utf16(std::size_t byte_offset) const;

 private:
  static constexpr std::size_t kStride = 64;
  std::string_view text_;
  std::vector<std::size_t> checkpoints_;
};

bool is_hangul(char32_t cp);
bool is_han(char32_t cp);
bool is_kana(char32_t cp);
bool is_latin_letter(char32_t cp);

}  // namespace newsmark::text
