// The static page, served with its CSP: samples, rendering and nesting, legend, panel,
// keyboard, exports, watchlist, language, big inputs, no network after load, screenshots.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./helpers.js');
const { document: synthetic } = require('./synthetic.js');

const skip = h.skipReason() || false;
let browser;
let served;
let context;
let page;
let problems;

async function openPage() {
  const p = await context.newPage();
  const seen = h.watchProblems(p);
  await p.goto(served.url);
  await h.waitReady(p);
  return { p, seen };
}

// Loads the hand-made document through the file picker (a .json document is shown as is).
async function showSynthetic(p) {
  await p.setInputFiles('#file', { name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(synthetic)) });
  await p.waitForSelector('#article mark');
}

// Takes focus out of any field, so single-key shortcuts apply.
const blur = (p) => p.evaluate(() => document.activeElement && document.activeElement.blur());

const visibleText = (p) => p.$eval('#article', (a) => a.textContent);

before(async () => {
  if (skip) return;
  browser = await h.launch();
  served = await h.serveDist();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  ({ p: page, seen: problems } = await openPage());
});

after(async () => {
  if (browser) await browser.close();
  if (served) served.server.close();
});

test('each sample, pasted and annotated, shows highlights of each type', { skip }, async () => {
  for (const [button, lang] of [['#sample-en', 'en'], ['#sample-ko', 'ko']]) {
    await page.click(button);
    const sample = await page.inputValue('#input');
    await page.fill('#input', '');
    await page.fill('#input', sample);
    await page.click('#annotate');
    await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
    assert.doesNotMatch(await page.textContent('#meta'), /\b(null|undefined)\b/);
    const counts = {};
    for (const type of ['company', 'amount', 'claim']) counts[type] = await page.locator(`#article mark.hl-${type}`).count();
    for (const type of ['company', 'amount', 'claim']) {
      assert.ok(counts[type] > 0, `the ${lang} sample shows no ${type} highlight (counts: ${JSON.stringify(counts)})`);
      const distinct = await page.evaluate((t) => new Set([...document.querySelectorAll(`#article mark.hl-${t}`)].map((m) => m.dataset.ann)).size, type);
      assert.equal(await page.textContent(`#toggle-${type} .count`), String(distinct));
    }
  }
});

test('light and dark screenshots of the annotated English sample', { skip }, async () => {
  await page.click('#sample-en');
  await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  await page.screenshot({ path: h.screenshotPath('page-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(251, 251, 248)', 'dark mode did not change the background');
  await page.screenshot({ path: h.screenshotPath('page-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  const docs = path.join(h.root, 'docs');
  fs.mkdirSync(docs, { recursive: true });
  // The README's picture: the top of the page, with the article, legend and panel.
  await page.evaluate(() => document.querySelector('#results').scrollIntoView());
  await page.screenshot({ path: h.screenshotPath('page-light-top.png') });
  fs.copyFileSync(h.screenshotPath('page-light-top.png'), path.join(docs, 'screenshot.png'));
});

test('the rendered article equals the text, with nested marks and meta shown', { skip }, async () => {
  await showSynthetic(page);
  assert.equal(await visibleText(page), synthetic.text);
  assert.equal(await page.textContent('#meta .meta-title'), synthetic.title);
  assert.match(await page.textContent('#meta'), /Example News/);
  assert.match(await page.textContent('#meta'), /A\. Reporter/);
  for (const a of synthetic.annotations) {
    const text = await page.$$eval(`#article mark[data-ann="${a.id}"]`, (ms) => ms.map((m) => m.textContent).join(''));
    assert.equal(text, a.text, `mark ${a.id}`);
  }
  // An amount and a company inside a claim are marks inside the claim's mark.
  const nested = await page.$$eval('#article mark.hl-claim mark', (ms) => ms.map((m) => m.dataset.ann));
  assert.ok(nested.includes('a5') && nested.includes('a6') && nested.includes('a13') && nested.includes('a14'), nested.join(','));
  // Two underline styles at least differ, so types stay apart without colour.
  const styles = await page.evaluate(() => ['company', 'amount', 'claim'].map((t) =>
    getComputedStyle(document.querySelector(`#article mark.hl-${t}`)).textDecorationStyle));
  assert.equal(new Set(styles).size, 3, styles.join(','));
});

test('crossing and block-spanning annotations are split into nested pieces, never lost', { skip }, async () => {
  const text = 'Alpha Beta Gamma Delta.\n\nEpsilon Zeta.';
  const doc = { version: 1, text, blocks: [{ kind: 'p', start: 0, end: 23 }, { kind: 'p', start: 25, end: 38 }],
    annotations: [
      { id: 'a1', type: 'claim', start: 0, end: 16, kinds: ['factual'], score: 0.5 },
      { id: 'a2', type: 'company', start: 11, end: 22, name: 'Gamma Delta', entity: 'e1' },
      { id: 'a3', type: 'amount', start: 17, end: 32, currency: 'USD', value: 1 },
    ], entities: [{ id: 'e1', name: 'Gamma Delta', mentions: 1 }], warnings: [] };
  for (const a of doc.annotations) a.text = text.slice(a.start, a.end);
  await page.setInputFiles('#file', { name: 'crossing.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForSelector('#article mark[data-ann="a3"]');
  assert.equal(await visibleText(page), text);
  for (const a of doc.annotations) {
    const pieces = await page.$$eval(`#article mark[data-ann="${a.id}"]`, (ms) => ms.map((m) => m.textContent).join(''));
    assert.equal(pieces.replace(/\n/g, ''), a.text.replace(/\n/g, ''), a.id);
  }
  assert.equal(await page.$$eval('#article mark[id]', (ms) => ms.length), 3, 'one id per annotation');
});

test('the legend counts each type and toggles it, by click and by 1/2/3', { skip }, async () => {
  await showSynthetic(page);
  const expected = { company: 6, amount: 6, claim: 2 };
  for (const [type, n] of Object.entries(expected)) assert.equal(await page.textContent(`#toggle-${type} .count`), String(n));
  await page.click('#toggle-amount');
  assert.equal(await page.getAttribute('#toggle-amount', 'aria-pressed'), 'false');
  assert.equal(await page.$eval('#article mark.hl-amount', (m) => getComputedStyle(m).textDecorationLine), 'none');
  assert.equal(await page.textContent('#nav-counter'), '0 / 8');
  await page.click('#toggle-amount');
  await blur(page);
  for (const [key, type] of [['1', 'company'], ['2', 'amount'], ['3', 'claim']]) {
    await page.keyboard.press(key);
    assert.equal(await page.getAttribute(`#toggle-${type}`, 'aria-pressed'), 'false', `key ${key}`);
    assert.ok(await page.$eval('#article', (a, t) => a.classList.contains(`hide-${t}`), type));
    await page.keyboard.press(key);
    assert.equal(await page.getAttribute(`#toggle-${type}`, 'aria-pressed'), 'true');
  }
});

test('j/k move through the annotations with an i / N counter; / focuses the input; ? opens help', { skip }, async () => {
  await showSynthetic(page);
  await blur(page);
  assert.equal(await page.textContent('#nav-counter'), '0 / 14');
  await page.keyboard.press('j');
  assert.equal(await page.textContent('#nav-counter'), '1 / 14');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await page.textContent('#nav-counter'), '3 / 14');
  assert.equal(await page.$eval('#article mark.current', (m) => m.dataset.ann), 'a3');
  await page.keyboard.press('k');
  assert.equal(await page.textContent('#nav-counter'), '2 / 14');
  assert.equal(await page.$eval('#article mark.current', (m) => m.dataset.ann), 'a2');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  await page.keyboard.press('j'); // typing in the box is not a shortcut
  assert.equal(await page.textContent('#nav-counter'), '2 / 14');
  await blur(page);
  await page.keyboard.press('?');
  assert.ok(await page.$eval('#help', (d) => d.open));
  await page.keyboard.press('Escape');
  assert.ok(!(await page.$eval('#help', (d) => d.open)));
});

test('clicking a panel item scrolls to its mention and flashes it; entities cycle through mentions', { skip }, async () => {
  await page.setViewportSize({ width: 1280, height: 360 });
  await showSynthetic(page);
  const acme = page.locator('.panel-companies .panel-item', { hasText: 'Acme' });
  assert.match(await acme.textContent(), /ACME/);
  assert.match(await acme.textContent(), /3×/);
  await acme.click();
  assert.equal(await page.$eval('#article mark.flash', (m) => m.dataset.ann), 'a1');
  await acme.click();
  await acme.click();
  const last = await page.$eval('#article mark.current', (m) => m.dataset.ann);
  assert.equal(last, 'a13');
  await page.waitForFunction(() => {
    const r = document.querySelector('#article mark.current').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  const amounts = await page.$$eval('.panel-amounts .panel-item', (bs) => bs.map((b) => b.textContent));
  assert.ok(amounts.some((t) => t.includes('4조 3,000억 원') && t.includes('₩4.3T (≈ $3.1B)')), amounts.join(' | '));
  assert.ok(amounts.some((t) => t.includes('≥ $300M')), amounts.join(' | '));
  assert.ok(amounts.some((t) => t.includes('$1B–2B')), amounts.join(' | '));
  assert.ok(!amounts.some((t) => t.startsWith('약 31억 달러')), 'the conversion is shown with its amount, not alone');
  const claims = await page.$$eval('.panel-claims .panel-item', (bs) => bs.map((b) => b.textContent));
  assert.match(claims[0], /Jane Roe/);
  assert.match(claims[0], /0\.80/);
  await page.locator('.panel-claims .panel-item').nth(1).click();
  assert.equal(await page.$eval('#article mark.current', (m) => m.dataset.ann), 'a12');
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function downloadExport(p, format) {
  const [download] = await Promise.all([p.waitForEvent('download'), p.click(`[data-export="${format}"][data-action="download"]`)]);
  return fs.readFileSync(await download.path(), 'utf8');
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('exports parse: JSON, W3C Web Annotation whose selectors re-anchor, CSV', { skip }, async () => {
  await showSynthetic(page);
  const rendered = await visibleText(page);
  const json = JSON.parse(await downloadExport(page, 'json'));
  assert.equal(json.text, synthetic.text);
  assert.equal(json.annotations.length, synthetic.annotations.length);

  const w3c = JSON.parse(await downloadExport(page, 'w3c'));
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.items.length, synthetic.annotations.length);
  for (const item of w3c.items) {
    assert.equal(item.type, 'Annotation');
    assert.equal(item.target.source, synthetic.url);
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(rendered.slice(position.start, position.end), quote.exact, 'position re-anchors to the quote');
    assert.ok(quote.prefix.length === Math.min(32, position.start) || quote.prefix.length === 31, `prefix of ${item.id}`);
    assert.ok(quote.suffix.length === Math.min(32, rendered.length - position.end) || quote.suffix.length === 31, `suffix of ${item.id}`);
    // Quote anchoring alone (as when the text has shifted): prefix + exact + suffix occurs
    // once in the rendered text, at the same place.
    const whole = quote.prefix + quote.exact + quote.suffix;
    const at = rendered.indexOf(whole);
    assert.ok(at >= 0, `quote of ${item.id} not found`);
    assert.equal(rendered.indexOf(whole, at + 1), -1, `quote of ${item.id} is ambiguous`);
    assert.equal(at + quote.prefix.length, position.start);
  }
  const emoji = w3c.items.find((i) => i.target.selector[0].exact === '$1–2 billion');
  assert.ok(emoji.target.selector[0].prefix.includes('😀'), 'a surrogate pair in the context stays whole');

  // The same holds for what the core found in a real sample.
  await page.click('#sample-ko');
  await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  const sampleText = await visibleText(page);
  const sampleW3c = JSON.parse(await downloadExport(page, 'w3c'));
  for (const item of sampleW3c.items) {
    const [quote, position] = item.target.selector;
    assert.equal(sampleText.slice(position.start, position.end), quote.exact);
    assert.equal(sampleText.slice(position.start - quote.prefix.length, position.start), quote.prefix);
    assert.equal(sampleText.slice(position.end, position.end + quote.suffix.length), quote.suffix);
  }
  await showSynthetic(page);

  const csvText = await downloadExport(page, 'csv');
  const rows = parseCsv(csvText.replace(/^\ufeff/, ''));
  assert.equal(rows[0][0], 'id');
  assert.equal(rows.length, synthetic.annotations.length + 1);
  const header = rows[0];
  for (const row of rows.slice(1)) {
    assert.equal(row.length, header.length);
    const a = synthetic.annotations.find((x) => x.id === row[0]);
    assert.equal(row[header.indexOf('text')], a.text);
    assert.equal(Number(row[header.indexOf('start')]), a.start);
  }
});

test('a dropped .html file is read as HTML and annotated; print drops the highlights and the tools', { skip }, async () => {
  const html = '<html><head><title>Drop test</title><meta property="og:site_name" content="Dropped Daily"></head><body><article>' +
    '<h1>Dropped headline about Acme Corp</h1><p>Acme Corp said it would spend $2 billion on new plants next year, the company said.</p>' +
    '<p>Its rival Beta Ltd declined to comment on the plan, which analysts called ambitious.</p></article></body></html>';
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.dispatchEvent('#input-zone', 'drop', { dataTransfer });
  await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  assert.equal(await page.inputValue('#input'), html);
  assert.match(await page.textContent('#article'), /Dropped headline about Acme Corp/);
  assert.doesNotMatch(await page.textContent('#article'), /<p>/);
  await showSynthetic(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('#article mark.hl-company', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.equal(await page.$eval('.input-area', (e) => getComputedStyle(e).display), 'none');
  await page.emulateMedia({ media: 'screen' });
});

test('copy puts the export on the clipboard', { skip }, async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url.replace(/\/$/, '') });
  await showSynthetic(page);
  await page.click('[data-export="csv"][data-action="copy"]');
  await page.waitForFunction(() => /CSV/.test(document.querySelector('#status').textContent));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(text.split('\r\n')[0].split(',')[0], 'id');
});

test('watchlist names are highlighted as companies and kept in localStorage', { skip }, async () => {
  await page.fill('#input', 'Quiet Harbor Logistics hired staff. quiet harbor logistics grew. QuietHarborLogisticsX is not it.');
  await page.click('#annotate');
  await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  await page.fill('#watch-input', 'Quiet Harbor Logistics');
  await page.press('#watch-input', 'Enter');
  await page.waitForSelector('#article mark.hl-watch');
  assert.deepEqual(await page.$$eval('#article mark.hl-watch', (ms) => ms.map((m) => m.textContent)),
    ['Quiet Harbor Logistics', 'quiet harbor logistics']);
  assert.match(await page.textContent('.panel-companies'), /Quiet Harbor Logistics/);
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('newsmark.watchlist'))), ['Quiet Harbor Logistics']);
  await page.reload();
  await h.waitReady(page);
  assert.equal(await page.textContent('#watch-list .watch-name'), 'Quiet Harbor Logistics');
  await page.fill('#input', 'Shares of Quiet Harbor Logistics fell.');
  await page.click('#annotate');
  await page.waitForSelector('#article mark.hl-watch');
  await page.click('#watch-list .watch-remove');
  await page.waitForFunction(() => !document.querySelector('#article mark.hl-watch'));
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('newsmark.watchlist'))), []);
});

test('the UI switches between English and Korean and remembers it', { skip }, async () => {
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.textContent('#annotate'), '분석하기');
  await page.reload();
  await h.waitReady(page);
  assert.equal(await page.textContent('#annotate'), '분석하기');
  await page.click('#lang-switch');
  assert.equal(await page.textContent('#annotate'), 'Annotate');
  const ko = await browser.newContext({ locale: 'ko-KR' });
  const kp = await ko.newPage();
  await kp.goto(served.url);
  assert.equal(await kp.textContent('#annotate'), '분석하기');
  await ko.close();
});

test('every control has a name and is reachable with Tab', { skip }, async () => {
  await showSynthetic(page);
  const unnamed = await page.$$eval('button, a[href], input, textarea, select, output', (els) => els
    .filter((e) => !e.hidden && e.offsetParent !== null)
    .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`))))
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  await blur(page);
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement.id || document.activeElement.dataset.export || document.activeElement.className));
  }
  for (const id of ['input', 'annotate', 'file', 'sample-ko', 'toggle-company', 'nav-next', 'json', 'watch-input']) assert.ok(reached.has(id), `Tab never reached ${id}`);
});

test('pasted markup never runs and is never rendered as markup', { skip }, async () => {
  await page.evaluate(() => { window.__pwned = 0; });
  page.once('dialog', (d) => { d.dismiss(); throw new Error('a dialog opened'); });
  const hostile = '<html><body><article><h1>Acme <img src=x onerror="window.__pwned=1"></h1><p>Text <script>window.__pwned=2</script>' +
    '<a href="javascript:window.__pwned=3">link</a> <svg onload="window.__pwned=4"></svg> &lt;b&gt;bold&lt;/b&gt;</p></article></body></html>';
  await page.fill('#input', hostile);
  await page.click('#annotate');
  await page.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.equal(await page.locator('#article img, #article script, #article a, #article svg, #article b').count(), 0);
});

test('no network request after load, and the page says so', { skip }, async () => {
  const { p } = await openPage();
  const requests = [];
  p.on('request', (r) => { if (!/^(blob|data):/.test(r.url())) requests.push(r.url()); });
  await p.click('#sample-ko');
  await p.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent));
  await p.fill('#watch-input', '한빛전자');
  await p.press('#watch-input', 'Enter');
  await downloadExport(p, 'w3c');
  await p.keyboard.press('j');
  assert.deepEqual(requests, []);
  assert.match(await p.textContent('.privacy'), /no network request/);
  await p.close();
});

test('pages over 1 MB show progress and can be cancelled; the UI stays responsive', { skip }, async () => {
  // A worker slower than this machine's: its answers are held back __nmHold ms, so the
  // cancel button is certainly there to press.
  await context.addInitScript(() => {
    const listen = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (type, fn, options) {
      if (type !== 'message') return listen.call(this, type, fn, options);
      return listen.call(this, type, (e) => {
        if (window.__nmHold && e.data && e.data.type === 'result') setTimeout(() => fn(e), window.__nmHold);
        else fn(e);
      }, options);
    };
  });
  const { p, seen } = await openPage();
  const paragraph = '<p>Acme Corp said on Monday it would invest $3 billion in new plants, the company said. ' +
    '한빛전자는 4조 3,000억 원을 투자한다고 밝혔다.</p>\n';
  const big = `<html><body><article><h1>Big page</h1>${paragraph.repeat(Math.ceil(1.3e6 / paragraph.length))}</article></body></html>`;
  await p.$eval('#input', (el, v) => { el.value = v; }, big);
  await p.evaluate(() => { window.__nmHold = 5000; });
  await p.click('#annotate');
  await p.waitForSelector('#progress:not([hidden])');
  await p.waitForSelector('#cancel:not([hidden])');
  await p.waitForFunction(() => /MB/.test(document.querySelector('#progress-text').textContent));
  // The main thread answers while the worker annotates.
  const lag = await p.evaluate(() => new Promise((r) => { const t0 = performance.now(); setTimeout(() => r(performance.now() - t0), 0); }));
  assert.ok(lag < 250, `main thread blocked for ${lag} ms`);
  await p.click('#cancel');
  assert.equal(await p.textContent('#status'), 'Cancelled.');
  assert.ok(await p.$eval('#progress', (e) => e.hidden));
  // A fresh worker takes the next run.
  await p.evaluate(() => { window.__nmHold = 0; });
  await p.click('#sample-en');
  await p.waitForFunction(() => /\d+ ms/.test(document.querySelector('#status').textContent), null, { timeout: 30000 });
  assert.ok(await p.$eval('#progress', (e) => e.hidden));
  assert.deepEqual(seen, []);
  await p.close();
});

test('no console errors or CSP violations on the page', { skip }, async () => {
  assert.deepEqual(problems.filter((m) => !/clipboard/i.test(m)), []);
});

test('the address npm start prints (#sample-ko) opens on the annotated Korean sample', { skip }, async () => {
  const p = await context.newPage();
  await p.goto(`${served.url}#sample-ko`);
  await h.waitReady(p);
  await p.waitForSelector('#article mark.hl-amount');
  assert.match(await p.inputValue('#input'), /[가-힣]/);
  for (const type of ['company', 'amount', 'claim']) assert.ok(await p.locator(`#article mark.hl-${type}`).count() > 0, type);
  await p.close();
});
