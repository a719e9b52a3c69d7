// UI language: Korean or English, from the browser's language unless the user switched.
// The strings live in web/i18n/strings.json; the build turns them into strings.js.
import { STRINGS } from './strings.js';

const STORAGE_KEY = 'newsmark.lang';
let current = pickLanguage();

function pickLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && STRINGS[saved]) return saved;
  } catch { /* storage may be unavailable (privacy mode); fall back to the browser */ }
  const wanted = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return wanted.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!STRINGS[lang]) return;
  current = lang;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* not persisted */ }
}

// t('status.done', { count: 3 }) -> the string with {count} filled in.
export function t(key, vars) {
  const table = STRINGS[current] || STRINGS.en;
  const template = table[key] ?? STRINGS.en[key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : template;
}

// Fills every element marked data-i18n (text), data-i18n-label (aria-label),
// data-i18n-title and data-i18n-placeholder under root.
export function applyStrings(root) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.setAttribute('title', t(node.dataset.i18nTitle));
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
}
