/**
 * The shape of a cooperation-model descriptor. Each model of kommuneloven § 17-1 second paragraph, plus
 * purchase of services and professional networks, is one module in `models/` exporting such a descriptor;
 * `registry.ts` lists them. Every attribute is a `LegalFact` with its paragraph and LAW.md source.
 * @module
 */
import type { LegalFact, Text } from './legal-fact.ts';
import type { LegalReference } from './legal-reference.ts';
import type { SourceKey } from './sources.ts';

/** Ids as in the case document's `legalModels`, plus `kjop-av-tjenester`. */
export type LegalModelId =
  | 'interkommunalt-politisk-rad'
  | 'kommunalt-oppgavefellesskap'
  | 'vertskommune-administrativ'
  | 'vertskommune-nemnd'
  | 'interkommunalt-selskap'
  | 'aksjeselskap'
  | 'samvirkeforetak'
  | 'forening'
  | 'kjop-av-tjenester'
  | 'fagnettverk';

/** The group of models a service-specific rule in a special act names (e.g. matrikkellova § 5a names KL ch. 20). */
export type ModelFamily =
  /** Interkommunalt politisk råd, KL ch. 18. */
  | 'politicalCouncil'
  /** Kommunalt oppgavefellesskap, KL ch. 19. */
  | 'jointTaskCommunity'
  /** Vertskommunesamarbeid, KL ch. 20 (both variants). */
  | 'hostMunicipality'
  /** Other legal entities: IKS, AS, SA, forening (KL § 5-4). */
  | 'separateLegalEntity'
  /** Contract-based purchase of services between municipalities. */
  | 'purchaseOfServices'
  /** Informal professional network. */
  | 'professionalNetwork';

/** Authority to make individual decisions (enkeltvedtak) and regulations (forskrift) in delegated tasks. */
export type IndividualDecisionAuthority =
  /** No authority is transferred at all; each municipality keeps it (purchase of services, networks). */
  | 'none'
  /** Only the cooperation's internal matters and administering grant schemes (KL § 18-1 / § 19-1 second para.). */
  | 'internalAndGrantsOnly'
  /** Cases without principled significance (KL § 20-2, administrative host). */
  | 'nonPrincipled'
  /** All cases including principled ones, unless a statute says otherwise (KL § 20-3, joint elected board). */
  | 'all'
  /** Statutory tasks only where the special act opens for it; other matters only if not principled (KL § 5-4). */
  | 'onlyWhereSpecialActAllows';

/** Whether the model may produce services for the participants. */
export type ServiceProduction =
  /** It may take over and produce services. */
  | 'yes'
  /** It is not meant to produce services (IPR is a political forum, the guide's «skal ikke produsere tjenester»). */
  | 'notSuited'
  /** It shares knowledge only; each municipality keeps its services (professional network). */
  | 'knowledgeSharingOnly';

/** Whether the cooperation is its own legal person (eget rettssubjekt). */
export type OwnLegalEntity = 'yes' | 'no' | 'optional' | 'notApplicable';

/** Who employs the staff. */
export type Employer =
  /** The entity itself. */
  | 'ownEntity'
  /** The entity if it is its own legal person, otherwise a participant (kontorkommune). */
  | 'ownEntityOrParticipant'
  /** The host municipality. */
  | 'hostMunicipality'
  /** The selling municipality. */
  | 'seller'
  /** Each municipality keeps its own staff. */
  | 'eachMunicipality'
  /** Not covered by a readable source. */
  | 'unknown';

/** The participants' liability for the cooperation's obligations. */
export type Liability =
  /** Unlimited, each for its share; creditors claim the entity first and may turn to participants after 14 days. */
  | 'unlimitedProRata'
  /** Owners are not liable for the entity's debt. */
  | 'limited'
  /** No joint entity: each municipality keeps its own responsibility. */
  | 'eachKeepsOwn'
  /** Set by contract. */
  | 'contract'
  /** Not covered by a readable source. */
  | 'unknown';

export interface ExitRules {
  /** Statutory notice period in months, when the law sets one. */
  statutoryNoticeMonths: number | null;
  /** Where the exit rules are found. */
  regulatedBy: 'statute' | 'agreement' | 'companyLaw' | 'contract' | 'none' | 'unknown';
}

/** The bodies that govern the cooperation. */
export type GoverningBody =
  /** Representantskap. */
  | 'representativeBody'
  /** Styre. */
  | 'board'
  /** Daglig leder. */
  | 'dailyManager'
  /** Felles folkevalgt nemnd in the host. */
  | 'jointElectedBoard'
  /** The host's chief executive (kommunedirektør) deciding under delegation. */
  | 'hostChiefExecutive'
  /** Generalforsamling. */
  | 'generalMeeting';

/** Who adopts the cooperation agreement. */
export type AgreementAdoption =
  /** Each participant's municipal council itself (kommunestyret selv). */
  | 'councilItself'
  /** Founding documents under company or association law; the municipal body that decides is not in LAW.md. */
  | 'companyLaw'
  /** An ordinary contract between municipalities. */
  | 'contract'
  /** No formal agreement. */
  | 'none';

/** One point the agreement must contain by statute. */
export interface AgreementPoint {
  /** The letter in the statute's list (e.g. `b`), `null` where the statute gives none. */
  letter: string | null;
  text: Text;
  reference: LegalReference;
  unconfirmed: boolean;
}

/** A legal question the notes leave open: shown as open, never decided. */
export interface OpenQuestion {
  text: Text;
  references: readonly LegalReference[];
}

/** Whether the model needs a data processing agreement (GDPR art. 28) for personal data it processes. */
export type DataProcessingRole =
  /** It processes personal data on the municipalities' behalf: a data processing agreement is needed. */
  | 'agreementNeeded'
  /** It processes none of the municipalities' personal data. */
  | 'noProcessing'
  /** It is not meant to produce services at all. */
  | 'notApplicable';

/** The legal route by which buying from the cooperation may be exempt from tendering. */
export type ProcurementRoute =
  /** No purchase is made (a network without a mutually binding agreement). */
  | 'noContract'
  /** In-house if not its own legal person; extended in-house under joint control (FOA § 3-2) if it is. */
  | 'inHouseOrJointControl'
  /** Extended in-house provision under joint control (FOA § 3-2). */
  | 'jointControl'
  /** Cooperation between contracting authorities (FOA § 3-3). */
  | 'publicCooperation'
  /** The model is not meant to produce services, so nothing is bought. */
  | 'notApplicable';

/** applies: chapter 16 applies · appliesIfStaffMove: only if staff move with the task · noTransfer: nobody changes employer · notApplicable: no services move. */
export type Chapter16 = 'applies' | 'appliesIfStaffMove' | 'noTransfer' | 'notApplicable';

/** What the model means for employees whose work moves (arbeidsmiljøloven chapter 16). */
export interface StaffTransferFacts {
  chapter16: LegalFact<Chapter16>;
  /** transferAgreement: public pension rights carried over by Overføringsavtalen · unchanged: no change. */
  pension: LegalFact<'transferAgreement' | 'unchanged'>;
  /** rightsTransfer: contract rights pass to the new employer (§ 16-2) · unchanged: no change. */
  collectiveAgreements: LegalFact<'rightsTransfer' | 'unchanged'>;
}

export interface LegalModelDescriptor {
  id: LegalModelId;
  name: Text;
  /** Abbreviation the law or practice uses (`IPR`, `KO`, `IKS`, `AS`, `SA`), or `null`. */
  abbreviation: string | null;
  family: ModelFamily;
  /** The act and chapter the model rests on. */
  legalBasis: LegalFact<string>;
  /** Named in kommuneloven § 17-1 second paragraph. */
  listedInSection17_1: boolean;
  serviceProduction: LegalFact<ServiceProduction>;
  ownLegalEntity: LegalFact<OwnLegalEntity>;
  individualDecisions: LegalFact<IndividualDecisionAuthority>;
  employer: LegalFact<Employer>;
  liability: LegalFact<Liability>;
  exit: LegalFact<ExitRules>;
  governingBodies: LegalFact<readonly GoverningBody[]>;
  agreementAdoptedBy: LegalFact<AgreementAdoption>;
  /** The statutory minimum content of the agreement; `value` lists the points (empty when the law sets none). */
  agreementContent: LegalFact<readonly AgreementPoint[]>;
  /** Whether a data processing agreement is needed where the shared work handles personal data. */
  dataProcessing: LegalFact<DataProcessingRole>;
  /** How buying from the cooperation may avoid a tender, and the questions the notes leave open. */
  procurement: LegalFact<ProcurementRoute>;
  procurementOpenQuestions: readonly OpenQuestion[];
  /** Employer change, chapter 16, pension and collective agreements. */
  staffTransfer: StaffTransferFacts;
  /** Every LAW.md source the descriptor uses. */
  sources: readonly SourceKey[];
}

/** The attributes of a descriptor that are legal facts, in display order. */
export const MODEL_FACT_KEYS = [
  'legalBasis',
  'serviceProduction',
  'ownLegalEntity',
  'individualDecisions',
  'employer',
  'liability',
  'exit',
  'governingBodies',
  'agreementAdoptedBy',
  'agreementContent',
] as const satisfies readonly (keyof LegalModelDescriptor)[];

export type ModelFactKey = (typeof MODEL_FACT_KEYS)[number];

/**
 * The attributes LAW.md marks UNCONFIRMED, including agreement points, so a screen can flag them.
 * @example unconfirmedAttributes(interkommunaltSelskap) // → ['exit', 'agreementContent']
 */
export function unconfirmedAttributes(model: LegalModelDescriptor): ModelFactKey[] {
  return MODEL_FACT_KEYS.filter((key) => {
    const attribute = model[key];
    if (attribute.unconfirmed) return true;
    return key === 'agreementContent' && model.agreementContent.value.some((point) => point.unconfirmed);
  });
}
