/**
 * Personal (human resources): LAW.md has no row for it; the guide names HR as a typical KO task [S7]. The
 * rest is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import {
  assumedNoPrincipled,
  caseFilePersonalData,
  notCoveredNote,
  preparation,
  statutoryUnknown,
} from './shared.ts';

export const humanResources: ServiceAttributes = {
  code: 'humanResources',
  name: { nb: 'Personal', nn: 'Personal', en: 'Human resources' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'En støttefunksjon; ansettelser og andre personalvedtak tas av arbeidsgiveren. Om delte personaltjenester berører enkeltvedtak, er ikke dekket av kildene (ikke bekreftet).',
      nn: 'Ein støttefunksjon; tilsetjingar og andre personalvedtak blir gjorde av arbeidsgivaren. Om delte personaltenester rører ved enkeltvedtak, er ikkje dekt av kjeldene (ikkje stadfesta).',
      en: 'A support function; appointments and other staff decisions are made by the employer. Whether shared HR services touch individual decisions is not covered by the sources (not confirmed).',
    },
    [],
  ),
  principledCases: assumedNoPrincipled,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Personalrådgivning og -forvaltning for arbeidsgiverne.',
    nn: 'Personalrådgiving og -forvalting for arbeidsgivarane.',
    en: 'HR advice and administration for the employers.',
  }),
  personalData: caseFilePersonalData,
  retained: [
    {
      code: 'employer_decisions',
      part: 'decision',
      text: {
        nb: 'Arbeidsgiverbeslutningene blir hos hver arbeidsgiver (ikke bekreftet).',
        nn: 'Arbeidsgivaravgjerdene blir verande hos kvar arbeidsgivar (ikkje stadfesta).',
        en: 'Employer decisions stay with each employer (not confirmed).',
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
        nn: 'Rettleiaren nemner personal (HR) som typisk oppgåve for eit kommunalt oppgåvefellesskap.',
        en: 'The guide names HR as a typical task for a kommunalt oppgavefellesskap.',
      },
      references: [ref('veileder', 'kap. 6', 'S7')],
      unconfirmed: false,
    },
  ],
  coveredBySources: false,
};
