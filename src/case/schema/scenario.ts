/**
 * Scenarios: who joins which service area, when, at what cost and with what uncertainty. Every input says
 * where it comes from: a source, or an assumption with the person who owns it.
 * @module
 */
import { z } from 'zod';
import { Id, LocalizedText, MunicipalityNumber, SourceRef } from './common.ts';

/** Where an input comes from: a document, or an assumption someone owns. */
export const Provenance = z.union([
  z.strictObject({ source: SourceRef, note: z.string().optional() }),
  z.strictObject({
    assumption: z.strictObject({
      owner: z.string().trim().min(1).meta({ description: 'Who owns the assumption (role or name)' }),
      note: z.string().optional(),
    }),
  }),
]);
export type Provenance = z.infer<typeof Provenance>;

const finite = z.number().refine(Number.isFinite, { message: 'not_finite' });

/** An uncertain quantity, entered the way people think about it (low / most likely / high where it fits). */
export const Distribution = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), value: finite }),
    z.strictObject({ kind: z.literal('uniform'), min: finite, max: finite }),
    z.strictObject({ kind: z.literal('triangular'), min: finite, mode: finite, max: finite }),
    z.strictObject({ kind: z.literal('pert'), min: finite, mode: finite, max: finite }),
    z.strictObject({ kind: z.literal('normal'), mean: finite, sd: finite.nonnegative() }),
    z.strictObject({
      kind: z.literal('lognormal'),
      p10: finite.positive().meta({ description: 'Value with 10 % probability of being lower' }),
      p90: finite.positive().meta({ description: 'Value with 10 % probability of being higher' }),
    }),
  ])
  .superRefine((d, ctx) => {
    const order = (path: string, ok: boolean) =>
      ok || ctx.addIssue({ code: 'custom', path: [path], message: 'distribution_order' });
    // A range of zero width is a fixed value; the engine's distributions need low < high.
    if (d.kind === 'uniform') order('max', d.min < d.max);
    if (d.kind === 'triangular' || d.kind === 'pert') {
      order('mode', d.min <= d.mode);
      order('max', d.mode <= d.max && d.min < d.max);
    }
    if (d.kind === 'normal' && d.sd <= 0)
      ctx.addIssue({ code: 'custom', path: ['sd'], message: 'distribution_sd_zero' });
    if (d.kind === 'lognormal') order('p90', d.p10 < d.p90);
  });
export type Distribution = z.infer<typeof Distribution>;

export const UncertainQuantity = z.strictObject({ distribution: Distribution, provenance: Provenance });
export type UncertainQuantity = z.infer<typeof UncertainQuantity>;

/** population · volume (options.measure) · equal · hybrid (options.fixedShare and options.rest). */
export const CostKeyChoice = z.strictObject({
  keyId: z.enum(['population', 'volume', 'equal', 'hybrid']),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const RecurringCostKind = z.enum(['management', 'premises', 'systems', 'travel', 'other']);
export const OneOffCostKind = z.enum([
  'projectManagement',
  'systemHarmonisation',
  'relocation',
  'ictInvestment',
  'legalWork',
  'other',
]);

const Year = z.number().int().min(2000).max(2100);

export const ScenarioArea = z.strictObject({
  areaId: Id,
  participants: z.array(MunicipalityNumber).min(1),
  /** Share of today's FTE (and labour cost) saved at full effect. */
  savingsShare: UncertainQuantity,
  startYear: Year,
  rampUpYears: z.number().int().min(0).max(20),
  attritionCap: z.number().min(0).max(1).nullable().default(null),
  includeDecentral: z.boolean().default(false),
  recurringCosts: z
    .array(
      z.strictObject({
        id: Id,
        kind: RecurringCostKind,
        amount: UncertainQuantity,
        startYear: Year,
        endYear: Year.optional(),
      }),
    )
    .default([]),
  oneOffCosts: z
    .array(z.strictObject({ id: Id, kind: OneOffCostKind, amount: UncertainQuantity, year: Year }))
    .default([]),
  costKey: CostKeyChoice,
  oneOffKey: CostKeyChoice,
  /** Volume measures per municipality for the volume key, e.g. `{ "5029": { payslips: 9500 } }`. */
  volumes: z.record(z.string(), z.record(z.string(), z.number().nonnegative())).default({}),
});
export type ScenarioArea = z.infer<typeof ScenarioArea>;

export const Scenario = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: z.string().optional(),
  /** Price year of every amount (kroneår), and year 0 of discounting. */
  baseYear: Year,
  firstYear: Year.optional(),
  horizonYears: z.number().int().min(1).max(100),
  areas: z.array(ScenarioArea),
  grants: z.array(z.strictObject({ grantId: Id, year: Year, key: CostKeyChoice })).default([]),
  realWageGrowth: UncertainQuantity,
  /** Price growth used only for the nominal budget view (økonomiplan). */
  inflation: z.strictObject({ value: z.number().min(-0.5).max(1), provenance: Provenance }),
  /** Real discount rate steps; R-109/21 (4 % years 0–40, 3 % to 75, 2 % after) when omitted. */
  discountSchedule: z
    .array(z.strictObject({ fromYear: z.number().int().min(0), rate: z.number().min(-0.5).max(1) }))
    .min(1)
    .optional(),
});
export type Scenario = z.infer<typeof Scenario>;
