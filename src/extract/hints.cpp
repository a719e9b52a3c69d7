#include "extract/hints.h"

#include <algorithm>

#include "data/embedded.h"

namespace newsmark::extract {
namespace {

bool is_token_separator(char c) { return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n'; }

std::vector<std::string> lines_of(std::string_view data_file) {
  std::vector<std::string> out;
  data::for_each_line(data::file(data_file), [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

// The first two bytes of `s` as one number.
unsigned first_pair(const char* s) {
  return static_cast<unsigned>(static_cast<unsigned char>(s[0])) << 8 | static_cast<unsigned char>(s[1]);
}

PatternSet class_patterns() {
  return PatternSet({{"extract/data/class-unlikely.txt", kUnlikely},
                     {"extract/data/class-chrome.txt", kChrome},
                     {"extract/data/class-maybe.txt", kMaybe},
                     {"extract/data/class-positive.txt", kPositive},
                     {"extract/data/class-negative.txt", kNegative},
                     {"extract/data/class-share.txt", kShare},
                     {"extract/data/class-byline.txt", kByline},
                     {"extract/data/class-dateline.txt", kDateline},
                     {"extract/data/class-standfirst.txt", kStandfirst}});
}

}  // namespace

// Indexed once, when every list is in: every program run pays for it.
PatternSet::PatternSet(std::initializer_list<List> lists) {
  for (const List& list : lists) add(list);
  index_groups();
}

// Patterns are views of the embedded file: nothing is copied.
void PatternSet::add(const List& list) {
  data::for_each_line(data::file(list.data_file), [&](std::string_view line) {
    Pattern pattern{line, Kind::kSubstring, list.hint};
    if (line[0] == '=' || line[0] == '^') {
      pattern = {line.substr(1), line[0] == '=' ? Kind::kToken : Kind::kTokenPrefix, list.hint};
      // A token never holds a separator: such a pattern could never match.
      if (std::any_of(pattern.text.begin(), pattern.text.end(), is_token_separator)) return;
    }
    if (pattern.text.empty()) return;
    if (pattern.text.size() == 1) one_byte_.push_back(pattern);
    else patterns_.push_back(pattern);
  });
}

void PatternSet::index_groups() {
  std::stable_sort(patterns_.begin(), patterns_.end(), [](const Pattern& a, const Pattern& b) {
    return first_pair(a.text.data()) < first_pair(b.text.data());
  });
  groups_.clear();
  starts_group_.reset();
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const unsigned pair = first_pair(patterns_[i].text.data());
    starts_group_.set(pair);
    if (groups_.empty() || groups_.back().pair != pair) groups_.push_back({pair, 0, i, i});
    groups_.back().hints |= patterns_[i].hint;
    groups_.back().end = i + 1;
  }
  // At most a quarter full, so that most positions find a free slot at once.
  slot_bits_ = 8;
  while ((std::size_t{1} << slot_bits_) < 4 * groups_.size()) ++slot_bits_;
  group_slots_.assign(std::size_t{1} << slot_bits_, 0);
  const std::size_t mask = group_slots_.size() - 1;
  for (std::size_t k = 0; k < groups_.size(); ++k) {
    std::size_t slot = first_slot(groups_[k].pair);
    while (group_slots_[slot]) slot = (slot + 1) & mask;
    group_slots_[slot] = static_cast<std::uint32_t>(k + 1);
  }
}

std::size_t PatternSet::first_slot(unsigned pair) const {
  return static_cast<std::uint32_t>(pair * 0x9E3779B1u) >> (32 - slot_bits_);
}

const PatternSet::Group* PatternSet::group_of(unsigned pair) const {
  const std::size_t mask = group_slots_.size() - 1;
  for (std::size_t slot = first_slot(pair); group_slots_[slot]; slot = (slot + 1) & mask) {
    const Group& group = groups_[group_slots_[slot] - 1];
    if (group.pair == pair) return &group;
  }
  return nullptr;
}

HintSet PatternSet::match(std::string_view s, HintSet wanted) const {
  HintSet found = 0;
  const auto check = [&](const Pattern& p, std::size_t at) {
    if ((p.hint & wanted & ~found) && matches_at(p, s, at)) found |= p.hint;
  };
  for (std::size_t i = 0; i < s.size() && found != wanted; ++i) {
    for (const Pattern& p : one_byte_) check(p, i);
    if (i + 1 >= s.size()) break;
    const unsigned pair = first_pair(s.data() + i);
    if (!starts_group_[pair]) continue;
    const Group* group = group_of(pair);
    if (!group || !(group->hints & wanted & ~found)) continue;
    for (std::size_t p = group->begin; p < group->end; ++p) check(patterns_[p], i);
  }
  return found;
}

bool PatternSet::matches_at(const Pattern& p, std::string_view s, std::size_t at) const {
  const std::string_view text = p.text;
  if (s.size() - at < text.size()) return false;
  // Patterns are a few bytes long: comparing in place beats calling memcmp.
  for (std::size_t k = 0; k < text.size(); ++k)
    if (s[at + k] != text[k]) return false;
  if (p.kind == Kind::kSubstring) return true;
  const bool starts_token = at == 0 || is_token_separator(s[at - 1]);
  if (p.kind == Kind::kTokenPrefix) return starts_token;
  const std::size_t after = at + text.size();
  return starts_token && (after == s.size() || is_token_separator(s[after]));
}

const Hints& hints() {
  static const Hints loaded{class_patterns(),
                            lines_of("extract/data/roles-unlikely.txt"),
                            lines_of("extract/data/ad-labels.txt"),
                            lines_of("extract/data/dateline-words.txt"),
                            lines_of("extract/data/byline-words.txt"),
                            lines_of("extract/data/copyright-marks.txt")};
  return loaded;
}

}  // namespace newsmark::extract
