// The annotated document: what every pipeline stage fills in and what the JSON contract
// (README "JSON format") serialises. Offsets here are UTF-8 byte offsets into
// Article::text; the JSON writer converts them to UTF-16 code units.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newsmark {

struct Span {
  std::size_t start = 0;  // byte offset into the article text, inclusive
  std::size_t end = 0;    // byte offset, exclusive
};

// One block of the article in reading order: h1, h2..h6, p, li, blockquote,
// figcaption, pre, td (table rows as text), summary, byline, copyright.
struct Block {
  std::string kind;
  Span span;
};

struct Article {
  std::string title, byline, published, site, lang, url;
  std::string text;  // blocks joined by "\n\n"
  std::vector<Block> blocks;
};

struct CompanyMention {
  Span span;
  std::string name;    // canonical English name
  std::string ticker;  // as given in the text, or from the knowledge base; may be empty
  std::string entity;  // "e1", "e2", ... shared by all mentions of one company
};

struct Entity {
  std::string id, name, ticker;
  int mentions = 0;
};

struct Amount {
  Span span;
  std::string currency;  // ISO 4217
  std::optional<double> value, low, high;
  bool approx = false;
  std::string bound;      // "", "min" or "max"
  int equivalent_of = -1;  // index into Document::amounts of the amount this converts
};

struct Claim {
  Span span;                       // the sentence
  std::vector<std::string> kinds;  // "attributed", "factual"
  std::optional<Span> source;      // the speaker phrase, if any
  std::string source_entity;       // company entity id when the source is a company
  std::optional<Span> cue;         // the reporting verb or phrase, if any
  bool hedged = false;
  double score = 0;  // 0..1, how much the claim is worth checking
};

struct Document {
  Article article;
  std::vector<CompanyMention> companies;
  std::vector<Entity> entities;
  std::vector<Amount> amounts;
  std::vector<Claim> claims;
  std::vector<std::string> warnings;
};

}  // namespace newsmark
