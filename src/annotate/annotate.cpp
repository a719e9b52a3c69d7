#include "annotate/annotate.h"

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
  doc.claims = claims::find_claims({text, sentences, doc.companies, doc.amounts});
  return doc;
}

}  // namespace newsmark
