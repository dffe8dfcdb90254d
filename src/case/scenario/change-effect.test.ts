import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { changeEffect } from './change-effect.ts';

const SCENARIO = 'administrative-tjenester';
const LRF = 'lonn-regnskap-fakturering';

/** The default case with a fixed 20 % saving on payroll (lønn, regnskap, fakturering), so figures can be worked by hand. */
function fixedSavingsCase(): CaseDocument {
  const document = structuredClone(defaultCase());
  const scenario = document.scenarios.find((s) => s.id === SCENARIO);
  if (!scenario) throw new Error('scenario missing');
  for (const area of scenario.areas) {
    area.costKey = { keyId: 'population' };
    area.oneOffKey = { keyId: 'population' };
    area.savingsShare = {
      ...area.savingsShare,
      distribution: { kind: 'fixed', value: area.areaId === LRF ? 0.2 : 0 },
    };
  }
  return document;
}

function withLabourCost(document: CaseDocument, municipality: string, labourCost: number): CaseDocument {
  const changed = structuredClone(document);
  const row = changed.baseline.find(
    (r) => r.areaId === LRF && r.municipalityNumber === municipality && r.scope === 'central',
  );
  if (!row) throw new Error('row missing');
  row.labourCost = labourCost as typeof row.labourCost;
  return changed;
}

describe('changeEffect', () => {
  it('raising Midtre Gauldal’s (5027) payroll labour cost by 1 000 000 kr raises the NPV by 20 % of it, ramped up (hand calculation)', () => {
    const before = fixedSavingsCase();
    const after = withLabourCost(before, '5027', 6_500_000); // was 5 500 000
    const effect = changeEffect(before, after);
    const scenario = effect.scenarios.find((s) => s.scenarioId === SCENARIO);
    if (!scenario?.before || !scenario.after) throw new Error('not computed');
    // The saving is 20 % of the area's labour cost, so 200 000 kr more a year at full effect; it starts in
    // 2027 and ramps up over three years (1/4, 2/4, 3/4), full from 2030. Years 2026 … 2035 are t = 1 … 10
    // discounted at 4 % from 2025: Δ = 50 000/1,04² + 100 000/1,04³ + 150 000/1,04⁴ + 200 000 · Σ_{t=5..10} 1/1,04^t.
    const flows = [0, 50_000, 100_000, 150_000, 200_000, 200_000, 200_000, 200_000, 200_000, 200_000];
    const expected = flows.reduce((sum, flow, i) => sum + flow / 1.04 ** (i + 1), 0);
    // = 46 228 + 88 900 + 128 221 + 200 000 · 4,4810 = 1 159 548 kr.
    expect(expected).toBeCloseTo(1_159_548, -1);
    expect(scenario.after.total - scenario.before.total).toBeCloseTo(expected, -2);
    // Each municipality's NPV moves, and the moves add up to the total's.
    const moves = Object.keys(scenario.after.perMunicipality).map(
      (id) => (scenario.after?.perMunicipality[id] ?? 0) - (scenario.before?.perMunicipality[id] ?? 0),
    );
    expect(moves.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, -2);
    expect(effect.municipalities.map((m) => m.name)).toEqual(after.participants.map((p) => p.name));
  });

  it('shows no movement for a revision identical to the one before', () => {
    const document = fixedSavingsCase();
    for (const s of changeEffect(document, structuredClone(document)).scenarios) {
      expect(s.after).toEqual(s.before);
      expect(s.before).not.toBeNull();
    }
  });

  it('keeps a scenario that the change removed, with nothing after', () => {
    const before = fixedSavingsCase();
    const after = structuredClone(before);
    after.scenarios = after.scenarios.filter((s) => s.id !== SCENARIO);
    const removed = changeEffect(before, after).scenarios.at(-1);
    expect(removed?.scenarioId).toBe(SCENARIO);
    expect(removed?.before).not.toBeNull();
    expect(removed?.after).toBeNull();
  });
});
