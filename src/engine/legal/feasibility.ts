/**
 * Legal feasibility of a cooperation model for a service and for a package of services: lawful, lawful with
 * conditions, not suited, or not lawful, with each reason and its paragraph. Each service is judged part by
 * part (preparation, decision, appeal, registry entry; `part-rules.ts`), and the service gets the least
 * permissive verdict of its parts, so the verdict for the whole can never be more permissive than its most
 * restricted part. A package can only use a model that is usable for all of its services (saksframlegget)
 * [S34c].
 * @module
 */
import { PACKAGE_RULE, SERVICE_NOT_IN_SOURCES, type FeasibilityReason } from './feasibility-reason.ts';
import type { LegalModelDescriptor, LegalModelId } from './legal-model.ts';
import { PART_RULES } from './part-rules.ts';
import type { ServiceAttributes } from './service-attribute.ts';
import { serviceAttributesFor } from './service-attributes.ts';
import type { ServiceCode } from './service-code.ts';
import { TASK_PARTS, type TaskPart } from './task-part.ts';
import { isUsable, VERDICT_OF_EFFECT, worstVerdict, type Verdict } from './verdict.ts';

export type { Verdict } from './verdict.ts';

export interface PartFeasibility {
  part: TaskPart;
  verdict: Verdict;
  /** The verdict rests on a fact the notes mark UNCONFIRMED. */
  unconfirmed: boolean;
  reasons: FeasibilityReason[];
}

export interface ServiceFeasibility {
  service: ServiceCode;
  verdict: Verdict;
  /** The verdict rests on a fact the notes mark UNCONFIRMED. */
  unconfirmed: boolean;
  /** The parts the service has, each with its own verdict. */
  parts: PartFeasibility[];
  /** Every reason of every part, then the service-level ones, in that order. */
  reasons: FeasibilityReason[];
}

export interface PackageFeasibility {
  modelId: LegalModelId;
  /** The least permissive verdict over the services. */
  verdict: Verdict;
  unconfirmed: boolean;
  services: ServiceFeasibility[];
  /** The rule that combines the services, with its source. */
  packageRule: FeasibilityReason;
}

/** The verdict of a list of reasons, and whether the reasons it rests on are unconfirmed. */
function judge(reasons: readonly FeasibilityReason[]): { verdict: Verdict; unconfirmed: boolean } {
  const verdict = worstVerdict(reasons.map((reason) => VERDICT_OF_EFFECT[reason.effect]));
  const basis = reasons.filter(
    (reason) => VERDICT_OF_EFFECT[reason.effect] === verdict && reason.effect !== 'note',
  );
  return { verdict, unconfirmed: basis.some((reason) => reason.unconfirmed) };
}

function partFeasibility(
  model: LegalModelDescriptor,
  service: ServiceAttributes,
  part: TaskPart,
): PartFeasibility | null {
  const reasons = PART_RULES[part](model, service);
  if (reasons === null) return null;
  return { part, ...judge(reasons), reasons };
}

/**
 * The verdict and reasons for one model and one service, part by part.
 * @example
 * serviceFeasibility(kommunaltOppgavefellesskap, 'buildingPermits').verdict // → 'conditional' (prepares; each municipality decides, kl. § 19-1 annet ledd)
 */
export function serviceFeasibility(model: LegalModelDescriptor, code: ServiceCode): ServiceFeasibility {
  const service = serviceAttributesFor(code);
  const parts = TASK_PARTS.map((part) => partFeasibility(model, service, part)).filter(
    (part): part is PartFeasibility => part !== null,
  );
  // The service-level reason is a note: it flags the verdict but never changes it.
  const serviceLevel = service.coveredBySources ? [] : [SERVICE_NOT_IN_SOURCES];
  const verdict = worstVerdict(parts.map((part) => part.verdict));
  // A usable verdict also rests on the service's share of individual decisions: an unconfirmed reading there could change it.
  const readingMatters =
    isUsable(verdict) && (service.individualDecisions.unconfirmed || !service.coveredBySources);
  const unconfirmed = readingMatters || parts.some((part) => part.verdict === verdict && part.unconfirmed);
  const reasons = [...parts.flatMap((part) => part.reasons), ...serviceLevel];
  return { service: code, verdict, unconfirmed, parts, reasons };
}

/**
 * The verdict for a package of services under one model: the least permissive of the services' verdicts.
 * @throws RangeError when `services` is empty (a package has at least one service).
 * @example
 * feasibility(vertskommuneNemnd, ['buildingPermits', 'surveying']).verdict // → 'conditional' (a data processing agreement)
 */
export function feasibility(
  model: LegalModelDescriptor,
  services: readonly ServiceCode[],
): PackageFeasibility {
  if (services.length === 0) throw new RangeError('A package needs at least one service');
  const cells = services.map((service) => serviceFeasibility(model, service));
  const verdict = worstVerdict(cells.map((cell) => cell.verdict));
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
 * The models a package may use (lawful or lawful with conditions), in registry order: the candidates to rank.
 * @example lawfulModels(legalModels, ['switchboard']).map((m) => m.id) // every model except the political council
 */
export function lawfulModels(
  models: readonly LegalModelDescriptor[],
  services: readonly ServiceCode[],
): LegalModelDescriptor[] {
  return models.filter((model) => isUsable(feasibility(model, services).verdict));
}
