#include "amounts/scan.h"

#include <cstdint>

#include "text/bytes.h"
#include "text/utf8.h"

namespace newsmark::amounts::scan {

char32_t before(std::string_view s, std::size_t pos, std::size_t* start) {
  if (pos == 0 || pos > s.size()) {
    if (start) *start = 0;
    return 0;
  }
  std::size_t p = pos;
  while (p > 0 && text::is_continuation(static_cast<unsigned char>(s[p - 1]))) --p;
  if (p > 0) --p;
  if (start) *start = p;
  return at(s, p);
}

bool is_hspace(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x3000;
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_digit(c) || is_ascii_letter(c);
  return text::is_hangul(c) || text::is_han(c) || text::is_kana(c) || text::is_latin_letter(c);
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  std::size_t next = pos;
  while (pos < s.size() && is_hspace(at(s, pos, &next))) pos = next;
  return pos;
}

bool one_space_at_most(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t next = from;
  return to == from || (is_hspace(at(s, from, &next)) && next == to);
}

std::size_t skip_spaces_back(std::string_view s, std::size_t pos) {
  std::size_t start = pos;
  while (pos > 0 && is_hspace(before(s, pos, &start))) pos = start;
  return pos;
}

std::size_t ascii_word_end(std::string_view s, std::size_t pos) { return pos + text::ascii_letters_from(s, pos); }

}  // namespace newsmark::amounts::scan
