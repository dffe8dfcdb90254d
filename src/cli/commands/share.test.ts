import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostSharingView, PlainGameView } from '../../case/cost-sharing/comparison-view.ts';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { runCli } from '../main.ts';

// Issue 11: a method that cannot be computed for a table never fails `flokk share`; it is listed as such.

let dir = '';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    { env: {}, cwd: dir },
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function writeJson(name: string, value: unknown): Promise<string> {
  await writeFile(join(dir, name), JSON.stringify(value));
  return name;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-share-unavailable-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ZERO_ALONE = {
  players: ['A', 'B'],
  costs: [
    { coalition: ['A'], cost: 0 },
    { coalition: ['B'], cost: 0 },
    { coalition: ['A', 'B'], cost: 10 },
  ],
};

describe('flokk share --game with a method that cannot be computed', () => {
  it('zero stand-alone costs and c(N) = 10: exit 0, the proportional nucleolus listed as unavailable', async () => {
    const file = await writeJson('null-alene.json', ZERO_ALONE);
    const text = await run('share', '--game', file);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('Fordelinger som ikke kan beregnes her:');
    expect(text.stdout).toContain(
      'Proporsjonal nukleolus – Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.',
    );
    // Every other method splits the 10 kr equally.
    expect(text.stdout).toMatch(/Nukleolus +5 kr +5 kr/);

    const json = await run('share', '--game', file, '--json', '--lang', 'en');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.stdout) as PlainGameView;
    expect(view.analysis.unavailableMethods).toEqual([
      expect.objectContaining({
        id: 'proportional-nucleolus',
        reason: 'zero_standalone_costs',
        label: 'Proportional nucleolus',
        reasonText:
          'Cannot be computed: the method needs every municipality to have a stand-alone cost above 0.',
      }),
    ]);
    expect(view.analysis.allocations.map((r) => r.id)).not.toContain('proportional-nucleolus');
  });

  it('a cost of 1e15: never an internal error; refused with the field named, or computed', async () => {
    // Alone 1e15, 6 and 7: far beyond the 100 000 000 000 kr the file format may bound costs to.
    const file = await writeJson('stor.json', {
      players: ['A', 'B', 'C'],
      costs: [
        { coalition: ['A'], cost: 1e15 },
        { coalition: ['B'], cost: 6 },
        { coalition: ['C'], cost: 7 },
        { coalition: ['A', 'B'], cost: 1e15 },
        { coalition: ['A', 'C'], cost: 1e15 },
        { coalition: ['B', 'C'], cost: 12 },
        { coalition: ['A', 'B', 'C'], cost: 1e15 },
      ],
    });
    const result = await run('share', '--game', file, '--json');
    expect(result.code).not.toBe(70);
    if (result.code === 1) {
      expect(result.stderr).toMatch(/costs\[0\]\.cost/);
    } else {
      expect(result.code).toBe(0);
      const view = JSON.parse(result.stdout) as PlainGameView;
      expect(view.analysis.unavailableMethods.map((m) => m.reason)).toContain('numerical');
    }
  });

  it('costs within any bound but 1e11 apart: exit 0, the methods that cannot be computed reliably say so', async () => {
    const file = await writeJson('spredt.json', {
      players: ['A', 'B', 'C'],
      costs: [
        { coalition: ['A'], cost: 100_000_000_000 },
        { coalition: ['B'], cost: 1 },
        { coalition: ['C'], cost: 1 },
        { coalition: ['A', 'B'], cost: 100_000_000_000 },
        { coalition: ['A', 'C'], cost: 100_000_000_000 },
        { coalition: ['B', 'C'], cost: 2 },
        { coalition: ['A', 'B', 'C'], cost: 100_000_000_000 },
      ],
    });
    const result = await run('share', '--game', file, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(result.stdout) as PlainGameView;
    expect(view.analysis.unavailableMethods.map((m) => [m.id, m.reason])).toEqual([
      ['proportional-nucleolus', 'numerical'],
      ['equal-profit', 'numerical'],
    ]);
  });
});

describe('flokk share FILE with a typed cost game that one method cannot use', () => {
  const LRF = ['--scenario', 'administrative-tjenester', '--area', 'lonn-regnskap-fakturering'];
  let file = '';
  beforeAll(async () => {
    // As a file would have it: plain JSON, checked when the command reads it.
    const document = {
      ...structuredClone(defaultCase()),
      costGames: [
        {
          id: 'egne-tall',
          scenarioId: 'administrative-tjenester',
          areaId: 'lonn-regnskap-fakturering',
          provenance: { placeholder: { toBeSetBy: 'Test' } },
          costs: [{ coalition: ['5027'], cost: 0 }],
        },
      ],
    };
    file = await writeJson('sak.json', document);
  });

  it('lists the method as unavailable and keeps the net effect under the default nucleolus', async () => {
    const result = await run('share', file, ...LRF);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Proporsjonal nukleolus – Kan ikke beregnes');
    expect(result.stdout).toContain('Netto effekt per år med Nukleolus');
  });

  it('says plainly that there is no net effect when --method names the unavailable method, exit 0', async () => {
    const result = await run('share', file, ...LRF, '--method', 'proportional-nucleolus', '--lang', 'nn');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      'Netto effekt per år blir ikkje vist: Proporsjonal nukleolus kan ikkje reknast ut her. Vel ei anna fordeling med --method.',
    );
    expect(result.stdout).not.toContain('Netto effekt per år med');
    const json = await run('share', file, ...LRF, '--method', 'proportional-nucleolus', '--json');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.stdout) as CostSharingView;
    expect(view.analysis?.unavailableMethods.map((m) => m.id)).toEqual(['proportional-nucleolus']);
    expect(view.netEffect?.perAllocation['proportional-nucleolus']).toBeUndefined();
  });
});
