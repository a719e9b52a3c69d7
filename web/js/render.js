// Renders the article: one element per block, highlights as nested <mark> elements.
// The article element's textContent equals doc.text exactly (blocks are separated by the
// same "\n\n" text nodes), so positions in the exported selectors can be checked against
// the rendered page. Text goes in through text nodes only.
import { el, nextTask } from './dom.js';

const BLOCK_TAGS = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h4', h5: 'h4', h6: 'h4', p: 'p', li: 'p',
  blockquote: 'blockquote', figcaption: 'p', pre: 'pre', td: 'p', summary: 'p', byline: 'p', copyright: 'p' };
const TYPE_RANK = { claim: 0, company: 1, amount: 2 };
const SLICE_MS = 12;

// The blocks to draw: the core's, or paragraphs split on blank lines when there are none.
function blocksOf(doc) {
  if (doc.blocks.length) return doc.blocks;
  const blocks = [];
  const re = /\n\n+/g;
  let start = 0;
  for (const m of doc.text.matchAll(re)) {
    if (m.index > start) blocks.push({ kind: 'p', start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < doc.text.length) blocks.push({ kind: 'p', start, end: doc.text.length });
  return blocks;
}

function titleFor(a, t) {
  if (a.type === 'company') return `${t('type.company.one')}: ${a.name || a.text}${a.ticker ? ` (${a.ticker})` : ''}`;
  if (a.type === 'amount') return `${t('type.amount.one')}: ${a.currency || ''}`;
  return `${t('type.claim.one')}${a.source ? `: ${a.source.text}` : ''}`;
}

function markFor(a, first, t) {
  const mark = el('mark', { class: `hl hl-${a.type}${a.watchlist ? ' hl-watch' : ''}`, 'data-ann': a.id, title: titleFor(a, t) });
  if (first) mark.id = `nm-${a.id}`;
  return mark;
}

// Fills one block element with its text and the annotations that overlap it. Annotations
// are opened outer-first; one that crosses the end of an enclosing one is split there and
// its remainder re-queued, so the DOM stays properly nested whatever the input.
function fillBlock(blockEl, text, block, anns, seen, t) {
  const items = anns
    .map((a) => ({ a, s: Math.max(a.start, block.start), e: Math.min(a.end, block.end) }))
    .filter((it) => it.s < it.e)
    .sort((x, y) => x.s - y.s || y.e - x.e || TYPE_RANK[x.a.type] - TYPE_RANK[y.a.type]);
  const stack = [{ node: blockEl, end: block.end }];
  let pos = block.start;
  const emit = (node, upto) => {
    if (upto > pos) node.append(document.createTextNode(text.slice(pos, upto)));
    pos = Math.max(pos, upto);
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= it.s) {
      const done = stack.pop();
      emit(done.node, done.end);
    }
    const top = stack[stack.length - 1];
    emit(top.node, it.s);
    let end = it.e;
    if (end > top.end) {
      const rest = { a: it.a, s: top.end, e: it.e };
      let j = i + 1;
      while (j < items.length && (items[j].s < rest.s || (items[j].s === rest.s && items[j].e >= rest.e))) j++;
      items.splice(j, 0, rest);
      end = top.end;
    }
    const mark = markFor(it.a, !seen.has(it.a.id), t);
    seen.add(it.a.id);
    top.node.append(mark);
    stack.push({ node: mark, end });
  }
  while (stack.length) {
    const top = stack.pop();
    emit(top.node, top.end);
  }
}

// Renders doc into container in time slices; onProgress(done, total) after each slice.
// Returns false when isCancelled() turned true before the end.
export async function renderArticle(container, doc, annotations, t, { onProgress, isCancelled } = {}) {
  const text = doc.text;
  const blocks = blocksOf(doc);
  const sorted = annotations.slice().sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  const seen = new Set();
  let next = 0;       // first annotation not yet considered
  let open = [];      // annotations that may still reach into later blocks
  let pos = 0;
  let sliceStart = performance.now();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i].start < pos ? { ...blocks[i], start: pos } : blocks[i];
    if (block.end <= block.start) continue;
    if (block.start > pos) fragment.append(document.createTextNode(text.slice(pos, block.start)));
    while (next < sorted.length && sorted[next].start < block.end) open.push(sorted[next++]);
    open = open.filter((a) => a.end > block.start);
    const tag = BLOCK_TAGS[block.kind] || 'p';
    const blockEl = el(tag, { class: `block block-${block.kind.replace(/[^a-z0-9]/gi, '')}` });
    fillBlock(blockEl, text, block, open, seen, t);
    fragment.append(blockEl);
    pos = Math.max(pos, block.end);
    if (performance.now() - sliceStart > SLICE_MS) {
      if (onProgress) onProgress(i + 1, blocks.length);
      await nextTask();
      if (isCancelled && isCancelled()) return false;
      sliceStart = performance.now();
    }
  }
  if (pos < text.length) fragment.append(document.createTextNode(text.slice(pos)));
  container.replaceChildren(fragment);
  if (onProgress) onProgress(blocks.length, blocks.length);
  return true;
}

export function renderMeta(container, doc, t) {
  const items = [];
  if (doc.site) items.push(el('span', { class: 'meta-site' }, el('span', { class: 'meta-key' }, t('meta.site')), ' ', doc.site));
  if (doc.byline) items.push(el('span', { class: 'meta-byline' }, el('span', { class: 'meta-key' }, t('meta.byline')), ' ', doc.byline));
  if (doc.published) items.push(el('span', { class: 'meta-published' }, el('span', { class: 'meta-key' }, t('meta.published')), ' ',
    el('time', { datetime: /^[\d:T+.Z-]+$/.test(doc.published) ? doc.published : null }, doc.published)));
  if (doc.url) items.push(el('span', { class: 'meta-url' }, doc.url));
  // The headline is usually the article's first block already: then the title above it
  // stays for screen readers only.
  const first = doc.blocks[0];
  const repeated = first && first.kind === 'h1' && doc.text.slice(first.start, first.end).trim() === (doc.title || '').trim();
  const title = el('h2', { class: `meta-title${doc.title && !repeated ? '' : ' visually-hidden'}`, id: 'article-title' },
    doc.title || t('meta.untitled'));
  if (items.length) container.replaceChildren(title, el('p', { class: 'meta-line' }, items));
  else container.replaceChildren(title);
}
