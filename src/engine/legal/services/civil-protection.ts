/**
 * Samfunnssikkerhet og beredskap (civil protection): the support work can be shared, but each municipality
 * must have its own emergency plan and risk analysis (beredskapsforskriften §§ 2, 5) [S28]. Read from the
 * 2011 text; the current version is UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noPersonalData, preparation, unknownPrincipled } from './shared.ts';

// The 2011 text of the regulation was read; the current version could not be.
const read2011 = {
  nb: ' Lest fra 2011-teksten; gjeldende versjon er ikke bekreftet.',
  nn: ' Lese frå 2011-teksten; gjeldande versjon er ikkje stadfesta.',
  en: ' Read from the 2011 text; the current version is not confirmed.',
};

export const civilProtection: ServiceAttributes = {
  code: 'civilProtection',
  name: {
    nb: 'Samfunnssikkerhet og beredskap',
    nn: 'Samfunnstryggleik og beredskap',
    en: 'Civil protection',
  },
  individualDecisions: fact(
    'none',
    {
      nb: 'Hovedsakelig ikke enkeltvedtak (planlegging, analyse, krisehåndtering).',
      nn: 'Hovudsakleg ikkje enkeltvedtak (planlegging, analyse, krisehandtering).',
      en: 'Mostly no individual decisions (planning, analysis, crisis management).',
    },
    [ref('beredskapsforskriften', null, 'S28')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact('yes', { nb: 'Ja.', nn: 'Ja.', en: 'Yes.' }, [
    ref('beredskapsforskriften', null, 'S28'),
  ]),
  preparation: preparation(
    {
      nb: 'Støttearbeid: risiko- og sårbarhetsanalyser, planutkast, øvelser og beredskapskoordinator.',
      nn: 'Støttearbeid: risiko- og sårbarheitsanalysar, planutkast, øvingar og beredskapskoordinator.',
      en: 'Support work: risk and vulnerability analyses, draft plans, exercises and an emergency coordinator.',
    },
    [ref('beredskapsforskriften', null, 'S28')],
  ),
  personalData: noPersonalData,
  retained: [
    {
      code: 'own_emergency_plan_and_risk_analysis',
      part: 'decision',
      text: {
        nb: `Hver kommune må ha sin egen beredskapsplan og helhetlige risiko- og sårbarhetsanalyse (§ 5), forankret i kommunestyret (§ 2).${read2011.nb}`,
        nn: `Kvar kommune må ha sin eigen beredskapsplan og heilskaplege risiko- og sårbarheitsanalyse (§ 5), forankra i kommunestyret (§ 2).${read2011.nn}`,
        en: `Each municipality must have its own emergency plan and overall risk and vulnerability analysis (§ 5), anchored in the council (§ 2).${read2011.en}`,
      },
      references: [ref('beredskapsforskriften', '§ 5', 'S28'), ref('beredskapsforskriften', '§ 2', 'S28')],
      unconfirmed: true,
      limitsSharing: true,
    },
    {
      code: 'plan_revision_and_exercises',
      part: 'preparation',
      text: {
        nb: `Planen revideres minst årlig (§ 6) og øves annethvert år, sammen med andre kommuner der det passer (§ 7).${read2011.nb}`,
        nn: `Planen blir revidert minst årleg (§ 6) og øvd annakvart år, saman med andre kommunar der det passar (§ 7).${read2011.nn}`,
        en: `The plan is revised at least yearly (§ 6) and exercised every second year, with other municipalities where suitable (§ 7).${read2011.en}`,
      },
      references: [ref('beredskapsforskriften', '§ 6', 'S28'), ref('beredskapsforskriften', '§ 7', 'S28')],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [
    {
      text: {
        nb: 'Forskriften sier at samarbeid med andre kommuner bør etableres der det er nyttig.',
        nn: 'Forskrifta seier at samarbeid med andre kommunar bør etablerast der det er nyttig.',
        en: 'The regulation says cooperation with other municipalities should be set up where useful.',
      },
      references: [ref('beredskapsforskriften', null, 'S28')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
