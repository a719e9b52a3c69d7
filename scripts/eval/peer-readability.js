#!/usr/bin/env node
// Readability.js (the extractor behind Firefox Reader View) behind newsmark's scorer
// contract: `node peer-readability.js PAGE.html` prints {"title", "text", "annotations"}
// where text is the title, a blank line, and the article's text split into blocks
// (one per paragraph, heading, list item, row...) joined by blank lines.
'use strict';
const fs = require('fs');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY', 'BR']);

// Text of `root` cut at block elements, white space collapsed, empty blocks dropped.
function blocks(root) {
  const out = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const stack = [[root, false]];
  while (stack.length) {
    const [node, leaving] = stack.pop();
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const block = BLOCKS.has(String(node.tagName).toUpperCase()) && node.tagName !== 'BR';
    if (String(node.tagName).toUpperCase() === 'BR') {
      current += ' ';
      continue;
    }
    if (block) {
      flush();
      stack.push([node, true]);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], false]);
  }
  flush();
  return out;
}

function main() {
  const file = process.argv[2];
  const html = fs.readFileSync(file, 'utf8');
  const { document } = parseHTML(html);
  let article = null;
  try {
    article = new Readability(document).parse();
  } catch (err) {
    article = null;
  }
  const title = article && article.title ? article.title.trim() : '';
  let parts = [];
  if (article && article.content) {
    const { document: doc } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
    parts = blocks(doc.body);
  }
  const text = [title, ...parts].filter(Boolean).join('\n\n');
  process.stdout.write(JSON.stringify({ title, text, annotations: [] }) + '\n');
}

main();
