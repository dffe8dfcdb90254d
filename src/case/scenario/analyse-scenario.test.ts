import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { analyseDeterministic, analyseScenario } from './analyse-scenario.ts';
import { toScenarioInput } from './to-scenario-input.ts';

const SCENARIO = 'administrative-tjenester';

/** The default case with fixed savings shares, so every figure can be worked out by hand. */
function fixedSavingsCase(shares: { lrf: number; sb: number; ap: number }): CaseDocument {
  const document = structuredClone(defaultCase());
  const scenario = document.scenarios.find((s) => s.id === SCENARIO);
  if (!scenario) throw new Error('scenario missing');
  const byArea: Record<string, number> = {
    'lonn-regnskap-fakturering': shares.lrf,
    sentralbord: shares.sb,
    'arkiv-postmottak': shares.ap,
  };
  for (const area of scenario.areas) {
    // By population, so that the shares can be worked out by hand.
    area.costKey = { keyId: 'population' };
    area.oneOffKey = { keyId: 'population' };
    area.savingsShare = {
      ...area.savingsShare,
      distribution: { kind: 'fixed', value: byArea[area.areaId] ?? 0 },
    };
  }
  return document;
}

describe('the default scenario', () => {
  it('takes today’s figures from the baseline rows and the 10 / 21 / 30 % range from the sources', () => {
    const mapped = toScenarioInput(defaultCase(), SCENARIO);
    const lrf = mapped?.input.serviceAreas.find((a) => a.id === 'lonn-regnskap-fakturering');
    expect(lrf?.baseline.map((b) => [b.municipality, b.fte, b.labourCost])).toEqual([
      ['5027', 6.2, 5_500_000],
      ['5028', 6.4, 5_200_000],
      ['5029', 5, 4_100_000],
    ]);
    expect(
      mapped?.input.uncertainInputs.find((i) => i.id.endsWith('areas[0].savingsShare'))?.distribution,
    ).toEqual({
      kind: 'pert',
      min: 0.1,
      mode: 0.21,
      max: 0.3,
    });
    // The seeds do not say what the grant's project cost, so it finances no cost entered here.
    expect(mapped?.input.grants).toEqual([
      { id: 'prosjektskjonn', amount: 1_100_000, year: 2026, key: { keyId: 'equal' }, financedCosts: [] },
    ]);
  });

  it('matches a hand calculation with fixed savings of 20 %, 10 % and 20 %', () => {
    const analysis = analyseDeterministic(fixedSavingsCase({ lrf: 0.2, sb: 0.1, ap: 0.2 }), SCENARIO);
    if (!analysis) throw new Error('no analysis');
    // Full-effect saving: 0,2 × 14 800 000 + 0,1 × 2 080 000 + 0,2 × 6 320 000 = 2 960 000 + 208 000 + 1 264 000 = 4 432 000.
    // Start 2027 with three ramp-up years: 1/4, 2/4, 3/4 of it in 2027–2029, all of it from 2030.
    // 2026 has nothing: the grant of 1 100 000 kr finances no cost entered, so it is not counted.
    const expected = [
      0, 1_108_000, 2_216_000, 3_324_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000, 4_432_000,
    ];
    expect(analysis.cashFlows.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    analysis.cashFlows.total.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, -1));
    // NPV at 4 % with 2025 as year 0: Σ flow_t / 1,04^t for t = 1 … 10.
    const npv = expected.reduce((sum, flow, i) => sum + flow / 1.04 ** (i + 1), 0);
    expect(analysis.summary.total.npv).toBeCloseTo(npv, -1);
    expect(analysis.summary.total.paybackStatus).toBe('no_outlay');
    expect(analysis.placeholders.grantsNotCounted).toEqual([
      { grantId: 'prosjektskjonn', amount: 1_100_000, reason: 'finances_no_cost' },
    ]);
  });

  it('counts the grant against the cost it finances (hand calculation)', () => {
    const document = fixedSavingsCase({ lrf: 0.2, sb: 0.1, ap: 0.2 });
    const scenario = document.scenarios[0]!;
    scenario.areas[0]!.oneOffCosts = [
      {
        id: 'prosjektleder',
        kind: 'projectManagement',
        year: 2026,
        amount: { distribution: { kind: 'fixed', value: 1_500_000 }, provenance: { placeholder: {} } },
      },
    ];
    scenario.grants = [
      {
        grantId: 'prosjektskjonn',
        year: 2026,
        key: { keyId: 'population' },
        financesCost: { areaId: 'lonn-regnskap-fakturering', costId: 'prosjektleder' },
      },
    ];
    const analysis = analyseDeterministic(document, SCENARIO);
    if (!analysis) throw new Error('no analysis');
    // Population 1.1.2025: 6 141, 17 812, 8 521 of 32 474.
    // Cost 1 500 000: 283 657,70 / 822 750,51 / 393 591,80 → the two kroner left go to ,80 and ,70:
    // 283 658 / 822 750 / 393 592. Grant 1 100 000 (below the cost, so all of it): 208 015,64 / 603 350,37 /
    // 288 633,98 → 208 016 / 603 350 / 288 634. Net 2026: −75 642 / −219 400 / −104 958; in all −400 000.
    const net2026 = Object.fromEntries(
      Object.entries(analysis.cashFlows.perMunicipality).map(([id, v]) => [id, v[0]]),
    );
    expect(net2026).toEqual({ '5027': -75_642, '5028': -219_400, '5029': -104_958 });
    // Society's view leaves the grant out as a transfer: 2026 is −1 500 000, plus the 20 % tax financing
    // cost (a placeholder rate): −1 800 000.
    expect(analysis.socioEconomic.transfersLeftOut[0]).toBe(1_100_000);
    expect(analysis.socioEconomic.net[0]).toBeCloseTo(-1_800_000, 6);
    // Now there is an outlay first, so payback is the year the cumulative total turns: −400 000 in 2026,
    // +1 108 000 in 2027 → 2027.
    expect(analysis.summary.total.paybackYear).toBe(2027);
    expect(analysis.summary.total.irr.kind).toBe('meaningful');
  });

  it('changing the key from population to equal shares changes each municipality, not the total', () => {
    const document = fixedSavingsCase({ lrf: 0.2, sb: 0.1, ap: 0.2 });
    const byPopulation = analyseDeterministic(document, SCENARIO);
    const equal = structuredClone(document);
    for (const area of equal.scenarios[0]?.areas ?? []) {
      area.costKey = { keyId: 'equal' };
      area.oneOffKey = { keyId: 'equal' };
    }
    const byEqual = analyseDeterministic(equal, SCENARIO);
    if (!byPopulation || !byEqual) throw new Error('no analysis');
    expect(byEqual.summary.total.npv).toBeCloseTo(byPopulation.summary.total.npv, 0);
    expect(byEqual.summary.perMunicipality['5028']?.npv).not.toBeCloseTo(
      byPopulation.summary.perMunicipality['5028']?.npv ?? 0,
      -3,
    );
  });

  it('gives the same Monte Carlo result for the same seed and another for another seed', () => {
    const a = analyseScenario(defaultCase(), SCENARIO, { draws: 500, seed: 7 });
    const b = analyseScenario(defaultCase(), SCENARIO, { draws: 500, seed: 7 });
    const c = analyseScenario(defaultCase(), SCENARIO, { draws: 500, seed: 8 });
    expect(a?.monteCarlo).toEqual(b?.monteCarlo);
    expect(a?.monteCarlo).not.toEqual(c?.monteCarlo);
    if (a?.monteCarlo.status !== 'done') throw new Error('not done');
    const { p10, p50, p90 } = a.monteCarlo.total.npv;
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
  });

  it('reports the savings share where each municipality breaks even', () => {
    const byPopulation = structuredClone(defaultCase());
    for (const area of byPopulation.scenarios[0]?.areas ?? []) area.costKey = { keyId: 'population' };
    const analysis = analyseDeterministic(byPopulation, SCENARIO);
    const lrf = analysis?.switchingValues.find((s) => s.inputId.endsWith('areas[0].savingsShare'));
    // With every other input at its median, Melhus pays more by population than its own cost today,
    // so it needs a much larger saving than the others to break even.
    expect(lrf?.perMunicipality['5028']).toBeGreaterThan(0.3);
    expect(lrf?.label).toBe('Innsparing – Lønn, regnskap og fakturering');
  });

  it('returns null for an unknown scenario', () => {
    expect(analyseDeterministic(defaultCase(), 'finnes-ikke')).toBeNull();
  });
});

describe('scenario validation at the boundary', () => {
  it('refuses inputs the engine cannot compute, naming the field', async () => {
    const { parseCase } = await import('../parse-case.ts');
    const document = structuredClone(defaultCase()) as unknown as {
      scenarios: { areas: { savingsShare: { distribution: unknown }; costKey: unknown }[] }[];
    };
    const area = document.scenarios[0]?.areas[0];
    if (!area) throw new Error('no area');
    area.savingsShare.distribution = { kind: 'pert', min: 0.2, mode: 0.2, max: 0.2 };
    area.costKey = { keyId: 'volume', options: { measure: 'payslips' } };
    const result = parseCase(document);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['scenarios[0].areas[0].savingsShare.distribution.max', 'distribution_order'],
      ['scenarios[0].areas[0].costKey', 'missing_volume'],
    ]);
  });
});
