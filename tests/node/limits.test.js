// Hostile and big input through the WASM module (the CLI shares the core): clear errors,
// nothing lost, every document well formed.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { createAnnotator } = require('../../wasm/node-annotator');
const { documentProblems } = require('./invariants');

const CLI = path.join(__dirname, '..', '..', 'build', 'native', 'newsmark');
let annotator;
test.before(async () => { annotator = await createAnnotator(); });

function wellFormed(doc) {
  assert.deepStrictEqual(documentProblems(doc), []);
  return doc;
}

test('empty input gives a valid document with a warning', () => {
  for (const text of [false, true]) {
    const doc = wellFormed(annotator.annotate('', { text }));
    assert.strictEqual(doc.text, '');
    assert.ok(doc.warnings.some((w) => /no article text/.test(w)));
  }
});

test('a page with no article gives a valid document with a warning', () => {
  const doc = wellFormed(annotator.annotate('<html><head><script>alert(1)</script></head><body><nav></nav></body></html>'));
  assert.ok(doc.warnings.some((w) => /no article text/.test(w)));
});

test('invalid UTF-8 becomes U+FFFD and offsets stay exact', () => {
  const bytes = Buffer.concat([Buffer.from('<p>Apple '), Buffer.from([0xff, 0xc3]), Buffer.from(' paid 😀 $5 billion</p>')]);
  const doc = wellFormed(annotator.annotate(bytes));
  assert.match(doc.text, /Apple \uFFFD\uFFFD? paid 😀 \$5 billion/);
  assert.ok(doc.warnings.some((w) => /U\+FFFD/.test(w)));
});

test('NUL bytes are replaced, not truncating the text', () => {
  const doc = wellFormed(annotator.annotate(Buffer.from('<p>before\u0000after</p>'), {}));
  assert.strictEqual(doc.text, 'before\uFFFDafter');
});

test('10,000-deep nesting is flattened with a warning and keeps its text', () => {
  const depth = 10000;
  const html = '<div>'.repeat(depth) + '<p>deep text here</p>' + '</div>'.repeat(depth);
  const doc = wellFormed(annotator.annotate(html));
  assert.match(doc.text, /deep text here/);
  assert.ok(doc.warnings.some((w) => /flattened/.test(w)));
});

test('16,000 unclosed inline tags keep all their text', () => {
  const html = '<p>' + '<span>w '.repeat(16000) + 'end</p>';
  const doc = wellFormed(annotator.annotate(html));
  assert.strictEqual(doc.text.split(' ').filter((w) => w === 'w').length, 16000);
});

test('200,000-deep nesting does not crash the native CLI', () => {
  const depth = 200000;
  const html = '<b>'.repeat(depth) + 'x' + '</b>'.repeat(depth);
  const out = execFileSync(CLI, ['annotate', '-'], { input: html, maxBuffer: 1 << 28 });
  wellFormed(JSON.parse(out));
});

test('input over the size limit is refused with a message naming the limit', () => {
  const big = Buffer.alloc(64 * 1024 * 1024 + 1, 0x61);
  const doc = annotator.annotate(big);
  assert.match(doc.error, /limit is 64 MiB/);
  const cli = spawnSync(CLI, ['annotate', '-'], { input: big });
  assert.strictEqual(cli.status, 3);
  assert.match(cli.stderr.toString(), /limit is 64 MiB/);
});

test('script-laden HTML yields only text, never markup', () => {
  const html = '<article><h1>T</h1><script>document.title="x"</script><p onclick="evil()">Hello <img src=x onerror=alert(1)>world</p>' +
    '<style>p{}</style><iframe src="javascript:alert(1)"></iframe></article>';
  const doc = wellFormed(annotator.annotate(html));
  assert.strictEqual(doc.text, 'T\n\nHello world');
});
