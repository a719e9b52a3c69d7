#include "companies/lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "data/embedded.h"
#include "text/bytes.h"
#include "text/utf8.h"

namespace newsmark::companies {
namespace {

bool folds(char32_t cp) { return (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x2018 || cp == 0x2019 || (cp >= 'A' && cp <= 'Z'); }

// Whether `bytes` are what append_utf8 writes for `cp`, so that copying them equals
// re-encoding (not so for the overlong, broken or cut sequences next_code_point also decodes).
bool encodes(std::string_view bytes, char32_t cp) {
  const std::size_t length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (bytes.size() != length) return false;
  static constexpr unsigned char kLeadMark[] = {0, 0, 0xC0, 0xE0, 0xF0};
  if (static_cast<unsigned char>(bytes[0]) != (kLeadMark[length] | (cp >> (6 * (length - 1))))) return false;
  for (std::size_t i = 1; i < length; ++i)
    if (!text::is_continuation(static_cast<unsigned char>(bytes[i]))) return false;
  return true;
}

// The folded form of a code point that folding changes or that is not written the way
// append_utf8 writes it.
std::string folded_form(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // fullwidth ASCII
  if (cp == 0x2019 || cp == 0x2018 || cp == 0xFF07) cp = '\'';
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  std::string out;
  text::append_utf8(out, cp);
  return out;
}

// What folding does with a code point, by its first byte: for ASCII, the byte it folds to,
// or kSpace for a space or tab (alone it folds to ' ', a run to one). Hangul, Han and most
// other three-byte code points (leads E1 and E4..EE) fold to themselves when well formed:
// they are copied without decoding. Leads E2, E3 and EF hold the spaces, quotes and
// fullwidth forms that fold; E0 may start an overlong form. The rest are decoded.
constexpr std::int16_t kDecode = -1, kSpace = -2, kPlainThreeBytes = 0x100;
constexpr std::array<std::int16_t, 256> kByteFolds = [] {
  std::array<std::int16_t, 256> folds{};
  for (int byte = 0; byte < 256; ++byte) {
    if (byte < 0x80) folds[byte] = byte == ' ' || byte == '\t' ? kSpace : byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
    else folds[byte] = byte == 0xE1 || (byte >= 0xE4 && byte <= 0xEE) ? kPlainThreeBytes : kDecode;
  }
  return folds;
}();

// Whether the three bytes at `p` (before `stop`) are a lead and two continuation bytes.
bool three_bytes_at(const char* p, const char* stop) {
  return stop - p >= 3 && (text::load<std::uint16_t>(p + 1) & 0xC0C0) == 0x8080;
}

// Whether the code point at `p` (before `stop`) folds byte for byte (see kByteFolds).
bool folds_byte_for_byte(const char* p, const char* stop) {
  const std::int16_t folded = kByteFolds[static_cast<unsigned char>(*p)];
  return folded >= 0 && (folded != kPlainThreeBytes || three_bytes_at(p, stop));
}

// Folds the eight bytes at `in` to `to` if they fold byte for byte, as ASCII mostly does:
// no tab, no byte of a longer code point, no space before a space or a byte that is not
// ASCII (the byte after the eight counts too: `in` has nine). Returns whether it did.
bool fold_ascii_block(const char* in, char* to) {
  const auto word = text::load<std::uint64_t>(in);
  if (word & text::kHighBits) return false;  // first, alone: Korean text fails here
  const auto next = text::load<std::uint64_t>(in + 1);
  const std::uint64_t not_after_space = text::bytes_equal(next, ' ') | text::bytes_equal(next, '\t') | (next & text::kHighBits);
  if (text::bytes_equal(word, '\t') || (text::bytes_equal(word, ' ') & not_after_space)) return false;
  // Capitals: from 'A' and not past 'Z' (no byte carries into the next: all are below 0x80).
  const std::uint64_t from_a = (word + text::kEveryByte * (0x80 - 'A')) & text::kHighBits;
  const std::uint64_t past_z = (word + text::kEveryByte * (0x80 - 'Z' - 1)) & text::kHighBits;
  const std::uint64_t lowered = word | (from_a & ~past_z) >> 2;  // 0x80 >> 2 is the case bit
  std::memcpy(to, &lowered, sizeof lowered);
  return true;
}

// Copies the run of code points from `pos` on that fold byte for byte to `out`, which it
// advances, and returns where the run ends. A single space or tab between two of them is in
// the run, as ' ': fold writes one there, and fold_with_origin's offsets go on together. One
// loop for ASCII and three-byte code points: Korean text mixes them (오픈AI), and a call to
// copy each short run would cost more than the run.
std::size_t copy_folding_run(std::string_view s, std::size_t pos, char*& out) {
  // Through local pointers: a char store may alias anything, a member or a reference too.
  const char* in = s.data() + pos;
  const char* const stop = s.data() + s.size();
  char* to = out;
  while (in != stop) {
    const std::int16_t folded = kByteFolds[static_cast<unsigned char>(*in)];
    if (folded == kPlainThreeBytes) {
      if (!three_bytes_at(in, stop)) break;
      std::memcpy(to, in, 3);  // not std::copy: that calls memmove, which costs more than the bytes
      to += 3;
      in += 3;
    } else if (folded == kDecode) {
      break;
    } else if (stop - in > 8 && fold_ascii_block(in, to)) {
      in += 8;
      to += 8;
    } else if (folded >= 0) {
      *to++ = static_cast<char>(folded);
      ++in;
    } else if (in + 1 != stop && folds_byte_for_byte(in + 1, stop)) {  // a space or tab alone
      *to++ = ' ';
      ++in;
    } else {
      break;
    }
  }
  out = to;
  return static_cast<std::size_t>(in - s.data());
}

// Writes the folding of `s` at `out` (which it advances; the folding is never longer than
// `s`), piece by piece: it calls on_piece(offset) before each piece that is not a space and
// on_space(offset) for each run of spaces, which write no byte themselves. A piece is a run
// that copy_folding_run copies, or one other code point.
template <typename Piece, typename Space>
void fold_pieces(std::string_view s, char*& out, Piece&& on_piece, Space&& on_space) {
  bool in_space = false;
  auto space_at = [&](std::size_t start) {
    if (!in_space) on_space(start);
    in_space = true;
  };
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (folds_byte_for_byte(s.data() + pos, s.data() + s.size())) {
      on_piece(start);
      pos = copy_folding_run(s, pos, out);
      in_space = false;
      continue;
    }
    if (byte == ' ' || byte == '\t') {
      space_at(start);
      ++pos;
      continue;
    }
    const char32_t cp = text::next_code_point(s, pos);
    if (folds_to_space(cp)) {
      space_at(start);
      continue;
    }
    in_space = false;
    on_piece(start);
    const std::string_view bytes = s.substr(start, pos - start);
    const std::string folded = !folds(cp) && encodes(bytes, cp) ? std::string(bytes) : folded_form(cp);  // mostly as they are
    out = std::copy(folded.begin(), folded.end(), out);
  }
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

bool folds_to_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || cp == 0x2009 || cp == 0x202F; }

namespace {

// Writes fold(s) at `out`, which has room for s.size() bytes, and returns its length.
std::size_t fold_into(std::string_view s, char* const out) {
  char* end = out;
  bool pending_space = false;  // spaces are written before the next piece: none at the ends
  fold_pieces(
      s, end,
      [&](std::size_t) {
        if (pending_space) *end++ = ' ';
        pending_space = false;
      },
      [&](std::size_t) { pending_space = end != out; });
  return static_cast<std::size_t>(end - out);
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out(s.size(), '\0');
  out.resize(fold_into(s, out.data()));
  return out;
}

FoldedText fold_with_origin(std::string_view text) {
  FoldedText f;
  f.text_.resize(text.size());
  char* const folded = f.text_.data();  // written through a pointer: a char store may alias anything
  char* end = folded;
  f.runs_.push_back({0, 0});
  auto piece_at = [&](std::size_t at) {  // a new run where the offsets stopped advancing together
    const FoldedText::Run& run = f.runs_.back();
    const auto n = static_cast<std::size_t>(end - folded);
    if (at - run.text != n - run.folded) f.runs_.push_back({static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(at)});
  };
  fold_pieces(text, end, piece_at, [&](std::size_t at) {
    piece_at(at);
    *end++ = ' ';
  });
  piece_at(text.size());
  const auto n = static_cast<std::size_t>(end - folded);
  f.text_.resize(n);
  auto index = [&f](std::uint32_t FoldedText::Run::*start, std::size_t size, std::vector<std::uint32_t>& run_by_block) {
    run_by_block.resize((size >> FoldedText::kBlockBits) + 1);
    std::uint32_t r = 0;
    for (std::size_t block = 0; block < run_by_block.size(); ++block) {
      while (r + 1 < f.runs_.size() && f.runs_[r + 1].*start <= block << FoldedText::kBlockBits) ++r;
      run_by_block[block] = r;
    }
  };
  index(&FoldedText::Run::folded, n, f.run_by_folded_block_);
  index(&FoldedText::Run::text, text.size(), f.run_by_text_block_);
  return f;
}

std::size_t FoldedText::origin(std::size_t pos) const {
  std::size_t r = run_by_folded_block_[pos >> kBlockBits];
  while (r + 1 < runs_.size() && runs_[r + 1].folded <= pos) ++r;
  return runs_[r].text + (pos - runs_[r].folded);
}

std::size_t FoldedText::offset(std::size_t pos) const {
  std::size_t r = run_by_text_block_[pos >> kBlockBits];
  while (r + 1 < runs_.size() && runs_[r + 1].text <= pos) ++r;
  return runs_[r].folded + (pos - runs_[r].text);
}

std::string_view Company::primary_symbol() const {
  if (tickers.empty()) return {};
  return symbol_of(tickers.substr(0, tickers.find('|')));
}

bool Company::has_symbol(std::string_view symbol) const {
  bool has = false;
  data::for_each_field(tickers, '|', [&](std::string_view t) { has = has || (!t.empty() && symbol_of(t) == symbol); });
  return has;
}

void KnowledgeBase::add_file(std::string_view content) {
  // The keys of the file's aliases go one after another into a buffer as long as the file:
  // a key is never longer than the form it folds, and the forms are parts of the file.
  folded_keys_.push_back(std::make_unique<char[]>(content.size()));
  char* keys_end = folded_keys_.back().get();
  aliases_.reserve(aliases_.size() + content.size() / 16);
  data::for_each_line(content, [&](std::string_view line) {
    constexpr std::size_t kColumns = 5;  // name, korean, aliases, tickers, country
    std::array<std::string_view, kColumns> cols;
    std::size_t columns = 0;
    data::for_each_field(line, '\t', [&](std::string_view field) {
      if (columns < kColumns) cols[columns] = field;
      ++columns;
    });
    std::string_view name = trim(cols[0]);
    const bool name_ambiguous = !name.empty() && name.front() == '~';
    if (name_ambiguous) name.remove_prefix(1);
    if (columns < 2 || name.empty()) {
      ++malformed_;
      return;
    }
    const auto id = static_cast<std::uint32_t>(companies_.size());
    Company company;
    company.name = name;
    company.tickers = trim(cols[3]);
    company.country = trim(cols[4]);
    companies_.push_back(company);
    auto add_alias = [&](std::string_view form, bool ambiguous) {
      form = trim(form);
      if (!form.empty() && form.front() == '~') {
        ambiguous = true;
        form.remove_prefix(1);
      }
      if (form.empty()) return;
      const std::string_view key(keys_end, fold_into(form, keys_end));
      keys_end += key.size();
      aliases_.push_back({key, id, ambiguous, needs_exact_case(form), form});
    };
    add_alias(name, name_ambiguous);
    for (std::size_t col = 1; col <= 2; ++col) data::for_each_field(cols[col], '|', [&](std::string_view form) { add_alias(form, false); });
    data::for_each_field(company.tickers, '|', [&](std::string_view ticker) {
      if (!symbol_of(ticker).empty()) by_symbol_.emplace_back(symbol_of(ticker), id);
    });
  });
}

void KnowledgeBase::finish() {
  sort_aliases();
  // One entry per (key, company): a company listing the same name twice (`Meta`, `META`
  // folded alike) keeps the most permissive one.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < aliases_.size(); ++i) {
    const Alias& a = aliases_[i];
    if (kept > 0 && aliases_[kept - 1].key == a.key && aliases_[kept - 1].company == a.company) {
      aliases_[kept - 1].ambiguous = aliases_[kept - 1].ambiguous && a.ambiguous;
      aliases_[kept - 1].exact_case = aliases_[kept - 1].exact_case && a.exact_case;
      continue;
    }
    aliases_[kept++] = a;
  }
  aliases_.resize(kept);
  aliases_.shrink_to_fit();
  std::sort(by_symbol_.begin(), by_symbol_.end());
  by_symbol_.erase(std::unique(by_symbol_.begin(), by_symbol_.end()), by_symbol_.end());
  std::vector<std::string_view> keys;
  keys.reserve(aliases_.size());
  for (const Alias& a : aliases_) keys.push_back(a.key);
  keys_ = ByteTrie();
  keys_.build(keys);
  second_nodes_.assign(256 * 256, ByteTrie::kNoNode);
  for (unsigned first = 0; first < 256; ++first) {
    const std::uint32_t node = keys_.child(ByteTrie::kRoot, static_cast<unsigned char>(first));
    if (node == ByteTrie::kNoNode) continue;
    for (unsigned second = 0; second < 256; ++second) second_nodes_[first << 8 | second] = keys_.child(node, static_cast<unsigned char>(second));
  }
  syllable_nodes_.assign(0xD7A4 - 0xAC00, ByteTrie::kNoNode);
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
    std::string bytes;
    text::append_utf8(bytes, cp);
    const std::uint32_t one = keys_.child(ByteTrie::kRoot, static_cast<unsigned char>(bytes[0]));
    const std::uint32_t two = one == ByteTrie::kNoNode ? ByteTrie::kNoNode : keys_.child(one, static_cast<unsigned char>(bytes[1]));
    if ((one != ByteTrie::kNoNode && keys_.ends_key(one)) || (two != ByteTrie::kNoNode && keys_.ends_key(two))) {
      syllable_nodes_.clear();
      return;
    }
    if (two != ByteTrie::kNoNode) syllable_nodes_[cp - 0xAC00] = keys_.child(two, static_cast<unsigned char>(bytes[2]));
  }
}

// Sorts the aliases by key, then company. Most keys differ in their first eight bytes: those,
// read as one big-endian number, settle most comparisons without reading the keys.
void KnowledgeBase::sort_aliases() {
  struct Entry {
    std::uint64_t head;
    std::uint32_t alias;
  };
  std::vector<Entry> order(aliases_.size());
  for (std::size_t i = 0; i < aliases_.size(); ++i) {
    std::uint64_t head = 0;
    const std::string_view key = aliases_[i].key;
    for (std::size_t b = 0; b < 8; ++b) head = head << 8 | (b < key.size() ? static_cast<unsigned char>(key[b]) : 0u);
    order[i] = {head, static_cast<std::uint32_t>(i)};
  }
  std::sort(order.begin(), order.end(), [this](const Entry& a, const Entry& b) {
    if (a.head != b.head) return a.head < b.head;
    const Alias &x = aliases_[a.alias], &y = aliases_[b.alias];
    return x.key != y.key ? x.key < y.key : x.company < y.company;
  });
  std::vector<Alias> sorted;
  sorted.reserve(aliases_.size());
  for (const Entry& e : order) sorted.push_back(aliases_[e.alias]);
  aliases_ = std::move(sorted);
}

std::vector<std::uint32_t> KnowledgeBase::companies_with_symbol(std::string_view symbol) const {
  std::vector<std::uint32_t> out;
  auto first = std::lower_bound(by_symbol_.begin(), by_symbol_.end(), std::make_pair(symbol, std::uint32_t{0}));
  for (; first != by_symbol_.end() && first->first == symbol; ++first) out.push_back(first->second);
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

void ByteTrie::build(const std::vector<std::string_view>& keys) {
  // First the nodes in breadth-first order, each the range of keys sharing its prefix. There
  // is one per distinct prefix: counted first, so that the array never moves.
  struct Node {
    std::uint32_t first, last, depth;  // keys [first, last) have the node's prefix, `depth` bytes long
    std::uint32_t ending = 0;          // keys [first, first + ending) end here
    std::uint32_t children = 0, first_child = 0;
    std::uint32_t offset = 0;          // of its record
  };
  std::size_t prefixes = 1;  // the root's, the empty one
  for (std::size_t k = 0; k < keys.size(); ++k) {
    std::size_t shared = 0;
    if (k > 0)
      while (shared < keys[k].size() && shared < keys[k - 1].size() && keys[k][shared] == keys[k - 1][shared]) ++shared;
    prefixes += keys[k].size() - shared;
  }
  std::vector<Node> nodes;
  nodes.reserve(prefixes);
  nodes.push_back({0, static_cast<std::uint32_t>(keys.size()), 0});
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const Node node = nodes[n];
    std::uint32_t i = node.first;
    while (i < node.last && keys[i].size() == node.depth) ++i;
    nodes[n].ending = n == 0 ? 0 : i - node.first;  // the root walks no byte: it ends no key
    nodes[n].first_child = static_cast<std::uint32_t>(nodes.size());
    while (i < node.last) {
      const char byte = keys[i][node.depth];
      std::uint32_t j = i + 1;
      while (j < node.last && keys[j][node.depth] == byte) ++j;
      nodes.push_back({i, j, node.depth + 1});
      i = j;
    }
    nodes[n].children = static_cast<std::uint32_t>(nodes.size()) - nodes[n].first_child;
  }
  std::size_t size = 0;
  for (Node& node : nodes) {
    node.offset = static_cast<std::uint32_t>(size);
    size += 1 + (node.ending ? 2 : 0) + (node.children + 3) / 4 + node.children;
  }
  // Then the records.
  auto byte_of = [&](const Node& child) { return static_cast<unsigned char>(keys[child.first][child.depth - 1]); };
  auto handle = [](const Node& node) { return node.ending ? node.offset | kEndsKey : node.offset; };
  records_.assign(size, 0);
  for (const Node& node : nodes) {
    std::uint32_t* record = &records_[node.offset];
    record[0] = node.children;
    if (node.ending) {
      record[1] = node.first;
      record[2] = node.first + node.ending;
    }
    std::uint32_t* packed = record + (node.ending ? 3 : 1);
    auto* bytes = reinterpret_cast<unsigned char*>(packed);
    std::uint32_t* children = packed + (node.children + 3) / 4;
    for (std::uint32_t c = 0; c < node.children; ++c) {
      const Node& child = nodes[node.first_child + c];
      bytes[c] = byte_of(child);
      children[c] = handle(child);
    }
  }
  root_children_.fill(kNoNode);
  for (std::uint32_t c = 0; c < nodes[0].children; ++c) {
    const Node& child = nodes[nodes[0].first_child + c];
    root_children_[byte_of(child)] = handle(child);
  }
}

WordList::WordList(const std::vector<std::string>& words) {
  std::vector<std::string> reversed(words.begin(), words.end());
  for (std::string& w : reversed) std::reverse(w.begin(), w.end());
  std::vector<std::string_view> keys(words.begin(), words.end()), reversed_keys(reversed.begin(), reversed.end());
  std::sort(keys.begin(), keys.end());
  std::sort(reversed_keys.begin(), reversed_keys.end());
  forward_.build(keys);
  backward_.build(reversed_keys);
  for (const std::string& w : words) {
    short_words_ = short_words_ || w.size() < 3;
    if (w.size() < 3) continue;
    long_heads_.set(slot_of_three(w.data()));
    long_tails_.set(slot_of_three(w.data() + w.size() - 3));
  }
}

bool WordList::has(std::string_view word) const {
  std::uint32_t node = ByteTrie::kRoot;
  for (char c : word)
    if ((node = forward_.child(node, static_cast<unsigned char>(c))) == ByteTrie::kNoNode) return false;
  return forward_.ends_key(node);
}

bool WordList::has(std::string_view word, char last) const {
  std::uint32_t node = ByteTrie::kRoot;
  for (char c : word)
    if ((node = forward_.child(node, static_cast<unsigned char>(c))) == ByteTrie::kNoNode) return false;
  node = forward_.child(node, static_cast<unsigned char>(last));
  return node != ByteTrie::kNoNode && forward_.ends_key(node);
}

const Cues& Cues::instance() {
  static const Cues cues = [] {
    std::vector<std::pair<std::string, std::vector<std::string>>> lists;  // in order of first appearance
    data::for_each_line(data::file("companies/data/recogniser-words.tsv"), [&lists](std::string_view line) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      const std::string_view kind = trim(line.substr(0, tab));
      std::string word = fold(trim(line.substr(tab + 1)));
      if (word.empty()) return;
      auto list = std::find_if(lists.begin(), lists.end(), [&](const auto& l) { return l.first == kind; });
      if (list == lists.end()) list = lists.insert(lists.end(), {std::string(kind), {}});
      list->second.push_back(std::move(word));
    });
    Cues c;
    for (const auto& [kind, words] : lists) c.kinds_.push_back({kind, WordList(words)});
    return c;
  }();
  return cues;
}

const WordList& Cues::words(std::string_view kind) const {
  static const WordList empty({});
  for (const Kind& k : kinds_)
    if (k.name == kind) return k.words;
  return empty;
}

}  // namespace newsmark::companies
