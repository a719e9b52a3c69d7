#include "extract/blocks.h"

#include "text/utf8.h"

namespace newsmark::extract {
namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

}  // namespace

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = text::next_code_point(s, i);
    if (is_space(cp) || cp == 0x200B || cp == 0xFEFF) {
      // Zero-width space and BOM vanish; real spaces fold into one.
      if (cp != 0x200B && cp != 0xFEFF) pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

bool BlockWriter::add(std::string kind, std::string_view raw_text) {
  std::string text = collapse_whitespace(raw_text);
  if (text.empty()) return false;
  std::string& all = article_.text;
  if (!all.empty()) all += "\n\n";
  Block block{std::move(kind), {all.size(), all.size() + text.size()}};
  all += text;
  article_.blocks.push_back(std::move(block));
  return true;
}

}  // namespace newsmark::extract
