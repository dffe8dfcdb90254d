import { beforeAll, describe, expect, it } from 'vitest';
import { loadLpSolver, type LpSolver } from '../../engine/games/lp-solver.ts';
import { compareAllocations } from '../cost-sharing/compare-allocations.ts';
import { handCase } from '../cost-sharing/hand-case.test-helpers.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { analyseDeterministic } from '../scenario/analyse-scenario.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import fc from 'fast-check';
import { explainFigure } from './explain-figure.ts';
import { walkExplanations } from './walk-explanations.test-helpers.ts';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadLpSolver();
});

const SCENARIO = 'administrative-tjenester';
const LRF = 'lonn-regnskap-fakturering';

const walk = (document: CaseDocument, rootId: string, language: 'nb' | 'nn' | 'en' = 'nb') =>
  walkExplanations(document, rootId, language, solver);

describe('explainFigure', () => {
  it("explains Melhus' NPV down to a labour cost in the saksframlegg", () => {
    const document = defaultCase();
    const npv = explainFigure(document, `scenario:${SCENARIO}/npv/5028`, { caseId: 'c', solver });
    const analysis = analyseDeterministic(document, SCENARIO, { solver });
    expect(npv?.value).toBe(analysis?.summary.perMunicipality['5028']?.npv);
    expect(npv?.label).toBe('Netto nåverdi for Melhus');
    expect(npv?.inputs[0]?.label).toMatch(/^Netto effekt for Melhus i \d{4}$/);
    const all = walk(document, `scenario:${SCENARIO}/npv/5028`);
    const labour = all.find((f) => f.id === `scenario:${SCENARIO}/baseline/${LRF}/5028/central/labourCost`);
    expect(labour?.field?.provenance).toMatchObject({ kind: 'source' });
    expect(labour?.field?.label).toMatch(/^Melhus, .*: lønnskostnad$/);
    expect(labour?.field?.edit?.href).toBe('/saker/c/grunnlag');
    const row = document.baseline.find((r) => r.areaId === LRF && r.municipalityNumber === '5028');
    expect(labour?.value).toBe(row?.labourCost);
    // Placeholders are shown as such where the explanation ends in one.
    expect(all.some((f) => f.field?.provenance.kind === 'placeholder')).toBe(true);
    // No person reads a path: labels never contain brackets or dots of code paths.
    for (const figure of all) expect(figure.label).not.toMatch(/\[\d+\]|serviceAreas|undefined/);
  });

  it('explains a nucleolus amount down to the coalition costs and a labour cost', () => {
    const document = defaultCase();
    const id = `cost-sharing:${SCENARIO}/${LRF}/nucleolus/5028`;
    const amount = explainFigure(document, id, { caseId: 'c', solver });
    const comparison = compareAllocations(document, SCENARIO, { kind: 'area', areaId: LRF }, solver);
    const row = comparison?.analysis?.allocations.find((a) => a.id === 'nucleolus');
    const melhus = comparison?.players.findIndex((p) => p.municipality === '5028') ?? -1;
    expect(amount?.value).toBeCloseTo(row?.amounts[melhus] ?? NaN, 6);
    expect(amount?.inputs).toHaveLength(7);
    expect(amount?.inputs.map((x) => x.label)).toContain(
      'Kostnad for Melhus alene, Lønn, regnskap og fakturering',
    );
    const all = walk(document, id);
    expect(all.some((f) => f.id.endsWith(`/baseline/${LRF}/5028/central/labourCost`))).toBe(true);
  });

  it('marks a figure that differs from the value its source states', () => {
    const document = defaultCase();
    const id = `scenario:${SCENARIO}/baseline/${LRF}/5028/central/labourCost`;
    expect(explainFigure(document, id, { caseId: 'c' })?.field?.differsFromSource).toBeUndefined();
    const row = document.baseline.find(
      (r) => r.areaId === LRF && r.municipalityNumber === '5028' && r.scope === 'central',
    );
    if (!row) throw new Error('row missing');
    row.labourCost = 6_200_000 as typeof row.labourCost;
    const changed = explainFigure(document, id, { caseId: 'c' });
    expect(changed?.value).toBe(6_200_000);
    expect(changed?.field?.differsFromSource).toBe(true);
    expect(changed?.field?.provenance).toMatchObject({ kind: 'source', statedValue: 5_200_000 });
  });

  it('reads in nynorsk and English too', () => {
    const document = defaultCase();
    expect(
      explainFigure(document, `scenario:${SCENARIO}/npv/total`, { caseId: 'c', language: 'nn' })?.label,
    ).toBe('Netto noverdi for alle kommunane');
    expect(
      explainFigure(document, `scenario:${SCENARIO}/npv/5027`, { caseId: 'c', language: 'en' })?.label,
    ).toBe('Net present value for Midtre Gauldal');
  });

  it('gives null for a figure the case does not have', () => {
    const document = defaultCase();
    for (const id of ['scenario:nope/npv/5028', `scenario:${SCENARIO}/npv/9999`, 'x', 'cost-sharing:a/b/c/d'])
      expect(explainFigure(document, id, { caseId: 'c', solver })).toBeNull();
  });

  it('every figure of a hand case and of the default case is its formula over its inputs', () => {
    const hand = handCase();
    const scenarioId = hand.scenarios[0]?.id as string;
    for (const m of ['total', ...hand.participants.map((p) => p.municipalityNumber)])
      walk(hand, `scenario:${scenarioId}/npv/${m}`);
    for (const m of ['total', '5027', '5028', '5029']) walk(defaultCase(), `scenario:${SCENARIO}/npv/${m}`);
  });

  it('every explained figure is its formula over its inputs, for random variations of the default case (property)', () => {
    const keys = fc.constantFrom('population', 'equal', 'nucleolus', 'shapley', 'scrb');
    fc.assert(
      fc.property(
        keys,
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.integer({ min: 1_000_000, max: 9_000_000 }),
        (keyId, rampUpYears, savings, labourCost) => {
          const document = defaultCase();
          const scenario = document.scenarios.find((s) => s.id === SCENARIO);
          if (!scenario) throw new Error('scenario missing');
          for (const area of scenario.areas) {
            area.costKey = { keyId } as typeof area.costKey;
            area.rampUpYears = rampUpYears;
            area.savingsShare = { ...area.savingsShare, distribution: { kind: 'fixed', value: savings } };
          }
          const row = document.baseline.find((r) => r.areaId === LRF && r.municipalityNumber === '5028');
          if (row) row.labourCost = labourCost as typeof row.labourCost;
          const all = walk(document, `scenario:${SCENARIO}/npv/5028`);
          const npv = all.find((f) => f.id === `scenario:${SCENARIO}/npv/5028`);
          expect(npv?.value).toBe(
            analyseDeterministic(document, SCENARIO, { solver })?.summary.perMunicipality['5028']?.npv,
          );
          walk(document, `cost-sharing:${SCENARIO}/${LRF}/nucleolus/5028`);
        },
      ),
      { numRuns: 8 },
    );
  });
});
