#include "text/utf8.h"

#include "text/bytes.h"

namespace newsmark::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the valid sequence starting at s[i], or 0 if it is invalid (overlong,
// surrogate, out of range or truncated), following the Unicode "maximal subpart" rules.
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c >= 0x01 && c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (!is_continuation(b(i + k))) return 0;
  return n;
}

// How many bytes an invalid sequence at s[i] swallows: the lead byte plus the
// continuation bytes that could still have completed it.
std::size_t invalid_sequence_length(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const std::size_t want = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
  while (k < s.size() && k < i + want && is_continuation(static_cast<unsigned char>(s[k]))) ++k;
  return k - i;
}

// A three-byte sequence led by E1..EC or EE..EF, whose second byte has no narrower range
// to check than any continuation byte (E0 and ED do: overlongs and surrogates).
bool is_plain_three_byte_sequence(std::string_view s, std::size_t i) {
  if (i + 3 > s.size()) return false;
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && is_continuation(static_cast<unsigned char>(s[i + 1])) &&
         is_continuation(static_cast<unsigned char>(s[i + 2]));
}

// Length of the longest valid prefix of s[from..]. After an ASCII byte more ASCII is
// likely (markup, English, the spaces of Korean): it is skipped eight bytes at a time.
std::size_t valid_run_length(std::string_view s, std::size_t from) {
  std::size_t i = from;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x01 && c < 0x80) {
      ++i;
      while (i + 8 <= s.size()) {
        const std::uint64_t word = load<std::uint64_t>(s.data() + i);
        if ((word & kHighBits) != 0 || bytes_equal(word, 0) != 0) break;
        i += 8;
      }
      continue;
    }
    if (is_plain_three_byte_sequence(s, i)) {  // Hangul and most CJK: the common case
      i += 3;
      continue;
    }
    const std::size_t n = valid_sequence_length(s, i);
    if (!n) break;
    i += n;
  }
  return i - from;
}

}  // namespace

std::string repair_utf8(std::string_view input, std::size_t* replaced) {
  std::string out;
  out.reserve(input.size());
  std::size_t count = 0;
  for (std::size_t i = 0; i < input.size();) {
    const std::size_t run = valid_run_length(input, i);
    out.append(input.data() + i, run);
    i += run;
    if (i < input.size()) {
      append_utf8(out, kReplacement);
      ++count;
      i += invalid_sequence_length(input, i);
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool is_valid_utf8(std::string_view s) { return valid_run_length(s, 0) == s.size(); }

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// UTF-16 code units encoded by the UTF-8 bytes of `word` (all eight counted; a zero byte
// counts as one): one per byte that is not a continuation byte, plus one more for each
// four-byte lead.
std::size_t utf16_units_in_word(std::uint64_t word) {
  // Per byte, bit 7 of: a continuation byte (10xxxxxx), a four-byte lead (11110xxx).
  const std::uint64_t continuation = word & ~(word << 1) & kHighBits;
  const std::uint64_t four_byte_lead = word & (word << 1) & (word << 2) & (word << 3) & kHighBits;
  return 8 - count_marked_bytes(continuation) + count_marked_bytes(four_byte_lead);
}

// UTF-16 code units encoded by the UTF-8 bytes [from, to) of `text`: whole words, then
// the last few bytes as the top of the word that ends at `to`, the bytes before them
// shifted out (zero bytes in their place count one each, and are taken off).
std::size_t utf16_units_in(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t units = 0;
  std::size_t i = from;
  for (; i + 8 <= to; i += 8) units += utf16_units_in_word(load<std::uint64_t>(text.data() + i));
  const std::size_t left = to - i;
  if (left == 0) return units;
  if (to >= 8) return units + utf16_units_in_word(load<std::uint64_t>(text.data() + to - 8) >> (8 * (8 - left))) - (8 - left);
  for (; i < to; ++i) {  // a text shorter than a word
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!is_continuation(c)) units += utf16_units_of_lead(c);
  }
  return units;
}

}  // namespace

Utf16Map::Utf16Map(std::string_view text) : text_(text) {
  // A checkpoint at every stride boundary up to and including text.size().
  checkpoints_.reserve(text.size() / kStride + 2);
  std::size_t units = 0;
  for (std::size_t at = 0;; at += kStride) {
    checkpoints_.push_back(units);
    if (at + kStride > text.size()) break;
    units += utf16_units_in(text, at, at + kStride);
  }
}

std::size_t Utf16Map::to_utf16(std::size_t byte_offset) {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  // Count from whichever known point is nearest: the checkpoint before the offset, or the
  // last offset looked up, forwards or backwards (an annotation's end, then the start of
  // the next one or of a part of it).
  const std::size_t block_start = byte_offset / kStride * kStride;
  std::size_t units;
  if (last_byte_ >= block_start && last_byte_ <= byte_offset) {
    units = last_units_ + utf16_units_in(text_, last_byte_, byte_offset);
  } else if (last_byte_ > byte_offset && last_byte_ - byte_offset < byte_offset - block_start) {
    units = last_units_ - utf16_units_in(text_, byte_offset, last_byte_);
  } else {
    units = checkpoints_[block_start / kStride] + utf16_units_in(text_, block_start, byte_offset);
  }
  last_byte_ = byte_offset;
  last_units_ = units;
  return units;
}

bool is_hangul(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
}
bool is_han(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }
bool is_kana(char32_t cp) { return cp >= 0x3040 && cp <= 0x30FF; }
bool is_latin_letter(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

}  // namespace newsmark::text
