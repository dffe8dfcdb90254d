/**
 * Landbruk (agriculture): decisions under the agricultural acts are individual decisions (FOR-2003-12-08-1479
 * § 1) [S29]; a host municipality has the general access of kommuneloven § 20-1, but a specific rule for
 * agriculture was not found (UNCONFIRMED). Other models may prepare the cases while each municipality decides.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noOpeningFound, preparation, unknownPrincipled } from './shared.ts';

export const agriculture: ServiceAttributes = {
  code: 'agriculture',
  name: { nb: 'Landbruk', nn: 'Landbruk', en: 'Agriculture' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – vedtak etter jordlova (for eksempel § 9 omdisponering og § 12 deling), konsesjonsloven, odelsloven og skogbrukslova, og mange tilskuddsvedtak.',
      nn: 'Ja – vedtak etter jordlova (til dømes § 9 omdisponering og § 12 deling), konsesjonslova, odelslova og skogbrukslova, og mange tilskotsvedtak.',
      en: 'Yes – decisions under jordlova (e.g. § 9 change of use and § 12 division), konsesjonsloven, odelsloven and skogbrukslova, and many grant decisions.',
    },
    [ref('landbrukslovene', null, 'S29')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen avgjør saker etter konsesjonsloven, jordlova og odelsloven om ikke annet er bestemt, men ikke der den selv er part.',
      nn: 'Ja – kommunen avgjer saker etter konsesjonslova, jordlova og odelslova om ikkje anna er fastsett, men ikkje der han sjølv er part.',
      en: 'Yes – the municipality decides cases under konsesjonsloven, jordlova and odelsloven unless reserved to others, but not where it is itself a party.',
    },
    [ref('landbruksdelegeringsforskriften', '§ 1', 'S29')],
  ),
  specialActOpening: noOpeningFound({
    nb: 'Ingen hjemmel er funnet som lar et IKS eller AS treffe landbruksvedtak (ikke bekreftet).',
    nn: 'Ingen heimel er funnen som lèt eit IKS eller AS gjere landbruksvedtak (ikkje stadfesta).',
    en: 'No opening has been found that lets an IKS or AS make agricultural decisions (not confirmed).',
  }),
  preparation: preparation({
    nb: 'Saksforberedelse, rådgivning og kontroll i landbrukssakene.',
    nn: 'Saksførebuing, rådgiving og kontroll i landbrukssakene.',
    en: 'Case preparation, advice and inspections in agricultural cases.',
  }),
  appeal: {
    body: 'unknown',
    text: {
      nb: 'Hvem som er klageinstans for landbruksvedtakene, er ikke dekket av lovnotatene (ikke bekreftet).',
      nn: 'Kven som er klageinstans for landbruksvedtaka, er ikkje dekt av lovnotata (ikkje stadfesta).',
      en: 'Who decides appeals against agricultural decisions is not covered by the legal notes (not confirmed).',
    },
    references: [],
    unconfirmed: true,
  },
  personalData: caseFilePersonalData,
  retained: [],
  modelRules: [
    {
      code: 'agriculture_host_general_access',
      part: 'decision',
      appliesTo: ['hostMunicipality'],
      effect: 'allows',
      text: {
        nb: 'Vertskommunens generelle adgang etter kl. § 20-1 gjelder når ikke annen lov er til hinder; en særskilt regel om landbruksforvaltning i vertskommune er ikke funnet (ikke bekreftet).',
        nn: 'Den generelle tilgangen vertskommunen har etter kl. § 20-1, gjeld når ikkje anna lov er til hinder; ein særskild regel om landbruksforvalting i vertskommune er ikkje funnen (ikkje stadfesta).',
        en: 'The host’s general access under KL § 20-1 applies unless other law bars it; a specific rule on agricultural administration in a host municipality has not been found (not confirmed).',
      },
      references: [ref('kommuneloven', '§ 20-1', 'S1a'), ref('landbruksdelegeringsforskriften', null, 'S29')],
      unconfirmed: true,
    },
    {
      code: 'agricultural_grant_schemes',
      part: 'decision',
      appliesTo: ['politicalCouncil', 'jointTaskCommunity'],
      effect: 'note',
      text: {
        nb: 'KO og IPR kan forvalte tilskuddsordninger; om det omfatter statlige landbrukstilskudd, er ikke bekreftet.',
        nn: 'KO og IPR kan forvalte tilskotsordningar; om det omfattar statlege landbrukstilskot, er ikkje stadfesta.',
        en: 'A KO or IPR may administer grant schemes; whether that covers state agricultural subsidies is not confirmed.',
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
        nb: 'Prop. 107 L (2023–2024) legger slike oppgaver til kommunen direkte i lov eller forskrift; ikrafttredelsen er ikke bekreftet.',
        nn: 'Prop. 107 L (2023–2024) legg slike oppgåver til kommunen direkte i lov eller forskrift; iverksetjinga er ikkje stadfesta.',
        en: 'Prop. 107 L (2023–2024) allocates such tasks to the municipality directly by law or regulation; the date in force is not confirmed.',
      },
      references: [ref('prop-107-l', null, 'S29')],
      unconfirmed: true,
    },
    {
      text: {
        nb: 'Felles landbrukskontor er blant de tetteste samarbeidsområdene i Trøndelag.',
        nn: 'Felles landbrukskontor er blant dei tettaste samarbeidsområda i Trøndelag.',
        en: 'Joint agricultural offices are among the tightest cooperation areas in Trøndelag.',
      },
      references: [ref('praksis', null, 'S33c')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
