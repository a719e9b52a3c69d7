// Owns the assembly of the article text: blocks appended in reading order, white space
// collapsed, empty blocks dropped, blocks joined by a blank line.
#pragma once

#include <string>
#include <string_view>

#include "annotate/document.h"

namespace newsmark::extract {

// Collapses runs of white space (ASCII and Unicode spaces, NBSP) to one space and trims.
std::string collapse_whitespace(std::string_view s);
// The same, appended to `out`.
void append_collapsed(std::string& out, std::string_view s);

class BlockWriter {
 public:
  explicit BlockWriter(Article& article) : article_(article) {}
  // Appends a block unless its collapsed text is empty. Returns whether it was added.
  bool add(std::string kind, std::string_view raw_text);

 private:
  Article& article_;
};

}  // namespace newsmark::extract
