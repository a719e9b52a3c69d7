// The pre-pass that runs before gumbo (src/html/prepass.h): what it removes, what it
// must keep byte for byte, and the start tags it reads the way the HTML tokenizer does.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "html/prepass.h"

using newsmark::html::prepare_markup;
using newsmark::html::PrepassOptions;

namespace {

const std::vector<newsmark::html::AttributeRead> kKept = {{"class"}, {"id"}, {"type"}, {"href", {"a"}, 2}, {"href"}};

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

TEST_CASE("pre-pass: attributes read on some elements only are dropped on the others") {
  const std::vector<newsmark::html::AttributeRead> kept = {{"content", {"meta"}}, {"lang", {"html", "x-y"}}};
  const auto prepared_with = [&](const std::string& markup) { return prepare_markup(markup, PrepassOptions{512, &kept}).markup; };
  CHECK(prepared_with(R"(<META content="a" lang=en><span content="b" lang="en">t</span>)") == R"(<META content="a"><span>t</span>)");
  CHECK(prepared_with(R"(<html LANG="ko"><x-y lang=en>)") == R"(<html LANG="ko"><x-y lang=en>)");
}

TEST_CASE("pre-pass: values read only for a word are dropped without one") {
  const std::vector<newsmark::html::AttributeRead> kept = {
      {"style", {}, 0, {"display:none", "visibility:hidden"}},
      {"href", {"link"}, 0, {"canonical"}, "rel"},
      {"rel", {}, 0, {"canonical", "author"}},
      {"class"}};
  const auto prepared_with = [&](const std::string& markup) { return prepare_markup(markup, PrepassOptions{512, &kept}).markup; };
  // A style that cannot hide goes; one that hides stays whole, whatever its case and white
  // space, and so does one with a character reference, which may decode to anything.
  CHECK(prepared_with(R"(<div style="color: red" class=c>t</div>)") == "<div class=c>t</div>");
  CHECK(prepared_with(R"(<div style="Display : NONE">t</div>)") == R"(<div style="Display : NONE">t</div>)");
  CHECK(prepared_with("<div style='visi\tbility:\nhidden'>t</div>") == "<div style='visi\tbility:\nhidden'>t</div>");
  CHECK(prepared_with("<div style=\"dis\vplay:none\">t</div>") == "<div style=\"dis\vplay:none\">t</div>");
  CHECK(prepared_with(R"(<div style="display:&#110;one">t</div>)") == R"(<div style="display:&#110;one">t</div>)");
  CHECK(prepared_with(R"(<div style="display:block">t</div>)") == "<div>t</div>");
  // Only the first of a repeated name counts (gumbo ignores the others): dropping the
  // first must not let a later one in.
  CHECK(prepared_with(R"(<div style="color:red" STYLE="display:none">t</div>)") == "<div>t</div>");
  CHECK(prepared_with(R"(<div class=a class=b>t</div>)") == "<div class=a>t</div>");
  // gumbo gives a second <body> tag's attributes to the body if it lacks them: on body
  // and html no value is dropped.
  CHECK(prepared_with(R"(<body style="color:red"><body style="display:none">)") ==
        R"(<body style="color:red"><body style="display:none">)");
  // rel: the words "canonical" and "author"; <link href> only with rel=canonical, first rel.
  CHECK(prepared_with(R"(<link rel="stylesheet" href="/a.css"><link REL="Canonical" href="/url">)") ==
        R"(<link><link REL="Canonical" href="/url">)");
  CHECK(prepared_with(R"(<link rel="nofollow canonical" href="/u"><link rel="x" rel="canonical" href="/v">)") ==
        R"(<link rel="nofollow canonical" href="/u"><link>)");
  CHECK(prepared_with(R"(<link href="/u" rel="&#99;anonical"><a rel=author>x</a><a rel=nofollow>y</a>)") ==
        R"(<link href="/u" rel="&#99;anonical"><a rel=author>x</a><a>y</a>)");
}

TEST_CASE("pre-pass: start tags whose attributes gumbo reads are kept whole") {
  // Four alike <b> open: gumbo forgets the first; four differing ones it keeps.
  CHECK(prepared(R"(<b data-n="1" style="x">a</b>)") == R"(<b data-n="1" style="x">a</b>)");
  CHECK(prepared(R"(<svg><font color="red">a</font></svg>)") == R"(<svg><font color="red">a</font></svg>)");
  CHECK(prepared(R"(<isindex prompt="Find:">)") == R"(<isindex prompt="Find:">)");
  CHECK(prepared(R"(<math><annotation-xml encoding="text/html"><p>a</p></annotation-xml></math>)") ==
        R"(<math><annotation-xml encoding="text/html"><p>a</p></annotation-xml></math>)");
  // <a> is not one of them: gumbo never keeps two open.
  CHECK(prepared(R"(<a data-n="1" href="/x">a</a>)") == R"(<a href="/x">a</a>)");
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
