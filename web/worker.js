// The annotation worker: loads the WASM module once, then answers
// { type: 'annotate', id, input, plainText } with { type: 'result', id, document, ms }.
// scripts/build-web.js puts the module's loader in front of this code: newsmark-web.js in
// the hosted page's worker.js (it streams newsmark-web.wasm), newsmark.js (wasm inlined)
// in the offline file. Either defines createNewsmark.
/* global createNewsmark */
'use strict';

let wasm = null; // the instantiated module

function callAnnotate(bytes, plainText) {
  const input = wasm._malloc(bytes.length + 1);
  if (!input) throw new Error('out of memory');
  try {
    wasm.HEAPU8.set(bytes, input); // read HEAPU8 after malloc: memory may have grown
    wasm.HEAPU8[input + bytes.length] = 0;
    const out = wasm._nm_annotate(input, bytes.length, plainText ? 1 : 0);
    if (!out) throw new Error('the annotator returned nothing');
    try {
      return wasm.UTF8ToString(out);
    } finally {
      wasm._nm_free(out);
    }
  } finally {
    wasm._free(input);
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  if (!msg || msg.type !== 'annotate') return;
  try {
    const started = performance.now();
    self.postMessage({ type: 'progress', id: msg.id, stage: 'encoding' });
    const bytes = new TextEncoder().encode(String(msg.input));
    self.postMessage({ type: 'progress', id: msg.id, stage: 'annotating' });
    const json = callAnnotate(bytes, msg.plainText);
    self.postMessage({ type: 'progress', id: msg.id, stage: 'parsing' });
    const document = JSON.parse(json);
    if (document.error) throw new Error(document.error);
    self.postMessage({ type: 'result', id: msg.id, document, ms: Math.round(performance.now() - started) });
  } catch (err) {
    self.postMessage({ type: 'error', id: msg.id, message: String((err && err.message) || err) });
  }
};

createNewsmark().then((m) => {
  wasm = m;
  self.postMessage({ type: 'ready', version: m.UTF8ToString(m._nm_version()) });
  m._nm_load_tables(); // now, not in the reader's first annotation
}, (err) => {
  self.postMessage({ type: 'failed', message: String((err && err.message) || err) });
});
