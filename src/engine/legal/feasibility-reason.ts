/**
 * The reasons a feasibility cell gives, and the rules that derive the *decision* part's reasons from a model's
 * authority to make individual decisions (kommuneloven §§ 5-4, 18-1, 19-1, 20-1–20-3) and a service's share of
 * such decisions. A model that cannot decide may still prepare the cases while each municipality (or a host
 * municipality) decides, so a missing authority is a condition on the decision part, not a bar on the service.
 * The rules are a table keyed by the authority, so no code switches on a model's id.
 * @module
 */
import type { LegalFact, Text } from './legal-fact.ts';
import type { IndividualDecisionAuthority, LegalModelDescriptor } from './legal-model.ts';
import { ref, type LegalReference } from './legal-reference.ts';
import type { IndividualDecisionLevel, ReasonEffect, ServiceAttributes } from './service-attribute.ts';

export interface FeasibilityReason {
  /** Stable key for translations and tests, e.g. `cannot_decide_prepares_only`. */
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
    nb: 'Ingen særlov som åpner for å legge vedtakene til andre rettssubjekter, er funnet (ikke bekreftet).',
    nn: 'Ingen særlov som opnar for å leggje vedtaka til andre rettssubjekt, er funnen (ikkje stadfesta).',
    en: 'No special act opening for delegating the decisions to other legal entities has been found (not confirmed).',
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

const incidentalStayHome: [ReasonEffect, string, Text] = [
  'note',
  'incidental_decisions_stay_home',
  {
    nb: 'De få enkeltvedtakene i tjenesten treffer hver kommune selv (eller en vertskommune).',
    nn: 'Dei få enkeltvedtaka i tenesta gjer kvar kommune sjølv (eller ein vertskommune).',
    en: 'Each municipality (or a host municipality) makes the service’s few individual decisions itself.',
  },
];

const stayHome: ByLevel = {
  core: [
    'condition',
    'decisions_stay_with_each_municipality',
    {
      nb: 'Ingen myndighet overføres: hver kommune treffer enkeltvedtakene selv, og samarbeidet kan bare forberede sakene.',
      nn: 'Inga mynde blir overført: kvar kommune gjer enkeltvedtaka sjølv, og samarbeidet kan berre førebu sakene.',
      en: 'No authority is transferred: each municipality makes the individual decisions itself, and the cooperation can only prepare the cases.',
    },
  ],
  part: [
    'condition',
    'decisions_stay_with_each_municipality',
    {
      nb: 'Enkeltvedtakene i tjenesten treffer hver kommune selv; resten kan deles.',
      nn: 'Enkeltvedtaka i tenesta gjer kvar kommune sjølv; resten kan delast.',
      en: 'Each municipality makes the service’s individual decisions itself; the rest can be shared.',
    },
  ],
  incidental: incidentalStayHome,
};

const preparesOnly: ByLevel = {
  core: [
    'condition',
    'cannot_decide_prepares_only',
    {
      nb: 'Modellen kan ikke gis myndighet til å treffe enkeltvedtak (bare om interne forhold og tilskuddsordninger). Den kan forberede sakene, men hver kommune – eller en vertskommune – må treffe vedtakene.',
      nn: 'Modellen kan ikkje få mynde til å gjere enkeltvedtak (berre om interne forhold og tilskotsordningar). Han kan førebu sakene, men kvar kommune – eller ein vertskommune – må gjere vedtaka.',
      en: 'The model cannot be given authority to make individual decisions (only internal matters and grant schemes). It may prepare the cases, but each municipality – or a host municipality – must make the decisions.',
    },
  ],
  part: [
    'condition',
    'cannot_decide_prepares_only',
    {
      nb: 'Modellen kan ikke treffe enkeltvedtak: den delen må bli i hver kommune eller legges til en vertskommune; resten kan deles.',
      nn: 'Modellen kan ikkje gjere enkeltvedtak: den delen må bli i kvar kommune eller leggjast til ein vertskommune; resten kan delast.',
      en: 'The model cannot make individual decisions: that part must stay with each municipality or go to a host municipality; the rest can be shared.',
    },
  ],
  incidental: incidentalStayHome,
};

const hostMayDecide = (text: Text): ByLevel => ({
  core: ['allows', 'host_may_decide', text],
  part: ['allows', 'host_may_decide', text],
  incidental: ['allows', 'host_may_decide', text],
});

function principledCasesStayHome(
  service: ServiceAttributes,
  model: LegalModelDescriptor,
): FeasibilityReason[] {
  if (service.individualDecisions.value === 'none' || service.principledCases.value === 'no') return [];
  return [
    {
      code: 'principled_cases_stay_home',
      effect: 'condition',
      text: {
        nb: 'Saker av prinsipiell betydning kan ikke delegeres til vertskommunens administrasjon; de blir hos hver kommunes egne folkevalgte organer.',
        nn: 'Saker av prinsipiell betydning kan ikkje delegerast til administrasjonen i vertskommunen; dei blir verande hos dei eigne folkevalde organa i kvar kommune.',
        en: 'Cases of principled significance cannot be delegated to the host’s administration; they stay with each municipality’s own elected bodies.',
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
  const prepares: Text = {
    nb: `${opening.text.nb} Selskapet kan forberede sakene, men hver kommune (eller en vertskommune) treffer vedtakene.`,
    nn: `${opening.text.nn} Selskapet kan førebu sakene, men kvar kommune (eller ein vertskommune) gjer vedtaka.`,
    en: `${opening.text.en} The company may prepare the cases, but each municipality (or a host municipality) makes the decisions.`,
  };
  return reasonsByLevel(service, references, opening.unconfirmed, {
    core: ['condition', 'company_prepares_municipality_decides', prepares],
    part: ['condition', 'company_prepares_municipality_decides', prepares],
    incidental: incidentalStayHome,
  });
}

/** What each kind of decision authority means for the decision part of a service. */
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
      preparesOnly,
    ),
  nonPrincipled: (service, model) => [
    ...reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      hostMayDecide({
        nb: 'Vertskommunens administrasjon kan få delegert enkeltvedtakene i saker uten prinsipiell betydning.',
        nn: 'Administrasjonen i vertskommunen kan få delegert enkeltvedtaka i saker utan prinsipiell betydning.',
        en: 'The host’s administration may receive the individual decisions in cases without principled significance.',
      }),
    ),
    ...principledCasesStayHome(service, model),
  ],
  all: (service, model) =>
    reasonsByLevel(
      service,
      model.individualDecisions.references,
      model.individualDecisions.unconfirmed,
      hostMayDecide({
        nb: 'Den felles folkevalgte nemnda kan treffe alle vedtak i tjenesten, også prinsipielle, om ikke annet følger av lov.',
        nn: 'Den felles folkevalde nemnda kan gjere alle vedtak i tenesta, også prinsipielle, om ikkje anna følgjer av lov.',
        en: 'The joint elected board may make all the service’s decisions, including principled ones, unless a statute says otherwise.',
      }),
    ),
  onlyWhereSpecialActAllows: specialActRule,
};

/** Why a service that no readable source covers gets a flagged verdict. */
export const SERVICE_NOT_IN_SOURCES: FeasibilityReason = {
  code: 'service_not_in_sources',
  effect: 'note',
  text: {
    nb: 'Kildene har ingen vurdering av denne tjenesten; vurderingen bygger på de generelle reglene (ikke bekreftet).',
    nn: 'Kjeldene har inga vurdering av denne tenesta; vurderinga byggjer på dei generelle reglane (ikkje stadfesta).',
    en: 'The sources do not assess this service; the assessment rests on the general rules (not confirmed).',
  },
  references: [],
  unconfirmed: true,
};

/** The rule for a package of services: one model must be usable for all of them (saksframlegget) [S34c]. */
export const PACKAGE_RULE: FeasibilityReason = {
  code: 'package_needs_model_lawful_for_all_services',
  effect: 'note',
  text: {
    nb: 'Flere oppgaver kan samles i ett samarbeid bare om den valgte modellen kan brukes for alle oppgavene; pakken får den strengeste vurderingen blant tjenestene.',
    nn: 'Fleire oppgåver kan samlast i eitt samarbeid berre om den valde modellen kan brukast for alle oppgåvene; pakken får den strengaste vurderinga blant tenestene.',
    en: 'Several tasks can be combined in one cooperation only if the chosen model can be used for all of them; the package gets the strictest verdict among its services.',
  },
  references: [ref('saksdokument', null, 'S34c')],
  unconfirmed: false,
};
