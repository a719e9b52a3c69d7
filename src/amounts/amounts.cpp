// The recogniser: walks the text once, reads money where a number or a currency may
// begin, joins ranges (3~4조 원, between $10 and $20) and hundredths ($20 and 43c), then
// reads the hedges around each amount and links bracketed conversions
// (500억 달러(약 72조 원) 이상: the bound after the bracket belongs to both).
#include "amounts/amounts.h"

#include <cmath>
#include <optional>

#include "amounts/lexicon.h"
#include "amounts/modifiers.h"
#include "amounts/money.h"
#include "amounts/scan.h"

namespace newsmark::amounts {
namespace {

// An amount with the extent of its modifiers, for linking conversions.
struct Found {
  Amount amount;
  std::size_t outer_start = 0, outer_end = 0;
};

// Money to the cent; smaller sums (ten cents) to a hundredth of a cent.
double tidy(double v) {
  const double unit = std::fabs(v) >= 1 ? 100 : 10000;
  return std::round(v * unit) / unit;
}

double minor_factor(const Currency& c) { return c.minor ? 0.01 : 1; }

// How many words before "from" may tell of a change: "sales rose 5% from".
constexpr int kChangeWordReach = 4;

// Whether one of the few English words before `pos` tells of a change (rose, cut).
bool change_told_before(std::string_view s, std::size_t pos) {
  const Lexicon& lex = Lexicon::get();
  for (int i = 0; i < kChangeWordReach; ++i) {
    std::size_t end = pos, start = pos;
    while (end > 0 && !scan::is_ascii_letter(static_cast<unsigned char>(s[end - 1]))) {
      const char c = s[end - 1];
      const bool sentence_ends = c == '!' || c == '?' || c == ';' || c == '\n' || (c == '.' && s[end] == ' ');
      if (sentence_ends) return false;
      --end;
    }
    start = end;
    while (start > 0 && scan::is_ascii_letter(static_cast<unsigned char>(s[start - 1]))) --start;
    if (start == end) return false;
    if (lex.is_change_word(s.substr(start, end - start))) return true;
    pos = start;
  }
  return false;
}

// What stands just before `pos`: "between" or "from" let "and" join a range; "from" after
// a change word (rose from $3bn to $4bn) makes the two amounts a change, not a range.
enum class Opener { none, range, change };

Opener opener_before(std::string_view s, std::size_t pos) {
  const std::size_t end = scan::skip_spaces_back(s, pos);
  for (std::string_view opener : {"between", "from"}) {
    if (end < opener.size()) continue;
    const std::size_t start = end - opener.size();
    if (!scan::written_at(s, start, opener) || scan::is_word_char(scan::before(s, start))) continue;
    return opener == "from" && change_told_before(s, start) ? Opener::change : Opener::range;
  }
  return Opener::none;
}

// The end of a range connector after `pos` (-, ~, to; "and" after between/from), or 0.
std::size_t connector_end(std::string_view s, std::size_t pos, bool opened) {
  const std::size_t p = scan::skip_spaces(s, pos);
  std::size_t next = p;
  const char32_t c = scan::at(s, p, &next);
  if (c == '-' || c == '~' || c == 0x2013 || c == 0x2014 || c == 0x223C || c == 0x301C || c == 0xFF5E)
    return scan::skip_spaces(s, next);
  if (p == pos) return 0;  // words need a space before them
  if (scan::written_at(s, p, "to ")) return scan::skip_spaces(s, p + 3);
  if (opened && scan::written_at(s, p, "and ")) return scan::skip_spaces(s, p + 4);
  return 0;
}

// 3~4조 원, 10-20 dollars, $10-$20, $3-4 billion, between 10 and 20 dollars, 7-9 lakh rupees.
std::optional<Found> read_range(std::string_view s, const Money& low_end) {
  // Most amounts have no connector after them: that test first, before the look back.
  if (!connector_end(s, low_end.end, true)) return std::nullopt;
  const Opener opener = opener_before(s, low_end.start);
  if (opener == Opener::change) return std::nullopt;
  const std::size_t q = connector_end(s, low_end.end, opener == Opener::range);
  if (!q) return std::nullopt;
  std::optional<Money> high_end = read_money(s, q);
  if (!high_end || high_end->number.vague != low_end.number.vague) return std::nullopt;
  const Currency* c = high_end->currency ? high_end->currency : low_end.currency;
  if (!c) return std::nullopt;
  if (low_end.currency && high_end->currency && low_end.currency->code != high_end->currency->code) return std::nullopt;
  // A bare high end takes the currency of a low end written before it: $10-20, not 10달러-20.
  if (!high_end->currency && !low_end.currency_first) return std::nullopt;
  double low = low_end.number.low;
  // The low end takes the scale of the high end when it has none of its own: 3~4조, $3-4 billion.
  const bool low_is_complete = low_end.currency && !low_end.currency_first;
  if (low_end.number.top_scale == 0 && !low_is_complete && high_end->number.top_scale > 0)
    low *= high_end->number.top_scale;
  const double high = high_end->number.high;
  if (!(low < high)) return std::nullopt;
  Found f;
  f.amount.span = {low_end.start, high_end->end};
  f.amount.currency = c->code;
  f.amount.low = tidy(low * minor_factor(*c));
  f.amount.high = tidy(high * minor_factor(*c));
  f.amount.approx = low_end.number.approx || high_end->number.approx;
  return f;
}

Found single(std::string_view s, const Money& m) {
  Found f;
  const Number& n = m.number;
  const double factor = minor_factor(*m.currency);
  std::size_t end = m.end;
  double hundredths = 0;
  const bool whole = !n.vague && n.top_scale == 0 && n.low == std::floor(n.low) && !m.currency->minor;
  if (whole) end = read_minor_part(s, m.end, &hundredths, true);
  f.amount.span = {m.start, end};
  f.amount.currency = m.currency->code;
  if (n.vague) {
    f.amount.low = tidy(n.low * factor);
    f.amount.high = tidy(n.high * factor);
  } else {
    f.amount.value = tidy(n.low * factor + hundredths / 100);
  }
  f.amount.approx = n.approx;
  return f;
}

std::optional<Found> read_amount(std::string_view s, std::size_t pos) {
  const std::optional<Money> m = read_money(s, pos);
  if (!m) return std::nullopt;
  if (std::optional<Found> range = read_range(s, *m)) return range;
  if (!m->currency) return std::nullopt;
  return single(s, *m);
}

// Whether an amount may begin at `pos`, where the word or character that may open it
// ends at `next`: at a digit, at the start of a word that a number word or a currency may
// open, or at a symbol that opens a currency ($, €, ₩). Most of the text fails this test
// on its first byte or character, before the look back.
bool may_begin(const Lexicon& lex, std::string_view s, std::size_t pos, std::size_t next) {
  const unsigned char first = static_cast<unsigned char>(s[pos]);
  if (scan::is_ascii_digit(first)) return true;
  if (scan::is_ascii_letter(first))
    return lex.opens_ascii_word(s.substr(pos, next - pos)) && !scan::is_word_char(scan::before(s, pos));
  if (const char32_t syllable = scan::hangul_at(s, pos))
    return lex.opens_korean_number(syllable) && !scan::is_hangul_syllable(scan::before(s, pos));
  return lex.opens_currency(first);
}

// Where to try next when no amount begins at `pos`: past the rest of an English word or
// of a run of Hangul syllables, where may_begin() would refuse every place (an amount
// opens a word), else past the character.
std::size_t next_place(std::string_view s, std::size_t pos) {
  if (scan::is_ascii_letter(static_cast<unsigned char>(s[pos]))) return scan::ascii_word_end(s, pos);
  if (scan::hangul_at(s, pos)) return scan::hangul_run_end(s, pos + 3);
  std::size_t next = pos;
  scan::at(s, pos, &next);
  return next;
}

std::vector<Found> scan_text(std::string_view s) {
  const Lexicon& lex = Lexicon::get();
  std::vector<Found> found;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t next = next_place(s, pos);
    if (may_begin(lex, s, pos, next)) {
      if (std::optional<Found> f = read_amount(s, pos)) {
        pos = f->amount.span.end;
        found.push_back(std::move(*f));
        continue;
      }
    }
    pos = next;
  }
  return found;
}

void apply(const Hedge& h, Amount& a) {
  a.approx = a.approx || h.approx;
  if (a.bound.empty()) a.bound = h.bound;
}

void read_hedges(std::string_view s, std::vector<Found>& found) {
  for (Found& f : found) {
    Hedge h;
    f.outer_start = read_modifiers_before(s, f.amount.span.start, h);
    f.outer_end = read_modifiers_after(s, f.amount.span.end, h);
    apply(h, f.amount);
  }
}

// The text between two offsets, spaces trimmed, is exactly `what`.
bool only_between(std::string_view s, std::size_t from, std::size_t to, std::string_view what) {
  from = scan::skip_spaces(s, from);
  to = scan::skip_spaces_back(s, to);
  return to >= from && s.substr(from, to - from) == what;
}

// The end of the closing bracket after `pos`, or 0.
std::size_t closing_bracket_end(std::string_view s, std::size_t pos) {
  const std::size_t p = scan::skip_spaces(s, pos);
  for (std::string_view close : {")", "）", "]"})
    if (scan::written_at(s, p, close, false)) return p + close.size();
  return 0;
}

// Where the filler words that end at `pos` begin: 한화 in (한화 약 72조 원), "or" in
// (or about $5bn).
std::size_t after_fillers(std::string_view s, std::size_t pos) {
  const Lexicon& lex = Lexicon::get();
  std::size_t start = 0;
  for (int i = 0; i < 2 && lex.filler_ending_at(s, scan::skip_spaces_back(s, pos), &start); ++i) pos = start;
  return pos;
}

// 500억 달러(약 72조 원): the amount in brackets converts the one before it; what follows
// the bracket (이상, 를 넘는) bounds both.
void link_conversions(std::string_view s, std::vector<Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    Found& original = found[i - 1];
    Found& converted = found[i];
    if (original.amount.equivalent_of >= 0) continue;
    const std::size_t inner_start = after_fillers(s, converted.outer_start);
    const bool opened = only_between(s, original.outer_end, inner_start, "(") ||
                        only_between(s, original.outer_end, inner_start, "（") ||
                        only_between(s, original.outer_end, inner_start, "[");
    const std::size_t closed = opened ? closing_bracket_end(s, converted.outer_end) : 0;
    if (!closed) continue;
    converted.amount.equivalent_of = static_cast<int>(i - 1);
    Hedge after;
    read_modifiers_after(s, closed, after);
    apply(after, original.amount);
    apply(after, converted.amount);
  }
}

}  // namespace

std::vector<Amount> find_amounts(std::string_view text) {
  std::vector<Found> found = scan_text(text);
  read_hedges(text, found);
  link_conversions(text, found);
  std::vector<Amount> out;
  out.reserve(found.size());
  for (Found& f : found) out.push_back(std::move(f.amount));
  return out;
}

}  // namespace newsmark::amounts
