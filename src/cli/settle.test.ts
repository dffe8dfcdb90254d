/**
 * `flokk settle`: the settled test case's ledger read and settled to hand-computed figures, a file with errors
 * listed by row and column (exit 1), a case that cannot be settled yet said in words (exit 1), wrong use
 * (exit 2); never 70.
 *
 * Hand calculation. The settled case (`settled-case.fixture.ts`) has the default case's 2027 budget
 * (23 200 000 kr), each component split by population at 1 January 2025 (Midtre Gauldal 6 141, Melhus 17 812,
 * Skaun 8 521; 32 474 together), the surplus policy «to the fund» and 100 000 kr in the fund. Its ledger gives
 * Lønn, regnskap og fakturering 12 000 000 + 3 100 000 = 15 100 000 kr, Sentralbord 1 800 000 + 150 000 =
 * 1 950 000 kr, Arkiv og postmottak 6 000 000 + 400 000 = 6 400 000 kr: 23 450 000 kr, 250 000 kr over the
 * budget each member paid; three lines (5 000 + 4 500 + 3 000 = 12 500 kr) under function 1300 fit no rule.
 * The fund covers 100 000 kr, so the members are invoiced 150 000 kr in all, each about 150 000 × its
 * population / 32 474 (Melhus 82 276 kr), within a few kroner of rounding per component.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { settledCase, settledLedgerCsv } from '../case/operations/settled-case.fixture.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir: string;
const UNIT = ['--unit', 'administrative-tjenester', '--year', '2027'];
const POPULATION: Record<string, number> = { 'Midtre Gauldal': 6_141, Melhus: 17_812, Skaun: 8_521 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-settle-'));
  await writeFile(join(dir, 'sak.json'), JSON.stringify(settledCase()));
  await writeFile(join(dir, 'hovedbok.csv'), settledLedgerCsv());
});

/** «Melhus skal betale 82 276 kr» → ['Melhus', 82276], from the output's lines. */
function balances(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const match of stdout.matchAll(/^(.+?) (skal betale|får tilbake) ([\d\s\u00a0]+) kr/gm)) {
    const amount = Number((match[3] ?? '').replace(/\D/g, ''));
    out.set(match[1] ?? '', match[2] === 'skal betale' ? amount : -amount);
  }
  return out;
}

describe('flokk settle', () => {
  it('settles the ledger to the hand-computed balances', async () => {
    const run = await runCliCapture(['settle', 'sak.json', ...UNIT, '--ledger', 'hovedbok.csv'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Lønn, regnskap og fakturering: 15\s100\s000 kr/);
    expect(run.stdout).toMatch(/Sentralbord: 1\s950\s000 kr/);
    expect(run.stdout).toMatch(/Arkiv og postmottak: 6\s400\s000 kr/);
    expect(run.stdout).toMatch(/3 linjer \(12\s500 kr\) hører ikke til noen budsjettpost/);
    const found = balances(run.stdout);
    expect([...found.keys()].sort()).toEqual(['Melhus', 'Midtre Gauldal', 'Skaun']);
    expect([...found.values()].reduce((a, b) => a + b, 0)).toBe(150_000);
    for (const [name, balance] of found)
      expect(Math.abs(balance - (150_000 * (POPULATION[name] as number)) / 32_474)).toBeLessThanOrEqual(3);
    expect(run.stdout).toMatch(/Fondet: 100\s000 kr ved årets start, 0 kr ved årets slutt\./);
    expect(run.stdout).toContain('Resultatet bygger på plassholdere');
  });

  it('lists every error by row and column and exits 1', async () => {
    const text = new TextDecoder().decode(settledLedgerCsv()).split('\r\n');
    text[2] = (text[2] as string).replace(/;[^;]*$/, ';tolv');
    text[4] = `;${(text[4] as string).split(';').slice(1).join(';')}`;
    await writeFile(join(dir, 'feil.csv'), text.join('\r\n'));
    const run = await runCliCapture(['settle', 'sak.json', ...UNIT, '--ledger', 'feil.csv'], dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('Regnskapsfilen har 2 feil; ingenting er regnet ut.');
    expect(lines[1]).toMatch(/^Rad 3, kolonne Beløp: /);
    expect(lines[2]).toMatch(/^Rad 5, kolonne Konto: /);
  });

  it('says in words what the default case lacks (exit 1); wrong use exits 2; never 70', async () => {
    const lacking = await runCliCapture(['settle', '--default', ...UNIT, '--ledger', 'hovedbok.csv'], dir);
    expect(lacking.code).toBe(1);
    expect(lacking.stderr).toContain('Det er ikke bestemt hva som skjer med et overskudd');
    const noUnit = await runCliCapture(['settle', '--default', '--ledger', 'hovedbok.csv'], dir);
    expect(noUnit.code).toBe(2);
    const badMapping = await runCliCapture(
      ['settle', '--default', ...UNIT, '--ledger', 'hovedbok.csv', '--mapping', '{"headerRow":0}'],
      dir,
    );
    expect(badMapping.code).toBe(2);
    const missingFile = await runCliCapture(
      ['settle', '--default', ...UNIT, '--ledger', 'finnes-ikke.csv'],
      dir,
    );
    expect(missingFile.code).toBe(2);
    const otherUnit = await runCliCapture(
      ['settle', '--default', '--unit', 'finnes-ikke', '--year', '2027', '--ledger', 'hovedbok.csv'],
      dir,
    );
    expect(otherUnit.code).toBe(1);
  });
});
