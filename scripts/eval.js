#!/usr/bin/env node
// `npm run eval`: quality figures of newsmark beside its peers, scored by the same
// scorer (../shared/tools/score.py) in the same run. Each stage has its own module in
// scripts/eval/: extraction (vs Readability.js), amounts (vs compromise and Microsoft
// Recognizers), companies (vs compromise), claims.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const STAGES = ['extraction', 'amounts', 'companies', 'claims'];

(async () => {
  if (!fs.existsSync(path.join(shared, 'tools', 'score.py'))) {
    console.log(`eval: ${shared} is absent: the scorer and the corpora live there; nothing to measure`);
    return;
  }
  for (const stage of STAGES) {
    const file = path.join(__dirname, 'eval', `${stage}.js`);
    console.log(`\n## ${stage}`);
    if (!fs.existsSync(file)) {
      console.log(`(no evaluation for ${stage} yet)`);
      continue;
    }
    await require(file).run({ root, shared });
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
