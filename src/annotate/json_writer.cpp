#include "annotate/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>

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

}  // namespace

void JsonWriter::grow(std::size_t bytes) { out_.resize(std::max({2 * out_.size(), size_ + bytes, std::size_t{256}})); }

void JsonWriter::put(std::string_view s) {
  std::memcpy(room(s.size()), s.data(), s.size());
  size_ += s.size();
}

void JsonWriter::flush() {
  if (!sink_ || size_ == 0) return;
  sink_(std::string_view(out_.data(), size_));
  size_ = 0;
}

void JsonWriter::before_value() {
  send_piece();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) put(',');
    has_items_.back() = 1;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  has_items_.pop_back();
  put('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  has_items_.pop_back();
  put(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  // Keys are the contract's own plain ASCII names: nothing to escape.
  before_value();
  char* at = room(name.size() + 3);
  *at = '"';
  std::memcpy(at + 1, name.data(), name.size());
  at[name.size() + 1] = '"';
  at[name.size() + 2] = ':';
  size_ += name.size() + 3;
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  before_value();
  // Every string of a document comes from repaired input or the data tables, so this
  // only guards against a stage that cut a code point in half.
  if (text::is_valid_utf8(value)) escaped(value);
  else escaped(text::repair_utf8(value));
  return *this;
}

JsonWriter& JsonWriter::valid_string(std::string_view value) {
  before_value();
  escaped(value);
  return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view value) { return value.empty() ? null() : string(value); }

JsonWriter& JsonWriter::integer(long long value) {
  before_value();
  constexpr std::size_t kMaxDigits = 20;  // and a sign
  char* at = room(kMaxDigits + 1);
  size_ += static_cast<std::size_t>(std::to_chars(at, at + kMaxDigits + 1, value).ptr - at);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    put("null");
    return *this;
  }
  // What nlohmann::json(value).dump() writes (shortest round trip, "1.0" for whole
  // numbers), without building a json value and a string for each number.
  char digits[64];
  put(std::string_view(digits, static_cast<std::size_t>(nlohmann::detail::to_chars(std::begin(digits), std::end(digits), value) - digits)));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  put(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null");
  return *this;
}

void JsonWriter::escaped(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  put('"');
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
