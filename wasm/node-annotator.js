// Loads the WASM module in Node.js and wraps its C exports: used by the node tests,
// `npm run bench` and `npm run eval`. The browser has its own client in web/.
'use strict';
const path = require('path');

const DEFAULT_MODULE = path.join(__dirname, '..', 'build', 'wasm', 'wasm', 'newsmark.js');
const PLAIN_TEXT = 1;

async function createAnnotator(modulePath = DEFAULT_MODULE) {
  const createNewsmark = require(modulePath);
  const module = await createNewsmark();
  const encoder = new TextEncoder();

  // Copies `input` into module memory, runs `call(ptr, len)`, frees the copy.
  function withInput(input, call) {
    const bytes = typeof input === 'string' ? encoder.encode(input) : input;
    const ptr = module._malloc(bytes.length + 1);
    try {
      module.HEAPU8.set(bytes, ptr);  // HEAPU8 is read after malloc: memory may have grown
      return call(ptr, bytes.length);
    } finally {
      module._free(ptr);
    }
  }

  return {
    // The document's JSON text, exactly as the CLI prints it (without the newline).
    annotateJson(input, { text = false } = {}) {
      return withInput(input, (ptr, len) => {
        const out = module._nm_annotate(ptr, len, text ? PLAIN_TEXT : 0);
        try { return module.UTF8ToString(out); } finally { module._nm_free(out); }
      });
    },
    annotate(input, options) { return JSON.parse(this.annotateJson(input, options)); },
    parseOnly(input, { prepared = false } = {}) {
      return withInput(input, (ptr, len) => module._nm_parse_only(ptr, len, prepared ? 1 : 0));
    },
    version() { return module.UTF8ToString(module._nm_version()); },
    memoryBytes() { return module.HEAPU8.length; },
  };
}

module.exports = { createAnnotator, DEFAULT_MODULE };
