/**
 * The parts of a service's work that the law treats differently: preparing the cases, deciding them, handling
 * appeals and making entries in public registers. A cooperation model may do some parts and not others (a
 * kommunalt oppgavefellesskap may prepare building permits but not decide them, kommuneloven § 19-1 second
 * paragraph), so the matrix judges each part and the service as the least permissive of its parts.
 * @module
 */
import type { Text } from './legal-fact.ts';
import type { LegalReference } from './legal-reference.ts';

export const TASK_PARTS = ['preparation', 'decision', 'appeal', 'registry'] as const;

/**
 * preparation: case preparation, production and fieldwork, which needs no public authority ·
 * decision: individual decisions (enkeltvedtak) and decisions reserved to each council ·
 * appeal: who decides appeals and who prepares them as the lower instance ·
 * registry: entries in a public register the municipality keeps (matrikkel, journal, planning register).
 */
export type TaskPart = (typeof TASK_PARTS)[number];

/** Who decides appeals against the service's decisions. */
export type AppealsBody =
  /** Statsforvalteren, under authority from the ministry or by statute. */
  | 'countyGovernor'
  /** The municipality itself (its own appeals board). */
  | 'municipality'
  /** The notes do not say. */
  | 'unknown';

export interface AppealFact {
  body: AppealsBody;
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

/** A description of one part of a service: what the work is, where it rests, whether the notes confirm it. */
export interface TaskDescription {
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}
