// The JSON contract, version 1 (documented in README.md, "JSON format").
// Offsets are converted here, once, from UTF-8 bytes to UTF-16 code units.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

#include "annotate/annotate.h"
#include "text/utf8.h"

namespace newsmark {
namespace {

using Json = nlohmann::ordered_json;

Json nullable(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// One annotation of any type, to be ordered by position before ids are given.
struct Item {
  Span span;
  int type_rank;  // claims enclose the others: at equal start they come first
  std::size_t index;
};

class Writer {
 public:
  explicit Writer(const Document& doc) : doc_(doc), text_(doc.article.text), map_(text_) {}

  Json document(const std::string* id) {
    Json j;
    if (id) j["id"] = *id;
    const Article& a = doc_.article;
    j["version"] = kJsonVersion;
    j["lang"] = nullable(a.lang);
    j["title"] = nullable(a.title);
    j["byline"] = nullable(a.byline);
    j["published"] = nullable(a.published);
    j["site"] = nullable(a.site);
    j["url"] = nullable(a.url);
    j["text"] = a.text;
    j["blocks"] = Json::array();
    for (const Block& b : a.blocks) {
      Json block;
      block["kind"] = b.kind;
      add_span(block, b.span);
      j["blocks"].push_back(std::move(block));
    }
    j["annotations"] = annotations();
    j["entities"] = Json::array();
    for (const Entity& e : doc_.entities)
      j["entities"].push_back(Json{{"id", e.id}, {"name", e.name}, {"ticker", nullable(e.ticker)}, {"mentions", e.mentions}});
    j["warnings"] = doc_.warnings;
    return j;
  }

 private:
  void add_span(Json& j, const Span& s) {
    j["start"] = map_.to_utf16(s.start);
    j["end"] = map_.to_utf16(s.end);
  }

  Json span_object(const Span& s) {
    Json j;
    j["text"] = slice(s);
    add_span(j, s);
    return j;
  }

  std::string slice(const Span& s) const { return std::string(text_.substr(s.start, s.end - s.start)); }

  Json annotations() {
    std::vector<Item> items;
    for (std::size_t i = 0; i < doc_.claims.size(); ++i) items.push_back({doc_.claims[i].span, 0, i});
    for (std::size_t i = 0; i < doc_.companies.size(); ++i) items.push_back({doc_.companies[i].span, 1, i});
    for (std::size_t i = 0; i < doc_.amounts.size(); ++i) items.push_back({doc_.amounts[i].span, 2, i});
    std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
      return std::make_tuple(x.span.start, y.span.end, x.type_rank, x.index) <
             std::make_tuple(y.span.start, x.span.end, y.type_rank, y.index);
    });
    std::vector<std::string> amount_ids(doc_.amounts.size());
    for (std::size_t k = 0; k < items.size(); ++k)
      if (items[k].type_rank == 2) amount_ids[items[k].index] = "a" + std::to_string(k + 1);
    Json out = Json::array();
    for (std::size_t k = 0; k < items.size(); ++k) {
      Json j;
      j["id"] = "a" + std::to_string(k + 1);
      const Item& it = items[k];
      if (it.type_rank == 0) claim(j, doc_.claims[it.index]);
      if (it.type_rank == 1) company(j, doc_.companies[it.index]);
      if (it.type_rank == 2) amount(j, doc_.amounts[it.index], amount_ids);
      out.push_back(std::move(j));
    }
    return out;
  }

  void common(Json& j, const char* type, const Span& s) {
    j["type"] = type;
    add_span(j, s);
    j["text"] = slice(s);
  }

  void company(Json& j, const CompanyMention& m) {
    common(j, "company", m.span);
    j["name"] = m.name;
    j["entity"] = m.entity;
    if (!m.ticker.empty()) j["ticker"] = m.ticker;
  }

  void amount(Json& j, const Amount& a, const std::vector<std::string>& ids) {
    common(j, "amount", a.span);
    j["currency"] = a.currency;
    if (a.value) j["value"] = *a.value;
    if (a.low) j["low"] = *a.low;
    if (a.high) j["high"] = *a.high;
    if (a.approx) j["approx"] = true;
    if (!a.bound.empty()) j["bound"] = a.bound;
    if (a.equivalent_of >= 0 && static_cast<std::size_t>(a.equivalent_of) < ids.size())
      j["equivalent_of"] = ids[a.equivalent_of];
  }

  void claim(Json& j, const Claim& c) {
    common(j, "claim", c.span);
    j["kinds"] = c.kinds;
    if (c.source) {
      Json source = span_object(*c.source);
      if (!c.source_entity.empty()) source["entity"] = c.source_entity;
      j["source"] = std::move(source);
    }
    if (c.cue) j["cue"] = span_object(*c.cue);
    if (c.hedged) j["hedged"] = true;
    j["score"] = c.score;
  }

  const Document& doc_;
  std::string_view text_;
  text::Utf16Map map_;
};

}  // namespace

std::string to_json(const Document& document, const std::string* id) {
  return Writer(document).document(id).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string error_json(const std::string& message, const std::string* id) {
  Json j;
  if (id) j["id"] = *id;
  j["version"] = kJsonVersion;
  j["error"] = message;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace newsmark
