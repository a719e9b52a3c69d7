#include "annotate/json_writer.h"

#include <charconv>
#include <cstdint>
#include <iterator>

#include <nlohmann/json.hpp>

#include "text/bytes.h"
#include "text/utf8.h"

namespace newsmark {
namespace {

// Whether any of the eight bytes in `word` is a control character, '"' or '\\'.
bool needs_escape(std::uint64_t word) {
  return (text::bytes_below(word, 0x20) | text::bytes_equal(word, '"') | text::bytes_equal(word, '\\')) != 0;
}

}  // namespace

void JsonWriter::flush() {
  if (!sink_ || out_.empty()) return;
  sink_(out_);
  out_.clear();
}

void JsonWriter::before_value() {
  send_piece();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = 1;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  has_items_.pop_back();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  has_items_.pop_back();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  // Keys are the contract's own plain ASCII names: nothing to escape.
  before_value();
  out_ += '"';
  out_.append(name.data(), name.size());
  out_ += '"';
  out_ += ':';
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
  char digits[24];
  const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
  out_.append(digits, written.ptr);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  before_value();
  out_ += nlohmann::json(value).dump();
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

void JsonWriter::escaped(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t run = 0;  // start of the current run of bytes that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Skip eight bytes at a time while none of them needs an escape (text is long, and
    // escapes are rare in it).
    while (i + 8 <= s.size()) {
      if (needs_escape(text::load<std::uint64_t>(s.data() + i))) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.data() + run, i - run);
    send_piece();
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

}  // namespace newsmark
