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

namespace {

// Validity as a finite automaton over bytes, its transitions packed so that a step is a
// table load and a shift: the state is the bit offset, in the row of the byte read, of
// the six bits that hold the next state (a "shift-based DFA"). A byte costs three
// instructions, a Hangul syllable about nine instead of thirty for the sequence checks
// of valid_run_length, whose lengths only repair needs.
namespace dfa {

enum State : std::uint64_t {
  kAccept = 0,      // between code points
  kError = 6,       // for good
  kNeed1 = 12,      // one continuation byte (80..BF) to go
  kNeed2 = 18,      // two
  kNeed3 = 24,      // three
  kAfterE0 = 30,    // then A0..BF (no overlong), then one
  kAfterED = 36,    // then 80..9F (no surrogate), then one
  kAfterF0 = 42,    // then 90..BF (no overlong), then two
  kAfterF4 = 48,    // then 80..8F (not above U+10FFFF), then two
};

// The row of byte b: the next state of each state, kError where none is named below.
constexpr std::uint64_t row(unsigned b) {
  State next[9] = {kError, kError, kError, kError, kError, kError, kError, kError, kError};  // indexed by state / 6
  const auto set = [&next](State from, State n) { next[from / 6] = n; };
  if (b >= 0x01 && b <= 0x7F) set(kAccept, kAccept);
  if (b >= 0x80 && b <= 0xBF) {
    set(kNeed1, kAccept);
    set(kNeed2, kNeed1);
    set(kNeed3, kNeed2);
    if (b >= 0xA0) set(kAfterE0, kNeed1);
    if (b <= 0x9F) set(kAfterED, kNeed1);
    if (b >= 0x90) set(kAfterF0, kNeed2);
    if (b <= 0x8F) set(kAfterF4, kNeed2);
  }
  if (b >= 0xC2 && b <= 0xDF) set(kAccept, kNeed1);
  if (b >= 0xE0 && b <= 0xEF) set(kAccept, b == 0xE0 ? kAfterE0 : b == 0xED ? kAfterED : kNeed2);
  if (b >= 0xF0 && b <= 0xF4) set(kAccept, b == 0xF0 ? kAfterF0 : b == 0xF4 ? kAfterF4 : kNeed3);
  std::uint64_t bits = 0;
  for (unsigned state = 0; state < 9; ++state) bits |= static_cast<std::uint64_t>(next[state]) << (6 * state);
  return bits;
}

struct Table {
  std::uint64_t rows[256];
};
constexpr Table table() {
  Table t{};
  for (unsigned b = 0; b < 256; ++b) t.rows[b] = row(b);
  return t;
}
constexpr Table kTable = table();

inline std::uint64_t step(std::uint64_t state, char byte) { return kTable.rows[static_cast<unsigned char>(byte)] >> (state & 63); }

}  // namespace dfa
}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::uint64_t state = dfa::kAccept;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const std::uint64_t word = load<std::uint64_t>(s.data() + i);
    // Eight ASCII bytes between code points, none of them NUL: nothing to step through.
    if ((state & 63) == dfa::kAccept && (word & kHighBits) == 0 && bytes_equal(word, 0) == 0) continue;
    for (std::size_t k = 0; k < 8; ++k) state = dfa::step(state, s[i + k]);
  }
  for (; i < s.size(); ++i) state = dfa::step(state, s[i]);
  return (state & 63) == dfa::kAccept;
}

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

// UTF-16 code units encoded by the UTF-8 bytes [from, to) of `text`, fewer than eight:
// the top of the word that ends at `to`, the bytes before them shifted out (zero bytes
// in their place count one each, and are taken off).
std::size_t utf16_units_in_part_of_word(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t count = to - from;
  if (count == 0) return 0;
  if (to >= 8) return utf16_units_in_word(load<std::uint64_t>(text.data() + to - 8) >> (8 * (8 - count))) - (8 - count);
  std::size_t units = 0;
  for (std::size_t i = from; i < to; ++i) {  // a text shorter than a word
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!is_continuation(c)) units += utf16_units_of_lead(c);
  }
  return units;
}

}  // namespace

Utf16Map::Utf16Map(std::string_view text)
    // An entry for every word up to and including the one that holds text.size().
    : text_(text), block_units_(text.size() / 8 / kWordsPerBlock + 1), word_units_(text.size() / 8 + 1) {
  std::size_t units = 0;
  for (std::size_t word = 0;; ++word) {
    if (word % kWordsPerBlock == 0) block_units_[word / kWordsPerBlock] = units;
    word_units_[word] = static_cast<std::uint8_t>(units - block_units_[word / kWordsPerBlock]);
    if (word + 1 == word_units_.size()) break;
    units += utf16_units_in_word(load<std::uint64_t>(text.data() + 8 * word));
  }
}

std::size_t Utf16Map::to_utf16(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const std::size_t word = byte_offset / 8;
  return block_units_[word / kWordsPerBlock] + word_units_[word] + utf16_units_in_part_of_word(text_, 8 * word, byte_offset);
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
