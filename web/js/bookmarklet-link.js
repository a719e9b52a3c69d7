// The bookmarklet's javascript: URL. Its code is the function below, turned into text with
// Function.prototype.toString (no eval anywhere): it injects <base>bookmarklet.js into the
// article's page, and if the page's security policy blocks that, says so in plain words and
// offers to open the newsmark page with the article's HTML sent by postMessage.

/* eslint-disable no-var */
function newsmarkLoader(base) {
  var w = window;
  // Page globals can be shadowed by its named elements: use the prototypes.
  var D = Document.prototype;
  var get = function (name) { return Object.getOwnPropertyDescriptor(D, name).get.call(document); };
  var create = function (tag) { return D.createElement.call(document, tag); };
  var on = EventTarget.prototype.addEventListener;
  var off = EventTarget.prototype.removeEventListener;
  var add = Node.prototype.appendChild;
  if (Object.prototype.hasOwnProperty.call(w, '__newsmark')) { w.__newsmark.close(); return; }
  var origin = new URL(base).origin;
  var blockedByCsp = false;
  function onViolation(e) {
    if (String(e.blockedURI || '').indexOf(origin) === 0) blockedByCsp = true;
  }
  on.call(document, 'securitypolicyviolation', onViolation);
  var s = create('script');
  try {
    s.src = base + 'bookmarklet.js';
  } catch (e) { // Trusted Types: the page's CSP allows no script URL of ours
    blockedByCsp = true;
    explain();
    return;
  }
  s.dataset.newsmark = 'loader';
  s.onload = function () { off.call(document, 'securitypolicyviolation', onViolation); };
  s.onerror = function () {
    s.remove();
    setTimeout(function () {
      off.call(document, 'securitypolicyviolation', onViolation);
      explain();
    }, 100);
  };
  add.call(get('head') || get('documentElement'), s);

  function explain() {
    var html = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML').get.call(get('documentElement'));
    var box = create('div');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', 'newsmark');
    box.id = 'newsmark-blocked';
    var css = { position: 'fixed', top: '16px', right: '16px', 'z-index': '2147483647', 'max-width': '360px',
      background: '#fff', color: '#111', border: '2px solid #0072B2', 'border-radius': '8px', padding: '12px 14px',
      font: '14px/1.45 system-ui, sans-serif', 'box-shadow': '0 4px 18px rgba(0,0,0,.25)', 'text-align': 'left' };
    Object.keys(css).forEach(function (k) { box.style.setProperty(k, css[k], 'important'); });
    var p = create('p');
    p.style.setProperty('margin', '0 0 10px', 'important');
    p.textContent = blockedByCsp
      ? 'newsmark cannot run on this page: the site\'s security policy (CSP) does not allow scripts from ' + origin +
        '. You can open the article in the newsmark page instead. Its HTML is handed over from this tab directly; nothing is uploaded.'
      : 'newsmark could not load its script from ' + origin + ' (offline, or blocked by the site). ' +
        'You can open the article in the newsmark page instead. Its HTML is handed over from this tab directly; nothing is uploaded.';
    var open = create('button');
    open.type = 'button';
    open.textContent = 'Open in newsmark';
    var close = create('button');
    close.type = 'button';
    close.textContent = 'Close';
    [open, close].forEach(function (b) {
      b.style.setProperty('margin-right', '8px', 'important');
      b.style.setProperty('font', 'inherit', 'important');
      b.style.setProperty('padding', '4px 10px', 'important');
      b.style.setProperty('cursor', 'pointer', 'important');
    });
    close.onclick = function () { box.remove(); };
    open.onclick = function () {
      var target = w.open(base + 'index.html#bookmarklet', '_blank');
      if (!target) { p.textContent = 'The browser blocked the new tab. Allow pop-ups for this site and try again.'; return; }
      function onMessage(e) {
        if (e.source !== target || !e.data || e.data.type !== 'newsmark-ready') return;
        off.call(w, 'message', onMessage);
        target.postMessage({ type: 'newsmark-article', html: html, url: location.href }, origin);
        box.remove();
      }
      on.call(w, 'message', onMessage);
    };
    box.appendChild(p);
    box.appendChild(open);
    box.appendChild(close);
    add.call(get('documentElement'), box);
    open.focus();
  }
}

// base: the folder of the hosted page, ending in '/'.
export function bookmarkletUrl(base) {
  const code = `(${newsmarkLoader.toString()})(${JSON.stringify(base)});void 0`;
  return `javascript:${encodeURIComponent(code)}`;
}
