import { describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import { formatBudgetNok } from '../../i18n/format.ts';
import { compareAllocations } from '../cost-sharing/compare-allocations.ts';
import { defaultCase } from '../default-case/default-case.ts';
import type { Block } from './document-model.ts';
import { fairnessBlocks } from './fairness-blocks.ts';
import { saksframleggContext } from './saksframlegg-context.ts';

const SCENARIO = 'administrative-tjenester';
const MELHUS = '5028';
const document = defaultCase();
const solver = await loadLpSolver();
const context = (municipality: string, language: 'nb' | 'nn' = 'nb') =>
  saksframleggContext(document, { municipality, scenarioId: SCENARIO, language, solver });
const blocks = fairnessBlocks(context(MELHUS));
const table = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const melhusRow = table?.rows.find((r) => r[0] === 'Melhus') ?? [];
const paragraphs = blocks.flatMap((b) =>
  b.kind === 'paragraph' ? [b.content.map((i) => i.text).join('')] : [],
);

describe('fairnessBlocks', () => {
  it('tabulates what each municipality pays per year for the package: alone, the scenario’s keys, nucleolus, Shapley, population', () => {
    expect(table?.header).toEqual([
      'Kommune',
      'Alene',
      'Scenarioets nøkler',
      'Nukleolus',
      'Shapley-verdien',
      'Folketall',
    ]);
    expect(table?.rows.map((r) => r[0])).toEqual(['Midtre Gauldal', 'Melhus', 'Skaun']);
  });

  it('gives Melhus’ nucleolus amount as compareAllocations computes it, rounded as a budget document rounds', () => {
    const comparison = compareAllocations(document, SCENARIO, { kind: 'package' }, solver);
    const index = comparison?.players.findIndex((p) => p.municipality === MELHUS) ?? -1;
    const nucleolus = comparison?.analysis?.allocations.find((r) => r.id === 'nucleolus');
    expect(melhusRow[3]).toBe(formatBudgetNok(nucleolus?.amounts[index]));
    // Hand-checked: 7 088 550 kr a year, to the nearest thousand.
    expect(melhusRow[3]).toBe(formatBudgetNok(7_089_000));
  });

  it('sums the scenario’s key of each area for the package’s «scenario’s keys» column', () => {
    // Shapley in all three areas for Melhus: 4 125 878 + 723 692 + 2 409 802 = 7 259 372 kr.
    const areas = context(MELHUS).areas.map((a) =>
      compareAllocations(document, SCENARIO, { kind: 'area', areaId: a.id }, solver),
    );
    const sum = areas.reduce(
      (s, c) => s + (c?.analysis?.allocations.find((r) => r.scenarioKey)?.amounts[1] ?? Number.NaN),
      0,
    );
    expect(melhusRow[2]).toBe(formatBudgetNok(sum));
    expect(melhusRow[2]).toBe(formatBudgetNok(7_259_000));
    // What Melhus pays alone: 8 960 000 kr.
    expect(melhusRow[1]).toBe(formatBudgetNok(8_960_000));
  });

  it('says what the core is, and the core check of each column in words', () => {
    expect(paragraphs.join('\n')).toContain(
      'ingen kommune eller gruppe av kommuner betaler mer enn de ville gjort alene',
    );
    const check = paragraphs.at(-1) ?? '';
    expect(check).toContain(
      'Nukleolus: I kjernen: ingen kommune eller gruppe betaler mer enn den ville gjort alene.',
    );
    expect(check).toContain(
      'Folketall: Melhus og Skaun betaler til sammen 1,5 mill. kr mer enn i et samarbeid bare mellom seg.',
    );
    expect(check).toContain('Melhus betaler 1,2 mill. kr mer enn alene.');
  });

  it('is the same in every municipality’s version', () => {
    expect(fairnessBlocks(context('5029'))).toEqual(blocks);
  });

  it('shows the comparison as not made, as a placeholder, without a solver', () => {
    const bare = saksframleggContext(document, {
      municipality: MELHUS,
      scenarioId: SCENARIO,
      language: 'nb',
    });
    const last = fairnessBlocks(bare).at(-1);
    expect(last?.kind === 'paragraph' && last.content.some((i) => i.placeholder)).toBe(true);
  });

  it('writes nynorsk', () => {
    const nn = fairnessBlocks(context(MELHUS, 'nn'));
    const text = JSON.stringify(nn);
    expect(text).toContain('Åleine');
    expect(text).toContain('meir enn åleine');
  });
});

describe('fairnessBlocks, the scenario’s keys', () => {
  it('says the scenario’s keys are a placeholder while the councils have not chosen them', () => {
    // The default case's keys carry a placeholder provenance (Kommunestyrene shall set them).
    const check = blocks.at(-1);
    expect(check?.kind === 'paragraph' && check.content.filter((i) => i.placeholder)).toHaveLength(1);
  });
});
