// The document model the page works on: the core's JSON document, checked, plus the
// watchlist's company mentions merged in. Offsets are UTF-16 code units into doc.text.

export const TYPES = ['company', 'amount', 'claim'];
const TYPE_RANK = { claim: 0, company: 1, amount: 2 };

function isOffset(n, max) {
  return Number.isInteger(n) && n >= 0 && n <= max;
}

function spanOk(s, max) {
  return s && typeof s === 'object' && isOffset(s.start, max) && isOffset(s.end, max) && s.start <= s.end;
}

// Keeps only what the page can render safely: known types, integer offsets inside the
// text, blocks in order. A document from a dropped .json file goes through here too.
export function checkDocument(raw) {
  if (!raw || typeof raw !== 'object') throw new Error('not a newsmark document');
  if (typeof raw.error === 'string') throw new Error(raw.error);
  if (typeof raw.text !== 'string') throw new Error('the document has no text');
  const max = raw.text.length;
  const str = (v) => (typeof v === 'string' && v ? v : null);
  const blocks = (Array.isArray(raw.blocks) ? raw.blocks : [])
    .filter((b) => spanOk(b, max))
    .map((b) => ({ kind: String(b.kind || 'p'), start: b.start, end: b.end }))
    .sort((a, b) => a.start - b.start);
  const annotations = (Array.isArray(raw.annotations) ? raw.annotations : [])
    .filter((a) => a && TYPES.includes(a.type) && spanOk(a, max) && a.start < a.end)
    .map((a) => ({ ...a, id: String(a.id), text: raw.text.slice(a.start, a.end),
      source: spanOk(a.source, max) ? a.source : undefined, cue: spanOk(a.cue, max) ? a.cue : undefined }));
  const entities = (Array.isArray(raw.entities) ? raw.entities : [])
    .filter((e) => e && typeof e.id === 'string')
    .map((e) => ({ id: e.id, name: String(e.name ?? e.id), ticker: str(e.ticker), mentions: Number(e.mentions) || 0 }));
  return {
    version: raw.version, lang: str(raw.lang), title: str(raw.title), byline: str(raw.byline),
    published: str(raw.published), site: str(raw.site), url: str(raw.url), text: raw.text,
    blocks, annotations, entities, warnings: Array.isArray(raw.warnings) ? raw.warnings.map(String) : [],
  };
}

// Document order, outer before inner: start ascending, end descending, claims first.
export function compareAnnotations(a, b) {
  return a.start - b.start || b.end - a.end || TYPE_RANK[a.type] - TYPE_RANK[b.type];
}

const LATIN_WORD = /[\p{L}\p{N}]/u;
const LATIN_EDGE = /[A-Za-z0-9\u00C0-\u024F]/;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A name's mentions in text: exact, case-insensitive; a Latin letter or digit at either
// end of the name needs a word boundary there (Korean particles may follow a Hangul name).
export function findName(text, name) {
  const spans = [];
  const pattern = new RegExp(escapeRegExp(name), 'giu');
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (LATIN_EDGE.test(name[0]) && start > 0 && LATIN_WORD.test(String.fromCodePoint(text.codePointAt(start - 1)))) continue;
    if (LATIN_EDGE.test(name[name.length - 1]) && end < text.length && LATIN_WORD.test(text[end])) continue;
    spans.push({ start, end });
  }
  return spans;
}

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function crosses(a, b) {
  return overlaps(a, b) && !(a.start >= b.start && a.end <= b.end) && !(b.start >= a.start && b.end <= a.end);
}

// Adds a company mention for each watchlist name found in the text, unless the core
// already marked something there. A name that equals a known entity joins that entity.
export function withWatchlist(doc, names) {
  const annotations = doc.annotations.slice();
  const entities = doc.entities.map((e) => ({ ...e }));
  const taken = annotations.filter((a) => a.type !== 'claim');
  const claims = annotations.filter((a) => a.type === 'claim');
  let counter = 0;
  for (const name of names) {
    const existing = entities.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const entity = existing || { id: `watch-${entities.length + 1}`, name, ticker: null, mentions: 0, watchlist: true };
    let added = 0;
    for (const span of findName(doc.text, name)) {
      if (taken.some((a) => overlaps(a, span)) || claims.some((c) => crosses(c, span))) continue;
      const mention = { id: `w${++counter}`, type: 'company', start: span.start, end: span.end,
        text: doc.text.slice(span.start, span.end), name: entity.name, entity: entity.id, watchlist: true };
      annotations.push(mention);
      taken.push(mention);
      added++;
    }
    if (added === 0) continue;
    entity.mentions += added;
    if (!existing) entities.push(entity);
  }
  annotations.sort(compareAnnotations);
  return { ...doc, annotations, entities };
}

export function countByType(annotations) {
  const counts = { company: 0, amount: 0, claim: 0 };
  for (const a of annotations) counts[a.type]++;
  return counts;
}

const SYMBOLS = { USD: '$', KRW: '₩', EUR: '€', JPY: '¥', GBP: '£', CNY: 'CN¥', HKD: 'HK$', INR: '₹' };
const SCALES = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

function compactNumber(n) {
  const abs = Math.abs(n);
  for (const [size, suffix] of SCALES) {
    if (abs >= size) return `${trimNumber(n / size)}${suffix}`;
  }
  return trimNumber(n);
}

function trimNumber(n) {
  return Number(n.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

// '$50B', '≈ ₩72T', '≥ $1B', '$1B–2B': the normalised form of one amount annotation.
export function formatAmount(a) {
  const symbol = SYMBOLS[a.currency];
  const money = (n) => (symbol ? `${symbol}${compactNumber(n)}` : `${compactNumber(n)} ${a.currency || ''}`.trim());
  let body;
  if (typeof a.value === 'number') body = money(a.value);
  else if (typeof a.low === 'number' && typeof a.high === 'number') body = `${money(a.low)}–${symbol ? compactNumber(a.high) : money(a.high)}`;
  else if (typeof a.low === 'number') body = `≥ ${money(a.low)}`;
  else if (typeof a.high === 'number') body = `≤ ${money(a.high)}`;
  else body = a.currency || '?';
  const bound = a.bound === 'min' ? '≥ ' : a.bound === 'max' ? '≤ ' : '';
  return `${a.approx ? '≈ ' : ''}${bound}${body}`;
}

// Amounts for the panel: each written amount with the conversions given next to it
// (`equivalent_of` points from the conversion to the amount it converts).
export function groupAmounts(annotations) {
  const amounts = annotations.filter((a) => a.type === 'amount');
  const byId = new Map(amounts.map((a) => [a.id, a]));
  const groups = new Map();
  for (const a of amounts) {
    const target = a.equivalent_of && byId.get(a.equivalent_of);
    if (target && target !== a) continue;
    groups.set(a.id, { amount: a, equivalents: [] });
  }
  for (const a of amounts) {
    const group = a.equivalent_of && groups.get(a.equivalent_of);
    if (group && group.amount !== a) group.equivalents.push(a);
  }
  return [...groups.values()];
}

export function describeAmount(group) {
  const main = formatAmount(group.amount);
  const eq = group.equivalents.map(formatAmount);
  return eq.length ? `${main} (${eq.join(', ')})` : main;
}
