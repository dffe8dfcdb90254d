/**
 * Compiling one service area: today's figures per participant, the ramp-up and attrition path, which
 * recurring and one-off costs fall in which year, and the key shares.
 * @module
 */
import type { KeyInput } from '../cost-sharing/cost-key.ts';
import {
  byYear,
  invalid,
  municipalityIndexes,
  requireInteger,
  sharesFor,
  yearIndexIn,
  type Context,
  type Path,
} from './compile-context.ts';
import type { CompiledArea } from './compiled-scenario.ts';
import type { ScenarioServiceArea } from './scenario-input.ts';

function rampUp(area: ScenarioServiceArea, startIndex: number, years: number, path: Path) {
  requireInteger(area.rampUpYears, [...path, 'rampUpYears'], 0);
  const cap = area.attritionCap;
  if (cap !== undefined && !(cap > 0 && cap <= 1))
    invalid([...path, 'attritionCap'], 'must be above 0 and at most 1');
  const effect = new Float64Array(years);
  const attritionLimit = new Float64Array(years).fill(Infinity);
  for (let y = Math.max(0, startIndex); y < years; y++) {
    const k = y - startIndex;
    effect[y] = Math.min(1, (k + 1) / (area.rampUpYears + 1));
    if (cap !== undefined) attritionLimit[y] = cap * (k + 1);
  }
  return { effect, attritionLimit };
}

// Today's labour cost, other costs and FTE per participant, and the facts the keys read.
function todayFigures(context: Context, area: ScenarioServiceArea, municipalities: Int32Array, path: Path) {
  area.baseline.forEach((row, r) => {
    if (!area.participants.includes(row.municipality)) {
      invalid(
        [...path, 'baseline', r, 'municipality'],
        `«${row.municipality}» does not take part in this area`,
      );
    }
  });
  const count = municipalities.length;
  const labour = new Float64Array(count);
  const other = new Float64Array(count);
  const fte = new Float64Array(count);
  const keyInputs: KeyInput[] = area.participants.map((id, i) => {
    const row = area.baseline.find((b) => b.municipality === id);
    const municipality = context.input.municipalities[municipalities[i] as number];
    if (!row) context.warnings.push({ code: 'missing_baseline', path: [...path, 'participants', i] });
    labour[i] = row?.labourCost ?? 0;
    other[i] = row?.otherCosts ?? 0;
    fte[i] = row?.fte ?? 0;
    return {
      id,
      population: municipality?.population ?? [],
      volumes: { ...municipality?.volumes, ...row?.volumes },
    };
  });
  return { labour, other, fte, keyInputs };
}

function recurringRows(context: Context, area: ScenarioServiceArea, path: Path) {
  const { years, slots } = context;
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const rows = area.recurringCosts.map((cost, c) => {
    const costPath = [...path, 'recurringCosts', c];
    requireInteger(cost.startYear, [...costPath, 'startYear']);
    const endYear = cost.endYear ?? lastYear;
    requireInteger(endYear, [...costPath, 'endYear'], cost.startYear);
    if (cost.startYear > lastYear || endYear < firstYear) {
      context.warnings.push({ code: 'cost_outside_horizon', path: costPath, year: cost.startYear });
    }
    const yearIndexes = years.flatMap((year, y) => (year >= cost.startYear && year <= endYear ? [y] : []));
    return { yearIndexes, slot: slots.resolve(cost.amount, [...costPath, 'amount']) };
  });
  return byYear(rows, years.length);
}

function oneOffRows(context: Context, area: ScenarioServiceArea, path: Path) {
  const rows = area.oneOffCosts.map((cost, c) => {
    const costPath = [...path, 'oneOffCosts', c];
    const index = yearIndexIn(context, cost.year, [...costPath, 'year']);
    return {
      yearIndexes: index === null ? [] : [index],
      slot: context.slots.resolve(cost.amount, [...costPath, 'amount']),
    };
  });
  return { rows: byYear(rows, context.years.length), costSlots: rows.map((row) => row.slot) };
}

// The zero alternative's extra costs per participant and year: rows over slots like the other costs.
function zeroAlternativeRows(context: Context, area: ScenarioServiceArea, path: Path) {
  const { years, slots } = context;
  const lastYear = years[years.length - 1] as number;
  const perParticipant = area.participants.map(() => [] as { yearIndexes: number[]; slot: number }[]);
  (area.zeroAlternativeCosts ?? []).forEach((cost, c) => {
    const costPath = [...path, 'zeroAlternativeCosts', c];
    const i = area.participants.indexOf(cost.municipality);
    if (i < 0)
      invalid([...costPath, 'municipality'], `«${cost.municipality}» does not take part in this area`);
    requireInteger(cost.startYear, [...costPath, 'startYear']);
    const endYear = cost.endYear ?? lastYear;
    requireInteger(endYear, [...costPath, 'endYear'], cost.startYear);
    const yearIndexes = years.flatMap((year, y) => (year >= cost.startYear && year <= endYear ? [y] : []));
    perParticipant[i]!.push({ yearIndexes, slot: slots.resolve(cost.amount, [...costPath, 'amount']) });
  });
  return perParticipant.map((rows) => byYear(rows, years.length));
}

const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);

/**
 * Flattens service area number `a` (see `CompiledArea`); the ramp-up effect in the unit's year k is
 * min(1, (k + 1)/(rampUpYears + 1)) and the attrition limit (k + 1) · attritionCap.
 * @throws EconomicsInputError naming the field.
 * @example compileArea(context, input.serviceAreas[0], 0).effect // → [0, 1/3, 2/3, 1, …] for a start in year 1 and ramp-up 2
 */
export function compileArea(context: Context, area: ScenarioServiceArea, a: number): CompiledArea {
  const path: Path = ['serviceAreas', a];
  const { years } = context;
  const municipalities = municipalityIndexes(context, area.participants, [...path, 'participants']);
  const { labour, other, fte, keyInputs } = todayFigures(context, area, municipalities, path);
  requireInteger(area.startYear, [...path, 'startYear']);
  const startIndex = area.startYear - (years[0] as number);
  if (startIndex >= years.length) {
    context.warnings.push({ code: 'area_starts_after_horizon', path: [...path, 'startYear'] });
  }
  const { effect, attritionLimit } = rampUp(area, startIndex, years.length, path);
  const [recurringStart, recurringSlots] = recurringRows(context, area, path);
  const oneOffs = oneOffRows(context, area, path);
  const [oneOffStart, oneOffSlots] = oneOffs.rows;
  const zeroRows = zeroAlternativeRows(context, area, path);
  return {
    id: area.id,
    count: municipalities.length,
    municipalities,
    labour,
    other,
    fte,
    labourSum: sum(labour),
    otherSum: sum(other),
    fteSum: sum(fte),
    savingsSlot: context.slots.resolve(area.savingsShare, [...path, 'savingsShare']),
    startIndex,
    effect,
    attritionLimit,
    recurringStart,
    recurringSlots,
    oneOffStart,
    oneOffSlots,
    zeroStart: zeroRows.map(([start]) => start),
    zeroSlots: zeroRows.map(([, slots]) => slots),
    oneOffIds: area.oneOffCosts.map((cost) => cost.id),
    oneOffCostSlots: oneOffs.costSlots,
    costShares: sharesFor(keyInputs, area.costKey, [...path, 'costKey']),
    oneOffShares: sharesFor(keyInputs, area.oneOffKey, [...path, 'oneOffKey']),
  };
}
