import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { analyseScenario } from '../scenario/analyse-scenario.ts';
import { decisionProblem, decisionSummary } from './decision-summary.ts';

const SCENARIO = 'administrative-tjenester';
const MELHUS = '5028';

describe('decisionSummary', () => {
  const document = defaultCase();
  const summary = decisionSummary(document, { municipality: MELHUS, scenarioId: SCENARIO });
  if (!summary) throw new Error('no summary for Melhus');

  it('takes the NPV, payback and range from the scenario analysis, not from a second computation', () => {
    const analysis = analyseScenario(document, SCENARIO);
    const mc = analysis?.monteCarlo;
    if (!analysis || mc?.status !== 'done') throw new Error('no analysis');
    expect(summary.npv.value).toBe(analysis.summary.perMunicipality[MELHUS]?.npv);
    expect(summary.range.p10.value).toBe(mc.perMunicipality[MELHUS]?.npv.p10);
    expect(summary.range.p90.value).toBe(mc.perMunicipality[MELHUS]?.npv.p90);
    expect(summary.payback.status).toBe(analysis.summary.perMunicipality[MELHUS]?.paybackStatus);
    expect(summary.range.p10.value).toBeLessThan(summary.npv.value);
    expect(summary.range.p90.value).toBeGreaterThan(summary.npv.value);
  });

  it("gives Melhus' net effect per year and its sum over 2026–2035", () => {
    expect(summary.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    // By hand: 0 + 357 257 + 805 047 + 1 252 837 + 6 × 1 700 628 = 12 618 909 kr.
    expect(summary.netPerYear.map((f) => f.value)).toEqual([
      0, 357257, 805047, 1252837, 1700628, 1700628, 1700628, 1700628, 1700628, 1700628,
    ]);
    expect(summary.netOverPeriod).toBe(12618909);
    expect(summary.netPerYear[1]?.figureId).toBe('scenario:administrative-tjenester/net/5028/2027');
  });

  it('discounts the yearly figures at 4 % from base year 2025 to the NPV (R-109/21, first 40 years)', () => {
    // Σ N_t / 1.04^(t − 2025), worked out from the table above: ≈ 9 737 433 kr, 9,7 mill. kr.
    const byHand = summary.netPerYear.reduce(
      (sum, f, i) => sum + f.value / 1.04 ** ((summary.years[i] ?? 0) - 2025),
      0,
    );
    expect(summary.baseYear).toBe(2025);
    expect(summary.discountRate).toBe(0.04);
    expect(summary.npv.value).toBeCloseTo(byHand, 2);
    expect(summary.npv.value).toBeCloseTo(9737433.36, 1);
  });

  it('has no outlay for Melhus to pay back, and names the figures the explain panel opens', () => {
    expect(summary.payback).toMatchObject({ value: null, status: 'no_outlay', lastYear: 2035 });
    expect(summary.npv.figureId).toBe('scenario:administrative-tjenester/npv/5028');
    expect(summary.range.p10.figureId).toBe('scenario:administrative-tjenester/monte-carlo/npv/p10/5028');
  });

  it('records no decision, and no ranking while no weighting session exists', () => {
    expect(summary.decided).toBe(false);
    expect(summary.legal.rankings.every((r) => r.status === 'noSession' && r.top.length === 0)).toBe(true);
    expect(summary.legal.areas.map((a) => a.areaId)).toEqual(
      document.scenarios.find((s) => s.id === SCENARIO)?.areas.map((a) => a.areaId),
    );
    expect(summary.legal.areas.every((a) => a.models.length > 0)).toBe(true);
  });

  it('lists the placeholders the scenario rests on', () => {
    const analysis = analyseScenario(document, SCENARIO);
    expect(summary.placeholders.map((p) => p.label)).toEqual(
      analysis?.placeholders.placeholders.map((p) => p.label),
    );
  });
});

describe('decisionProblem', () => {
  const document = defaultCase();
  it('names an unknown scenario, an unknown municipality and one outside the scenario', () => {
    expect(decisionProblem(document, MELHUS, SCENARIO)).toBeNull();
    expect(decisionProblem(document, MELHUS, 'no-such')).toBe('unknown_scenario');
    expect(decisionProblem(document, '0301', SCENARIO)).toBe('unknown_municipality');
    expect(decisionSummary(document, { municipality: '0301', scenarioId: SCENARIO })).toBeNull();
  });
});
