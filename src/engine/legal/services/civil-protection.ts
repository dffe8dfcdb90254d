/**
 * Samfunnssikkerhet og beredskap (civil protection): the support work can be shared, but each municipality
 * must have its own emergency plan and risk analysis (beredskapsforskriften §§ 2, 5) [S28]. Read from the
 * 2011 text; the current version is UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { unknownPrincipled } from './shared.ts';

// The 2011 text of the regulation was read; the current version could not be.
const regulation2011 = ' Lest fra 2011-teksten; gjeldende versjon er ikke bekreftet (UNCONFIRMED).';
const regulation2011En = ' Read from the 2011 text; the current version is not confirmed (UNCONFIRMED).';

export const civilProtection: ServiceAttributes = {
  code: 'civilProtection',
  name: { nb: 'Samfunnssikkerhet og beredskap', en: 'Civil protection' },
  individualDecisions: fact(
    'none',
    {
      nb: 'Hovedsakelig ikke enkeltvedtak (planlegging, analyse, krisehåndtering).',
      en: 'Mostly no individual decisions (planning, analysis, crisis management).',
    },
    [ref('beredskapsforskriften', null, 'S28')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact('yes', { nb: 'Ja.', en: 'Yes.' }, [ref('beredskapsforskriften', null, 'S28')]),
  retained: [
    {
      code: 'own_emergency_plan_and_risk_analysis',
      text: {
        nb: `Hver kommune må ha sin egen beredskapsplan og helhetlige risiko- og sårbarhetsanalyse (§ 5), forankret i kommunestyret (§ 2).${regulation2011}`,
        en: `Each municipality must have its own emergency plan and overall risk and vulnerability analysis (§ 5), anchored in the council (§ 2).${regulation2011En}`,
      },
      references: [ref('beredskapsforskriften', '§ 5', 'S28'), ref('beredskapsforskriften', '§ 2', 'S28')],
      unconfirmed: true,
      limitsSharing: true,
    },
    {
      code: 'plan_revision_and_exercises',
      text: {
        nb: `Planen revideres minst årlig (§ 6) og øves annethvert år, sammen med andre kommuner der det passer (§ 7).${regulation2011}`,
        en: `The plan is revised at least yearly (§ 6) and exercised every second year, with other municipalities where suitable (§ 7).${regulation2011En}`,
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
        en: 'The regulation says cooperation with other municipalities should be set up where useful.',
      },
      references: [ref('beredskapsforskriften', null, 'S28')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
