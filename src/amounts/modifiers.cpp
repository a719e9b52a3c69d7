#include "amounts/modifiers.h"

#include "amounts/lexicon.h"
#include "amounts/scan.h"

namespace newsmark::amounts {
namespace {

// At most this many modifiers on one side: 최대 약, just over.
constexpr int kMaxModifiers = 2;
// At most this many filler words between them and the amount: past an annualised $5bn.
constexpr int kMaxFillers = 2;

// Object and subject particles that may sit between a Korean amount and its bound verb:
// 1억 달러를 넘는, 10조 원이 넘는.
const char* const kParticles[] = {"을", "를", "이", "가", "은", "는", "에"};

void apply(const Modifier& m, Hedge& hedge) {
  if (m.effect == Effect::approx) hedge.approx = true;
  else if (hedge.bound.empty()) hedge.bound = m.effect == Effect::min ? "min" : "max";
}

std::size_t after_particle(std::string_view s, std::size_t pos) {
  for (const char* particle : kParticles)
    if (scan::written_at(s, pos, particle, false)) return pos + std::string_view(particle).size();
  return pos;
}

}  // namespace

std::size_t read_modifiers_before(std::string_view s, std::size_t start, Hedge& hedge) {
  const Lexicon& lex = Lexicon::get();
  std::size_t p = start;
  for (int modifiers = 0, fillers = 0; modifiers < kMaxModifiers;) {
    std::size_t from = 0;
    const std::size_t end = scan::skip_spaces_back(s, p);
    if (const Modifier* m = lex.modifier_ending_at(s, end, &from)) {
      apply(*m, hedge);
      start = p = from;
      ++modifiers;
    } else if (fillers < kMaxFillers && end != p && lex.filler_ending_at(s, end, &from)) {
      p = from;  // the amount starts after the filler unless a modifier comes before it
      ++fillers;
    } else {
      break;
    }
  }
  return start;
}

std::size_t read_modifiers_after(std::string_view s, std::size_t end, Hedge& hedge) {
  const Lexicon& lex = Lexicon::get();
  for (int i = 0; i < kMaxModifiers; ++i) {
    std::size_t p = scan::skip_spaces(s, end);
    std::size_t stop = 0;
    const Modifier* m = lex.modifier_starting_at(s, p, &stop);
    if (m && m->joined && p != end) m = nullptr;
    if (!m && p == end) {
      const std::size_t q = after_particle(s, p);
      if (q != p) m = lex.modifier_starting_at(s, scan::skip_spaces(s, q), &stop);
      if (m && m->joined) m = nullptr;
    }
    if (!m) break;
    apply(*m, hedge);
    end = stop;
  }
  return end;
}

}  // namespace newsmark::amounts
