#!/usr/bin/env python3
"""Writes the company gold set: tests/gold/pages/NAME.html and tests/gold/NAME.json.

The articles below are original text written for this project in the style of business
news (the companies are real or invented; the events are invented). Annotations follow
../shared/ANNOTATION_GUIDE.md. Run: python3 tests/gold/make_gold.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# "file" is relative to tests/ (the scorer resolves it from the gold folder's parent).
# Each article: name, lang, h1, paragraphs, companies [(text, canonical[, ticker])] in text
# order, amounts [(text, currency, value | (low, high), extras)] in text order, claims
# [(sentence, kinds, source or None, optional)].
ARTICLES = []


def article(name, lang, h1, paras, companies, amounts, claims):
    ARTICLES.append(dict(name=name, lang=lang, h1=h1, paras=paras, companies=companies,
                         amounts=amounts, claims=claims))


A, F, AF = ["attributed"], ["factual"], ["attributed", "factual"]

# ------------------------------------------------------------------ Korean

article(
    "ko-hbm-supply", "ko",
    "삼성전자, 엔비디아에 HBM4 공급… SK하이닉스와 격차 좁힌다",
    ["삼성전자가 엔비디아(NVDA)에 차세대 고대역폭메모리 HBM4를 공급하는 계약을 맺은 것으로 알려졌다. "
     "업계에 따르면 계약 규모는 약 3조 2,000억 원으로, 내년 상반기부터 물량이 본격적으로 출하된다.",
     "젠슨 황 엔비디아 최고경영자(CEO)는 지난주 기자들과 만나 \"품질 개선 속도가 빠르다\"고 말했다. "
     "엔비디아는 그동안 HBM 물량의 대부분을 SK하이닉스로부터 받아왔다.",
     "SK하이닉스는 올해 HBM 매출이 20조 원을 넘을 것으로 예상한다고 밝혔다. "
     "대만 TSMC는 두 회사의 HBM4 베이스 다이를 위탁 생산한다.",
     "증권가에서는 삼성전자의 내년 영업이익이 50조 원 안팎에 이를 것이라는 전망이 나온다. "
     "미래에셋증권은 목표주가를 12만 원으로 올렸다."],
    [("삼성전자", "Samsung Electronics"), ("엔비디아", "Nvidia"), ("SK하이닉스", "SK hynix"),
     ("삼성전자", "Samsung Electronics"), ("엔비디아(NVDA)", "Nvidia", "NVDA"), ("엔비디아", "Nvidia"),
     ("엔비디아", "Nvidia"), ("SK하이닉스", "SK hynix"), ("SK하이닉스", "SK hynix"), ("TSMC", "TSMC"),
     ("삼성전자", "Samsung Electronics"), ("미래에셋증권", "Mirae Asset Securities")],
    [("3조 2,000억 원", "KRW", 3.2e12, {"approx": True}),
     ("20조 원", "KRW", 2e13, {"bound": "min"}),
     ("50조 원", "KRW", 5e13, {"approx": True}),
     ("12만 원", "KRW", 1.2e5, {})],
    [("삼성전자가 엔비디아(NVDA)에 차세대 고대역폭메모리 HBM4를 공급하는 계약을 맺은 것으로 알려졌다.", AF, None, False),
     ("업계에 따르면 계약 규모는 약 3조 2,000억 원으로, 내년 상반기부터 물량이 본격적으로 출하된다.", AF, "업계", False),
     ("젠슨 황 엔비디아 최고경영자(CEO)는 지난주 기자들과 만나 \"품질 개선 속도가 빠르다\"고 말했다.", A, "젠슨 황", False),
     ("엔비디아는 그동안 HBM 물량의 대부분을 SK하이닉스로부터 받아왔다.", F, None, False),
     ("SK하이닉스는 올해 HBM 매출이 20조 원을 넘을 것으로 예상한다고 밝혔다.", AF, "SK하이닉스", False),
     ("대만 TSMC는 두 회사의 HBM4 베이스 다이를 위탁 생산한다.", F, None, False),
     ("증권가에서는 삼성전자의 내년 영업이익이 50조 원 안팎에 이를 것이라는 전망이 나온다.", A, "증권가", False),
     ("미래에셋증권은 목표주가를 12만 원으로 올렸다.", F, None, False)])

article(
    "ko-cocoa-prices", "ko",
    "카카오 원두값 급등에 제과업계 비상… 오리온·롯데웰푸드 가격 인상 검토",
    ["국제 카카오 원두 가격이 1년 새 두 배 가까이 오르면서 국내 제과업체들의 원가 부담이 커지고 있다. "
     "뉴욕 선물시장에서 카카오 가격은 톤당 8,000달러를 넘어섰다.",
     "롯데웰푸드는 초콜릿 제품 17종의 가격을 평균 12% 올린다고 밝혔다. "
     "오리온도 가격 조정을 검토하고 있다고 전했다.",
     "글로벌 업체들도 사정은 비슷하다. 미국 허쉬(Hershey)는 올해 원가 상승분이 약 5억 달러에 이를 것이라고 예상했고, "
     "스위스 네슬레는 일부 제품의 용량을 줄였다.",
     "한편 정보기술(IT) 기업 카카오는 같은 날 자회사 카카오페이를 통해 소상공인 지원에 300억 원을 투입한다고 발표했다."],
    [("오리온", "Orion"), ("롯데웰푸드", "Lotte Wellfood"), ("롯데웰푸드", "Lotte Wellfood"),
     ("오리온", "Orion"), ("허쉬(Hershey)", "Hershey"), ("네슬레", "Nestle"), ("카카오", "Kakao"),
     ("카카오페이", "Kakao Pay")],
    [("8,000달러", "USD", 8000, {"bound": "min"}),
     ("5억 달러", "USD", 5e8, {"approx": True}),
     ("300억 원", "KRW", 3e10, {})],
    [("국제 카카오 원두 가격이 1년 새 두 배 가까이 오르면서 국내 제과업체들의 원가 부담이 커지고 있다.", F, None, True),
     ("뉴욕 선물시장에서 카카오 가격은 톤당 8,000달러를 넘어섰다.", F, None, True),
     ("롯데웰푸드는 초콜릿 제품 17종의 가격을 평균 12% 올린다고 밝혔다.", AF, "롯데웰푸드", False),
     ("오리온도 가격 조정을 검토하고 있다고 전했다.", A, "오리온", False),
     ("미국 허쉬(Hershey)는 올해 원가 상승분이 약 5억 달러에 이를 것이라고 예상했고, 스위스 네슬레는 일부 제품의 용량을 줄였다.",
      AF, "허쉬(Hershey)", False),
     ("한편 정보기술(IT) 기업 카카오는 같은 날 자회사 카카오페이를 통해 소상공인 지원에 300억 원을 투입한다고 발표했다.",
      AF, "카카오", False)])

article(
    "ko-meta-glasses", "ko",
    "메타, 스마트안경 생산 늘린다… 메타버스 부진 만회 나서",
    ["메타(META)가 레이밴 제조사 에실로룩소티카(EssilorLuxottica)와 손잡고 스마트안경 생산량을 연간 1,000만 대 규모로 늘린다.",
     "마크 저커버그 최고경영자는 실적 발표에서 \"안경이 차세대 컴퓨팅 플랫폼이 될 것\"이라고 말했다. "
     "메타는 메타버스 사업부에서 지난 분기에만 44억 달러의 영업손실을 냈다.",
     "시장조사업체 카운터포인트리서치에 따르면 지난해 스마트안경 시장에서 메타의 점유율은 70%를 웃돌았다. "
     "구글과 삼성전자도 내년 안경형 기기를 내놓을 계획이다.",
     "메타 주가는 이날 뉴욕증시에서 3.2% 올랐다."],
    [("메타", "Meta"), ("메타(META)", "Meta", "META"), ("에실로룩소티카(EssilorLuxottica)", "EssilorLuxottica"),
     ("메타", "Meta"), ("카운터포인트리서치", "Counterpoint Research"), ("메타", "Meta"), ("구글", "Google"),
     ("삼성전자", "Samsung Electronics"), ("메타", "Meta")],
    [("44억 달러", "USD", 4.4e9, {})],
    [("메타(META)가 레이밴 제조사 에실로룩소티카(EssilorLuxottica)와 손잡고 스마트안경 생산량을 연간 1,000만 대 규모로 늘린다.", F, None, False),
     ("마크 저커버그 최고경영자는 실적 발표에서 \"안경이 차세대 컴퓨팅 플랫폼이 될 것\"이라고 말했다.", A, "마크 저커버그", False),
     ("메타는 메타버스 사업부에서 지난 분기에만 44억 달러의 영업손실을 냈다.", F, None, False),
     ("시장조사업체 카운터포인트리서치에 따르면 지난해 스마트안경 시장에서 메타의 점유율은 70%를 웃돌았다.", AF, "카운터포인트리서치", False),
     ("구글과 삼성전자도 내년 안경형 기기를 내놓을 계획이다.", F, None, False),
     ("메타 주가는 이날 뉴욕증시에서 3.2% 올랐다.", F, None, False)])

article(
    "ko-robot-startup", "ko",
    "AI 로봇 스타트업 루멘로보틱스, 800억 원 투자 유치",
    ["산업용 로봇 스타트업 루멘로보틱스(Lumen Robotics)가 시리즈B 투자에서 800억 원을 유치했다고 14일 밝혔다.",
     "이번 투자는 한빛자산운용이 주도했고 ㈜대성소재와 그린셀바이오가 전략적 투자자로 참여했다.",
     "회사는 투자금으로 경기 판교에 생산 라인을 짓고, 물류 로봇 '루미 원'의 양산에 들어갈 계획이다.",
     "박지훈 루멘로보틱스 대표는 \"현대차그룹 등 완성차 업체와 공급 협상을 진행 중\"이라고 말했다.",
     "업계에서는 이 회사의 기업가치를 4,000억 원 안팎으로 평가한다."],
    [("루멘로보틱스", "Lumen Robotics"), ("루멘로보틱스(Lumen Robotics)", "Lumen Robotics"),
     ("한빛자산운용", "한빛자산운용"), ("㈜대성소재", "대성소재"), ("그린셀바이오", "그린셀바이오"),
     ("루멘로보틱스", "Lumen Robotics"), ("현대차그룹", "Hyundai Motor Group")],
    [("800억 원", "KRW", 8e10, {}),
     ("800억 원", "KRW", 8e10, {}),
     ("4,000억 원", "KRW", 4e11, {"approx": True})],
    [("산업용 로봇 스타트업 루멘로보틱스(Lumen Robotics)가 시리즈B 투자에서 800억 원을 유치했다고 14일 밝혔다.",
      AF, "루멘로보틱스(Lumen Robotics)", False),
     ("이번 투자는 한빛자산운용이 주도했고 ㈜대성소재와 그린셀바이오가 전략적 투자자로 참여했다.", F, None, False),
     ("회사는 투자금으로 경기 판교에 생산 라인을 짓고, 물류 로봇 '루미 원'의 양산에 들어갈 계획이다.", F, None, True),
     ("박지훈 루멘로보틱스 대표는 \"현대차그룹 등 완성차 업체와 공급 협상을 진행 중\"이라고 말했다.", A, "박지훈", False),
     ("업계에서는 이 회사의 기업가치를 4,000억 원 안팎으로 평가한다.", A, "업계", False)])

article(
    "ko-ev-georgia", "ko",
    "현대차, 美 조지아 공장 가동률 높인다… LG에너지솔루션과 배터리 합작",
    ["현대자동차가 미국 조지아주 전기차 전용 공장의 생산 목표를 연 50만 대로 높였다. "
     "현대차는 이를 위해 LG에너지솔루션과 함께 43억 달러(약 5조 7,000억 원)를 들여 배터리 합작 공장을 짓고 있다.",
     "기아도 같은 공장에서 대형 전기 SUV 'EV9'을 생산할 예정이다.",
     "호세 무뇨스 현대차 사장은 \"관세 부담에도 미국 현지 생산을 늘리는 것이 가장 확실한 해법\"이라고 강조했다.",
     "경쟁사 테슬라(TSLA)와 제너럴모터스(GM)도 가격 인하 경쟁에 나서면서 시장 점유율 다툼은 더 치열해질 전망이다.",
     "한국투자증권은 현대차의 올해 미국 판매량이 100만 대를 넘을 것으로 내다봤다."],
    [("현대차", "Hyundai Motor"), ("LG에너지솔루션", "LG Energy Solution"), ("현대자동차", "Hyundai Motor"),
     ("현대차", "Hyundai Motor"), ("LG에너지솔루션", "LG Energy Solution"), ("기아", "Kia"),
     ("현대차", "Hyundai Motor"), ("테슬라(TSLA)", "Tesla", "TSLA"), ("제너럴모터스(GM)", "General Motors", "GM"),
     ("한국투자증권", "Korea Investment & Securities"), ("현대차", "Hyundai Motor")],
    [("43억 달러", "USD", 4.3e9, {}),
     ("5조 7,000억 원", "KRW", 5.7e12, {"approx": True, "equivalent_of": "43억 달러"})],
    [("현대자동차가 미국 조지아주 전기차 전용 공장의 생산 목표를 연 50만 대로 높였다.", F, None, False),
     ("현대차는 이를 위해 LG에너지솔루션과 함께 43억 달러(약 5조 7,000억 원)를 들여 배터리 합작 공장을 짓고 있다.", F, None, False),
     ("기아도 같은 공장에서 대형 전기 SUV 'EV9'을 생산할 예정이다.", F, None, False),
     ("호세 무뇨스 현대차 사장은 \"관세 부담에도 미국 현지 생산을 늘리는 것이 가장 확실한 해법\"이라고 강조했다.", A, "호세 무뇨스", False),
     ("경쟁사 테슬라(TSLA)와 제너럴모터스(GM)도 가격 인하 경쟁에 나서면서 시장 점유율 다툼은 더 치열해질 전망이다.", A, None, True),
     ("한국투자증권은 현대차의 올해 미국 판매량이 100만 대를 넘을 것으로 내다봤다.", A, "한국투자증권", False)])

article(
    "ko-bank-rates", "ko",
    "한국은행 기준금리 동결에 은행주 약세… KB금융·신한지주 하락",
    ["한국은행이 기준금리를 연 2.50%로 동결하자 은행주가 일제히 약세를 보였다. 이날 KB금융은 2.1%, 신한지주는 1.8% 하락했다.",
     "하나은행과 우리은행은 이달 중 주택담보대출 금리를 0.2%포인트 내리기로 했다.",
     "외국계 증권사 골드만삭스(Goldman Sachs)는 보고서에서 \"한국 은행들의 배당 여력은 여전히 충분하다\"고 분석했다.",
     "세계 최대 자산운용사 블랙록은 최근 KB금융 지분을 6% 이상으로 늘린 것으로 나타났다. "
     "블랙록이 보유한 국내 금융주 가치는 약 2조 원으로 추산된다.",
     "금융위원회는 다음 달 은행권 건전성 점검 결과를 발표할 예정이다."],
    [("KB금융", "KB Financial Group"), ("신한지주", "Shinhan Financial Group"), ("KB금융", "KB Financial Group"),
     ("신한지주", "Shinhan Financial Group"), ("하나은행", "Hana Bank"), ("우리은행", "Woori Bank"),
     ("골드만삭스(Goldman Sachs)", "Goldman Sachs"), ("블랙록", "BlackRock"), ("KB금융", "KB Financial Group"),
     ("블랙록", "BlackRock")],
    [("2조 원", "KRW", 2e12, {"approx": True})],
    [("한국은행이 기준금리를 연 2.50%로 동결하자 은행주가 일제히 약세를 보였다.", F, None, False),
     ("이날 KB금융은 2.1%, 신한지주는 1.8% 하락했다.", F, None, False),
     ("하나은행과 우리은행은 이달 중 주택담보대출 금리를 0.2%포인트 내리기로 했다.", F, None, False),
     ("외국계 증권사 골드만삭스(Goldman Sachs)는 보고서에서 \"한국 은행들의 배당 여력은 여전히 충분하다\"고 분석했다.",
      A, "골드만삭스(Goldman Sachs)", False),
     ("세계 최대 자산운용사 블랙록은 최근 KB금융 지분을 6% 이상으로 늘린 것으로 나타났다.", F, None, False),
     ("블랙록이 보유한 국내 금융주 가치는 약 2조 원으로 추산된다.", AF, None, True),
     ("금융위원회는 다음 달 은행권 건전성 점검 결과를 발표할 예정이다.", F, None, True)])

article(
    "ko-ai-labs", "ko",
    "오픈AI·앤트로픽 몸값 경쟁… 국내선 업스테이지가 추격",
    ["오픈AI(OpenAI)가 기업가치 5,000억 달러를 인정받으며 신규 투자 유치를 마무리했다는 보도가 나왔다. "
     "샘 올트먼(Sam Altman) 최고경영자는 \"컴퓨팅 자원 확보가 최우선 과제\"라고 말했다.",
     "경쟁사 앤트로픽은 최신 모델 클로드(Claude)를 앞세워 기업 고객을 빠르게 늘리고 있다. "
     "앤트로픽에는 아마존과 구글이 각각 수십억 달러를 투자했다.",
     "국내에서는 업스테이지가 자체 언어모델 '솔라'로 일본 시장을 공략하고 있다.",
     "또 다른 스타트업 노바브레인(NovaBrain)은 의료 영상 분석 기술로 최근 150억 원을 유치했다.",
     "퍼플렉시티(Perplexity) 역시 검색 서비스 '코멧'을 내놓으며 구글과 정면 승부에 나섰다."],
    [("오픈AI", "OpenAI"), ("앤트로픽", "Anthropic"), ("업스테이지", "Upstage"), ("오픈AI(OpenAI)", "OpenAI"),
     ("앤트로픽", "Anthropic"), ("앤트로픽", "Anthropic"), ("아마존", "Amazon"), ("구글", "Google"),
     ("업스테이지", "Upstage"), ("노바브레인(NovaBrain)", "NovaBrain"), ("퍼플렉시티(Perplexity)", "Perplexity"),
     ("구글", "Google")],
    [("5,000억 달러", "USD", 5e11, {}),
     ("수십억 달러", "USD", (1e9, 9.9e9), {}),
     ("150억 원", "KRW", 1.5e10, {})],
    [("오픈AI(OpenAI)가 기업가치 5,000억 달러를 인정받으며 신규 투자 유치를 마무리했다는 보도가 나왔다.", AF, "보도", False),
     ("샘 올트먼(Sam Altman) 최고경영자는 \"컴퓨팅 자원 확보가 최우선 과제\"라고 말했다.", A, "샘 올트먼(Sam Altman)", False),
     ("경쟁사 앤트로픽은 최신 모델 클로드(Claude)를 앞세워 기업 고객을 빠르게 늘리고 있다.", F, None, False),
     ("앤트로픽에는 아마존과 구글이 각각 수십억 달러를 투자했다.", F, None, False),
     ("국내에서는 업스테이지가 자체 언어모델 '솔라'로 일본 시장을 공략하고 있다.", F, None, False),
     ("또 다른 스타트업 노바브레인(NovaBrain)은 의료 영상 분석 기술로 최근 150억 원을 유치했다.", F, None, False),
     ("퍼플렉시티(Perplexity) 역시 검색 서비스 '코멧'을 내놓으며 구글과 정면 승부에 나섰다.", F, None, False)])

article(
    "ko-ecommerce", "ko",
    "쿠팡, 대만 물류센터 확장… 중국 이커머스 공세에 맞불",
    ["쿠팡(CPNG)이 대만에 두 번째 풀필먼트센터를 열고 현지 로켓배송 지역을 넓힌다고 2일 밝혔다. "
     "쿠팡은 3분기 매출이 11조 원을 넘어 사상 최대를 기록했다.",
     "중국계 알리익스프레스와 테무는 초저가 상품을 앞세워 국내 이용자를 빠르게 늘리고 있다.",
     "신세계그룹의 이마트는 알리바바와 합작법인을 세워 대응에 나섰다.",
     "미국 아마존(AMZN)은 한국 직접 진출 대신 11번가와의 제휴를 유지하고 있다.",
     "한편 환경단체들은 아마존 열대우림 파괴와 연관된 원료를 쓰는 유통업체 명단을 공개했다."],
    [("쿠팡", "Coupang"), ("쿠팡(CPNG)", "Coupang", "CPNG"), ("쿠팡", "Coupang"), ("알리익스프레스", "AliExpress"),
     ("테무", "Temu"), ("신세계그룹", "Shinsegae Group"), ("이마트", "Emart"), ("알리바바", "Alibaba"),
     ("아마존(AMZN)", "Amazon", "AMZN"), ("11번가", "11st")],
    [("11조 원", "KRW", 1.1e13, {"bound": "min"})],
    [("쿠팡(CPNG)이 대만에 두 번째 풀필먼트센터를 열고 현지 로켓배송 지역을 넓힌다고 2일 밝혔다.", AF, "쿠팡(CPNG)", False),
     ("쿠팡은 3분기 매출이 11조 원을 넘어 사상 최대를 기록했다.", F, None, False),
     ("중국계 알리익스프레스와 테무는 초저가 상품을 앞세워 국내 이용자를 빠르게 늘리고 있다.", F, None, True),
     ("신세계그룹의 이마트는 알리바바와 합작법인을 세워 대응에 나섰다.", F, None, False),
     ("미국 아마존(AMZN)은 한국 직접 진출 대신 11번가와의 제휴를 유지하고 있다.", F, None, False),
     ("한편 환경단체들은 아마존 열대우림 파괴와 연관된 원료를 쓰는 유통업체 명단을 공개했다.", AF, "환경단체들", True)])

article(
    "ko-battery-materials", "ko",
    "테슬라 판매 둔화에 2차전지 소재주 출렁",
    ["테슬라(TSLA)의 3분기 전기차 인도량이 시장 예상을 밑돌면서 국내 2차전지 소재주가 일제히 하락했다. "
     "에코프로비엠은 6.4%, 포스코퓨처엠은 4.9% 떨어졌다.",
     "일론 머스크(Elon Musk) 최고경영자는 \"저가형 모델 Y 출시로 내년 판매를 회복하겠다\"고 말했다.",
     "삼성SDI는 테슬라에 원통형 배터리를 공급하는 3조 원 규모의 계약을 맺었다고 공시했다.",
     "하지만 증권가에서는 리튬 가격 하락이 이어지는 한 소재 업체들의 실적 개선은 쉽지 않을 것이라는 분석이 나온다. "
     "에코프로는 올해 약 2,000억 원의 영업손실을 낼 것으로 추정된다."],
    [("테슬라", "Tesla"), ("테슬라(TSLA)", "Tesla", "TSLA"), ("에코프로비엠", "EcoPro BM"),
     ("포스코퓨처엠", "POSCO Future M"), ("삼성SDI", "Samsung SDI"), ("테슬라", "Tesla"), ("에코프로", "EcoPro")],
    [("3조 원", "KRW", 3e12, {}),
     ("2,000억 원", "KRW", 2e11, {"approx": True})],
    [("테슬라(TSLA)의 3분기 전기차 인도량이 시장 예상을 밑돌면서 국내 2차전지 소재주가 일제히 하락했다.", F, None, False),
     ("에코프로비엠은 6.4%, 포스코퓨처엠은 4.9% 떨어졌다.", F, None, False),
     ("일론 머스크(Elon Musk) 최고경영자는 \"저가형 모델 Y 출시로 내년 판매를 회복하겠다\"고 말했다.", A, "일론 머스크(Elon Musk)", False),
     ("삼성SDI는 테슬라에 원통형 배터리를 공급하는 3조 원 규모의 계약을 맺었다고 공시했다.", AF, "삼성SDI", False),
     ("하지만 증권가에서는 리튬 가격 하락이 이어지는 한 소재 업체들의 실적 개선은 쉽지 않을 것이라는 분석이 나온다.", A, "증권가", False),
     ("에코프로는 올해 약 2,000억 원의 영업손실을 낼 것으로 추정된다.", AF, None, True)])

article(
    "ko-game-deals", "ko",
    "크래프톤, 인도 게임사 인수… 넥슨·엔씨소프트도 해외 확장",
    ["크래프톤이 인도 게임 개발사 스타라이트게임즈(Starlight Games)를 약 1,900억 원에 인수한다고 밝혔다. "
     "크래프톤의 대표작 '배틀그라운드'는 인도에서만 누적 이용자 2억 명을 넘었다.",
     "넥슨은 신작 '더 파이널스'의 흥행에 힘입어 3분기 영업이익이 4,000억 원을 넘었다고 발표했다.",
     "엔씨소프트는 북미 법인을 통해 새 게임을 출시했다.",
     "중견 게임사 ㈜별빛엔터는 코스닥 상장을 추진하고 있다.",
     "하이브 역시 게임 사업 확대를 위해 500억 원을 추가 투자한다고 밝혔다."],
    [("크래프톤", "Krafton"), ("넥슨", "Nexon"), ("엔씨소프트", "NCSoft"), ("크래프톤", "Krafton"),
     ("스타라이트게임즈(Starlight Games)", "Starlight Games"), ("크래프톤", "Krafton"), ("넥슨", "Nexon"),
     ("엔씨소프트", "NCSoft"), ("㈜별빛엔터", "별빛엔터"), ("하이브", "HYBE")],
    [("1,900억 원", "KRW", 1.9e11, {"approx": True}),
     ("4,000억 원", "KRW", 4e11, {"bound": "min"}),
     ("500억 원", "KRW", 5e10, {})],
    [("크래프톤이 인도 게임 개발사 스타라이트게임즈(Starlight Games)를 약 1,900억 원에 인수한다고 밝혔다.", AF, "크래프톤", False),
     ("크래프톤의 대표작 '배틀그라운드'는 인도에서만 누적 이용자 2억 명을 넘었다.", F, None, False),
     ("넥슨은 신작 '더 파이널스'의 흥행에 힘입어 3분기 영업이익이 4,000억 원을 넘었다고 발표했다.", AF, "넥슨", False),
     ("엔씨소프트는 북미 법인을 통해 새 게임을 출시했다.", F, None, False),
     ("중견 게임사 ㈜별빛엔터는 코스닥 상장을 추진하고 있다.", F, None, False),
     ("하이브 역시 게임 사업 확대를 위해 500억 원을 추가 투자한다고 밝혔다.", AF, "하이브", False)])

article(
    "ko-japan-ai", "ko",
    "日 소프트뱅크그룹, 오픈AI 지분 확대… 토요타·소니도 AI 투자",
    ["일본 소프트뱅크그룹(SoftBank Group)이 오픈AI에 225억 달러를 추가로 투자하기로 했다. "
     "손정의 회장은 \"인공초지능 시대에 모든 것을 걸겠다\"고 말했다.",
     "토요타자동차는 자율주행 소프트웨어 개발에 5년간 1조 엔을 투입한다. "
     "소니社도 반도체 자회사를 통해 이미지센서 증산에 나선다.",
     "중국 샤오미는 자체 개발한 스마트폰 칩 '쉬안제'를 공개했다.",
     "업계에서는 일본 기업들의 AI 투자가 엔화 약세에도 불구하고 계속될 것으로 본다."],
    [("소프트뱅크그룹", "SoftBank Group"), ("오픈AI", "OpenAI"), ("토요타", "Toyota"), ("소니", "Sony"),
     ("소프트뱅크그룹(SoftBank Group)", "SoftBank Group"), ("오픈AI", "OpenAI"), ("토요타자동차", "Toyota"),
     ("소니社", "Sony"), ("샤오미", "Xiaomi")],
    [("225억 달러", "USD", 2.25e10, {}),
     ("1조 엔", "JPY", 1e12, {})],
    [("일본 소프트뱅크그룹(SoftBank Group)이 오픈AI에 225억 달러를 추가로 투자하기로 했다.", F, None, False),
     ("손정의 회장은 \"인공초지능 시대에 모든 것을 걸겠다\"고 말했다.", A, "손정의", False),
     ("토요타자동차는 자율주행 소프트웨어 개발에 5년간 1조 엔을 투입한다.", F, None, False),
     ("소니社도 반도체 자회사를 통해 이미지센서 증산에 나선다.", F, None, False),
     ("중국 샤오미는 자체 개발한 스마트폰 칩 '쉬안제'를 공개했다.", F, None, False),
     ("업계에서는 일본 기업들의 AI 투자가 엔화 약세에도 불구하고 계속될 것으로 본다.", A, "업계", True)])

# ------------------------------------------------------------------ English

article(
    "en-apple-buyback", "en",
    "Apple lifts buyback to $110 billion as iPhone sales rebound",
    ["Apple Inc. (NASDAQ: AAPL) said on Thursday it would buy back up to $110 billion of its shares after iPhone "
     "revenue rose 6% in the March quarter.",
     "Chief executive Tim Cook told analysts that demand in China had stabilised. Apple's services business, which "
     "includes the App Store, generated $24.2 billion in the quarter.",
     "Shares of Apple rose 4% in after-hours trading. Suppliers such as Foxconn and TSMC also gained in Asian markets.",
     "Separately, Washington state apple growers said a late frost had cut this year's crop, pushing apple prices "
     "up by a third."],
    [("Apple", "Apple"), ("Apple Inc. (NASDAQ: AAPL)", "Apple", "AAPL"), ("Apple", "Apple"), ("Apple", "Apple"),
     ("Foxconn", "Foxconn"), ("TSMC", "TSMC")],
    [("$110 billion", "USD", 1.1e11, {}),
     ("$110 billion", "USD", 1.1e11, {"bound": "max"}),
     ("$24.2 billion", "USD", 2.42e10, {})],
    [("Apple Inc. (NASDAQ: AAPL) said on Thursday it would buy back up to $110 billion of its shares after iPhone "
      "revenue rose 6% in the March quarter.", AF, "Apple Inc. (NASDAQ: AAPL)", False),
     ("Chief executive Tim Cook told analysts that demand in China had stabilised.", A, "Tim Cook", False),
     ("Apple's services business, which includes the App Store, generated $24.2 billion in the quarter.", F, None, False),
     ("Shares of Apple rose 4% in after-hours trading.", F, None, False),
     ("Suppliers such as Foxconn and TSMC also gained in Asian markets.", F, None, True),
     ("Separately, Washington state apple growers said a late frost had cut this year's crop, pushing apple prices "
      "up by a third.", A, "Washington state apple growers", False)])

article(
    "en-meta-capex", "en",
    "Meta to spend up to $72 billion on AI infrastructure this year",
    ["Meta Platforms Inc. raised its capital spending forecast to as much as $72 billion, citing demand for the data "
     "centers that train its Llama models.",
     "Mark Zuckerberg said the company would also double its investment in smart glasses made with EssilorLuxottica.",
     "Analysts at Morgan Stanley said Meta's advertising revenue grew faster than that of Google for a third "
     "straight quarter.",
     "Meta's metaverse bets still lose about $4 billion a quarter.",
     "Meta shares fell 3% in New York."],
    [("Meta", "Meta"), ("Meta Platforms Inc.", "Meta"), ("EssilorLuxottica", "EssilorLuxottica"),
     ("Morgan Stanley", "Morgan Stanley"), ("Meta", "Meta"), ("Google", "Google"), ("Meta", "Meta"), ("Meta", "Meta")],
    [("$72 billion", "USD", 7.2e10, {"bound": "max"}),
     ("$72 billion", "USD", 7.2e10, {"bound": "max"}),
     ("$4 billion", "USD", 4e9, {"approx": True})],
    [("Meta Platforms Inc. raised its capital spending forecast to as much as $72 billion, citing demand for the data "
      "centers that train its Llama models.", AF, "Meta Platforms Inc.", False),
     ("Mark Zuckerberg said the company would also double its investment in smart glasses made with EssilorLuxottica.",
      A, "Mark Zuckerberg", False),
     ("Analysts at Morgan Stanley said Meta's advertising revenue grew faster than that of Google for a third "
      "straight quarter.", A, "Morgan Stanley", False),
     ("Meta's metaverse bets still lose about $4 billion a quarter.", F, None, False),
     ("Meta shares fell 3% in New York.", F, None, False)])

article(
    "en-amazon-datacenters", "en",
    "Amazon commits $10 billion to North Carolina data centers",
    ["Amazon.com Inc. will invest $10 billion in data centers in North Carolina, the company said on Wednesday, its "
     "latest bet on demand for cloud computing and artificial intelligence.",
     "Amazon Web Services, its cloud unit, competes with Microsoft and Google for corporate customers. AWS reported "
     "operating income of $10.4 billion in the second quarter.",
     "The company also signed a power agreement with Dominion Energy (NYSE: D) to supply the site.",
     "Environmental groups noted that the investment dwarfs recent pledges to protect the Amazon rainforest, where "
     "deforestation rose last year."],
    [("Amazon", "Amazon"), ("Amazon.com Inc.", "Amazon"), ("Amazon Web Services", "Amazon Web Services"),
     ("Microsoft", "Microsoft"), ("Google", "Google"), ("AWS", "Amazon Web Services"),
     ("Dominion Energy (NYSE: D)", "Dominion Energy", "D")],
    [("$10 billion", "USD", 1e10, {}),
     ("$10 billion", "USD", 1e10, {}),
     ("$10.4 billion", "USD", 1.04e10, {})],
    [("Amazon.com Inc. will invest $10 billion in data centers in North Carolina, the company said on Wednesday, its "
      "latest bet on demand for cloud computing and artificial intelligence.", AF, None, False),
     ("Amazon Web Services, its cloud unit, competes with Microsoft and Google for corporate customers.", F, None, True),
     ("AWS reported operating income of $10.4 billion in the second quarter.", AF, "AWS", False),
     ("The company also signed a power agreement with Dominion Energy (NYSE: D) to supply the site.", F, None, False),
     ("Environmental groups noted that the investment dwarfs recent pledges to protect the Amazon rainforest, where "
      "deforestation rose last year.", A, "Environmental groups", True)])

article(
    "en-robotics-ipo", "en",
    "Harbor Lane Robotics jumps in Nasdaq debut",
    ["Shares of Harbor Lane Robotics Inc. (NASDAQ: HLRB) jumped 38% in their first day of trading after the warehouse "
     "automation company raised $420 million in its initial public offering.",
     "The Boston-based firm counts Kestrel Logistics LLC and Pioneer Freight Holdings among its largest customers.",
     "Its chief rival, Osprey Automation GmbH, filed for a Frankfurt listing last month.",
     "The offering was led by Goldman Sachs and JPMorgan, according to a regulatory filing.",
     "\"We are building the nervous system of the warehouse,\" chief executive Dana Whitfield said."],
    [("Harbor Lane Robotics", "Harbor Lane Robotics"), ("Harbor Lane Robotics Inc. (NASDAQ: HLRB)", "Harbor Lane Robotics", "HLRB"),
     ("Kestrel Logistics LLC", "Kestrel Logistics"), ("Pioneer Freight Holdings", "Pioneer Freight"),
     ("Osprey Automation GmbH", "Osprey Automation"), ("Goldman Sachs", "Goldman Sachs"), ("JPMorgan", "JPMorgan Chase")],
    [("$420 million", "USD", 4.2e8, {})],
    [("Shares of Harbor Lane Robotics Inc. (NASDAQ: HLRB) jumped 38% in their first day of trading after the warehouse "
      "automation company raised $420 million in its initial public offering.", F, None, False),
     ("The Boston-based firm counts Kestrel Logistics LLC and Pioneer Freight Holdings among its largest customers.", F, None, False),
     ("Its chief rival, Osprey Automation GmbH, filed for a Frankfurt listing last month.", F, None, False),
     ("The offering was led by Goldman Sachs and JPMorgan, according to a regulatory filing.", AF, "a regulatory filing", False),
     ("\"We are building the nervous system of the warehouse,\" chief executive Dana Whitfield said.", A, "Dana Whitfield", False)])

article(
    "en-bank-earnings", "en",
    "JPMorgan and Goldman Sachs beat forecasts as dealmaking returns",
    ["JPMorgan Chase & Co. reported third-quarter profit of $14.4 billion on Friday, helped by a rebound in "
     "investment banking fees.",
     "Goldman Sachs said advisory revenue rose 42%, while Morgan Stanley posted record wealth management inflows.",
     "\"The pipeline is the strongest we have seen in three years,\" JPMorgan chief executive Jamie Dimon told analysts.",
     "The results lifted bank stocks across Wall Street even as the Federal Reserve signalled it may slow the pace of "
     "rate cuts. Citigroup and Wells Fargo report next week."],
    [("JPMorgan", "JPMorgan Chase"), ("Goldman Sachs", "Goldman Sachs"), ("JPMorgan Chase & Co.", "JPMorgan Chase"),
     ("Goldman Sachs", "Goldman Sachs"), ("Morgan Stanley", "Morgan Stanley"), ("JPMorgan", "JPMorgan Chase"),
     ("Citigroup", "Citigroup"), ("Wells Fargo", "Wells Fargo")],
    [("$14.4 billion", "USD", 1.44e10, {})],
    [("JPMorgan Chase & Co. reported third-quarter profit of $14.4 billion on Friday, helped by a rebound in "
      "investment banking fees.", AF, "JPMorgan Chase & Co.", False),
     ("Goldman Sachs said advisory revenue rose 42%, while Morgan Stanley posted record wealth management inflows.",
      AF, "Goldman Sachs", False),
     ("\"The pipeline is the strongest we have seen in three years,\" JPMorgan chief executive Jamie Dimon told analysts.",
      A, "Jamie Dimon", False),
     ("The results lifted bank stocks across Wall Street even as the Federal Reserve signalled it may slow the pace of "
      "rate cuts.", F, None, True),
     ("Citigroup and Wells Fargo report next week.", F, None, True)])

article(
    "en-oracle-shell", "en",
    "Oracle signs power deal with Shell for Texas AI campus",
    ["Oracle Corp. (NYSE: ORCL) agreed to buy electricity from Shell for a new data center campus in Abilene, Texas, "
     "the companies said on Monday.",
     "The contract runs for 15 years and is worth about $2 billion, according to people familiar with the matter.",
     "Regulators have long targeted shell companies that hide the owners of energy assets, and the deal drew "
     "questions about the ownership of the Texas site.",
     "Oracle has become an unlikely oracle of AI demand: its order backlog rose to $455 billion last quarter.",
     "Retailer Target, meanwhile, said it would cut prices on 2,000 items as shoppers remain cautious."],
    [("Oracle", "Oracle"), ("Shell", "Shell"), ("Oracle Corp. (NYSE: ORCL)", "Oracle", "ORCL"), ("Shell", "Shell"),
     ("Oracle", "Oracle"), ("Target", "Target")],
    [("$2 billion", "USD", 2e9, {"approx": True}),
     ("$455 billion", "USD", 4.55e11, {})],
    [("Oracle Corp. (NYSE: ORCL) agreed to buy electricity from Shell for a new data center campus in Abilene, Texas, "
      "the companies said on Monday.", AF, None, False),
     ("The contract runs for 15 years and is worth about $2 billion, according to people familiar with the matter.",
      AF, "people familiar with the matter", False),
     ("Regulators have long targeted shell companies that hide the owners of energy assets, and the deal drew "
      "questions about the ownership of the Texas site.", F, None, True),
     ("Oracle has become an unlikely oracle of AI demand: its order backlog rose to $455 billion last quarter.", F, None, False),
     ("Retailer Target, meanwhile, said it would cut prices on 2,000 items as shoppers remain cautious.", AF, "Target", False)])

article(
    "en-korea-memory", "en",
    "Samsung Electronics and SK hynix ride memory boom",
    ["Samsung Electronics posted an operating profit of 12.1 trillion won ($8.7 billion) for the third quarter, its "
     "highest in more than three years.",
     "Rival SK hynix said sales of high-bandwidth memory chips to Nvidia more than doubled.",
     "The Kospi index rose 2% in Seoul, with LG Energy Solution and Hyundai Motor also gaining.",
     "The chip chief at Samsung Electronics said the company had narrowed the gap with SK hynix in HBM3E "
     "qualification tests."],
    [("Samsung Electronics", "Samsung Electronics"), ("SK hynix", "SK hynix"), ("Samsung Electronics", "Samsung Electronics"),
     ("SK hynix", "SK hynix"), ("Nvidia", "Nvidia"), ("LG Energy Solution", "LG Energy Solution"),
     ("Hyundai Motor", "Hyundai Motor"), ("Samsung Electronics", "Samsung Electronics"), ("SK hynix", "SK hynix")],
    [("12.1 trillion won", "KRW", 1.21e13, {}),
     ("$8.7 billion", "USD", 8.7e9, {"equivalent_of": "12.1 trillion won"})],
    [("Samsung Electronics posted an operating profit of 12.1 trillion won ($8.7 billion) for the third quarter, its "
      "highest in more than three years.", F, None, False),
     ("Rival SK hynix said sales of high-bandwidth memory chips to Nvidia more than doubled.", AF, "SK hynix", False),
     ("The Kospi index rose 2% in Seoul, with LG Energy Solution and Hyundai Motor also gaining.", F, None, False),
     ("The chip chief at Samsung Electronics said the company had narrowed the gap with SK hynix in HBM3E "
      "qualification tests.", A, "The chip chief at Samsung Electronics", False)])

article(
    "en-ai-funding", "en",
    "Anthropic raises $13 billion as Claude usage surges",
    ["Anthropic has raised $13 billion in a funding round that values the AI start-up at $183 billion, the company "
     "said, making it one of the most valuable private firms in the world.",
     "Demand for its Claude models from software developers has driven revenue past an annualised $5 billion.",
     "OpenAI, the maker of ChatGPT, is in talks to sell shares at a valuation of about $500 billion. Chief executive "
     "Sam Altman has said the company will need trillions of dollars for computing.",
     "Elon Musk's xAI and France's Mistral AI are also raising money."],
    [("Anthropic", "Anthropic"), ("Anthropic", "Anthropic"), ("OpenAI", "OpenAI"), ("xAI", "xAI"),
     ("Mistral AI", "Mistral AI")],
    [("$13 billion", "USD", 1.3e10, {}),
     ("$13 billion", "USD", 1.3e10, {}),
     ("$183 billion", "USD", 1.83e11, {}),
     ("$5 billion", "USD", 5e9, {"bound": "min"}),
     ("$500 billion", "USD", 5e11, {"approx": True}),
     ("trillions of dollars", "USD", (1e12, 9e12), {})],
    [("Anthropic has raised $13 billion in a funding round that values the AI start-up at $183 billion, the company "
      "said, making it one of the most valuable private firms in the world.", AF, None, False),
     ("Demand for its Claude models from software developers has driven revenue past an annualised $5 billion.", F, None, False),
     ("OpenAI, the maker of ChatGPT, is in talks to sell shares at a valuation of about $500 billion.", F, None, False),
     ("Chief executive Sam Altman has said the company will need trillions of dollars for computing.", A, "Sam Altman", False),
     ("Elon Musk's xAI and France's Mistral AI are also raising money.", F, None, False)])

article(
    "en-card-fees", "en",
    "Visa and Mastercard settle merchant fee lawsuit",
    ["Visa Inc. and Mastercard agreed to lower the fees they charge U.S. merchants under a settlement valued at about "
     "$30 billion, the companies said on Tuesday.",
     "Block, the payments company behind Cash App, said the deal would help small sellers that use its card readers.",
     "The changes take effect next year. Separately, the State Department said it would raise the visa fee for "
     "business travelers to $250.",
     "Shares of Visa rose 1.5%."],
    [("Visa", "Visa"), ("Mastercard", "Mastercard"), ("Visa Inc.", "Visa"), ("Mastercard", "Mastercard"),
     ("Block", "Block"), ("Visa", "Visa")],
    [("$30 billion", "USD", 3e10, {"approx": True}),
     ("$250", "USD", 250, {})],
    [("Visa Inc. and Mastercard agreed to lower the fees they charge U.S. merchants under a settlement valued at about "
      "$30 billion, the companies said on Tuesday.", AF, None, False),
     ("Block, the payments company behind Cash App, said the deal would help small sellers that use its card readers.",
      A, "Block", False),
     ("Separately, the State Department said it would raise the visa fee for business travelers to $250.",
      AF, "the State Department", False),
     ("Shares of Visa rose 1.5%.", F, None, False)])

article(
    "en-battery-race", "en",
    "Toyota and BYD race to cut battery costs",
    ["Toyota Motor Corp. said it would spend 1.5 trillion yen on battery plants in Japan and the United States "
     "through 2030.",
     "China's BYD, which sold more electric cars than Tesla last year, is building factories in Hungary and Turkey.",
     "Volkswagen AG plans to open a battery plant in Spain next year.",
     "Chipmaker ASML Holding N.V. supplies the lithography machines used to make the power chips in these cars, and "
     "Siemens AG provides factory software.",
     "Analysts at UBS expect battery prices to fall below $80 per kilowatt-hour by 2027."],
    [("Toyota", "Toyota"), ("BYD", "BYD"), ("Toyota Motor Corp.", "Toyota"), ("BYD", "BYD"),
     ("Tesla", "Tesla"), ("Volkswagen AG", "Volkswagen"), ("ASML Holding N.V.", "ASML"), ("Siemens AG", "Siemens"),
     ("UBS", "UBS")],
    [("1.5 trillion yen", "JPY", 1.5e12, {}),
     ("$80", "USD", 80, {"bound": "max"})],
    [("Toyota Motor Corp. said it would spend 1.5 trillion yen on battery plants in Japan and the United States "
      "through 2030.", AF, "Toyota Motor Corp.", False),
     ("China's BYD, which sold more electric cars than Tesla last year, is building factories in Hungary and Turkey.", F, None, False),
     ("Volkswagen AG plans to open a battery plant in Spain next year.", F, None, False),
     ("Chipmaker ASML Holding N.V. supplies the lithography machines used to make the power chips in these cars, and "
      "Siemens AG provides factory software.", F, None, False),
     ("Analysts at UBS expect battery prices to fall below $80 per kilowatt-hour by 2027.", A, "Analysts at UBS", False)])


# ------------------------------------------------------------------ writer

def locate_in_order(text, needles, what, name):
    cursor = 0
    for n in needles:
        i = text.find(n, cursor)
        if i < 0:
            raise SystemExit(f"{name}: {what} {n!r} not found after offset {cursor}")
        cursor = i + len(n)


def write(a):
    text = "\n\n".join([a["h1"]] + a["paras"])
    locate_in_order(text, [c[0] for c in a["companies"]], "company", a["name"])
    locate_in_order(text, [m[0] for m in a["amounts"]], "amount", a["name"])
    for c in a["claims"]:
        if c[0] not in text:
            raise SystemExit(f"{a['name']}: claim not found: {c[0][:40]!r}")
        if c[2] and c[2] not in text:
            raise SystemExit(f"{a['name']}: claim source not found: {c[2]!r}")
    companies = []
    for c in a["companies"]:
        item = {"text": c[0], "canonical": c[1]}
        if len(c) > 2:
            item["ticker"] = c[2]
        companies.append(item)
    amounts = []
    for text_, currency, value, extras in a["amounts"]:
        item = {"text": text_, "currency": currency}
        if isinstance(value, tuple):
            item["low"], item["high"] = float(value[0]), float(value[1])
        else:
            item["value"] = float(value)
        item.update(extras)
        amounts.append(item)
    claims = []
    for sentence, kinds, source, optional in a["claims"]:
        item = {"sentence": sentence, "kinds": kinds}
        if source:
            item["source"] = source
        if optional:
            item["optional"] = True
        claims.append(item)
    gold = {"file": f"gold/pages/{a['name']}.html", "lang": a["lang"], "title": a["h1"], "text": text,
            "companies": companies, "amounts": amounts, "claims": claims,
            "note": "Original text written for newsmark's company gold set; the events are invented."}
    with open(os.path.join(HERE, a["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in a["paras"])
    page = (f"<!DOCTYPE html>\n<html lang=\"{a['lang']}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(a['h1'], quote=False)}</title></head>\n<body><article>\n"
            f"<h1>{html.escape(a['h1'], quote=False)}</h1>\n{body}</article></body></html>\n")
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    with open(os.path.join(HERE, "pages", a["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    for a in ARTICLES:
        write(a)
    print(f"{len(ARTICLES)} articles written")
