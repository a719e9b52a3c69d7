#!/usr/bin/env node
// Serves a folder (dist/) on 127.0.0.1 with the page's Content-Security-Policy.
// `node scripts/serve.js DIR [PORT]`; tests require it and call startServer(dir, 0).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

function resolveInside(root, urlPath) {
  let decoded;
  try { decoded = decodeURIComponent(urlPath.split('?')[0]); } catch { return null; }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root, options = {}) {
  return (req, res) => {
    let file = resolveInside(root, req.url);
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (options.csp !== false) headers['Content-Security-Policy'] = CSP;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  };
}

// Resolves with the listening server; port 0 picks a free port (server.address().port).
function startServer(dir, port = 0, options = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(handler(root, options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

module.exports = { startServer, CSP };

if (require.main === module) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  startServer(dir, port).then((server) => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    console.log(`newsmark: serving ${path.resolve(dir)} on ${url}`);
    console.log(`newsmark: open ${url}#sample for the built-in sample article (#sample-ko, #sample-en)`);
  }, (err) => {
    console.error(`newsmark: cannot serve on port ${port}: ${err.message}`);
    process.exit(1);
  });
}
