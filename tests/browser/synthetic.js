// A hand-made newsmark document for the page's tests: it exercises nesting (companies and
// amounts inside claims), entities with several mentions, a conversion pair
// (equivalent_of), a range and a bound, whatever the recognisers find today.
'use strict';

const blocks = [
  ['h1', 'Acme Corp buys Beta Ltd for $5 billion'],
  ['p', '"We are thrilled," said Acme Corp chief Jane Roe, adding the deal could be worth about ₩6.6 trillion.'],
  ['p', '한빛전자는 4조 3,000억 원(약 31억 달러)을 투자한다고 밝혔다. 😀 Beta Ltd expects $1–2 billion in sales.'],
  ['p', 'Analysts said Acme Corp may spend at least $300 million more.'],
];
const text = blocks.map((b) => b[1]).join('\n\n');
let offset = 0;
const blockSpans = blocks.map(([kind, t]) => {
  const span = { kind, start: offset, end: offset + t.length };
  offset += t.length + 2;
  return span;
});

function at(needle, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`synthetic document: no "${needle}"`);
  return { start, end: start + needle.length, text: needle };
}

const claim1 = at('"We are thrilled," said Acme Corp chief Jane Roe, adding the deal could be worth about ₩6.6 trillion.');
const claim2 = at('Analysts said Acme Corp may spend at least $300 million more.');
const raw = [
  { type: 'company', ...at('Acme Corp'), name: 'Acme', entity: 'e1', ticker: 'ACME' },
  { type: 'company', ...at('Beta Ltd'), name: 'Beta', entity: 'e2' },
  { type: 'amount', ...at('$5 billion'), currency: 'USD', value: 5e9 },
  { type: 'claim', ...claim1, kinds: ['attributed'], source: { ...at('Acme Corp chief Jane Roe'), entity: 'e1' }, cue: at('said', claim1.start), score: 0.8 },
  { type: 'company', ...at('Acme Corp', claim1.start), name: 'Acme', entity: 'e1', ticker: 'ACME' },
  { type: 'amount', ...at('about ₩6.6 trillion'), currency: 'KRW', value: 6.6e12, approx: true },
  { type: 'company', ...at('한빛전자'), name: 'Hanbit Electronics', entity: 'e3' },
  { type: 'amount', ...at('4조 3,000억 원'), currency: 'KRW', value: 4.3e12 },
  { type: 'amount', ...at('약 31억 달러'), currency: 'USD', value: 3.1e9, approx: true, equivalent_of: 'PLACEHOLDER' },
  { type: 'company', ...at('Beta Ltd', claim1.end), name: 'Beta', entity: 'e2' },
  { type: 'amount', ...at('$1–2 billion'), currency: 'USD', low: 1e9, high: 2e9 },
  { type: 'claim', ...claim2, kinds: ['attributed', 'factual'], source: at('Analysts'), cue: at('said', claim2.start), hedged: true, score: 0.6 },
  { type: 'company', ...at('Acme Corp', claim2.start), name: 'Acme', entity: 'e1', ticker: 'ACME' },
  { type: 'amount', ...at('at least $300 million'), currency: 'USD', value: 3e8, bound: 'min' },
];
const rank = { claim: 0, company: 1, amount: 2 };
raw.sort((a, b) => a.start - b.start || b.end - a.end || rank[a.type] - rank[b.type]);
raw.forEach((a, i) => { a.id = `a${i + 1}`; });
const won = raw.find((a) => a.text === '4조 3,000억 원');
raw.find((a) => a.equivalent_of).equivalent_of = won.id;

const document = {
  version: 1, lang: 'en', title: 'Acme Corp buys Beta Ltd', byline: 'A. Reporter', published: '2026-01-02T09:00:00Z',
  site: 'Example News', url: 'https://news.example/acme-beta', text, blocks: blockSpans, annotations: raw,
  entities: [
    { id: 'e1', name: 'Acme', ticker: 'ACME', mentions: 3 },
    { id: 'e2', name: 'Beta', ticker: null, mentions: 2 },
    { id: 'e3', name: 'Hanbit Electronics', ticker: null, mentions: 1 },
  ],
  warnings: [],
};

module.exports = { document };
