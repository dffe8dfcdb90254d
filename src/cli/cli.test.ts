import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import type { BaselineView } from './baseline-view.ts';
import { serveOptions, startupText } from './commands/serve.ts';
import { runCli } from './main.ts';
import { runCliCapture, type CliRun } from './run-cli.test-helpers.ts';
import { cliMessages } from './messages.ts';

const NBSP = '\u00a0';

let dir = '';

const run = (...argv: string[]): Promise<CliRun> => runCliCapture(argv, dir);

/** The default case as plain data with one change applied, written to `name` in the temp folder. */
async function writeCase(
  name: string,
  change: (doc: { baseline: Record<string, unknown>[] }) => void = () => {},
) {
  const doc = JSON.parse(JSON.stringify(defaultCaseInput)) as { baseline: Record<string, unknown>[] };
  change(doc);
  await writeFile(join(dir, name), name.endsWith('.json') ? JSON.stringify(doc, null, 2) : stringify(doc));
  return name;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk show --default --json', () => {
  it('gives the totals computed from the rows, per area and scope', async () => {
    const result = await run('show', '--default', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(result.stdout) as BaselineView;
    expect(view.caseId).toBe('skaun-melhus-midtre-gauldal');
    expect(view.tables.map((t) => [t.areaId, t.scope, t.total])).toEqual([
      ['lonn-regnskap-fakturering', 'central', { fte: 17.6, labourCost: 14_800_000, complete: true }],
      ['lonn-regnskap-fakturering', 'decentral', { fte: 6.44, labourCost: 4_200_000, complete: true }],
      ['sentralbord', 'central', { fte: 2.6, labourCost: 2_080_000, complete: true }],
      // The saksframlegg's TOTALT row says 6 420 000 kr; its rows sum to 6 320 000 kr (see default-case.test.ts).
      ['arkiv-postmottak', 'central', { fte: 7.9, labourCost: 6_320_000, complete: true }],
    ]);
  });

  it('withholds ages of small groups as a reader’s view, and keeps missing ages apart from withheld ones', async () => {
    const view = JSON.parse((await run('show', '--default', '--json')).stdout) as BaselineView;
    const [payroll, decentral, switchboard] = view.tables;
    expect(payroll?.rows.map((r) => [r.municipalityName, r.agesSuppressed, r.ages])).toEqual([
      ['Midtre Gauldal', false, { kind: 'range', min: 30, max: 60 }],
      ['Melhus', false, { kind: 'range', min: 47, max: 66 }],
      ['Skaun', false, { kind: 'range', min: 59, max: 66 }],
    ]);
    expect(decentral?.rows).toEqual([
      {
        municipalityNumber: '5028',
        municipalityName: 'Melhus',
        fte: 6.44,
        labourCost: 4_200_000,
        ages: null,
        agesSuppressed: false,
      },
    ]);
    expect(switchboard?.rows.every((r) => r.ages === null && r.agesSuppressed)).toBe(true);
  });
});

describe('flokk show --default (text)', () => {
  it('prints aligned tables with nb-NO figures, ":" for withheld ages and ".." for missing ones', async () => {
    const { code, stdout } = await run('show', '--default');
    expect(code).toBe(0);
    expect(stdout).toContain('Lønn, regnskap og fakturering – sentralt');
    expect(stdout).toContain('Lønn, regnskap og fakturering – desentralt');
    expect(stdout).toContain('17,6');
    expect(stdout).toContain(`14${NBSP}800${NBSP}000 kr`);
    expect(stdout).toMatch(/^Midtre Gauldal +0,8 +640\u00a0000 kr {2}:$/m);
    expect(stdout).toMatch(/^Melhus +6,44 +4\u00a0200\u00a0000 kr {2}\.\.$/m);
    expect(stdout).toMatch(/^Totalt +17,6 +14\u00a0800\u00a0000 kr$/m);
  });

  it('words headings in English with --lang en and keeps Norwegian number formats', async () => {
    const { stdout } = await run('show', '--default', '--lang', 'en');
    expect(stdout).toContain('Payroll, accounting and invoicing – central');
    expect(stdout).toMatch(/^Total +17,6 +14\u00a0800\u00a0000 kr$/m);
  });
});

describe('flokk validate', () => {
  it('accepts a valid JSON case', async () => {
    const file = await writeCase('ok.json');
    const { code, stdout } = await run('validate', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK: Bærekraftige og innovative kommuner 2030 .* \(schemaVersion 2\)\n$/);
  });

  it('accepts a valid YAML case (.yaml and .yml)', async () => {
    for (const name of ['ok.yaml', 'ok.yml']) {
      const result = await run('validate', await writeCase(name));
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('OK:');
    }
  });

  it('names the field of a negative FTE in words (row, area, field) and exits with 1', async () => {
    const file = await writeCase('negative-fte.json', (doc) => {
      const row = doc.baseline[2];
      if (row) row['fte'] = -1;
    });
    const { code, stdout, stderr } = await run('validate', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Skaun, Lønn, regnskap og fakturering: årsverk: .+$/m);
    expect(stderr).not.toContain('baseline[');
  });

  it('names the field in YAML too, and in the language asked for', async () => {
    const file = await writeCase('unknown-area.yaml', (doc) => {
      const row = doc.baseline[0];
      if (row) row['areaId'] = 'ukjent';
    });
    const { code, stderr } = await run('validate', file, '--lang', 'nn');
    expect(code).toBe(1);
    expect(stderr).toContain('Midtre Gauldal, ukjent: tenesteområde: Viser til noko som ikkje finst i saka');
  });

  it('reports JSON syntax errors as invalid_json with line and column', async () => {
    await writeFile(join(dir, 'broken.json'), '{\n  "a": 1,\n  "b" 2\n}\n');
    const { code, stderr } = await run('validate', 'broken.json');
    expect(code).toBe(1);
    expect(stderr).toContain('Ikke gyldig JSON eller YAML (linje 3, kolonne 7)');
  });

  it('reports YAML syntax errors with line and column', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'id: x\nbaseline: [1, 2\ntitle: y\n');
    const { code, stderr } = await run('validate', 'broken.yaml', '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toMatch(/Not valid JSON or YAML \(line \d+, column \d+\)/);
  });

  it('refuses a document that is not an object', async () => {
    await writeFile(join(dir, 'list.json'), '[]');
    const { code, stderr } = await run('validate', 'list.json');
    expect(code).toBe(1);
    expect(stderr).toContain('Saken må være et JSON- eller YAML-objekt');
  });

  it('exits with 2 for a missing file, an unknown extension and a missing argument', async () => {
    expect(await run('validate', 'finnes-ikke.json')).toMatchObject({
      code: 2,
      stderr: 'Fant ikke filen finnes-ikke.json\n',
    });
    expect((await run('validate', 'case.txt')).code).toBe(2);
    expect((await run('validate')).code).toBe(2);
  });
});

describe('usage', () => {
  it('prints the commands for --help and exits with 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    for (const name of ['serve', 'validate', 'show']) expect(stdout).toContain(`  ${name} `);
  });

  it('prints each command’s help without running it', async () => {
    for (const name of ['serve', 'validate', 'show']) {
      const { code, stdout } = await run(name, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain(`flokk ${name}`);
    }
  });

  it('prints the usage and exits with 2 for an unknown command, an unknown option or no command', async () => {
    const unknown = await run('frobnicate');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('Ukjent kommando: frobnicate');
    expect(unknown.stderr).toContain('validate');
    const option = await run('show', '--default', '--colour');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Ukjent valg: --colour');
    expect((await run()).code).toBe(2);
  });

  it('refuses an unknown language', async () => {
    const { code, stderr } = await run('show', '--default', '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('Ukjent språk «de»');
  });

  it('answers an unexpected failure with exit code 70 and a generic message', async () => {
    const err: string[] = [];
    const failingStdout = () => {
      throw new Error('EPIPE: internal detail');
    };
    const code = await runCli(
      ['show', '--default'],
      { stdout: failingStdout, stderr: (t) => err.push(t) },
      { env: {}, cwd: dir },
    );
    expect(code).toBe(70);
    expect(err.join('')).toBe('Det oppstod en uventet feil i Flokk.\n');
  });
});

describe('flokk serve: options and start-up text', () => {
  const context = { cwd: '/srv/flokk', language: 'nb' as const };

  it('takes flags before environment variables, and data in ./data by default', () => {
    expect(serveOptions({}, { ...context, env: {} })).toEqual({ dataDir: '/srv/flokk/data' });
    const env = {
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db:5432/flokk',
      FLOKK_DATA_DIR: 'var',
      FLOKK_OWNER_PASSWORD: 'hemmelig-passord',
    };
    expect(serveOptions({ port: '3001' }, { ...context, env })).toEqual({
      port: 3001,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/flokk',
      dataDir: '/srv/flokk/var',
      ownerPassword: 'hemmelig-passord',
    });
  });

  it('refuses a port that is not a whole number from 0 to 65535', () => {
    for (const port of ['abc', '-1', '70000', '80.5']) {
      expect(() => serveOptions({ port }, { ...context, env: {} })).toThrow(/Ugyldig port/);
    }
  });

  const messages = cliMessages('nb');
  const server = { url: 'http://127.0.0.1:3000', driver: 'pglite' as const };

  it('prints the address, the storage and the new owner’s password on first start', () => {
    const text = startupText(
      { ...server, owner: { email: 'eier@flokk.local', password: 'abc-def-ghi' } },
      { dataDir: '/d' },
      messages,
    );
    expect(text).toContain('Flokk kjører på http://127.0.0.1:3000');
    expect(text).toContain('innebygd PostgreSQL (PGlite) i /d');
    expect(text).toContain('e-post:  eier@flokk.local');
    expect(text).toContain('passord: abc-def-ghi');
  });

  it('says where the password came from on later starts, and never prints database credentials', () => {
    const options = { dataDir: '/d', databaseUrl: 'postgres://user:secret@db.example:5432/flokk' };
    const text = startupText(
      { ...server, driver: 'postgres', owner: { email: 'eier@flokk.local', password: null } },
      options,
      messages,
    );
    expect(text).toContain('PostgreSQL-server db.example:5432/flokk');
    expect(text).toContain('første gang Flokk startet');
    expect(text).toContain('FLOKK_OWNER_PASSWORD');
    expect(text).not.toContain('secret');
  });

  it('does not echo a password chosen with FLOKK_OWNER_PASSWORD', () => {
    const options = { dataDir: '/d', ownerPassword: 'mitt-eget-passord' };
    const text = startupText(
      { ...server, owner: { email: 'eier@flokk.local', password: 'mitt-eget-passord' } },
      options,
      messages,
    );
    expect(text).not.toContain('mitt-eget-passord');
    expect(text).toContain('FLOKK_OWNER_PASSWORD');
  });
});

describe('flokk show: the sources’ own TOTALT rows', () => {
  it('reports where a stated total differs from the sum of the rows', async () => {
    const { code, stdout } = await run('show', '--default', '--json');
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as BaselineView;
    const byArea = Object.fromEntries(view.tables.map((t) => [`${t.areaId}/${t.scope}`, t.discrepancies]));
    // 1 360 000 + 2 960 000 + 2 000 000 = 6 320 000, but the archive table's TOTALT row says 6 420 000.
    expect(byArea['arkiv-postmottak/central']).toEqual([
      expect.objectContaining({
        field: 'labourCost',
        documented: 6_420_000,
        computed: 6_320_000,
        difference: -100_000,
      }),
    ]);
    expect(byArea['lonn-regnskap-fakturering/central']).toEqual([]);
    expect(byArea['sentralbord/central']).toEqual([]);
  });

  it('says so in the text table', async () => {
    const { stdout } = await run('show', '--default');
    expect(stdout).toContain(
      `oppgir lønnskostnad 6${NBSP}420${NBSP}000 kr; summen av radene er 6${NBSP}320${NBSP}000 kr`,
    );
  });
});

describe('flokk analyse', () => {
  interface AnalysisJson {
    monteCarlo: {
      status: string;
      total: { npv: { p10: number; p50: number; p90: number } };
      seed: number;
      draws: number;
    };
    summary: { perMunicipality: Record<string, { npv: number }> };
  }

  it('prints NPV per municipality with P10/P50/P90, reproducibly for a seed', async () => {
    const args = [
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      '300',
      '--seed',
      '11',
      '--json',
    ];
    const first = await run(...args);
    const second = await run(...args);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const json = JSON.parse(first.stdout) as AnalysisJson;
    expect(json.monteCarlo).toMatchObject({ status: 'done', draws: 300, seed: 11 });
    const { p10, p50, p90 } = json.monteCarlo.total.npv;
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    expect(Object.keys(json.summary.perMunicipality)).toEqual(['5027', '5028', '5029']);
  });

  it('shows the table, the tornado and the discount convention as text', async () => {
    const { code, stdout } = await run(
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      '200',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Kalkulasjonsrente: 4,0 % fra år 0, 3,0 % fra år 41, 2,0 % fra år 76');
    expect(stdout).toContain('Innsparing – Lønn, regnskap og fakturering');
  });

  it('lists every placeholder and missing cost, shows both views and no payback before the unit starts', async () => {
    const { code, stdout } = await run(
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      '50',
    );
    expect(code).toBe(0);
    // The answer first: what the result rests on.
    expect(stdout.split('\n')[2]).toMatch(
      /^Resultatet bygger på \d+ plassholdere .* og 30 kostnader som ikke er anslått/,
    );
    expect(stdout).toContain('Plassholdere (ikke fastsatt)');
    expect(stdout).toContain(
      '  - Fordelingsnøkkel for driften – Sentralbord (bør fastsettes av Kommunestyrene)',
    );
    expect(stdout).toContain('  - Prosjektledelse – Arkiv og postmottak');
    expect(stdout).toMatch(
      / {2}- prosjektskjonn 1\s100\s000 kr: tilskuddet er ikke knyttet til en kostnad det finansierer/,
    );
    // Both named views.
    expect(stdout).toMatch(
      /Budsjettvisning: netto virkning per kommune i økonomiplanårene 2026–2029, nominelle kroner/,
    );
    expect(stdout).toMatch(/Samfunnsøkonomisk visning: alle kommunene og staten samlet, faste 2025-kroner/);
    expect(stdout).toContain('Skattefinansieringskostnad (20 % av endringen i offentlige utgifter)');
    // No costs before the start in 2027, so nothing to pay back: no year is shown, and no IRR.
    expect(stdout).not.toMatch(/\b2026\s+ikke meningsfull/);
    expect(stdout).toContain('ingen utlegg  ikke meningsfull: ingen utlegg');
    expect(stdout).toContain('Innsparing og naturlig avgang');
    // Non-priced effects beside the priced result; nobody has assessed them yet.
    expect(stdout).toContain(
      '  - Redusert sårbarhet: Midtre Gauldal ikke vurdert, Melhus ikke vurdert, Skaun ikke vurdert',
    );
  });

  it('carries the placeholders, both views and the attrition check in --json', async () => {
    const { stdout } = await run(
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      '10',
      '--json',
    );
    const json = JSON.parse(stdout) as {
      placeholders: { placeholders: { label: string; toBeSetBy: string | null }[]; missingCosts: unknown[] };
      budget: { years: number[] };
      socioEconomic: { npv: number; convention: { taxFinancingRate: number } };
      summary: { total: { paybackYear: number | null; paybackStatus: string; irr: { kind: string } } };
      attrition: { areaId: string }[];
    };
    expect(json.placeholders.placeholders.map((p) => p.label)).toContain('Reallønnsvekst');
    expect(json.placeholders.missingCosts).toHaveLength(30);
    expect(json.budget.years).toEqual([2026, 2027, 2028, 2029]);
    expect(json.socioEconomic.convention.taxFinancingRate).toBe(0.2);
    expect(json.summary.total).toMatchObject({
      paybackYear: null,
      paybackStatus: 'no_outlay',
      irr: { kind: 'not_meaningful' },
    });
    expect(json.attrition.map((a) => a.areaId)).toEqual([
      'lonn-regnskap-fakturering',
      'sentralbord',
      'arkiv-postmottak',
    ]);
  });

  it('names the scenarios when the one asked for does not exist, and rejects bad draws', async () => {
    const unknown = await run('analyse', '--default', '--scenario', 'finnes-ikke');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('administrative-tjenester');
    const bad = await run(
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      'mange',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--draws');
  });
});
