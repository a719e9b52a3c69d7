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
    // A precompressed sibling (FILE.gz, written by build-web.js) is sent when the browser
    // accepts gzip, as static hosts compress: the module is a third of its size on the wire.
    const gzipped = `${file}.gz`;
    const useGzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '') && fs.existsSync(gzipped);
    // Revalidated on every load (no-cache) but answered 304 while unchanged, as static
    // hosts do: a returning visitor's browser reuses the module it already compiled.
    const stat = fs.statSync(useGzip ? gzipped : file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
    if (useGzip) headers['Content-Encoding'] = 'gzip';
    if (options.csp !== false) headers['Content-Security-Policy'] = CSP;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(useGzip ? gzipped : file).pipe(res);
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
