#include "annotate/annotate.h"

#include <algorithm>
#include <iterator>

#include "amounts/amounts.h"
#include "claims/claims.h"
#include "companies/companies.h"
#include "extract/extract.h"
#include "html/parse.h"
#include "text/sentences.h"
#include "text/utf8.h"

namespace newsmark {

namespace {

void run_both(const Options& options, const std::function<void()>& first, const std::function<void()>& second) {
  if (options.run_both) return options.run_both(first, second);
  first();
  second();
}

// Claims read in two halves of the text at once, then joined in order.
std::vector<Claim> find_claims_in_halves(const Options& options, const claims::Context& context) {
  const std::vector<Span>& sentences = context.sentences;
  const std::size_t middle_byte = context.text.size() / 2;
  const std::size_t half = static_cast<std::size_t>(
      std::partition_point(sentences.begin(), sentences.end(), [&](Span s) { return s.start < middle_byte; }) -
      sentences.begin());
  std::vector<claims::ClaimReading> first, second;
  run_both(
      options, [&] { first = claims::read_claims(context, 0, half); },
      [&] { second = claims::read_claims(context, half, sentences.size()); });
  first.insert(first.end(), std::make_move_iterator(second.begin()), std::make_move_iterator(second.end()));
  return claims::resolve_speakers(context.text, std::move(first));
}

}  // namespace

Document annotate(std::string_view input, const Options& options) {
  if (input.size() > kMaxInputBytes)
    throw InputRejected("input is " + std::to_string(input.size() >> 20) + " MiB; the limit is " +
                        std::to_string(kMaxInputBytes >> 20) + " MiB");
  Document doc;
  // Valid input (nearly all of it) is used in place; only invalid input is copied.
  std::string repaired;
  std::string_view clean = input;
  if (!text::is_valid_utf8(input)) {
    std::size_t replaced = 0;
    repaired = text::repair_utf8(input, &replaced);
    clean = repaired;
    doc.warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence(s) or NUL byte(s) replaced by U+FFFD");
  }

  if (options.plain_text) {
    doc.article = extract::article_from_text(clean);
  } else {
    const html::ParsedHtml page(clean, &extract::attributes_read());
    if (page.was_flattened())
      doc.warnings.push_back("elements nested deeper than " + std::to_string(html::kMaxNestingDepth) +
                             " levels were flattened");
    doc.article = extract::extract_article(page);
  }
  if (doc.article.text.empty()) doc.warnings.push_back("no article text found");

  const std::string_view text = doc.article.text;
  std::vector<Span> sentences;
  companies::Result found;
  run_both(
      options, [&] { found = companies::find_companies(text, options.watchlist); },
      [&] {
        sentences = text::split_sentences(text, doc.article.blocks);
        doc.amounts = amounts::find_amounts(text);
      });
  doc.companies = std::move(found.mentions);
  doc.entities = std::move(found.entities);
  doc.claims = find_claims_in_halves(options, {text, sentences, doc.companies, doc.amounts});
  return doc;
}

}  // namespace newsmark
