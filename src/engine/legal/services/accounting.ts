/**
 * Regnskap (accounting): a statutory duty without individual decisions; each council itself adopts its
 * accounts (kommuneloven §§ 14-2, 14-3, 14-6, 25-1) [S1a].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPrincipledCases } from './shared.ts';

export const accounting: ServiceAttributes = {
  code: 'accounting',
  name: { nb: 'Regnskap', en: 'Accounting' },
  individualDecisions: noDecisions(
    'En lovpålagt plikt uten enkeltvedtak.',
    'A statutory duty without individual decisions.',
    [ref('kommuneloven', '§ 14-6', 'S1a')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – hver kommune skal utarbeide årsregnskap, også konsolidert (kl. § 14-6), og bokføre etter bokføringsloven.',
      en: 'Yes – each municipality must produce annual accounts, including consolidated ones (KL § 14-6), and keep books under the Bookkeeping Act.',
    },
    [ref('kommuneloven', '§ 14-6', 'S1a')],
  ),
  retained: [
    {
      code: 'accounts_adopted_by_council',
      text: {
        nb: 'Kommunestyret selv vedtar årsregnskap og årsberetning, finansielle måltall, økonomireglement og finansreglement (kl. § 14-2), innen seks måneder etter årsskiftet og etter uttalelse fra kontrollutvalget (§ 14-3).',
        en: 'The council itself adopts the accounts and annual report, financial targets and financial regulations (KL § 14-2), within six months of year end and after the control committee’s statement (§ 14-3).',
      },
      references: [ref('kommuneloven', '§ 14-2', 'S1a'), ref('kommuneloven', '§ 14-3', 'S1a')],
      unconfirmed: false,
      limitsSharing: false,
    },
    {
      code: 'internal_control',
      text: {
        nb: 'Kommunedirektøren i hver kommune beholder ansvaret for internkontroll (kl. § 25-1).',
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
        nb: 'Fristene i forskrift om økonomiplan, årsbudsjett, årsregnskap og årsberetning (FOR-2019-06-07-714) er ikke bekreftet (UNCONFIRMED).',
        en: 'The deadlines of the budget and accounts regulation (FOR-2019-06-07-714) are not confirmed (UNCONFIRMED).',
      },
      references: [],
      unconfirmed: true,
    },
  ],
  coveredBySources: true,
};
