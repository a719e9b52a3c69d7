#!/usr/bin/env node
// A peer money recogniser behind newsmark's scorer contract: reads JSON Lines
// {"id", "text"} on stdin and writes, per line, {"id", "text", "annotations"} with one
// {"type": "amount", start, end (UTF-16), text, value, currency} per amount found.
//   node peer-money.js compromise   compromise's money()
//   node peer-money.js microsoft    @microsoft/recognizers-text-suite, currency model (en-us:
//                                   the suite has no Korean culture)
'use strict';
const readline = require('readline');

// Currency words the peers answer with, to ISO 4217.
const ISO = {
  $: 'USD', dollar: 'USD', dollars: 'USD', 'united states dollar': 'USD', usd: 'USD', cent: 'USD', cents: 'USD',
  '€': 'EUR', euro: 'EUR', euros: 'EUR', eur: 'EUR',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP', 'british pound': 'GBP', gbp: 'GBP', pence: 'GBP',
  '¥': 'JPY', yen: 'JPY', 'japanese yen': 'JPY', jpy: 'JPY',
  '₩': 'KRW', won: 'KRW', 'south korean won': 'KRW', krw: 'KRW',
  yuan: 'CNY', 'chinese yuan': 'CNY', renminbi: 'CNY', cny: 'CNY',
  '₹': 'INR', rupee: 'INR', rupees: 'INR', 'indian rupee': 'INR', inr: 'INR',
  franc: 'CHF', 'swiss franc': 'CHF', chf: 'CHF',
  'canadian dollar': 'CAD', cad: 'CAD', 'australian dollar': 'AUD', 'hong kong dollar': 'HKD',
};
const HUNDREDTHS = new Set(['cent', 'cents', 'pence', 'penny', 'pennies']);

function iso(unit) {
  const key = String(unit || '').trim().toLowerCase();
  return ISO[key] || (key.length === 3 ? key.toUpperCase() : '');
}

function amount(text, start, end, value, unit, isoCode) {
  const hundredths = HUNDREDTHS.has(String(unit || '').toLowerCase());
  const out = { type: 'amount', start, end, text: text.slice(start, end), currency: isoCode || iso(unit) };
  if (Number.isFinite(value)) out.value = hundredths ? value / 100 : value;
  return out;
}

function compromiseAmounts(text) {
  const nlp = require('compromise');
  return nlp(text)
    .money()
    .json({ offset: true })
    .map((m) => amount(text, m.offset.start, m.offset.start + m.offset.length, Number(m.money && m.money.num),
                       m.money && m.money.currency));
}

function microsoftAmounts(text) {
  const { recognizeCurrency } = require('@microsoft/recognizers-text-suite');
  return recognizeCurrency(text, 'en-us').map((r) => {
    const res = r.resolution || {};
    return amount(text, r.start, r.end + 1, Number(res.value), res.unit, res.isoCurrency);  // `end` is inclusive
  });
}

const PEERS = { compromise: compromiseAmounts, microsoft: microsoftAmounts };

async function main() {
  const find = PEERS[process.argv[2]];
  if (!find) {
    console.error(`usage: peer-money.js ${Object.keys(PEERS).join('|')}`);
    process.exit(2);
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line);
    let annotations = [];
    try {
      annotations = find(text);
    } catch (err) {
      annotations = [];  // a peer that throws on a line finds nothing there
    }
    process.stdout.write(JSON.stringify({ id, text, annotations }) + '\n');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
