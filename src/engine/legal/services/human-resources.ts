/**
 * Personal (human resources): LAW.md has no row for it; the guide names HR as a typical KO task [S7]. The
 * rest is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { notCoveredNote, statutoryUnknown } from './shared.ts';

export const humanResources: ServiceAttributes = {
  code: 'humanResources',
  name: { nb: 'Personal', en: 'Human resources' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'En støttefunksjon; ansettelser og andre personalvedtak tas av arbeidsgiveren. Om delte personaltjenester berører enkeltvedtak, er ikke dekket av kildene (UNCONFIRMED).',
      en: 'A support function; appointments and other staff decisions are made by the employer. Whether shared HR services touch individual decisions is not covered by the sources (UNCONFIRMED).',
    },
    [],
  ),
  principledCases: unconfirmedFact(
    'no',
    { nb: 'Antatt nei (UNCONFIRMED).', en: 'Assumed no (UNCONFIRMED).' },
    [],
  ),
  statutoryTask: statutoryUnknown,
  retained: [
    {
      code: 'employer_decisions',
      text: {
        nb: 'Arbeidsgiverbeslutningene blir hos hver arbeidsgiver (UNCONFIRMED).',
        en: 'Employer decisions stay with each employer (UNCONFIRMED).',
      },
      references: [],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [
    notCoveredNote,
    {
      text: {
        nb: 'Veilederen nevner personal (HR) som typisk oppgave for et kommunalt oppgavefellesskap.',
        en: 'The guide names HR as a typical task for a kommunalt oppgavefellesskap.',
      },
      references: [ref('veileder', 'kap. 6', 'S7')],
      unconfirmed: false,
    },
  ],
  coveredBySources: false,
};
