// The page's wiring: input, the worker, rendering, legend, navigation, panel, exports,
// watchlist, language and the bookmarklet hand-over. Each concern lives in its own module.
import { byId, el, formatBytes } from './dom.js';
import { t, applyStrings, language, setLanguage } from './i18n.js';
import { TYPES, checkDocument, withWatchlist, countByType, compareAnnotations } from './model.js';
import { renderArticle, renderMeta } from './render.js';
import { renderPanel } from './panel.js';
import { FORMATS, download, copy } from './exports.js';
import { installKeyboard } from './keyboard.js';
import { loadWatchlist, addName, removeName, renderWatchlist } from './watchlist.js';
import { Annotator } from './worker-client.js';
import { bookmarkletUrl } from './bookmarklet-link.js';
import { SAMPLES } from './samples.js';

const LARGE_INPUT_BYTES = 1 << 20; // above this, show progress and a cancel button
const HTML_HINT = /<(!doctype|html|head|body|article|main|section|div|p|span|h[1-6]|br|meta|table|ul|ol)\b/i;

const ui = {
  input: byId('input'), annotate: byId('annotate'), file: byId('file'), status: byId('status'),
  progress: byId('progress'), progressBar: byId('progress-bar'), progressText: byId('progress-text'), cancel: byId('cancel'),
  meta: byId('meta'), article: byId('article'), panel: byId('panel-lists'), counter: byId('nav-counter'),
  prev: byId('nav-prev'), next: byId('nav-next'), help: byId('help'), watchForm: byId('watch-form'),
  watchInput: byId('watch-input'), watchList: byId('watch-list'), lang: byId('lang-switch'), results: byId('results'),
};

const state = {
  doc: null,          // the checked core document
  model: null,        // doc + watchlist mentions
  hidden: new Set(),  // annotation types switched off
  nav: [],            // visible annotations in document order
  navIndex: -1,
  watch: loadWatchlist(),
  inputKind: 'auto',  // 'auto' | 'html' | 'text'
  run: 0,             // increases with each run; a stale render stops itself
};

let workerUrl = null;

// The offline file carries the worker's code in a non-executing <script type="text/plain">
// and starts it from a Blob URL; the hosted page loads worker.js next to index.html.
function makeWorker() {
  const inline = byId('nm-worker-src');
  if (!inline) return new Worker('worker.js');
  if (!workerUrl) workerUrl = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
  return new Worker(workerUrl);
}

// The hosted page's boot script (boot.js) has usually started the first worker already;
// if it has not run yet, it is told not to.
function bootedWorker() {
  const boot = window.newsmarkBoot;
  if (!boot) window.newsmarkBoot = Object.freeze({ adopt: () => null });
  return boot && typeof boot.adopt === 'function' ? boot.adopt() : null;
}

const annotator = new Annotator(makeWorker, bootedWorker());

function setStatus(text) {
  ui.status.textContent = text;
}

// ---- running the annotator -------------------------------------------------------------

let progressTimer = null;

function showProgress(visible) {
  ui.progress.hidden = !visible;
  ui.cancel.hidden = !visible;
  if (!visible) stopTicker();
}

function stopTicker() {
  if (progressTimer) clearInterval(progressTimer);
  progressTimer = null;
}

function setProgress(text, fraction) {
  ui.progressText.textContent = text;
  if (fraction === null) ui.progressBar.removeAttribute('value');
  else ui.progressBar.value = fraction;
}

function onStage(stage, size) {
  stopTicker();
  if (stage === 'encoding') setProgress(t('progress.encoding'), null);
  if (stage === 'annotating' || stage === 'parsing') {
    const started = performance.now();
    const tick = () => setProgress(t('progress.annotating', { size, seconds: ((performance.now() - started) / 1000).toFixed(1) }), null);
    tick();
    progressTimer = setInterval(tick, 250);
  }
}

export async function runAnnotate() {
  const input = ui.input.value;
  if (!input.trim()) { setStatus(t('status.empty')); return; }
  const bytes = new Blob([input]).size;
  const large = bytes > LARGE_INPUT_BYTES;
  const size = formatBytes(bytes);
  const plainText = state.inputKind === 'text' || (state.inputKind === 'auto' && !HTML_HINT.test(input));
  const run = ++state.run;
  ui.results.setAttribute('aria-busy', 'true');
  setStatus(t('status.working'));
  showProgress(large);
  if (large) setProgress(t('progress.sending', { size }), null);
  try {
    const { document, ms } = await annotator.annotate(input, plainText, (stage) => large && onStage(stage, size));
    if (run !== state.run) return;
    stopTicker();
    const done = await show(checkDocument(document), large);
    if (done) setStatus(t('status.done', { count: state.model.annotations.length, ms }));
  } catch (err) {
    if (run !== state.run) return; // cancelled or replaced by a newer run, which reports itself
    setStatus(err.name === 'AbortError' ? t('status.cancelled') : t('status.error', { message: err.message }));
  } finally {
    if (run === state.run) showProgress(false);
    ui.results.removeAttribute('aria-busy');
  }
}

function cancelRun() {
  state.run++;
  annotator.cancel();
  showProgress(false);
  setStatus(t('status.cancelled'));
}

// ---- showing a document ----------------------------------------------------------------

// Renders doc (reporting block progress when asked); the page keeps showing the previous
// document until the new one is complete, and a cancelled render changes nothing.
async function show(doc, withProgress = false) {
  const model = withWatchlist(doc, state.watch);
  const myRun = state.run;
  const finished = await renderArticle(ui.article, doc, model.annotations, t, {
    onProgress: withProgress ? (done, total) => setProgress(t('progress.rendering', { done, total }), done / total) : null,
    isCancelled: () => state.run !== myRun,
  });
  if (!finished) return false;
  state.doc = doc;
  state.model = model;
  state.navIndex = -1;
  renderMeta(ui.meta, doc, t);
  ui.article.lang = doc.lang || '';
  renderPanel(ui.panel, state.model, selectMentions, t);
  updateLegend();
  updateNav();
  ui.results.hidden = false;
  document.body.classList.add('has-results');
  return true;
}

function refresh() {
  if (state.doc) show(state.doc);
}

// ---- legend and navigation -------------------------------------------------------------

function updateLegend() {
  const counts = state.model ? countByType(state.model.annotations) : { company: 0, amount: 0, claim: 0 };
  for (const type of TYPES) {
    const button = byId(`toggle-${type}`);
    button.setAttribute('aria-pressed', String(!state.hidden.has(type)));
    button.querySelector('.count').textContent = String(counts[type]);
    ui.article.classList.toggle(`hide-${type}`, state.hidden.has(type));
  }
}

function toggleType(type) {
  if (state.hidden.has(type)) state.hidden.delete(type);
  else state.hidden.add(type);
  const current = state.nav[state.navIndex];
  updateLegend();
  updateNav(current);
}

function updateNav(keep) {
  state.nav = state.model ? state.model.annotations.filter((a) => !state.hidden.has(a.type)).sort(compareAnnotations) : [];
  state.navIndex = keep ? state.nav.indexOf(keep) : -1;
  renderCounter();
}

function renderCounter() {
  const n = state.nav.length;
  ui.counter.textContent = `${state.navIndex >= 0 ? state.navIndex + 1 : 0} / ${n}`;
  ui.prev.disabled = ui.next.disabled = n === 0;
}

function go(index) {
  if (!state.nav.length) return;
  const n = state.nav.length;
  state.navIndex = ((index % n) + n) % n;
  renderCounter();
  reveal(state.nav[state.navIndex]);
}

// Scrolls a mention into view and flashes it; its marks get the "current" outline.
function reveal(annotation) {
  for (const old of ui.article.querySelectorAll('mark.current')) old.classList.remove('current');
  const marks = ui.article.querySelectorAll(`mark[data-ann="${CSS.escape(annotation.id)}"]`);
  if (!marks.length) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  marks[0].scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  for (const mark of marks) {
    mark.classList.add('current');
    mark.classList.remove('flash');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('flash');
  }
}

// A panel item stands for one or more mentions: each click moves to the next of them.
function selectMentions(list) {
  const current = state.nav[state.navIndex];
  for (const a of list) state.hidden.delete(a.type);
  updateLegend();
  updateNav(current);
  const at = list.indexOf(current);
  const target = list[(at + 1) % list.length];
  go(state.nav.indexOf(target));
}

// ---- input -----------------------------------------------------------------------------

function loadText(text, kind, message) {
  ui.input.value = text;
  state.inputKind = kind;
  if (message) setStatus(message);
  runAnnotate();
}

async function openFile(file) {
  try {
    const text = await file.text();
    const name = file.name.toLowerCase();
    if (name.endsWith('.json')) {
      await show(checkDocument(JSON.parse(text)));
      setStatus(t('status.dropped', { name: file.name }));
      return;
    }
    loadText(text, /\.(txt|text|md)$/.test(name) ? 'text' : 'html', t('status.dropped', { name: file.name }));
  } catch (err) {
    setStatus(t('status.fileError', { message: err.message }));
  }
}

function installInput() {
  ui.annotate.addEventListener('click', runAnnotate);
  ui.cancel.addEventListener('click', cancelRun);
  ui.input.addEventListener('input', () => { state.inputKind = 'auto'; });
  ui.file.addEventListener('change', () => { if (ui.file.files[0]) openFile(ui.file.files[0]); ui.file.value = ''; });
  byId('sample-ko').addEventListener('click', () => loadText(SAMPLES.ko, 'text'));
  byId('sample-en').addEventListener('click', () => loadText(SAMPLES.en, 'text'));
  byId('clear').addEventListener('click', () => { ui.input.value = ''; state.inputKind = 'auto'; ui.input.focus(); });
  const zone = byId('input-zone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) openFile(file);
  });
}

// ---- exports, watchlist, language, help, bookmarklet ----------------------------------

function baseName() {
  const title = (state.doc && state.doc.title) || 'article';
  return `newsmark-${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'article'}`;
}

function installExports() {
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      if (!state.model) return;
      const format = button.dataset.export;
      if (button.dataset.action === 'download') { download(format, state.model, baseName()); return; }
      try {
        await copy(format, state.model);
        setStatus(t('status.copied', { what: t(FORMATS[format].label) }));
      } catch {
        setStatus(t('status.copyFailed'));
      }
    });
  }
}

function installWatchlist() {
  const rerender = () => {
    renderWatchlist(ui.watchList, state.watch, (name) => { state.watch = removeName(state.watch, name); rerender(); refresh(); }, t);
  };
  ui.watchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    state.watch = addName(state.watch, ui.watchInput.value);
    ui.watchInput.value = '';
    rerender();
    refresh();
  });
  rerender();
  return rerender;
}

function installBookmarklet() {
  const link = byId('bookmarklet');
  const onWeb = location.protocol === 'http:' || location.protocol === 'https:';
  byId('bookmarklet-offline').hidden = onWeb;
  link.hidden = !onWeb;
  if (!onWeb) return;
  link.href = bookmarkletUrl(new URL('.', location.href).href);
  link.addEventListener('click', (e) => e.preventDefault()); // it is for dragging, not clicking here
}

// Opened by the bookmarklet on a page whose CSP blocks it: the article arrives by postMessage.
function listenForArticle() {
  if (location.hash !== '#bookmarklet' || !window.opener) return;
  window.addEventListener('message', (e) => {
    const data = e.data;
    if (e.source !== window.opener || !data || data.type !== 'newsmark-article' || typeof data.html !== 'string') return;
    loadText(data.html, 'html', t('status.received', { url: String(data.url || '').slice(0, 200) }));
  });
  window.opener.postMessage({ type: 'newsmark-ready' }, '*');
}

function applyLanguage() {
  applyStrings(document);
  for (const button of document.querySelectorAll('[data-export]')) {
    const key = button.dataset.action === 'download' ? 'export.downloadLabel' : 'export.copyLabel';
    button.setAttribute('aria-label', t(key, { what: t(FORMATS[button.dataset.export].label) }));
  }
  ui.lang.lang = language() === 'ko' ? 'en' : 'ko';
  updateLegend();
  renderCounter();
}

function installChrome(rerenderWatchlist) {
  ui.lang.addEventListener('click', () => {
    setLanguage(language() === 'ko' ? 'en' : 'ko');
    applyLanguage();
    rerenderWatchlist();
    refresh();
  });
  ui.prev.addEventListener('click', () => go(state.navIndex - 1));
  ui.next.addEventListener('click', () => go(state.navIndex + 1));
  for (const type of TYPES) byId(`toggle-${type}`).addEventListener('click', () => toggleType(type));
  byId('help-open').addEventListener('click', () => ui.help.showModal());
  byId('help-close').addEventListener('click', () => ui.help.close());
  installKeyboard({
    next: () => go(state.navIndex + 1),
    previous: () => go(state.navIndex < 0 ? -1 : state.navIndex - 1),
    toggle: toggleType,
    focusInput: () => ui.input.focus(),
    help: () => ui.help.showModal(),
  });
}

// `#sample` (the sample in the interface's language), `#sample-ko` or `#sample-en` opens
// the page on a built-in sample article: the address `npm start` prints.
function openSampleFromAddress() {
  const match = /^#sample(?:-(ko|en))?$/.exec(location.hash);
  if (!match || ui.input.value.trim()) return;
  const lang = match[1] || (language() === 'ko' ? 'ko' : 'en');
  loadText(SAMPLES[lang], 'text');
}

function main() {
  document.body.classList.toggle('offline', !!byId('nm-worker-src'));
  applyLanguage();
  installInput();
  installExports();
  installChrome(installWatchlist());
  installBookmarklet();
  listenForArticle();
  setStatus(t('status.loading'));
  annotator.ready.then(() => {
    if (ui.status.textContent === t('status.loading')) setStatus(t('status.ready'));
    performance.mark('newsmark-ready');
    document.body.dataset.ready = 'true';
    openSampleFromAddress();
  }, (err) => setStatus(t('status.error', { message: err.message })));
}

main();
