// The bookmarklet's script, injected into a news page by the javascript: link that the
// newsmark page offers. It loads the WASM module from the same folder, annotates the page's
// own HTML, anchors each annotation back into the live DOM and wraps the text in highlight
// elements, and shows a panel in a shadow root. Close undoes every change it made.
//
// Anchoring works like Hypothesis's: the article text and the page's text are compared with
// whitespace taken out (pages and the extracted text space things differently). First the
// position: each article block is found in the page text, in order, and an annotation is
// tried at the same place inside its block; if the quote is not there, the quote is searched
// for and the occurrence whose 32 characters of prefix and suffix match best wins.
(function () {
  'use strict';
  var w = window;
  // The article page is untrusted: its named elements can shadow document.body,
  // document.createElement, a form's parentNode and so on ("DOM clobbering"). So every DOM
  // access here goes through the prototypes, and our own state is checked as an own property.
  var DP = Document.prototype;
  var NP = Node.prototype;
  var getter = function (proto, name) { return Object.getOwnPropertyDescriptor(proto, name).get; };
  var docProp = function (name) { return getter(DP, name).call(document); };
  var parentOf = function (node) { return getter(NP, 'parentNode').call(node); };
  var nameOf = function (node) { return getter(NP, 'nodeName').call(node); };
  var create = function (tag) { return DP.createElement.call(document, tag); };
  var insertBefore = function (parent, node, ref) { NP.insertBefore.call(parent, node, ref); };
  var detach = function (node) { var p = parentOf(node); if (p) NP.removeChild.call(p, node); };
  var listen = function (target, type, fn) { EventTarget.prototype.addEventListener.call(target, type, fn); };
  var unlisten = function (target, type, fn) { EventTarget.prototype.removeEventListener.call(target, type, fn); };
  var own = function (name) { return Object.prototype.hasOwnProperty.call(w, name); };
  if (own('__newsmark')) { w.__newsmark.close(); return; }

  var script = docProp('currentScript');
  var base = new URL('.', script.src).href;
  var CONTEXT = 32;
  var TAG = 'newsmark-mark';
  var SKIP_PARENTS = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEMPLATE: 1, TEXTAREA: 1, OPTION: 1, SELECT: 1, IFRAME: 1, OBJECT: 1, svg: 1, SVG: 1 };
  var COLORS = {
    company: { bg: 'rgba(86,180,233,.35)', line: '2px solid #0072B2' },
    amount: { bg: 'rgba(230,159,0,.38)', line: '3px double #B35C00' },
    claim: { bg: 'rgba(204,121,167,.16)', line: '2px dotted #A2467F' },
  };
  var TYPE_RANK = { claim: 0, company: 1, amount: 2 };
  // The panel speaks the article's language: Korean on a Korean page, English elsewhere.
  var STRINGS = {
    en: { company: 'Companies', amount: 'Amounts', claim: 'Claims', close: 'Close', closeLabel: 'Close newsmark and restore the page',
      types: 'Annotation types', open: 'Open in newsmark', failed: 'newsmark could not annotate this page: ',
      failedHint: '. If the site\'s security policy blocks WebAssembly, open the article in the newsmark page instead.',
      placed: function (n, total) { return n + ' of ' + total + ' annotations placed on the page' + (n < total ? ' (the rest could not be found in the page text)' : '') + '. Close puts the page back as it was.'; } },
    ko: { company: '기업', amount: '금액', claim: '주장', close: '닫기', closeLabel: 'newsmark를 닫고 페이지를 원래대로 되돌리기',
      types: '표시 유형', open: 'newsmark에서 열기', failed: 'newsmark가 이 페이지를 분석하지 못했습니다: ',
      failedHint: '. 사이트의 보안 정책이 WebAssembly를 막는다면 newsmark 페이지에서 기사를 여세요.',
      placed: function (n, total) { return '표시 ' + total + '개 중 ' + n + '개를 페이지에 표시했습니다' + (n < total ? ' (나머지는 페이지 글에서 찾지 못했습니다)' : '') + '. 닫으면 페이지가 원래대로 돌아갑니다.'; } },
  };
  var pageLang = String(getter(HTMLElement.prototype, 'lang').call(docProp('documentElement')) || '');
  var L = /^ko/i.test(pageLang) ? STRINGS.ko : STRINGS.en;

  var added = [];   // elements newsmark added outside the highlights (scripts, panel host)
  var marks = [];   // highlight elements, in creation order
  var splits = [];  // { node, data, parts }: text nodes split to fit highlights
  var marksById = {};
  var hidden = {};
  var host = null;

  w.__newsmark = { close: close };
  added.push(script);

  // ---- loading and annotating ----------------------------------------------------------

  var html = getter(Element.prototype, 'outerHTML').call(docProp('documentElement'));
  var loader = create('script');
  loader.onload = function () {
    var factory = w.createNewsmark;
    try { delete w.createNewsmark; } catch (e) { w.createNewsmark = undefined; }
    factory().then(function (m) {
      var doc = annotate(m, html);
      if (doc.error) throw new Error(doc.error);
      var found = anchorAll(doc);
      showPanel(doc, found);
    }).catch(function (err) { showPanel(null, null, err); });
  };
  loader.onerror = function () { showPanel(null, null, new Error('could not load ' + base + 'newsmark.js')); };
  added.push(loader);
  try {
    loader.src = base + 'newsmark.js'; // throws where Trusted Types are enforced
    NP.appendChild.call(docProp('head') || docProp('documentElement'), loader);
  } catch (err) {
    showPanel(null, null, err);
  }

  function annotate(m, input) {
    var bytes = new TextEncoder().encode(input);
    var p = m._malloc(bytes.length + 1);
    m.HEAPU8.set(bytes, p);
    m.HEAPU8[p + bytes.length] = 0;
    var out = m._nm_annotate(p, bytes.length, 0);
    m._free(p);
    var json = m.UTF8ToString(out);
    m._nm_free(out);
    return JSON.parse(json);
  }

  // ---- text with whitespace taken out, and the way back to offsets ----------------------

  function isSpace(code) {
    return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) ||
      code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
  }

  // The article text without whitespace; toStripped[i] = stripped index of doc offset i.
  function stripDoc(text) {
    var out = [];
    var toStripped = new Int32Array(text.length + 1);
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      toStripped[i] = n;
      var c = text.charCodeAt(i);
      if (!isSpace(c)) { out.push(text[i]); n++; }
    }
    toStripped[text.length] = n;
    return { text: out.join(''), toStripped: toStripped };
  }

  function visibleTextNode(node) {
    for (var p = parentOf(node); p && p !== body; p = parentOf(p)) {
      if (SKIP_PARENTS[nameOf(p)] || p === host) return false;
    }
    return true;
  }

  // The page's text nodes and their text without whitespace, with (node, offset) for each char.
  var body = null;

  function stripPage() {
    var nodes = [];
    body = docProp('body');
    var walker = DP.createTreeWalker.call(document, body, NodeFilter.SHOW_TEXT);
    for (var t = walker.nextNode(); t; t = walker.nextNode()) if (visibleTextNode(t)) nodes.push(t);
    var total = 0;
    for (var i = 0; i < nodes.length; i++) total += nodes[i].data.length;
    var nodeOf = new Int32Array(total);
    var offsetOf = new Int32Array(total);
    var chars = [];
    var n = 0;
    for (i = 0; i < nodes.length; i++) {
      var data = nodes[i].data;
      for (var k = 0; k < data.length; k++) {
        if (isSpace(data.charCodeAt(k))) continue;
        chars.push(data[k]);
        nodeOf[n] = i;
        offsetOf[n] = k;
        n++;
      }
    }
    return { nodes: nodes, text: chars.join(''), nodeOf: nodeOf, offsetOf: offsetOf };
  }

  // ---- anchoring ---------------------------------------------------------------------

  function commonSuffix(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  }

  function commonPrefix(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // Where each block of the article starts in the page text (stripped), or -1.
  function locateBlocks(doc, d, page) {
    var shifts = [];
    var cursor = 0;
    for (var i = 0; i < doc.blocks.length; i++) {
      var b = doc.blocks[i];
      var s = d.toStripped[b.start];
      var key = d.text.slice(s, d.toStripped[b.end]);
      var at = key ? page.text.indexOf(key, cursor) : -1;
      if (at < 0 && key) at = page.text.indexOf(key);
      if (at >= 0 && at >= cursor) cursor = at + key.length;
      shifts.push(at < 0 ? null : at - s);
    }
    return shifts;
  }

  function blockShift(doc, shifts, start) {
    for (var i = 0; i < doc.blocks.length; i++) {
      if (doc.blocks[i].start <= start && start < doc.blocks[i].end) return shifts[i];
    }
    return null;
  }

  // [from, to) in the stripped page text for one annotation, or null.
  function anchor(a, d, page, shift) {
    var s = d.toStripped[a.start];
    var e = d.toStripped[a.end];
    if (e <= s) return null;
    var exact = d.text.slice(s, e);
    if (shift !== null && page.text.substr(s + shift, exact.length) === exact) return [s + shift, s + shift + exact.length];
    var prefix = d.text.slice(Math.max(0, s - CONTEXT), s);
    var suffix = d.text.slice(e, e + CONTEXT);
    var best = -1;
    var bestScore = -1;
    var expected = shift === null ? null : s + shift;
    for (var at = page.text.indexOf(exact), tries = 0; at >= 0 && tries < 2000; at = page.text.indexOf(exact, at + 1), tries++) {
      var score = commonSuffix(prefix, page.text.slice(Math.max(0, at - CONTEXT), at)) +
        commonPrefix(suffix, page.text.slice(at + exact.length, at + exact.length + CONTEXT));
      if (expected !== null) score -= Math.min(1, Math.abs(at - expected) / 100000);
      if (score > bestScore) { bestScore = score; best = at; }
    }
    return best < 0 ? null : [best, best + exact.length];
  }

  function anchorAll(doc) {
    var d = stripDoc(doc.text);
    var page = stripPage();
    var shifts = locateBlocks(doc, d, page);
    var anchored = [];
    var anns = doc.annotations.slice().sort(function (x, y) {
      return x.start - y.start || y.end - x.end || TYPE_RANK[x.type] - TYPE_RANK[y.type];
    });
    for (var i = 0; i < anns.length; i++) {
      var range = anchor(anns[i], d, page, blockShift(doc, shifts, anns[i].start));
      if (range) anchored.push({ a: anns[i], from: range[0], to: range[1] });
    }
    wrap(anchored, page);
    return anchored;
  }

  // ---- wrapping ------------------------------------------------------------------------

  // Splits the page's text nodes at every anchor boundary, then wraps each piece in one
  // highlight element per annotation covering it, outer annotations first.
  function wrap(anchored, page) {
    var cuts = {}; // node index -> offsets to split at
    function cut(i, offset) { (cuts[i] = cuts[i] || []).push(offset); }
    anchored.forEach(function (x) {
      cut(page.nodeOf[x.from], page.offsetOf[x.from]);
      cut(page.nodeOf[x.to - 1], page.offsetOf[x.to - 1] + 1);
    });
    var pieces = {}; // node index -> [{ start, end, node }]
    Object.keys(cuts).forEach(function (key) {
      var i = Number(key);
      var node = page.nodes[i];
      var data = node.data;
      var points = cuts[key].filter(function (o) { return o > 0 && o < data.length; })
        .sort(function (x, y) { return x - y; })
        .filter(function (o, k, arr) { return k === 0 || arr[k - 1] !== o; });
      var list = [];
      var current = node;
      var start = 0;
      var parts = [];
      points.forEach(function (o) {
        var rest = current.splitText(o - start);
        list.push({ start: start, end: o, node: current });
        parts.push(rest);
        current = rest;
        start = o;
      });
      list.push({ start: start, end: data.length, node: current });
      if (parts.length) splits.push({ node: node, data: data, parts: parts });
      pieces[i] = list;
    });
    anchored.forEach(function (x) {
      var firstNode = page.nodeOf[x.from];
      var lastNode = page.nodeOf[x.to - 1];
      var from = page.offsetOf[x.from];
      var to = page.offsetOf[x.to - 1] + 1;
      var els = [];
      for (var i = firstNode; i <= lastNode; i++) {
        var list = pieces[i] || [{ start: 0, end: page.nodes[i].data.length, node: page.nodes[i] }];
        for (var k = 0; k < list.length; k++) {
          var piece = list[k];
          if ((i === firstNode && piece.start < from) || (i === lastNode && piece.end > to)) continue;
          if (!/\S/.test(piece.node.data)) continue;
          els.push(wrapNode(piece.node, x.a));
        }
      }
      if (els.length) marksById[x.a.id] = els;
    });
  }

  function styleMark(m, type) {
    var c = COLORS[type];
    var off = hidden[type];
    m.style.setProperty('background', off ? 'transparent' : c.bg, 'important');
    m.style.setProperty('border-bottom', off ? '0' : c.line, 'important');
    m.style.setProperty('color', 'inherit', 'important');
  }

  function wrapNode(text, a) {
    var m = create(TAG);
    m.setAttribute('data-type', a.type);
    m.style.setProperty('display', 'inline', 'important');
    m.style.setProperty('padding', '0', 'important');
    m.style.setProperty('margin', '0', 'important');
    m.style.setProperty('font', 'inherit', 'important');
    styleMark(m, a.type);
    insertBefore(parentOf(text), m, text);
    m.appendChild(text);
    marks.push(m);
    return m;
  }

  // ---- the panel -----------------------------------------------------------------------

  var PANEL_CSS = [
    ':host{all:initial}',
    '.box{position:fixed;top:12px;right:12px;z-index:2147483647;width:340px;max-height:calc(100vh - 24px);overflow:auto;',
    'background:#fff;color:#1b1b1b;border:1px solid #c9c9c2;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.25);',
    'font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans KR",sans-serif;padding:10px 12px}',
    '@media (prefers-color-scheme:dark){.box{background:#1e2125;color:#e9e9e6;border-color:#3a3f45}}',
    'header{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-bottom:6px}',
    'h2{font-size:15px;margin:0}h3{font-size:13px;margin:10px 0 4px}',
    'button{font:inherit;color:inherit;background:transparent;border:1px solid #c9c9c2;border-radius:6px;padding:3px 9px;cursor:pointer}',
    'button:focus-visible{outline:3px solid #D55E00;outline-offset:1px}',
    'button[aria-pressed=false]{opacity:.55;text-decoration:line-through}',
    '.legend{display:flex;flex-wrap:wrap;gap:6px}.sw{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:5px;vertical-align:-1px}',
    '.sw.company{background:rgba(86,180,233,.35);border-bottom:2px solid #0072B2}',
    '.sw.amount{background:rgba(230,159,0,.38);border-bottom:3px double #B35C00}',
    '.sw.claim{background:rgba(204,121,167,.16);border-bottom:2px dotted #A2467F}',
    'ul{list-style:none;margin:0;padding:0}li button{border:0;width:100%;text-align:left;padding:3px 4px}',
    'li button:hover{background:rgba(127,127,127,.15)}.muted{opacity:.7;font-size:12px}',
    '.note{font-size:12px;opacity:.8;margin:8px 0 0}.error{color:#B3261E}',
  ].join('');

  function h(tag, props, children) {
    var node = create(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') node.textContent = props[k];
      else if (k === 'onclick') node.addEventListener('click', props[k]);
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function flash(id) {
    var els = marksById[id];
    if (!els || !els.length) return;
    els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    els.forEach(function (m) {
      m.style.setProperty('outline', '3px solid #D55E00', 'important');
      setTimeout(function () { m.style.removeProperty('outline'); }, 1500);
    });
  }

  function toggle(type, button) {
    hidden[type] = !hidden[type];
    button.setAttribute('aria-pressed', String(!hidden[type]));
    marks.forEach(function (m) { if (m.getAttribute('data-type') === type) styleMark(m, type); });
  }

  function listSection(title, items) {
    return h('section', {}, [h('h3', { text: title + ' (' + items.length + ')' }), h('ul', {}, items)]);
  }

  function item(label, detail, id) {
    return h('li', {}, [h('button', { type: 'button', onclick: function () { flash(id); } },
      [h('span', { text: label }), detail ? h('span', { class: 'muted', text: ' ' + detail }) : null])]);
  }

  // 'USD 50B', '≈ KRW 1T–9.9T', or '' when the value is unknown.
  function amountValue(a) {
    var n = function (v) {
      if (typeof v !== 'number') return '';
      var scales = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
      for (var i = 0; i < scales.length; i++) {
        if (Math.abs(v) >= scales[i][0]) return Number((v / scales[i][0]).toPrecision(4)) + scales[i][1];
      }
      return String(v);
    };
    var value = typeof a.value === 'number' ? n(a.value) : (a.low !== undefined || a.high !== undefined) ? n(a.low) + '–' + n(a.high) : '';
    return value ? (a.approx ? '≈ ' : '') + (a.currency || '') + ' ' + value : '';
  }

  function showPanel(doc, found, error) {
    host = create('div');
    host.setAttribute('data-newsmark', 'panel');
    host.style.setProperty('all', 'initial', 'important');
    added.push(host);
    var shadow = host.attachShadow({ mode: 'open' });
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(PANEL_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.appendChild(h('style', { text: PANEL_CSS }));
    }
    var closeButton = h('button', { type: 'button', 'aria-label': L.closeLabel, text: L.close + ' ✕', onclick: close });
    var children = [h('header', {}, [h('h2', { text: 'newsmark' }), closeButton])];
    if (error) {
      children.push(h('p', { class: 'error', role: 'alert', text: L.failed + error.message + L.failedHint }));
      children.push(h('button', { type: 'button', text: L.open, onclick: openHosted }));
    } else {
      var anchoredIds = {};
      found.forEach(function (x) { anchoredIds[x.a.id] = true; });
      var anns = doc.annotations.filter(function (a) { return anchoredIds[a.id]; });
      var count = function (type) { return anns.filter(function (a) { return a.type === type; }).length; };
      var legend = h('div', { class: 'legend', role: 'group', 'aria-label': L.types },
        ['company', 'amount', 'claim'].map(function (type) {
          var b = h('button', { type: 'button', 'aria-pressed': 'true', 'data-type': type },
            [h('span', { class: 'sw ' + type, 'aria-hidden': 'true' }), h('span', { text: L[type] + ' ' + count(type) })]);
          b.addEventListener('click', function () { toggle(type, b); });
          return b;
        }));
      children.push(legend);
      var seen = {};
      var companies = [];
      anns.forEach(function (a) {
        if (a.type !== 'company') return;
        var key = a.entity || a.name || a.text;
        if (seen[key]) { seen[key].n++; seen[key].label.textContent = ' ' + seen[key].n + '×'; return; }
        var it = item(a.name || a.text, '1×', a.id);
        seen[key] = { n: 1, label: it.querySelector('.muted') };
        companies.push(it);
      });
      children.push(listSection(L.company, companies));
      children.push(listSection(L.amount, anns.filter(function (a) { return a.type === 'amount'; })
        .map(function (a) { return item(a.text, amountValue(a), a.id); })));
      children.push(listSection(L.claim, anns.filter(function (a) { return a.type === 'claim'; })
        .sort(function (x, y) { return (y.score || 0) - (x.score || 0); })
        .map(function (a) { return item(a.text.length > 120 ? a.text.slice(0, 117) + '…' : a.text, a.source ? '— ' + a.source.text : '', a.id); })));
      children.push(h('p', { class: 'note', 'data-placed': anns.length, 'data-total': doc.annotations.length,
        text: L.placed(anns.length, doc.annotations.length) }));
    }
    shadow.appendChild(h('div', { class: 'box', role: 'dialog', 'aria-label': 'newsmark' }, children));
    NP.appendChild.call(docProp('documentElement'), host);
    closeButton.focus({ preventScroll: true });
  }

  function openHosted() {
    var target = w.open(base + 'index.html#bookmarklet', '_blank');
    if (!target) return;
    var origin = new URL(base).origin;
    listen(w, 'message', function onMessage(e) {
      if (e.source !== target || !e.data || e.data.type !== 'newsmark-ready') return;
      unlisten(w, 'message', onMessage);
      target.postMessage({ type: 'newsmark-article', html: html, url: location.href }, origin);
    });
  }

  // ---- closing -------------------------------------------------------------------------

  // Unwraps every highlight, joins the split text nodes back into their original nodes and
  // removes the panel and scripts, so the page's DOM is what it was before.
  function close() {
    for (var i = marks.length - 1; i >= 0; i--) {
      var m = marks[i];
      var parent = parentOf(m);
      if (!parent) continue;
      while (m.firstChild) insertBefore(parent, m.firstChild, m);
      detach(m);
    }
    for (i = splits.length - 1; i >= 0; i--) {
      var s = splits[i];
      s.node.data = s.data;
      s.parts.forEach(detach);
    }
    added.forEach(detach);
    marks = [];
    splits = [];
    delete w.__newsmark;
  }
})();
