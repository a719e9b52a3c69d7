// `npm run eval`, companies stage: newsmark's company mentions beside compromise's
// organizations() on our gold set (tests/gold, per language) and on the seed gold
// (../shared/gold), every tool scored by the same scorer (../shared/tools/score.py) in this
// run. compromise reads the article text that newsmark extracted, so both are measured on
// the same text and only company recognition differs.
//
// Run as a script (`node companies.js compromise NEWSMARK HTML`), this file is the adapter
// that prints compromise's organisations as a newsmark JSON document.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runScorer, cell } = require('./scorer');

// ------------------------------------------------------------------ the adapter

function compromiseDocument(newsmark, html) {
  const doc = JSON.parse(execFileSync(newsmark, ['annotate', html], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const text = doc.text || '';
  const nlp = require('compromise');
  const annotations = [];
  let cursor = 0;
  for (const org of nlp(text).organizations().json({ offset: true })) {
    const name = org.text.replace(/[\s.,;:!?'"’]+$/u, '').replace(/^[\s'"‘]+/u, '');
    if (!name) continue;
    // Trust compromise's offset when it points at the name; else find the name after the last one.
    let start = org.offset && text.substr(org.offset.start, name.length) === name ? org.offset.start : text.indexOf(name, cursor);
    if (start < 0) start = text.indexOf(name);
    if (start < 0) continue;
    cursor = start + name.length;
    annotations.push({ id: `a${annotations.length + 1}`, type: 'company', start, end: start + name.length, text: name, name });
  }
  return { version: 1, lang: doc.lang, title: doc.title, text, annotations, entities: [], warnings: [] };
}

if (require.main === module) {
  const [, , peer, newsmark, html] = process.argv;
  if (peer !== 'compromise' || !newsmark || !html) {
    console.error('usage: node companies.js compromise NEWSMARK_BINARY PAGE.html');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(compromiseDocument(newsmark, html)) + '\n');
}

// ------------------------------------------------------------------ the evaluation

// Gold files of `dir` grouped by language, each rewritten into a temporary folder with an
// absolute page path, so that the scorer gives with_detail figures per language.
function goldByLanguage(dir, tmp) {
  const groups = new Map();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    gold.file = path.resolve(dir, '..', gold.file);
    const lang = gold.lang || '?';
    const out = path.join(tmp, `${path.basename(path.dirname(dir))}-${lang}`, 'gold');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, f), JSON.stringify(gold));
    groups.set(lang, { dir: out, files: (groups.get(lang) || { files: 0 }).files + 1 });
  }
  return groups;
}

function score(shared, goldDir, cmd) {
  return runScorer(shared, ['articles', '--gold', goldDir, '--cmd', cmd]);
}

async function run({ root, shared }) {
  const newsmark = path.join(root, 'build', 'native', 'newsmark');
  const scorer = shared && path.join(shared, 'tools', 'score.py');
  if (!scorer || !fs.existsSync(scorer)) {
    console.log(`companies: the scorer (${shared || '../shared'}/tools/score.py) is absent; skipped`);
    return;
  }
  if (!fs.existsSync(newsmark)) {
    console.log(`companies: ${newsmark} is not built; skipped`);
    return;
  }
  const tools = [
    { name: 'newsmark', cmd: `${newsmark} annotate {html}` },
    { name: 'compromise', cmd: `node ${__filename} compromise ${newsmark} {html}` },
  ];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-companies-'));
  try {
    const sets = [];
    for (const [lang, g] of goldByLanguage(path.join(root, 'tests', 'gold'), tmp)) sets.push({ label: `tests/gold ${lang} (${g.files})`, dir: g.dir });
    const seed = path.join(shared, 'gold');
    if (fs.existsSync(seed)) {
      sets.push({ label: `seed (${fs.readdirSync(seed).filter((n) => n.endsWith('.json')).length})`, dir: seed });
    } else {
      console.log(`(seed gold ${seed} is absent; seed figures skipped)`);
    }
    console.log('company mentions, F1 with the canonical name right (span-only F1 in brackets)\n');
    console.log(`${'gold'.padEnd(20)} ${'tool'.padEnd(12)} ${'with_detail'.padEnd(32)} span`);
    for (const set of sets) {
      for (const tool of tools) {
        const s = score(shared, set.dir, tool.cmd);
        if (s.error || !s.company) {
          console.log(`${set.label.padEnd(20)} ${tool.name.padEnd(12)} -- ${s.error || 'no company figures'}`);
          continue;
        }
        const failed = s.failed && s.failed.length ? `  (${s.failed.length} page(s) failed)` : '';
        console.log(`${set.label.padEnd(20)} ${tool.name.padEnd(12)} ${cell(s.company.with_detail).padEnd(32)} ` +
                    `[${s.company.span.f1.toFixed(3)}]${failed}`);
      }
    }
    console.log('\ncompromise reads the text newsmark extracted; its organisation text serves as its canonical name.');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { run };
