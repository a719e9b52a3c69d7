// The watchlist: company names the user wants marked in every article, kept in
// localStorage under one key as a JSON array of strings.
import { el } from './dom.js';

const STORAGE_KEY = 'newsmark.watchlist';
const MAX_NAME = 100;

export function loadWatchlist() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
    return Array.isArray(list) ? list.filter((n) => typeof n === 'string' && n.trim()).map((n) => n.trim()) : [];
  } catch {
    return [];
  }
}

function save(list) {
  try { localStorage.setItem(STORAGE_KEY, JSON.stringify(list)); } catch { /* kept for this visit only */ }
}

export function addName(list, name) {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  if (!clean || list.some((n) => n.toLowerCase() === clean.toLowerCase())) return list;
  const next = [...list, clean];
  save(next);
  return next;
}

export function removeName(list, name) {
  const next = list.filter((n) => n !== name);
  save(next);
  return next;
}

export function renderWatchlist(container, list, onRemove, t) {
  if (!list.length) {
    container.replaceChildren(el('li', { class: 'watch-empty' }, t('watch.empty')));
    return;
  }
  container.replaceChildren(...list.map((name) => el('li', { class: 'watch-item' },
    el('span', { class: 'watch-name' }, name),
    el('button', { type: 'button', class: 'watch-remove', 'aria-label': t('watch.removeLabel', { name }),
      onclick: () => onRemove(name) }, '×'))));
}
