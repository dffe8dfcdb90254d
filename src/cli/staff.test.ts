/**
 * `flokk staff` and `flokk erlang` through `runCli`: the published Erlang C example, options named in
 * errors, and the reader's view of the workforce with small groups withheld.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import type { PeopleView } from '../case/people/people-view.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-staff-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCliCapture(argv, dir);

/** Every age the default case gives for the switchboard and archive (groups under 5 persons). */
const SMALL_GROUP_AGES = ['51', '30', '40', '32–65', '25–61', '27–47'];

describe('flokk erlang', () => {
  // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
  // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes,
  // AHT 180 s, 80 % in 20 s → 10 Erlangs, 14 agents, P(wait) 17.4 %, SL 88.8 %, ASA 7.8 s,
  // occupancy 71.4 %, 20 staff after 30 % shrinkage.
  it('reproduces the published worked example', async () => {
    const r = await run(
      'erlang',
      '--calls',
      '100',
      '--interval',
      '30',
      '--aht',
      '180',
      '--target',
      '0.8/20',
      '--shrinkage',
      '0.3',
      '--json',
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, number>;
    expect(result.trafficErlangs).toBeCloseTo(10, 10);
    expect(result.agents).toBe(14);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(result.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result.averageSpeedOfAnswerSeconds).toBeCloseTo(7.83, 1);
    expect(result.occupancy).toBeCloseTo(0.7143, 4);
    expect(result.staff).toBe(20);
  });

  it('prints the figures and the Poisson assumption as text', async () => {
    const r = await run('erlang', '--calls', '100', '--interval', '30', '--aht', '180', '--target', '0.8/20');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Agenter \(hele\)\s+14/);
    expect(r.stdout).toContain('Poisson');
  });

  it('warns when occupancy is above 90 %', async () => {
    const r = await run(
      'erlang',
      '--calls',
      '100',
      '--interval',
      '30',
      '--aht',
      '180',
      '--target',
      '0.5/600',
      '--json',
    );
    const result = JSON.parse(r.stdout) as { occupancy: number; warnings: { code: string }[] };
    expect(result.occupancy).toBeGreaterThan(0.9);
    expect(result.warnings.map((w) => w.code)).toContain('high-occupancy');
  });

  it.each([
    [['--calls', 'mange', '--interval', '30', '--aht', '180', '--target', '0.8/20'], '--calls'],
    [['--calls', '100', '--interval', '0', '--aht', '180', '--target', '0.8/20'], '--interval'],
    [['--calls', '100', '--interval', '30', '--aht', '-1', '--target', '0.8/20'], '--aht'],
    [['--calls', '100', '--interval', '30', '--aht', '180', '--target', '80'], '--target'],
    [['--calls', '100', '--interval', '30', '--aht', '180', '--target', '1.2/20'], '--target'],
    [
      ['--calls', '100', '--interval', '30', '--aht', '180', '--target', '0.8/20', '--shrinkage', '1'],
      '--shrinkage',
    ],
    [
      ['--calls', '100', '--interval', '30', '--aht', '180', '--target', '0.8/20', '--max-occupancy', '2'],
      '--max-occupancy',
    ],
    [['--interval', '30', '--aht', '180', '--target', '0.8/20'], '--calls'],
  ])('names the option in the error: %j', async (args, option) => {
    const r = await run('erlang', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
  });
});

describe('flokk staff', () => {
  it('shows the finance ages and departures but withholds every small group as ":"', async () => {
    const r = await run('staff', '--default');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('59–66');
    for (const ages of SMALL_GROUP_AGES) expect(r.stdout).not.toMatch(new RegExp(`\\s${ages}\\s`));
    expect(r.stdout).toMatch(/Sentralbord\n.*\nMidtre Gauldal\s+0,8\s+:/);
    // Missing inputs are named as the forms name them, never by their place in the document.
    expect(r.stdout).toContain('Personer: sentralbord, gjennomsnittlig behandlingstid (sekunder per anrop)');
    expect(r.stdout).toContain('Personer: avgang, andel som går av med AFP');
    expect(r.stdout).toContain('Personer: sentralbord, anrop: Melhus');
    expect(r.stdout).not.toMatch(/people\.|\.\d{4}\b/);
  });

  it('withholds ages and departures of small groups in the JSON, and the joint unit where it would reveal them', async () => {
    const r = await run('staff', '--default', '--json');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout) as PeopleView;
    const switchboard = view.workforce.areas.find((a) => a.areaId === 'sentralbord');
    expect(switchboard?.groups.every((g) => g.ages === null && g.years === null)).toBe(true);
    // 0.8 + 1 + 0.8 FTE may be 3 persons: the joint unit is small too.
    expect(switchboard?.joint?.years).toBeNull();
    const archive = view.workforce.areas.find((a) => a.areaId === 'arkiv-postmottak');
    expect(archive?.groups.every((g) => g.ages === null)).toBe(true);
    // All three withheld: the joint (at least 9 persons) reveals none of them alone.
    expect(archive?.joint?.years).not.toBeNull();
    const finance = view.workforce.areas.find((a) => a.areaId === 'lonn-regnskap-fakturering');
    expect(finance?.groups[2]?.ages).toEqual({ kind: 'range', min: 59, max: 66 });
    expect(view.suppressed).toContain('workforce.areas[1].joint');
    const json = JSON.stringify(view);
    for (const value of [51, 30, 40]) expect(json).not.toContain(`"kind":"single","value":${value}`);
  });

  it('gives the pooled and separate switchboard FTE once the call inputs are entered', async () => {
    const doc = structuredClone(defaultCaseInput) as Record<string, unknown>;
    const assumption = { placeholder: { toBeSetBy: 'Test' } };
    const calls = (n: number) =>
      [1, 2, 3, 4, 5].flatMap((weekday) =>
        [8, 9, 10, 11, 12, 13, 14].map((h) => ({ weekday, startMinute: h * 60, calls: n })),
      );
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 480, closesMinute: 900 }));
    doc.people = {
      switchboard: {
        ahtSeconds: { value: 120, provenance: assumption },
        targetServiceLevel: { value: 0.8, provenance: assumption },
        targetSeconds: { value: 20, provenance: assumption },
        shrinkage: { value: 0.2, provenance: assumption },
        openWeeksPerYear: { value: 46, provenance: assumption },
        municipalities: ['5027', '5028', '5029'].map((municipalityNumber, i) => ({
          municipalityNumber,
          calls: calls(10 + 5 * i),
          openingHours: hours,
          provenance: assumption,
        })),
      },
    };
    await writeFile(join(dir, 'calls.json'), JSON.stringify(doc));
    const r = await run('staff', 'calls.json', '--json');
    expect(r.stderr).toBe('');
    const view = JSON.parse(r.stdout) as PeopleView;
    expect(view.switchboard.missing).toEqual([]);
    const sizing = view.switchboard.sizing;
    expect(sizing?.separate).toHaveLength(3);
    expect(sizing?.poolingGain?.fte).toBeGreaterThan(0);
    expect(sizing?.poolingGain?.costNok).toBeGreaterThan(0);
    const shares = view.switchboard.costShares.find((s) => s.keyId === 'population')?.shares ?? {};
    expect(Object.values(shares).reduce((s, v) => s + v, 0)).toBe(Math.round(sizing?.pooled?.costNok ?? 0));
  });

  it('exports CSV as a reader: ":" for small groups, no small group’s age', async () => {
    const r = await run('staff', '--default', '--csv');
    expect(r.code).toBe(0);
    // The departures export table: names, not slugs or numbers; persons and FTE in separate columns.
    const [header] = r.stdout.split('\r\n');
    expect(header).toContain('Avgang, lav (personer)');
    expect(header).toContain('Avgang til og med året, lav (årsverk)');
    // Melhus' switchboard is a one-person function: every figure of it withheld for a reader.
    expect(r.stdout).toContain('Sentralbord;Melhus;2026;:;:;:;:;:;:;:;:');
    // Payroll in Melhus is large enough to show: 1,5 persons may leave in 2026 in the high case.
    expect(r.stdout).toContain('Lønn, regnskap og fakturering;Melhus;2026;0;1,5;0;1,5;');
  });

  it('refuses both a file and --default', async () => {
    const r = await run('staff', 'x.json', '--default');
    expect(r.code).toBe(2);
  });
});
