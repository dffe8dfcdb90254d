/**
 * Scenarios: who joins which service area, when, at what cost and with what uncertainty. Every input says
 * where it comes from: a source, or an assumption with the person who owns it.
 * @module
 */
import { z } from 'zod';
import {
  BoundedKey,
  Id,
  LocalizedText,
  MAX_NOK,
  MAX_VOLUME,
  MunicipalityKey,
  MunicipalityNumber,
  SourceRef,
  boundedRecord,
  list,
} from './common.ts';
import { TEXT_LIMITS, note, text, textProblem } from './text.ts';

/** Where an input comes from: a document, or an assumption someone owns. */
export const Provenance = z.union([
  z.strictObject({ source: SourceRef, note: note(TEXT_LIMITS.paragraph).optional() }),
  z.strictObject({
    assumption: z.strictObject({
      owner: text(TEXT_LIMITS.name).meta({ description: 'Who owns the assumption (role or name)' }),
      note: note(TEXT_LIMITS.paragraph).optional(),
    }),
  }),
]);
export type Provenance = z.infer<typeof Provenance>;

/**
 * An uncertain quantity whose values lie in `min`–`max`, entered the way people think about it (low / most
 * likely / high where it fits). Every parameter is in that range; a standard deviation is at most its width.
 */
function distribution(min: number, max: number) {
  const value = z.number().min(min).max(max);
  const positive = z.number().positive().max(max);
  return z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('fixed'), value }),
      z.strictObject({ kind: z.literal('uniform'), min: value, max: value }),
      z.strictObject({ kind: z.literal('triangular'), min: value, mode: value, max: value }),
      z.strictObject({ kind: z.literal('pert'), min: value, mode: value, max: value }),
      z.strictObject({
        kind: z.literal('normal'),
        mean: value,
        sd: z
          .number()
          .nonnegative()
          .max(max - min),
      }),
      z.strictObject({
        kind: z.literal('lognormal'),
        p10: positive.meta({ description: 'Value with 10 % probability of being lower' }),
        p90: positive.meta({ description: 'Value with 10 % probability of being higher' }),
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
}

/** Any uncertain quantity of the case: every parameter within ± {@link MAX_NOK}. */
export const Distribution = distribution(-MAX_NOK, MAX_NOK);
export type Distribution = z.infer<typeof Distribution>;

function uncertain(min: number, max: number) {
  return z.strictObject({ distribution: distribution(min, max), provenance: Provenance });
}

export const UncertainQuantity = uncertain(-MAX_NOK, MAX_NOK);
export type UncertainQuantity = z.infer<typeof UncertainQuantity>;

/** An amount in kroner: 0 to {@link MAX_NOK}. */
const UncertainAmount = uncertain(0, MAX_NOK);
/** A share of today's FTE saved: at most all of it; below 0 where the cooperation needs more staff. */
const UncertainShare = uncertain(-1, 1);
/** A yearly growth rate, as `inflation`: −50 % to +100 %. */
const UncertainRate = uncertain(-0.5, 1);

const MAX_OPTION_ENTRIES = 20;
/** `options` (1) → `rest` (2) → `rest.options` (3): a hybrid key's rest may itself have options. */
const MAX_OPTION_DEPTH = 3;
/** An option's name, like `fixedShare`. */
const OptionKey = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);

/**
 * The options a key reads are free-form (each key checks its own, see `engine/cost-sharing/`), but bounded:
 * names like `fixedShare`, at most 20 per object and 3 objects deep, text as `note()` with 200 characters,
 * numbers within ± {@link MAX_NOK}, and no lists.
 */
function checkOptions(
  options: Record<string, unknown>,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
  depth = 1,
): void {
  const entries = Object.entries(options);
  if (entries.length > MAX_OPTION_ENTRIES) {
    ctx.addIssue({ code: 'custom', path, message: 'too_many_entries' });
    return;
  }
  for (const [key, value] of entries) {
    const at = [...path, key];
    if (depth > 1 && !OptionKey.safeParse(key).success) {
      ctx.addIssue({ code: 'custom', path: at, message: 'option_key' });
    } else if (typeof value === 'string') {
      const problem = textProblem(value, { allowEmpty: true });
      if (value.length > TEXT_LIMITS.name)
        ctx.addIssue({
          code: 'too_big',
          origin: 'string',
          maximum: TEXT_LIMITS.name,
          path: at,
          input: value,
        });
      else if (problem) ctx.addIssue({ code: 'custom', path: at, message: problem });
    } else if (typeof value === 'number') {
      if (value > MAX_NOK)
        ctx.addIssue({ code: 'too_big', origin: 'number', maximum: MAX_NOK, path: at, input: value });
      if (value < -MAX_NOK)
        ctx.addIssue({ code: 'too_small', origin: 'number', minimum: -MAX_NOK, path: at, input: value });
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      if (depth >= MAX_OPTION_DEPTH) ctx.addIssue({ code: 'custom', path: at, message: 'too_deeply_nested' });
      else checkOptions(value as Record<string, unknown>, ctx, at, depth + 1);
    } else if (typeof value !== 'boolean' && value !== null) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: at, input: value });
    }
  }
}

/** population · volume (options.measure) · equal · hybrid (options.fixedShare and options.rest). */
export const CostKeyChoice = z.strictObject({
  keyId: z.enum(['population', 'volume', 'equal', 'hybrid']),
  options: z
    .record(OptionKey, z.unknown())
    .superRefine((options, ctx) => checkOptions(options, ctx))
    .optional(),
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
  participants: list(MunicipalityNumber).min(1),
  /** Share of today's FTE (and labour cost) saved at full effect. */
  savingsShare: UncertainShare,
  startYear: Year,
  rampUpYears: z.number().int().min(0).max(20),
  attritionCap: z.number().min(0).max(1).nullable().default(null),
  includeDecentral: z.boolean().default(false),
  recurringCosts: list(
    z.strictObject({
      id: Id,
      kind: RecurringCostKind,
      amount: UncertainAmount,
      startYear: Year,
      endYear: Year.optional(),
    }),
  ).default([]),
  oneOffCosts: list(
    z.strictObject({ id: Id, kind: OneOffCostKind, amount: UncertainAmount, year: Year }),
  ).default([]),
  costKey: CostKeyChoice,
  oneOffKey: CostKeyChoice,
  /** Volume measures per municipality for the volume key, e.g. `{ "5029": { payslips: 9500 } }`. */
  volumes: boundedRecord(
    MunicipalityKey,
    boundedRecord(BoundedKey, z.number().nonnegative().max(MAX_VOLUME), 100),
  ).default({}),
});
export type ScenarioArea = z.infer<typeof ScenarioArea>;

export const Scenario = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: note(TEXT_LIMITS.paragraph).optional(),
  /** Price year of every amount (kroneår), and year 0 of discounting. */
  baseYear: Year,
  firstYear: Year.optional(),
  horizonYears: z.number().int().min(1).max(100),
  areas: list(ScenarioArea),
  grants: list(z.strictObject({ grantId: Id, year: Year, key: CostKeyChoice })).default([]),
  realWageGrowth: UncertainRate,
  /** Price growth used only for the nominal budget view (økonomiplan). */
  inflation: z.strictObject({ value: z.number().min(-0.5).max(1), provenance: Provenance }),
  /** Real discount rate steps; R-109/21 (4 % years 0–40, 3 % to 75, 2 % after) when omitted. */
  discountSchedule: list(
    z.strictObject({ fromYear: z.number().int().min(0).max(100), rate: z.number().min(-0.5).max(1) }),
    100,
  )
    .min(1)
    .optional(),
});
export type Scenario = z.infer<typeof Scenario>;
