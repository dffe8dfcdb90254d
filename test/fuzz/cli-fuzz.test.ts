/**
 * Hostile files at the command line's file inputs (issue 11): `flokk validate` (JSON and YAML) and
 * `flokk share --game`. For each: never exit 70 (an internal error), and an invalid file is exit 1 with the
 * field (`baseline[2].fte`, `costs[1].cost`) or the line and column named.
 */
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { defaultCaseInput } from '../../src/case/default-case/default-case.ts';
import { runCli } from '../../src/cli/main.ts';
import {
  applyMutation,
  documentMutation,
  FUZZ_RUNS,
  FUZZ_TIMEOUT_MS,
  hostileNumber,
  hostileString,
  hostileValue,
  jsonText,
} from './hostile-values.ts';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT_MS });

let dir = '';
const tally = new Map<string, Map<number, number>>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-fuzz-'));
});
afterAll(async () => {
  if (process.env['FLOKK_FUZZ_RUNS']) {
    for (const [boundary, codes] of tally) {
      const counts = [...codes].sort(([a], [b]) => a - b).map(([code, n]) => `exit ${code}×${n}`);
      process.stdout.write(`fuzz ${boundary}: ${counts.join(' ')}\n`);
    }
  }
  await rm(dir, { recursive: true, force: true });
});

async function run(boundary: string, file: string, content: string, ...argv: string[]) {
  await writeFile(join(dir, file), content);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    { env: {}, cwd: dir },
  );
  const codes = tally.get(boundary) ?? new Map<number, number>();
  codes.set(code, (codes.get(code) ?? 0) + 1);
  tally.set(boundary, codes);
  const stderr = err.join('');
  expect(code, `${boundary}: ${content.slice(0, 300)}\n${stderr.slice(0, 500)}`).not.toBe(70);
  expect([0, 1, 2]).toContain(code);
  if (code === 1) {
    // A field path (`baseline[2].fte`, `costs[1].cost`, `schemaVersion`) or a position in the file.
    expect(stderr, `${boundary}: exit 1 names the field`).toMatch(
      /[a-zA-Z]+(\[\d+\])?[.:[ ]|linje \d+|line \d+/,
    );
  }
  return { code, stdout: out.join(''), stderr };
}

/** Texts that are hostile as files rather than as values. */
const hostileFile = fc.oneof(
  hostileString,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '\uFEFF{}',
    '{"schemaVersion": 1e400}',
    // A YAML "billion laughs": aliases that expand exponentially.
    [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'
        .split('')
        .map(
          (c, i) =>
            `${c}: &${c} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
        ),
    ].join('\n'),
    '!!js/function "function () { return 1 }"',
    'a: !!binary AAAA\n',
    '&a [*a]',
    '? [1, 2]\n: x\n',
    '%YAML 9.9\n---\n{}',
  ),
);

describe('fuzz: flokk validate', () => {
  it('never exits 70 on a case with one field replaced, removed or added (JSON and YAML), validated and analysed', async () => {
    const document = JSON.parse(JSON.stringify(defaultCaseInput)) as unknown;
    await fc.assert(
      fc.asyncProperty(documentMutation(document), fc.boolean(), async (mutation, yaml) => {
        const changed = applyMutation(document, mutation);
        const json = jsonText(changed);
        // JSON is YAML too; a nesting too deep for the YAML writer goes in as such.
        const content = yaml && !json.includes('[{"a":[{"a":[{"a":') ? stringify(JSON.parse(json)) : json;
        const file = yaml ? 'sak.yaml' : 'sak.json';
        const validated = await run('validate (mutated case)', file, content, 'validate', file);
        // A case that validates must also analyse without a crash: the engine refuses some valid inputs.
        if (validated.code === 0) {
          await run(
            'analyse (mutated case)',
            file,
            content,
            'analyse',
            file,
            '--scenario',
            'administrative-tjenester',
            '--draws',
            '10',
          );
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never exits 70 on a hostile file', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, fc.constantFrom('sak.json', 'sak.yaml'), async (content, file) => {
        await run('validate (hostile file)', file, content, 'validate', file);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('fuzz: flokk share --game', () => {
  const players = fc.uniqueArray(
    fc.oneof(fc.constantFrom('Skaun', 'Melhus', 'Midtre Gauldal'), hostileString),
    {
      minLength: 0,
      maxLength: 4,
    },
  );

  it('never exits 70 on a game table with hostile players and costs', async () => {
    await fc.assert(
      fc.asyncProperty(
        players,
        fc.oneof(hostileNumber, fc.integer({ min: 0, max: 100_000_000 })),
        fc.option(hostileValue, { nil: undefined }),
        async (names, cost, extra) => {
          // Every coalition of the players, each with a cost; one field may be hostile.
          const costs: { coalition: string[]; cost: unknown }[] = [];
          for (let mask = 1; mask < 1 << names.length; mask++) {
            const coalition = names.filter((_, i) => mask & (1 << i));
            costs.push({ coalition, cost: mask === 1 ? cost : coalition.length * 1_000 - mask });
          }
          const game: Record<string, unknown> = { players: names, costs };
          if (extra !== undefined) game[extra === null ? 'costs' : 'players'] = extra;
          await run('share --game', 'spill.json', jsonText(game), 'share', '--game', 'spill.json');
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never exits 70 on degenerate but valid games (zero costs, one player, unsolvable variants)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(0, 1, 10, 1e6, 1e11), { minLength: 7, maxLength: 7 }),
        async (values) => {
          const names = ['A', 'B', 'C'];
          const costs = [];
          for (let mask = 1; mask < 8; mask++) {
            costs.push({ coalition: names.filter((_, i) => mask & (1 << i)), cost: values[mask - 1] });
          }
          await run(
            'share --game (degenerate)',
            'spill.json',
            jsonText({ players: names, costs }),
            'share',
            '--game',
            'spill.json',
          );
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
