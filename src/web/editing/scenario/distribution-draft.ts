/**
 * An uncertain quantity as the scenario editor holds it: the distribution's kind and each parameter as
 * typed. Shares are typed in percent (21 for 0.21), amounts in kroner. Switching kind carries the
 * low / most likely / high reading over, so a PERT estimate becomes a sensible uniform or normal one.
 * @module
 */
import type { Distribution } from '../../../case/schema/scenario.ts';
import { Z90 } from '../../../engine/statistics/standard-normal.ts';
import { numberToInput, parseNumber } from '../parse-number.ts';

/** The distribution kinds of the case schema, in the engine registry's order. */
export type DistributionKind = Distribution['kind'];

/** Every parameter name any kind uses in the case schema. */
export type ParameterName = 'value' | 'min' | 'mode' | 'max' | 'mean' | 'sd' | 'p10' | 'p90';

/**
 * The parameters each kind stores in the case document, in the order the editor shows them. Lognormal is
 * stored as its P10 and P90 (the case layer turns them into μ and σ), so these are the schema's, not the
 * engine's, parameters.
 */
export const SCHEMA_PARAMETERS: { readonly [K in DistributionKind]: readonly ParameterName[] } = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['p10', 'p90'],
};

const PARAMETER_NAMES: readonly string[] = ['value', 'min', 'mode', 'max', 'mean', 'sd', 'p10', 'p90'];

export function isParameterName(name: string): name is ParameterName {
  return PARAMETER_NAMES.includes(name);
}

/** How a quantity is typed: `percent` (shown × 100) or `kroner` (as stored). */
export type QuantityUnit = 'percent' | 'kroner';

export type ParameterDraft = Record<ParameterName, string>;

export interface DistributionDraft {
  kind: DistributionKind;
  /** Every parameter as typed; only the kind's own are used. */
  parameters: ParameterDraft;
}

const EMPTY_PARAMETERS: ParameterDraft = {
  value: '',
  min: '',
  mode: '',
  max: '',
  mean: '',
  sd: '',
  p10: '',
  p90: '',
};

// Low and high are read as P10 and P90 for the normal distribution (sd = (high − low) / 2·Φ⁻¹(0.9)), as the engine does.

/** A stored value as typed in the editor: `0.21` → `21` for percent. */
export function toInput(value: number, unit: QuantityUnit): string {
  if (unit === 'kroner') return numberToInput(value, { grouped: Math.abs(value) >= 10_000 });
  return numberToInput(Number((value * 100).toPrecision(12)));
}

/** Typed text as a stored number (`21` → `0.21` for percent); `null` when empty, `undefined` when unreadable. */
export function fromInput(text: string, unit: QuantityUnit): number | null | undefined {
  const parsed = parseNumber(text);
  if (!parsed.ok) return undefined;
  if (parsed.value === null || unit === 'kroner') return parsed.value;
  // Rounding to 12 significant digits undoes the binary noise of dividing by 100 (21 / 100 → 0.21).
  return Number((parsed.value / 100).toPrecision(12));
}

export function distributionDraft(distribution: Distribution, unit: QuantityUnit): DistributionDraft {
  const parameters = { ...EMPTY_PARAMETERS };
  for (const [name, value] of Object.entries(distribution)) {
    if (isParameterName(name) && typeof value === 'number') parameters[name] = toInput(value, unit);
  }
  return { kind: distribution.kind, parameters };
}

/** An empty estimate of the given kind, for a new input. */
export function emptyDistributionDraft(kind: DistributionKind): DistributionDraft {
  return { kind, parameters: { ...EMPTY_PARAMETERS } };
}

interface Estimate {
  low: number | null;
  likely: number | null;
  high: number | null;
}

function readEstimate(draft: DistributionDraft): Estimate {
  const value = (name: ParameterName) => {
    const parsed = parseNumber(draft.parameters[name]);
    return parsed.ok ? parsed.value : null;
  };
  switch (draft.kind) {
    case 'fixed':
      return { low: value('value'), likely: value('value'), high: value('value') };
    case 'uniform': {
      const [low, high] = [value('min'), value('max')];
      return { low, likely: low !== null && high !== null ? (low + high) / 2 : null, high };
    }
    case 'triangular':
    case 'pert':
      return { low: value('min'), likely: value('mode'), high: value('max') };
    case 'normal': {
      const [mean, sd] = [value('mean'), value('sd')];
      const spread = mean !== null && sd !== null ? sd * Z90 : null;
      return {
        low: spread === null || mean === null ? null : mean - spread,
        likely: mean,
        high: spread === null || mean === null ? null : mean + spread,
      };
    }
    case 'lognormal': {
      const [low, high] = [value('p10'), value('p90')];
      return { low, likely: low !== null && high !== null ? Math.sqrt(low * high) : null, high };
    }
  }
}

const typed = (value: number | null) =>
  value === null ? '' : numberToInput(Number(value.toPrecision(6)), { grouped: Math.abs(value) >= 10_000 });

/**
 * The draft with another kind, its parameters filled from the current low / most likely / high where the
 * new kind's own fields are empty. Fields already typed for the new kind are kept.
 * @example switchKind({ kind: 'pert', parameters: { min: '10', mode: '21', max: '30', … } }, 'uniform') // min 10, max 30
 */
export function switchKind(draft: DistributionDraft, kind: DistributionKind): DistributionDraft {
  if (draft.kind === kind) return draft;
  const { low, likely, high } = readEstimate(draft);
  const derived: Partial<ParameterDraft> = {
    value: typed(likely),
    min: typed(low),
    mode: typed(likely),
    max: typed(high),
    mean: typed(likely),
    sd: low !== null && high !== null ? typed((high - low) / (2 * Z90)) : '',
    p10: typed(low),
    p90: typed(high),
  };
  const parameters = { ...draft.parameters };
  for (const name of SCHEMA_PARAMETERS[kind]) {
    // What was typed for the new kind before (switching away and back) is kept; only empty fields are derived.
    if (parameters[name].trim() === '') parameters[name] = derived[name] ?? '';
  }
  return { kind, parameters };
}

/** A parameter that is not a number, by name. */
export interface ParameterIssue {
  name: ParameterName;
}

/** The distribution for the document (unreadable text passed on as typed, so validation names it). */
export function buildDistribution(
  draft: DistributionDraft,
  unit: QuantityUnit,
): { distribution: Record<string, unknown>; issues: ParameterIssue[] } {
  const distribution: Record<string, unknown> = { kind: draft.kind };
  const issues: ParameterIssue[] = [];
  for (const name of SCHEMA_PARAMETERS[draft.kind]) {
    const text = draft.parameters[name];
    const value = fromInput(text, unit);
    if (value === undefined) issues.push({ name });
    distribution[name] = value === undefined ? text : value;
  }
  return { distribution, issues };
}
