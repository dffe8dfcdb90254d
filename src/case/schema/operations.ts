/**
 * Running the cooperation (issue 19): the joint units, their yearly budgets in the host's account structure,
 * the a-konto calendar, how the host's ledger file is read and mapped, the settlements recorded after each
 * year, and the benefit plans with their measurements. Every amount carries its provenance (`provenance.ts`):
 * a source, a recorded decision or a placeholder, never an invented figure. The fields are exactly what the
 * engine's operations modules (`engine/operations/`) read; `case/operations/operations-inputs.ts` turns them
 * into its inputs, so no rule is written twice.
 * @module
 */
import { z } from 'zod';
import {
  BoundedKey,
  Id,
  IsoDate,
  LocalizedText,
  MAX_NOK,
  MAX_VOLUME,
  MunicipalityNumber,
  Nok,
  list,
} from './common.ts';
import { LedgerColumns as ReaderLedgerColumns } from '../ledger/ledger-columns.ts';
import { Provenance } from './provenance.ts';
import { SimpleKeyChoice } from './scenario.ts';
import { TEXT_LIMITS, note, text } from './text.ts';

const Year = z.number().int().min(2000).max(2100);
/** An account code or pattern as the ledger has it (`engine/operations/ledger-mapping.ts` reads 64 characters). */
const Code = text(64);
/** Most members a unit has, components a budget has, and periods a year has (daily at most). */
const MAX_MEMBERS = 500;
const MAX_COMPONENTS = 200;
const MAX_PERIODS = 366;

/** The host's account dimensions (kontoklasse/art, ansvar, funksjon, prosjekt). */
export const AccountDimension = z.enum(['account', 'responsibility', 'function', 'project']);

/** A member of a joint unit and when it joins or leaves; no date means a member for the whole year. */
export const UnitMember = z.strictObject({
  municipality: MunicipalityNumber,
  joins: IsoDate.optional(),
  leaves: IsoDate.optional(),
  /** When notice to leave was given; the exit date follows from the unit's notice months. */
  noticeGiven: IsoDate.optional(),
});

/**
 * Which column of the host's ledger export holds which field, as the user set it once, remembered so the next
 * year's import needs none. One definition: the reader's own (`case/ledger/ledger-columns.ts`), so what is
 * stored is exactly what reads the file (signed or debit/credit amount, separators, header row, period).
 */
export const LedgerColumns = ReaderLedgerColumns;

/** to-fund: a surplus stays in the unit's fund · to-members: each member's own result is settled (engine's `SurplusPolicy`). */
export const SurplusPolicy = z.enum(['to-fund', 'to-members']);

/** A whole number with the provenance of the value (notice months, a fund balance). */
const provenanced = <T extends z.ZodType>(value: T) => z.strictObject({ value, provenance: Provenance });

export const JointUnit = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** The vertskommune; when left out the host is not set, and the views say so. */
  hostMunicipality: provenanced(MunicipalityNumber).optional(),
  /** The scenario the unit was planned in, and the service areas it runs. */
  scenarioId: Id.optional(),
  areaIds: list(Id, 100).default([]),
  members: list(UnitMember, MAX_MEMBERS).min(1),
  /** Notice to leave in months (kommuneloven § 20-8: twelve unless the agreement says otherwise). */
  noticeMonths: provenanced(z.number().int().min(0).max(60)).optional(),
  /** The host's account dimensions the unit's accounts use. */
  dimensions: list(AccountDimension, 4).default(['account', 'responsibility', 'function']),
  ledgerColumns: LedgerColumns.optional(),
  surplusPolicy: provenanced(SurplusPolicy).optional(),
  /** The fund's balance when the unit starts (`year` is the first year it opens). */
  fundOpening: z.strictObject({ amount: Nok, year: Year, provenance: Provenance }).optional(),
});
export type JointUnit = z.infer<typeof JointUnit>;

/** Lines of the host's accounts, matched as `engine/operations/ledger-mapping.ts` does (`10*` is a prefix). */
const AccountPattern = {
  account: Code.optional(),
  responsibility: Code.optional(),
  function: Code.optional(),
  project: Code.optional(),
};

/** A phase-in from an old split to the component's key over `years`, the first of them `startYear`. */
export const PhaseInPlan = z.strictObject({
  /** The split before, per member by kommunenummer (0–1, summing to 1; the engine checks the sum). */
  oldShares: list(z.strictObject({ municipality: MunicipalityNumber, share: z.number().min(0).max(1) }), 500),
  years: z.number().int().min(1).max(50),
  startYear: Year,
  provenance: Provenance,
});

export const BudgetComponent = z
  .strictObject({
    id: Id,
    name: text(TEXT_LIMITS.name),
    kind: z.enum(['mandatory', 'optIn', 'direct', 'serviceSale']),
    /** Whole kroner; for a service sale, the cost the price is built on. */
    amount: Nok,
    provenance: Provenance,
    /** The registry's key (population, volume, equal, hybrid); none for a direct cost. */
    key: SimpleKeyChoice.optional(),
    keyProvenance: Provenance.optional(),
    participants: list(MunicipalityNumber, MAX_MEMBERS).min(1),
    /** Service sales only: 0.2 for cost + 20 %. */
    margin: provenanced(z.number().min(0).max(10)).optional(),
    /** The service area the component runs, when it is one. */
    areaId: Id.optional(),
    /** The account lines the component covers, in the host's structure. */
    accountLines: list(z.strictObject(AccountPattern), 100).default([]),
    phaseIn: PhaseInPlan.optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.kind === 'direct' && c.participants.length !== 1) issue('participants', 'direct_cost_one_member');
    if (c.kind !== 'direct' && c.key === undefined) issue('key', 'key_required');
    if (c.kind === 'serviceSale' && c.margin === undefined) issue('margin', 'margin_required');
    if (c.kind !== 'serviceSale' && c.margin !== undefined) issue('margin', 'margin_only_service_sale');
  });
export type BudgetComponent = z.infer<typeof BudgetComponent>;

/** A ledger rule: lines matching the pattern go to `component`; the first matching rule wins. */
export const LedgerRule = z.strictObject({ component: Id, ...AccountPattern });
export type LedgerRuleInput = z.infer<typeof LedgerRule>;

export const PaymentPeriod = z.strictObject({ id: text(20), dueDate: IsoDate });

/** A joint unit's budget for one year. */
export const UnitBudget = z.strictObject({
  unitId: Id,
  year: Year,
  components: list(BudgetComponent, MAX_COMPONENTS).min(1),
  ledgerRules: list(LedgerRule, MAX_COMPONENTS * 10).default([]),
  /** Volume figures the volume key reads (payslips, invoices …), per municipality and measure. */
  volumes: list(
    z.strictObject({
      municipality: MunicipalityNumber,
      measure: BoundedKey,
      value: z.number().nonnegative().max(MAX_VOLUME),
      provenance: Provenance,
    }),
  ).default([]),
  /** The a-konto calendar: the periods and their due dates, in date order. */
  aKontoPeriods: list(PaymentPeriod, MAX_PERIODS).default([]),
  note: note(TEXT_LIMITS.paragraph).optional(),
});
export type UnitBudget = z.infer<typeof UnitBudget>;

/** Whole kroner that may be negative (a component with net income). */
const SignedKroner = z.number().int().min(-MAX_NOK).max(MAX_NOK);

/**
 * A year settled from the host's ledger: the file's fingerprint and the totals it gave, not its lines.
 * `paidOnAccount` is what each member actually paid, when it differs from the a-konto plan.
 */
export const RecordedSettlement = z.strictObject({
  unitId: Id,
  year: Year,
  ledger: z.strictObject({
    /** SHA-256 of the imported file, hex. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    fileName: text(TEXT_LIMITS.name).optional(),
    lines: z.number().int().min(0).max(10_000_000),
  }),
  actualPerComponent: list(z.strictObject({ componentId: Id, amount: SignedKroner }), MAX_COMPONENTS),
  unmapped: z.strictObject({ lines: z.number().int().min(0).max(10_000_000), amount: SignedKroner }),
  paidOnAccount: list(
    z.strictObject({ municipality: MunicipalityNumber, amount: Nok }),
    MAX_MEMBERS,
  ).optional(),
  recordedOn: IsoDate,
});
export type RecordedSettlement = z.infer<typeof RecordedSettlement>;

/** A figure of the study itself, as the people page shows it for a service area (optionally one member). */
export const StudyFigure = z.strictObject({
  kind: z.enum(['fte', 'onePersonFunctions']),
  areaId: Id,
  municipality: MunicipalityNumber.optional(),
});

const IndicatorValue = z.number().min(-MAX_NOK).max(MAX_NOK);

export const BenefitPlan = z.strictObject({
  id: Id,
  unitId: Id,
  benefit: text(TEXT_LIMITS.line),
  indicator: text(TEXT_LIMITS.line),
  /** The baseline (nullpunktsmåling): a value with its provenance, or a reference to the study's figure. */
  baseline: z.union([
    z.strictObject({ date: IsoDate, value: IndicatorValue, provenance: Provenance }),
    z.strictObject({ date: IsoDate, studyFigure: StudyFigure }),
  ]),
  /** The target; `value`/`date` `null` while nobody has set them (then a placeholder). */
  target: z.strictObject({
    value: IndicatorValue.nullable(),
    date: IsoDate.nullable(),
    provenance: Provenance,
  }),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  /** How far behind the planned path still counts as on track, as a share of the planned change. @default 0 */
  tolerance: provenanced(z.number().min(0).max(1)).optional(),
  /**
   * Who owns the benefit (gevinstansvarlig): a role, never a person, with where the role comes from. `role` is
   * `null` while nobody has named one; the views then say «ikke satt» and credit no role.
   */
  benefitOwner: z.strictObject({ role: text(TEXT_LIMITS.name).nullable(), provenance: Provenance }),
  measures: list(text(TEXT_LIMITS.line), 50).default([]),
  measurements: list(
    z.strictObject({ date: IsoDate, value: IndicatorValue, provenance: Provenance }),
    MAX_PERIODS,
  ).default([]),
});
export type BenefitPlan = z.infer<typeof BenefitPlan>;

/** The operations part of the case document; empty until a unit is entered. */
export const Operations = z.strictObject({
  units: list(JointUnit, 50).default([]),
  budgets: list(UnitBudget, 500).default([]),
  settlements: list(RecordedSettlement, 500).default([]),
  benefitPlans: list(BenefitPlan, 200).default([]),
});
export type Operations = z.infer<typeof Operations>;
