// Money amounts: a table of inputs with the one amount each must yield (span, currency,
// value or low/high, approx, bound), the traps that must yield none, and conversions.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "amounts/amounts.h"

namespace {

using newsmark::Amount;
using newsmark::amounts::find_amounts;

struct Case {
  std::string text;
  std::string span;      // "" when no amount may be found
  std::string currency;
  double value = NAN, low = NAN, high = NAN;
  bool approx = false;
  std::string bound;
};

Case value(std::string text, std::string span, std::string currency, double v, bool approx = false,
           std::string bound = "") {
  Case c{std::move(text), std::move(span), std::move(currency)};
  c.value = v;
  c.approx = approx;
  c.bound = std::move(bound);
  return c;
}

Case range(std::string text, std::string span, std::string currency, double low, double high,
           bool approx = false, std::string bound = "") {
  Case c{std::move(text), std::move(span), std::move(currency)};
  c.low = low;
  c.high = high;
  c.approx = approx;
  c.bound = std::move(bound);
  return c;
}

Case none(std::string text) { return Case{std::move(text)}; }

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

std::string span_text(const std::string& text, const Amount& a) {
  return text.substr(a.span.start, a.span.end - a.span.start);
}

void check(const Case& c) {
  CAPTURE(c.text);
  const std::vector<Amount> found = find_amounts(c.text);
  if (c.span.empty()) {
    CHECK(found.empty());
    if (!found.empty()) CAPTURE(span_text(c.text, found[0]));
    return;
  }
  REQUIRE(found.size() == 1);
  const Amount& a = found[0];
  CHECK(span_text(c.text, a) == c.span);
  CHECK(a.currency == c.currency);
  if (!std::isnan(c.value)) {
    REQUIRE(a.value.has_value());
    CHECK(near(*a.value, c.value));
    CHECK_FALSE(a.low.has_value());
  } else {
    REQUIRE(a.low.has_value());
    REQUIRE(a.high.has_value());
    CHECK(near(*a.low, c.low));
    CHECK(near(*a.high, c.high));
    CHECK_FALSE(a.value.has_value());
  }
  CHECK(a.approx == c.approx);
  CHECK(a.bound == c.bound);
  CHECK(a.equivalent_of == -1);
}

void check_all(const std::vector<Case>& cases) {
  for (const Case& c : cases) check(c);
}

}  // namespace

TEST_CASE("Korean numbers with scale units") {
  check_all({
      value("500억 달러를 투자한다", "500억 달러", "USD", 5e10),
      value("4조 3,000억 원 규모", "4조 3,000억 원", "KRW", 4.3e12),
      value("7천 5백만 달러", "7천 5백만 달러", "USD", 7.5e7),
      value("131억 8천만 원의 손실", "131억 8천만 원", "KRW", 1.318e10),
      value("1.5조 원을 쏟는다", "1.5조 원", "KRW", 1.5e12),
      value("매출은 2조원이다", "2조원", "KRW", 2e12),
      value("이익1조원 달성", "1조원", "KRW", 1e12),
      value("3억5천만원", "3억5천만원", "KRW", 3.5e8),
      value("1,400억 원", "1,400억 원", "KRW", 1.4e11),
      value("21조 6,000억 원", "21조 6,000억 원", "KRW", 2.16e13),
      value("8조 3,500억 원", "8조 3,500억 원", "KRW", 8.35e12),
      value("1만 5000원짜리", "1만 5000원", "KRW", 15000),
      value("7만 2000원에 마감", "7만 2000원", "KRW", 72000),
      value("2억 3천 4백만 원", "2억 3천 4백만 원", "KRW", 2.34e8),
      value("1경 원", "1경 원", "KRW", 1e16),
      value("3천억원대 매출", "3천억원", "KRW", 3e11, true),
      value("10억 엔", "10억 엔", "JPY", 1e9),
      value("5천만 엔화", "5천만 엔화", "JPY", 5e7),
      value("20억 유로", "20억 유로", "EUR", 2e9),
      value("3억 위안", "3억 위안", "CNY", 3e8),
      value("100만 파운드", "100만 파운드", "GBP", 1e6),
      value("2억 위안화", "2억 위안화", "CNY", 2e8),
      value("1조 원화", "1조 원화", "KRW", 1e12),
      value("50억 달러화", "50억 달러화", "USD", 5e9),
      value("300만 홍콩달러", "300만 홍콩달러", "HKD", 3e6),
      value("10억 캐나다 달러", "10억 캐나다 달러", "CAD", 1e9),
      value("5억 호주달러", "5억 호주달러", "AUD", 5e8),
      value("100만 스위스 프랑", "100만 스위스 프랑", "CHF", 1e6),
      value("1000만 미 달러", "1000만 미 달러", "USD", 1e7),
      value("27,350,000원", "27,350,000원", "KRW", 27350000),
      value("27350000원", "27350000원", "KRW", 27350000),
      value("5만원인 셈이다", "5만원", "KRW", 50000),
      value("1억 달러를 넘는다", "1억 달러", "USD", 1e8, false, "min"),
      value("주당 6만원에 팔았다", "6만원", "KRW", 60000),
      value("10₩", "10₩", "KRW", 10),
      value("₩5,000", "₩5,000", "KRW", 5000),
      value("100센트", "100센트", "USD", 1),
      value("1억 루피", "1억 루피", "INR", 1e8),
      value("500 억 달러", "500 억 달러", "USD", 5e10),
      value("4 조 3000 억 원", "4 조 3000 억 원", "KRW", 4.3e12),
      value("10만 여 원", "10만 여 원", "KRW", 1e5, true),
  });
}

TEST_CASE("Sino-Korean numerals in Hangul") {
  check_all({
      value("삼십일만 원", "삼십일만 원", "KRW", 310000),
      value("이천칠백삼십오만원", "이천칠백삼십오만원", "KRW", 27350000),
      value("이만칠천원", "이만칠천원", "KRW", 27000),
      value("만원 한 장", "만원", "KRW", 10000),
      value("만 원짜리", "만 원", "KRW", 10000),
      value("입장료는 만 원이다", "만 원", "KRW", 10000),
      value("매일 만 원씩 모은다", "만 원", "KRW", 10000),
      value("천 원", "천 원", "KRW", 1000),
      value("백원", "백원", "KRW", 100),
      value("십원", "십원", "KRW", 10),
      value("십달러", "십달러", "USD", 10),
      value("십불", "십불", "USD", 10),
      value("만불", "만불", "USD", 10000),
      value("십센트", "십센트", "USD", 0.1),
      value("일점이삼달러", "일점이삼달러", "USD", 1.23),
      value("일쩜이삼불", "일쩜이삼불", "USD", 1.23),
      value("이십구점구구유로", "이십구점구구유로", "EUR", 29.99),
      value("구파운드", "구파운드", "GBP", 9),
      value("오천원 이상", "오천원", "KRW", 5000, false, "min"),
      value("삼억 원", "삼억 원", "KRW", 3e8),
      value("이달러이십삼센트", "이달러이십삼센트", "USD", 2.23),
      value("이불이십삼센트", "이불이십삼센트", "USD", 2.23),
      value("백만 달러", "백만 달러", "USD", 1e6),
      value("천만 원", "천만 원", "KRW", 1e7),
  });
}

TEST_CASE("approximation and bounds in Korean") {
  check_all({
      value("약 72조 원", "72조 원", "KRW", 7.2e13, true),
      value("대략 3억 달러", "3억 달러", "USD", 3e8, true),
      value("10억 원 가량", "10억 원", "KRW", 1e9, true),
      value("10억 원가량", "10억 원", "KRW", 1e9, true),
      value("5천만 원 정도", "5천만 원", "KRW", 5e7, true),
      value("3만 원쯤", "3만 원", "KRW", 30000, true),
      value("200억 원 남짓", "200억 원", "KRW", 2e10, true),
      value("1조 원 안팎", "1조 원", "KRW", 1e12, true),
      value("5000억 원 내외", "5000억 원", "KRW", 5e11, true),
      value("10만여 원", "10만여 원", "KRW", 1e5, true),
      value("10여만 원", "10여만 원", "KRW", 1e5, true),
      value("1억여 달러", "1억여 달러", "USD", 1e8, true),
      value("3천여억 원", "3천여억 원", "KRW", 3e11, true),
      value("5000원 이상", "5000원", "KRW", 5000, false, "min"),
      value("5000원 초과", "5000원", "KRW", 5000, false, "min"),
      value("10000원 이하", "10000원", "KRW", 10000, false, "max"),
      value("10000원 미만", "10000원", "KRW", 10000, false, "max"),
      value("1억 달러를 넘는 투자", "1억 달러", "USD", 1e8, false, "min"),
      value("1억 달러 넘게", "1억 달러", "USD", 1e8, false, "min"),
      value("100억 원이 넘는", "100억 원", "KRW", 1e10, false, "min"),
      value("최소 5억 달러", "5억 달러", "USD", 5e8, false, "min"),
      value("최대 10억 달러", "10억 달러", "USD", 1e9, false, "max"),
      value("적어도 3조 원", "3조 원", "KRW", 3e12, false, "min"),
      value("1조 원을 웃도는", "1조 원", "KRW", 1e12, false, "min"),
      value("1조 원을 밑도는", "1조 원", "KRW", 1e12, false, "max"),
      value("100억 달러 이내", "100억 달러", "USD", 1e10, false, "max"),
      value("1조 원에 육박하는", "1조 원", "KRW", 1e12, true),
      value("약 5억 달러 이상", "5억 달러", "USD", 5e8, true, "min"),
      value("100억 원대 매출", "100억 원", "KRW", 1e10, true),
      value("계약 3억 달러", "3억 달러", "USD", 3e8),
      value("무려 500억 달러 이상", "500억 달러", "USD", 5e10, false, "min"),
      value("시가총액 1,000조 원을 돌파했다", "1,000조 원", "KRW", 1e15, false, "min"),
  });
}

TEST_CASE("Korean ranges and vague amounts") {
  check_all({
      range("3~4조 원", "3~4조 원", "KRW", 3e12, 4e12),
      range("3조~4조 원", "3조~4조 원", "KRW", 3e12, 4e12),
      range("1000~2000억 원", "1000~2000억 원", "KRW", 1e11, 2e11),
      range("500~600만 원", "500~600만 원", "KRW", 5e6, 6e6),
      range("25000 - 30000원", "25000 - 30000원", "KRW", 25000, 30000),
      range("25000원 - 30000원", "25000원 - 30000원", "KRW", 25000, 30000),
      range("이만오천원 - 삼만원", "이만오천원 - 삼만원", "KRW", 25000, 30000),
      range("10 - 20 달러", "10 - 20 달러", "USD", 10, 20),
      range("10달러 - 20달러", "10달러 - 20달러", "USD", 10, 20),
      range("십달러 - 이십달러", "십달러 - 이십달러", "USD", 10, 20),
      range("5000원~1만원", "5000원~1만원", "KRW", 5000, 10000),
      range("약 3~4조 원", "3~4조 원", "KRW", 3e12, 4e12, true),
      range("수십조 원대 투자", "수십조 원", "KRW", 1e13, 9.9e13, true),
      range("수십억 달러를", "수십억 달러", "USD", 1e9, 9.9e9),
      range("수백억 원", "수백억 원", "KRW", 1e10, 9.99e10),
      range("수조 원", "수조 원", "KRW", 1e12, 9e12),
      range("수천만 원", "수천만 원", "KRW", 1e7, 9.999e7),
      range("수백만 달러", "수백만 달러", "USD", 1e6, 9.99e6),
      range("수만 원", "수만 원", "KRW", 1e4, 9e4),
      range("수억 원", "수억 원", "KRW", 1e8, 9e8),
      range("수천억 원", "수천억 원", "KRW", 1e11, 9.999e11),
      range("몇십억 원", "몇십억 원", "KRW", 1e9, 9.9e9),
      range("수십 달러", "수십 달러", "USD", 10, 99),
      range("수십~수백억 원", "수십~수백억 원", "KRW", 1e9, 9.99e10),
      range("수 조 원", "수 조 원", "KRW", 1e12, 9e12),
      range("수 천억 원대", "수 천억 원", "KRW", 1e11, 9.999e11, true),
  });
}

TEST_CASE("English amounts") {
  check_all({
      value("$1", "$1", "USD", 1),
      value("It cost $10,000.", "$10,000", "USD", 10000),
      value("a $50 billion plan", "$50 billion", "USD", 5e10),
      value("US$4.7 billion", "US$4.7 billion", "USD", 4.7e9),
      value("a US$ 4.7 billion loan", "US$ 4.7 billion", "USD", 4.7e9),
      value("US$3bn", "US$3bn", "USD", 3e9),
      value("€3bn", "€3bn", "EUR", 3e9),
      value("£2.5m", "£2.5m", "GBP", 2.5e6),
      value("$10K", "$10K", "USD", 10000),
      value("10k$", "10k$", "USD", 10000),
      value("$5.2tn", "$5.2tn", "USD", 5.2e12),
      value("$5 bn", "$5 bn", "USD", 5e9),
      value("a $50-billion deal", "$50-billion", "USD", 5e10),
      value("C$200 million", "C$200 million", "CAD", 2e8),
      value("A$1.2 billion", "A$1.2 billion", "AUD", 1.2e9),
      value("HK$3 billion", "HK$3 billion", "HKD", 3e9),
      value("S$500,000", "S$500,000", "SGD", 500000),
      value("NT$10 billion", "NT$10 billion", "TWD", 1e10),
      value("¥120 billion", "¥120 billion", "JPY", 1.2e11),
      value("₹500 crore", "₹500 crore", "INR", 5e9),
      value("₩1,000", "₩1,000", "KRW", 1000),
      value("USD 5 million", "USD 5 million", "USD", 5e6),
      value("KRW 1,000 billion", "KRW 1,000 billion", "KRW", 1e12),
      value("5 million euros", "5 million euros", "EUR", 5e6),
      value("3 trillion won", "3 trillion won", "KRW", 3e12),
      value("5,000 won", "5,000 won", "KRW", 5000),
      value("1.2 trillion yen", "1.2 trillion yen", "JPY", 1.2e12),
      value("200 million yuan", "200 million yuan", "CNY", 2e8),
      value("3 billion renminbi", "3 billion renminbi", "CNY", 3e9),
      value("50 Swiss francs", "50 Swiss francs", "CHF", 50),
      value("10 US dollars", "10 US dollars", "USD", 10),
      value("five hundred dollars", "five hundred dollars", "USD", 500),
      value("a million dollars", "a million dollars", "USD", 1e6),
      value("a dollar", "a dollar", "USD", 1),
      value("twenty-five thousand dollars", "twenty-five thousand dollars", "USD", 25000),
      value("one hundred and five euros", "one hundred and five euros", "EUR", 105),
      value("ten pounds", "ten pounds", "GBP", 10),
      value("5 lakh rupees", "5 lakh rupees", "INR", 5e5),
      value("four crore rupees", "four crore rupees", "INR", 4e7),
      value("1 crore 20 lakh rupees", "1 crore 20 lakh rupees", "INR", 1.2e7),
      value("Rs. 20", "Rs. 20", "INR", 20),
      value("RM42", "RM42", "MYR", 42),
      value("42 ringgit", "42 ringgit", "MYR", 42),
      value("ten shekels", "ten shekels", "ILS", 10),
      value("10 cents", "10 cents", "USD", 0.1),
      value("10¢", "10¢", "USD", 0.1),
      value("$20 and 43c", "$20 and 43c", "USD", 20.43),
      value("20 dollars 43 cents", "20 dollars 43 cents", "USD", 20.43),
      value("3 GBP 1 pence", "3 GBP 1 pence", "GBP", 3.01),
      value("one point three dollars", "one point three dollars", "USD", 1.3),
      value("USD3.14", "USD3.14", "USD", 3.14),
      value("3.14US$", "3.14US$", "USD", 3.14),
      value("20€", "20€", "EUR", 20),
      value("20 €", "20 €", "EUR", 20),
      value("EUR 20.0", "EUR 20.0", "EUR", 20),
      value("42 Lebanese Pounds", "42 Lebanese Pounds", "LBP", 42),
      value("3 CAD", "3 CAD", "CAD", 3),
      value("$5\u00a0billion", "$5\u00a0billion", "USD", 5e9),  // a no-break space, as HTML pages write it
      value("3\u00a0trillion\u00a0won", "3\u00a0trillion\u00a0won", "KRW", 3e12),
  });
}

TEST_CASE("approximation, bounds and ranges in English") {
  check_all({
      value("about $5 billion", "$5 billion", "USD", 5e9, true),
      value("around €20", "€20", "EUR", 20, true),
      value("roughly $3bn", "$3bn", "USD", 3e9, true),
      value("nearly $1 trillion", "$1 trillion", "USD", 1e12, true),
      value("some $400 million", "$400 million", "USD", 4e8, true),
      value("approximately 5 million euros", "5 million euros", "EUR", 5e6, true),
      value("an estimated $2 billion", "$2 billion", "USD", 2e9, true),
      value("About $5", "$5", "USD", 5, true),
      value("more than $1 billion", "$1 billion", "USD", 1e9, false, "min"),
      value("over $1 trillion", "$1 trillion", "USD", 1e12, false, "min"),
      value("at least $1.42", "$1.42", "USD", 1.42, false, "min"),
      value("no less than $1.42", "$1.42", "USD", 1.42, false, "min"),
      value("in excess of $10m", "$10m", "USD", 1e7, false, "min"),
      value("$5 billion or more", "$5 billion", "USD", 5e9, false, "min"),
      value("a $5 billion-plus deal", "$5 billion", "USD", 5e9, false, "min"),
      value("up to $10 billion", "$10 billion", "USD", 1e10, false, "max"),
      value("under seven euros", "seven euros", "EUR", 7, false, "max"),
      value("less than 7 EUR", "7 EUR", "EUR", 7, false, "max"),
      value("no more than 7 euros", "7 euros", "EUR", 7, false, "max"),
      value("at most 7€", "7€", "EUR", 7, false, "max"),
      value("$5 million or less", "$5 million", "USD", 5e6, false, "max"),
      value("as much as $2 billion", "$2 billion", "USD", 2e9, false, "max"),
      value("revenue past an annualised $5 billion", "$5 billion", "USD", 5e9, false, "min"),
      value("more than a combined $3 billion", "$3 billion", "USD", 3e9, false, "min"),
      value("the $5 billion deal", "$5 billion", "USD", 5e9),
      range("$3-4 billion", "$3-4 billion", "USD", 3e9, 4e9),
      range("$10-$20", "$10-$20", "USD", 10, 20),
      range("about $10-$20", "$10-$20", "USD", 10, 20, true),
      range("10-20 dollars", "10-20 dollars", "USD", 10, 20),
      range("between 10 and 20 dollars", "10 and 20 dollars", "USD", 10, 20),
      range("between $1 billion and $2 billion", "$1 billion and $2 billion", "USD", 1e9, 2e9),
      range("from 10 to 20 dollars", "10 to 20 dollars", "USD", 10, 20),
      range("prices from $10 to $20", "$10 to $20", "USD", 10, 20),
      range("$300 million to $1 billion", "$300 million to $1 billion", "USD", 3e8, 1e9),
      range("7-9 lakh rupees", "7-9 lakh rupees", "INR", 7e5, 9e5),
      range("€2–3bn", "€2–3bn", "EUR", 2e9, 3e9),
      range("tens of millions of dollars", "tens of millions of dollars", "USD", 1e7, 9.9e7),
      range("hundreds of millions of dollars", "hundreds of millions of dollars", "USD", 1e8, 9.99e8),
      range("billions of dollars", "billions of dollars", "USD", 1e9, 9e9),
      range("millions of euros", "millions of euros", "EUR", 1e6, 9e6),
      range("thousands of dollars", "thousands of dollars", "USD", 1000, 9999),
      range("hundreds of billions of won", "hundreds of billions of won", "KRW", 1e11, 9.99e11),
  });
}

TEST_CASE("no amount: won, yen and dollar inside words, counts, dates and codes") {
  check_all({
      none("삼성전자 연구원 3명이 병원에 갔다."),
      none("직원 100명과 사원 20명"),
      none("사원들이 모였다"),
      none("구원 투수로 나섰다"),
      none("이 원인은 무엇인가"),
      none("공원에서 만났다"),
      none("영원히 기억한다"),
      none("일원으로 참여했다"),
      none("이원화 전략"),
      none("조원들이 모였다"),
      none("백 원장이 말했다"),
      none("조 원내대표가 말했다"),
      none("수원에서 열린 행사"),
      none("할 수 있는 일"),
      none("수 원을 지나"),
      none("엔화 가치가 34년 만 엔화 최저로"),
      none("7년 만 원화 강세"),
      none("6개월 만 달러 약세"),
      none("몇 년 만 원화 최고치"),
      none("서울엔 비가 온다"),
      none("2030년엔 달라진다"),
      none("일엔 관심이 없다"),
      none("백엔드 개발자"),
      none("불이 났다"),
      none("큰 불을 껐다"),
      none("이불을 덮었다"),
      none("이 달러 강세는 계속된다"),
      none("4분기 연속 흑자"),
      none("2025년 3분기"),
      none("영업이익률 5.3%"),
      none("3억 명의 사용자"),
      none("100만 주를 매각했다"),
      none("10억 개의 칩"),
      none("GPT-5.1 모델"),
      none("전화 010-1234-5678"),
      none("삼성전자(005930)"),
      none("The team won 3 games in 2024."),
      none("In 2020 won the election"),
      none("It weighs ten pounds of flour."),
      none("Apple (NASDAQ: AAPL) rose 3%."),
      none("exactly dollars"),
      none("one of the dollars"),
      none("The euro fell against the dollar."),
      none("5 won the prize"),
      none("It was 30 C in Seoul."),
      none("GPT-5 and Llama 3"),
      none("tens of thousands of people"),
      none("billions of users"),
      none("On 2024-05-01 at 10:30"),
      none("The wonder of it"),
      none("a European deal"),
      none("원/달러 환율"),
      none("경영 3원칙을 세웠다"),
      none("빛의 3원색"),
      none("It has 1.5 million users and 300 employees."),
      none("10~20%의 수익"),
      value("이 만원짜리 지폐", "만원", "KRW", 10000),
      none("2025 만에 처음"),
      none("COP28 summit in Dubai"),
      none("a dollar-denominated bond"),
      none("10 euro-area countries"),
      none("만원 관중이 몰렸다"),
      none("달러 강세와 엔화 약세"),
  });
}

TEST_CASE("a bracketed conversion points at the amount it converts") {
  const std::string text = "앤트로픽은 500억 달러(약 72조 원) 이상을 투자한다.";
  const auto found = find_amounts(text);
  REQUIRE(found.size() == 2);
  CHECK(span_text(text, found[0]) == "500억 달러");
  CHECK(span_text(text, found[1]) == "72조 원");
  CHECK(found[0].equivalent_of == -1);
  CHECK(found[1].equivalent_of == 0);
  CHECK(found[1].approx);
  CHECK_FALSE(found[0].approx);
  CHECK(found[0].bound == "min");  // 이상 after the bracket bounds the dollars too
  CHECK(found[1].bound == "min");
}

TEST_CASE("conversions in both languages, and amounts that are not conversions") {
  SUBCASE("를 넘는 after the bracket") {
    const std::string text = "1억 달러(약 1,400억 원)를 넘는 투자";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 2);
    CHECK(*found[1].value == doctest::Approx(1.4e11));
    CHECK(found[1].equivalent_of == 0);
    CHECK(found[0].bound == "min");
  }
  SUBCASE("a filler inside the bracket") {
    const std::string text = "500억 달러(한화 약 72조 원)를 투자한다";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 2);
    CHECK(found[1].equivalent_of == 0);
    CHECK(found[1].approx);
  }
  SUBCASE("English") {
    const std::string text = "It raised US$300 million (about 400 billion won) last year.";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 2);
    CHECK(found[1].currency == "KRW");
    CHECK(found[1].approx);
    CHECK(found[1].equivalent_of == 0);
    CHECK(found[0].bound.empty());
  }
  SUBCASE("two amounts in a row are not a conversion") {
    const std::string text = "1달러=1,400원, 그리고 30억 달러와 4조 원";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 4);
    for (const Amount& a : found) CHECK(a.equivalent_of == -1);
  }
  SUBCASE("rose from X to Y is a change, not a range") {
    const std::string text = "Revenue rose from $3 billion to $4 billion.";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 2);
    CHECK(*found[0].value == doctest::Approx(3e9));
    CHECK(*found[1].value == doctest::Approx(4e9));
  }
  SUBCASE("amounts come in text order with byte spans") {
    const std::string text = "수십억 달러와 $5 billion, 그리고 3~4조 원";
    const auto found = find_amounts(text);
    REQUIRE(found.size() == 3);
    CHECK(found[0].span.start == 0);
    CHECK(found[0].span.start < found[1].span.start);
    CHECK(found[1].span.start < found[2].span.start);
    CHECK(span_text(text, found[1]) == "$5 billion");
    CHECK(found[2].span.end == text.size());
  }
}

TEST_CASE("odd input does not break the recogniser") {
  CHECK(find_amounts("").empty());
  CHECK(find_amounts("$").empty());
  CHECK(find_amounts("억").empty());
  CHECK(find_amounts("수").empty());
  CHECK(find_amounts("1,").empty());
  CHECK(find_amounts("between and").empty());
  CHECK(find_amounts(std::string(10000, '9') + "원").empty());  // a code, not a sum
  CHECK(find_amounts(std::string(12, '9') + "원").size() == 1);
  CHECK(find_amounts(std::string(3000, '$')).empty());
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "만";
  CHECK(find_amounts(many + "원").size() <= 1);
}
