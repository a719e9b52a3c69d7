// A small streaming JSON writer for the document: one pass, no intermediate tree, so
// that serialising a big article costs about as much as copying its text. Output is
// compact, UTF-8 (no \u escapes beyond control characters), and the same on every
// platform: numbers with a fraction are formatted by nlohmann/json's shortest
// round-trip algorithm, integers in decimal.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view value);
  // For a string already known to be valid UTF-8 (a checked text's slice): no check.
  JsonWriter& valid_string(std::string_view value);
  JsonWriter& string_or_null(std::string_view value);  // null when empty
  JsonWriter& integer(long long value);
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

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
  void before_value();
  void escaped(std::string_view s);
  void send_piece() {
    if (sink_ && size_ >= kPieceBytes) flush();
  }
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
  void put(std::string_view s);

  Sink sink_;
  std::string out_;   // bytes [0, size_) are written, the rest is room
  std::size_t size_ = 0;
  std::vector<char> has_items_;  // one per open object/array: whether a comma is due
  bool after_key_ = false;
};

}  // namespace newsmark
