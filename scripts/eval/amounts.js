// `npm run eval`, amounts stage: newsmark's money amounts beside compromise's money() and
// Microsoft Recognizers' currency model, on Duckling's money corpora and on our own case
// files (tests/cases/amounts-*.jsonl), every tool scored by the same scorer in this run.
'use strict';
const fs = require('fs');
const path = require('path');
const { runScorer, cell } = require('./scorer');
const { RUNS, bestWallMs } = require('./timing');

function caseFiles(root, shared) {
  const corpora = ['duckling-ko.jsonl', 'duckling-en.jsonl'].map((f) => path.join(shared, 'corpora', 'money', f));
  const ownDir = path.join(root, 'tests', 'cases');
  const own = fs.existsSync(ownDir)
    ? fs.readdirSync(ownDir).filter((f) => /^amounts-.*\.jsonl$/.test(f)).sort().map((f) => path.join(ownDir, f))
    : [];
  return [...corpora, ...own].filter((f) => fs.existsSync(f));
}

function tools(root) {
  const adapter = path.join(__dirname, 'peer-money.js');
  return [
    { name: 'newsmark', cmd: `${path.join(root, 'build', 'native', 'newsmark')} annotate --text --jsonl`,
      needs: path.join(root, 'build', 'native', 'newsmark') },
    { name: 'compromise', cmd: `node ${adapter} compromise` },
    { name: 'ms-recognizers', cmd: `node ${adapter} microsoft` },
  ];
}

// The scorer's summary for one tool on one case file, or the reason there is none.
function score(shared, file, tool) {
  if (tool.needs && !fs.existsSync(tool.needs)) return { error: `${tool.needs} not built` };
  return runScorer(shared, ['cases', '--cases', file, '--cmd', tool.cmd]);
}

async function run({ root, shared }) {
  if (!shared || !fs.existsSync(path.join(shared, 'tools', 'score.py'))) {
    console.log(`amounts: the scorer and corpora (${shared || '../shared'}) are absent; skipped`);
    return;
  }
  const files = caseFiles(root, shared);
  console.log('money amounts, F1 with value and currency (span-only F1 in brackets)\n');
  console.log(`${'cases'.padEnd(24)} ${'tool'.padEnd(15)} ${'with_detail'.padEnd(32)} span`);
  for (const file of files) {
    for (const tool of tools(root)) {
      const s = score(shared, file, tool);
      const label = `${path.basename(file, '.jsonl')} (${s.cases || '?'})`;
      if (s.error) {
        console.log(`${label.padEnd(24)} ${tool.name.padEnd(15)} -- ${s.error}`);
        continue;
      }
      console.log(`${label.padEnd(24)} ${tool.name.padEnd(15)} ${cell(s.with_detail).padEnd(32)} [${s.span.f1.toFixed(3)}]`);
    }
  }
  console.log('\nms-recognizers runs with culture en-us on every file: the suite has no Korean.');
  reportKoreanMegabyte(root);
}

// The native CLI on 1 MB of dense Korean news text: our own fixture article, repeated.
function reportKoreanMegabyte(root) {
  const cli = path.join(root, 'build', 'native', 'newsmark');
  if (!fs.existsSync(cli)) return;
  const article = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'ko-battery-investment.txt'), 'utf8').trim();
  const copies = Math.ceil(1e6 / Buffer.byteLength(article + '\n\n'));
  const text = Array(copies).fill(article).join('\n\n');
  const ms = bestWallMs(cli, ['annotate', '--text', '-'], text);
  console.log(`native CLI on ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB of Korean news text (wall time, best of ${RUNS}): ` +
    `${ms.toFixed(1)} ms (bar: under 100 ms)`);
}

module.exports = { run };
