import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import type { CaseFeasibilityMatrix } from '../case/model-choice/feasibility-matrix.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-models-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runCliCapture(argv, dir);

/** A copy of the default case with a test session (weights and scores made up for the test, not from the seeds). */
async function caseWithSession(): Promise<string> {
  const doc = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const criteria = ['styringsstruktur', 'demokratisk-kontroll', 'okonomi-kostnadsdeling'];
  const scoresFor = (modelId: string, values: number[]) =>
    criteria.map((criterionId, i) => ({ modelId, criterionId, score: values[i], scoredBy: 'Test' }));
  doc.criteriaSets = [
    ...(doc.criteriaSets as Record<string, unknown>[]),
    {
      id: 'test-sett',
      name: { nb: 'Testsett' },
      purpose: 'modelChoice',
      criteria: criteria.map((id) => ({ id, name: { nb: id } })),
    },
  ];
  doc.weightingSessions = [
    {
      id: 'test',
      criteriaSetId: 'test-sett',
      aggregation: 'aip',
      serviceAreaIds: ['byggesak'],
      persons: [
        {
          id: 'a',
          role: 'Skaun',
          weighting: {
            method: 'points',
            points: { 'okonomi-kostnadsdeling': 60, 'demokratisk-kontroll': 40 },
          },
        },
      ],
      scores: [
        ...scoresFor('vertskommune-administrativ', [3, 2, 5]),
        ...scoresFor('vertskommune-nemnd', [4, 5, 2]),
        ...scoresFor('interkommunalt-politisk-rad', [5, 5, 5]),
      ],
    },
  ];
  const file = join(dir, 'session.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

describe('flokk models', () => {
  it('--default --json gives the matrix: the KO prepares building permits while each municipality decides (kommuneloven § 19-1 annet ledd)', async () => {
    const result = await run('models', '--default', '--json');
    expect(result.code).toBe(0);
    const matrix = JSON.parse(result.stdout) as CaseFeasibilityMatrix & { staffTransfers: unknown[] };
    const cell = (model: string, area: string) =>
      matrix.models.find((m) => m.modelId === model)?.cells.find((c) => c.areaId === area);
    expect(cell('kommunalt-oppgavefellesskap', 'byggesak')?.verdict).toBe('conditional');
    // Veileder om interkommunalt samarbeid kap. 3.2.2: «skal ikke produsere tjenester» – not suited, not unlawful.
    expect(cell('interkommunalt-politisk-rad', 'landbruk')?.verdict).toBe('notSuited');
    expect(cell('vertskommune-nemnd', 'sentralbord')?.verdict).toBe('lawful');
    const provisions = cell('kommunalt-oppgavefellesskap', 'byggesak')?.services[0]?.reasons.flatMap((r) =>
      r.references.map((x) => x.provision),
    );
    expect(provisions).toContain('§ 19-1 annet ledd');
    expect(matrix.staffTransfers).toEqual([]);
  });

  // Anskaffelsesforskriften §§ 3-2 and 3-3 [L1][L3]; arbeidsmiljøloven §§ 16-1 and 16-3 [S30a][L9].
  it('--json carries the procurement and staff-transfer columns', async () => {
    const matrix = JSON.parse((await run('models', '--default', '--json')).stdout) as CaseFeasibilityMatrix;
    const row = (id: string) => matrix.models.find((m) => m.modelId === id);
    expect(row('kjop-av-tjenester')?.procurement.verdict).toBe('onlyIfConditionsHold');
    expect(row('kjop-av-tjenester')?.procurement.conditions.map((c) => c.id)).toEqual([
      'common-public-objectives',
      'public-interest-only',
      'market-under-20',
    ]);
    expect(row('interkommunalt-selskap')?.procurement.route).toBe('jointControl');
    expect(row('vertskommune-administrativ')?.procurement.openQuestions).toHaveLength(1);
    expect(row('vertskommune-administrativ')?.staffTransfer.chapter16.value).toBe('applies');
    expect(row('vertskommune-administrativ')?.staffTransfer.employerAfter.value).toBe('hostMunicipality');
    expect(row('fagnettverk')?.staffTransfer.chapter16.value).toBe('noTransfer');
  });

  it('prints the procurement and staff-transfer columns, the § 16-3 right and no English flag in Norwegian', async () => {
    const result = await run('models', '--default');
    expect(result.code).toBe(0);
    const header = result.stdout.split('\n').find((l) => l.startsWith('Modell'));
    expect(header).toContain('Anskaffelse');
    expect(header).toContain('Ansatte (aml. kap. 16)');
    const purchase = result.stdout.split('\n').find((l) => l.startsWith('Avtalebasert kjøp av tjenester'));
    expect(purchase).toContain('vilkår § 3-3');
    expect(purchase).toContain('gjelder om ansatte flyttes → selgerkommunen');
    expect(result.stdout.split('\n').find((l) => l.startsWith('Administrativt'))).toContain('vilkår § 3-3?');
    expect(result.stdout).toContain('Kommunalt oppgavefellesskap');
    expect(result.stdout).toContain('ikke egnet');
    expect(result.stdout).toContain('kommuneloven § 19-1 annet ledd');
    expect(result.stdout).toContain('fortrinnsrett til ny ansettelse hos den gamle arbeidsgiveren i ett år');
    expect(result.stdout).toContain('ikke bekreftet');
    expect(result.stdout).not.toContain('UNCONFIRMED');
    const nn = await run('models', '--default', '--lang', 'nn');
    expect(nn.stdout).toContain('Anskaffing');
    expect(nn.stdout).toContain('ikkje stadfesta');
    expect(nn.stdout).not.toContain('UNCONFIRMED');
  });

  it('needs a file or --default', async () => {
    expect((await run('models')).code).not.toBe(0);
  });
});

describe('flokk rank', () => {
  it('says clearly that the default case has no weights yet', async () => {
    const result = await run('rank', '--default', '--criteria', 'modellkriterier');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ingen har vektet kriteriene i dette settet ennå');
    const json = JSON.parse(
      (await run('rank', '--default', '--criteria', 'modellkriterier', '--json')).stdout,
    ) as {
      status: string;
      ranking: unknown;
    };
    expect(json.status).toBe('noSession');
    expect(json.ranking).toBeNull();
  });

  it('asks for --criteria and names an unknown set', async () => {
    const missing = await run('rank', '--default');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('modellkriterier');
    expect((await run('rank', '--default', '--criteria', 'nei')).stderr).toContain('nei');
  });

  it('ranks the usable models of a file, leaves the political council out (not suited) and names the flip', async () => {
    const file = await caseWithSession();
    const json = JSON.parse(
      (await run('rank', file, '--criteria', 'test-sett', '--json', '--seed', '3')).stdout,
    ) as {
      status: string;
      ranking: {
        notLawful: string[];
        notSuited: string[];
        ranking: { ranking: { id: string; value: number }[] };
        sensitivity: {
          criteria: { criterionId: string; smallest: { change: number; newTop: string } | null }[];
        };
        monteCarlo: { seed: number; probabilityFirst: Record<string, number> };
      };
    };
    expect(json.status).toBe('ranked');
    expect(json.ranking.notLawful).toEqual([]);
    expect(json.ranking.notSuited).toEqual(['interkommunalt-politisk-rad']);
    expect(json.ranking.ranking.ranking.map((r) => r.id)).toEqual([
      'vertskommune-administrativ',
      'vertskommune-nemnd',
    ]);
    const control = json.ranking.sensitivity.criteria.find((c) => c.criterionId === 'demokratisk-kontroll');
    expect(control?.smallest?.change).toBeCloseTo(0.1, 9);
    expect(json.ranking.monteCarlo.seed).toBe(3);
    const text = (await run('rank', file, '--criteria', 'test-sett', '--lang', 'en')).stdout;
    expect(text).toContain('Host municipality');
    expect(text).toContain('Smallest change that changes the top model');
  });
});
