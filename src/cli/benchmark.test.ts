/** `flokk benchmark` and `flokk profile` through `runCli`: the answer first, `..` with the fetch command, JSON. */
import { describe, expect, it } from 'vitest';
import type { BenchmarkView } from '../case/reference/benchmark.ts';
import type { CooperationProfile } from '../case/reference/cooperation-profile.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

const run = (...argv: string[]) => runCliCapture(argv, process.cwd());

describe('flokk benchmark', () => {
  it('answers with Melhus’ administration per inhabitant in 2025 and tells how to fetch the rest', async () => {
    const r = await run('benchmark', '--default');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe(
      'Melhus: administrasjon 5\u00a0519 kr per innbygger i 2025 (KOSTRA-gruppen .., landet uten Oslo ..).',
    );
    expect(lines[0]).toBe('Midtre Gauldal: tallene finnes ikke i dataene Flokk har.');
    expect(r.stdout).toContain('Hent manglende tall med: flokk ssb update');
    expect(r.stdout).toContain('Melhus – KOSTRA gruppe 7: mellomstore kommuner');
  });

  it('writes JSON with the groups 1, 7, 1 and null for missing figures', async () => {
    const r = await run('benchmark', '--default', '--json');
    const view = JSON.parse(r.stdout) as BenchmarkView;
    expect(view.municipalities.map((m) => m.kostraGroup?.number)).toEqual([1, 7, 1]);
    expect(view.municipalities[2]?.indicators[0]?.years[0]?.municipality.value).toBeNull();
  });

  it('refuses a file and --default together without a crash', async () => {
    const r = await run('benchmark', 'sak.json', '--default');
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
  });
});

describe('flokk profile', () => {
  it('answers with the combined population and the two closest municipalities, ages withheld', async () => {
    const r = await run('profile', '--default');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Midtre Gauldal, Melhus og Skaun har til sammen 32\u00a0490 innbyggere (1. januar 2026) – omtrent som Halden og Ringerike.',
    );
    expect(r.stdout).toContain('Sentralbord: Midtre Gauldal :, Melhus :, Skaun :');
    expect(r.stdout).toContain('Hent manglende tall med: flokk ssb update');
  });

  it('writes a reader’s JSON', async () => {
    const profile = JSON.parse((await run('profile', '--default', '--json')).stdout) as CooperationProfile;
    expect(profile.population).toBe(32_490);
    expect(profile.withheldAgeGroups).toBe(6);
  });
});
