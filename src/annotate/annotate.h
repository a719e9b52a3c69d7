// Owns the pipeline and the JSON contract: input checks, parse -> extract -> segment ->
// companies, amounts, claims -> document, and the document's JSON serialisation.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/document.h"
#include "annotate/json_writer.h"

namespace newsmark {

constexpr int kJsonVersion = 1;
constexpr std::size_t kMaxInputBytes = 64u << 20;  // 64 MiB

// Runs two independent pieces of work and returns when both are done. The pipeline hands
// it the stages that do not read each other's results; a shell with threads (the CLI) runs
// them on two cores, the default runs them one after the other. The result is the same.
using RunBoth = void (*)(const std::function<void()>& first, const std::function<void()>& second);

struct Options {
  bool plain_text = false;             // input is text, not HTML: no article extraction
  std::vector<std::string> watchlist;  // extra company names to highlight
  RunBoth run_both = nullptr;          // null: one after the other
};

// Thrown for input the pipeline refuses (over kMaxInputBytes). The message names the limit.
class InputRejected : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Document annotate(std::string_view input, const Options& options = {});

// The document as one line of JSON (version 1). `id`, when given, is written first.
std::string to_json(const Document& document, const std::string* id = nullptr);
// The same JSON sent to `sink` in pieces, never whole in memory.
void write_json(const Document& document, const JsonWriter::Sink& sink, const std::string* id = nullptr);

// The JSON error object for input that could not be annotated.
std::string error_json(const std::string& message, const std::string* id = nullptr);

}  // namespace newsmark
