// Hostile input: every payload of ../shared/corpora/xss/vectors.jsonl, pasted alone and
// inside an article, then annotated, must not run anything, open a dialog, send a request
// or bring any active markup into the rendered view. The bookmarklet, run on a page that
// carries the payloads, must add nothing active either.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./helpers.js');

const vectorsFile = path.resolve(h.root, '..', 'shared', 'corpora', 'xss', 'vectors.jsonl');
const skip = h.skipReason() || (!fs.existsSync(vectorsFile) && '../shared/corpora/xss is absent') || false;
const vectors = skip ? [] : fs.readFileSync(vectorsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).payload);

// Markers a payload would set if anything of it ran; every script we add sets one too.
const MARKER_SCRIPTS = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">' +
  '<svg onload="window.__pwned = 3"></svg><a href="javascript:window.__pwned = 4">link</a>';

function inArticle(payload) {
  return `<!doctype html><html lang="en"><head><title>Chip maker results</title></head><body><article>
<h1>Chip maker results</h1><p>Nvidia said on Tuesday that revenue rose to $35 billion, analysts said.</p>
<p>${payload}</p><p>Samsung Electronics paid 2조 원 for the plant, the company said.</p></article></body></html>`;
}

// Lists the active markup under the scanned roots: the page's rendered view, or what the
// bookmarklet added (its highlight elements and its shadow-root panel). Self-contained:
// it runs inside the page.
function activeMarkup(mode) {
  const roots = mode === 'page'
    ? [document.querySelector('#results'), document.querySelector('#panel-lists')]
    : [...document.querySelectorAll('[data-newsmark], newsmark-mark')].map((el) => el.shadowRoot || el);
  const banned = ['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'base', 'meta', 'link',
    'form', 'svg', 'math', 'img'];
  const found = [];
  for (const root of roots.filter(Boolean)) {
    for (const el of [root.host ? null : root, ...root.querySelectorAll('*')].filter(Boolean)) {
      const tag = el.localName;
      // The bookmarklet's panel brings its own stylesheet: a <style> the page's author wrote.
      if (banned.includes(tag) && !(mode === 'bookmarklet' && tag === 'style' && el.parentNode === root)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
      }
    }
  }
  return found;
}

let browser;
let served;
before(async () => {
  if (skip) return;
  browser = await h.launch();
  served = await h.serveDist();
});
after(async () => {
  if (browser) await browser.close();
  if (served) served.server.close();
});

// Opens the page and records what a payload could do: dialogs, requests, errors.
async function guardedPage(origin) {
  const page = await browser.newPage();
  const events = { dialogs: [], requests: [] };
  page.on('dialog', (d) => { events.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:')) events.requests.push(r.url()); });
  return { page, events };
}

test('no payload runs or reaches the rendered view of the page', { skip, timeout: 600000 }, async () => {
  const { page, events } = await guardedPage(served.url);
  await page.goto(served.url);
  await h.waitReady(page);
  const loaded = new Set();
  page.on('request', (r) => loaded.add(r.url()));
  const inputs = vectors.flatMap((v) => [v, inArticle(v)]);
  inputs.push(inArticle(MARKER_SCRIPTS));
  for (const [i, input] of inputs.entries()) {
    await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
    await page.fill('#input', input);
    await page.click('#annotate');
    await page.waitForFunction(() => {
      const s = document.querySelector('#status').textContent;
      return s !== '' && !/Annotating|분석 중/.test(s);
    }, null, { timeout: 20000 });
    const found = await page.evaluate(activeMarkup, 'page');
    assert.deepEqual(found, [], `input ${i} put active markup in the view: ${input.slice(0, 120)}`);
  }
  assert.deepEqual(events.dialogs, [], 'a dialog opened');
  assert.deepEqual(events.requests, [], 'a request left for another origin');
  assert.deepEqual([...loaded], [], 'the page fetched something while annotating');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a marker script ran');
  await page.close();
});

test('the bookmarklet adds nothing active to a page carrying the payloads', { skip, timeout: 300000 }, async () => {
  const body = inArticle(vectors.join('\n') + MARKER_SCRIPTS);
  // The article page forbids inline scripts, so only the bookmarklet (served from the
  // newsmark origin) runs: whatever runs beyond it came from newsmark.
  const pages = await h.servePages({ '/article.html': { body,
    headers: { 'Content-Security-Policy': `script-src ${served.url.replace(/\/$/, '')} 'wasm-unsafe-eval'; img-src 'none'` } } });
  try {
    const { page, events } = await guardedPage(pages.url);
    await page.goto(`${pages.url}/article.html`);
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.addScriptTag({ url: `${served.url}bookmarklet.js` });
    await page.waitForSelector('[data-newsmark="panel"]', { state: 'attached', timeout: 30000 });
    const added = await page.evaluate(activeMarkup, 'bookmarklet');
    assert.deepEqual(added, [], 'the bookmarklet added active markup');
    assert.deepEqual(events.dialogs, [], 'a dialog opened');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a marker script ran');
    assert.ok(before.length > 0);
    await page.close();
  } finally {
    pages.server.close();
  }
});
