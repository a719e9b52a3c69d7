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
  // Installed by the test harness (CDP), not by the page: the page's CSP allows no inline code.
  await page.addInitScript({ content: `window.__activeMarkup = ${activeMarkup};` });
  await page.goto(served.url);
  await h.waitReady(page);
  const loaded = new Set();
  page.on('request', (r) => loaded.add(r.url()));
  // The scan must be able to fail: active markup put into the view is reported.
  const planted = await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    document.querySelector('#article').append(img);
    const found = window.__activeMarkup('page');
    img.remove();
    return found;
  });
  assert.deepEqual(planted, ['<img>', 'img[onerror]']);
  const inputs = vectors.flatMap((v) => [v, inArticle(v)]);
  inputs.push(inArticle(MARKER_SCRIPTS));
  // Batches run inside the page (no round trip per input): paste, annotate, wait for the
  // status to settle, scan the view.
  for (let from = 0; from < inputs.length; from += 50) {
    const batch = inputs.slice(from, from + 50);
    const results = await page.evaluate(async ({ batch, scanSource }) => {
      const status = document.querySelector('#status');
      const out = [];
      for (const input of batch) {
        status.textContent = '';
        const settled = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (status.textContent !== '' && !/Annotating|분석 중/.test(status.textContent)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        const field = document.querySelector('#input');
        field.value = input;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('#annotate').click();
        await settled;
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(window.__activeMarkup('page'));
      }
      return out;
    }, { batch });
    for (const [k, found] of results.entries()) {
      assert.deepEqual(found, [], `input ${from + k} put active markup in the view: ${batch[k].slice(0, 120)}`);
    }
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
    // The payloads shadow document.body by name: read it through the prototype getter.
    const bodyHtml = () => page.evaluate(() => {
      const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get.call(document);
      return Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML').get.call(body);
    });
    const before = await bodyHtml();
    // What the bookmarklet link does, with DOM methods taken from the prototypes: the
    // payloads clobber document.createElement and friends by name.
    await page.evaluate((src) => {
      const create = Document.prototype.createElement;
      const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get.call(document);
      const script = create.call(document, 'script');
      script.src = src;
      Node.prototype.appendChild.call(root, script);
    }, `${served.url}bookmarklet.js`);
    await page.waitForSelector('[data-newsmark="panel"]', { state: 'attached', timeout: 30000 });
    const added = await page.evaluate(activeMarkup, 'bookmarklet');
    assert.deepEqual(added, [], 'the bookmarklet added active markup');
    assert.deepEqual(events.dialogs, [], 'a dialog opened');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a marker script ran');
    assert.ok(before.length > 0);
    await page.evaluate(() => window.__newsmark.close());
    assert.equal(await bodyHtml(), before, 'closing the bookmarklet did not restore the page');
    await page.close();
  } finally {
    pages.server.close();
  }
});
