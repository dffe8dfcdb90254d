import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';

const provenance = { placeholder: { toBeSetBy: 'Arbeidsgruppen' } };
const assessment = (over: Record<string, unknown> = {}) => ({
  scenarioId: 'administrative-tjenester',
  municipality: '5027',
  significance: 'large',
  extent: 3,
  provenance,
  ...over,
});

function withEffects(nonPricedEffects: unknown[]) {
  return parseCase({ ...structuredClone(defaultCase()), nonPricedEffects });
}

const issues = (result: ReturnType<typeof withEffects>) =>
  result.success ? [] : result.issues.map((i) => [i.path, i.code]);

describe('nonPricedEffects in the case document', () => {
  it('accepts assessments, and significance or extent not yet assessed (null)', () => {
    const result = withEffects([
      {
        id: 'sarbarhet',
        name: { nb: 'Redusert sårbarhet' },
        assessments: [
          assessment(),
          assessment({ municipality: '5028', significance: null, extent: null }),
          assessment({ municipality: '5029', extent: -4 }),
        ],
      },
    ]);
    expect(result.success).toBe(true);
  });

  it('defaults to no effects and no assessments', () => {
    const rest: Partial<ReturnType<typeof defaultCase>> = structuredClone(defaultCase());
    delete rest.nonPricedEffects;
    const result = parseCase(rest);
    expect(result.success && result.data.nonPricedEffects).toEqual([]);
    const one = withEffects([{ id: 'x', name: { nb: 'X' } }]);
    expect(one.success && one.data.nonPricedEffects[0]?.assessments).toEqual([]);
  });

  it('keeps extent on the scale −4..4 in whole steps, and significance to its three words', () => {
    const result = withEffects([
      {
        id: 'x',
        name: { nb: 'X' },
        assessments: [
          assessment({ extent: 5 }),
          assessment({ municipality: '5028', extent: 1.5 }),
          assessment({ municipality: '5029', significance: 'huge' }),
        ],
      },
    ]);
    expect(issues(result).map(([path]) => path)).toEqual([
      'nonPricedEffects[0].assessments[0].extent',
      'nonPricedEffects[0].assessments[1].extent',
      'nonPricedEffects[0].assessments[2].significance',
    ]);
  });

  it('wants a provenance for every assessment', () => {
    const bare: Partial<ReturnType<typeof assessment>> = assessment();
    delete bare.provenance;
    expect(issues(withEffects([{ id: 'x', name: { nb: 'X' }, assessments: [bare] }]))[0]?.[0]).toBe(
      'nonPricedEffects[0].assessments[0].provenance',
    );
  });

  it('names every broken reference: scenario, municipality, source, repeated ids and assessments', () => {
    const result = withEffects([
      {
        id: 'a',
        name: { nb: 'A' },
        source: { document: 'finnes-ikke' },
        assessments: [
          assessment({ scenarioId: 'finnes-ikke' }),
          assessment({ municipality: '0301' }),
          assessment({ municipality: '5028' }),
          assessment({ municipality: '5028' }),
        ],
      },
      { id: 'a', name: { nb: 'A igjen' } },
    ]);
    expect(issues(result)).toEqual([
      ['nonPricedEffects[0].source.document', 'unknown_reference'],
      ['nonPricedEffects[0].assessments[0].scenarioId', 'unknown_reference'],
      ['nonPricedEffects[0].assessments[1].municipality', 'unknown_reference'],
      ['nonPricedEffects[0].assessments[3].municipality', 'duplicate_member'],
      ['nonPricedEffects[1].id', 'duplicate_id'],
    ]);
  });
});
