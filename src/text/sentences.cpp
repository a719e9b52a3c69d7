#include "text/sentences.h"

namespace newsmark::text {

std::vector<Span> split_sentences(std::string_view text, const std::vector<Block>& blocks) {
  std::vector<Span> out;
  for (const Block& block : blocks) {
    std::size_t start = block.span.start;
    for (std::size_t i = block.span.start; i < block.span.end; ++i) {
      const char c = text[i];
      const bool at_end = i + 1 == block.span.end;
      if (at_end || ((c == '.' || c == '?' || c == '!') && text[i + 1] == ' ')) {
        out.push_back({start, i + 1});
        start = i + 2;
      }
    }
  }
  return out;
}

}  // namespace newsmark::text
