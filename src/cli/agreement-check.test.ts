/**
 * `flokk agreement-check` and `flokk document agreement --final`: the check lists every point, present with
 * its section or missing with its paragraph; --final is refused (exit 1) with each missing point, and
 * accepted for a case file whose terms fill every point.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledCase } from '../case/agreement/filled-case.fixture.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
const MODEL = 'vertskommune-administrativ';
const PARAGRAPH = 'kommuneloven § 20-4 tredje ledd bokstav';

const run = (...argv: string[]) => runCliCapture(argv, dir);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-agreement-check-'));
  await writeFile(join(dir, 'filled.json'), JSON.stringify(filledCase(MODEL)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flokk agreement-check', () => {
  it('prints every point: present with its section, missing with its paragraph and reason', async () => {
    const result = await run('agreement-check', '--default', '--model', MODEL);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`Minsteinnholdet i avtalen for ${MODEL}:`);
    for (const letter of 'abcdefghi') expect(result.stdout).toContain(`(${PARAGRAPH} ${letter})`);
    expect(result.stdout).toContain(`  ✓ Deltakerne (${PARAGRAPH} a): finnes i «1. Parter»`);
    expect(result.stdout).toContain(
      `  ✗ Hvem som er vertskommune (${PARAGRAPH} b): mangler – Saken fastsetter ikke: hvilken kommune som er vertskommune`,
    );
    expect(result.stdout).toContain('Kan ikke merkes som endelig');
  });

  it('writes the check as JSON, and says a filled case may be final', async () => {
    const result = await run('agreement-check', 'filled.json', '--model', MODEL, '--json');
    expect(result.code).toBe(0);
    const check = JSON.parse(result.stdout) as {
      model: string;
      final: boolean;
      points: { status: string }[];
    };
    expect(check).toMatchObject({ model: MODEL, final: true });
    expect(check.points).toHaveLength(9);
    expect(check.points.every((p) => p.status === 'present')).toBe(true);
  });

  it('names a missing or unknown model (exit 2)', async () => {
    expect((await run('agreement-check', '--default')).code).toBe(2);
    const unknown = await run('agreement-check', '--default', '--model', 'interkommunalt-avtale');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toContain('--model');
  });
});

describe('flokk document agreement --final', () => {
  const agreement = (file: string, ...more: string[]) =>
    run('document', 'agreement', file, '--model', MODEL, ...more);

  it('refuses an incomplete draft (exit 1), listing each missing point with its paragraph', async () => {
    const result = await agreement('--default', '--final', '--format', 'docx', '-o', 'final.docx');
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Avtalen kan ikke merkes som endelig før minsteinnholdet er på plass. Mangler:');
    expect(lines.slice(1).map((l) => /bokstav (\w)/.exec(l)?.[1])).toEqual('bcdefghi'.split(''));
    expect(lines[1]).toBe(
      `Hvem som er vertskommune: ${PARAGRAPH} b – Saken fastsetter ikke: hvilken kommune som er vertskommune`,
    );
    await expect(readFile(join(dir, 'final.docx'))).rejects.toThrow();
  });

  it('marks a complete draft «Endelig utkast», and an unmarked one «Utkast – ikke endelig»', async () => {
    const final = await agreement('filled.json', '--final', '--format', 'docx', '-o', 'final.docx');
    expect(final).toMatchObject({ code: 0, stderr: '' });
    const xml = (name: string) =>
      readFile(join(dir, name)).then((b) => strFromU8(unzipSync(b)['word/document.xml'] ?? new Uint8Array()));
    expect(await xml('final.docx')).toContain('Endelig utkast.');
    const draft = await agreement('filled.json', '--format', 'docx', '-o', 'draft.docx');
    expect(draft.code).toBe(0);
    expect(await xml('draft.docx')).toContain('Utkast – ikke endelig.');
  });

  it('refuses --final for a saksframlegg (exit 2, naming the option)', async () => {
    const result = await run(
      'document',
      'saksframlegg',
      '--default',
      '--municipality',
      '5028',
      '--final',
      '--format',
      'docx',
      '-o',
      'x.docx',
    );
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain('--final');
  });
});
