import { describe, expect, it } from 'vitest';
import { defaultCase } from './default-case/default-case.ts';
import type { CaseDocument } from './schema/case-document.ts';
import { analyseScenario } from './scenario/analyse-scenario.ts';
import {
  canonicalJson,
  fingerprintAnalysis,
  fingerprintFigures,
  movedFigures,
} from './analysis-fingerprint.ts';

const SCENARIO = 'administrative-tjenester';
const PARAMETERS = { scenarioId: SCENARIO, draws: 200, seed: 7 };

/** The default case with every savings share fixed (20 %, 10 %, 20 %), so figures can be worked out by hand. */
function fixedSavingsCase(): CaseDocument {
  const document = structuredClone(defaultCase());
  const shares: Record<string, number> = {
    'lonn-regnskap-fakturering': 0.2,
    sentralbord: 0.1,
    'arkiv-postmottak': 0.2,
  };
  for (const area of document.scenarios.find((s) => s.id === SCENARIO)?.areas ?? []) {
    area.costKey = { keyId: 'population' };
    area.oneOffKey = { keyId: 'population' };
    area.savingsShare = {
      ...area.savingsShare,
      distribution: { kind: 'fixed', value: shares[area.areaId] ?? 0 },
    };
  }
  return document;
}

function analysed(document: CaseDocument, seed = PARAMETERS.seed) {
  const analysis = analyseScenario(document, SCENARIO, { draws: PARAMETERS.draws, seed });
  if (!analysis) throw new Error('no analysis');
  return analysis;
}

describe('scenario figures', () => {
  it('name the figures of the analysis in the API’s ids, with the values it computed', async () => {
    const analysis = analysed(fixedSavingsCase());
    const { figures } = await fingerprintAnalysis('scenario-analysis', PARAMETERS, analysis);
    const id = (rest: string) => `scenario:${SCENARIO}/${rest}`;
    // Full-effect saving 0,2 × 14 800 000 + 0,1 × 2 080 000 + 0,2 × 6 320 000 = 4 432 000 kr, from 2027 over
    // three ramp-up years: 2/4 of it in 2028. NPV at 4 % from 2025: Σ flow_t / 1,04^t, t = 1 … 10.
    expect(figures[id('net/total/2028')]).toBeCloseTo(2_216_000, -1);
    const flows = [
      0, 1_108_000, 2_216_000, 3_324_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000,
    ];
    const npv = flows.reduce((sum, flow, t) => sum + flow / 1.04 ** (t + 1), 0);
    expect(figures[id('npv/total')]).toBeCloseTo(npv, -1);
    // The exact values of the engine's result, not approximations of them.
    expect(figures[id('npv/total')]).toBe(analysis.summary.total.npv);
    expect(figures[id('npv/5028')]).toBe(analysis.summary.perMunicipality['5028']?.npv);
    expect(figures[id('net/5028/2028')]).toBe(analysis.cashFlows.perMunicipality['5028']?.[2]);
    expect(figures[id('payback-year/total')]).toBeNull();
    if (analysis.monteCarlo.status !== 'done') throw new Error('Monte Carlo did not finish');
    expect(figures[id('monte-carlo/npv/p90/total')]).toBe(analysis.monteCarlo.total.npv.p90);
    expect(figures[id('monte-carlo/probability-of-loss/5028')]).toBe(
      analysis.monteCarlo.perMunicipality['5028']?.probabilityOfLoss,
    );
  });

  it('give the same hash for the same computation, and for the API’s JSON of it', async () => {
    const first = await fingerprintAnalysis('scenario-analysis', PARAMETERS, analysed(defaultCase()));
    const again = await fingerprintAnalysis('scenario-analysis', PARAMETERS, analysed(defaultCase()));
    const fromJson = await fingerprintAnalysis(
      'scenario-analysis',
      PARAMETERS,
      JSON.parse(JSON.stringify(analysed(defaultCase()))),
    );
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.hash).toBe(first.hash);
    expect(fromJson.hash).toBe(first.hash);
    expect(movedFigures(first.figures, fromJson.figures)).toEqual([]);
  });

  it('give another hash for another seed, naming only Monte Carlo figures as moved', async () => {
    const seven = await fingerprintAnalysis('scenario-analysis', PARAMETERS, analysed(defaultCase()));
    const eight = await fingerprintAnalysis(
      'scenario-analysis',
      { ...PARAMETERS, seed: 8 },
      analysed(defaultCase(), 8),
    );
    expect(eight.hash).not.toBe(seven.hash);
    const moved = movedFigures(seven.figures, eight.figures);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((m) => m.figure.startsWith(`scenario:${SCENARIO}/monte-carlo/`))).toBe(true);
  });
});

describe('the hash', () => {
  it('covers the engine version, the kind and the parameters, not only the figures', async () => {
    const figures = { 'scenario:a/npv/total': 1 };
    const base = await fingerprintFigures('scenario-analysis', { seed: 1 }, figures, '1');
    expect((await fingerprintFigures('scenario-analysis', { seed: 1 }, figures, '2')).hash).not.toBe(
      base.hash,
    );
    expect((await fingerprintFigures('cost-sharing', { seed: 1 }, figures, '1')).hash).not.toBe(base.hash);
    expect((await fingerprintFigures('scenario-analysis', { seed: 2 }, figures, '1')).hash).not.toBe(
      base.hash,
    );
    expect(
      (
        await fingerprintFigures(
          'scenario-analysis',
          { seed: 1 },
          { 'scenario:a/npv/total': 1 + 2 ** -52 },
          '1',
        )
      ).hash,
    ).not.toBe(base.hash);
  });

  it('is the SHA-256 of the canonical JSON', async () => {
    const { hash } = await fingerprintFigures('cost-sharing', { area: null }, {}, 'x');
    // printf '%s' '{"engineVersion":"x","figures":{},"kind":"cost-sharing","parameters":{"area":null}}' | sha256sum
    expect(
      canonicalJson({ engineVersion: 'x', kind: 'cost-sharing', parameters: { area: null }, figures: {} }),
    ).toBe('{"engineVersion":"x","figures":{},"kind":"cost-sharing","parameters":{"area":null}}');
    expect(hash).toBe('6c8380d6eccbc012d521117b04912ff66861b20ac175d1d08349229014af594a');
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined, keeps every digit, and writes −0 as 0 and non-finite numbers as null', () => {
    expect(canonicalJson({ b: 1, a: [2, -0], c: undefined })).toBe('{"a":[2,0],"b":1}');
    expect(canonicalJson(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(canonicalJson([NaN, Infinity])).toBe('[null,null]');
  });
});

describe('movedFigures', () => {
  it('lists changed figures and those only one side has, in id order', () => {
    expect(movedFigures({ a: 1, b: 2, d: null }, { a: 1, b: 3, c: 0, d: null })).toEqual([
      { figure: 'b', before: 2, after: 3 },
      { figure: 'c', after: 0 },
    ]);
  });
});
