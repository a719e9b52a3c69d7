// The side panel: companies grouped by entity, amounts with their normalised values,
// claims by score. Each item is a button; onSelect(annotations) gets the mentions it stands for.
import { el } from './dom.js';
import { groupAmounts, describeAmount } from './model.js';

// Long lists are cut (a 1 MB page can hold tens of thousands of mentions): j/k still reach
// every one of them in the article.
const MAX_ITEMS = 300;

function section(id, title, { total, items }, t) {
  const shown = items.slice();
  if (total > items.length) shown.push(el('li', { class: 'panel-more' }, t('panel.more', { count: total - items.length })));
  return el('section', { class: `panel-section panel-${id}`, 'aria-labelledby': `panel-h-${id}` },
    el('h3', { id: `panel-h-${id}` }, title, ' ', el('span', { class: 'count' }, String(total))),
    items.length ? el('ul', { class: 'panel-list' }, shown) : el('p', { class: 'panel-none' }, t('panel.none')));
}

function itemButton(label, onClick, children, extraClass) {
  return el('li', { class: extraClass || null },
    el('button', { type: 'button', class: 'panel-item', 'aria-label': label, onclick: onClick }, children));
}

function companyItems(model, onSelect, t) {
  const mentions = new Map();
  for (const a of model.annotations) {
    if (a.type !== 'company') continue;
    const key = a.entity || `name:${a.name || a.text}`;
    if (!mentions.has(key)) mentions.set(key, []);
    mentions.get(key).push(a);
  }
  const entities = new Map(model.entities.map((e) => [e.id, e]));
  const rows = [...mentions.entries()].map(([key, list]) => {
    const e = entities.get(key) || { name: list[0].name || list[0].text, ticker: list[0].ticker || null };
    return { key, name: e.name, ticker: e.ticker || list.find((a) => a.ticker)?.ticker, watch: list.some((a) => a.watchlist), list };
  });
  rows.sort((x, y) => y.list.length - x.list.length || x.list[0].start - y.list[0].start);
  return { total: rows.length, items: rows.slice(0, MAX_ITEMS).map((row) => itemButton(t('panel.gotoLabel', { what: row.name }), () => onSelect(row.list), [
    el('span', { class: 'swatch swatch-company', 'aria-hidden': 'true' }),
    el('span', { class: 'item-main' }, row.name),
    row.ticker ? el('span', { class: 'ticker' }, row.ticker) : null,
    row.watch ? el('span', { class: 'tag' }, t('panel.watchlisted')) : null,
    el('span', { class: 'item-count' }, t('panel.mentions', { count: row.list.length })),
  ], 'entity-row')) };
}

function amountItems(model, onSelect, t) {
  const groups = groupAmounts(model.annotations);
  return { total: groups.length, items: groups.slice(0, MAX_ITEMS).map((g) => {
    const normalised = describeAmount(g);
    return itemButton(t('panel.gotoLabel', { what: g.amount.text }), () => onSelect([g.amount]), [
      el('span', { class: 'swatch swatch-amount', 'aria-hidden': 'true' }),
      el('span', { class: 'item-main' }, g.amount.text),
      el('span', { class: 'normalised' }, normalised),
    ], 'amount-row');
  }) };
}

function claimItems(model, onSelect, t) {
  const claims = model.annotations.filter((a) => a.type === 'claim')
    .sort((x, y) => (y.score || 0) - (x.score || 0) || x.start - y.start);
  return { total: claims.length, items: claims.slice(0, MAX_ITEMS).map((c) => {
    const short = c.text.length > 180 ? `${c.text.slice(0, 177)}…` : c.text;
    const details = [];
    if (c.source) details.push(el('span', { class: 'detail' }, `${t('panel.source')}: `, el('strong', {}, c.source.text)));
    if (c.cue) details.push(el('span', { class: 'detail' }, `${t('panel.cue')}: `, c.cue.text));
    if (Array.isArray(c.kinds) && c.kinds.length) details.push(el('span', { class: 'detail' }, `${t('panel.kinds')}: `, c.kinds.map((k) => t(`kind.${k}`)).join(', ')));
    if (c.hedged) details.push(el('span', { class: 'detail tag' }, t('panel.hedged')));
    if (typeof c.score === 'number') details.push(el('span', { class: 'detail score' }, t('panel.score', { score: c.score.toFixed(2) })));
    return itemButton(t('panel.gotoLabel', { what: short.slice(0, 60) }), () => onSelect([c]), [
      el('span', { class: 'swatch swatch-claim', 'aria-hidden': 'true' }),
      el('span', { class: 'item-main claim-text' }, short),
      el('span', { class: 'details' }, details),
    ], 'claim-row');
  }) };
}

export function renderPanel(container, model, onSelect, t) {
  const companies = companyItems(model, onSelect, t);
  const amounts = amountItems(model, onSelect, t);
  const claims = claimItems(model, onSelect, t);
  const parts = [
    section('companies', t('panel.companies'), companies, t),
    section('amounts', t('panel.amounts'), amounts, t),
    section('claims', t('panel.claims'), claims, t),
  ];
  if (model.warnings && model.warnings.length) {
    parts.push(el('details', { class: 'warnings' }, el('summary', {}, t('panel.warnings')),
      el('ul', {}, model.warnings.map((w) => el('li', {}, w)))));
  }
  container.replaceChildren(...parts);
}
