#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claims/claims.h"
#include "text/sentences.h"

namespace {

using newsmark::Amount;
using newsmark::Block;
using newsmark::Claim;
using newsmark::CompanyMention;
using newsmark::Span;

// An article of paragraphs separated by blank lines, with the company mentions and
// amounts that the other stages would have found, written as (text, entity) pairs.
struct Article {
  std::string text;
  std::vector<Block> blocks;
  std::vector<Span> sentences;
  std::vector<CompanyMention> companies;
  std::vector<Amount> amounts;

  explicit Article(std::string t) : text(std::move(t)) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find("\n\n", start);
      if (end == std::string::npos) end = text.size();
      if (end > start) blocks.push_back({"p", {start, end}});
      start = end + 2;
    }
    sentences = newsmark::text::split_sentences(text, blocks);
  }

  Article& company(const std::string& name, const std::string& entity) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + name.size()))
      companies.push_back({{at, at + name.size()}, name, "", entity});
    return *this;
  }

  Article& amount(const std::string& surface) {
    const std::size_t at = text.find(surface);
    REQUIRE(at != std::string::npos);
    Amount a;
    a.span = {at, at + surface.size()};
    a.currency = "USD";
    amounts.push_back(a);
    return *this;
  }

  std::vector<Claim> claims() const { return newsmark::claims::find_claims({text, sentences, companies, amounts}); }

  std::string of(Span s) const { return text.substr(s.start, s.end - s.start); }
  std::string of(const std::optional<Span>& s) const { return s ? of(*s) : std::string("<none>"); }
};

bool has_kind(const Claim& c, const char* kind) {
  for (const std::string& k : c.kinds)
    if (k == kind) return true;
  return false;
}

}  // namespace

TEST_CASE("claims: Korean speakers marked by 은/는/이/가, with the cue") {
  Article a(
      "한빛전자는 내년까지 공장 두 곳을 더 짓겠다고 밝혔다. 박서준 한빛전자 사장은 \"수요가 충분하다\"고 강조했다. "
      "금강화학이 배터리 소재 사업을 분사한다고 발표했다.");
  a.company("한빛전자", "e1").company("금강화학", "e2");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 3);
  CHECK(a.of(claims[0].source) == "한빛전자");
  CHECK(claims[0].source_entity == "e1");
  CHECK(a.of(claims[0].cue) == "밝혔다");
  CHECK(has_kind(claims[0], "attributed"));
  CHECK(a.of(claims[1].source) == "박서준 한빛전자 사장");
  CHECK(a.of(claims[1].cue) == "강조했다");
  CHECK(a.of(claims[2].source) == "금강화학");
  CHECK(claims[2].source_entity == "e2");
}

TEST_CASE("claims: Korean speaker phrases with 비롯한, brackets and titles after names") {
  Article a(
      "월가에서 유명한 제인 도(Jane Doe)를 비롯한 투자자들은 기술주의 거품에 대해 우려의 목소리를 낸다. "
      "대표적인 게임사인 별빛게임즈(Starlight)는 신작 출시를 미루겠다고 선언했으며, 경쟁사는 침묵했다. "
      "김우의 회장은 \"끝까지 간다\"고 말했다.");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 3);
  CHECK(a.of(claims[0].source) == "제인 도(Jane Doe)를 비롯한 투자자들");
  CHECK(a.of(claims[0].cue) == "목소리를 낸다");
  CHECK(a.of(claims[1].source) == "별빛게임즈(Starlight)");
  CHECK(a.of(claims[1].cue) == "선언했으며");
  CHECK(a.of(claims[2].source) == "김우의 회장");
}

TEST_CASE("claims: Korean report nouns, 에 따르면 and generic places as sources") {
  Article a(
      "한빛전자가 미국 공장을 매각한다는 보도가 나왔다. 업계에 따르면 매각 가격은 2조 원 안팎이다. "
      "증권가에서는 주가가 더 오를 것이라는 전망이 나온다. "
      "일부 지역에서는 신제품 반응이 좋지만, 수익을 내기까지 수년이 걸릴 수 있다는 분석도 나온다.");
  a.company("한빛전자", "e1");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 4);
  CHECK(a.of(claims[0].source) == "보도");
  CHECK(a.of(claims[0].cue) == "보도가 나왔다");
  CHECK(a.of(claims[1].source) == "업계");
  CHECK(a.of(claims[1].cue) == "에 따르면");
  CHECK(a.of(claims[2].source) == "증권가");
  CHECK(a.of(claims[3].source) == "분석");
}

TEST_CASE("claims: Korean stances reported as nouns and sources named as places") {
  Article a(
      "택시 업계는 일단 환영한다는 입장이다. 효과를 지켜봐야 한다는 게 업계 관계자의 설명이다. "
      "전문가들 사이에서는 판매가 줄 수 있다는 우려가 제기된다. 날씨가 좋은 날이 이어진다.");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 3);
  CHECK(a.of(claims[0].source) == "택시 업계");
  CHECK(a.of(claims[0].cue) == "입장이다");
  CHECK(a.of(claims[1].source) == "업계 관계자");
  CHECK(a.of(claims[2].source) == "전문가들");
}

TEST_CASE("claims: Korean hearsay is attributed and hedged only with an actor or a fact") {
  Article a(
      "한빛전자가 유럽 업체와 합작법인을 세운 것으로 알려졌다. 시장의 열기는 당분간 이어질 것으로 보인다. "
      "한편 이 문제가 반복적으로 지적된다.");
  a.company("한빛전자", "e1");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 1);
  CHECK(has_kind(claims[0], "attributed"));
  CHECK(claims[0].hedged);
  CHECK_FALSE(claims[0].source);
  CHECK(a.of(claims[0].cue) == "것으로 알려졌다");
}

TEST_CASE("claims: Korean factual sentences need a named actor and a specific fact") {
  Article a(
      "한빛전자는 지난 분기 영업이익 3조 원을 기록했다. 금강화학은 헝가리 공장을 가동하기 시작했다. "
      "산업 전반은 AI 중심으로 재편되고 있다. 투자자들은 스타트업 투자에 열을 올리고 있다. "
      "시중은행들은 대출 심사를 강화하는 분위기다.");
  a.company("한빛전자", "e1").company("금강화학", "e2").amount("3조 원");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(a.of(claims[0].span) == "한빛전자는 지난 분기 영업이익 3조 원을 기록했다.");
  CHECK(claims[0].kinds == std::vector<std::string>{"factual"});
  CHECK(a.of(claims[1].span) == "금강화학은 헝가리 공장을 가동하기 시작했다.");
}

TEST_CASE("claims: a quantity written in words (수십억, 수조) is a number") {
  Article a("한빛전자는 수십억 원을 잃었다. 한빛전자는 많은 돈을 잃었다.");
  a.company("한빛전자", "e1");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 1);
  CHECK(a.of(claims[0].span) == "한빛전자는 수십억 원을 잃었다.");
  CHECK(claims[0].kinds == std::vector<std::string>{"factual"});
}

TEST_CASE("claims: predictions about named companies need a specific fact") {
  Article a(
      "한빛전자와 금강화학의 경쟁은 앞으로 더 치열해질 것이다. 한빛전자와 금강화학은 배터리 합작사를 세웠다. "
      "Northwind and Globex will keep competing in the cloud. Northwind and Globex signed a cloud contract.");
  a.company("한빛전자", "e1").company("금강화학", "e2").company("Northwind", "e3").company("Globex", "e4");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(a.of(claims[0].span).rfind("한빛전자와 금강화학은", 0) == 0);
  CHECK(a.of(claims[1].span).rfind("Northwind and Globex signed", 0) == 0);
}

TEST_CASE("claims: without the company list, a Korean sentence's own subject may carry an event") {
  Article a(
      "미국 새벽전자는 신형 칩을 출시했다. 기업들이 인재 확보에 나서고 있다. 이 문제가 반복적으로 지적됐다. "
      "새벽전자는 혁신적인 회사다.");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 1);
  CHECK(a.of(claims[0].span) == "미국 새벽전자는 신형 칩을 출시했다.");
}

TEST_CASE("claims: Korean states are no events; plans and progressives are") {
  Article a(
      "한빛전자와 금강화학의 경쟁은 치열하다. 한빛전자는 금강화학에 배터리 소재를 공급하고 있다. "
      "한빛전자는 금강화학과 합작법인 설립을 논의할 예정이다.");
  a.company("한빛전자", "e1").company("금강화학", "e2");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(a.of(claims[0].span).rfind("한빛전자는 금강화학에", 0) == 0);
  CHECK(a.of(claims[1].span).rfind("한빛전자는 금강화학과", 0) == 0);
}

TEST_CASE("claims: named organisations and aliases count as actors without the company list") {
  Article a(
      "동해은행이 기준금리를 연 2.50%로 동결했다. 소니社도 이미지센서 증산에 나선다. "
      "허쉬(Hershey)는 초콜릿 가격을 8% 올렸다. 정보기술(IT) 분야는 빠르게 변한다.");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 3);
  CHECK(a.of(claims[0].span).rfind("동해은행이", 0) == 0);
  CHECK(a.of(claims[1].span).rfind("소니社도", 0) == 0);
  CHECK(a.of(claims[2].span).rfind("허쉬(Hershey)는", 0) == 0);
}

TEST_CASE("claims: questions, headlines and quotations inside a speaker's words") {
  Article a(
      "한빛전자, 미국에 2조 원 투자\n\n한빛전자가 2조 원을 투자할까? 한빛전자는 \"경쟁사가 10조 원을 투자했다\"고 말했다.");
  a.company("한빛전자", "e1").amount("2조 원");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 1);
  CHECK(a.of(claims[0].source) == "한빛전자");
  CHECK(a.of(claims[0].cue) == "말했다");
}

TEST_CASE("claims: English subjects, apposition, inverted quotes and according to") {
  Article a(
      "Northwind Corp. (NASDAQ: NWND) said on Tuesday it would buy back $2 billion of shares. "
      "\"Demand is strong,\" Northwind chief executive Ada Park told reporters. "
      "Globex, the payments group behind QuickPay, said the deal would help small sellers. "
      "The group's finance chief, Lee Min, said margins were stable. "
      "\"We have seen this before,\" said a fund manager at Initech. "
      "According to analysts at Umbrella Bank, margins could fall.");
  a.company("Northwind Corp.", "e1").company("Globex", "e2").amount("$2 billion");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 6);
  CHECK(a.of(claims[0].source) == "Northwind Corp. (NASDAQ: NWND)");
  CHECK(claims[0].source_entity == "e1");
  CHECK(a.of(claims[0].cue) == "said");
  CHECK(a.of(claims[1].source) == "Northwind chief executive Ada Park");
  CHECK(a.of(claims[1].cue) == "told");
  CHECK(a.of(claims[2].source) == "Globex");
  CHECK(claims[2].source_entity == "e2");
  CHECK(a.of(claims[3].source) == "Lee Min");
  CHECK(a.of(claims[4].source) == "a fund manager at Initech");
  CHECK(a.of(claims[5].source) == "analysts at Umbrella Bank");
  CHECK(a.of(claims[5].cue) == "According to");
  CHECK(claims[5].hedged);
}

TEST_CASE("claims: English pronouns take the last named speaker") {
  Article a("Chief executive Ada Park told investors that prices would rise. She said costs were stable.");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(a.of(claims[1].source) == "Chief executive Ada Park");
}

TEST_CASE("claims: English factual sentences and non-claims") {
  Article a(
      "Chipmaker signs $3 billion supply deal\n\n"
      "Shares of Northwind rose 4% in early trading. The changes take effect next year. "
      "The bank also raised its dividend to $1.25 a share. Is the rally over? "
      "Markets have been volatile this year.");
  a.company("Northwind", "e1").amount("$3 billion").amount("$1.25");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(a.of(claims[0].span) == "Shares of Northwind rose 4% in early trading.");
  CHECK(claims[0].kinds == std::vector<std::string>{"factual"});
  CHECK(a.of(claims[1].span) == "The bank also raised its dividend to $1.25 a share.");
}

TEST_CASE("claims: English hearsay, passives and nouns that look like cues") {
  Article a(
      "Northwind reportedly plans to sell its chip unit. The Northwind merger was reported on Friday by two outlets. "
      "The claims were dismissed as rumours.");
  a.company("Northwind", "e1");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].hedged);
  CHECK(a.of(claims[0].span).rfind("Northwind reportedly", 0) == 0);
  CHECK(a.of(claims[1].span).rfind("The Northwind merger", 0) == 0);
  CHECK(has_kind(claims[1], "attributed"));
  CHECK_FALSE(claims[1].source);
}

TEST_CASE("claims: English verbs of saying need their speaker; citations and quoted words are no claims") {
  Article a(
      "The issue is not about the right to say what one believes in 2024. "
      "“I won’t say I told you so,” Northwind chief executive Ada Park said on Monday. "
      "Fairfax NZ. ^ Smith, Jane (March 2010).");
  a.company("Northwind", "e1");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 1);
  CHECK(a.of(claims[0].source) == "Northwind chief executive Ada Park");
  CHECK(a.of(claims[0].cue) == "said");
}

TEST_CASE("claims: scores lie in 0..1, are rounded to hundredths and rank named, sourced facts first") {
  Article a(
      "Northwind said it would invest $5 billion in a new plant in Ohio. Some investors warned that valuations are stretched.");
  a.company("Northwind", "e1").amount("$5 billion");
  const auto claims = a.claims();
  REQUIRE(claims.size() == 2);
  for (const Claim& c : claims) {
    CHECK(c.score >= 0.0);
    CHECK(c.score <= 1.0);
    CHECK(c.score * 100 == doctest::Approx(static_cast<double>(static_cast<long>(c.score * 100 + 0.5))));
  }
  CHECK(claims[0].score > claims[1].score);
}

TEST_CASE("claims: empty inputs and out-of-range sentences are harmless") {
  const std::string text = "Short.";
  const std::vector<Span> sentences{{0, 6}, {3, 400}, {5, 2}};
  const std::vector<CompanyMention> companies;
  const std::vector<Amount> amounts;
  CHECK(newsmark::claims::find_claims({text, sentences, companies, amounts}).empty());
  CHECK(newsmark::claims::find_claims({"", {}, companies, amounts}).empty());
}
