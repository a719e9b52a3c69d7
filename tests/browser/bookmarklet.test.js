// The bookmarklet on "somebody else's" page: a served copy of the seed article on another
// origin. It highlights the article in the live DOM, shows its panel in a shadow root, and
// its close button puts document.body.innerHTML back byte for byte. On a page whose CSP
// blocks it, it says so and hands the article to the hosted page by postMessage.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const h = require('./helpers.js');

const skip = h.skipReason() || (fs.existsSync(h.seedPage) ? false : 'no ../shared/fixtures (seed page)');
let browser;
let context;
let newsmark;
let news;
let code;

before(async () => {
  if (skip) return;
  browser = await h.launch();
  newsmark = await h.serveDist();
  const seed = fs.readFileSync(h.seedPage, 'utf8');
  news = await h.servePages({
    '/article.html': { body: seed },
    '/strict.html': { body: seed, headers: { 'Content-Security-Policy': "script-src 'self'; object-src 'none'" } },
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await localOnly(context);
  const home = await context.newPage();
  await home.goto(newsmark.url);
  await h.waitReady(home);
  const href = await home.getAttribute('#bookmarklet', 'href');
  assert.match(href, /^javascript:/);
  code = decodeURIComponent(href.slice('javascript:'.length));
  assert.ok(code.includes(JSON.stringify(newsmark.url)), 'the link points at the hosted page');
  await home.close();
});

after(async () => {
  if (browser) await browser.close();
  if (newsmark) newsmark.server.close();
  if (news) news.server.close();
});

test('the bookmarklet highlights the article on the live page and close restores body.innerHTML', { skip }, async () => {
  const page = await context.newPage();
  const problems = h.watchProblems(page);
  await page.goto(`${news.url}/article.html`);
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(code);
  await page.waitForSelector('[data-newsmark="panel"]', { state: 'attached', timeout: 20000 });
  const panel = page.locator('[data-newsmark="panel"] .box');
  await panel.waitFor();
  const marks = await page.$$eval('newsmark-mark', (ms) => ms.map((m) => ({ type: m.dataset.type, inArticle: !!m.closest('article') })));
  await page.screenshot({ path: h.screenshotPath('bookmarklet-panel.png'), caret: 'initial' });
  assert.ok(marks.length > 0, `no highlight on the page; panel says: ${await panel.textContent()}`);
  assert.ok(marks.filter((m) => m.inArticle).length / marks.length > 0.8, 'highlights are in the article');
  for (const type of ['company', 'amount', 'claim']) assert.ok(marks.some((m) => m.type === type), `no ${type} highlight`);
  // The panel's legend turns a type off on the page.
  await panel.locator('button[data-type="company"]').click();
  assert.equal(await page.$eval('newsmark-mark[data-type="company"]', (m) => m.style.getPropertyValue('background')), 'transparent');
  assert.match(await panel.locator('.note').textContent(), /닫으면 페이지가 원래대로/, 'a Korean page gets the Korean panel');
  await panel.locator('button', { hasText: '닫기' }).click();
  assert.equal(await page.locator('newsmark-mark').count(), 0);
  assert.equal(await page.locator('[data-newsmark]').count(), 0);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  assert.equal(await page.evaluate(() => typeof window.__newsmark), 'undefined');
  assert.deepEqual(problems.filter((m) => !/^Failed to load resource/.test(m)), []);
  await page.close();
});

// The article page's own trackers and assets never leave the machine.
const localOnly = (ctx) => ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

// Wraps the real module so that its documents carry extra annotations found by plain string
// search: a test of anchoring and wrapping that does not depend on the recognisers.
const STUB = `
var createNewsmark = (function (real) {
  function spans(text, re) { var out = []; var m; while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]); return out; }
  return function () {
    return real().then(function (m) {
      var annotate = m._nm_annotate;
      m._nm_annotate = function (p, len, flags) {
        var out = annotate(p, len, flags);
        var doc = JSON.parse(m.UTF8ToString(out));
        m._nm_free(out);
        var anns = [];
        spans(doc.text, /[^.\\n]*(앤트로픽|메타|xAI)[^.\\n]*\\./g).forEach(function (s) { anns.push({ type: 'claim', start: s[0], end: s[1], kinds: ['attributed'], score: 0.5 }); });
        spans(doc.text, /앤트로픽\\(Anthropic\\)|메타\\(META\\)|오픈AI|xAI|엔비디아/g).forEach(function (s) { anns.push({ type: 'company', start: s[0], end: s[1], name: doc.text.slice(s[0], s[1]) }); });
        spans(doc.text, /[0-9][0-9,]*억 달러|약 [0-9][0-9,]*조( [0-9,]+억)? 원/g).forEach(function (s) { anns.push({ type: 'amount', start: s[0], end: s[1], currency: 'USD' }); });
        anns.forEach(function (a, i) { a.id = 'a' + (i + 1); a.text = doc.text.slice(a.start, a.end); });
        doc.annotations = anns;
        var bytes = new TextEncoder().encode(JSON.stringify(doc));
        var q = m._malloc(bytes.length + 1);
        m.HEAPU8.set(bytes, q);
        m.HEAPU8[q + bytes.length] = 0;
        return q;
      };
      return m;
    });
  };
})(createNewsmark);
`;

test('every annotation is anchored into the live DOM with the exact text, nested, and undone on close', { skip }, async () => {
  const stubContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await localOnly(stubContext);
  const real = fs.readFileSync(require('path').join(h.dist, 'newsmark.js'), 'utf8');
  await stubContext.route('**/newsmark.js', (route) => route.fulfill({ contentType: 'text/javascript', body: `${real}\n${STUB}` }));
  const page = await stubContext.newPage();
  const problems = h.watchProblems(page);
  await page.goto(`${news.url}/article.html`);
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(code);
  const panel = page.locator('[data-newsmark="panel"] .box');
  await panel.waitFor({ timeout: 20000 });
  const note = await panel.locator('.note').textContent();
  const placed = Number(await panel.locator('.note').getAttribute('data-placed'));
  const total = Number(await panel.locator('.note').getAttribute('data-total'));
  assert.ok(total >= 10, note);
  assert.equal(placed, total, note);
  // Each annotation's highlight pieces spell its text (whitespace aside).
  const check = await page.evaluate(() => {
    const strip = (s) => s.replace(/\s+/g, '');
    const byId = {};
    for (const m of document.querySelectorAll('newsmark-mark')) {
      const path = [];
      for (let p = m; p; p = p.parentElement) if (p.tagName === 'NEWSMARK-MARK') path.push(p.dataset.type);
      byId[m.dataset.type] = (byId[m.dataset.type] || 0) + 1;
      if (path.length > 1 && path[path.length - 1] !== 'claim') return 'a claim is nested inside another highlight';
    }
    return byId;
  });
  assert.equal(typeof check, 'object', check);
  assert.ok(check.company > 0 && check.amount > 0 && check.claim > 0, JSON.stringify(check));
  assert.ok(await page.$('newsmark-mark[data-type="claim"] newsmark-mark[data-type="amount"]'), 'an amount is nested in a claim');
  await page.screenshot({ path: h.screenshotPath('bookmarklet-panel-stub.png'), caret: 'initial' });
  await panel.locator('button', { hasText: '닫기' }).click();
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  assert.deepEqual(problems.filter((m) => !/^Failed to load resource/.test(m)), []);
  await stubContext.close();
});

test('where the page CSP blocks it, the bookmarklet says so and hands the article to the hosted page', { skip }, async () => {
  const page = await context.newPage();
  await page.goto(`${news.url}/strict.html`);
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(code);
  const box = page.locator('#newsmark-blocked');
  await box.waitFor({ timeout: 10000 });
  assert.match(await box.textContent(), /security policy \(CSP\)/);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  const [popup] = await Promise.all([context.waitForEvent('page'), box.locator('button', { hasText: 'Open in newsmark' }).click()]);
  // #status exists once the page's <body> is parsed.
  await popup.waitForFunction(() => /\d+\s?ms/.test(document.querySelector('#status')?.textContent || ''), null, { timeout: 30000 });
  assert.match(await popup.textContent('#meta .meta-title'), /AI/);
  assert.equal(await page.locator('#newsmark-blocked').count(), 0);
  await popup.close();
  await page.close();
});
