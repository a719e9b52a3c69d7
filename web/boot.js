// Starts the annotation worker first thing in <head> (a tiny blocking script), while the
// page's own script (a deferred bundle) is still loading, so the WASM module downloads and
// compiles meanwhile. The page adopts the worker through window.newsmarkBoot.adopt();
// events that arrive before then are kept and handed over. Should the page script run
// first (it marks window.newsmarkBoot), it starts its own worker and this does nothing.
// The offline file has no boot script: its page script starts the worker itself.
'use strict';
(() => {
  if (window.newsmarkBoot) return;
  const worker = new Worker('worker.js');
  const early = [];
  const keep = (event) => early.push(event);
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  let adopted = false;
  window.newsmarkBoot = Object.freeze({
    // Returns { worker, early } once; null afterwards.
    adopt() {
      if (adopted) return null;
      adopted = true;
      worker.removeEventListener('message', keep);
      worker.removeEventListener('error', keep);
      return { worker, early };
    },
  });
})();
