#include "companies/lexicon.h"

#include <algorithm>

#include "data/embedded.h"
#include "text/utf8.h"

namespace newsmark::companies {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || cp == 0x2009 || cp == 0x202F; }

// Appends the folded form of one code point that is not a space.
void append_folded(std::string& out, char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // fullwidth ASCII
  if (cp == 0x2019 || cp == 0x2018 || cp == 0xFF07) cp = '\'';
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  text::append_utf8(out, cp);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view symbol_of(std::string_view ticker) {
  const std::size_t colon = ticker.find(':');
  return trim(colon == std::string_view::npos ? ticker : ticker.substr(colon + 1));
}

bool needs_exact_case(std::string_view form) {
  bool has_lower = false, has_upper = false;
  for (char c : form) {
    has_lower |= (c >= 'a' && c <= 'z');
    has_upper |= (c >= 'A' && c <= 'Z');
  }
  const bool lower_start = !form.empty() && form.front() >= 'a' && form.front() <= 'z';
  return (has_upper && !has_lower) || lower_start;
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const unsigned char byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80 && byte != ' ' && byte != '\t') {  // ASCII fast path
      if (pending_space) out += ' ';
      pending_space = false;
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      ++pos;
      continue;
    }
    const char32_t cp = text::next_code_point(s, pos);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    append_folded(out, cp);
  }
  return out;
}

FoldedText fold_with_origin(std::string_view text) {
  FoldedText f;
  f.text.reserve(text.size());
  f.origin.reserve(text.size() + 1);
  std::size_t pos = 0;
  bool in_space = false;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && byte != ' ' && byte != '\t') {  // ASCII fast path
      in_space = false;
      f.text += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
      f.origin.push_back(static_cast<std::uint32_t>(start));
      ++pos;
      continue;
    }
    const char32_t cp = text::next_code_point(text, pos);
    if (is_space(cp)) {
      if (!in_space) {
        f.text += ' ';
        f.origin.push_back(static_cast<std::uint32_t>(start));
      }
      in_space = true;
      continue;
    }
    in_space = false;
    append_folded(f.text, cp);
    f.origin.resize(f.text.size(), static_cast<std::uint32_t>(start));
  }
  f.origin.push_back(static_cast<std::uint32_t>(text.size()));
  return f;
}

std::string_view Company::primary_symbol() const {
  if (tickers.empty()) return {};
  return symbol_of(tickers.substr(0, tickers.find('|')));
}

bool Company::has_symbol(std::string_view symbol) const {
  for (std::string_view t : data::split_fields(tickers, '|'))
    if (!t.empty() && symbol_of(t) == symbol) return true;
  return false;
}

void KnowledgeBase::add_file(std::string_view content) {
  aliases_.reserve(aliases_.size() + content.size() / 16);
  data::for_each_line(content, [this](std::string_view line) {
    const std::vector<std::string_view> cols = data::split_fields(line, '\t');
    std::string_view name = cols.empty() ? std::string_view() : trim(cols[0]);
    const bool name_ambiguous = !name.empty() && name.front() == '~';
    if (name_ambiguous) name.remove_prefix(1);
    if (cols.size() < 2 || name.empty()) {
      ++malformed_;
      return;
    }
    const auto id = static_cast<std::uint32_t>(companies_.size());
    Company company;
    company.name = name;
    company.tickers = cols.size() > 3 ? trim(cols[3]) : std::string_view();
    company.country = cols.size() > 4 ? trim(cols[4]) : std::string_view();
    companies_.push_back(company);
    auto add_alias = [&](std::string_view form, bool ambiguous) {
      form = trim(form);
      if (!form.empty() && form.front() == '~') {
        ambiguous = true;
        form.remove_prefix(1);
      }
      if (form.empty()) return;
      aliases_.push_back({fold(form), id, ambiguous, needs_exact_case(form), form});
    };
    add_alias(name, name_ambiguous);
    for (std::size_t col = 1; col <= 2 && col < cols.size(); ++col)
      for (std::string_view form : data::split_fields(cols[col], '|')) add_alias(form, false);
    for (std::string_view t : data::split_fields(company.tickers, '|'))
      if (!symbol_of(t).empty()) by_symbol_.emplace(symbol_of(t), id);
  });
}

void KnowledgeBase::finish() {
  std::sort(aliases_.begin(), aliases_.end(), [](const Alias& a, const Alias& b) {
    return a.key != b.key ? a.key < b.key : a.company < b.company;
  });
  // One entry per (key, company): a company listing the same name twice (`Meta`, `META`
  // folded alike) keeps the most permissive one.
  std::vector<Alias> unique;
  unique.reserve(aliases_.size());
  for (Alias& a : aliases_) {
    if (!unique.empty() && unique.back().key == a.key && unique.back().company == a.company) {
      unique.back().ambiguous = unique.back().ambiguous && a.ambiguous;
      unique.back().exact_case = unique.back().exact_case && a.exact_case;
      continue;
    }
    unique.push_back(std::move(a));
  }
  unique.shrink_to_fit();
  aliases_ = std::move(unique);
  first_byte_.fill({0, 0});
  for (std::size_t i = 0; i < aliases_.size(); ++i) {
    auto& range = first_byte_[static_cast<unsigned char>(aliases_[i].key[0])];
    if (range.second == 0) range.first = static_cast<std::uint32_t>(i);
    range.second = static_cast<std::uint32_t>(i + 1);
  }
}

std::vector<std::uint32_t> KnowledgeBase::companies_with_symbol(std::string_view symbol) const {
  std::vector<std::uint32_t> out;
  auto range = by_symbol_.equal_range(symbol);
  for (auto it = range.first; it != range.second; ++it)
    if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
  return out;
}

const KnowledgeBase& KnowledgeBase::instance() {
  static const KnowledgeBase kb = [] {
    KnowledgeBase k;
    for (const data::File& f : data::files_under("companies/data/companies-")) k.add_file(f.content);
    k.finish();
    return k;
  }();
  return kb;
}

const Cues& Cues::instance() {
  static const Cues cues = [] {
    Cues c;
    data::for_each_line(data::file("companies/data/recogniser-words.tsv"), [&c](std::string_view line) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      const std::string_view kind = trim(line.substr(0, tab));
      const std::string word = fold(trim(line.substr(tab + 1)));
      if (word.empty()) return;
      Kind& k = c.kind_named(kind);
      k.set.insert(word);
      k.list.push_back(word);
    });
    for (Kind& k : c.kinds_)  // longest first, so suffix tests find the longest
      std::stable_sort(k.list.begin(), k.list.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return c;
  }();
  return cues;
}

Cues::Kind& Cues::kind_named(std::string_view kind) {
  for (Kind& k : kinds_)
    if (k.name == kind) return k;
  kinds_.push_back({std::string(kind), {}, {}});
  return kinds_.back();
}

const Cues::Kind* Cues::find(std::string_view kind) const {
  for (const Kind& k : kinds_)
    if (k.name == kind) return &k;
  return nullptr;
}

bool Cues::has(std::string_view kind, std::string_view word) const {
  const Kind* k = find(kind);
  return k && k->set.count(std::string(word)) > 0;
}

const std::vector<std::string>& Cues::list(std::string_view kind) const {
  static const std::vector<std::string> empty;
  const Kind* k = find(kind);
  return k ? k->list : empty;
}

}  // namespace newsmark::companies
