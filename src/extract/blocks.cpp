#include "extract/blocks.h"

#include <array>

#include "text/utf8.h"

namespace newsmark::extract {
namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// Whether a character led by `lead` may be white space or vanish: ASCII up to ' ', and
// the leads of U+00A0, U+1680, U+2000..U+205F, U+3000 and U+FEFF.
constexpr bool may_be_space(unsigned char lead) {
  return lead < 0x80 ? lead <= 0x20 : lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3) || lead == 0xEF;
}

// Per lead byte: the length of the character it leads when that character cannot be a
// space (it is skipped undecoded), 0 when it may be one. One load per character in the
// loop that runs over every byte of the text.
constexpr std::array<unsigned char, 256> kSkipUnlessSpace = [] {
  std::array<unsigned char, 256> skip{};
  for (unsigned lead = 0; lead < 256; ++lead)
    if (!may_be_space(static_cast<unsigned char>(lead))) skip[lead] = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  return skip;
}();

}  // namespace

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_collapsed(out, s);
  return out;
}

void append_collapsed(std::string& out, std::string_view s) {
  const std::size_t out_start = out.size();
  bool pending_space = false;
  std::size_t run = 0;  // start of the current run of text kept as it is
  const auto end_run = [&](std::size_t at) {
    if (at > run) {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(s.data() + run, at - run);
    }
  };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char lead = static_cast<unsigned char>(s[i]);
    if (const unsigned skip = kSkipUnlessSpace[lead]) {
      i += skip;
      continue;
    }
    // One space between words stays as it is, inside the run (the common case).
    if (lead == ' ' && i > run && i + 1 < s.size() && !may_be_space(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = text::next_code_point(s, i);
    const bool vanishes = cp == 0x200B || cp == 0xFEFF;  // zero-width space and BOM
    if (!is_space(cp) && !vanishes) continue;
    end_run(start);
    run = i;
    // Real spaces fold into one, kept only between pieces of text.
    if (!vanishes) pending_space = out.size() > out_start;
  }
  end_run(s.size());
}

bool BlockWriter::add(std::string kind, std::string_view raw_text) {
  std::string& all = article_.text;
  const std::size_t before = all.size();
  if (before > 0) all += "\n\n";
  const std::size_t start = all.size();
  append_collapsed(all, raw_text);
  if (all.size() == start) {
    all.resize(before);
    return false;
  }
  article_.blocks.push_back(Block{std::move(kind), {start, all.size()}});
  return true;
}

}  // namespace newsmark::extract
