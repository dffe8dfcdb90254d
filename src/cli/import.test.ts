import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-import-'));
});

/** The template of the default case with `change` applied to its «Grunnlag» sheet. */
async function editedTemplate(name: string, change: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const made = await runCliCapture(['template', '--default', '--out', 'mal.xlsx'], dir);
  expect(made.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'mal.xlsx'));
  const sheet = book.getWorksheet('Grunnlag');
  if (!sheet) throw new Error('no sheet');
  change(sheet);
  await book.xlsx.writeFile(join(dir, name));
  return name;
}

describe('flokk template and flokk import', () => {
  it('prints the one change and writes the updated case', async () => {
    // Row 2 is Midtre Gauldal's finance row; column H is «Årsverk» (6,2 in the saksframlegg).
    const file = await editedTemplate('en-endring.xlsx', (sheet) => {
      sheet.getCell('H2').value = 6.8;
    });
    const run = await runCliCapture(['import', '--default', '--baseline', file, '--out', 'sak.yaml'], dir, {
      USER: 'kari',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '1 endring:\n~ Midtre Gauldal, Lønn, regnskap og fakturering: årsverk: 6,2 → 6,8 (kilde: Egen verdi – importert av kari)\n',
    );
    const written = parse(await readFile(join(dir, 'sak.yaml'), 'utf8')) as { baseline: { fte: number }[] };
    expect(written.baseline[0]?.fte).toBe(6.8);
  });

  it('lists every error with sheet, row and column and exits 1', async () => {
    const file = await editedTemplate('feil.xlsx', (sheet) => {
      sheet.getCell('H2').value = 'seks';
      sheet.getCell('A3').value = '9999';
    });
    const run = await runCliCapture(['import', '--default', '--baseline', file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Arbeidsboken har 2 feil; ingenting er skrevet.\n' +
        'Ark Grunnlag, rad 2, kolonne Årsverk: Må være et tall, ikke «seks»\n' +
        'Ark Grunnlag, rad 3, kolonne Kommunenummer (nøkkel): Kommunenummer 9999 er ikke med i saken\n',
    );
  });

  it('refuses garbage with exit 1 and a missing file with exit 2, never 70', async () => {
    await writeFile(join(dir, 'tull.xlsx'), 'dette er ingen arbeidsbok');
    expect((await runCliCapture(['import', '--default', '--baseline', 'tull.xlsx'], dir)).code).toBe(1);
    expect((await runCliCapture(['import', '--default', '--baseline', 'finnes-ikke.xlsx'], dir)).code).toBe(
      2,
    );
    expect((await runCliCapture(['import', '--default'], dir)).code).toBe(2);
  });
});
