/**
 * The one place that says what a cooperation model may do with each part of a service's work: preparation,
 * decision, appeal and registry entry. Each rule reads only the model's declared facts (whether it may produce
 * services, its authority to make individual decisions, its data processing role, its family for the rules of
 * special acts) and the service's parts, so the matrix, the reasons, the CLI and the API all come from here and
 * cannot contradict each other. A rule returns `null` when the service has no such part.
 * @module
 */
import { AUTHORITY_RULES, type FeasibilityReason } from './feasibility-reason.ts';
import type { LegalModelDescriptor } from './legal-model.ts';
import type { ServiceAttributes } from './service-attribute.ts';
import type { TaskPart } from './task-part.ts';

type PartRule = (model: LegalModelDescriptor, service: ServiceAttributes) => FeasibilityReason[] | null;

function productionReason(model: LegalModelDescriptor): FeasibilityReason {
  const production = model.serviceProduction;
  const [code, effect] = (
    {
      yes: ['model_produces_services', 'allows'],
      notSuited: ['model_not_suited_for_services', 'notSuited'],
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

const producesServices = (model: LegalModelDescriptor) => model.serviceProduction.value === 'yes';

function retainedReasons(service: ServiceAttributes, part: TaskPart): FeasibilityReason[] {
  return service.retained
    .filter((matter) => matter.part === part)
    .map((matter) => ({
      code: matter.code,
      effect: matter.limitsSharing ? 'condition' : 'note',
      text: matter.text,
      references: matter.references,
      unconfirmed: matter.unconfirmed,
    }));
}

function modelRuleReasons(
  service: ServiceAttributes,
  model: LegalModelDescriptor,
  part: TaskPart,
): FeasibilityReason[] {
  return service.modelRules
    .filter((rule) => rule.part === part && rule.appliesTo.includes(model.family))
    .map(({ code, effect, text, references, unconfirmed }) => ({
      code,
      effect,
      text,
      references,
      unconfirmed,
    }));
}

/** The data processing agreement (GDPR art. 28) is a condition wherever shared work handles personal data. */
function dataProcessingReasons(model: LegalModelDescriptor, service: ServiceAttributes): FeasibilityReason[] {
  if (!service.personalData.value || model.dataProcessing.value !== 'agreementNeeded') return [];
  return [
    {
      code: 'data_processing_agreement',
      effect: 'condition',
      text: model.dataProcessing.text,
      references: [...model.dataProcessing.references, ...service.personalData.references],
      unconfirmed: model.dataProcessing.unconfirmed || service.personalData.unconfirmed,
    },
  ];
}

/** Matters kept at home only bind a model that takes over the work. */
const ownParts = (model: LegalModelDescriptor, service: ServiceAttributes, part: TaskPart) =>
  producesServices(model) ? retainedReasons(service, part) : [];

function hasDecisionPart(service: ServiceAttributes): boolean {
  return (
    service.individualDecisions.value !== 'none' ||
    service.retained.some((matter) => matter.part === 'decision') ||
    service.modelRules.some((rule) => rule.part === 'decision')
  );
}

/** What each model may do with each part of a service. */
export const PART_RULES: Readonly<Record<TaskPart, PartRule>> = {
  preparation: (model, service) => [
    productionReason(model),
    ...dataProcessingReasons(model, service),
    ...ownParts(model, service, 'preparation'),
    ...modelRuleReasons(service, model, 'preparation'),
  ],
  decision: (model, service) =>
    hasDecisionPart(service)
      ? [
          ...AUTHORITY_RULES[model.individualDecisions.value](service, model),
          ...ownParts(model, service, 'decision'),
          ...modelRuleReasons(service, model, 'decision'),
        ]
      : null,
  appeal: (model, service) =>
    service.appeal
      ? [
          {
            code: `appeals_body_${service.appeal.body}`,
            effect: 'note',
            text: service.appeal.text,
            references: service.appeal.references,
            unconfirmed: service.appeal.unconfirmed,
          },
          ...modelRuleReasons(service, model, 'appeal'),
        ]
      : null,
  registry: (model, service) =>
    service.registry
      ? [...ownParts(model, service, 'registry'), ...modelRuleReasons(service, model, 'registry')]
      : null,
};
