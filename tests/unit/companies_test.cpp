#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "companies/companies.h"
#include "companies/lexicon.h"

namespace {

using newsmark::companies::Alias;
using newsmark::companies::Company;
using newsmark::companies::find_companies;
using newsmark::companies::KnowledgeBase;

struct Found {
  std::string text, name, ticker, entity;
};

std::vector<Found> found(const std::string& text, const std::vector<std::string>& watchlist = {}) {
  std::vector<Found> out;
  for (const auto& m : find_companies(text, watchlist).mentions)
    out.push_back({text.substr(m.span.start, m.span.end - m.span.start), m.name, m.ticker, m.entity});
  return out;
}

std::vector<std::string> texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Found& f : found(text)) out.push_back(f.text);
  return out;
}

std::vector<std::string> names(const std::string& text) {
  std::vector<std::string> out;
  for (const Found& f : found(text)) out.push_back(f.name);
  return out;
}

using Strings = std::vector<std::string>;

bool digits(const std::string& s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Korean codes: six characters, digits or (new issues since 2024) digits and capitals.
bool korean_code(const std::string& s) {
  if (s.size() != 6 || s[0] < '0' || s[0] > '9') return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

// FORMAT.md: EXCHANGE:SYMBOL with a known exchange and a symbol of the exchange's shape.
bool well_formed_ticker(const std::string& ticker) {
  static const std::set<std::string> exchanges = {
      "NASDAQ", "NYSE", "NYSEARCA", "AMEX", "KRX", "KOSDAQ", "TSE", "HKEX", "SSE", "SZSE", "LSE", "XETRA", "EPA", "AMS",
      "SIX",    "BIT",  "BME",      "STO",  "CPH", "HEL",    "OSL", "TSX",  "ASX", "NSE",  "BSE", "TWSE",  "SGX"};
  const std::size_t colon = ticker.find(':');
  if (colon == std::string::npos) return false;
  const std::string exchange = ticker.substr(0, colon), symbol = ticker.substr(colon + 1);
  if (!exchanges.count(exchange) || symbol.empty() || symbol.size() > 12) return false;
  if (exchange == "KRX" || exchange == "KOSDAQ") return korean_code(symbol);
  if (exchange == "SSE" || exchange == "SZSE") return digits(symbol, 6, 6);
  if (exchange == "HKEX") return digits(symbol, 4, 5);
  for (char c : symbol)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
  if (exchange == "TSE" || exchange == "TWSE") return symbol.size() >= 4 && symbol.size() <= 6 && symbol[0] >= '0' && symbol[0] <= '9';
  return true;
}

}  // namespace

TEST_CASE("knowledge base: an alias names one company unless marked ambiguous") {
  const KnowledgeBase& kb = KnowledgeBase::instance();
  std::map<std::string, std::vector<const Alias*>> by_key;
  for (const Alias& a : kb.aliases()) by_key[std::string(a.key)].push_back(&a);
  std::vector<std::string> clashes;
  for (const auto& [key, aliases] : by_key) {
    std::set<std::uint32_t> companies;
    bool all_marked = true;
    for (const Alias* a : aliases) {
      companies.insert(a->company);
      all_marked = all_marked && a->ambiguous;
    }
    if (companies.size() > 1 && !all_marked) {
      std::string line = key + ":";
      for (std::uint32_t id : companies) line += " " + std::string(kb.companies()[id].name) + ";";
      clashes.push_back(line);
    }
  }
  for (const std::string& c : clashes) MESSAGE("alias of several companies without ~: " << c);
  CHECK(clashes.empty());
  CHECK(kb.malformed_lines() == 0);
}

TEST_CASE("knowledge base: every ticker is EXCHANGE:SYMBOL of a known exchange") {
  std::vector<std::string> bad;
  for (const Company& c : KnowledgeBase::instance().companies()) {
    std::string_view rest = c.tickers;
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      const std::string ticker(rest.substr(0, bar));
      if (!well_formed_ticker(ticker)) bad.push_back(std::string(c.name) + ": " + ticker);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  for (const std::string& b : bad) MESSAGE("malformed ticker " << b);
  CHECK(bad.empty());
  CHECK(well_formed_ticker("NASDAQ:NVDA"));
  CHECK(well_formed_ticker("KRX:005930"));
  CHECK(well_formed_ticker("KRX:0126Z0"));
  CHECK_FALSE(well_formed_ticker("KRX:5930"));
  CHECK_FALSE(well_formed_ticker("NVDA"));
  CHECK_FALSE(well_formed_ticker("MOON:ABC"));
}

TEST_CASE("knowledge base: at least 3,000 companies") {
  CHECK(KnowledgeBase::instance().companies().size() >= 3000);
}

TEST_CASE("knowledge base: a small file parses into companies, aliases and tickers") {
  KnowledgeBase kb;
  kb.add_file("# comment\nAcme Robotics\t애크미\tAcme|~ACR\tNASDAQ:ACME|KRX:123456\tUS\n~Target\t~타깃\tTarget Corp\tNYSE:TGT\tUS\n");
  kb.finish();
  REQUIRE(kb.companies().size() == 2);
  CHECK(kb.companies()[0].name == "Acme Robotics");
  CHECK(kb.companies()[0].primary_symbol() == "ACME");
  CHECK(kb.companies()[0].has_symbol("123456"));
  CHECK(kb.companies_with_symbol("TGT") == std::vector<std::uint32_t>{1});
  std::map<std::string, bool> ambiguous;
  for (const Alias& a : kb.aliases()) ambiguous[std::string(a.key)] = a.ambiguous;
  CHECK(ambiguous.at("acme robotics") == false);
  CHECK(ambiguous.at("acr") == true);
  CHECK(ambiguous.at("target") == true);
  CHECK(ambiguous.at("타깃") == true);
}

TEST_CASE("folding: case, width, apostrophes and spaces") {
  using newsmark::companies::fold;
  CHECK(fold("SK Hynix") == "sk hynix");
  CHECK(fold("\xEF\xBC\xB3\xEF\xBC\xAB") == "sk");  // fullwidth ＳＫ
  CHECK(fold("Google\xE2\x80\x99s") == "google's");
  CHECK(fold("Goldman \xC2\xA0 Sachs") == "goldman sachs");
  CHECK(fold("엔비디아") == "엔비디아");
}

TEST_CASE("folding: offsets between a text and its folding, both ways") {
  // Ａ, two spaces, b, ’, c, a space, 삼성: "a b'c 삼성".
  const std::string text = "\xEF\xBC\xA1  b\xE2\x80\x99" "c \xEC\x82\xBC\xEC\x84\xB1";
  const auto f = newsmark::companies::fold_with_origin(text);
  CHECK(f.text() == "a b'c \xEC\x82\xBC\xEC\x84\xB1");
  const std::vector<std::pair<std::size_t, std::size_t>> folded_and_text = {{0, 0}, {1, 3},  {2, 5},   {3, 6},  {4, 9},
                                                                            {5, 10}, {6, 11}, {9, 14}, {12, 17}};
  for (const auto& [folded, original] : folded_and_text) {
    CHECK(f.origin(folded) == original);
    CHECK(f.offset(original) == folded);
  }
}

TEST_CASE("folding: lone spaces and tabs fold in place, runs across eight-byte blocks shorten") {
  // A tab alone and a space alone keep the offsets together; the two spaces at 7 and 8
  // (the end of the first eight bytes and the start of the next) fold to one, so the rest
  // moves by one.
  const std::string text = "Acme Co  Holdings\tINC x";
  CHECK(newsmark::companies::fold(text) == "acme co holdings inc x");
  CHECK(newsmark::companies::fold(" \tAcme Co ") == "acme co");
  const auto f = newsmark::companies::fold_with_origin(text);
  CHECK(f.text() == "acme co holdings inc x");
  newsmark::companies::FoldedText::Cursor cursor(f);
  for (std::size_t pos = 0; pos <= text.size(); ++pos) {
    if (pos == 8) continue;  // inside the run of spaces
    const std::size_t folded = pos < 8 ? pos : pos - 1;
    CHECK(f.offset(pos) == folded);
    CHECK(cursor.offset(pos) == folded);
    CHECK(f.origin(folded) == pos);
  }
  // A space before Hangul, a tab between syllables, and a run of spaces at the end.
  const std::string korean = "OpenAI \xEC\x82\xBC\t\xEC\x84\xB1  ";  // 삼, 성
  const auto k = newsmark::companies::fold_with_origin(korean);
  CHECK(k.text() == "openai \xEC\x82\xBC \xEC\x84\xB1 ");
  CHECK(k.offset(14) == 14);
  CHECK(k.offset(korean.size()) == korean.size() - 1);
  CHECK(k.origin(k.text().size()) == korean.size());
}

TEST_CASE("word lists: whole words, prefixes and suffixes") {
  const newsmark::companies::WordList list({"inc", "inc.", "co.", "\xEA\xB7\xB8\xEB\xA3\xB9"});  // 그룹
  CHECK(list.has("inc"));
  CHECK_FALSE(list.has("in"));
  CHECK(list.has("inc", '.'));
  CHECK_FALSE(list.has("co", ','));
  std::vector<std::size_t> lengths;
  list.find_prefix("inc. and co.", [&](std::size_t length) {
    lengths.push_back(length);
    return false;
  });
  CHECK(lengths == std::vector<std::size_t>{3, 4});
  CHECK(list.ends_any("\xEC\x82\xBC\xEC\x84\xB1\xEA\xB7\xB8\xEB\xA3\xB9"));  // 삼성그룹
  CHECK_FALSE(list.ends_any("\xEA\xB7\xB8\xEB\xA3\xB9\xEC\x82\xAC"));     // 그룹사
  CHECK(list.find_suffix("co.", [](std::size_t length) { return length == 3; }));
}

TEST_CASE("knowledge base: a walk finds every alias that starts there, shortest first") {
  KnowledgeBase kb;
  kb.add_file("Acme\t\xEC\x95\xA0\xED\x81\xAC\xEB\xAF\xB8\tAcme Robotics\tNASDAQ:ACME\tUS\n");  // 애크미
  kb.finish();
  std::vector<std::size_t> lengths;
  const auto collect = [&](std::size_t length, std::size_t, std::size_t) { lengths.push_back(length); };
  kb.walk("acme robotics inc", 0, collect);
  CHECK(lengths == std::vector<std::size_t>{4, 13});
  lengths.clear();
  kb.walk("x \xEC\x95\xA0\xED\x81\xAC\xEB\xAF\xB8\xEB\x8A\x94", 2, collect);  // 애크미는
  CHECK(lengths == std::vector<std::size_t>{9});
}

TEST_CASE("Korean particles and possessives stay outside the mention") {
  CHECK(texts("메타(META)는 신규 투자를 발표했다.") == Strings{"메타(META)"});
  CHECK(texts("엔비디아에서는 반응이 없었다.") == Strings{"엔비디아"});
  CHECK(texts("삼성전자의 영업이익이 늘었다.") == Strings{"삼성전자"});
  CHECK(texts("Google's revenue rose.") == Strings{"Google"});
}

TEST_CASE("a name inside a longer word is not a mention") {
  CHECK(texts("메타버스 시장이 커지고 있다.") == Strings{});
  CHECK(texts("Metaverse spending slowed.") == Strings{});
}

TEST_CASE("attached aliases and tickers are part of the mention") {
  const auto a = found("앤트로픽(Anthropic)은 투자를 유치했다. 엔비디아(NVDA) 주가가 올랐다.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].text == "앤트로픽(Anthropic)");
  CHECK(a[0].name == "Anthropic");
  CHECK(a[1].text == "엔비디아(NVDA)");
  CHECK(a[1].ticker == "NVDA");
  const auto b = found("Apple (NASDAQ: AAPL) said revenue rose.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "Apple (NASDAQ: AAPL)");
  CHECK(b[0].ticker == "AAPL");
}

TEST_CASE("a capitalised ticker of a known company is a mention; an abbreviation is not") {
  const auto f = found("앤트로픽, MSFT 등은 인프라 투자에 나섰다. CEO와 AI 전문가들이 모였다.");
  REQUIRE(f.size() == 2);
  CHECK(f[1].text == "MSFT");
  CHECK(f[1].name == "Microsoft");
  CHECK(f[1].ticker == "MSFT");
}

TEST_CASE("ambiguous names need evidence") {
  CHECK(names("Shares of Apple rose 4% after the company reported record revenue.") == Strings{"Apple"});
  CHECK(texts("Apple growers said the harvest was poor.") == Strings{});
  CHECK(texts("Washington state apple growers expect a small crop.") == Strings{});
  CHECK(texts("Deforestation in the Amazon rainforest rose last year.") == Strings{});
  CHECK(texts("Regulators targeted shell companies.") == Strings{});
  // One unambiguous mention vouches for the short ones: 메타 after 메타(META).
  CHECK(texts("메타(META)가 투자를 늘렸다. 메타는 안경도 만든다.") == Strings{"메타(META)", "메타"});
  CHECK(texts("카카오 원두 가격이 올랐다.") == Strings{});
  CHECK(texts("데이터센터는 AI의 빌딩 블록을 확보하는 투자다.") == Strings{});
}

TEST_CASE("people, models, products and places are not companies") {
  CHECK(names("일론 머스크(Elon Musk)가 이끄는 xAI는 투자를 유치했다.") == Strings{"xAI"});
  CHECK(texts("월드랩스(World Labs)는 '가상 세계 모델' 마블(Marble)을 선보였다.") == Strings{"월드랩스(World Labs)"});
  CHECK(texts("경쟁사는 최신 모델 클로드(Claude)를 앞세웠다.") == Strings{});
  CHECK(texts("실리콘밸리와 월스트리트에서 우려가 나온다.") == Strings{});
  CHECK(texts("한국은행이 기준금리를 동결했다.") == Strings{});
}

TEST_CASE("companies outside the knowledge base") {
  // A Korean name glossed with a Latin company name, after a company cue.
  const auto a = found("러시아계 벤처 노바클라우드(NovaCloud)와 협약을 맺었다.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "노바클라우드(NovaCloud)");
  CHECK(a[0].name == "NovaCloud");
  // English legal suffixes and exchange tickers.
  CHECK(names("The firm counts Kestrel Logistics LLC and Pioneer Freight Holdings among its clients.") ==
        Strings{"Kestrel Logistics", "Pioneer Freight Holdings"});
  const auto b = found("Shares of Harbor Lane Robotics Inc. (NASDAQ: HLRB) jumped.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "Harbor Lane Robotics Inc. (NASDAQ: HLRB)");
  CHECK(b[0].name == "Harbor Lane Robotics");
  CHECK(b[0].ticker == "HLRB");
  // A person "of" a firm, a place "-based" and a name the knowledge base knows stay outside.
  CHECK(texts("\"Prices will fall,\" said Jane Doe of Acme Capital Partners LLC.") == Strings{"Acme Capital Partners LLC"});
  CHECK(names("Tokyo-based SoftBank Group Corp. (TSE: 9984) invested.") == Strings{"SoftBank"});
  // Korean legal forms and company-name endings.
  CHECK(texts("㈜대성소재와 (주)한빛정밀이 참여했다.") == Strings{"㈜대성소재", "(주)한빛정밀"});
  CHECK(names("이번 투자는 한빛자산운용이 주도했고 그린셀바이오가 참여했다.") == Strings{"한빛자산운용", "그린셀바이오"});
}

TEST_CASE("mentions of one company share an entity") {
  const auto r = find_companies("루멘로보틱스, 투자 유치\n\n스타트업 루멘로보틱스(Lumen Robotics)가 투자를 받았다. 루멘로보틱스는 공장을 짓는다.");
  REQUIRE(r.mentions.size() == 3);
  for (const auto& m : r.mentions) {
    CHECK(m.name == "Lumen Robotics");
    CHECK(m.entity == "e1");
  }
  REQUIRE(r.entities.size() == 1);
  CHECK(r.entities[0].mentions == 3);

  const auto k = find_companies("Anthropic raised money. 앤트로픽은 미국에 투자한다. OpenAI did too.");
  REQUIRE(k.mentions.size() == 3);
  CHECK(k.mentions[0].entity == k.mentions[1].entity);
  CHECK(k.mentions[2].entity != k.mentions[0].entity);
  REQUIRE(k.entities.size() == 2);
  CHECK(k.entities[0].id == "e1");
  CHECK(k.entities[0].mentions == 2);
  CHECK(k.entities[1].name == "OpenAI");
}

TEST_CASE("watchlist names are highlighted with the name as given") {
  const auto f = found("The Blue Heron Cooperative bought land.", {"Blue Heron Cooperative"});
  REQUIRE(f.size() == 1);
  CHECK(f[0].name == "Blue Heron Cooperative");
}

TEST_CASE("empty and odd input") {
  CHECK(find_companies("").mentions.empty());
  CHECK(find_companies("(((").mentions.empty());
  CHECK(find_companies("(주)").mentions.empty());
  CHECK(find_companies("Inc.").mentions.empty());
}
