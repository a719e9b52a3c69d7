// libFuzzer target: the whole pipeline, HTML and plain-text modes, on arbitrary bytes.
// Every output must serialise; annotate() may only throw InputRejected.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotate/annotate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  newsmark::Options options;
  options.plain_text = (data[0] & 1) != 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string json = newsmark::to_json(newsmark::annotate(input, options));
  if (json.empty() || json.front() != '{') __builtin_trap();
  return 0;
}
