// The WASM module's C interface. The caller copies UTF-8 input into module memory,
// calls nm_annotate and reads back a NUL-terminated JSON string it must nm_free.
// Every C++ exception is turned into an error document here: none crosses into JS.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "annotate/annotate.h"
#include "html/parse.h"

namespace {

char* to_c_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

constexpr int kFlagPlainText = 1;

}  // namespace

extern "C" {

// flags: 1 = plain text. Returns the document's JSON (as the CLI prints it, without
// the trailing newline), or an error object {"version":1,"error":"..."}.
EMSCRIPTEN_KEEPALIVE char* nm_annotate(const char* input, std::size_t length, int flags) {
  try {
    newsmark::Options options;
    options.plain_text = (flags & kFlagPlainText) != 0;
    return to_c_string(newsmark::to_json(newsmark::annotate(std::string_view(input, length), options)));
  } catch (const std::exception& e) {
    return to_c_string(newsmark::error_json(e.what()));
  }
}

// Parses with gumbo only (the same guards as nm_annotate): the floor the benchmark compares to.
EMSCRIPTEN_KEEPALIVE int nm_parse_only(const char* input, std::size_t length) {
  const newsmark::html::ParsedHtml page(std::string_view(input, length));
  return page.root() != nullptr;
}

EMSCRIPTEN_KEEPALIVE void nm_free(char* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* nm_version() { return "newsmark 0.1.0, JSON version 1"; }

}  // extern "C"
