/**
 * The verdicts of the legal feasibility matrix, their order from the most to the least permissive, and the
 * verdict each kind of reason leads to. A municipal lawyer separates "the law bars it" from "the model is not
 * meant for it": an interkommunalt politisk råd *shall not* produce services (the guide, «skal ikke produsere
 * tjenester») [L6], which is a statement of the model's purpose, not a statutory bar.
 * @module
 */
import type { ReasonEffect } from './service-attribute.ts';

/** The legal verdict for a model and a task part, a service or a package of services. */
export type Verdict =
  /** The model may be used. */
  | 'lawful'
  /** The model may be used if the conditions in the reasons are kept (e.g. each municipality decides). */
  | 'conditional'
  /** No statute bars it, but the model is not meant for it (the guide's description of its purpose). */
  | 'notSuited'
  /** A statute bars the model for it; the reason names the paragraph. */
  | 'notLawful';

/** From the most to the least permissive. */
export const VERDICT_ORDER: readonly Verdict[] = ['lawful', 'conditional', 'notSuited', 'notLawful'];

/** The verdict a reason leads to on its own. */
export const VERDICT_OF_EFFECT: Readonly<Record<ReasonEffect, Verdict>> = {
  allows: 'lawful',
  note: 'lawful',
  condition: 'conditional',
  notSuited: 'notSuited',
  bars: 'notLawful',
};

/**
 * The least permissive of the verdicts (`lawful` for none).
 * @example worstVerdict(['lawful', 'notSuited', 'conditional']) // → 'notSuited'
 */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (a, b) => (VERDICT_ORDER.indexOf(b) > VERDICT_ORDER.indexOf(a) ? b : a),
    'lawful',
  );
}

/** True when `a` allows at least as much as `b`. */
export function isAtLeastAsPermissive(a: Verdict, b: Verdict): boolean {
  return VERDICT_ORDER.indexOf(a) <= VERDICT_ORDER.indexOf(b);
}

/** True when the verdict lets a model be considered for the package (lawful, or lawful with conditions). */
export function isUsable(verdict: Verdict): boolean {
  return verdict === 'lawful' || verdict === 'conditional';
}
