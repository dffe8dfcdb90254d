/**
 * Lønn (payroll): no individual decisions in running payroll; the guide names HR support as typical for a KO
 * [S7]. What stays with each employer is UNCONFIRMED.
 * @module
 */
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPrincipledCases, statutoryUnknown } from './shared.ts';

export const payroll: ServiceAttributes = {
  code: 'payroll',
  name: { nb: 'Lønn', en: 'Payroll' },
  individualDecisions: noDecisions(
    'Ingen enkeltvedtak i lønnskjøringen; lønnsfastsetting og ansettelser er arbeidsgiverbeslutninger.',
    'No individual decisions in running payroll; pay-setting and employment are employer decisions.',
    [ref('veileder', 'kap. 6', 'S7')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: statutoryUnknown,
  retained: [
    {
      code: 'employer_role',
      text: {
        nb: 'Arbeidsgiverrollen og lønnspolitikken blir hos hver kommune med mindre ansatte overføres – detaljene er ikke bekreftet (UNCONFIRMED).',
        en: 'The employer role and pay policy stay with each municipality unless staff are transferred – details not confirmed (UNCONFIRMED).',
      },
      references: [],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [
    {
      text: {
        nb: 'Arendal og Grimstad (AKST) har hatt felles lønn, regnskap og arkiv siden 2015 (NIVI 2024:2 slik saksframlegget siterer den; ikke kontrollert mot originalen).',
        en: 'Arendal and Grimstad (AKST) have shared payroll, accounting and archive since 2015 (NIVI 2024:2 as quoted in the case report; not checked against the original).',
      },
      references: [ref('saksdokument', null, 'S34b')],
      unconfirmed: true,
    },
  ],
  coveredBySources: true,
};
