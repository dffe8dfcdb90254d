/**
 * When an internal rate of return means something. IRR reads as «the interest the outlay earns» only for
 * an investment: money goes out first and comes back later, so the cash flow changes sign exactly once,
 * from − to +. Any other flow gets «ikke meningsfull» with the reason; NPV remains the criterion, as DFØ's
 * guide ranks measures by net present value (ECONOMICS.md §7; that DFØ advises against IRR in so many
 * words is unconfirmed). A flow positive first and negative later has an IRR in the arithmetic sense, but
 * a higher rate then makes it look *better*: the reason Melhus could show 498.9 % beside a negative NPV.
 * @module
 */
import { internalRateOfReturn } from './internal-rate-of-return.ts';

/** Why an IRR is not shown. */
export type IrrNotMeaningfulReason =
  /** No year with a net cost: nothing is invested, so there is no return on it. */
  | 'no_outlay'
  /** The first non-zero year is a gain: the flow is a loan taken, not an investment. */
  | 'gain_first'
  /** The flow changes sign more than once: several rates or none fit. */
  | 'several_sign_changes'
  /** The flow never turns positive: nothing is earned back. */
  | 'never_positive'
  /** One sign change, but no rate in −99 % … 1 000 % gives NPV 0. */
  | 'no_rate_in_range';

export type IrrVerdict =
  { kind: 'meaningful'; rate: number } | { kind: 'not_meaningful'; reason: IrrNotMeaningfulReason };

/**
 * The IRR of `flows` (one per year) when it means something, else the reason it does not.
 * @example irrVerdict([-100, 60, 60]) // → { kind: 'meaningful', rate: 0.1306… }
 * @example irrVerdict([100, -60, -60]) // → { kind: 'not_meaningful', reason: 'gain_first' }
 */
export function irrVerdict(flows: readonly number[]): IrrVerdict {
  const signs = flows.filter((x) => x !== 0).map(Math.sign);
  if (!signs.includes(-1)) return { kind: 'not_meaningful', reason: 'no_outlay' };
  if (signs[0] === 1) return { kind: 'not_meaningful', reason: 'gain_first' };
  const changes = signs.reduce((n, sign, i) => (i > 0 && sign !== signs[i - 1] ? n + 1 : n), 0);
  if (changes === 0) return { kind: 'not_meaningful', reason: 'never_positive' };
  if (changes > 1) return { kind: 'not_meaningful', reason: 'several_sign_changes' };
  const irr = internalRateOfReturn(flows);
  return irr.kind === 'one'
    ? { kind: 'meaningful', rate: irr.rate }
    : { kind: 'not_meaningful', reason: 'no_rate_in_range' };
}
