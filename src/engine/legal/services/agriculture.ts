/**
 * Landbruk (agriculture): decisions under the agricultural acts are individual decisions (FOR-2003-12-08-1479
 * § 1) [S29]; a host municipality has the general access of kommuneloven § 20-1, but a specific rule for
 * agriculture was not found (UNCONFIRMED).
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noOpeningFound, unknownPrincipled } from './shared.ts';

export const agriculture: ServiceAttributes = {
  code: 'agriculture',
  name: { nb: 'Landbruk', en: 'Agriculture' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – vedtak etter jordlova (f.eks. § 9 omdisponering og § 12 deling), konsesjonsloven, odelsloven og skogbrukslova, og mange tilskuddsvedtak.',
      en: 'Yes – decisions under jordlova (e.g. § 9 change of use and § 12 division), konsesjonsloven, odelsloven and skogbrukslova, and many grant decisions.',
    },
    [ref('landbrukslovene', null, 'S29')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen avgjør saker etter konsesjonsloven, jordlova og odelsloven om ikke annet er bestemt, men ikke der den selv er part.',
      en: 'Yes – the municipality decides cases under konsesjonsloven, jordlova and odelsloven unless reserved to others, but not where it is itself a party.',
    },
    [ref('landbruksdelegeringsforskriften', '§ 1', 'S29')],
  ),
  specialActOpening: noOpeningFound(
    'Ingen hjemmel er funnet som lar IKS eller AS treffe landbruksvedtak (UNCONFIRMED).',
    'No opening has been found that lets an IKS or AS make agricultural decisions (UNCONFIRMED).',
  ),
  retained: [],
  modelRules: [
    {
      code: 'agriculture_host_general_access',
      appliesTo: ['hostMunicipality'],
      effect: 'allows',
      text: {
        nb: 'Vertskommunens generelle adgang etter kl. § 20-1 gjelder når ikke annen lov er til hinder; en særskilt regel om landbruksforvaltning i vertskommune er ikke funnet (UNCONFIRMED).',
        en: 'The host’s general access under KL § 20-1 applies unless other law bars it; a specific rule on agricultural administration in a host municipality has not been found (UNCONFIRMED).',
      },
      references: [ref('kommuneloven', '§ 20-1', 'S1a'), ref('landbruksdelegeringsforskriften', null, 'S29')],
      unconfirmed: true,
    },
    {
      code: 'agricultural_grant_schemes',
      appliesTo: ['politicalCouncil', 'jointTaskCommunity'],
      effect: 'note',
      text: {
        nb: 'KO og IPR kan forvalte tilskuddsordninger; om det omfatter statlige landbrukstilskudd, er ikke bekreftet (UNCONFIRMED).',
        en: 'A KO or IPR may administer grant schemes; whether that covers state agricultural subsidies is not confirmed (UNCONFIRMED).',
      },
      references: [
        ref('kommuneloven', '§ 18-1 annet ledd', 'S1a'),
        ref('kommuneloven', '§ 19-1 annet ledd', 'S1a'),
      ],
      unconfirmed: true,
    },
  ],
  notes: [
    {
      text: {
        nb: 'Prop. 107 L (2023–2024) legger slike oppgaver til kommunen direkte i lov eller forskrift; ikrafttredelsen er ikke bekreftet (UNCONFIRMED).',
        en: 'Prop. 107 L (2023–2024) allocates such tasks to the municipality directly by law or regulation; the date in force is not confirmed (UNCONFIRMED).',
      },
      references: [ref('prop-107-l', null, 'S29')],
      unconfirmed: true,
    },
    {
      text: {
        nb: 'Felles landbrukskontor er blant de tetteste samarbeidsområdene i Trøndelag.',
        en: 'Joint agricultural offices are among the tightest cooperation areas in Trøndelag.',
      },
      references: [ref('praksis', null, 'S33c')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
