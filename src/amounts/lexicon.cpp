#include "amounts/lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "amounts/scan.h"
#include "data/embedded.h"

namespace newsmark::amounts {
namespace {

std::string_view column(const std::vector<std::string_view>& cols, std::size_t i) {
  return i < cols.size() ? cols[i] : std::string_view();
}

bool has_flag(std::string_view flags, std::string_view flag) {
  std::size_t start = 0;
  while (start <= flags.size()) {
    std::size_t comma = flags.find(',', start);
    if (comma == std::string_view::npos) comma = flags.size();
    if (flags.substr(start, comma - start) == flag) return true;
    start = comma + 1;
  }
  return false;
}

double to_number(std::string_view text) { return std::strtod(std::string(text).c_str(), nullptr); }

const std::unordered_map<std::string_view, WordKind>& kinds_by_name() {
  static const std::unordered_map<std::string_view, WordKind> kinds = {
      {"digit", WordKind::digit}, {"unit", WordKind::unit},   {"tens", WordKind::tens},
      {"article", WordKind::article}, {"point", WordKind::point}, {"some", WordKind::some},
      {"about", WordKind::about}, {"small", WordKind::small}, {"big", WordKind::big},
      {"abbr", WordKind::abbr},   {"vague", WordKind::vague}};
  return kinds;
}

bool by_length(const std::string& a, const std::string& b) { return a.size() > b.size(); }

// The key of a currency's first character: ASCII letters in lower case.
char32_t first_key(char32_t c) { return c < 0x80 ? scan_fold(static_cast<unsigned char>(c)) : c; }

}  // namespace

std::size_t FoldedHash::operator()(std::string_view word) const {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits (size_t is 32 in WASM)
  for (const char c : word) h = (h ^ scan_fold(static_cast<unsigned char>(c))) * 1099511628211ull;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

bool FoldedEqual::operator()(std::string_view a, std::string_view b) const {
  return a.size() == b.size() && scan::written_at(a, 0, b);
}

const Lexicon& Lexicon::get() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  load_currencies();
  load_words(data::file("amounts/data/numerals.tsv"));
  load_words(data::file("amounts/data/scales.tsv"));
  load_modifiers();
  data::for_each_line(data::file("amounts/data/not-money.txt"), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    not_money_.push_back({std::string(cols[0]), column(cols, 1) == "always"});
  });
  data::for_each_line(data::file("amounts/data/change-words.txt"),
                      [&](std::string_view line) { change_words_.insert(line); });
  data::for_each_line(data::file("amounts/data/durations.txt"),
                      [&](std::string_view line) { durations_.emplace_back(line); });
}

bool Lexicon::duration_ends_at(std::string_view s, std::size_t end) const {
  for (const std::string& word : durations_) {
    if (word.size() > end || !scan::written_at(s, end - word.size(), word, false)) continue;
    // A count of that duration: 34년, 몇 년, 수년; not 매일 (every day).
    const char32_t before = scan::before(s, end - word.size());
    if (scan::is_ascii_digit(before) || scan::is_hspace(before) || hangul_word(before)) return true;
  }
  return false;
}

bool Lexicon::is_change_word(std::string_view word) const { return change_words_.count(word) > 0; }

void Lexicon::load_currencies() {
  data::for_each_line(data::file("amounts/data/currencies.tsv"), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 3 || cols[0].empty()) return;
    Currency c;
    c.surface = std::string(cols[0]);
    c.code = std::string(cols[1]);
    c.before = cols[2] == "before" || cols[2] == "both";
    c.after = cols[2] == "after" || cols[2] == "both";
    const std::string_view flags = column(cols, 3);
    c.minor = has_flag(flags, "minor");
    c.joined = has_flag(flags, "joined");
    c.exact_case = has_flag(flags, "case");
    c.large = has_flag(flags, "large");
    c.weight = has_flag(flags, "weight");
    currencies_.push_back(std::move(c));
  });
  for (const Currency& c : currencies_) {
    const auto first_byte = static_cast<unsigned char>(scan::fold(c.surface[0]));
    const char32_t first = first_key(scan::at(c.surface, 0));
    if (c.before) {
      before_by_first_[first].push_back(&c);
      before_first_bytes_[first_byte] = true;
      const std::string_view letters = std::string_view(c.surface).substr(0, scan::ascii_word_end(c.surface, 0));
      if (!letters.empty()) opens_ascii_word_[letters_key(letters)] = true;
    }
    if (c.after) {
      after_by_first_[first].push_back(&c);
      after_first_bytes_[first_byte] = true;
    }
  }
  const auto longest_first = [](const Currency* a, const Currency* b) { return a->surface.size() > b->surface.size(); };
  for (CurrencyIndex* index : {&before_by_first_, &after_by_first_})
    for (auto& [first, bucket] : *index) std::stable_sort(bucket.begin(), bucket.end(), longest_first);
}

void Lexicon::load_words(std::string_view file) {
  data::for_each_line(file, [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 3) return;
    const auto kind = kinds_by_name().find(cols[2]);
    if (kind == kinds_by_name().end()) return;
    NumberWord w;
    w.value = to_number(cols[1]);
    w.kind = kind->second;
    const std::string_view extra = column(cols, 3);
    w.lead = extra == "lead";
    w.high = !extra.empty() && extra != "lead" ? to_number(extra) : w.value;
    const unsigned char first = static_cast<unsigned char>(cols[0][0]);
    if (first < 0x80) {
      ascii_words_[cols[0]] = w;
      if (scan::ascii_word_end(cols[0], 0) == cols[0].size()) opens_ascii_word_[letters_key(cols[0])] = true;
    } else {
      add_hangul_word(scan::at(cols[0], 0), w);
    }
  });
}

void Lexicon::load_modifiers() {
  data::for_each_line(data::file("amounts/data/modifiers.tsv"), [&](std::string_view line) {
    const auto cols = data::split_fields(line, '\t');
    if (cols.size() < 3 || cols[0].empty()) return;
    Modifier m;
    m.phrase = std::string(cols[0]);
    m.effect = cols[2] == "min" ? Effect::min : cols[2] == "max" ? Effect::max : Effect::approx;
    m.joined = column(cols, 3) == "joined";
    if (cols[1] == "filler")
      fillers_by_last_byte_[scan_fold(static_cast<unsigned char>(m.phrase.back()))].push_back(std::move(m.phrase));
    else if (cols[1] == "before")
      before_by_last_byte_[scan_fold(static_cast<unsigned char>(m.phrase.back()))].push_back(std::move(m));
    else
      after_by_first_byte_[scan_fold(static_cast<unsigned char>(m.phrase.front()))].push_back(std::move(m));
  });
  const auto longest_first = [](const Modifier& a, const Modifier& b) { return by_length(a.phrase, b.phrase); };
  for (auto* buckets : {&before_by_last_byte_, &after_by_first_byte_})
    for (auto& bucket : *buckets) std::stable_sort(bucket.begin(), bucket.end(), longest_first);
}

const Currency* Lexicon::currency_at(std::string_view s, std::size_t pos, bool before_number,
                                     std::size_t* end) const {
  if (pos >= s.size()) return nullptr;
  const auto& first_bytes = before_number ? before_first_bytes_ : after_first_bytes_;
  if (!first_bytes[static_cast<unsigned char>(scan::fold(s[pos]))]) return nullptr;
  const CurrencyIndex& index = before_number ? before_by_first_ : after_by_first_;
  const auto bucket = index.find(first_key(scan::at(s, pos)));
  if (bucket == index.end()) return nullptr;
  for (const Currency* c : bucket->second) {
    if (!scan::written_at(s, pos, c->surface, !c->exact_case)) continue;
    const std::size_t stop = pos + c->surface.size();
    // A name ending in a letter must end the word: "won" is not "wonder", and
    // "dollar-denominated" or "euro-area" describe something else.
    if (scan::is_ascii_letter(static_cast<unsigned char>(c->surface.back()))) {
      const char32_t next = scan::at(s, stop);
      if (scan::is_ascii_letter(next) || (next == '-' && scan::is_ascii_letter(scan::at(s, stop + 1)))) continue;
    }
    *end = stop;
    return c;
  }
  return nullptr;
}

void Lexicon::add_hangul_word(char32_t syllable, const NumberWord& w) {
  if (!scan::is_hangul_syllable(syllable)) return;  // numerals.tsv and scales.tsv list syllables
  std::uint16_t& index = hangul_word_index_[syllable - 0xAC00];
  if (index) {
    hangul_words_[index - 1] = w;  // a later line wins
    return;
  }
  hangul_words_.push_back(w);
  index = static_cast<std::uint16_t>(hangul_words_.size());
}

const NumberWord* Lexicon::hangul_word(char32_t c) const {
  if (!scan::is_hangul_syllable(c)) return nullptr;
  const std::uint16_t index = hangul_word_index_[c - 0xAC00];
  return index ? &hangul_words_[index - 1] : nullptr;
}

bool Lexicon::opens_korean_number(char32_t syllable) const {
  const NumberWord* found = hangul_word(syllable);
  if (!found) return false;
  const NumberWord& w = *found;
  return w.kind == WordKind::digit || w.kind == WordKind::some || (w.lead && (w.kind == WordKind::small || w.kind == WordKind::big));
}

const NumberWord* Lexicon::word_at(std::string_view s, std::size_t pos, std::size_t* end) const {
  if (pos >= s.size()) return nullptr;
  const unsigned char first = static_cast<unsigned char>(s[pos]);
  if (first < 0x80) {
    const std::size_t stop = scan::ascii_word_end(s, pos);
    if (stop == pos || stop - pos > 12) return nullptr;
    const auto it = ascii_words_.find(s.substr(pos, stop - pos));
    if (it == ascii_words_.end()) return nullptr;
    *end = stop;
    return &it->second;
  }
  const NumberWord* w = hangul_word(scan::hangul_at(s, pos));
  if (w) *end = pos + 3;  // a syllable's three bytes
  return w;
}

const Modifier* Lexicon::modifier_ending_at(std::string_view s, std::size_t end, std::size_t* start) const {
  if (end == 0 || end > s.size()) return nullptr;
  for (const Modifier& m : before_by_last_byte_[scan_fold(static_cast<unsigned char>(s[end - 1]))]) {
    if (m.phrase.size() > end) continue;
    const std::size_t from = end - m.phrase.size();
    if (!scan::written_at(s, from, m.phrase)) continue;
    // The phrase must be a word of its own: 계약 does not end in the modifier 약.
    if (scan::is_word_char(scan::before(s, from))) continue;
    *start = from;
    return &m;
  }
  return nullptr;
}

bool Lexicon::filler_ending_at(std::string_view s, std::size_t end, std::size_t* start) const {
  if (end == 0 || end > s.size()) return false;
  for (const std::string& word : fillers_by_last_byte_[scan_fold(static_cast<unsigned char>(s[end - 1]))]) {
    if (word.size() > end) continue;
    const std::size_t from = end - word.size();
    if (scan::written_at(s, from, word) && !scan::is_word_char(scan::before(s, from))) {
      *start = from;
      return true;
    }
  }
  return false;
}

const Modifier* Lexicon::modifier_starting_at(std::string_view s, std::size_t start, std::size_t* end) const {
  if (start >= s.size()) return nullptr;
  for (const Modifier& m : after_by_first_byte_[scan_fold(static_cast<unsigned char>(s[start]))]) {
    if (!scan::written_at(s, start, m.phrase)) continue;
    const std::size_t stop = start + m.phrase.size();
    // English phrases must end the word ("plus" but not "plush"); Korean ones are stems.
    if (scan::is_ascii_letter(static_cast<unsigned char>(m.phrase.back())) &&
        scan::is_ascii_letter(scan::at(s, stop)))
      continue;
    *end = stop;
    return &m;
  }
  return nullptr;
}

}  // namespace newsmark::amounts
