// `npm run eval`, claims stage: newsmark's claims on our gold set (tests/gold, per
// language), on our own claim cases (tests/cases/claims-*.jsonl) and on the seed gold
// (../shared/gold). The scoring follows ../shared/tools/score.py and ANNOTATION_GUIDE.md:
// a prediction matches a gold claim when it covers at least half of the gold sentence,
// one to one; optional gold claims neither reward nor punish; with_detail also needs the
// source right where the gold names one (one text containing the other).
//
// Gold pages are read twice: as HTML through the whole pipeline ("page"), and as the gold
// article text itself in --text mode ("text"), which measures claims apart from extraction.
// NEWSMARK=path/to/newsmark overrides the binary (default build/native/newsmark).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

// ------------------------------------------------------------------ scoring

class PRF {
  constructor() { this.tp = 0; this.fp = 0; this.fn = 0; }
  add(o) { this.tp += o.tp; this.fp += o.fp; this.fn += o.fn; }
  p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  f() { const p = this.p(), r = this.r(); return p + r ? (2 * p * r) / (p + r) : 0; }
}

// Each gold sentence located in order of appearance, else at any unused occurrence.
function locate(text, needles) {
  const used = new Set();
  let cursor = 0;
  return needles.map((n) => {
    let pos = text.indexOf(n, cursor);
    if (pos < 0) {
      pos = text.indexOf(n);
      while (pos >= 0 && used.has(`${pos}:${pos + n.length}`)) pos = text.indexOf(n, pos + 1);
    }
    if (pos < 0 || used.has(`${pos}:${pos + n.length}`)) return null;
    used.add(`${pos}:${pos + n.length}`);
    cursor = pos + n.length;
    return [pos, pos + n.length];
  });
}

const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

function scoreClaims(goldClaims, doc, log, label) {
  const text = doc.text || '';
  const preds = (doc.annotations || []).filter((a) => a.type === 'claim');
  const spans = locate(text, goldClaims.map((g) => g.sentence));
  const taken = new Set();
  const pairs = new Map();
  spans.forEach((g, gi) => {
    if (!g) return;
    let best = -1, bestOv = 0;
    const need = Math.max(1, Math.ceil(0.5 * (g[1] - g[0])));
    preds.forEach((p, pi) => {
      if (taken.has(pi)) return;
      const ov = overlap(g, [p.start, p.end]);
      if (ov >= need && ov > bestOv) { best = pi; bestOv = ov; }
    });
    if (best >= 0) { taken.add(best); pairs.set(gi, best); }
  });
  const span = new PRF(), detail = new PRF();
  goldClaims.forEach((g, gi) => {
    if (pairs.has(gi)) {
      if (g.optional) return;
      span.tp += 1;
      const src = preds[pairs.get(gi)].source && preds[pairs.get(gi)].source.text;
      if (!g.source || (src && (g.source.includes(src) || src.includes(g.source)))) detail.tp += 1;
      else {
        detail.fn += 1; detail.fp += 1;
        log.push(`${label}: source ${JSON.stringify(src || null)} for ${JSON.stringify(g.source)}: ${g.sentence.slice(0, 60)}`);
      }
    } else if (!g.optional) {
      span.fn += 1; detail.fn += 1;
      log.push(`${label}: missed ${g.sentence.slice(0, 70)}`);
    }
  });
  const optional = spans.filter((s, gi) => s && goldClaims[gi].optional);
  preds.forEach((p, pi) => {
    if (taken.has(pi) || optional.some((o) => overlap(o, [p.start, p.end]))) return;
    span.fp += 1; detail.fp += 1;
    log.push(`${label}: false hit ${text.slice(p.start, p.end).slice(0, 70)}`);
  });
  return { span, detail };
}

// ------------------------------------------------------------------ running newsmark

// One newsmark process for all inputs: lines {"id", "html"} or {"id", "text"}.
function annotateAll(newsmark, inputs) {
  const feed = inputs.map((x, i) => JSON.stringify({ id: String(i), ...x })).join('\n') + '\n';
  const out = execFileSync(newsmark, ['annotate', '--jsonl'], { input: feed, encoding: 'utf8', maxBuffer: 256 << 20 });
  const docs = new Map();
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    docs.set(String(d.id), d);
  }
  return inputs.map((_, i) => docs.get(String(i)) || { text: '', annotations: [] });
}

// Gold items { lang, claims, html?, text } from a gold folder (pages relative to its parent).
function readGoldDir(dir) {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const page = path.resolve(dir, '..', gold.file);
    return { name: f, lang: gold.lang || '?', claims: gold.claims || [], text: gold.text || '',
             html: fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : null };
  });
}

function readCases(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => /^claims-.*\.jsonl$/.test(n)).sort().flatMap((f) =>
    fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const c = JSON.parse(l);
      return { name: `${f}:${c.id}`, lang: c.lang || '?', claims: c.claims || [], text: c.text, html: null };
    }));
}

// Scores `items` read as `mode` ("page" or "text"), grouped by language.
function measure(newsmark, items, mode, log) {
  const usable = items.filter((it) => (mode === 'page' ? it.html !== null : it.text));
  const docs = annotateAll(newsmark, usable.map((it) => (mode === 'page' ? { html: it.html } : { text: it.text })));
  const byLang = new Map();
  usable.forEach((it, i) => {
    const res = scoreClaims(it.claims, docs[i], log, `${it.name} (${mode})`);
    const g = byLang.get(it.lang) || { span: new PRF(), detail: new PRF(), files: 0 };
    g.span.add(res.span); g.detail.add(res.detail); g.files += 1;
    byLang.set(it.lang, g);
  });
  return byLang;
}

const cell = (prf) => `${prf.f().toFixed(3)} (P ${prf.p().toFixed(3)} R ${prf.r().toFixed(3)})`;

async function run({ root, shared }) {
  const newsmark = process.env.NEWSMARK || path.join(root, 'build', 'native', 'newsmark');
  if (!fs.existsSync(newsmark)) {
    console.log(`claims: ${newsmark} is not built; skipped`);
    return;
  }
  const sets = [
    { label: 'tests/gold', items: readGoldDir(path.join(root, 'tests', 'gold')), modes: ['page', 'text'] },
    { label: 'own cases', items: readCases(path.join(root, 'tests', 'cases')), modes: ['text'] },
  ];
  const seed = shared && path.join(shared, 'gold');
  if (seed && fs.existsSync(seed)) sets.push({ label: 'seed', items: readGoldDir(seed), modes: ['page', 'text'] });
  else console.log(`(seed gold ${seed || '../shared/gold'} is absent; seed figures skipped)`);

  const log = [];
  console.log('claims: span F1 (a prediction covering half of the gold sentence) and with_detail F1 (source right too)\n');
  console.log(`${'gold'.padEnd(22)} ${'input'.padEnd(6)} ${'span'.padEnd(32)} with_detail`);
  for (const set of sets) {
    for (const mode of set.modes) {
      for (const [lang, g] of measure(newsmark, set.items, mode, log)) {
        console.log(`${`${set.label} ${lang} (${g.files})`.padEnd(22)} ${mode.padEnd(6)} ${cell(g.span).padEnd(32)} ${cell(g.detail)}`);
      }
    }
  }
  if (process.env.VERBOSE && log.length) console.log('\n' + log.join('\n'));
  else if (log.length) console.log(`\n${log.length} miss(es) or false hit(s); VERBOSE=1 lists them`);
}

module.exports = { run };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  run({ root, shared: path.resolve(root, '..', 'shared') }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
