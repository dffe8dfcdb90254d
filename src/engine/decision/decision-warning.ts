/**
 * A condition in the weighting or ranking that the people in the meeting should see, such as an
 * inconsistent set of pairwise comparisons. The engine returns these beside its result; it throws only on
 * programmer errors such as a negative weight.
 * @module
 */

export interface DecisionWarning {
  /** Stable key for translations and tests, e.g. `ahp_inconsistent`. */
  code: string;
  /** Where the condition is, e.g. `['judgements', 'okonomi', 'kvalitet']` or `['scores', 'aksjeselskap']`. */
  path: readonly (string | number)[];
  /** Figures for the message, e.g. `{ consistencyRatio: 0.17 }`. */
  params?: Readonly<Record<string, number | string>>;
}
