// Exports of the annotated document: the newsmark JSON document, W3C Web Annotation
// JSON-LD (a TextQuoteSelector with 32 characters of context on each side and a
// TextPositionSelector, both in UTF-16 code units of doc.text, as Hypothesis anchors
// them), and CSV.

export const CONTEXT_CHARS = 32;

// The document as the core wrote it, with the watchlist's mentions added (marked
// "watchlist": true) so the export matches what the page shows.
export function toJson(model) {
  const { annotations, entities, ...rest } = model;
  return JSON.stringify({ ...rest, annotations, entities }, null, 2);
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

// Prefix and suffix never start or end in the middle of a surrogate pair.
export function quoteSelector(text, start, end) {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isLow(text.charCodeAt(to))) to--;
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function hashText(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function describe(a) {
  if (a.type === 'company') return `${a.name || a.text}${a.ticker ? ` (${a.ticker})` : ''}`;
  if (a.type === 'amount') {
    const value = typeof a.value === 'number' ? a.value : [a.low, a.high].filter((v) => typeof v === 'number').join('–');
    return `${a.currency || ''} ${value}`.trim();
  }
  const parts = [(a.kinds || []).join(', ')];
  if (a.source) parts.push(`source: ${a.source.text}`);
  if (a.cue) parts.push(`cue: ${a.cue.text}`);
  return parts.filter(Boolean).join('; ');
}

export function toW3c(model) {
  const source = model.url || `urn:newsmark:text:${hashText(model.text)}`;
  const items = model.annotations.map((a) => ({
    id: `urn:newsmark:annotation:${hashText(model.text)}:${a.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: a.type },
      { type: 'TextualBody', purpose: 'describing', value: describe(a), format: 'text/plain' },
    ],
    target: {
      source,
      selector: [quoteSelector(model.text, a.start, a.end), { type: 'TextPositionSelector', start: a.start, end: a.end }],
    },
  }));
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }, null, 2);
}

const CSV_COLUMNS = ['id', 'type', 'start', 'end', 'text', 'name', 'entity', 'ticker', 'currency', 'value', 'low', 'high',
  'approx', 'bound', 'equivalent_of', 'kinds', 'source', 'cue', 'hedged', 'score', 'watchlist'];

// A spreadsheet would run a cell that starts with = + @ or a control character as a
// formula: those cells get a leading apostrophe.
function csvCell(v) {
  if (v === undefined || v === null) return '';
  let s = Array.isArray(v) ? v.join(' ') : typeof v === 'object' ? String(v.text ?? '') : String(v);
  if (/^[=+@\t\r]/.test(s) || /^-[^\d]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(model) {
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of model.annotations) rows.push(CSV_COLUMNS.map((c) => csvCell(a[c])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

export const FORMATS = {
  json: { make: toJson, type: 'application/json', ext: 'json', label: 'export.json' },
  w3c: { make: toW3c, type: 'application/ld+json', ext: 'jsonld', label: 'export.w3c' },
  csv: { make: toCsv, type: 'text/csv', ext: 'csv', label: 'export.csv', bom: true },
};

// Saves through a temporary link to a Blob URL: no network, no popup.
export function download(format, model, baseName) {
  const f = FORMATS[format];
  const body = f.make(model);
  const blob = new Blob(f.bom ? ['\ufeff', body] : [body], { type: `${f.type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${baseName}.${f.ext}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export async function copy(format, model) {
  await navigator.clipboard.writeText(FORMATS[format].make(model));
}
