/**
 * Legal feasibility of a cooperation model for a service and for a package of services: lawful, lawful with
 * conditions, or not lawful, with each reason and its paragraph. A package can only use a model that is
 * lawful for all of its services (saksframlegget) [S34c]; it is conditional if any service is.
 *
 * The reasons come from three places: whether the model may produce services at all (IPR shall not; a
 * network only shares knowledge), what its authority to make individual decisions allows for the service
 * (`AUTHORITY_RULES`), and what must stay with each municipality or what a special act says for some models
 * (the service's `retained` matters and `modelRules`). The verdict is the strongest effect among them:
 * `bars` → not lawful, `condition` → conditional, otherwise lawful.
 * @module
 */
import {
  AUTHORITY_RULES,
  PACKAGE_RULE,
  SERVICE_NOT_IN_SOURCES,
  type FeasibilityReason,
} from './feasibility-reason.ts';
import type { LegalModelDescriptor, LegalModelId } from './legal-model.ts';
import type { ReasonEffect, ServiceAttributes } from './service-attribute.ts';
import { serviceAttributesFor } from './service-attributes.ts';
import type { ServiceCode } from './service-code.ts';

/** The legal verdict for a model and a service (or a package of services). */
export type Verdict =
  /** The model may be used. */
  | 'lawful'
  /** The model may be used if the conditions in the reasons are kept (e.g. each council adopts its own plan). */
  | 'conditional'
  /** The law bars the model for the service. */
  | 'notLawful';

export interface ServiceFeasibility {
  service: ServiceCode;
  verdict: Verdict;
  /** The verdict rests on a fact LAW.md marks UNCONFIRMED. */
  unconfirmed: boolean;
  reasons: FeasibilityReason[];
}

export interface PackageFeasibility {
  modelId: LegalModelId;
  /** The weakest verdict over the services. */
  verdict: Verdict;
  unconfirmed: boolean;
  services: ServiceFeasibility[];
  /** The rule that combines the services, with its source. */
  packageRule: FeasibilityReason;
}

const VERDICT_ORDER: readonly Verdict[] = ['lawful', 'conditional', 'notLawful'];

const VERDICT_OF_EFFECT: Readonly<Record<ReasonEffect, Verdict>> = {
  allows: 'lawful',
  note: 'lawful',
  condition: 'conditional',
  bars: 'notLawful',
};

function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (a, b) => (VERDICT_ORDER.indexOf(b) > VERDICT_ORDER.indexOf(a) ? b : a),
    'lawful',
  );
}

function productionReason(model: LegalModelDescriptor): FeasibilityReason {
  const production = model.serviceProduction;
  const [code, effect] = (
    {
      yes: ['model_produces_services', 'allows'],
      barred: ['model_produces_no_services', 'bars'],
      knowledgeSharingOnly: ['knowledge_sharing_only', 'condition'],
    } as const
  )[production.value];
  return {
    code,
    effect,
    text: production.text,
    references: production.references,
    unconfirmed: production.unconfirmed,
  };
}

function retainedReasons(service: ServiceAttributes): FeasibilityReason[] {
  return service.retained.map((matter) => ({
    code: matter.code,
    effect: matter.limitsSharing ? 'condition' : 'note',
    text: matter.text,
    references: matter.references,
    unconfirmed: matter.unconfirmed,
  }));
}

function modelRuleReasons(service: ServiceAttributes, model: LegalModelDescriptor): FeasibilityReason[] {
  return service.modelRules
    .filter((rule) => rule.appliesTo.includes(model.family))
    .map(({ code, effect, text, references, unconfirmed }) => ({
      code,
      effect,
      text,
      references,
      unconfirmed,
    }));
}

/**
 * The verdict and reasons for one model and one service.
 * @example
 * serviceFeasibility(kommunaltOppgavefellesskap, 'buildingPermits').verdict // → 'notLawful' (kl. § 19-1 annet ledd)
 */
export function serviceFeasibility(model: LegalModelDescriptor, code: ServiceCode): ServiceFeasibility {
  const service = serviceAttributesFor(code);
  const production = productionReason(model);
  const producesServices = model.serviceProduction.value === 'yes';
  const reasons: FeasibilityReason[] = [
    production,
    // A network transfers nothing, so its production reason already says that the decisions stay at home.
    ...(model.serviceProduction.value === 'knowledgeSharingOnly'
      ? []
      : AUTHORITY_RULES[model.individualDecisions.value](service, model)),
    ...(producesServices ? retainedReasons(service) : []),
    ...modelRuleReasons(service, model),
    ...(service.coveredBySources ? [] : [SERVICE_NOT_IN_SOURCES]),
  ];
  const verdict = worst(reasons.map((reason) => VERDICT_OF_EFFECT[reason.effect]));
  const basis = reasons.filter(
    (reason) => VERDICT_OF_EFFECT[reason.effect] === verdict && reason.effect !== 'note',
  );
  // A verdict other than "not lawful" also rests on the service's share of individual decisions: an unconfirmed reading there could bar the model.
  const readingMatters =
    verdict !== 'notLawful' && (service.individualDecisions.unconfirmed || !service.coveredBySources);
  const unconfirmed = readingMatters || basis.some((reason) => reason.unconfirmed);
  return { service: code, verdict, unconfirmed, reasons };
}

/**
 * The verdict for a package of services under one model: not lawful if the model is unlawful for any
 * service, conditional if it is conditional for any, otherwise lawful.
 * @throws RangeError when `services` is empty (a package has at least one service).
 * @example
 * feasibility(vertskommuneAdministrativ, ['buildingPermits', 'surveying']).verdict // → 'lawful'
 */
export function feasibility(
  model: LegalModelDescriptor,
  services: readonly ServiceCode[],
): PackageFeasibility {
  if (services.length === 0) throw new RangeError('A package needs at least one service');
  const cells = services.map((service) => serviceFeasibility(model, service));
  const verdict = worst(cells.map((cell) => cell.verdict));
  const unconfirmed = cells.some((cell) => cell.verdict === verdict && cell.unconfirmed);
  return { modelId: model.id, verdict, unconfirmed, services: cells, packageRule: PACKAGE_RULE };
}

/**
 * The matrix model × service: one package verdict per model, each with its cells.
 * @example feasibilityMatrix(legalModels, ['switchboard', 'agriculture']).map((row) => row.verdict)
 */
export function feasibilityMatrix(
  models: readonly LegalModelDescriptor[],
  services: readonly ServiceCode[],
): PackageFeasibility[] {
  return models.map((model) => feasibility(model, services));
}

/**
 * The models a package may use (lawful or conditional), in registry order: the candidates to rank.
 * @example lawfulModels(legalModels, ['surveying']).map((m) => m.id)
 * // → ['vertskommune-administrativ', 'vertskommune-nemnd', 'kjop-av-tjenester', 'fagnettverk']
 */
export function lawfulModels(
  models: readonly LegalModelDescriptor[],
  services: readonly ServiceCode[],
): LegalModelDescriptor[] {
  return models.filter((model) => feasibility(model, services).verdict !== 'notLawful');
}
