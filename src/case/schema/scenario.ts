/**
 * Scenarios: who joins which service area, when, at what cost and with what uncertainty. Every input says
 * where it comes from (`provenance.ts`): a source, a recorded decision, or a placeholder that nobody has set.
 * Settings that are not uncertain quantities (start year, ramp-up, keys, horizon …) carry theirs in
 * `fieldProvenance`; a setting without one is a placeholder.
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
  boundedRecord,
  list,
} from './common.ts';
import { ALLOCATION_METHOD_IDS } from '../../engine/games/allocation-method-ids.ts';
import { Provenance } from './provenance.ts';
import { TEXT_LIMITS, note, textProblem } from './text.ts';

export { Provenance } from './provenance.ts';

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

/** The simple keys of `engine/cost-sharing/registry.ts`. */
export const SIMPLE_KEY_IDS = ['population', 'volume', 'equal', 'hybrid'] as const;

/**
 * population · volume (options.measure) · equal · hybrid (options.fixedShare and options.rest), or a
 * game-theoretic allocation method of `engine/games/allocation-methods.ts` (nucleolus, Shapley, SCRB, Equal
 * Profit Method …), applied to the area's coalition costs: municipality i pays x_i / Σx of each year's cost.
 */
export const CostKeyChoice = z.strictObject({
  keyId: z.enum([...SIMPLE_KEY_IDS, ...ALLOCATION_METHOD_IDS]),
  options: z
    .record(OptionKey, z.unknown())
    .superRefine((options, ctx) => checkOptions(options, ctx))
    .optional(),
});

/** A simple key only (a grant is shared by a key, not by a game of its own). */
export const SimpleKeyChoice = z.strictObject({
  keyId: z.enum(SIMPLE_KEY_IDS),
  options: CostKeyChoice.shape.options,
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

/** Where the area's settings come from; a setting without an entry is a placeholder. */
const AreaFieldProvenance = z
  .strictObject({
    startYear: Provenance.optional(),
    rampUpYears: Provenance.optional(),
    attritionCap: Provenance.optional(),
    costKey: Provenance.optional(),
    oneOffKey: Provenance.optional(),
    includeDecentral: Provenance.optional(),
  })
  .default(() => ({}));

/**
 * Economies of scale: the savings share of a joint unit of F FTE relative to that of the whole area's unit,
 * as a curve through points (FTE, relative share), linear between them and flat beyond the ends. A group
 * of two then saves share × curve(F_pair) / curve(F_all). Without a curve every group saves the same share.
 */
export const ScaleCurve = z
  .strictObject({
    points: list(
      z.strictObject({
        fte: z.number().nonnegative().max(10_000),
        relative: z.number().min(0).max(10),
      }),
      50,
    ).min(2),
    provenance: Provenance,
  })
  .superRefine((curve, ctx) => {
    curve.points.forEach((point, i) => {
      const previous = curve.points[i - 1];
      if (previous && point.fte <= previous.fte)
        ctx.addIssue({ code: 'custom', path: ['points', i, 'fte'], message: 'scale_curve_order' });
    });
  });
export type ScaleCurve = z.infer<typeof ScaleCurve>;

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
  /**
   * The zero alternative's known future costs of going alone (system renewals, vacancies, statutory
   * changes), per municipality: avoided once the joint unit runs.
   */
  zeroAlternativeCosts: list(
    z.strictObject({
      id: Id,
      municipality: MunicipalityNumber,
      amount: UncertainAmount,
      startYear: Year,
      endYear: Year.optional(),
    }),
  ).default([]),
  scale: ScaleCurve.optional(),
  fieldProvenance: AreaFieldProvenance,
  /** Volume measures per municipality for the volume key, e.g. `{ "5029": { payslips: 9500 } }`. */
  volumes: boundedRecord(
    MunicipalityKey,
    boundedRecord(BoundedKey, z.number().nonnegative().max(MAX_VOLUME), 100),
  ).default(() => ({})),
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
  /**
   * Grants, each tied to the cost it finances (`financesCost`, a one-off cost of an area): a grant is counted
   * only up to that cost, never on its own.
   */
  grants: list(
    z.strictObject({
      grantId: Id,
      year: Year,
      key: SimpleKeyChoice,
      financesCost: z.strictObject({ areaId: Id, costId: Id }).optional(),
    }),
  ).default([]),
  realWageGrowth: UncertainRate,
  /** Price growth used only for the nominal budget view (økonomiplan). */
  inflation: z.strictObject({ value: z.number().min(-0.5).max(1), provenance: Provenance }),
  /** Real discount rate steps; R-109/21 (4 % years 0–40, 3 % to 75, 2 % after) when omitted. */
  /**
   * The lifetime of the cooperation in years from the first year (≥ the horizon). The years after the
   * horizon give the residual value (NOU 2012: 16 ch. 6): the last year's net effect, discounted. The
   * lifetime equal to the horizon means no residual value.
   */
  lifetimeYears: z
    .strictObject({ value: z.number().int().min(1).max(100), provenance: Provenance })
    .optional(),
  /** Tax financing cost per krone of net public spending (skattefinansieringskostnad), socio-economic view only. */
  taxFinancingCost: z.strictObject({ rate: z.number().min(0).max(1), provenance: Provenance }).optional(),
  /** First year of the økonomiplan in the budget view. @default the base year + 1 */
  budgetFirstYear: Year.optional(),
  fieldProvenance: z
    .strictObject({
      baseYear: Provenance.optional(),
      firstYear: Provenance.optional(),
      horizonYears: Provenance.optional(),
      discountSchedule: Provenance.optional(),
      budgetFirstYear: Provenance.optional(),
    })
    .default(() => ({})),
  discountSchedule: list(
    z.strictObject({ fromYear: z.number().int().min(0).max(100), rate: z.number().min(-0.5).max(1) }),
    100,
  )
    .min(1)
    .optional(),
});
export type Scenario = z.infer<typeof Scenario>;
