import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../case/default-case/default-case.ts';
import { pdfinfo, pdftotext } from '../documents/pdf/pdf-readers.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';

const run = (...argv: string[]) => runCliCapture(argv, dir);

const MELHUS = ['--municipality', '5028', '--format', 'docx'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-document-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk document', () => {
  it('writes Melhus’ saksframlegg as DOCX and prints its size and SHA-256', async () => {
    const result = await run('document', 'saksframlegg', '--default', ...MELHUS, '-o', 'melhus.docx');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const bytes = new Uint8Array(await readFile(join(dir, 'melhus.docx')));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(result.stdout).toBe(`Skrev melhus.docx (${bytes.byteLength} byte)\nSHA-256: ${sha256}\n`);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Kommunedirektørens innstilling');
    expect(xml).toContain('Melhus');
  });

  it('writes the one-page summary as tagged PDF/A, read back by pdfinfo and pdftotext', async () => {
    const result = await run(
      'document',
      'summary',
      '--default',
      '--municipality',
      '5028',
      '--format',
      'pdf',
      '-o',
      'melhus.pdf',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const file = join(dir, 'melhus.pdf');
    expect(pdfinfo(file)['Tagged']).toBe('yes');
    expect(pdftotext(file)).toContain('Hva dette betyr for Melhus');
  });

  it('gives the same bytes for the same case file, with or without --default', async () => {
    await writeFile(join(dir, 'sak.json'), JSON.stringify(defaultCase()));
    const fromFile = await run('document', 'saksframlegg', 'sak.json', ...MELHUS, '-o', 'fra-fil.docx');
    expect(fromFile.code).toBe(0);
    const a = await readFile(join(dir, 'fra-fil.docx'));
    await run('document', 'saksframlegg', '--default', ...MELHUS, '-o', 'standard.docx');
    expect(a.equals(await readFile(join(dir, 'standard.docx')))).toBe(true);
  });

  it('writes the draft agreement for a model in nynorsk', async () => {
    const result = await run(
      'document',
      'agreement',
      '--default',
      '--model',
      'vertskommune-administrativ',
      '--format',
      'docx',
      '--lang',
      'nn',
      '-o',
      'avtale.docx',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const bytes = new Uint8Array(await readFile(join(dir, 'avtale.docx')));
    expect(strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())).toContain(
      'Vertskommuneavtale',
    );
  });

  it('names the option in usage errors (exit 2)', async () => {
    const cases: [string[], string][] = [
      [
        ['saksframlegg', '--default', '--municipality', '9999', '--format', 'docx', '-o', 'x.docx'],
        '--municipality',
      ],
      [['saksframlegg', '--default', ...MELHUS, '--scenario', 'finnes-ikke', '-o', 'x.docx'], '--scenario'],
      [['agreement', '--default', '--format', 'docx', '-o', 'x.docx'], '--model'],
      [
        ['saksframlegg', '--default', '--municipality', '5028', '--format', 'odt', '-o', 'x.docx'],
        '--format',
      ],
      [['saksframlegg', '--default', ...MELHUS], '-o'],
      [['saksframlegg', '--default', '--municipality', '5028', '-o', 'x.docx'], '--format'],
      [['saksframlegg', '--default', ...MELHUS, '--revision', '3', '-o', 'x.docx'], '--revision'],
    ];
    for (const [args, option] of cases) {
      const result = await run('document', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0], args.join(' ')).toContain(option);
    }
  });
});
