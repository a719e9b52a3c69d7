// Article extraction: the fixture pages under tests/fixtures/extract/ (each NAME.html
// with the article text it must yield in NAME.expected.txt), and the metadata rules.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/dom.h"
#include "extract/extract.h"
#include "extract/hints.h"
#include "extract/metadata.h"
#include "html/parse.h"

using newsmark::Article;
namespace extract = newsmark::extract;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string fixture(const std::string& name) { return std::string(NEWSMARK_FIXTURES) + "/extract/" + name; }

// Parsed as the pipeline parses: only the attributes extraction reads are kept.
Article extract_html(const std::string& html) {
  const newsmark::html::ParsedHtml page(html, &extract::attributes_read());
  return extract::extract_article(page);
}

// The expected text of a fixture page, without the file's final newline.
std::string expected_text(const std::string& name) {
  std::string text = read_file(fixture(name + ".expected.txt"));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

const char* const kFixturePages[] = {
    "ko-portal-table",   "ko-br-paragraphs", "ko-related-box",    "ko-photo-caption",
    "ko-fragment",       "ko-reporter-email", "ko-data-table",    "en-live-blog",
    "en-paywall-teaser", "en-pull-quote",    "en-news-figure",    "en-jsonld-only",
};

// The element children of the page's body, in order.
std::vector<const GumboNode*> body_elements(const newsmark::html::ParsedHtml& page) {
  std::vector<const GumboNode*> out;
  for (unsigned i = 0; i < extract::child_count(page.root()); ++i) {
    const GumboNode* body = extract::child_at(page.root(), i);
    if (!extract::is_tag(body, GUMBO_TAG_BODY)) continue;
    for (unsigned k = 0; k < extract::child_count(body); ++k)
      if (extract::is_element(extract::child_at(body, k))) out.push_back(extract::child_at(body, k));
  }
  return out;
}

}  // namespace

TEST_CASE("has_text says what a full measure would, without the text set aside") {
  const newsmark::html::ParsedHtml page(
      "<div><span> \xC2\xA0 </span><b>word</b></div><div><p> </p><img></div>");
  const std::vector<const GumboNode*> divs = body_elements(page);
  REQUIRE(divs.size() == 2);
  const GumboNode* word = extract::child_at(divs[0], 1);
  REQUIRE(extract::is_tag(word, GUMBO_TAG_B));
  const extract::PageFacts facts;
  extract::View view(facts);
  CHECK(view.has_text(divs[0]));
  CHECK_FALSE(view.has_text(divs[1]));  // white space only
  view.remove(word);
  CHECK_FALSE(view.has_text(divs[0]));  // a no-break space is space
  CHECK_FALSE(view.measure(divs[0]).has_text);
  CHECK_FALSE(view.has_text(divs[0]));  // now from the memoised measure
}

TEST_CASE("an element's facts come from its own attributes") {
  const newsmark::html::ParsedHtml page(
      R"(<div role="Navigation"></div><div role="dialog" aria-modal="true"></div><a rel="author" href="/by">A</a>)"
      R"(<span itemprop="author name">B</span><p hidden>C</p><p style="Display: none">D</p><p class="x">E</p>)",
      &extract::attributes_read());
  const std::vector<const GumboNode*> e = body_elements(page);
  REQUIRE(e.size() == 7);
  const extract::PageFacts facts;
  CHECK(facts.of(e[0]).unlikely_role);
  CHECK_FALSE(facts.of(e[0]).modal_dialog);
  CHECK(facts.of(e[1]).modal_dialog);
  CHECK(facts.of(e[2]).names_author);
  CHECK(facts.of(e[3]).names_author);
  CHECK_FALSE(facts.of(e[4]).visible);
  CHECK_FALSE(facts.of(e[5]).visible);
  CHECK(facts.of(e[6]).visible);
  CHECK_FALSE(facts.of(e[6]).names_author);
}

TEST_CASE("fixture pages yield their expected article text") {
  for (const char* name : kFixturePages) {
    CAPTURE(name);
    const std::string html = read_file(fixture(std::string(name) + ".html"));
    REQUIRE(!html.empty());
    const Article article = extract_html(html);
    CHECK(article.text == expected_text(name));
  }
}

TEST_CASE("the headline is the first block and chrome stays out") {
  const Article a = extract_html(read_file(fixture("ko-br-paragraphs.html")));
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks.front().kind == "h1");
  CHECK(a.title == "바다식품, 냉동 간편식 공장 증설에 800억 원 투자");
  CHECK(a.site == "네이버 뉴스");
  CHECK(a.published == "2025-09-03T14:20:00+09:00");
  CHECK(a.url == "https://news.example.com/article/015/0004912345");
  CHECK(a.lang == "ko");
  CHECK(a.text.find("댓글을 입력해주세요") == std::string::npos);
  CHECK(a.text.find("이 언론사의 다른 기사") == std::string::npos);
}

TEST_CASE("captions stay in place and the related box inside the body is dropped") {
  const Article a = extract_html(read_file(fixture("en-news-figure.html")));
  const std::size_t caption = a.text.find("The company's plant in Millbrook opened in 1978");
  const std::size_t first_paragraph = a.text.find("Lakeside Foods will close");
  REQUIRE(caption != std::string::npos);
  CHECK(caption < first_paragraph);
  CHECK(a.text.find("Related stories") == std::string::npos);
  bool has_caption_block = false;
  for (const auto& b : a.blocks) has_caption_block = has_caption_block || b.kind == "figcaption";
  CHECK(has_caption_block);
}

TEST_CASE("<br><br> runs split paragraphs, a single <br> does not") {
  const Article a = extract_html("<div>첫째 문단이다.<br><br>둘째 문단은<br>한 줄 아래로 이어진다.</div>");
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.text == "첫째 문단이다.\n\n둘째 문단은 한 줄 아래로 이어진다.");
}

TEST_CASE("hidden nodes are not read") {
  const Article a = extract_html(
      "<p>Visible text of the article.</p><p hidden>Hidden note.</p><p style=\"display: none\">Also hidden.</p>"
      "<p aria-hidden=\"true\">Screen-reader hidden.</p>");
  CHECK(a.text == "Visible text of the article.");
  // Hiding styles in any case and spacing, or behind a character reference, survive the
  // pre-pass; one that does not hide changes nothing.
  const Article b = extract_html(
      "<p>Visible text of the article.</p><p style=\"VISIBILITY :\thidden\">Hidden one.</p>"
      "<p style=\"display:&#32;n&#111;ne\">Hidden two.</p><p style=\"color: red\">Shown too.</p>");
  CHECK(b.text == "Visible text of the article.\n\nShown too.");
}

TEST_CASE("the pre-pass keeps of each attribute what extraction reads") {
  using newsmark::html::prepare_markup;
  const newsmark::html::PrepassOptions options{512, &extract::attributes_read()};
  const auto prepared = [&](const std::string& markup) { return prepare_markup(markup, options).markup; };
  CHECK(prepared(R"(<div style="color:red" class="c" id="i" role="main" data-x="1">t</div>)") ==
        R"(<div class="c" id="i" role="main">t</div>)");
  CHECK(prepared(R"(<div style="display: none">t</div><span style="Visibility:Hidden">u</span>)") ==
        R"(<div style="display: none">t</div><span style="Visibility:Hidden">u</span>)");
  CHECK(prepared(R"(<link rel="stylesheet" href="/a.css"><link rel="canonical" href="/u"><a href="/wiki/X" rel="nofollow">x</a>)") ==
        R"(<link><link rel="canonical" href="/u"><a>x</a>)");
  // <a href>: only an in-page link ("#...") differs from none; its first two bytes tell it.
  CHECK(prepared(R"(<a href="#cite-1">1</a><a href="/wiki/X#History">x</a><a href="&#35;y">y</a><a href="#">z</a>)") ==
        R"(<a href="#c">1</a><a href="/w">x</a><a href="&#35;y">y</a><a href="#">z</a>)");
  CHECK(prepared(R"(<a rel="author" href="#a">x</a><span itemprop="author name" lang="en">y</span>)") ==
        R"(<a rel="author" href="#a">x</a><span itemprop="author name">y</span>)");
  CHECK(prepared(R"(<html lang="en"><meta name="author" content="A" property="p"><span content="c" name="n">)") ==
        R"(<html lang="en"><meta name="author" content="A" property="p"><span>)");
  CHECK(prepared(R"(<time itemprop="datePublished" datetime="2025-01-02"><input type="hidden"><table summary="s" datatable="0">)") ==
        R"(<time itemprop="datePublished" datetime="2025-01-02"><input type="hidden"><table summary="s" datatable="0">)");
  CHECK(prepared(R"(<p hidden aria-hidden="false" itemprop="headline">)") == R"(<p hidden>)");
}

TEST_CASE("the canonical url is read whatever other links come first") {
  const Article a = extract_html(
      "<html><head><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"Canonical\" href=\"https://x.example/a/1\">"
      "</head><body><p>Some text of the article that is long enough.</p></body></html>");
  CHECK(a.url == "https://x.example/a/1");
  const Article b = extract_html(
      "<link rel=\"&#99;anonical\" href=\"https://x.example/b/2\"><p>Some text of the article that is long enough.</p>");
  CHECK(b.url == "https://x.example/b/2");
}

TEST_CASE("plain text pasted as HTML keeps its paragraphs") {
  const Article a = extract_html("First paragraph here.\n\nSecond paragraph here.");
  CHECK(a.blocks.size() == 2);
}

TEST_CASE("title without the site name") {
  CHECK(extract::title_from_document(newsmark::html::ParsedHtml(
                                         "<title>Chip maker doubles its forecast for the year | Daily Wire</title>")
                                         .root()) == "Chip maker doubles its forecast for the year");
  // Too short once cut: the whole title stays.
  CHECK(extract::title_from_document(newsmark::html::ParsedHtml("<title>Mozilla - Wikipedia</title>").root()) ==
        "Mozilla - Wikipedia");
  CHECK(extract::title_from_document(
            newsmark::html::ParsedHtml("<title>한빛전자, 3분기 영업이익 1조 원 돌파 : 경제포털</title>").root()) ==
        "한빛전자, 3분기 영업이익 1조 원 돌파");
}

TEST_CASE("dates become ISO 8601") {
  CHECK(extract::to_iso8601("2025-11-14T09:21:00+09:00") == "2025-11-14T09:21:00+09:00");
  CHECK(extract::to_iso8601("2025.11.14 09:21") == "2025-11-14T09:21");
  CHECK(extract::to_iso8601("2025년 11월 14일 오후 3:05") == "2025-11-14T15:05");
  CHECK(extract::to_iso8601("Tue, 04 Mar 2025 18:15:00 GMT") == "2025-03-04T18:15:00Z");
  CHECK(extract::to_iso8601("2025-06-01 09:00:00 +0900") == "2025-06-01T09:00:00+09:00");
  CHECK(extract::to_iso8601("yesterday") == "yesterday");
}

TEST_CASE("text similarity counts words of any script") {
  CHECK(extract::text_similarity("AI 투자 경고등 켜졌다", "AI 투자 경고등 켜졌다") == doctest::Approx(1.0));
  CHECK(extract::text_similarity("completely different", "AI 투자") == doctest::Approx(0.0));
}

TEST_CASE("language from the script mix") {
  CHECK(extract::detect_language("삼성전자가 새 공장을 짓는다.") == "ko");
  CHECK(extract::detect_language("The company builds a new plant.") == "en");
  CHECK(extract::detect_language("今日は良い天気です。") == "ja");
  CHECK(extract::detect_language("12345") == "");
}

TEST_CASE("class/id patterns: substrings, whole tokens and token prefixes") {
  // class-dateline.txt holds =date, ^date, datestamp, =time, ^updated among others.
  const extract::PatternSet lists({{"extract/data/class-dateline.txt", extract::kDateline}});
  const auto dateline = [&](std::string_view s) { return lists.match(s, extract::kDateline) == extract::kDateline; };
  CHECK(dateline("view-date "));        // the token "date"
  CHECK(dateline("article_dates x"));   // a token starting with "date"
  CHECK(dateline("mydatestamp "));      // a substring
  CHECK(dateline("post-time"));
  CHECK_FALSE(dateline("update "));     // "date" inside a token is not a token
  CHECK_FALSE(dateline("lifetime x"));  // nor is "time"
  CHECK_FALSE(dateline(" "));
  CHECK(dateline("is-updated-now"));
  CHECK_FALSE(dateline("notupdated"));
}

TEST_CASE("class/id patterns: one pass tells every list that matches, and only those asked for") {
  const extract::PatternSet lists(
      {{"extract/data/class-dateline.txt", extract::kDateline}, {"extract/data/class-share.txt", extract::kShare}});
  const extract::HintSet both = extract::kDateline | extract::kShare;
  CHECK(lists.match("post-date share", both) == both);
  CHECK(lists.match("post-date share", extract::kShare) == extract::kShare);
  CHECK(lists.match("post-date", both) == extract::kDateline);
  CHECK(lists.match("sidebar", both) == 0);
}
