/**
 * The registry of cooperation models: the seven forms of kommuneloven § 17-1 second paragraph (with the
 * host-municipality model in its two variants, §§ 20-2 and 20-3) plus purchase of services and professional
 * networks. Screens, the CLI and documents iterate this list; adding a model is one module plus one line.
 * @module
 */
import type { LegalModelDescriptor, LegalModelId } from './legal-model.ts';
import { aksjeselskap } from './models/aksjeselskap.ts';
import { fagnettverk } from './models/fagnettverk.ts';
import { forening } from './models/forening.ts';
import { interkommunaltPolitiskRad } from './models/interkommunalt-politisk-rad.ts';
import { interkommunaltSelskap } from './models/interkommunalt-selskap.ts';
import { kjopAvTjenester } from './models/kjop-av-tjenester.ts';
import { kommunaltOppgavefellesskap } from './models/kommunalt-oppgavefellesskap.ts';
import { samvirkeforetak } from './models/samvirkeforetak.ts';
import { vertskommuneAdministrativ } from './models/vertskommune-administrativ.ts';
import { vertskommuneNemnd } from './models/vertskommune-nemnd.ts';

/** All models, from the loosest political forum to the most independent company, then the informal forms. */
export const legalModels: readonly LegalModelDescriptor[] = [
  interkommunaltPolitiskRad,
  kommunaltOppgavefellesskap,
  vertskommuneAdministrativ,
  vertskommuneNemnd,
  interkommunaltSelskap,
  aksjeselskap,
  samvirkeforetak,
  forening,
  kjopAvTjenester,
  fagnettverk,
];

/**
 * The descriptor with this id, or `undefined` for an id the registry does not know (e.g. from a case file).
 * @example legalModelById('vertskommune-nemnd')?.individualDecisions.value // → 'all'
 */
export function legalModelById(id: string): LegalModelDescriptor | undefined {
  return legalModels.find((model) => model.id === id);
}

/** True when `id` names a model in the registry. */
export function isLegalModelId(id: string): id is LegalModelId {
  return legalModelById(id) !== undefined;
}
