#!/usr/bin/env node
// The web build's size budget (GUIDE convention 15): what the first page load fetches, gzipped, and the
// largest lazily loaded chunk. Run after `vite build`; fails with the figures when a budget is exceeded.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import process from 'node:process';

const DIST = 'dist/web';
const BUDGET = { initialGzipKb: 220, largestChunkGzipKb: 160 };

// The build writes `<file>.gz` (gzip -9) beside each file, which is what the server sends; measure that, and
// compress the same way where it is missing. Only `.js`/`.css` names are listed, never the `.gz`/`.br` copies.
const gzipKb = (file) => {
  const path = join(DIST, file);
  const bytes = existsSync(`${path}.gz`)
    ? readFileSync(`${path}.gz`)
    : gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION });
  return bytes.length / 1024;
};
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
const largest = chunks
  .map((f) => ({ file: f, kb: gzipKb(join('assets', f)) }))
  .sort((a, b) => b.kb - a.kb)[0];

const lines = [
  `first load: ${initialKb.toFixed(1)} kB gzip (budget ${BUDGET.initialGzipKb}) over ${initial.length} files`,
  `largest chunk: ${largest.file} ${largest.kb.toFixed(1)} kB gzip (budget ${BUDGET.largestChunkGzipKb})`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (initialKb > BUDGET.initialGzipKb || largest.kb > BUDGET.largestChunkGzipKb) {
  process.stderr.write('Bundle size budget exceeded: split the chunk or lazy-load the dependency.\n');
  process.exit(1);
}
