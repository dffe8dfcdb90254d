#!/usr/bin/env node
// Writes the recorded SSB answers tests use (test/fixtures/ssb/*.json) from the shipped reference data, in the
// JSON-stat 2 form SSB's API answers in, so `flokk ssb update` is tested without the network. The queries are
// those of src/case/reference/ssb-tables.ts; the answers hold the shipped figures and `..` for the rest.
// Run it again after changing the shipped data or the queries (a test says when the files are stale).
//
//   node scripts/reference-data/build-ssb-fixtures.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const { register } = await import('tsx/esm/api');
register();
const { shippedReferenceData } = await import('../../src/case/reference/reference-data.ts');
const { buildSsbFixtures } = await import('../../test/fixtures/ssb/ssb-fixtures.ts');

const OUT = fileURLToPath(new URL('../../test/fixtures/ssb/', import.meta.url));
mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT).filter((f) => f.endsWith('.json'))) rmSync(OUT + old);
const fixtures = buildSsbFixtures(shippedReferenceData());
for (const { file, body } of fixtures) writeFileSync(OUT + file, `${JSON.stringify(body)}\n`);
const index = Object.fromEntries(fixtures.map(({ file, url }) => [url, file]));
writeFileSync(OUT + 'index.json', `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(`${fixtures.length} recorded answers → ${OUT}\n`);
