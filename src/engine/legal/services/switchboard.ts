/**
 * Sentralbord (switchboard): a service and support task without individual decisions, so every service-
 * producing model is open (LAW.md section 3.2) [S1a][S8].
 * @module
 */
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPrincipledCases, statutoryUnknown } from './shared.ts';

export const switchboard: ServiceAttributes = {
  code: 'switchboard',
  name: { nb: 'Sentralbord', en: 'Switchboard' },
  individualDecisions: noDecisions('Nei – en service- og støtteoppgave.', 'No – a service and support task.'),
  principledCases: noPrincipledCases,
  statutoryTask: statutoryUnknown,
  retained: [
    {
      code: 'own_budget_and_service_level',
      text: {
        nb: 'Hver kommune bestemmer budsjett og servicenivå og beholder ansvaret for egne oppgaver.',
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
