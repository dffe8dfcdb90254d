/**
 * `flokk budget` and `flokk akonto` through `runCli` on the default case: the answer first with the split by
 * population at 1 January 2025 (6 141 / 17 812 / 8 521 of 32 474), worked out by hand in
 * src/server/operations-api.test.ts (Midtre Gauldal 4 387 239, Melhus 12 725 208, Skaun 6 087 553 kr), the
 * placeholders named, the missing a-konto calendar as a clear failure, and the invoice lines as a CSV that sums
 * to the budget once a case file sets quarterly periods.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LabelledBudgetView } from '../case/operations/labelled-budget.ts';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'flokk-budget-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...argv: string[]) => runCliCapture(argv, dir);

/** The default case as a file, with a quarterly a-konto calendar due on the 20th. */
function caseWithQuarters(): string {
  const input = structuredClone(defaultCaseInput) as { operations: { budgets: Record<string, unknown>[] } };
  const budget = input.operations.budgets[0];
  if (budget === undefined) throw new Error('no budget');
  budget['aKontoPeriods'] = ['01', '04', '07', '10'].map((month, q) => ({
    id: `2027-K${q + 1}`,
    dueDate: `2027-${month}-20`,
  }));
  const path = join(dir, 'sak.json');
  writeFileSync(path, JSON.stringify(input));
  return path;
}

describe('flokk budget', () => {
  it('answers with the 2027 budget and what each pays, names the placeholder keys and lists the components', async () => {
    const r = await run('budget', '--default');
    expect(r.code).toBe(0);
    const lines = r.stdout.replaceAll('\u00a0', ' ').split('\n');
    expect(lines[0]).toBe(
      'Budsjettet for Felles enhet for administrative tjenester i 2027 er 23,2 mill. kr. ' +
        'Melhus betaler 12,7 mill. kr, Skaun betaler 6,1 mill. kr og Midtre Gauldal betaler 4,4 mill. kr.',
    );
    expect(lines[1]).toBe('Vertskommune: ikke satt.');
    expect(
      lines.filter((l) => /^ {2}- .*fordelingsnøkkel \(skal fastsettes av Kommunestyrene\)$/.test(l)),
    ).toHaveLength(3);
    expect(r.stdout).not.toMatch(/operations\.|\[\d\]/);
    expect(lines.find((l) => l.startsWith('Sum'))).toMatch(
      /23 200 000 kr +4 387 239 kr +12 725 208 kr +6 087 553 kr$/,
    );
  });

  it('writes the labelled view as JSON, and refuses an unknown unit or a bad year without a crash', async () => {
    const json = await run(
      'budget',
      '--default',
      '--unit',
      'administrative-tjenester',
      '--year',
      '2027',
      '--json',
    );
    const view = JSON.parse(json.stdout) as LabelledBudgetView;
    expect(view.totals).toEqual([4_387_239, 12_725_208, 6_087_553]);
    const unknown = await run('budget', '--default', '--unit', 'ingen');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('administrative-tjenester');
    const badYear = await run('budget', '--default', '--year', 'tjuesju');
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year');
    const noBudget = await run('budget', '--default', '--year', '2030');
    expect(noBudget.code).toBe(2);
    expect(noBudget.stderr).toContain('2027');
  });
});

describe('flokk akonto', () => {
  it('says the a-konto calendar is not set, without a crash', async () => {
    const r = await run('akonto', '--default');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('A-konto-terminene er ikke satt');
  });

  it('prints quarters that sum to the budget and writes invoice lines as CSV that sum to it too', async () => {
    const file = caseWithQuarters();
    const table = await run('akonto', file);
    expect(table.code).toBe(0);
    // 23 200 000 / 4 = 5 800 000 each quarter; Midtre Gauldal 4 387 239 / 4 = 1 096 809.75 → 1 096 810 in Q1.
    const first = table.stdout.replaceAll('\u00a0', ' ').split('\n')[1] ?? '';
    expect(first).toMatch(
      /^1\. kvartal 2027 +2027-01-20 +1 096 810 kr +3 181 302 kr +1 521 888 kr +5 800 000 kr$/,
    );
    const out = await run('akonto', file, '--format', 'csv', '--out', 'akonto.csv');
    expect(out.code).toBe(0);
    const lines = readFileSync(join(dir, 'akonto.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(';').at(-1)), 0)).toBe(23_200_000);
    const noOut = await run('akonto', file, '--format', 'xlsx');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });
});
