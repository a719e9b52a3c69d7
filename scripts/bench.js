#!/usr/bin/env node
// `npm run bench`: newsmark's speed and size against what a user would otherwise pick,
// measured in one node process over the Readability corpus and the seed page:
//   (a) newsmark's WASM annotate (whole pipeline)
//   (b) Readability.js + linkedom (extraction only)
//   (c) compromise organizations() + money() on the extracted text
//   (d) gumbo's parse alone in the same WASM build (the floor), and for comparison
//   (d') newsmark's own parse stage: its pre-pass (which removes what the article never
//        needs) and then gumbo on what remains
// plus the native CLI in --jsonl batch mode, the gzipped sizes, a 20 MB page's peak
// WASM memory, and (when Chromium is there) the time from page load to a ready module.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { performance } = require('perf_hooks');
const { createAnnotator } = require('../wasm/node-annotator');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const REPEATS = 3;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Best of REPEATS runs of fn(), in milliseconds.
function time(fn) {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function pages() {
  const dir = path.join(shared, 'corpora', 'readability', 'pages');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
  files.push(path.join(shared, 'fixtures', 'seed-ko-ai-infra.html'));
  return files.map((file) => ({ file, html: fs.readFileSync(file, 'utf8') }));
}

function report(label, perPageMs, totalBytes, pageCount) {
  const totalMs = perPageMs.reduce((a, b) => a + b, 0);
  console.log(`${label.padEnd(44)} median ${median(perPageMs).toFixed(2).padStart(7)} ms/page` +
    `   ${(totalBytes / 1e6 / (totalMs / 1e3)).toFixed(1).padStart(6)} MB/s   (${pageCount} pages)`);
  return median(perPageMs);
}

function gzipSize(file) { return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : null; }

async function pageLoadToReady() {
  const dist = path.join(root, 'dist', 'index.html');
  if (!fs.existsSync(dist) || !fs.existsSync('/usr/bin/chromium')) return null;
  const { chromium } = require('playwright-core');
  const { startServer } = require('./serve');
  const server = await startServer(path.join(root, 'dist'), 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    // A first visit (a fresh browser context: nothing cached) and a returning one (the
    // same context again: files revalidated, the compiled module reused).
    const url = `http://127.0.0.1:${server.address().port}/`;
    const visit = async (context) => {
      const page = await context.newPage();
      await page.goto(url);
      // The page records performance.mark('newsmark-ready') and sets body[data-ready]
      // when the worker reports its module instantiated.
      await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
      const t = await page.evaluate(() => {
        const mark = performance.getEntriesByName('newsmark-ready')[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return { ready: mark.startTime, load: nav.loadEventStart };
      });
      await page.close();
      return { fromStart: t.ready, fromLoad: Math.max(0, t.ready - t.load) };
    };
    const first = [], returning = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      first.push(await visit(context));
      returning.push(await visit(context));
      await context.close();
    }
    const summary = (runs) => ({ fromLoad: median(runs.map((r) => r.fromLoad)), fromStart: median(runs.map((r) => r.fromStart)) });
    return { first: summary(first), returning: summary(returning) };
  } finally {
    await browser.close();
    server.close();
  }
}

(async () => {
  if (!fs.existsSync(path.join(shared, 'corpora'))) {
    console.log(`bench: ${shared} is absent: the pages to measure live there`);
    return;
  }
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  const nlp = require('compromise');
  const annotator = await createAnnotator();
  const all = pages();
  const bytes = all.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  console.log(`bench: ${all.length} pages, ${(bytes / 1e6).toFixed(2)} MB of HTML, best of ${REPEATS} runs per page\n`);

  const a = [], b = [], c = [], d = [], dPrepared = [];
  for (const { html } of all) {
    const utf8 = Buffer.from(html, 'utf8');
    a.push(time(() => annotator.annotateJson(utf8)));
    d.push(time(() => annotator.parseOnly(utf8)));
    dPrepared.push(time(() => annotator.parseOnly(utf8, { prepared: true })));
    let text = '';
    b.push(time(() => {
      const { document } = parseHTML(html);
      const article = new Readability(document).parse();
      text = (article && article.textContent) || '';
    }));
    c.push(time(() => {
      const doc = nlp(text);
      doc.organizations().out('array');
      doc.money().out('array');
    }));
  }
  const ma = report('(a) newsmark WASM annotate (full pipeline)', a, bytes, all.length);
  const mb = report('(b) Readability.js + linkedom (extraction)', b, bytes, all.length);
  const mc = report('(c) compromise organizations() + money()', c, bytes, all.length);
  const md = report('(d) gumbo parse alone (same WASM build)', d, bytes, all.length);
  const mdPrepared = report("(d') newsmark's parse stage (pre-pass + gumbo)", dPrepared, bytes, all.length);

  const lines = all.map((p, i) => JSON.stringify({ id: String(i), html: p.html })).join('\n') + '\n';
  const cli = path.join(root, 'build', 'native', 'newsmark');
  const cliMs = time(() => execFileSync(cli, ['annotate', '--jsonl'], { input: lines, maxBuffer: 1 << 30 }));
  console.log(`${'native CLI, --jsonl batch (one process)'.padEnd(44)} ${(cliMs / all.length).toFixed(2).padStart(14)} ms/page` +
    `   ${(bytes / 1e6 / (cliMs / 1e3)).toFixed(1).padStart(6)} MB/s`);

  console.log(`\nratio a/(b+c) = ${(ma / (mb + mc)).toFixed(3)}   (bar: at most 0.2)`);
  console.log(`ratio a/d     = ${(ma / md).toFixed(3)}   (bar: at most 2.0)`);
  console.log(`ratio a/d'    = ${(ma / mdPrepared).toFixed(3)}   (the pipeline against its own parse stage)`);

  const moduleGz = gzipSize(path.join(root, 'build', 'wasm', 'wasm', 'newsmark.js'));
  const webGz = gzipSize(path.join(root, 'build', 'wasm', 'wasm', 'newsmark-web.wasm')) +
    gzipSize(path.join(root, 'build', 'wasm', 'wasm', 'newsmark-web.js'));
  const offlineGz = gzipSize(path.join(root, 'dist', 'newsmark.html'));
  console.log(`\nWASM module (newsmark.js, wasm inlined) gzipped: ${moduleGz ? (moduleGz / 1024).toFixed(0) + ' KiB' : 'not built'}`);
  console.log(`page's module (newsmark-web.wasm + .js) gzipped: ${webGz ? (webGz / 1024).toFixed(0) + ' KiB' : 'not built'}`);
  console.log(`offline file dist/newsmark.html gzipped:        ${offlineGz ? (offlineGz / 1024).toFixed(0) + ' KiB' : 'not built'}`);

  // A 20 MB page: the seed article's body repeated, in a fresh module so that the
  // memory figure is this page's peak (WASM memory only grows).
  const big = await createAnnotator();
  const seed = all[all.length - 1].html;
  const body = seed.slice(seed.indexOf('<body'), seed.lastIndexOf('</body>'));
  let page = '<!doctype html><html lang="ko"><body>';
  while (Buffer.byteLength(page) < 20e6) page += body.replace(/<\/?body[^>]*>/g, '');
  page += '</body></html>';
  const bigBytes = Buffer.byteLength(page);
  const t0 = performance.now();
  const doc = JSON.parse(big.annotateJson(Buffer.from(page)));
  const bigMs = performance.now() - t0;
  console.log(`\n20 MB page (${(bigBytes / 1e6).toFixed(1)} MB): ${bigMs.toFixed(0)} ms, ${doc.annotations ? doc.annotations.length : 0} annotations, ` +
    `peak WASM memory ${(big.memoryBytes() / 1e6).toFixed(0)} MB = ${(big.memoryBytes() / bigBytes).toFixed(1)}x the input (bar: under 16x)`);

  const ready = await pageLoadToReady().catch((err) => `unmeasured (${err.message.split('\n')[0]})`);
  if (ready && typeof ready === 'object') {
    const line = (label, r) => console.log(`${label} ${r.fromLoad.toFixed(0).padStart(4)} ms after the load event, ` +
      `${r.fromStart.toFixed(0)} ms after navigation start`);
    console.log('module ready in Chromium, median of 5 (bar: within 200 ms of page load):');
    line('  first visit (nothing cached):', ready.first);
    line('  returning visit:             ', ready.returning);
  } else {
    console.log(`module ready in Chromium: ${ready || 'unmeasured (no dist/ or no Chromium)'}`);
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
