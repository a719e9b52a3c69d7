// The CLI and the WASM module give byte-identical JSON, and every document is well
// formed, on every fixture of tests/ and (when ../shared is present) every corpus page.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { createAnnotator } = require('../../wasm/node-annotator');
const { documentProblems } = require('./invariants');

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'build', 'native', 'newsmark');
const SHARED = path.join(ROOT, '..', 'shared');

function filesUnder(dir, pattern) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, pattern) : pattern.test(e.name) ? [p] : [];
  });
}

// One CLI process for all inputs (JSON Lines), to keep the suite fast.
function cliDocuments(inputs) {
  const lines = inputs.map((inp, i) => JSON.stringify({ id: String(i), [inp.text ? 'text' : 'html']: inp.content }));
  const out = execFileSync(CLI, ['annotate', '--jsonl'], { input: lines.join('\n') + '\n', maxBuffer: 1 << 30 });
  return out.toString('utf8').trimEnd().split('\n');
}

// The CLI's JSON Lines output carries the id first; without it the document must be
// byte-identical to the WASM output.
function withoutId(line) { return line.replace(/^\{"id":"\d+",/, '{'); }

function inputsFrom(files) {
  return files.map((file) => ({ file, text: file.endsWith('.txt'), content: fs.readFileSync(file, 'utf8') }));
}

async function checkAll(t, inputs) {
  const annotator = await createAnnotator();
  const cli = cliDocuments(inputs);
  assert.strictEqual(cli.length, inputs.length, 'one CLI line per input');
  inputs.forEach((input, i) => {
    const wasm = annotator.annotateJson(input.content, { text: input.text });
    const name = path.relative(ROOT, input.file);
    assert.strictEqual(withoutId(cli[i]), wasm, `CLI and WASM differ on ${name}`);
    assert.deepStrictEqual(documentProblems(JSON.parse(wasm)), [], `invariants on ${name}`);
    assert.strictEqual(annotator.annotateJson(input.content, { text: input.text }), wasm, `deterministic on ${name}`);
  });
}

test('CLI == WASM on the project fixtures', async (t) => {
  const files = filesUnder(path.join(ROOT, 'tests'), /\.(html|txt)$/).filter((f) => !f.includes(`${path.sep}node${path.sep}`));
  assert.ok(files.length >= 2, 'fixtures present');
  await checkAll(t, inputsFrom(files));
});

test('CLI == WASM on every page of ../shared', async (t) => {
  if (!fs.existsSync(SHARED)) return t.skip('../shared is absent');
  const files = [...filesUnder(path.join(SHARED, 'fixtures'), /\.html$/),
    ...filesUnder(path.join(SHARED, 'corpora', 'readability', 'pages'), /\.html$/)];
  await checkAll(t, inputsFrom(files));
});

test('CLI == WASM on every money case of ../shared', async (t) => {
  const dir = path.join(SHARED, 'corpora', 'money');
  if (!fs.existsSync(dir)) return t.skip('../shared is absent');
  const inputs = filesUnder(dir, /\.jsonl$/).flatMap((file) => fs.readFileSync(file, 'utf8').split('\n')
    .filter(Boolean).map((l) => ({ file, text: true, content: JSON.parse(l).text })));
  await checkAll(t, inputs);
});
