// libFuzzer target: the number and amount grammar on arbitrary (repaired) UTF-8 text.
// Spans must lie inside the text, on code point boundaries, in order.
#include <cstddef>
#include <cstdint>
#include <string>

#include "amounts/amounts.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = newsmark::text::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const auto found = newsmark::amounts::find_amounts(text);
  std::size_t previous_start = 0;
  for (const auto& a : found) {
    const bool inside = a.span.start < a.span.end && a.span.end <= text.size() && a.span.start >= previous_start;
    const bool on_boundaries = !newsmark::text::is_continuation(static_cast<unsigned char>(text[a.span.start])) &&
                               (a.span.end == text.size() ||
                                !newsmark::text::is_continuation(static_cast<unsigned char>(text[a.span.end])));
    if (!inside || !on_boundaries) __builtin_trap();
    previous_start = a.span.start;
  }
  return 0;
}
