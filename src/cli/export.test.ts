import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankCase } from '../case/blank-case.ts';
import type { MunicipalityNumber } from '../case/schema/common.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
const run = (...argv: string[]) => runCliCapture(argv, dir);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readWorkbook(name: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(join(dir, name));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('flokk export', () => {
  it('writes the baseline as a workbook, as a reader sees it', async () => {
    const result = await run('export', '--default', '--table', 'baseline', '--out', 'grunnlag.xlsx');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Skrev grunnlag\.xlsx \(\d+ byte\)\n$/);
    const workbook = await readWorkbook('grunnlag.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Grunnlag', 'Kilder']);
    const sheet = workbook.worksheets[0];
    // Midtre Gauldal, lønn, regnskap og fakturering: 6,2 årsverk and 5 500 000 kr in the saksframlegg.
    expect(sheet?.getRow(4).getCell(5).value).toBe(6.2);
    expect(sheet?.getRow(4).getCell(7).value).toBe(5_500_000);
    const melhusSwitchboard = sheet?.getRow(9).values as unknown[];
    expect(melhusSwitchboard.slice(1, 3)).toEqual(['Melhus', 'Sentralbord']);
    expect(melhusSwitchboard[9]).toBe(':');
    const sources = workbook.getWorksheet('Kilder');
    expect(sources?.getRow(4).getCell(2).value).toBe('ingen – laget fra en saksfil');
  });

  it('writes one table as CSV in the language asked for', async () => {
    const result = await run(
      'export',
      '--default',
      '--table',
      'baseline',
      '--format',
      'csv',
      '--language',
      'nn',
      '-o',
      'grunnlag.csv',
    );
    expect(result.code).toBe(0);
    const text = await readFile(join(dir, 'grunnlag.csv'), 'utf8');
    expect(text.startsWith('\uFEFFKommune;Tenesteområde;Omfang;Budsjettår;Årsverk;Tal på personar;')).toBe(
      true,
    );
    expect(text).toContain(
      '\r\nMidtre Gauldal;Løn, rekneskap og fakturering;Sentral eining;2025;6,2;..;5500000;..;',
    );
  });

  it('writes the whole case as a workbook by default', async () => {
    expect((await run('export', '--default', '--out', 'sak.xlsx')).code).toBe(0);
    expect((await readWorkbook('sak.xlsx')).worksheets.at(-1)?.name).toBe('Kilder');
  });

  it.each([
    [['--table', 'nope', '--out', 'x.xlsx'], '--table: «nope» er ikke en tabell'],
    [['--format', 'ods', '--out', 'x.xlsx'], '--format: «ods» er ikke støttet'],
    [['--language', 'de', '--out', 'x.xlsx'], '--language: «de» er ikke støttet'],
    [['--format', 'csv', '--out', 'x.csv'], '--format csv gir én tabell per fil'],
    [['--scenario', 'finnes-ikke', '--out', 'x.xlsx'], '--scenario: saken har ikke scenarioet «finnes-ikke»'],
    [[], 'Oppgi filen det skal skrives til med --out FIL'],
  ])('refuses %j with exit 2 naming the option', async (options, message) => {
    const result = await run('export', '--default', ...options);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('says so when the case has nothing for a table, without an internal error', async () => {
    // A blank case has municipalities and nothing else: no scenario, so no cash flows.
    const blank = blankCase('ny-sak', 'Ny sak', [
      { municipalityNumber: '5029' as MunicipalityNumber, name: 'Skaun', population: [] },
    ]);
    await writeFile(join(dir, 'blank.json'), JSON.stringify(blank));
    const result = await run('export', 'blank.json', '--table', 'cash-flows', '--out', 'x.xlsx');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Saken har ingenting å eksportere for tabellen «cash-flows»');
  });
});

describe('flokk show --xlsx', () => {
  it('writes the baseline workbook instead of printing the tables', async () => {
    const result = await run('show', '--default', '--xlsx', 'show.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Skrev show\.xlsx/);
    expect((await readWorkbook('show.xlsx')).worksheets.map((s) => s.name)).toEqual(['Grunnlag', 'Kilder']);
  });
});
