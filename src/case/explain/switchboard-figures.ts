/**
 * Switchboard figures explained: the FTE a switchboard needs is its agent hours a week, grossed up for the
 * weeks it is open and for shrinkage, over the hours in one FTE; the agent hours are each open interval's
 * agents (Erlang C, or Erlang A with callers' patience, at least one while open) times its open hours; the
 * agents follow from the interval's calls, the handling time and the service target. Every value is read
 * from `switchboardView`, the computation the switchboard page and the people API show.
 * Figure ids (`<unit>` is a municipality number or `pooled`):
 * `switchboard:<unit>/fte`, `switchboard:gain/fte` (separate minus pooled), `switchboard:<unit>/agent-hours`,
 * `switchboard:<unit>/agents/<weekday>-<minute>`, `switchboard:<unit>/calls/<weekday>-<minute>`,
 * `switchboard:<unit>/open-hours/<weekday>-<minute>`, and the settings `switchboard:parameters/<field>`.
 * All are null until every input the sizing needs is entered.
 * @module
 */
import type { ExplanationInput } from '../../engine/explain/explanation.ts';
import { FTE_HOURS_PER_YEAR } from '../../engine/queueing/fte-conversion.ts';
import { intervalKey } from '../../engine/queueing/opening-hours.ts';
import type { UnitSizing } from '../../engine/queueing/switchboard-sizing.ts';
import { SWITCHBOARD_AREA, switchboardView, type SwitchboardView } from '../people/switchboard-view.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { fieldLeaf, type CaseNode } from './explained-figure.ts';
import { resolveProvenance } from './provenance-view.ts';
import type { ExplainContext } from './scenario-figures.ts';

const views = new WeakMap<CaseDocument, SwitchboardView>();
function viewOf(document: CaseDocument): SwitchboardView {
  if (!views.has(document)) views.set(document, switchboardView(document));
  return views.get(document) as SwitchboardView;
}

const PARAMETERS = [
  'ahtSeconds',
  'targetServiceLevel',
  'targetSeconds',
  'maxOccupancy',
  'shrinkage',
  'patienceSeconds',
  'openWeeksPerYear',
] as const;
type Parameter = (typeof PARAMETERS)[number] | 'fteHoursPerYear';
const UNITS: Record<Parameter, ExplanationInput['unit']> = {
  ahtSeconds: 'count',
  targetServiceLevel: 'share',
  targetSeconds: 'count',
  maxOccupancy: 'share',
  shrinkage: 'share',
  patienceSeconds: 'count',
  openWeeksPerYear: 'count',
  fteHoursPerYear: 'count',
};

const stub = (id: string, step: string, value: number, unit: ExplanationInput['unit'] = 'count') => ({
  id,
  step,
  params: {},
  value,
  unit,
});
const municipalityParam = (unit: string) => (unit === 'pooled' ? 'total' : unit);

const leaf = fieldLeaf;

function parameterValue(document: CaseDocument, name: Parameter): number | null {
  return name === 'fteHoursPerYear' ? FTE_HOURS_PER_YEAR : document.people.switchboard[name].value;
}

/** The hours in one FTE: a planning norm in the code (`FTE_HOURS_PER_YEAR`), not a field of the case. */
const fteHoursNode = (): CaseNode => ({
  id: 'switchboard:parameters/fteHoursPerYear',
  step: 'switchboard_fte_hours',
  params: {},
  value: FTE_HOURS_PER_YEAR,
  unit: 'count',
  symbols: 'H = 37,5 · 52,14 − ferie − helligdager',
  formula: { op: 'given' },
  inputs: [],
});

function parameterLeaf(context: ExplainContext, name: Parameter): CaseNode | null {
  if (name === 'fteHoursPerYear') return fteHoursNode();
  const value = parameterValue(context.document, name);
  if (value === null) return null;
  const field = {
    path: `people.switchboard.${name}`,
    label: '',
    provenance: resolveProvenance(context.document, context.document.people.switchboard[name].provenance),
    edit: { href: `/saker/${context.caseId}/ansatte` },
  };
  return leaf(`switchboard:parameters/${name}`, value, UNITS[name], field, { area: SWITCHBOARD_AREA });
}

const parameterInput = (document: CaseDocument, name: Parameter) =>
  stub(`switchboard:parameters/${name}`, 'field', parameterValue(document, name) ?? 0, UNITS[name]);

function unitSizing(view: SwitchboardView, unit: string): UnitSizing | null {
  if (unit === 'pooled') return view.sizing?.pooled ?? null;
  return view.sizing?.separate.find((s) => s.municipalityNumber === unit) ?? null;
}

function fteNode(context: ExplainContext, unit: string, sizing: UnitSizing): CaseNode {
  const d = context.document;
  return {
    id: `switchboard:${unit}/fte`,
    step: 'switchboard_fte',
    params: { municipality: municipalityParam(unit) },
    value: sizing.fte,
    unit: 'fte',
    symbols: 'FTE = h · w / (1 − s) / H',
    formula: { op: 'fteForAgentHours' },
    inputs: [
      stub(`switchboard:${unit}/agent-hours`, 'switchboard_agent_hours', sizing.agentHoursPerWeek),
      parameterInput(d, 'openWeeksPerYear'),
      parameterInput(d, 'shrinkage'),
      parameterInput(d, 'fteHoursPerYear'),
    ],
  };
}

function agentHoursNode(unit: string, sizing: UnitSizing): CaseNode {
  const inputs = sizing.intervals.flatMap((i) => [
    stub(`switchboard:${unit}/agents/${intervalKey(i)}`, 'switchboard_agents', i.agents),
    stub(`switchboard:${unit}/open-hours/${intervalKey(i)}`, 'field', i.openMinutes / 60),
  ]);
  return {
    id: `switchboard:${unit}/agent-hours`,
    step: 'switchboard_agent_hours',
    params: { municipality: municipalityParam(unit) },
    value: sizing.agentHoursPerWeek,
    unit: 'count',
    symbols: 'h = Σᵢ Nᵢ · tᵢ',
    formula: { op: 'sumOfProducts' },
    inputs,
  };
}

function agentsNode(context: ExplainContext, unit: string, key: string, sizing: UnitSizing): CaseNode | null {
  const interval = sizing.intervals.find((i) => intervalKey(i) === key);
  if (!interval) return null;
  const s = context.document.people.switchboard;
  const capped = s.maxOccupancy.value !== null;
  const patience = s.patienceSeconds.value !== null;
  const d = context.document;
  return {
    id: `switchboard:${unit}/agents/${key}`,
    step: patience ? 'switchboard_agents_erlang_a' : 'switchboard_agents',
    params: {
      municipality: municipalityParam(unit),
      weekday: interval.weekday,
      time: clock(interval.startMinute),
    },
    value: interval.agents,
    unit: 'count',
    symbols: 'N = min{N ≥ 1 : SL(N) ≥ mål}',
    formula: { op: 'erlangAgents', openMinutes: interval.openMinutes, capped, patience },
    inputs: [
      stub(
        `switchboard:${unit}/calls/${key}`,
        unit === 'pooled' ? 'switchboard_pooled_calls' : 'field',
        interval.calls,
      ),
      parameterInput(d, 'ahtSeconds'),
      parameterInput(d, 'targetServiceLevel'),
      parameterInput(d, 'targetSeconds'),
      ...(capped ? [parameterInput(d, 'maxOccupancy')] : []),
      ...(patience ? [parameterInput(d, 'patienceSeconds')] : []),
    ],
  };
}

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The municipality's entry in the switchboard inputs, with its index for the document path. */
function entry(document: CaseDocument, m: string) {
  const index = document.people.switchboard.municipalities.findIndex((x) => x.municipalityNumber === m);
  return { index, entry: document.people.switchboard.municipalities[index] };
}

function intervalLeaf(
  context: ExplainContext,
  unit: string,
  kind: 'calls' | 'open-hours',
  key: string,
  sizing: UnitSizing,
): CaseNode | null {
  const interval = sizing.intervals.find((i) => intervalKey(i) === key);
  if (!interval) return null;
  const value = kind === 'calls' ? interval.calls : interval.openMinutes / 60;
  const time = { weekday: interval.weekday, time: clock(interval.startMinute) };
  if (unit === 'pooled')
    // The union of the municipalities' opening hours in the interval (`openMinutes`), read from the sizing.
    return {
      id: `switchboard:pooled/${kind}/${key}`,
      step: 'switchboard_pooled_open_hours',
      params: time,
      value,
      unit: 'count',
      symbols: 't = åpne minutter / 60',
      formula: { op: 'given' },
      inputs: [],
    };
  const found = entry(context.document, unit);
  const name = kind === 'calls' ? 'calls' : 'openingHours';
  const field = {
    path: `people.switchboard.municipalities[${found.index}].${name}`,
    label: '',
    provenance: resolveProvenance(context.document, found.entry?.provenance),
    edit: { href: `/saker/${context.caseId}/ansatte` },
  };
  const params = { municipality: municipalityParam(unit), ...time };
  return leaf(`switchboard:${unit}/${kind}/${key}`, value, 'count', field, params);
}

function pooledCallsNode(view: SwitchboardView, key: string, pooled: UnitSizing): CaseNode | null {
  const interval = pooled.intervals.find((i) => intervalKey(i) === key);
  if (!interval) return null;
  const inputs = (view.sizing?.separate ?? []).flatMap((s) => {
    const own = s.intervals.find((i) => intervalKey(i) === key);
    return own ? [stub(`switchboard:${s.municipalityNumber}/calls/${key}`, 'field', own.calls)] : [];
  });
  return {
    id: `switchboard:pooled/calls/${key}`,
    step: 'switchboard_pooled_calls',
    params: { weekday: interval.weekday, time: clock(interval.startMinute) },
    value: interval.calls,
    unit: 'count',
    symbols: 'λ = Σₘ λₘ',
    formula: { op: 'linear', coefficients: inputs.map(() => 1) },
    inputs,
  };
}

function gainNode(view: SwitchboardView): CaseNode | null {
  const sizing = view.sizing;
  if (!sizing?.pooled || !sizing.poolingGain) return null;
  return {
    id: 'switchboard:gain/fte',
    step: 'switchboard_gain',
    params: {},
    value: sizing.poolingGain.fte,
    unit: 'fte',
    symbols: 'ΔFTE = Σₘ FTEₘ − FTE_felles',
    formula: { op: 'linear', coefficients: [...sizing.separate.map(() => 1), -1] },
    inputs: [
      ...sizing.separate.map((s) =>
        stub(`switchboard:${s.municipalityNumber}/fte`, 'switchboard_fte', s.fte, 'fte'),
      ),
      stub('switchboard:pooled/fte', 'switchboard_fte', sizing.pooled.fte, 'fte'),
    ],
  };
}

/** The case node of `switchboard:<unit>/<rest>`, or null when the case has no such figure (yet). */
export function switchboardFigure(context: ExplainContext, unit: string, rest: string): CaseNode | null {
  if (unit === 'parameters')
    return (PARAMETERS as readonly string[]).includes(rest) || rest === 'fteHoursPerYear'
      ? parameterLeaf(context, rest as Parameter)
      : null;
  const view = viewOf(context.document);
  if (unit === 'gain') return rest === 'fte' ? gainNode(view) : null;
  const sizing = unitSizing(view, unit);
  if (!sizing) return null;
  const [kind, key] = rest.split('/');
  if (kind === 'fte' && key === undefined) return fteNode(context, unit, sizing);
  if (kind === 'agent-hours' && key === undefined) return agentHoursNode(unit, sizing);
  if (key === undefined) return null;
  if (kind === 'agents') return agentsNode(context, unit, key, sizing);
  if (kind === 'calls' && unit === 'pooled') return pooledCallsNode(view, key, sizing);
  if (kind === 'calls' || kind === 'open-hours') return intervalLeaf(context, unit, kind, key, sizing);
  return null;
}
