/**
 * Lønn (payroll): no individual decisions in running payroll; the guide names HR support as typical for a KO
 * [S7]. Running payroll for another employer is a typical processor relation (Datatilsynet) [L21c], so any
 * model other than the municipality itself needs a data processing agreement. What stays with each employer
 * is UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPrincipledCases, preparation, statutoryUnknown } from './shared.ts';

export const payroll: ServiceAttributes = {
  code: 'payroll',
  name: { nb: 'Lønn', nn: 'Løn', en: 'Payroll' },
  individualDecisions: noDecisions(
    {
      nb: 'Ingen enkeltvedtak i lønnskjøringen; lønnsfastsetting og ansettelser er arbeidsgiverbeslutninger.',
      nn: 'Ingen enkeltvedtak i lønskøyringa; lønsfastsetjing og tilsetjingar er arbeidsgivaravgjerder.',
      en: 'No individual decisions in running payroll; pay-setting and employment are employer decisions.',
    },
    [ref('veileder', 'kap. 6', 'S7')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Lønnskjøring, refusjoner og rapportering for arbeidsgiverne.',
    nn: 'Lønskøyring, refusjonar og rapportering for arbeidsgivarane.',
    en: 'Running payroll, refunds and reporting for the employers.',
  }),
  personalData: fact(
    true,
    {
      nb: 'Lønnskjøring behandler de ansattes personopplysninger; Datatilsynet nevner utbetaling av lønn som et typisk databehandlerforhold.',
      nn: 'Lønskøyring handsamar personopplysningane til dei tilsette; Datatilsynet nemner utbetaling av løn som eit typisk databehandlartilhøve.',
      en: 'Running payroll processes the employees’ personal data; Datatilsynet names paying wages as a typical processor relation.',
    },
    [ref('datatilsynet', null, 'L21c')],
  ),
  retained: [
    {
      code: 'employer_role',
      part: 'decision',
      text: {
        nb: 'Arbeidsgiverrollen og lønnspolitikken blir hos hver kommune med mindre ansatte overføres – detaljene er ikke bekreftet.',
        nn: 'Arbeidsgivarrolla og lønspolitikken blir verande hos kvar kommune med mindre tilsette blir overførte – detaljane er ikkje stadfesta.',
        en: 'The employer role and pay policy stay with each municipality unless staff are transferred – details not confirmed.',
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
        nn: 'Arendal og Grimstad (AKST) har hatt felles løn, rekneskap og arkiv sidan 2015 (NIVI 2024:2 slik saksframlegget siterer henne; ikkje kontrollert mot originalen).',
        en: 'Arendal and Grimstad (AKST) have shared payroll, accounting and archive since 2015 (NIVI 2024:2 as quoted in the case report; not checked against the original).',
      },
      references: [ref('saksdokument', null, 'S34b')],
      unconfirmed: true,
    },
  ],
  coveredBySources: true,
};
