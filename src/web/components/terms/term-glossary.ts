/**
 * The technical terms the results pages explain where they appear (issue 17), and their message keys. The
 * words themselves are in the `messages-*-terms.ts` catalogues, so each language explains them in its own.
 * @module
 */
import type { MessageKey } from '../../i18n/catalogues.ts';

export const TERM_IDS = [
  'seed',
  'percentiles',
  'nucleolus',
  'shapley',
  'scrb',
  'epm',
  'aip',
  'aij',
  'ahp',
  'npv',
  'irr',
  'zeroAlternative',
  'fte',
  'monteCarlo',
  'kostra',
  'netExpenditure',
  'perInhabitant',
  // Running the cooperation (budget and a-konto); their words are in messages-*-operations.ts.
  'aKonto',
  'costKey',
  'hostMunicipality',
  'phaseIn',
  'margin',
  'benefitRealisation',
  'indicator',
  'baselineMeasurement',
  'benefitOwner',
] as const;

export type TermId = (typeof TERM_IDS)[number];

/** The keys of a term's name (as the text shows it) and its one- or two-sentence explanation. */
export function termKeys(id: TermId): { name: MessageKey; text: MessageKey } {
  return { name: `term.${id}.name`, text: `term.${id}.text` };
}
