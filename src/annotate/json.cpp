// The JSON contract, version 1 (documented in README.md, "JSON format").
// Offsets are converted here, once, from UTF-8 bytes to UTF-16 code units.
#include <algorithm>
#include <cstdint>

#include "annotate/annotate.h"
#include "annotate/json_writer.h"
#include "text/utf8.h"

namespace newsmark {
namespace {

// One annotation of any type, to be ordered by position before ids are given: by start,
// then the longer first, then claims before companies before amounts (claims enclose the
// others), then as found. The order is packed into two numbers (offsets are below 2^32:
// input is at most kMaxInputBytes) so that sorting compares integers, not tuples.
struct Item {
  Item(Span span, int type_rank, std::size_t index)
      : position(static_cast<std::uint64_t>(span.start) << 32 | (0xFFFFFFFFu - static_cast<std::uint32_t>(span.end))),
        rank(static_cast<std::uint64_t>(type_rank) << 32 | index) {}
  bool operator<(const Item& other) const { return position != other.position ? position < other.position : rank < other.rank; }
  int type_rank() const { return static_cast<int>(rank >> 32); }
  std::size_t index() const { return static_cast<std::size_t>(rank & 0xFFFFFFFFu); }

  std::uint64_t position, rank;  // rank: the type's rank, then the index in its stage's list
};
static_assert(kMaxInputBytes < (std::uint64_t{1} << 32), "offsets must fit the packed order");

constexpr int kClaim = 0, kCompany = 1, kAmount = 2;

class DocumentWriter {
 public:
  DocumentWriter(const Document& doc, JsonWriter::Sink sink)
      : doc_(doc), text_(doc.article.text), text_is_valid_(text::is_valid_utf8(text_)), map_(text_), json_(std::move(sink)) {
    if (!json_.has_sink()) json_.reserve(text_.size() * 2 + 4096);
  }

  std::string write(const std::string* id) {
    const Article& a = doc_.article;
    json_.begin_object();
    if (id) json_.key("id").string(*id);
    json_.key("version").integer(kJsonVersion);
    json_.key("lang").string_or_null(a.lang);
    json_.key("title").string_or_null(a.title);
    json_.key("byline").string_or_null(a.byline);
    json_.key("published").string_or_null(a.published);
    json_.key("site").string_or_null(a.site);
    json_.key("url").string_or_null(a.url);
    json_.key("text");
    if (text_is_valid_) json_.valid_string(a.text);
    else json_.string(a.text);
    json_.key("blocks").begin_array();
    for (const Block& b : a.blocks) {
      json_.begin_object().key("kind").string(b.kind);
      span(b.span);
      json_.end_object();
    }
    json_.end_array();
    json_.key("annotations");
    annotations();
    json_.key("entities").begin_array();
    for (const Entity& e : doc_.entities) {
      json_.begin_object().key("id").string(e.id).key("name").string(e.name);
      json_.key("ticker").string_or_null(e.ticker).key("mentions").integer(e.mentions).end_object();
    }
    json_.end_array();
    json_.key("warnings").begin_array();
    for (const std::string& w : doc_.warnings) json_.string(w);
    json_.end_array();
    json_.end_object();
    json_.flush();
    return json_.take();
  }

 private:
  void span(const Span& s) {
    json_.key("start").integer(static_cast<long long>(map_.to_utf16(s.start)));
    json_.key("end").integer(static_cast<long long>(map_.to_utf16(s.end)));
  }

  void span_object(const char* name, const Span& s, const std::string& entity = {}) {
    json_.key(name).begin_object().key("text");
    text_slice(s);
    span(s);
    if (!entity.empty()) json_.key("entity").string(entity);
    json_.end_object();
  }

  // A slice of the checked text is valid if it starts and ends between code points.
  void text_slice(const Span& s) {
    const std::string_view piece = text_.substr(s.start, s.end - s.start);
    if (text_is_valid_ && between_code_points(s.start) && between_code_points(s.end)) json_.valid_string(piece);
    else json_.string(piece);
  }

  bool between_code_points(std::size_t offset) const {
    return offset >= text_.size() || !text::is_continuation(static_cast<unsigned char>(text_[offset]));
  }

  void annotations() {
    std::vector<Item> items;
    items.reserve(doc_.claims.size() + doc_.companies.size() + doc_.amounts.size());
    for (std::size_t i = 0; i < doc_.claims.size(); ++i) items.emplace_back(doc_.claims[i].span, kClaim, i);
    for (std::size_t i = 0; i < doc_.companies.size(); ++i) items.emplace_back(doc_.companies[i].span, kCompany, i);
    for (std::size_t i = 0; i < doc_.amounts.size(); ++i) items.emplace_back(doc_.amounts[i].span, kAmount, i);
    // Each stage lists its annotations in order, mostly: sort what is not, then merge.
    const auto claims_end = items.begin() + static_cast<std::ptrdiff_t>(doc_.claims.size());
    const auto companies_end = claims_end + static_cast<std::ptrdiff_t>(doc_.companies.size());
    for (const auto& [first, last] : {std::pair{items.begin(), claims_end}, {claims_end, companies_end}, {companies_end, items.end()}})
      if (!std::is_sorted(first, last)) std::sort(first, last);
    std::inplace_merge(items.begin(), claims_end, companies_end);
    std::inplace_merge(items.begin(), companies_end, items.end());
    amount_ids_.assign(doc_.amounts.size(), 0);
    for (std::size_t k = 0; k < items.size(); ++k)
      if (items[k].type_rank() == kAmount) amount_ids_[items[k].index()] = annotation_number(k);
    json_.begin_array();
    for (std::size_t k = 0; k < items.size(); ++k) {
      const Item& it = items[k];
      json_.begin_object().key("id").numbered_id('a', annotation_number(k));
      if (it.type_rank() == kClaim) claim(doc_.claims[it.index()]);
      if (it.type_rank() == kCompany) company(doc_.companies[it.index()]);
      if (it.type_rank() == kAmount) amount(doc_.amounts[it.index()]);
      json_.end_object();
    }
    json_.end_array();
  }

  // Annotation ids are "a1", "a2", ... in document order.
  static std::size_t annotation_number(std::size_t index) { return index + 1; }

  void common(const char* type, const Span& s) {
    json_.key("type").plain_string(type);
    span(s);
    json_.key("text");
    text_slice(s);
  }

  void company(const CompanyMention& m) {
    common("company", m.span);
    json_.key("name").string(m.name).key("entity").string(m.entity);
    if (!m.ticker.empty()) json_.key("ticker").string(m.ticker);
  }

  void amount(const Amount& a) {
    common("amount", a.span);
    json_.key("currency").string(a.currency);
    if (a.value) json_.key("value").number(*a.value);
    if (a.low) json_.key("low").number(*a.low);
    if (a.high) json_.key("high").number(*a.high);
    if (a.approx) json_.key("approx").boolean(true);
    if (!a.bound.empty()) json_.key("bound").string(a.bound);
    if (a.equivalent_of >= 0 && static_cast<std::size_t>(a.equivalent_of) < amount_ids_.size())
      json_.key("equivalent_of").numbered_id('a', amount_ids_[a.equivalent_of]);
  }

  void claim(const Claim& c) {
    common("claim", c.span);
    json_.key("kinds").begin_array();
    for (const std::string& kind : c.kinds) json_.string(kind);
    json_.end_array();
    if (c.source) span_object("source", *c.source, c.source_entity);
    if (c.cue) span_object("cue", *c.cue);
    if (c.hedged) json_.key("hedged").boolean(true);
    json_.key("score").number(c.score);
  }

  const Document& doc_;
  std::string_view text_;
  bool text_is_valid_;
  text::Utf16Map map_;
  JsonWriter json_;
  std::vector<std::size_t> amount_ids_;  // annotation number of each amount, for equivalent_of
};

}  // namespace

std::string to_json(const Document& document, const std::string* id) { return DocumentWriter(document, nullptr).write(id); }

void write_json(const Document& document, const JsonWriter::Sink& sink, const std::string* id) { DocumentWriter(document, sink).write(id); }

std::string error_json(const std::string& message, const std::string* id) {
  JsonWriter json;
  json.begin_object();
  if (id) json.key("id").string(*id);
  json.key("version").integer(kJsonVersion).key("error").string(message).end_object();
  return json.take();
}

}  // namespace newsmark
