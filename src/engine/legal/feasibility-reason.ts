/**
 * The reasons a feasibility cell gives, and the rules that derive them from a model's authority to make
 * individual decisions (kommuneloven §§ 5-4, 18-1, 19-1, 20-1–20-3) and a service's share of such decisions.
 * The rules are a table keyed by the authority, so no code switches on a model's id.
 * @module
 */
import type { LegalFact, Text } from './legal-fact.ts';
import type { IndividualDecisionAuthority, LegalModelDescriptor } from './legal-model.ts';
import { ref, type LegalReference } from './legal-reference.ts';
import type { IndividualDecisionLevel, ReasonEffect, ServiceAttributes } from './service-attribute.ts';

export interface FeasibilityReason {
  /** Stable key for translations and tests, e.g. `individual_decisions_barred`. */
  code: string;
  effect: ReasonEffect;
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

type AuthorityRule = (service: ServiceAttributes, model: LegalModelDescriptor) => FeasibilityReason[];

/** The effect, code and text of a reason, per share of individual decisions in the service. */
type ByLevel = Partial<Record<IndividualDecisionLevel, [ReasonEffect, string, Text]>>;

const NO_OPENING_FOUND: LegalFact<boolean> = {
  value: false,
  text: {
    nb: 'Ingen særlov som åpner for å legge vedtakene til andre rettssubjekter, er funnet (UNCONFIRMED).',
    en: 'No special act opening for delegating the decisions to other legal entities has been found (UNCONFIRMED).',
  },
  references: [ref('kommuneloven', '§ 5-4 første ledd', 'S1a', 'S8')],
  unconfirmed: true,
};

function reasonsByLevel(
  service: ServiceAttributes,
  references: readonly LegalReference[],
  unconfirmed: boolean,
  table: ByLevel,
): FeasibilityReason[] {
  const row = table[service.individualDecisions.value];
  if (!row) return [];
  const [effect, code, text] = row;
  return [
    { code, effect, text, references, unconfirmed: unconfirmed || service.individualDecisions.unconfirmed },
  ];
}

const stayHome: ByLevel = {
  core: [
    'condition',
    'decisions_stay_with_each_municipality',
    {
      nb: 'Ingen myndighet overføres: hver kommune må treffe enkeltvedtakene selv, og bare støtte- og forberedende arbeid kan deles.',
      en: 'No authority is transferred: each municipality must make the individual decisions itself, and only support and preparatory work can be shared.',
    },
  ],
  part: [
    'condition',
    'decisions_stay_with_each_municipality',
    {
      nb: 'Enkeltvedtakene i tjenesten må hver kommune treffe selv; resten kan deles.',
      en: 'Each municipality must make the service’s individual decisions itself; the rest can be shared.',
    },
  ],
  incidental: [
    'note',
    'incidental_decisions_stay_home',
    {
      nb: 'De få enkeltvedtakene i tjenesten treffer hver kommune selv.',
      en: 'Each municipality makes the service’s few individual decisions itself.',
    },
  ],
};

const barredFromDecisions: ByLevel = {
  core: [
    'bars',
    'individual_decisions_barred',
    {
      nb: 'Tjenesten består av enkeltvedtak, og modellen kan ikke gis myndighet til å treffe enkeltvedtak (bare om interne forhold og tilskuddsordninger).',
      en: 'The service consists of individual decisions, and the model cannot be given authority to make them (only internal matters and grant schemes).',
    },
  ],
  part: [
    'condition',
    'individual_decisions_stay_home',
    {
      nb: 'Modellen kan ikke treffe enkeltvedtak: den delen av tjenesten må bli i hver kommune eller legges til en vertskommune; resten kan deles.',
      en: 'The model cannot make individual decisions: that part of the service must stay with each municipality or go to a host municipality; the rest can be shared.',
    },
  ],
  incidental: [
    'note',
    'incidental_decisions_stay_home',
    {
      nb: 'De få enkeltvedtakene i tjenesten må bli i hver kommune eller legges til en vertskommune.',
      en: 'The service’s few individual decisions must stay with each municipality or go to a host municipality.',
    },
  ],
};

const hostMayDecide = (nb: string, en: string): ByLevel => ({
  core: ['allows', 'host_may_decide', { nb, en }],
  part: ['allows', 'host_may_decide', { nb, en }],
  incidental: ['allows', 'host_may_decide', { nb, en }],
});

function principledCasesStayHome(
  service: ServiceAttributes,
  model: LegalModelDescriptor,
): FeasibilityReason[] {
  if (service.individualDecisions.value === 'none' || service.principledCases.value === 'no') return [];
  return [
    {
      code: 'principled_cases_stay_home',
      effect: 'note',
      text: {
        nb: 'Saker av prinsipiell betydning kan ikke delegeres til vertskommunens administrasjon og blir hos hver kommunes egne folkevalgte organer.',
        en: 'Cases of principled significance cannot be delegated to the host’s administration and stay with each municipality’s own elected bodies.',
      },
      references: model.individualDecisions.references,
      unconfirmed: service.principledCases.unconfirmed,
    },
  ];
}

function specialActRule(service: ServiceAttributes, model: LegalModelDescriptor): FeasibilityReason[] {
  const opening = service.specialActOpening ?? NO_OPENING_FOUND;
  const references = [...model.individualDecisions.references, ...opening.references];
  if (opening.value) {
    return reasonsByLevel(service, references, opening.unconfirmed, {
      core: ['allows', 'special_act_opens', opening.text],
      part: ['allows', 'special_act_opens', opening.text],
      incidental: ['allows', 'special_act_opens', opening.text],
    });
  }
  const barred: ByLevel = {
    core: ['bars', 'no_special_act_opening', opening.text],
    part: ['condition', 'no_special_act_opening', opening.text],
    incidental: ['note', 'no_special_act_opening', opening.text],
  };
  return reasonsByLevel(service, references, opening.unconfirmed, barred);
}

/** What each kind of decision authority means for a service with individual decisions. */
export const AUTHORITY_RULES: Readonly<Record<IndividualDecisionAuthority, AuthorityRule>> = {
  none: (service, model) =>
    reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      stayHome,
    ),
  internalAndGrantsOnly: (service, model) =>
    reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      barredFromDecisions,
    ),
  nonPrincipled: (service, model) => [
    ...reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      hostMayDecide(
        'Vertskommunens administrasjon kan få delegert enkeltvedtakene i saker uten prinsipiell betydning.',
        'The host’s administration may receive the individual decisions in cases without principled significance.',
      ),
    ),
    ...principledCasesStayHome(service, model),
  ],
  all: (service, model) =>
    reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      hostMayDecide(
        'Den felles folkevalgte nemnda kan treffe alle vedtak i tjenesten, også prinsipielle, om ikke annet følger av lov.',
        'The joint elected board may make all the service’s decisions, including principled ones, unless a statute says otherwise.',
      ),
    ),
  onlyWhereSpecialActAllows: specialActRule,
};

/** Why a service that no readable source covers gets a flagged verdict. */
export const SERVICE_NOT_IN_SOURCES: FeasibilityReason = {
  code: 'service_not_in_sources',
  effect: 'note',
  text: {
    nb: 'Kildene har ingen vurdering av denne tjenesten; vurderingen bygger på de generelle reglene (UNCONFIRMED).',
    en: 'The sources do not assess this service; the assessment rests on the general rules (UNCONFIRMED).',
  },
  references: [],
  unconfirmed: true,
};

/** The rule for a package of services: one model must be lawful for all of them (saksframlegget) [S34c]. */
export const PACKAGE_RULE: FeasibilityReason = {
  code: 'package_needs_model_lawful_for_all_services',
  effect: 'note',
  text: {
    nb: 'Flere oppgaver kan samles i ett samarbeid bare om den valgte modellen kan brukes for alle oppgavene.',
    en: 'Several tasks can be combined in one cooperation only if the chosen model can be used for all of them.',
  },
  references: [ref('saksdokument', null, 'S34c')],
  unconfirmed: false,
};
