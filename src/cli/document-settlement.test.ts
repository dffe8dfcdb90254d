/**
 * `flokk document settlement-statement`: Melhus' statement from a case file with a recorded settlement
 * (`settledCase`) as PDF/A read back by pdftotext; the default case refused (exit 1) with what is missing in
 * words; --unit and --year named in usage errors (exit 2).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledCase } from '../case/operations/settled-case.fixture.ts';
import { pdfinfo, pdftotext } from '../documents/pdf/pdf-readers.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
const run = (...argv: string[]) => runCliCapture(argv, dir);
const UNIT = ['--unit', 'administrative-tjenester', '--year', '2027', '--municipality', '5028'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-settlement-document-'));
  await writeFile(join(dir, 'avregnet.json'), JSON.stringify(settledCase()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk document settlement-statement', () => {
  it('writes Melhus’ statement as tagged PDF/A, the answer first', async () => {
    const result = await run(
      'document',
      'settlement-statement',
      'avregnet.json',
      ...UNIT,
      '--format',
      'pdf',
      '-o',
      'arsoppgjor.pdf',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const file = join(dir, 'arsoppgjor.pdf');
    expect(pdfinfo(file)['Tagged']).toBe('yes');
    const text = pdftotext(file).replace(/\s+/g, ' ');
    // 82 275 kr: the hand calculation in settlement-statement.test.ts.
    expect(text).toMatch(/Melhus skal betale 82.275 kr for 2027\./);
    expect(text.indexOf('Melhus skal betale')).toBeLessThan(text.indexOf('Slik er tallene regnet ut'));
  });

  it('refuses the default case’s year with exit 1, naming the missing surplus policy in words', async () => {
    const result = await run(
      'document',
      'settlement-statement',
      '--default',
      ...UNIT,
      '--format',
      'docx',
      '-o',
      'nei.docx',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Årsoppgjøret for 2027 kan ikke lages ennå: det er ikke bestemt hva som skjer med et overskudd (Drift av samarbeidet: felles enhet for administrative tjenester, overskudd).\n',
    );
  });

  it('names --unit and --year in usage errors (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['--year', '2027', '--municipality', '5028'], '--unit'],
      [['--unit', 'ikt', '--year', '2027', '--municipality', '5028'], '--unit'],
      [['--unit', 'administrative-tjenester', '--municipality', '5028'], '--year'],
      [['--unit', 'administrative-tjenester', '--year', '2031', '--municipality', '5028'], '--year'],
      [['--unit', 'administrative-tjenester', '--year', 'i fjor', '--municipality', '5028'], '--year'],
    ];
    for (const [args, option] of cases) {
      const result = await run(
        'document',
        'settlement-statement',
        'avregnet.json',
        ...args,
        '--format',
        'docx',
        '-o',
        'x.docx',
      );
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0], args.join(' ')).toContain(option);
    }
  });
});
