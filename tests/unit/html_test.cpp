// The pre-pass that runs before gumbo (src/html/prepass.h): what it removes, what it
// must keep byte for byte, and the start tags it reads the way the HTML tokenizer does.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "html/prepass.h"

using newsmark::html::prepare_markup;
using newsmark::html::PrepassOptions;

namespace {

const std::vector<newsmark::html::AttributeRead> kKept = {{"class"}, {"id"}, {"type"}, {"href", "a", 2}};

std::string prepared(const std::string& markup, int max_depth = 512) {
  return prepare_markup(markup, PrepassOptions{max_depth, &kKept}).markup;
}

}  // namespace

TEST_CASE("pre-pass: attributes nobody reads are dropped, the rest kept as written") {
  CHECK(prepared(R"(<div class="a" data-x="1" id=main style='x'>t</div>)") == R"(<div class="a" id=main>t</div>)");
  CHECK(prepared(R"(<IMG SRC="x.png" Class="pic"/>)") == R"(<IMG Class="pic"/>)");
  CHECK(prepared(R"(<p hidden>t</p>)") == "<p>t</p>");
  CHECK(prepared(R"(<input disabled class=x>)") == "<input class=x>");
  // <a href> is read by its first two bytes only: those are kept when they read the same
  // once cut; elsewhere href is kept whole.
  CHECK(prepared(R"(<a href="/wiki/Seoul">S</a><a href=#cite-1>1</a><a href="#">top</a>)") ==
        R"(<a href="/w">S</a><a href="#c">1</a><a href="#">top</a>)");
  CHECK(prepared(R"(<a href="&#35;x">r</a><link href="/canonical/url">)") == R"(<a href="&#35;x">r</a><link href="/canonical/url">)");
  // Null keeps every attribute.
  CHECK(prepare_markup(R"(<a data-x="1" href="/">t</a>)", PrepassOptions{}).markup == R"(<a data-x="1" href="/">t</a>)");
}

TEST_CASE("pre-pass: quotes count only inside attribute values") {
  // An apostrophe in an unquoted value or in text does not start a quoted string.
  CHECK(prepared("<p title=it's class=c>a</p><p>b's</p>") == "<p class=c>a</p><p>b's</p>");
  // A '>' inside a quoted value does not end the tag.
  CHECK(prepared(R"(<a title="x > y" href="/q">t</a>)") == R"(<a href="/q">t</a>)");
  // Attributes of end tags are dropped with the rest of the tag.
  CHECK(prepared(R"(<b>t</b class="z">)") == "<b>t</b>");
}

TEST_CASE("pre-pass: runs of white space become one character outside <pre>") {
  CHECK(prepared("<p>a    b\n\n   c</p>") == "<p>a b\nc</p>");
  CHECK(prepared("<p>a\tb</p>") == "<p>a\tb</p>");
  CHECK(prepared("<pre>a    b\n\n  c</pre>  <p>d   e</p>") == "<pre>a    b\n\n  c</pre> <p>d e</p>");
  CHECK(prepared("<textarea>a    b</textarea>") == "<textarea>a    b</textarea>");
  // Non-breaking spaces are text, not markup white space.
  CHECK(prepared("<p>a\xC2\xA0\xC2\xA0 b</p>") == "<p>a\xC2\xA0\xC2\xA0 b</p>");
}

TEST_CASE("pre-pass: comments, styles and scripts go; JSON-LD stays whole") {
  CHECK(prepared("a<!-- c -->b") == "ab");
  CHECK(prepared("<style>p{}</style><script>x()</script><p>t</p>") == "<p>t</p>");
  CHECK(prepared(R"(<script type="application/ld+json">{"a":  "</p>"}</script>)") ==
        R"(<script type="application/ld+json">{"a":  "</p>"}</script>)");
  CHECK(prepared("<script>if (a<b) x('</scr' + 'ipt>')</script>t") == "t");
}

TEST_CASE("pre-pass: nesting deeper than the limit is flattened, its text kept") {
  const auto result = prepare_markup("<div><div><div>deep</div></div></div>", PrepassOptions{2, &kKept});
  CHECK(result.flattened);
  CHECK(result.markup == "<div><div>deep</div></div>");
  CHECK_FALSE(prepare_markup("<div><div>x</div></div>", PrepassOptions{2, &kKept}).flattened);
  // Repeated p and li close the previous one, so a long list is not deep.
  std::string list = "<ul>";
  for (int i = 0; i < 100; ++i) list += "<li>item";
  CHECK_FALSE(prepare_markup(list, PrepassOptions{4, &kKept}).flattened);
}

TEST_CASE("pre-pass: what is not a tag is text") {
  CHECK(prepared("a < b and 1<2") == "a < b and 1<2");
  CHECK(prepared("<!DOCTYPE html><p>x</p>") == "<!DOCTYPE html><p>x</p>");
  // A tag cut off by the end of the input is left for gumbo to discard.
  CHECK(prepared(R"(<p>x</p><a href="y)") == R"(<p>x</p><a href="y)");
}
