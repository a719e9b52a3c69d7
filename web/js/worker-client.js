// Talks to the annotation worker. A run can be cancelled: the worker is terminated (the
// WASM call cannot be interrupted from outside) and a fresh one is started at once.

export class Annotator {
  // makeWorker() returns a new Worker running worker.js; `booted`, when given, is a worker
  // already started ({ worker, early }: the events it sent before this client existed).
  constructor(makeWorker, booted = null) {
    this.makeWorker = makeWorker;
    this.nextId = 1;
    this.current = null;
    this.start(booted);
  }

  start(booted = null) {
    this.worker = booted ? booted.worker : this.makeWorker();
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFail = reject;
    });
    this.ready.catch(() => {});
    const onMessage = (event) => this.receive(event.data);
    const onError = (event) => {
      const message = event.message || 'the worker failed to start';
      this.onFail(new Error(message));
      if (this.current) this.finish({ type: 'error', id: this.current.id, message });
    };
    this.worker.addEventListener('message', onMessage);
    this.worker.addEventListener('error', onError);
    for (const event of booted ? booted.early : []) (event.type === 'error' ? onError : onMessage)(event);
  }

  receive(msg) {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'ready') { this.version = msg.version; this.onReady(msg.version); return; }
    if (msg.type === 'failed') { this.onFail(new Error(msg.message)); return; }
    if (!this.current || msg.id !== this.current.id) return;
    if (msg.type === 'progress') this.current.onProgress(msg.stage);
    else this.finish(msg);
  }

  finish(msg) {
    const run = this.current;
    this.current = null;
    if (msg.type === 'result') run.resolve({ document: msg.document, ms: msg.ms });
    else run.reject(new Error(msg.message || 'annotation failed'));
  }

  // Resolves with { document, ms }; rejects with an Error (name 'AbortError' on cancel).
  annotate(input, plainText, onProgress = () => {}) {
    if (this.current) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.current = { id, resolve, reject, onProgress };
      this.ready.then(() => {
        if (this.current && this.current.id === id) this.worker.postMessage({ type: 'annotate', id, input, plainText });
      }, (err) => { if (this.current && this.current.id === id) this.finish({ type: 'error', id, message: err.message }); });
    });
  }

  cancel() {
    if (!this.current) return;
    const run = this.current;
    this.current = null;
    this.worker.terminate();
    this.start();
    const err = new Error('cancelled');
    err.name = 'AbortError';
    run.reject(err);
  }
}
