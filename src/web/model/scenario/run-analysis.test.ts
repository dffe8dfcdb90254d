import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { documentPath, runAnalysis } from './run-analysis.ts';

describe('runAnalysis', () => {
  it('analyses a default scenario', () => {
    const outcome = runAnalysis(defaultCase(), 'lonn-regnskap-lik-andel');
    expect(outcome?.ok).toBe(true);
  });

  it('is null for an unknown scenario', () => {
    expect(runAnalysis(defaultCase(), 'finnes-ikke')).toBeNull();
  });

  it('reports a volume key without volumes by code and document path', () => {
    const document = defaultCase();
    const [scenario] = document.scenarios;
    const [area] = scenario!.areas;
    area!.costKey = { keyId: 'volume', options: { measure: 'lønnsslipper' } };
    const outcome = runAnalysis(document, scenario!.id);
    expect(outcome).toEqual({
      ok: false,
      failure: {
        code: 'missing_volume',
        path: 'scenarios[0].areas[0].costKey.participants[0].volumes.lønnsslipper',
      },
    });
  });

  it('maps engine paths onto the document', () => {
    expect(documentPath(['serviceAreas', 2, 'attritionCap'], 1)).toBe('scenarios[1].areas[2].attritionCap');
    expect(documentPath(['grants', 0, 'year'], 0)).toBe('scenarios[0].grants[0].year');
  });
});
