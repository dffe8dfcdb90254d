/**
 * `flokk benefits`: the answer first, each benefit with its status in words, the owner «ikke satt» where no
 * source names one, a hand-calculated status for a file with a target and a measurement, and a usage error
 * naming --unit for a unit the case does not have.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import { EXIT } from './run-command.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
const run = (...argv: string[]) => runCliCapture(argv, dir);
const source = { source: { document: 'saksframlegg-bik2030', locator: 'Test' } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-benefits-'));
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const plans = (input['operations'] as { benefitPlans: Record<string, unknown>[] }).benefitPlans;
  Object.assign(plans.find((p) => p['id'] === 'arsverk-lonn-regnskap-fakturering') ?? {}, {
    baseline: { date: '2025-01-01', value: 10, provenance: source },
    target: { value: 8, date: '2029-01-01', provenance: source },
    measurements: [{ date: '2027-01-01', value: 9.4, provenance: source }],
  });
  await writeFile(join(dir, 'measured.json'), JSON.stringify(input));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk benefits', () => {
  it('answers first for the default case, with targets and owners not set', async () => {
    const result = await run('benefits', '--default');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Gevinstrealisering – Felles enhet for administrative tjenester');
    expect(lines[1]).toBe('Ingen av de 6 gevinstene har et mål ennå.');
    expect(result.stdout).toContain('  Gevinstansvarlig: ikke satt (plassholder – ikke fastsatt)');
    // The payroll FTE of the study (6,2 + 6,4 + 5,0).
    expect(result.stdout).toContain('  Nullpunkt: 17,6 per 1.1.2025 (fra utredningens tall)');
  });

  it('judges 9,4 FTE in 2027 as behind the path from 10 (2025) to 8 (2029), planned 9,0', async () => {
    const result = await run('benefits', 'measured.json', '--unit', 'administrative-tjenester');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Ingen av de 6 er på sporet, 1 ligger bak planen og 5 har ikke mål ennå.',
    );
    expect(result.stdout).toContain('  Status: Bak planen – ');
    const json = await run('benefits', 'measured.json', '--json', '--lang', 'en');
    const view = JSON.parse(json.stdout) as { summary: Record<string, number>; answer: string };
    expect(view.summary).toMatchObject({ behind: 1, noTarget: 5 });
    expect(view.answer).toBe('None of the 6 is on track, 1 behind plan and 5 without a target yet.');
  });

  it('names --unit when the case has no such unit', async () => {
    const result = await run('benefits', '--default', '--unit', 'finnes-ikke');
    expect(result.code).toBe(EXIT.failure);
    expect(result.stderr).toContain('--unit');
    expect(result.stderr).toContain('finnes-ikke');
  });
});
