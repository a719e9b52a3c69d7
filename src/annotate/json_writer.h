// A small streaming JSON writer for the document: one pass, no intermediate tree, so
// that serialising a big article costs about as much as copying its text. Output is
// compact, UTF-8 (no \u escapes beyond control characters), and the same on every
// platform: numbers with a fraction are formatted by nlohmann/json's shortest
// round-trip algorithm, integers in decimal.
//
// The calls made for every member of every annotation (keys, integers, punctuation) are
// inline here: a document has a few hundred thousand of them, and a call each cost more
// than the bytes they write.
#pragma once

#include <cstddef>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace newsmark {

class JsonWriter {
 public:
  // Where a writer with a sink sends its output, in pieces of about kPieceBytes, so that a
  // big document never sits whole in memory (the CLI streams it to standard output).
  using Sink = std::function<void(std::string_view)>;
  static constexpr std::size_t kPieceBytes = 64 * 1024;

  JsonWriter() = default;
  explicit JsonWriter(Sink sink) : sink_(std::move(sink)) {
    if (sink_) reserve(2 * kPieceBytes);
  }
  bool has_sink() const { return static_cast<bool>(sink_); }

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // Keys are the contract's own plain ASCII names: nothing to check or escape.
  JsonWriter& key(std::string_view name) {
    char* at = room(name.size() + 4);
    if (comma_due_) *at++ = ',';
    *at = '"';
    std::memcpy(at + 1, name.data(), name.size());
    at[name.size() + 1] = '"';
    at[name.size() + 2] = ':';
    end_at(at + name.size() + 3);
    comma_due_ = false;
    return *this;
  }

  JsonWriter& string(std::string_view value);
  // For a string already known to be valid UTF-8 (a checked text's slice): no check.
  JsonWriter& valid_string(std::string_view value);
  JsonWriter& string_or_null(std::string_view value);  // null when empty
  // For the contract's own words ("claim", "company"...): no check, no escape.
  JsonWriter& plain_string(std::string_view word) {
    char* at = value_room(word.size() + 2);
    *at = '"';
    std::memcpy(at + 1, word.data(), word.size());
    at[word.size() + 1] = '"';
    end_at(at + word.size() + 2);
    return *this;
  }
  // The string of a letter then a number, "a12": written as it is, with no string built.
  JsonWriter& numbered_id(char letter, unsigned long long number) {
    char* at = value_room(kMaxDigits + 3);
    *at++ = '"';
    *at++ = letter;
    at = write_decimal(at, number);
    *at++ = '"';
    end_at(at);
    return *this;
  }
  JsonWriter& integer(long long value) {
    char* at = value_room(kMaxDigits + 1);
    if (value < 0) *at++ = '-';
    // The magnitude as unsigned: -LLONG_MIN does not fit a long long.
    const unsigned long long magnitude = value < 0 ? 0 - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    end_at(write_decimal(at, magnitude));
    return *this;
  }
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value) {
    if (value) {
      std::memcpy(value_room(4), "true", 4);
      size_ += 4;
    } else {
      std::memcpy(value_room(5), "false", 5);
      size_ += 5;
    }
    return *this;
  }
  JsonWriter& null() {
    std::memcpy(value_room(4), "null", 4);
    size_ += 4;
    return *this;
  }

  std::string take() {
    out_.resize(size_);
    size_ = 0;
    return std::move(out_);
  }
  void reserve(std::size_t bytes) {
    if (out_.size() < bytes) out_.resize(bytes);
  }
  void flush();  // sends what is left to the sink, if there is one

 private:
  static constexpr std::size_t kMaxDigits = 20;  // of an unsigned long long

  // Digits of `n` written at `at`; returns where they end.
  static char* write_decimal(char* at, unsigned long long n);

  // The output is sent in pieces only where objects, arrays and strings begin, and between
  // escapes: no value between them is long, and the numbers and keys then need no check.
  void send_piece() {
    if (sink_ && size_ >= kPieceBytes) flush();
  }
  JsonWriter& open(char bracket) {
    send_piece();
    *value_room(1) = bracket;
    ++size_;
    comma_due_ = false;
    return *this;
  }
  JsonWriter& close(char bracket) {
    *room(1) = bracket;
    ++size_;
    comma_due_ = true;  // the closed object or array is a value of its parent
    return *this;
  }
  // Room for a value of up to `bytes`, after the comma that separates it from the value
  // before, if one is due (none after a key or an opening bracket). The caller moves size_.
  char* value_room(std::size_t bytes) {
    char* at = room(bytes + 1);
    if (comma_due_) {
      *at++ = ',';
      ++size_;
    }
    comma_due_ = true;
    return at;
  }
  void end_at(const char* end) { size_ = static_cast<std::size_t>(end - out_.data()); }
  void escaped(std::string_view s);
  // Appends go straight into out_'s room: a std::string append per piece of punctuation
  // cost more than the writing.
  char* room(std::size_t bytes) {
    if (out_.size() - size_ < bytes) grow(bytes);
    return &out_[size_];
  }
  void grow(std::size_t bytes);
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    size_ += s.size();
  }

  Sink sink_;
  std::string out_;   // bytes [0, size_) are written, the rest is room
  std::size_t size_ = 0;
  bool comma_due_ = false;  // a value was written at this level: the next one needs a comma
};

}  // namespace newsmark
