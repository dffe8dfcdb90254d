/**
 * Regnskap (accounting): a statutory duty without individual decisions; each council itself adopts its
 * accounts (kommuneloven §§ 14-2, 14-3, 14-6, 25-1) [S1a].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noDecisions, noPrincipledCases, preparation } from './shared.ts';

export const accounting: ServiceAttributes = {
  code: 'accounting',
  name: { nb: 'Regnskap', nn: 'Rekneskap', en: 'Accounting' },
  individualDecisions: noDecisions(
    {
      nb: 'En lovpålagt plikt uten enkeltvedtak.',
      nn: 'Ei lovpålagd plikt utan enkeltvedtak.',
      en: 'A statutory duty without individual decisions.',
    },
    [ref('kommuneloven', '§ 14-6', 'S1a')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – hver kommune skal utarbeide årsregnskap, også konsolidert (kl. § 14-6), og bokføre etter bokføringsloven.',
      nn: 'Ja – kvar kommune skal utarbeide årsrekneskap, også konsolidert (kl. § 14-6), og bokføre etter bokføringslova.',
      en: 'Yes – each municipality must produce annual accounts, including consolidated ones (KL § 14-6), and keep books under the Bookkeeping Act.',
    },
    [ref('kommuneloven', '§ 14-6', 'S1a')],
  ),
  preparation: preparation({
    nb: 'Bokføring, avstemming og årsavslutning for kommunene.',
    nn: 'Bokføring, avstemming og årsavslutning for kommunane.',
    en: 'Bookkeeping, reconciliation and year-end closing for the municipalities.',
  }),
  personalData: caseFilePersonalData,
  retained: [
    {
      code: 'accounts_adopted_by_council',
      part: 'decision',
      text: {
        nb: 'Kommunestyret selv vedtar årsregnskap og årsberetning, finansielle måltall, økonomireglement og finansreglement (kl. § 14-2), innen seks måneder etter årsskiftet og etter uttalelse fra kontrollutvalget (§ 14-3).',
        nn: 'Kommunestyret sjølv vedtek årsrekneskap og årsmelding, finansielle måltal, økonomireglement og finansreglement (kl. § 14-2), innan seks månader etter årsskiftet og etter fråsegn frå kontrollutvalet (§ 14-3).',
        en: 'The council itself adopts the accounts and annual report, financial targets and financial regulations (KL § 14-2), within six months of year end and after the control committee’s statement (§ 14-3).',
      },
      references: [ref('kommuneloven', '§ 14-2', 'S1a'), ref('kommuneloven', '§ 14-3', 'S1a')],
      unconfirmed: false,
      limitsSharing: false,
    },
    {
      code: 'internal_control',
      part: 'preparation',
      text: {
        nb: 'Kommunedirektøren i hver kommune beholder ansvaret for internkontroll (kl. § 25-1).',
        nn: 'Kommunedirektøren i kvar kommune held på ansvaret for internkontroll (kl. § 25-1).',
        en: 'Each municipality’s chief executive keeps the responsibility for internal control (KL § 25-1).',
      },
      references: [ref('kommuneloven', '§ 25-1', 'S1a')],
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [
    {
      text: {
        nb: 'Fristene i forskrift om økonomiplan, årsbudsjett, årsregnskap og årsberetning (FOR-2019-06-07-714) er ikke bekreftet.',
        nn: 'Fristane i forskrift om økonomiplan, årsbudsjett, årsrekneskap og årsmelding (FOR-2019-06-07-714) er ikkje stadfesta.',
        en: 'The deadlines of the budget and accounts regulation (FOR-2019-06-07-714) are not confirmed.',
      },
      references: [],
      unconfirmed: true,
    },
  ],
  coveredBySources: true,
};
