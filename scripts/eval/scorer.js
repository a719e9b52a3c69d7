// Runs ../shared/tools/score.py for the evaluation modules and formats its figures.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

// The scorer's --json summary for `args` (e.g. ['articles', '--gold', DIR, '--cmd', CMD]),
// or { error } with the first line of what went wrong.
function runScorer(shared, args) {
  try {
    const out = execFileSync('python3', [path.join(shared, 'tools', 'score.py'), ...args, '--json'],
      { encoding: 'utf8', maxBuffer: 256 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (err) {
    return { error: String(err.stderr || err.message).split('\n')[0].slice(0, 120) };
  }
}

// "F1 (P precision R recall)" of a scorer row, with `digits` decimals.
function cell(row, digits = 3) {
  return `${row.f1.toFixed(digits)} (P ${row.precision.toFixed(digits)} R ${row.recall.toFixed(digits)})`;
}

module.exports = { runScorer, cell };
