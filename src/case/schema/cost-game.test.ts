import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';

const provenance = { placeholder: { toBeSetBy: 'Økonomisjefene' } };

function withCostGames(costGames: unknown[]) {
  return parseCase({ ...structuredClone(defaultCase()), costGames });
}

describe('costGames in the case document', () => {
  it('accepts a study’s own table for an area and one for the package', () => {
    const result = withCostGames([
      {
        id: 'lrf',
        scenarioId: 'administrative-tjenester',
        areaId: 'lonn-regnskap-fakturering',
        provenance,
        costs: [{ coalition: ['5028', '5029'], cost: 7_500_000 }],
      },
      {
        id: 'pakke',
        scenarioId: 'administrative-tjenester',
        provenance,
        costs: [{ coalition: ['5027'], cost: 7_400_000 }],
      },
    ]);
    expect(result.success).toBe(true);
  });

  it('names every broken reference: scenario, area, municipality, repeated groups and members', () => {
    const result = withCostGames([
      { id: 'a', scenarioId: 'finnes-ikke', provenance, costs: [{ coalition: ['5027'], cost: 1 }] },
      {
        id: 'b',
        scenarioId: 'lonn-regnskap-lik-andel',
        areaId: 'sentralbord',
        provenance,
        costs: [{ coalition: ['5027'], cost: 1 }],
      },
      {
        id: 'c',
        scenarioId: 'administrative-tjenester',
        areaId: 'sentralbord',
        provenance,
        costs: [
          { coalition: ['5027', '5027'], cost: 1 },
          { coalition: ['5029', '5028'], cost: 2 },
          { coalition: ['5028', '5029'], cost: 3 },
        ],
      },
      {
        id: 'c',
        scenarioId: 'administrative-tjenester',
        areaId: 'sentralbord',
        provenance,
        costs: [{ coalition: ['5027'], cost: 1 }],
      },
    ]);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['costGames[0].scenarioId', 'unknown_reference'],
      ['costGames[1].areaId', 'unknown_reference'],
      ['costGames[2].costs[0].coalition[1]', 'duplicate_member'],
      ['costGames[2].costs[2].coalition', 'duplicate_coalition'],
      ['costGames[3].id', 'duplicate_id'],
      ['costGames[3]', 'duplicate_cost_game'],
    ]);
  });

  it('wants whole kroner, not below zero', () => {
    const result = withCostGames([
      {
        id: 'a',
        scenarioId: 'administrative-tjenester',
        provenance,
        costs: [{ coalition: ['5027'], cost: -1.5 }],
      },
    ]);
    expect(result.success ? [] : result.issues.map((i) => i.path)).toContain('costGames[0].costs[0].cost');
  });
});
