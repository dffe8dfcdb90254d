import { describe, expect, it } from 'vitest';
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CashFlowFigures } from '../../../engine/economics/scenario-summary.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { compareRows, type ComparedScenario } from './compare-rows.ts';

const MINUS = '\u2212';
const t: Translate = (key) => key;

/** A scenario whose analysis has only the figures the comparison reads. */
function scenario(total: number, melhus: number): ComparedScenario {
  const figures = (npv: number): CashFlowFigures => ({
    npv,
    paybackYear: null,
    paybackPeriod: null,
    paybackStatus: 'no_outlay',
    irr: { kind: 'not_meaningful', reason: 'gain_first' },
  });
  const summary = { total: figures(total), perMunicipality: { '5028': figures(melhus) } };
  return { analysis: { summary } as unknown as DeterministicAnalysis, simulation: undefined };
}

describe('compareRows', () => {
  it('shows NPVs in mill. kr with one decimal, and the difference of the exact amounts rounded once', () => {
    // A: 27 665 960 kr → 27,7; B: 27 620 000 kr → 27,6. Rounding each first would give −0,1; the exact
    // difference is −45 960 kr, which is under a tenth of a million and said so.
    const rows = compareRows(
      scenario(27_665_960, 1_250_000),
      scenario(27_620_000, -11_744_031),
      [{ id: '5028', name: 'Melhus' }],
      t,
    );
    const total = rows.find((row) => row.key === 'npv-total');
    expect(total).toMatchObject({
      a: '27,7 mill. kr',
      b: '27,6 mill. kr',
      difference: `${MINUS}0,1 til 0 mill. kr`,
    });
    // Melhus: 1 250 000 → 1,3; −11 744 031 → −11,7; difference −12 994 031 → −13,0.
    const melhus = rows.find((row) => row.key === 'npv-5028');
    expect(melhus).toMatchObject({
      a: '1,3 mill. kr',
      b: `${MINUS}11,7 mill. kr`,
      difference: `${MINUS}13,0 mill. kr`,
    });
  });

  it('writes the words around a small amount in the interface language', () => {
    const rows = compareRows(scenario(0, 0), scenario(-40_000, 0), [], t, 'en');
    expect(rows.find((row) => row.key === 'npv-total')?.difference).toBe(`${MINUS}0,1 to 0 mill. kr`);
  });
});
