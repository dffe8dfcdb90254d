/**
 * The shape of one service's legal attributes: whether it involves individual decisions (enkeltvedtak) and
 * principled cases, whether it is a statutory task, what must stay with each municipality, and the rules of
 * special acts that apply only to some models. The data is in `services/`, the list in `service-attributes.ts`.
 * @module
 */
import type { LegalFact, Text } from './legal-fact.ts';
import type { ModelFamily } from './legal-model.ts';
import type { LegalReference } from './legal-reference.ts';
import type { ServiceCode } from './service-code.ts';
import type { AppealFact, TaskDescription, TaskPart } from './task-part.ts';

/** How much of the service consists of individual decisions (enkeltvedtak) or regulations. */
export type IndividualDecisionLevel =
  /** None: a support or planning task. */
  | 'none'
  /** A few decisions beside the main work (e.g. an individual fee reduction next to invoicing). */
  | 'incidental'
  /** A real part of the service but not all of it (e.g. environmental orders next to climate planning). */
  | 'part'
  /** The service is mainly individual decisions (building permits, cadastre, agriculture). */
  | 'core';

/** Whether the service has cases of principled significance (saker av prinsipiell betydning). */
export type PrincipledCases = 'yes' | 'no' | 'unknown';

/** Whether the task is imposed by statute (lovpålagt). */
export type StatutoryTask = 'yes' | 'no' | 'partly' | 'unknown';

/** What a fact does to the verdict of a model for a service. */
export type ReasonEffect =
  /** Supports that the model is lawful for the service. */
  | 'allows'
  /** Lawful only if the stated condition is kept. */
  | 'condition'
  /** The model is not meant for it, though no statute bars it (IPR and service production). */
  | 'notSuited'
  /** A statute makes the model unlawful for the service. */
  | 'bars'
  /** Relevant, but does not change the verdict. */
  | 'note';

/** A matter that must stay with each municipality (its council itself, or its own bodies). */
export interface RetainedMatter {
  code: string;
  /** The part of the work the matter belongs to. */
  part: TaskPart;
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
  /**
   * True when the matter is the core of the service, so a shared model is lawful only with it kept at home
   * (a condition, e.g. plan adoption under pbl § 3-3); false when it is a duty beside the shared work (a note).
   */
  limitsSharing: boolean;
}

/** A rule that applies to this service in some model families only, e.g. matrikkellova § 5a naming KL ch. 20. */
export interface ServiceModelRule {
  code: string;
  /** The part of the work the rule is about. */
  part: TaskPart;
  appliesTo: readonly ModelFamily[];
  effect: ReasonEffect;
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

/** A legal fact about the service that informs the reader but does not enter the verdict. */
export interface ServiceNote {
  text: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

export interface ServiceAttributes {
  code: ServiceCode;
  name: Text;
  individualDecisions: LegalFact<IndividualDecisionLevel>;
  principledCases: LegalFact<PrincipledCases>;
  statutoryTask: LegalFact<StatutoryTask>;
  /**
   * Whether a special act opens for delegating the service's statutory decisions to other legal entities
   * (IKS, AS, SA, forening) under kommuneloven § 5-4 first paragraph. Absent for services without decisions.
   */
  specialActOpening?: LegalFact<boolean>;
  /** What the preparatory work is (case preparation, fieldwork, production). */
  preparation: TaskDescription;
  /** Who decides appeals, where the service's decisions can be appealed. */
  appeal?: AppealFact;
  /** The public register the service makes entries in, where one is kept by law. */
  registry?: TaskDescription;
  /**
   * Whether the shared work processes personal data on each municipality's behalf (payroll, case files), so a
   * cooperation that is not the municipality itself needs a data processing agreement (GDPR art. 28) [L21a].
   */
  personalData: LegalFact<boolean>;
  retained: readonly RetainedMatter[];
  modelRules: readonly ServiceModelRule[];
  notes: readonly ServiceNote[];
  /** False when LAW.md has no row for the service, so every attribute is an UNCONFIRMED reading. */
  coveredBySources: boolean;
}
