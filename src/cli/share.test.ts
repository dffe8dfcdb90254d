import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostSharingView, PlainGameView } from '../case/cost-sharing/comparison-view.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

const NBSP = '\u00a0';
const LRF = ['--scenario', 'administrative-tjenester', '--area', 'lonn-regnskap-fakturering'];

let dir = '';

const run = (...argv: string[]) => runCliCapture(argv, dir);

async function writeJson(name: string, value: unknown): Promise<string> {
  await writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-share-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk share --default', () => {
  it('gives the coalition costs, the keys and methods with their core verdicts, and the net effect as JSON', async () => {
    const result = await run('share', '--default', ...LRF, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(result.stdout) as CostSharingView & { caseId: string };
    expect(view.caseId).toBe('skaun-melhus-midtre-gauldal');
    expect(view.table.rows.slice(0, 3).map((r) => [r.members, r.cost, r.origin])).toEqual([
      [['5027'], 5_500_000, 'derived'],
      [['5028'], 5_200_000, 'derived'],
      [['5029'], 4_100_000, 'derived'],
    ]);
    const verdict = (id: string) => view.analysis?.allocations.find((r) => r.id === id)?.core.inCore;
    // With the placeholder scale curve a pair saves less than all three: the game is convex, so equal
    // shares, Shapley and the nucleolus are in the core; Melhus still pays more than alone by population.
    expect([verdict('population'), verdict('equal'), verdict('shapley'), verdict('nucleolus')]).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(view.analysis?.allocations.find((r) => r.id === 'population')?.coreSentences).toContain(
      'Melhus betaler 1,2 mill. kr mer enn alene.',
    );
    expect(view.netEffect?.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(view.netEffect?.perAllocation['nucleolus']?.['5027']?.[0]).toBe(0);
    expect(view.model[0]).toMatch(/^Én kommune alene betaler/);
    expect(view.warningTexts).toEqual([]);
  });

  it('prints the tables as text with nb-NO figures and the core check in plain Norwegian', async () => {
    const { code, stdout } = await run('share', '--default', ...LRF);
    expect(code).toBe(0);
    expect(stdout).toContain(`Midtre Gauldal + Melhus + Skaun   11${NBSP}729${NBSP}687 kr  avledet`);
    expect(stdout).toContain('Folketall: Melhus og Skaun betaler til sammen 1,5 mill. kr mer enn');
    expect(stdout).toContain('Melhus betaler 1,2 mill. kr mer enn alene.');
    expect(stdout).toContain('Netto effekt per år med Nukleolus');
    expect(stdout).toContain('Kjernen er ikke tom');
  });

  it('words it in English or nynorsk with --lang, and shows the net effect for --method', async () => {
    const en = await run('share', '--default', ...LRF, '--lang', 'en', '--method', 'shapley');
    expect(en.stdout).toContain('Melhus pays 1,2 mill. kr more than alone.');
    expect(en.stdout).toContain('Net effect per year with Shapley value as the cost key');
    const nn = await run('share', '--default', ...LRF, '--lang', 'nn');
    expect(nn.stdout).toContain('Melhus betaler 1,2 mill. kr meir enn åleine.');
  });

  it('shares the whole package without --area', async () => {
    const { code, stdout } = await run(
      'share',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--json',
    );
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as CostSharingView;
    expect(view.scope).toEqual({ kind: 'package' });
    expect(view.areaIds).toEqual(['lonn-regnskap-fakturering', 'sentralbord', 'arkiv-postmottak']);
    // Alone: 5 500 000 + 640 000 + 1 360 000 = 7 500 000 kr for Midtre Gauldal.
    expect(view.table.rows[0]?.cost).toBe(7_500_000);
  });

  it('names the areas, methods and scenarios to choose from, and exits with 2 on wrong use', async () => {
    const area = await run('share', '--default', '--scenario', 'administrative-tjenester', '--area', 'plan');
    expect(area.code).toBe(2);
    expect(area.stderr).toContain('Scenarioet har ikke området «plan». Det har: lonn-regnskap-fakturering');
    const method = await run('share', '--default', ...LRF, '--method', 'vilkårlig');
    expect(method.code).toBe(2);
    expect(method.stderr).toContain('population, equal, hybrid, shapley, nucleolus');
    const scenario = await run('share', '--default');
    expect(scenario.stderr).toContain('Velg scenario med --scenario');
    const both = await run('share', '--default', '--game', 'x.json');
    expect(both.code).toBe(2);
  });
});

describe('flokk share --game', () => {
  it('solves a plain coalition-cost table: two players, alone 6 and 8, together 11', async () => {
    // Each pays its own cost less half the saving of 3: Shapley and nucleolus (4.5, 6.5). Equal shares
    // (5.5, 5.5) keep both below their own cost, so they are in the core too.
    const file = await writeJson('to.json', {
      players: ['A', 'B'],
      costs: [
        { coalition: ['A'], cost: 6 },
        { coalition: ['B'], cost: 8 },
        { coalition: ['A', 'B'], cost: 11 },
      ],
    });
    const result = await run('share', '--game', file, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(result.stdout) as PlainGameView;
    expect(view.players.map((p) => p.municipality)).toEqual(['A', 'B']);
    expect(view.table.rows.map((r) => [r.members, r.cost])).toEqual([
      [['A'], 6],
      [['B'], 8],
      [['A', 'B'], 11],
    ]);
    const amounts = (id: string) => view.analysis.allocations.find((r) => r.id === id)?.amounts;
    expect(amounts('shapley')).toEqual([4.5, 6.5]);
    amounts('nucleolus')?.forEach((x, i) => expect(x).toBeCloseTo([4.5, 6.5][i] as number, 9));
    expect(amounts('equal')).toEqual([5.5, 5.5]);
    expect(view.analysis.allocations.find((r) => r.id === 'equal')?.core.inCore).toBe(true);
    expect(view.analysis.totalCost).toBe(11);
  });

  it('tells which player pays more than alone in a three-player game, as text', async () => {
    // Young (1985), IJGT 14(2), p. 68: c(1) = 15, c(2) = 20, c(3) = 55, c(12) = 35, c(13) = 61, c(23) = 65,
    // c(N) = 78. Equal shares of 26 make player 1 pay 11 more than its 15 alone.
    const file = await writeJson('young.json', {
      players: ['1', '2', '3'],
      costs: [
        { coalition: ['1'], cost: 15 },
        { coalition: ['2'], cost: 20 },
        { coalition: ['3'], cost: 55 },
        { coalition: ['1', '2'], cost: 35 },
        { coalition: ['1', '3'], cost: 61 },
        { coalition: ['2', '3'], cost: 65 },
        { coalition: ['1', '2', '3'], cost: 78 },
      ],
    });
    const { code, stdout } = await run('share', '--game', file);
    expect(code).toBe(0);
    expect(stdout).toContain('1 betaler 11 kr mer enn alene.');
    expect(stdout).toContain('Kostnadsspill fra young.json');
  });

  it('names the row and field of an invalid table and exits with 1', async () => {
    const file = await writeJson('feil.json', {
      players: ['A', 'B'],
      costs: [
        { coalition: ['A'], cost: 6 },
        { coalition: ['B'], cost: -8 },
        { coalition: ['A', 'C'], cost: 11 },
      ],
    });
    const { code, stderr } = await run('share', '--game', file);
    expect(code).toBe(1);
    expect(stderr).toContain('feil.json: kostnadstabellen er ikke gyldig');
    expect(stderr).toContain('costs[1].cost: Kan ikke være negativ');
    expect(stderr).toContain('costs[2].coalition[1]: Står ikke i listen over kommuner (players)');
    expect(stderr).toContain('costs: Mangler rad for gruppen: A + B');
  });

  it('reports JSON syntax errors with line and column, and a missing file with exit 2', async () => {
    const file = await writeJson('ødelagt.json', '{ "players": [');
    const broken = await run('share', '--game', file);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Ikke gyldig JSON eller YAML \(linje 1, kolonne \d+\)/);
    const missing = await run('share', '--game', 'finnes-ikke.json');
    expect(missing.code).toBe(2);
  });
});

describe('one net effect: flokk share and flokk analyse agree to the krone (issue 13, point 5)', () => {
  const METHODS = [
    'shapley',
    'nucleolus',
    'per-capita-nucleolus',
    'proportional-nucleolus',
    'least-core',
    'scrb',
    'equal-profit',
  ];

  it('for the default scenario and every allocation method in the registry, per municipality and year', async () => {
    const shared = await run('share', '--default', '--scenario', 'administrative-tjenester', '--json');
    expect(shared.code).toBe(0);
    const view = JSON.parse(shared.stdout) as CostSharingView;
    const { defaultCase } = await import('../case/default-case/default-case.ts');
    for (const method of [...METHODS, 'population', 'equal']) {
      // The scenario with this method as the running-cost key of every area (the package, as shared above).
      const document = structuredClone(defaultCase());
      for (const area of document.scenarios[0]?.areas ?? []) area.costKey = { keyId: method as never };
      const file = await writeJson(`med-${method}.json`, document);
      const analysed = await run(
        'analyse',
        file,
        '--scenario',
        'administrative-tjenester',
        '--draws',
        '1',
        '--json',
      );
      expect(analysed.code, `${method}: ${analysed.stderr}`).toBe(0);
      const analysis = JSON.parse(analysed.stdout) as {
        cashFlows: { perMunicipality: Record<string, number[]> };
      };
      expect(view.netEffect?.perAllocation[method], method).toEqual(analysis.cashFlows.perMunicipality);
    }
  });
});
