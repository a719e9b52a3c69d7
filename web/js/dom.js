// Small DOM helpers. Every piece of text goes in through textContent and every attribute
// through setAttribute with a value the page chose: nothing from the input is parsed as HTML.

// el('button', { class: 'x', 'aria-label': 'Close', onclick: fn }, 'text', childNode)
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

export function append(parent, child) {
  if (child === undefined || child === null || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(parent, c));
  else parent.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export const byId = (id) => document.getElementById(id);

// Resolves on the next macrotask, so long jobs can give the browser a chance to paint.
export function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function formatBytes(n) {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${Math.round(n / (1 << 10))} KB`;
  return `${n} B`;
}
