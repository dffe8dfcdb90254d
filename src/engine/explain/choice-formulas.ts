/**
 * The operations of an explained model choice: a model's rank among the weighted values, and a criterion's
 * weight from pairwise judgements (AHP; the geometric mean of several persons' judgements first). Both are
 * evaluated by the engine's own functions, the ones the ranking uses, so ties and rounding agree.
 * @module
 */
import { groupWeightsByJudgements } from '../decision/group-weights.ts';
import { rankValues } from '../decision/scoring/weighted-sum.ts';

export type ChoiceFormula =
  /** The competition rank (1 for the best, ties share) of input `index` among the inputs. */
  | { op: 'rank'; index: number }
  /**
   * Criterion `criterion`'s weight (of `criteria`) from pairwise judgements: `pairs[p]` lists person p's
   * judged pairs (criterion indexes a, b); the inputs are the judgement values, person by person, in order.
   */
  | { op: 'ahpWeight'; criterion: number; criteria: number; pairs: readonly (readonly [number, number])[][] };

function ahpWeight(formula: Extract<ChoiceFormula, { op: 'ahpWeight' }>, values: readonly number[]) {
  const ids = Array.from({ length: formula.criteria }, (_, i) => `c${i}`);
  let k = 0;
  const persons = formula.pairs.map((pairs, p) => ({
    personId: `p${p}`,
    judgements: pairs.map(([a, b]) => ({ a: `c${a}`, b: `c${b}`, value: values[k++] as number })),
  }));
  return groupWeightsByJudgements(ids, persons).weights?.[`c${formula.criterion}`] ?? null;
}

/**
 * The value `formula` gives over `values`.
 * @example evaluateChoiceFormula({ op: 'rank', index: 1 }, [3.2, 3.8]) // → 1
 */
export function evaluateChoiceFormula(formula: ChoiceFormula, values: readonly number[]): number | null {
  switch (formula.op) {
    case 'rank': {
      const ranked = rankValues(values.map((value, i) => ({ id: String(i), value })));
      return ranked.find((r) => r.id === String(formula.index))?.rank ?? null;
    }
    case 'ahpWeight':
      return ahpWeight(formula, values);
  }
}
