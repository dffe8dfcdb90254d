#!/usr/bin/env node
// Builds the reference data Flokk ships (src/case/reference/data/*.json) from the project's checked copies of
// SSB and Kartverket figures in ../shared/data (see their PROVENANCE.md, summarised in
// src/case/reference/data/PROVENANCE.md). A development step only: the product never reads ../shared, and
// `flokk ssb update` refreshes the same files' contents from SSB's API where the network allows.
//
//   node scripts/reference-data/build-from-shared.mjs [../shared/data]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = resolve(ROOT, process.argv[2] ?? '../shared/data');
const OUT = resolve(ROOT, 'src/case/reference/data');

/** RFC 4180 CSV with quoted fields; enough for these files (no embedded newlines). */
function readCsv(path) {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const split = (line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const [header, ...rows] = lines.map(split);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

const extra = readCsv(resolve(SHARED, 'municipalities/kommuner_extra.csv'));
const groups = new Map(readCsv(resolve(SHARED, 'kostra/kostragruppe.csv')).map((r) => [r.kommunenummer, r]));
const neighbours = readCsv(resolve(SHARED, 'municipalities/neighbours.csv'));

const municipalities = extra.map((r) => {
  const group = groups.get(r.kommunenummer);
  if (!group) throw new Error(`No KOSTRA group for ${r.kommunenummer}`);
  return {
    number: r.kommunenummer,
    name: r.name,
    officialName: r.name_official,
    countyNumber: r.fylkesnummer,
    county: r.fylke,
    // Population at 1 January of each year (SSB 07459).
    population: {
      2024: Number(r.population_2024),
      2025: Number(r.population_2025),
      2026: Number(r.population_2026),
    },
    areaKm2: Number(r.area_km2),
    kostraGroup: Number(group.kostragruppe),
    neighbours: neighbours
      .filter((n) => n.a === r.kommunenummer || n.b === r.kommunenummer)
      .map((n) => ({ number: n.a === r.kommunenummer ? n.b : n.a, border: n.border }))
      .sort((x, y) => x.number.localeCompare(y.number)),
  };
});

const kostra = readCsv(resolve(SHARED, 'kostra/netto_driftsutgifter_melhus.csv')).map((r) => ({
  region: r.kommunenummer,
  year: Number(r.year),
  code: r.code,
  label: r.label,
  amount1000Nok: Number(r.net_operating_expenditure_1000nok),
  perInhabitantNok: Number(r.net_operating_expenditure_per_inhabitant_nok),
  // Single functions are SSB table 12367 (functions × art); function groups and the total are 12362.
  table: /^\d+$/.test(r.code) ? '12367' : '12362',
}));

// One record per line: small, and a diff after `flokk ssb update` shows which municipality changed.
const json = (rows) => `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
writeFileSync(resolve(OUT, 'municipalities.json'), json(municipalities));
writeFileSync(resolve(OUT, 'kostra-indicators.json'), json(kostra));
process.stdout.write(`${municipalities.length} municipalities, ${kostra.length} KOSTRA figures → ${OUT}\n`);
