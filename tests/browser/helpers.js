// Shared set-up for the browser tests: Debian's Chromium through playwright-core, the
// static server over dist/, a small server for "somebody else's" article pages, and paths.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const seedPage = path.resolve(__dirname, '../../../shared/fixtures/seed-ko-ai-infra.html');
const screenshots = path.join(root, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Why the browser suite cannot run here, or null when it can.
function skipReason() {
  if (!fs.existsSync(path.join(dist, 'index.html')) || !fs.existsSync(path.join(dist, 'newsmark.html'))) {
    return 'dist/ is not built (run npm run build)';
  }
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  return null;
}

async function launch() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

// The project's static server (with the page's CSP header) over dist/ on a free port.
async function serveDist() {
  const { startServer } = require(path.join(root, 'scripts', 'serve.js'));
  const server = await startServer(dist, 0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Serves fixed pages: { '/path': { body, headers } } on a free port.
function servePages(pages) {
  const server = http.createServer((req, res) => {
    const page = pages[req.url.split('?')[0]];
    if (!page) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(page.headers || {}) });
    res.end(page.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

function screenshotPath(name) {
  fs.mkdirSync(screenshots, { recursive: true });
  return path.join(screenshots, name);
}

// Waits until the page has its annotator loaded.
async function waitReady(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
}

// Collects console errors and CSP violations, so a test can assert there were none.
function watchProblems(page) {
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(String(err)));
  return problems;
}

module.exports = { root, dist, seedPage, skipReason, launch, serveDist, servePages, screenshotPath, waitReady, watchProblems };
