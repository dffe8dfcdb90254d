/**
 * Postmottak (mail reception): registration and journaling make no individual decisions, but each public body
 * keeps its journal (offentleglova § 10) [S27], and who decides access requests in a shared model is
 * UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPrincipledCases } from './shared.ts';

export const mailReception: ServiceAttributes = {
  code: 'mailReception',
  name: { nb: 'Postmottak', en: 'Mail reception' },
  individualDecisions: noDecisions(
    'Registrering og journalføring gir ingen enkeltvedtak i seg selv, men posten gjelder saker og innsynskrav.',
    'Registration and journaling make no individual decisions in themselves, but the mail concerns cases and access requests.',
    [ref('offentleglova', '§ 10', 'S27')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – hvert offentlig organ skal føre journal (offentleglova § 10).',
      en: 'Yes – every public body must keep a journal (offentleglova § 10).',
    },
    [ref('offentleglova', '§ 10', 'S27')],
  ),
  retained: [
    {
      code: 'own_journal',
      text: {
        nb: 'Hvert offentlig organ skal føre sin journal etter arkivreglene.',
        en: 'Each public body must keep its journal under the archive rules.',
      },
      references: [ref('offentleglova', '§ 10', 'S27')],
      unconfirmed: false,
      limitsSharing: false,
    },
    {
      code: 'access_requests',
      text: {
        nb: 'Innsynskrav avgjøres av organet som har saken; om det kan deles i en annen modell enn vertskommune, er ikke bekreftet (UNCONFIRMED).',
        en: 'Access requests are decided by the body holding the case; whether that can be shared in a model other than a host municipality is not confirmed (UNCONFIRMED).',
      },
      references: [ref('offentleglova', '§ 2', 'S27')],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [],
  coveredBySources: true,
};
