// `npm run eval`, extraction stage: newsmark's article extraction beside Readability.js
// (@mozilla/readability on linkedom, through peer-readability.js) on the Readability test
// pages and on the reference page, every tool scored by the same scorer in this run;
// then the slowest page of the native CLI.
'use strict';
const fs = require('fs');
const path = require('path');
const { runScorer, cell } = require('./scorer');
const { RUNS, bestWallMs } = require('./timing');

function goldSets(shared) {
  return [
    { name: 'readability', dir: path.join(shared, 'corpora', 'readability', 'gold') },
    { name: 'seed page', dir: path.join(shared, 'gold') },
  ].filter((g) => fs.existsSync(g.dir));
}

function tools(root) {
  const cli = path.join(root, 'build', 'native', 'newsmark');
  return [
    { name: 'newsmark', cmd: `${cli} annotate {html}`, needs: cli },
    { name: 'readability.js', cmd: `node ${path.join(__dirname, 'peer-readability.js')} {html}` },
  ];
}

// The scorer's summary for one tool on one gold set, or the reason there is none.
function score(shared, gold, tool) {
  if (tool.needs && !fs.existsSync(tool.needs)) return { error: `${tool.needs} not built` };
  return runScorer(shared, ['articles', '--gold', gold.dir, '--cmd', tool.cmd]);
}

// The HTML pages a gold set names.
function pages(gold) {
  const root = path.dirname(gold.dir);
  return fs.readdirSync(gold.dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => path.join(root, JSON.parse(fs.readFileSync(path.join(gold.dir, f), 'utf8')).file));
}

// The slowest page of the native CLI (wall time of `newsmark annotate PAGE`).
function slowest(cli, files) {
  let worst = { ms: 0, file: '' };
  for (const file of files) {
    const ms = bestWallMs(cli, ['annotate', file]);
    if (ms > worst.ms) worst = { ms, file };
  }
  return worst;
}

async function run({ root, shared }) {
  if (!shared || !fs.existsSync(path.join(shared, 'tools', 'score.py'))) {
    console.log(`extraction: the scorer and corpora (${shared || '../shared'}) are absent; skipped`);
    return;
  }
  const sets = goldSets(shared);
  console.log('article extraction, word F1 over each gold set (titles exact)\n');
  console.log(`${'gold set'.padEnd(22)} ${'tool'.padEnd(15)} ${'extraction'.padEnd(40)} titles`);
  for (const gold of sets) {
    for (const tool of tools(root)) {
      const s = score(shared, gold, tool);
      const label = `${gold.name} (${s.files || '?'})`;
      if (s.error) {
        console.log(`${label.padEnd(22)} ${tool.name.padEnd(15)} -- ${s.error}`);
        continue;
      }
      const failed = s.failed && s.failed.length ? `  (${s.failed.length} failed)` : '';
      console.log(`${label.padEnd(22)} ${tool.name.padEnd(15)} ${cell(s.extraction, 4).padEnd(40)} ${s.titles_exact}${failed}`);
    }
  }
  const cli = path.join(root, 'build', 'native', 'newsmark');
  if (fs.existsSync(cli)) {
    const worst = slowest(cli, sets.flatMap(pages));
    console.log(`\nslowest page, native CLI (whole pipeline, wall time, best of ${RUNS}): ${worst.ms.toFixed(1)} ms, ` +
      `${path.basename(worst.file)} (bar: under 50 ms)`);
  }
}

module.exports = { run };
