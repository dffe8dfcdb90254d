/**
 * Switchboard sizing: agents per interval of the week for each municipality's own switchboard and for one
 * pooled switchboard, converted to FTE and labour cost, and the pooling gain between them.
 *
 * Per interval the queue model (Erlang C unless another is given) finds the agents for the target; while
 * the switchboard is open at least one person must be there, even for a quiet hour. Agent hours per week
 * are scaled to a year by the weeks the pattern applies, grossed up for shrinkage and divided by the hours
 * in one FTE:  FTE = Σ agents × open hours × weeks / (1 − shrinkage) / hours per FTE.
 * The pooled switchboard answers all three municipalities' calls from one queue, during the union of their
 * opening hours; each municipality's calls still arrive only while its own line is open.
 * @module
 */
import { erlangCModel } from './erlang-c.ts';
import type { QueueModel, ServiceTarget } from './queue-model.ts';
import type { QueueAssumption, QueueWarning } from './queue-outcome.ts';
import {
  type OpeningPeriod,
  type WeekInterval,
  intervalKey,
  openMinutes,
  weekIntervals,
} from './opening-hours.ts';
import { type FteBasis, fteForAgentHours } from './fte-conversion.ts';

/** Average calls in one interval of a typical week. */
export interface CallInterval extends WeekInterval {
  calls: number;
}

/** One municipality's switchboard; `null` marks an input not yet entered. */
export interface SwitchboardMunicipality {
  municipalityNumber: string;
  calls: readonly CallInterval[] | null;
  openingHours: readonly OpeningPeriod[] | null;
  /** Labour cost of one FTE in NOK a year, incl. social costs. */
  labourCostPerFteNok: number | null;
}

/** Parameters shared by every switchboard in the comparison. */
export interface SwitchboardParameters extends ServiceTarget, FteBasis {
  /** Length of the call intervals in minutes (divides a day). */
  intervalMinutes: number;
  /** Average handling time per call in seconds; `null` until known. */
  ahtSeconds: number | null;
  /** Labour cost of one FTE in the pooled switchboard, NOK a year. */
  pooledLabourCostPerFteNok: number | null;
}

export interface SwitchboardInput {
  municipalities: readonly SwitchboardMunicipality[];
  parameters: SwitchboardParameters;
  /** @default erlangCModel */
  queueModel?: QueueModel;
}

/** The staffing of one open interval. */
export interface IntervalStaffing extends WeekInterval {
  /** Minutes of the interval the switchboard is open. */
  openMinutes: number;
  /** Calls expected in the open minutes. */
  calls: number;
  /** Whole agents: the model's answer, but at least one while open. */
  agents: number;
  /** Fractional agents (see `StaffingResult`), at least one while open. */
  fractionalAgents: number;
  /** Figures for `agents`; see `QueueOutcome`. */
  serviceLevel: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  occupancy: number;
  abandonmentProbability: number;
}

/** One switchboard's need, in agent hours, FTE and NOK. */
export interface UnitSizing {
  intervals: IntervalStaffing[];
  callsPerWeek: number;
  agentHoursPerWeek: number;
  /** FTE from whole agents, at least one while open: what it takes to keep the line staffed. */
  fte: number;
  /** FTE from fractional agents, at least one while open. */
  fractionalFte: number;
  /** FTE from fractional agents without the one-person floor: the calls' own workload. */
  callWorkloadFte: number;
  /** `fte` × labour cost per FTE; `null` when the cost is missing. */
  costNok: number | null;
}

export interface MunicipalitySizing extends UnitSizing {
  municipalityNumber: string;
  /** The municipality's share of the calls answered, for a volume-based cost key. */
  callShare: number | null;
}

export type Path = (string | number)[];
export type SwitchboardWarning =
  (QueueWarning & { path: Path }) | { code: 'calls-outside-opening-hours'; calls: number; path: Path };
export type SizingAssumption =
  | QueueAssumption
  | { code: 'one-person-while-open' }
  | { code: 'fte-hours-per-year'; hours: number }
  | { code: 'one-queue-when-pooled' };

export interface SwitchboardSizing {
  /** Inputs that are still missing, by path; figures that need them are `null`. */
  missing: { code: 'missing-input'; path: Path }[];
  separate: MunicipalitySizing[];
  pooled: UnitSizing | null;
  /** Separate minus pooled; `null` until every municipality's calls and opening hours are known. */
  poolingGain: { fte: number; fractionalFte: number; costNok: number | null } | null;
  warnings: SwitchboardWarning[];
  assumptions: SizingAssumption[];
}

interface Unit {
  periods: readonly OpeningPeriod[];
  calls: Map<string, number>;
  costPerFte: number | null;
  path: Path;
}

type Context = Omit<SwitchboardParameters, 'ahtSeconds'> & { ahtSeconds: number; model: QueueModel };

function staffInterval(interval: WeekInterval, minutes: number, calls: number, ctx: Context) {
  const load = { callsPerInterval: calls, intervalMinutes: minutes, ahtSeconds: ctx.ahtSeconds };
  const found = ctx.model.staffing(load, ctx);
  const agents = Math.max(1, found.agents);
  const outcome = agents === found.agents ? found : ctx.model.outcome(load, agents, ctx.targetSeconds);
  const staffing: IntervalStaffing = {
    ...interval,
    openMinutes: minutes,
    calls,
    agents,
    fractionalAgents: Math.max(1, found.fractionalAgents),
    serviceLevel: outcome.serviceLevel,
    averageSpeedOfAnswerSeconds: outcome.averageSpeedOfAnswerSeconds,
    occupancy: outcome.occupancy,
    abandonmentProbability: outcome.abandonmentProbability,
  };
  return { staffing, workload: found.fractionalAgents, warnings: found.warnings };
}

function sizeUnit(unit: Unit, ctx: Context, warnings: SwitchboardWarning[]): UnitSizing {
  const intervals: IntervalStaffing[] = [];
  let whole = 0;
  let fractional = 0;
  let workload = 0;
  let callsPerWeek = 0;
  for (const interval of weekIntervals(ctx.intervalMinutes)) {
    const minutes = openMinutes(interval, ctx.intervalMinutes, unit.periods);
    if (minutes === 0) continue;
    const key = intervalKey(interval);
    const result = staffInterval(interval, minutes, unit.calls.get(key) ?? 0, ctx);
    intervals.push(result.staffing);
    const hours = minutes / 60;
    whole += result.staffing.agents * hours;
    fractional += result.staffing.fractionalAgents * hours;
    workload += result.workload * hours;
    callsPerWeek += result.staffing.calls;
    for (const w of result.warnings) warnings.push({ ...w, path: [...unit.path, 'intervals', key] });
  }
  const fte = fteForAgentHours(whole, ctx);
  return {
    intervals,
    callsPerWeek,
    agentHoursPerWeek: whole,
    fte,
    fractionalFte: fteForAgentHours(fractional, ctx),
    callWorkloadFte: fteForAgentHours(workload, ctx),
    costNok: unit.costPerFte === null ? null : fte * unit.costPerFte,
  };
}

/** The calls that fall within the opening hours, by interval key; warns about the rest. */
function callsInHours(
  m: SwitchboardMunicipality,
  index: number,
  ctx: Context,
  warnings: SwitchboardWarning[],
) {
  const calls = new Map<string, number>();
  (m.calls ?? []).forEach((c, i) => {
    if (c.startMinute % ctx.intervalMinutes !== 0) {
      throw new RangeError(
        `call interval ${intervalKey(c)} does not start on a ${ctx.intervalMinutes}-minute boundary`,
      );
    }
    if (openMinutes(c, ctx.intervalMinutes, m.openingHours ?? []) === 0) {
      if (c.calls > 0)
        warnings.push({
          code: 'calls-outside-opening-hours',
          calls: c.calls,
          path: ['municipalities', index, 'calls', i],
        });
      return;
    }
    calls.set(intervalKey(c), (calls.get(intervalKey(c)) ?? 0) + c.calls);
  });
  return calls;
}

function missingInputs(input: SwitchboardInput): SwitchboardSizing['missing'] {
  const missing: SwitchboardSizing['missing'] = [];
  const add = (path: Path) => missing.push({ code: 'missing-input', path });
  if (input.parameters.ahtSeconds === null) add(['parameters', 'ahtSeconds']);
  if (input.parameters.pooledLabourCostPerFteNok === null) add(['parameters', 'pooledLabourCostPerFteNok']);
  input.municipalities.forEach((m, i) => {
    if (m.calls === null) add(['municipalities', i, 'calls']);
    if (m.openingHours === null) add(['municipalities', i, 'openingHours']);
    if (m.labourCostPerFteNok === null) add(['municipalities', i, 'labourCostPerFteNok']);
  });
  return missing;
}

function assumptionsFor(ctx: { model: QueueModel; fteHoursPerYear: number }): SizingAssumption[] {
  return [
    ...ctx.model.assumptions,
    { code: 'one-person-while-open' },
    { code: 'fte-hours-per-year', hours: ctx.fteHoursPerYear },
    { code: 'one-queue-when-pooled' },
  ];
}

function gain(
  separate: MunicipalitySizing[],
  pooled: UnitSizing,
): NonNullable<SwitchboardSizing['poolingGain']> {
  const sum = (pick: (u: UnitSizing) => number) => separate.reduce((s, u) => s + pick(u), 0);
  const costs = separate.map((u) => u.costNok);
  const separateCost = costs.every((c) => c !== null) ? costs.reduce<number>((s, c) => s + c, 0) : null;
  return {
    fte: sum((u) => u.fte) - pooled.fte,
    fractionalFte: sum((u) => u.fractionalFte) - pooled.fractionalFte,
    costNok: separateCost === null || pooled.costNok === null ? null : separateCost - pooled.costNok,
  };
}

/** One unit per municipality whose calls and opening hours are known. */
function municipalUnits(
  municipalities: readonly SwitchboardMunicipality[],
  ctx: Context,
  warnings: SwitchboardWarning[],
): (Unit & { municipalityNumber: string })[] {
  const units: (Unit & { municipalityNumber: string })[] = [];
  municipalities.forEach((m, i) => {
    if (m.calls === null || m.openingHours === null) return;
    units.push({
      municipalityNumber: m.municipalityNumber,
      periods: m.openingHours,
      calls: callsInHours(m, i, ctx, warnings),
      costPerFte: m.labourCostPerFteNok,
      path: ['municipalities', i],
    });
  });
  return units;
}

/** The pooled switchboard: every municipality's calls in one queue, open whenever any of them is. */
function poolUnits(units: readonly Unit[], costPerFte: number | null): Unit {
  const calls = new Map<string, number>();
  for (const u of units) for (const [key, n] of u.calls) calls.set(key, (calls.get(key) ?? 0) + n);
  return { periods: units.flatMap((u) => u.periods), calls, costPerFte, path: ['pooled'] };
}

/**
 * Sizes three (or any number of) separate switchboards and one pooled, from calls per interval of the
 * week, opening hours, the service target, shrinkage and hours per FTE. Inputs not yet entered are
 * listed in `missing`, and nothing that depends on them is computed.
 * @example switchboardSizing({ municipalities, parameters: { intervalMinutes: 60, ahtSeconds: 120, targetServiceLevel: 0.8, targetSeconds: 20, shrinkage: 0.3, fteHoursPerYear: 1695, openWeeksPerYear: 50, pooledLabourCostPerFteNok: 800_000 } }).poolingGain
 */
export function switchboardSizing(input: SwitchboardInput): SwitchboardSizing {
  const missing = missingInputs(input);
  const model = input.queueModel ?? erlangCModel;
  const warnings: SwitchboardWarning[] = [];
  const { ahtSeconds } = input.parameters;
  const assumptions = assumptionsFor({ model, fteHoursPerYear: input.parameters.fteHoursPerYear });
  const none = { pooled: null, poolingGain: null, warnings, assumptions };
  if (ahtSeconds === null) return { missing, separate: [], ...none };
  const ctx: Context = { ...input.parameters, ahtSeconds, model };
  const units = municipalUnits(input.municipalities, ctx, warnings);
  const complete = units.length === input.municipalities.length;
  const sized = units.map((u) => ({
    municipalityNumber: u.municipalityNumber,
    ...sizeUnit(u, ctx, warnings),
  }));
  const totalCalls = sized.reduce((s, u) => s + u.callsPerWeek, 0);
  const separate = sized.map((u) => ({
    ...u,
    callShare: complete && totalCalls > 0 ? u.callsPerWeek / totalCalls : null,
  }));
  if (!complete) return { missing, separate, ...none };
  const pooled = sizeUnit(poolUnits(units, input.parameters.pooledLabourCostPerFteNok), ctx, warnings);
  return { missing, separate, pooled, poolingGain: gain(separate, pooled), warnings, assumptions };
}
