// The WASM module's C interface. The caller copies UTF-8 input into module memory,
// calls nm_annotate and reads back a NUL-terminated JSON string it must nm_free.
// Every C++ exception is turned into an error document here: none crosses into JS.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "annotate/annotate.h"
#include "companies/companies.h"
#include "extract/extract.h"
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

// For the benchmark only: gumbo's own parse of the input, nothing else (no pre-pass,
// hence no guard against deep nesting), the floor a gumbo-based annotator starts from;
// with `prepared` set, newsmark's parse stage instead (pre-pass, then gumbo).
EMSCRIPTEN_KEEPALIVE int nm_parse_only(const char* input, std::size_t length, int prepared) {
  if (prepared) {
    const newsmark::html::ParsedHtml page(std::string_view(input, length), &newsmark::extract::attributes_read());
    return page.root() != nullptr;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // as newsmark parses: errors are not collected
  GumboOutput* output = gumbo_parse_with_options(&options, input, length);
  const int parsed = output->root != nullptr;
  gumbo_destroy_output(&options, output);
  return parsed;
}

// Builds the company tables that the first nm_annotate would otherwise build: the page's
// worker calls it once the module is ready, before the reader has pasted anything.
EMSCRIPTEN_KEEPALIVE void nm_load_tables() { newsmark::companies::load_tables(); }

EMSCRIPTEN_KEEPALIVE void nm_free(char* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* nm_version() { return "newsmark 0.1.0, JSON version 1"; }

}  // extern "C"
