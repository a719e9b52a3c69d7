// Wall time of the native CLI, the way a user runs it: one process per input, best of
// RUNS runs (the first run of a page also pays for the disk cache and the CPU's clock).
'use strict';
const { spawnSync } = require('child_process');

const RUNS = 3;

// Best wall time in milliseconds of `cli ...args`, given `input` on standard input.
function bestWallMs(cli, args, input) {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(cli, args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
    if (run.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited with ${run.status}`);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

module.exports = { RUNS, bestWallMs };
