/**
 * Sentralbord (switchboard): a service and support task without individual decisions, so every service-
 * producing model is open (LAW.md section 3.2) [S1a][S8].
 * @module
 */
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPersonalData, noPrincipledCases, preparation, statutoryUnknown } from './shared.ts';

export const switchboard: ServiceAttributes = {
  code: 'switchboard',
  name: { nb: 'Sentralbord', nn: 'Sentralbord', en: 'Switchboard' },
  individualDecisions: noDecisions({
    nb: 'Nei – en service- og støtteoppgave.',
    nn: 'Nei – ei service- og støtteoppgåve.',
    en: 'No – a service and support task.',
  }),
  principledCases: noPrincipledCases,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Svare og sette over telefoner for kommunene.',
    nn: 'Svare og setje over telefonar for kommunane.',
    en: 'Answering and putting through calls for the municipalities.',
  }),
  personalData: noPersonalData,
  retained: [
    {
      code: 'own_budget_and_service_level',
      part: 'preparation',
      text: {
        nb: 'Hver kommune bestemmer budsjett og servicenivå og beholder ansvaret for egne oppgaver.',
        nn: 'Kvar kommune bestemmer budsjett og servicenivå og held på ansvaret for eigne oppgåver.',
        en: 'Each municipality decides budget and service level and keeps responsibility for its own tasks.',
      },
      references: [ref('saksdokument', null, 'S34a')],
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [],
  coveredBySources: true,
};
