/**
 * An example scenario for tests and benchmarks: the three municipalities and the three administrative
 * areas with today's FTE and labour cost from the seed's tables (saksframlegg, budget 2025) and the
 * 1 100 000 kr grant. Everything else (savings ranges other than the payroll area's 10 / 21 / 30 %, new
 * costs, one-off costs, volumes, start years) is an illustrative assumption, not a figure from the case.
 * The case layer builds the real scenario from the case document.
 * @module
 */
import type { ScenarioInput } from './scenario-input.ts';

const population = (value: number) => [{ referenceDate: '2025-01-01', value }];

/**
 * Three municipalities, three areas, ten years (2026–2035), prices of 2025.
 * @example computeCashFlows(EXAMPLE_SCENARIO, quantileDraw(EXAMPLE_SCENARIO, 0.5))
 */
export const EXAMPLE_SCENARIO: ScenarioInput = {
  baseYear: 2025,
  firstYear: 2026,
  horizonYears: 10,
  municipalities: [
    { id: '5027', population: population(6141) },
    { id: '5028', population: population(17812) },
    { id: '5029', population: population(8521) },
  ],
  uncertainInputs: [
    // The issue: savings 10 % / 21 % / 30 % (low / most likely / high) on payroll, accounting and invoicing.
    { id: 'savings-lrf', distribution: { kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 } },
    { id: 'savings-sb', distribution: { kind: 'triangular', min: 0.05, mode: 0.15, max: 0.25 } },
    { id: 'savings-ap', distribution: { kind: 'uniform', min: 0.05, max: 0.2 } },
    { id: 'harmonisation-lrf', distribution: { kind: 'lognormal', mu: 13.41, sigma: 0.43 } },
    { id: 'management-lrf', distribution: { kind: 'triangular', min: 200_000, mode: 300_000, max: 500_000 } },
    { id: 'wage-growth', distribution: { kind: 'normal', mean: 0.01, sd: 0.005 } },
  ],
  realWageGrowth: { inputId: 'wage-growth' },
  serviceAreas: [
    {
      id: 'lonn-regnskap-fakturering',
      participants: ['5027', '5028', '5029'],
      baseline: [
        { municipality: '5027', fte: 6.2, labourCost: 5_500_000, volumes: { payslips: 7_000 } },
        { municipality: '5028', fte: 6.4, labourCost: 5_200_000, volumes: { payslips: 19_000 } },
        { municipality: '5029', fte: 5.0, labourCost: 4_100_000, volumes: { payslips: 9_500 } },
      ],
      savingsShare: { inputId: 'savings-lrf' },
      startYear: 2027,
      rampUpYears: 2,
      attritionCap: 0.08,
      recurringCosts: [
        { id: 'leder', kind: 'management', amount: { inputId: 'management-lrf' }, startYear: 2027 },
        { id: 'system', kind: 'systems', amount: 150_000, startYear: 2027 },
        { id: 'reise', kind: 'travel', amount: 60_000, startYear: 2027 },
      ],
      oneOffCosts: [
        { id: 'prosjektleder', kind: 'projectManagement', amount: 600_000, year: 2026 },
        {
          id: 'harmonisering',
          kind: 'systemHarmonisation',
          amount: { inputId: 'harmonisation-lrf' },
          year: 2026,
        },
        { id: 'flytting', kind: 'relocation', amount: 200_000, year: 2027 },
        { id: 'avtale', kind: 'legalWork', amount: 150_000, year: 2026 },
      ],
      costKey: { keyId: 'volume', options: { measure: 'payslips' } },
      oneOffKey: { keyId: 'equal' },
    },
    {
      id: 'sentralbord',
      participants: ['5027', '5028', '5029'],
      baseline: [
        { municipality: '5027', fte: 0.8, labourCost: 640_000, volumes: { calls: 9_000 } },
        { municipality: '5028', fte: 1, labourCost: 800_000, volumes: { calls: 21_000 } },
        { municipality: '5029', fte: 0.8, labourCost: 640_000, volumes: { calls: 11_000 } },
      ],
      savingsShare: { inputId: 'savings-sb' },
      startYear: 2026,
      rampUpYears: 0,
      recurringCosts: [{ id: 'telefoni', kind: 'systems', amount: 100_000, startYear: 2026 }],
      oneOffCosts: [{ id: 'ikt', kind: 'ictInvestment', amount: 250_000, year: 2026 }],
      costKey: { keyId: 'volume', options: { measure: 'calls' } },
      oneOffKey: { keyId: 'equal' },
    },
    {
      id: 'arkiv-postmottak',
      participants: ['5027', '5028', '5029'],
      baseline: [
        { municipality: '5027', fte: 1.7, labourCost: 1_360_000 },
        { municipality: '5028', fte: 3.7, labourCost: 2_960_000 },
        { municipality: '5029', fte: 2.5, labourCost: 2_000_000 },
      ],
      savingsShare: { inputId: 'savings-ap' },
      startYear: 2028,
      rampUpYears: 1,
      attritionCap: 0.1,
      recurringCosts: [{ id: 'lokaler', kind: 'premises', amount: 120_000, startYear: 2028 }],
      oneOffCosts: [{ id: 'arkivplan', kind: 'systemHarmonisation', amount: 400_000, year: 2027 }],
      costKey: { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } },
      oneOffKey: { keyId: 'population' },
    },
  ],
  // Statsforvalteren's discretionary grant of 1 100 000 kr (the seed), shared equally here; it finances the
  // project manager and the harmonisation, so it counts up to what those cost.
  grants: [
    {
      id: 'skjonnsmidler',
      amount: 1_100_000,
      year: 2026,
      key: { keyId: 'equal' },
      financedCosts: [
        { areaId: 'lonn-regnskap-fakturering', costId: 'prosjektleder' },
        { areaId: 'lonn-regnskap-fakturering', costId: 'harmonisering' },
      ],
    },
  ],
};
