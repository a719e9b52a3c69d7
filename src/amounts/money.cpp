#include "amounts/money.h"

#include <cmath>

#include "amounts/scan.h"

namespace newsmark::amounts {
namespace {

bool is_hangul_name(const Currency& c) { return scan::is_hangul_syllable(scan::at(c.surface, 0)); }

bool is_one_syllable(const Currency& c) { return is_hangul_name(c) && c.surface.size() == 3; }

// A listed non-money word (not-money.txt) that starts between the number's start and the
// currency name and reaches into that name: 이 원인, 사원, 백엔드. After digits only the
// words marked "always" count, and only from the name on: 3원칙.
bool inside_non_money_word(std::string_view s, const Number& n, std::size_t name_start) {
  for (const Lexicon::NonMoneyWord& listed : Lexicon::get().not_money()) {
    const std::string& word = listed.word;
    if (n.has_digits) {
      if (listed.always && scan::written_at(s, name_start, word, false)) return true;
      continue;
    }
    for (std::size_t p = n.start; p <= name_start; scan::at(s, p, &p)) {
      if (p + word.size() > name_start && scan::written_at(s, p, word, false)) return true;
      if (p == name_start) break;
    }
  }
  return false;
}

// Whether a currency named in Hangul after a number written in Hangul numerals is money.
// Single digits (이, 사, 구) are words far more often than numbers: they must touch the
// currency, and not a one-syllable one (이원, 사원, 일엔) unless cents follow (이불이십삼센트).
bool hangul_pair_is_money(std::string_view s, const Number& n, const Currency& c, bool spaced,
                          std::size_t name_start, std::size_t name_end) {
  double cents = 0;
  const bool cents_follow = read_minor_part(s, name_end, &cents, false) != name_end;
  if (n.lone_hangul_digit && (spaced || (is_one_syllable(c) && !cents_follow))) return false;
  return cents_follow || !inside_non_money_word(s, n, name_start);
}

// 3년 만 원화 강세: 만 after a duration is "after", not ten thousand.
bool after_duration(std::string_view s, const Number& n) {
  const std::size_t word_end = scan::skip_spaces_back(s, n.start);
  return n.lone_unit && word_end != n.start && Lexicon::get().duration_ends_at(s, word_end);
}

bool currency_fits_after(std::string_view s, const Number& n, const Currency& c, std::size_t name_start,
                         std::size_t name_end) {
  const bool spaced = name_start != n.end;
  if (c.joined && spaced) return false;
  if (c.large && n.top_scale == 0 && !n.separated) return false;
  // English words need a space before an English name: "tendollars" is not written.
  if (n.spelled && !spaced && scan::is_ascii_letter(static_cast<unsigned char>(c.surface[0]))) return false;
  if (c.weight && scan::written_at(s, name_end, " of ")) return false;  // ten pounds of flour
  if (!is_hangul_name(c) || n.vague) return true;
  if (n.has_digits) return !inside_non_money_word(s, n, name_start);
  return !after_duration(s, n) && hangul_pair_is_money(s, n, c, spaced, name_start, name_end);
}

std::optional<Money> read_currency_first(std::string_view s, std::size_t pos) {
  std::size_t name_end = 0;
  const Currency* c = Lexicon::get().currency_at(s, pos, true, &name_end);
  if (!c) return std::nullopt;
  if (scan::is_ascii_letter(static_cast<unsigned char>(c->surface[0])) && scan::is_word_char(scan::before(s, pos)))
    return std::nullopt;
  const std::size_t q = scan::skip_spaces(s, name_end);
  if (!scan::one_space_at_most(s, name_end, q)) return std::nullopt;
  const char32_t first = scan::at(s, q);
  // Right after a code (USD3.14) the number may touch it; words need the space.
  if (!scan::is_ascii_digit(first) && (q == name_end || !may_start_number(s, q))) return std::nullopt;
  std::optional<Number> n = read_number(s, q);
  if (!n) return std::nullopt;
  Money m;
  m.number = *n;
  m.currency = c;
  m.currency_first = true;
  m.start = pos;
  m.end = n->end;
  return m;
}

}  // namespace

std::optional<Money> read_money(std::string_view s, std::size_t pos) {
  if (std::optional<Money> m = read_currency_first(s, pos)) return m;
  if (!may_start_number(s, pos)) return std::nullopt;
  std::optional<Number> n = read_number(s, pos);
  if (!n) return std::nullopt;
  Money m;
  m.number = *n;
  m.start = pos;
  m.end = n->end;
  const std::size_t name_start = scan::skip_spaces(s, n->end);
  std::size_t name_end = 0;
  const Currency* c = Lexicon::get().currency_at(s, name_start, false, &name_end);
  if (c && scan::one_space_at_most(s, n->end, name_start) && currency_fits_after(s, *n, *c, name_start, name_end)) {
    m.currency = c;
    m.end = name_end;
  }
  return m;
}

std::size_t read_minor_part(std::string_view s, std::size_t pos, double* hundredths, bool bare_ok) {
  std::size_t p = scan::skip_spaces(s, pos);
  const bool spaced = p != pos;
  if (spaced && scan::written_at(s, p, "and ")) p = scan::skip_spaces(s, p + 4);
  std::size_t word_end = 0;
  if (!scan::is_ascii_digit(scan::at(s, p)) && !Lexicon::get().word_at(s, p, &word_end)) return pos;
  const std::optional<Number> n = read_number(s, p);
  if (!n || n->vague || n->top_scale > 0 || n->low >= 100 || n->low != std::floor(n->low)) return pos;
  const std::size_t name_start = scan::skip_spaces(s, n->end);
  std::size_t name_end = 0;
  const Currency* c = Lexicon::get().currency_at(s, name_start, false, &name_end);
  if (c && c->minor && scan::one_space_at_most(s, n->end, name_start)) {
    *hundredths = n->low;
    return name_end;
  }
  // Bare hundredths only where the phrase ends: "$20 43", "3 GBP and one".
  const char32_t next = scan::at(s, n->end);
  const bool phrase_ends = next == 0 || next == '\n' || next == '.' || next == ',' || next == ';' || next == ')';
  if (!bare_ok || !spaced || !phrase_ends || (next == '.' && scan::is_ascii_digit(scan::at(s, n->end + 1)))) return pos;
  *hundredths = n->low;
  return n->end;
}

}  // namespace newsmark::amounts
