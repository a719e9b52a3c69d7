#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/sentences.h"

namespace {

using newsmark::Block;
using newsmark::Span;

// Splits `text` into "p" blocks at blank lines, as the plain-text extractor does.
std::vector<Block> blocks_of(const std::string& text) {
  std::vector<Block> blocks;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) blocks.push_back({"p", {start, end}});
    start = end + 2;
  }
  return blocks;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : newsmark::text::split_sentences(text, blocks_of(text)))
    out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

using Sentences = std::vector<std::string>;

struct Case {
  const char* text;
  Sentences expected;
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(split(c.text) == c.expected);
  }
}

}  // namespace

TEST_CASE("sentences: plain English full stops, questions and exclamations") {
  check_cases({
      {"The deal closed. Shares rose.", {"The deal closed.", "Shares rose."}},
      {"Revenue fell in May. Profit held up. Costs rose.", {"Revenue fell in May.", "Profit held up.", "Costs rose."}},
      {"Will the merger pass? Regulators have doubts.", {"Will the merger pass?", "Regulators have doubts."}},
      {"It worked! The team cheered.", {"It worked!", "The team cheered."}},
      {"Really?! Nobody expected that.", {"Really?!", "Nobody expected that."}},
      {"No final stop here", {"No final stop here"}},
      {"  Leading and trailing spaces.  ", {"Leading and trailing spaces."}},
      {"One sentence ending at the block end.", {"One sentence ending at the block end."}},
  });
}

TEST_CASE("sentences: English abbreviations do not end a sentence") {
  check_cases({
      {"Nvidia Corp. has agreed to buy memory.", {"Nvidia Corp. has agreed to buy memory."}},
      {"Dr. Lee joined the board. She starts Monday.", {"Dr. Lee joined the board.", "She starts Monday."}},
      {"Mr. Park and Ms. Kim signed the pact.", {"Mr. Park and Ms. Kim signed the pact."}},
      {"The U.S. economy grew 2% last year.", {"The U.S. economy grew 2% last year."}},
      {"Apple Inc. Chief Executive Tim Cook spoke.", {"Apple Inc. Chief Executive Tim Cook spoke."}},
      {"The firm was sold to Acme Inc. The price was not disclosed.",
       {"The firm was sold to Acme Inc.", "The price was not disclosed."}},
      {"Plants opened in the U.S. It was a first for the group.",
       {"Plants opened in the U.S.", "It was a first for the group."}},
      {"The report is due on Jan. 5 next year.", {"The report is due on Jan. 5 next year."}},
      {"Shares rose on Sept. 12 after the call.", {"Shares rose on Sept. 12 after the call."}},
      {"Costs such as chips, power, etc. are rising.", {"Costs such as chips, power, etc. are rising."}},
      {"John F. Kennedy Airport reopened.", {"John F. Kennedy Airport reopened."}},
      {"Trading starts at 9 a.m. on weekdays.", {"Trading starts at 9 a.m. on weekdays."}},
      {"Several metals, e.g. copper, gained.", {"Several metals, e.g. copper, gained."}},
      {"It is ranked No. 1 in Asia.", {"It is ranked No. 1 in Asia."}},
      {"The U.K. regulator approved it. The deal closes soon.",
       {"The U.K. regulator approved it.", "The deal closes soon."}},
      {"Samsung vs. Apple is an old fight.", {"Samsung vs. Apple is an old fight."}},
      {"Smith & Co. Ltd. was fined.", {"Smith & Co. Ltd. was fined."}},
      {"Prof. Han said so. Others disagreed.", {"Prof. Han said so.", "Others disagreed."}},
  });
}

TEST_CASE("sentences: numbers, decimals, versions and addresses stay whole") {
  check_cases({
      {"Growth slowed to 5.1 percent. Exports fell.", {"Growth slowed to 5.1 percent.", "Exports fell."}},
      {"OpenAI released GPT-5.1 today. Rivals reacted.", {"OpenAI released GPT-5.1 today.", "Rivals reacted."}},
      {"Visit example.com for details.", {"Visit example.com for details."}},
      {"The stake is worth $3.2 billion.", {"The stake is worth $3.2 billion."}},
      {"매출은 3.5% 늘었다. 이익도 늘었다.", {"매출은 3.5% 늘었다.", "이익도 늘었다."}},
      {"버전 2.0.1이 배포됐다.", {"버전 2.0.1이 배포됐다."}},
      {"The plant opened in 2024. It employs 900.", {"The plant opened in 2024.", "It employs 900."}},
      {"1. Chips are scarce", {"1. Chips are scarce"}},
      {"2. 전력이 부족하다.", {"2. 전력이 부족하다."}},
  });
}

TEST_CASE("sentences: Korean endings") {
  check_cases({
      {"삼성전자가 투자를 늘렸다. 시장은 반겼다.", {"삼성전자가 투자를 늘렸다.", "시장은 반겼다."}},
      {"정말 그럴까요? 전문가들은 회의적이다.", {"정말 그럴까요?", "전문가들은 회의적이다."}},
      {"잘 부탁드립니다. 감사합니다.", {"잘 부탁드립니다.", "감사합니다."}},
      {"공장이 멈췄어요. 다시 가동할 예정이에요.", {"공장이 멈췄어요.", "다시 가동할 예정이에요."}},
      {"계약을 체결했다.이어 공장을 지었다.", {"계약을 체결했다.", "이어 공장을 지었다."}},
      {"수요가 늘었다! 공급은 부족하다.", {"수요가 늘었다!", "공급은 부족하다."}},
      {"한편, 투자는 계속된다. 다만 속도는 늦다.", {"한편, 투자는 계속된다.", "다만 속도는 늦다."}},
      {"미국 등 주요국이 경쟁에 나섰다. 중국도 마찬가지다.", {"미국 등 주요국이 경쟁에 나섰다.", "중국도 마찬가지다."}},
  });
}

TEST_CASE("sentences: quotations and brackets") {
  check_cases({
      {"그는 \"수요가 늘었다.\" 이어 공장을 지었다.", {"그는 \"수요가 늘었다.\"", "이어 공장을 지었다."}},
      {"김 대표는 \"공급을 늘리겠다\"고 말했다. 주가는 올랐다.", {"김 대표는 \"공급을 늘리겠다\"고 말했다.", "주가는 올랐다."}},
      {"그는 \"매출이 늘었다. 내년에는 더 늘 것\"이라고 말했다.", {"그는 \"매출이 늘었다. 내년에는 더 늘 것\"이라고 말했다."}},
      {"“시장이 바뀌었다.” 그가 덧붙였다.", {"“시장이 바뀌었다.”", "그가 덧붙였다."}},
      {"그는 ‘끝까지 간다’고 했다. 회의는 끝났다.", {"그는 ‘끝까지 간다’고 했다.", "회의는 끝났다."}},
      {"‘수요는 충분하다.’ 그의 말이다.", {"‘수요는 충분하다.’", "그의 말이다."}},
      {"\"Demand is strong,\" he said. \"We will grow.\"", {"\"Demand is strong,\" he said.", "\"We will grow.\""}},
      {"\"We grew fast. We will grow more,\" she said.", {"\"We grew fast. We will grow more,\" she said."}},
      {"He said \"no.\" Then he left.", {"He said \"no.\"", "Then he left."}},
      {"“It is done.” The board agreed.", {"“It is done.”", "The board agreed."}},
      {"The chip (made in Taiwan. Mostly.) sold well. Rivals fell.",
       {"The chip (made in Taiwan. Mostly.) sold well.", "Rivals fell."}},
      {"(The figures are unaudited.) Sales rose.", {"(The figures are unaudited.)", "Sales rose."}},
      {"그는 \"왜 지금인가?\"라고 물었다.", {"그는 \"왜 지금인가?\"라고 물었다."}},
      {"An unclosed \"quote starts. Then more text.", {"An unclosed \"quote starts.", "Then more text."}},
      {"Its profit rose (see table). Sales fell.", {"Its profit rose (see table).", "Sales fell."}},
      {"“We won,” said Kim. “We’ll win again.”", {"“We won,” said Kim.", "“We’ll win again.”"}},
      {"The firm’s shares rose. Its rival’s fell.", {"The firm’s shares rose.", "Its rival’s fell."}},
  });
}

TEST_CASE("sentences: ellipses") {
  check_cases({
      {"AI에 돈은 넘치는데… 인프라는 부족", {"AI에 돈은 넘치는데… 인프라는 부족"}},
      {"투자는 늘었다… 그러나 수익은 없다.", {"투자는 늘었다…", "그러나 수익은 없다."}},
      {"He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
      {"prices rose... and rose again.", {"prices rose... and rose again."}},
      {"Wait for it… The answer came.", {"Wait for it…", "The answer came."}},
      {"수요가 늘었다... 공급도 늘까?", {"수요가 늘었다...", "공급도 늘까?"}},
  });
}

TEST_CASE("sentences: headlines, lists and block boundaries") {
  check_cases({
      {"Chipmaker sells unit\n\nThe sale closed. Buyers paid cash.",
       {"Chipmaker sells unit", "The sale closed.", "Buyers paid cash."}},
      {"LG에너지솔루션, 美 공장에 투자\n\n회사는 투자를 밝혔다.", {"LG에너지솔루션, 美 공장에 투자", "회사는 투자를 밝혔다."}},
      {"First line\nSecond line", {"First line", "Second line"}},
      {"Unfinished paragraph\n\nNext paragraph.", {"Unfinished paragraph", "Next paragraph."}},
      {"A quote \"opens here\n\ncloses there.\"", {"A quote \"opens here", "closes there.\""}},
      {"Sold to Acme Inc.\n\nThe deal closed.", {"Sold to Acme Inc.", "The deal closed."}},
      {"- 매출 증가\n- 이익 감소", {"- 매출 증가", "- 이익 감소"}},
      {"", {}},
      {"   \n\n  ", {}},
  });
}

TEST_CASE("sentences: full-width punctuation") {
  check_cases({
      {"売上が伸びた。利益も増えた。", {"売上が伸びた。", "利益も増えた。"}},
      {"销量增长！利润下降？", {"销量增长！", "利润下降？"}},
  });
}

TEST_CASE("sentences: spans are byte offsets that exclude surrounding spaces") {
  const std::string text = "  One. Two.  \n\nThree.";
  const auto spans = newsmark::text::split_sentences(text, blocks_of(text));
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].start == 2);
  CHECK(spans[0].end == 6);
  CHECK(spans[1].start == 7);
  CHECK(spans[1].end == 11);
  CHECK(spans[2].start == 15);
  CHECK(spans[2].end == text.size());
}

TEST_CASE("sentences: never cross a block and ignore blocks out of range") {
  const std::string text = "Alpha beta. Gamma";
  std::vector<Block> blocks{{"p", {0, 8}}, {"p", {8, 17}}, {"p", {10, 400}}};
  const auto spans = newsmark::text::split_sentences(text, blocks);
  REQUIRE(spans.size() == 3);
  CHECK(text.substr(spans[0].start, spans[0].end - spans[0].start) == "Alpha be");
  CHECK(text.substr(spans[1].start, spans[1].end - spans[1].start) == "ta.");
  CHECK(text.substr(spans[2].start, spans[2].end - spans[2].start) == "Gamma");
}
