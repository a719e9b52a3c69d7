// The offline file dist/newsmark.html opened from file:// with every network request
// aborted: it must still load its worker and annotate, under its own hash-based CSP.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./helpers.js');

const skip = h.skipReason() || false;
const noSeed = fs.existsSync(h.seedPage) ? false : 'no ../shared/fixtures (seed page)';
let browser;
let page;
let problems;
const network = [];

before(async () => {
  if (skip) return;
  browser = await h.launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    network.push(url);
    return route.abort();
  });
  page = await context.newPage();
  problems = h.watchProblems(page);
  await page.goto(`file://${path.join(h.dist, 'newsmark.html')}`);
  await h.waitReady(page);
});

after(async () => {
  if (browser) await browser.close();
});

test('the offline file is one file: no script, style or worker loaded from elsewhere', { skip }, async () => {
  const html = fs.readFileSync(path.join(h.dist, 'newsmark.html'), 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.doesNotMatch(html, /<link[^>]+stylesheet/);
  assert.match(html, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.ok(await page.$eval('body', (b) => b.classList.contains('offline')));
  assert.ok(await page.isVisible('.offline-note'));
  assert.ok(await page.isVisible('#bookmarklet-offline'));
});

test('the offline file annotates the pasted seed page with the network cut off', { skip: skip || noSeed }, async () => {
  const seed = fs.readFileSync(h.seedPage, 'utf8');
  await page.$eval('#input', (el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }, seed);
  await page.click('#annotate');
  await page.waitForFunction(() => /\d+\s?ms/.test(document.querySelector('#status').textContent), null, { timeout: 30000 });
  assert.match(await page.textContent('#meta .meta-title'), /AI/);
  const counts = {};
  for (const type of ['company', 'amount', 'claim']) counts[type] = await page.locator(`#article mark.hl-${type}`).count();
  await page.screenshot({ path: h.screenshotPath('offline-file.png'), fullPage: false });
  for (const type of ['company', 'amount', 'claim']) assert.ok(counts[type] > 0, `no ${type} highlight: ${JSON.stringify(counts)}`);
});

test('the offline file makes no network request and breaks no CSP rule', { skip }, async () => {
  await page.click('#sample-en');
  await page.waitForFunction(() => /\d+\s?ms/.test(document.querySelector('#status').textContent));
  assert.deepEqual(network, []);
  assert.deepEqual(problems, []);
});
