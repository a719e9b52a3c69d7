#include "amounts/numbers.h"

#include <limits>

#include "amounts/lexicon.h"
#include "amounts/scan.h"

namespace newsmark::amounts {
namespace {

constexpr double kNone = std::numeric_limits<double>::infinity();

// No sum of money is written with more digits than this; longer runs are codes and IDs.
constexpr std::size_t kMaxDigits = 18;

// Digits as written: 27,350,000 or 1.5 or 4.7.
struct Digits {
  double value = 0;
  std::size_t end = 0;
  bool separated = false, fraction = false;
};

std::size_t digit_run_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[pos]))) ++pos;
  return pos;
}

double digits_value(std::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

double fraction_value(std::string_view digits) {
  double v = 0, scale = 1;
  for (char c : digits) {
    scale /= 10;
    v += (c - '0') * scale;
  }
  return v;
}

Digits read_digits(std::string_view s, std::size_t pos) {
  Digits d;
  std::size_t end = digit_run_end(s, pos);
  d.value = digits_value(s.substr(pos, end - pos));
  // Thousands groups: exactly three digits after each comma, the first group at most three.
  if (end - pos <= 3) {
    while (end < s.size() && s[end] == ',') {
      const std::size_t group_end = digit_run_end(s, end + 1);
      if (group_end - (end + 1) != 3) break;
      d.value = d.value * 1000 + digits_value(s.substr(end + 1, 3));
      d.separated = true;
      end = group_end;
    }
  }
  if (end + 1 < s.size() && s[end] == '.' && scan::is_ascii_digit(static_cast<unsigned char>(s[end + 1]))) {
    const std::size_t frac_end = digit_run_end(s, end + 1);
    d.value += fraction_value(s.substr(end + 1, frac_end - end - 1));
    d.fraction = true;
    end = frac_end;
  }
  d.end = end;
  return d;
}

// Adds up digits and scale words the way both languages write them: coefficients
// multiply the small units (천 백 십, hundred) of a section, and a big unit (만 억 조,
// thousand million billion) closes the section. Units must decrease: 4조 3,000억 5천만.
class Accumulator {
 public:
  bool coefficient(double v, WordKind kind) {
    if (pending_ >= 0) {
      // English tens take a unit: forty-two.
      if (pending_tens_ && kind == WordKind::unit && v < 10) {
        pending_ += v;
        pending_tens_ = false;
        return true;
      }
      return false;
    }
    pending_ = v;
    pending_tens_ = kind == WordKind::tens;
    return true;
  }

  bool small(double unit, bool lead) {
    if (unit >= last_small_) return false;
    if (pending_ < 0 && !lead) return false;
    section_ += (pending_ >= 0 ? pending_ : 1) * unit;
    clear_pending();
    last_small_ = unit;
    section_open_ = true;
    return true;
  }

  bool big(double unit, bool lead) {
    if (unit >= last_big_) return false;
    double coef = section_ + (pending_ >= 0 ? pending_ : 0);
    if (!section_open_ && pending_ < 0) {
      if (!lead) return false;
      coef = 1;
    }
    total_ += coef * unit;
    section_ = 0;
    section_open_ = false;
    clear_pending();
    last_small_ = kNone;
    last_big_ = unit;
    if (unit > top_scale_) top_scale_ = unit;
    return true;
  }

  // Decimals spelled out after the pending coefficient: 일점이삼, one point three.
  bool add_fraction(double f) {
    if (pending_ < 0) return false;
    pending_ += f;
    pending_tens_ = false;
    return true;
  }

  bool has_pending() const { return pending_ >= 0; }
  bool empty() const { return total_ == 0 && !section_open_ && pending_ < 0; }
  double value() const { return total_ + section_ + (pending_ >= 0 ? pending_ : 0); }
  double top_scale() const { return top_scale_; }

 private:
  void clear_pending() {
    pending_ = -1;
    pending_tens_ = false;
  }

  double total_ = 0, section_ = 0;
  double pending_ = -1;  // the coefficient not yet multiplied, -1 when none
  bool pending_tens_ = false, section_open_ = false;
  double last_small_ = kNone, last_big_ = kNone, top_scale_ = 0;
};

bool is_unit(WordKind k) { return k == WordKind::small || k == WordKind::big; }

// Hangul digits after 점: 이삼 in 일점이삼 is .23.
bool read_hangul_fraction(std::string_view s, std::size_t pos, double* fraction, std::size_t* end) {
  const Lexicon& lex = Lexicon::get();
  std::size_t next = pos;
  const NumberWord* point = lex.word_at(s, pos, &next);
  if (!point || point->kind != WordKind::point) return false;
  double value = 0, scale = 1;
  std::size_t p = next;
  bool any = false;
  for (const NumberWord* w; (w = lex.word_at(s, p, &next)) && w->kind == WordKind::digit; p = next) {
    scale /= 10;
    value += w->value * scale;
    any = true;
  }
  if (!any) return false;
  *fraction = value;
  *end = p;
  return true;
}

// Whether a currency follows `pos`, after optional spaces: decides whether a last
// group after a space (1만 5000원) belongs to the number.
bool currency_follows(std::string_view s, std::size_t pos) {
  std::size_t end = 0;
  return Lexicon::get().currency_at(s, scan::skip_spaces(s, pos), false, &end) != nullptr;
}

// A Korean number: digits and Hangul numerals with 십 백 천 만 억 조 경 and 여.
std::optional<Number> read_korean(std::string_view s, std::size_t start) {
  const Lexicon& lex = Lexicon::get();
  Accumulator acc, checkpoint;
  Number n;
  n.start = start;
  std::size_t p = start, end = start, checkpoint_end = start;
  bool after_unit = false, after_number = false, trailing_bare_group = false;
  int tokens = 0, hangul_digits = 0;
  while (p < s.size()) {
    std::size_t q = p;
    if (after_unit || after_number) q = scan::skip_spaces(s, p);
    const bool spaced = q != p;
    if (spaced) {
      checkpoint = acc;
      checkpoint_end = end;
    }
    const char32_t c = scan::at(s, q);
    if (scan::is_ascii_digit(c)) {
      const Digits d = read_digits(s, q);
      if (d.end - q > kMaxDigits + kMaxDigits / 3 || (spaced && !after_unit)) break;
      if (!acc.coefficient(d.value, WordKind::digit)) break;
      n.has_digits = true;
      n.separated = n.separated || d.separated;
      p = end = d.end;
      after_unit = false;
      after_number = true;
      trailing_bare_group = spaced;
      ++tokens;
      continue;
    }
    if (c < 0x80) break;
    std::size_t next = q;
    const NumberWord* w = lex.word_at(s, q, &next);
    if (!w) break;
    // After a space: a new coefficient after a unit (4조 3,000억), or a big unit after
    // digits (500 억 달러), or 여 (10만 여 원).
    const bool spaced_ok = after_unit ? w->kind == WordKind::digit || w->kind == WordKind::about
                                      : w->kind == WordKind::big || w->kind == WordKind::about;
    if (spaced && !spaced_ok) break;
    bool ok = false;
    switch (w->kind) {
      case WordKind::digit: {
        double value = w->value, fraction = 0;
        std::size_t frac_end = next;
        if (read_hangul_fraction(s, next, &fraction, &frac_end)) {
          value += fraction;
          next = frac_end;
          ++hangul_digits;  // 일점이삼 is more than a lone digit
        }
        ok = acc.coefficient(value, WordKind::digit);
        ++hangul_digits;
        trailing_bare_group = spaced;
        break;
      }
      case WordKind::small:
        ok = acc.small(w->value, w->lead);
        trailing_bare_group = false;
        break;
      case WordKind::big:
        ok = acc.big(w->value, w->lead);
        trailing_bare_group = false;
        break;
      case WordKind::about:
        ok = !acc.empty() && !n.approx;
        n.approx = n.approx || ok;
        break;
      default:
        break;
    }
    if (!ok) break;
    p = end = next;
    after_unit = is_unit(w->kind);
    after_number = false;  // 이 만원 is "this ten-thousand-won note", not 20,000 won
    ++tokens;
  }
  if (tokens == 0 || acc.empty()) return std::nullopt;
  // A bare group after a space joins the number only when the currency follows it.
  if (trailing_bare_group && !currency_follows(s, end)) {
    acc = checkpoint;
    end = checkpoint_end;
  }
  n.end = end;
  n.low = n.high = acc.value();
  n.top_scale = acc.top_scale();
  n.lone_hangul_digit = tokens == 1 && hangul_digits == 1;
  n.lone_unit = tokens == 1 && hangul_digits == 0 && !n.has_digits;
  return n;
}

// After a big scale word, digits that a smaller scale word follows: the "20 lakh" of
// "1 crore 20 lakh". Returns where that scale word starts, or `pos` when there is none.
std::size_t next_group(std::string_view s, std::size_t pos, Accumulator& acc) {
  if (!scan::is_ascii_digit(scan::at(s, pos))) return pos;
  const Digits d = read_digits(s, pos);
  std::size_t end = 0;
  const NumberWord* w = scan::at(s, d.end) == ' ' ? Lexicon::get().word_at(s, d.end + 1, &end) : nullptr;
  if (!w || w->kind != WordKind::big) return pos;
  Accumulator trial = acc;
  if (!trial.coefficient(d.value, WordKind::digit) || !trial.big(w->value, false)) return pos;
  acc.coefficient(d.value, WordKind::digit);
  return d.end + 1;
}

// An English scale after digits: 4.7 billion, $50-billion, 10K, 3bn, 5 lakh.
void read_english_scale(std::string_view s, Number& n) {
  const Lexicon& lex = Lexicon::get();
  std::size_t end = 0;
  const char32_t c = scan::at(s, n.end);
  if (scan::is_ascii_letter(c)) {
    const NumberWord* w = lex.word_at(s, n.end, &end);
    if (w && (w->kind == WordKind::abbr || w->kind == WordKind::big)) {
      n.low = n.high = n.low * w->value;
      n.top_scale = w->value;
      n.end = end;
    }
    return;
  }
  std::size_t p = n.end;
  if (c != '-' && !scan::is_hspace(c)) return;
  scan::at(s, n.end, &p);
  Accumulator acc;
  acc.coefficient(n.low, WordKind::digit);
  bool any = false;
  for (const NumberWord* w; (w = lex.word_at(s, p, &end));) {
    const bool short_abbr = w->kind == WordKind::abbr && end - p < 2;  // "10 m" is ten metres
    if (short_abbr || !(is_unit(w->kind) || w->kind == WordKind::abbr)) break;
    const bool ok = w->kind == WordKind::small ? acc.small(w->value, false) : acc.big(w->value, false);
    if (!ok) break;
    any = true;
    n.end = end;
    if (!scan::is_hspace(scan::at(s, end, &p))) break;
    p = next_group(s, p, acc);
  }
  if (!any) return;
  n.low = n.high = acc.value();
  n.top_scale = acc.top_scale();
}

// Decimals after "point": digits or English units below ten, one per word.
bool read_point_fraction(std::string_view s, std::size_t pos, double* fraction, std::size_t* end) {
  const Lexicon& lex = Lexicon::get();
  std::size_t next = 0;
  const NumberWord* point = lex.word_at(s, pos, &next);
  if (!point || point->kind != WordKind::point || scan::at(s, next) != ' ') return false;
  std::size_t p = next + 1;
  if (scan::is_ascii_digit(scan::at(s, p))) {
    const std::size_t stop = digit_run_end(s, p);
    *fraction = fraction_value(s.substr(p, stop - p));
    *end = stop;
    return true;
  }
  double value = 0, scale = 1;
  bool any = false;
  for (const NumberWord* w; (w = lex.word_at(s, p, &next)) && w->kind == WordKind::unit && w->value < 10;) {
    scale /= 10;
    value += w->value * scale;
    any = true;
    *end = next;
    if (scan::at(s, next) != ' ') break;
    p = next + 1;
  }
  *fraction = value;
  return any;
}

std::optional<Number> read_digit_led(std::string_view s, std::size_t start) {
  const Digits d = read_digits(s, start);
  std::optional<Number> n = read_korean(s, start);
  if (!n || n->end > d.end) return n;  // Korean units followed the digits
  double fraction = 0;
  std::size_t end = 0;
  if (!d.fraction && !d.separated && scan::at(s, d.end) == ' ' && read_point_fraction(s, d.end + 1, &fraction, &end)) {
    n->low = n->high = d.value + fraction;
    n->end = end;
  }
  read_english_scale(s, *n);
  return n;
}

// The word after `pos` (past one space): used to decide whether "a" is the number one.
const NumberWord* next_word(std::string_view s, std::size_t pos, std::size_t* start) {
  if (scan::at(s, pos) != ' ') return nullptr;
  std::size_t end = 0;
  *start = pos + 1;
  return Lexicon::get().word_at(s, pos + 1, &end);
}

// "a"/"an" is the number one before a scale word (a million) or a currency name (a dollar).
bool article_counts(std::string_view s, std::size_t end) {
  std::size_t start = 0, stop = 0;
  const NumberWord* w = next_word(s, end, &start);
  if (w) return is_unit(w->kind);
  if (scan::at(s, end) != ' ') return false;
  const Currency* c = Lexicon::get().currency_at(s, end + 1, false, &stop);
  return c && !c->joined && scan::is_ascii_letter(static_cast<unsigned char>(c->surface[0]));
}

// English number words: five hundred, forty-two thousand, a million, one point three.
std::optional<Number> read_english_words(std::string_view s, std::size_t start) {
  const Lexicon& lex = Lexicon::get();
  Accumulator acc;
  Number n;
  n.start = start;
  n.spelled = true;
  std::size_t p = start, end = start;
  bool first = true;
  while (true) {
    std::size_t next = 0;
    const NumberWord* w = lex.word_at(s, p, &next);
    if (!w) break;
    bool ok = false;
    switch (w->kind) {
      case WordKind::article:
        ok = first && article_counts(s, next) && acc.coefficient(1, WordKind::unit);
        break;
      case WordKind::unit:
      case WordKind::tens:
        ok = acc.coefficient(w->value, w->kind);
        break;
      case WordKind::small:
        ok = acc.small(w->value, false);
        break;
      case WordKind::big:
        ok = acc.big(w->value, false);
        break;
      case WordKind::point: {
        double fraction = 0;
        ok = acc.has_pending() && read_point_fraction(s, p, &fraction, &next) && acc.add_fraction(fraction);
        break;
      }
      default:
        break;
    }
    if (!ok) break;
    end = next;
    first = false;
    const char32_t sep = scan::at(s, end);
    if (sep != ' ' && sep != '-') break;
    p = end + 1;
    // "one hundred and five": "and" joins only a scale word to a smaller number.
    if (is_unit(w->kind) && scan::written_at(s, p, "and ")) {
      const NumberWord* after_and = lex.word_at(s, p + 4, &next);
      if (after_and && (after_and->kind == WordKind::unit || after_and->kind == WordKind::tens)) p += 4;
    }
  }
  if (first || acc.empty()) return std::nullopt;
  n.end = end;
  n.low = n.high = acc.value();
  n.top_scale = acc.top_scale();
  return n;
}

// 수십억, 수백만, 수조, 몇십억: 수 is 1..9 of what follows, 수십 10..99, 수백 100..999.
std::optional<Number> read_korean_vague(std::string_view s, std::size_t start, std::size_t after_some) {
  const Lexicon& lex = Lexicon::get();
  double low = 1, high = 9, big = 1;
  std::size_t p = after_some, next = 0;
  bool any = false;
  const NumberWord* w = lex.word_at(s, p, &next);
  if (!w && scan::one_space_at_most(s, p, scan::skip_spaces(s, p))) {  // 수 조 원
    p = scan::skip_spaces(s, p);
    w = lex.word_at(s, p, &next);
    if (w && !is_unit(w->kind)) return std::nullopt;
  }
  if (w && w->kind == WordKind::small) {
    low = w->value;
    high = w->value * 10 - 1;
    p = next;
    any = true;
    w = lex.word_at(s, p, &next);
  }
  if (w && w->kind == WordKind::big) {
    big = w->value;
    p = next;
    any = true;
  }
  if (!any) return std::nullopt;
  Number n;
  n.start = start;
  n.end = p;
  n.vague = true;
  n.low = low * big;
  n.high = high * big;
  n.top_scale = big > 1 ? big : 0;
  return n;
}

// The end of " of " after `pos`, or 0.
std::size_t of_after(std::string_view s, std::size_t pos) {
  return scan::written_at(s, pos, " of ") ? pos + 3 : 0;
}

// billions of, tens of millions of, hundreds of thousands of: ends after the last "of".
std::optional<Number> read_english_vague(std::string_view s, std::size_t start, const NumberWord& first,
                                         std::size_t first_end) {
  const Lexicon& lex = Lexicon::get();
  std::size_t end = of_after(s, first_end);
  if (!end) return std::nullopt;
  Number n;
  n.start = start;
  n.vague = true;
  n.spelled = true;
  n.low = first.value;
  n.high = first.high;
  std::size_t next = 0;
  const NumberWord* second = lex.word_at(s, end + 1, &next);
  if (second && second->kind == WordKind::vague && second->value > first.value && of_after(s, next)) {
    n.low = first.value * second->value;
    n.high = first.high * second->value;
    end = of_after(s, next);
  }
  n.top_scale = n.low;
  n.end = end;
  return n;
}

}  // namespace

bool may_start_number(std::string_view s, std::size_t pos) {
  std::size_t prev_start = 0;
  const char32_t prev = scan::before(s, pos, &prev_start);
  const char32_t c = scan::at(s, pos);
  if (scan::is_ascii_digit(c)) {
    if (scan::is_word_char(prev) && !scan::is_hangul_syllable(prev)) return false;
    // Not the tail of 1,000 or 3.5, nor the version of GPT-5.
    if (prev == ',' || prev == '.') return !scan::is_ascii_digit(scan::before(s, prev_start));
    if (prev == '-') return !scan::is_ascii_letter(scan::before(s, prev_start));
    return true;
  }
  if (scan::is_word_char(prev)) return false;
  std::size_t end = 0;
  const NumberWord* w = Lexicon::get().word_at(s, pos, &end);
  if (!w) return false;
  switch (w->kind) {
    case WordKind::digit:
    case WordKind::unit:
    case WordKind::tens:
    case WordKind::article:
    case WordKind::some:
    case WordKind::vague:
      return true;
    case WordKind::small:
    case WordKind::big:
      return w->lead;
    default:
      return false;
  }
}

std::optional<Number> read_number(std::string_view s, std::size_t pos) {
  const char32_t c = scan::at(s, pos);
  if (scan::is_ascii_digit(c)) return read_digit_led(s, pos);
  std::size_t end = 0;
  const NumberWord* w = Lexicon::get().word_at(s, pos, &end);
  if (!w) return std::nullopt;
  if (w->kind == WordKind::some) return read_korean_vague(s, pos, end);
  if (w->kind == WordKind::vague) return read_english_vague(s, pos, *w, end);
  if (c >= 0x80) return read_korean(s, pos);
  return read_english_words(s, pos);
}

}  // namespace newsmark::amounts
