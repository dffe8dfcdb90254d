/**
 * The terms of a cooperation agreement that the study itself does not produce: who is host, what authority is
 * delegated, notice periods, how the cooperation is dissolved. They are what the councils (or the working
 * group preparing their decision) settle, so Flokk only writes down what is entered here and shows every
 * empty term as a placeholder (`case/agreement/build-agreement.ts`). One entry per model, in the case
 * document's `agreementTerms`.
 * @module
 */
import { z } from 'zod';
import { Id, IsoDate, MunicipalityKey, MunicipalityNumber, Nok, SourceRef, boundedRecord } from './common.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** monthly · quarterly · halfYearly · yearly: how often the participants pay on account (a-konto). */
export const PaymentSchedule = z.enum(['monthly', 'quarterly', 'halfYearly', 'yearly']);
export type PaymentSchedule = z.infer<typeof PaymentSchedule>;

const paragraph = text(TEXT_LIMITS.paragraph);
/** A count per participant, by kommunenummer (representatives, board members). */
const PerMunicipalityCount = boundedRecord(MunicipalityKey, z.number().int().min(0).max(100), 500);
/** A share per participant, by kommunenummer, 0–1. */
const PerMunicipalityShare = boundedRecord(MunicipalityKey, z.number().min(0).max(1), 500);

export const AgreementTerms = z.strictObject({
  modelId: Id,
  /** The scenario whose service areas are the tasks and whose cost key shares the cost. */
  scenarioId: Id.optional(),
  /** Where the terms come from (a draft agreement, a resolution). */
  source: SourceRef.optional(),
  name: text(TEXT_LIMITS.line).optional(),
  ownLegalEntity: z.boolean().optional(),
  /** The vertskommune. */
  hostMunicipality: MunicipalityNumber.optional(),
  /** The municipality of an IKS's head office. */
  headOfficeMunicipality: MunicipalityNumber.optional(),
  purpose: paragraph.optional(),
  /** The matters an interkommunalt politisk råd may handle. */
  matters: paragraph.optional(),
  /** The authority delegated, in the councils' words. */
  delegatedAuthority: paragraph.optional(),
  transferDate: IsoDate.optional(),
  notifiedDecisions: paragraph.optional(),
  representatives: PerMunicipalityCount.optional(),
  boardMembers: PerMunicipalityCount.optional(),
  ownershipShares: PerMunicipalityShare.optional(),
  /** Liability shares, only where they differ from the ownership shares. */
  liabilityShares: PerMunicipalityShare.optional(),
  contributions: paragraph.optional(),
  borrowing: z.strictObject({ allowed: z.boolean(), ceiling: Nok.optional() }).optional(),
  paymentSchedule: PaymentSchedule.optional(),
  reporting: paragraph.optional(),
  withdrawal: z
    .strictObject({ noticeMonths: z.number().int().min(0).max(120), note: paragraph.optional() })
    .optional(),
  dissolution: paragraph.optional(),
  /** Who keeps the archive after dissolution (a municipality or an archive body). */
  archiveKeeper: text(TEXT_LIMITS.name).optional(),
  /** What other statutes require the agreement to regulate (kommuneloven § 20-4 third paragraph letter i). */
  otherStatutoryTerms: paragraph.optional(),
  disputes: paragraph.optional(),
});
export type AgreementTerms = z.infer<typeof AgreementTerms>;
