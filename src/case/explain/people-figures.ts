/**
 * Departures explained (the people page): FTE departed by a year is the sum of the FTE departing each
 * year; a year's FTE is the expected persons leaving times FTE per person; the persons leaving are the
 * expected retirements plus turnover, which `expectedDepartures` computes from the retirement assumptions,
 * the headcount and the ages. Where a retirement share is not entered, `low` takes 0 and `high` 1.
 *
 * Personal data: the figures are explained from the document with small groups' ages withheld
 * (`redactPersonalData`), and a unit the people page withholds from readers (`suppressedInArea`, with
 * secondary suppression) has no explanation: null, as for a figure the case does not have. The joint unit is
 * explained only when every group is shown, since its inputs are the groups' figures.
 * Figure ids (`<unit>` a municipality number or `joint`, `<bound>` `low` or `high`, `<year>` a calendar year):
 * `people:<area>/<unit>/<bound>/departed-fte/<year>` (cumulative, as the table shows), `…/year-fte/<year>`,
 * `…/departures/<year>`, `people:<area>/<m>/<bound>/retirements/<year>`, `…/turnover/<year>`, the group's
 * `people:<area>/<m>/fte-per-person`, `…/headcount`, `…/fte`, `…/ages/<k>`, and the assumptions
 * `people:assumptions/<bound>/<field>`.
 * @module
 */
import type { ExplanationInput } from '../../engine/explain/explanation.ts';
import type { UnitProjection } from '../../engine/workforce/expected-departures.ts';
import type { Bound } from '../people/workforce-projection.ts';
import type { CaseNode } from './explained-figure.ts';
import {
  ageNumbers,
  areaOf,
  ASSUMPTIONS,
  assumptionLeaf,
  groupInput,
  rowOf,
  shownOf,
  stub,
  type AreaFigures,
} from './people-figure-inputs.ts';
import type { ExplainContext } from './scenario-figures.ts';

type Flow = 'departed-fte' | 'year-fte' | 'departures' | 'retirements' | 'turnover';
const FLOWS: readonly string[] = ['departed-fte', 'year-fte', 'departures', 'retirements', 'turnover'];
const SYMBOLS: Record<Flow, string> = {
  'departed-fte': 'Fₜ = Σ_{s≤t} fₛ',
  'year-fte': 'fₜ = aₜ · FTE/n',
  departures: 'aₜ = pₜ + uₜ',
  retirements: 'pₜ = Σ personer P(pensjon i år t)',
  turnover: 'uₜ = Σ personer P(slutter av andre grunner i år t)',
};

interface At {
  areaId: string;
  unit: string;
  bound: Bound;
  year: number;
  area: AreaFigures;
  projection: UnitProjection;
}

const flowId = (at: At, flow: Flow, unit = at.unit, year = at.year) =>
  `people:${at.areaId}/${unit}/${at.bound}/${flow}/${year}`;

function valueOf(at: At, flow: Flow, projection = at.projection, year = at.year): number | null {
  const y = projection.years[year - at.area.firstYear];
  if (!y) return null;
  if (flow === 'departed-fte') return y.cumulativeDepartedFte;
  if (flow === 'year-fte') return y.departedFte;
  return y[flow];
}

function node(
  at: At,
  flow: Flow,
  value: number,
  formula: CaseNode['formula'],
  inputs: ExplanationInput[],
): CaseNode {
  const unit = flow === 'departed-fte' || flow === 'year-fte' ? 'fte' : 'count';
  const params = { municipality: at.unit === 'joint' ? 'total' : at.unit, area: at.areaId, year: at.year };
  return {
    id: flowId(at, flow),
    step: `people_${flow}_${at.bound}`,
    params,
    value,
    unit,
    symbols: SYMBOLS[flow],
    formula,
    inputs,
  };
}

/** The joint unit's figure: the sum of the groups' (in the engine's order). */
function jointNode(at: At, flow: Flow, value: number): CaseNode | null {
  if (flow === 'retirements' || flow === 'turnover') return null;
  const groups = at.area.shown[at.bound].groups;
  const inputs = groups.map((g) =>
    stub(
      flowId(at, flow, g.id),
      `people_${flow}_${at.bound}`,
      valueOf(at, flow, g) ?? 0,
      flow === 'departures' ? 'count' : 'fte',
    ),
  );
  return node(at, flow, value, { op: 'linear', coefficients: inputs.map(() => 1) }, inputs);
}

function departuresOp(
  context: ExplainContext,
  at: At,
  flow: 'retirements' | 'turnover',
  value: number,
): CaseNode | null {
  const shown = shownOf(context.document).document;
  const row = rowOf(shown, at.areaId, at.unit)?.row;
  const headcount = groupInput(context, at.areaId, at.unit, 'headcount');
  if (!row?.ages || !headcount) return null;
  const assumptions = ASSUMPTIONS.map((key) => {
    const leaf = assumptionLeaf(context, at.bound, key) as CaseNode;
    return stub(leaf.id, 'field', leaf.value, leaf.unit);
  });
  const ages = ageNumbers(row.ages).map((v, k) =>
    stub(`people:${at.areaId}/${at.unit}/ages/${k}`, 'field', v),
  );
  const formula = {
    op: 'expectedDepartures',
    part: flow,
    year: at.year - at.area.firstYear + 1,
    ages: row.ages.kind,
  } as const;
  return node(at, flow, value, formula, [
    ...assumptions,
    stub(headcount.id, headcount.step, headcount.value),
    ...ages,
  ]);
}

function flowNode(context: ExplainContext, at: At, flow: Flow): CaseNode | null {
  const value = valueOf(at, flow);
  if (value === null) return null;
  if (at.unit === 'joint') return jointNode(at, flow, value);
  if (flow === 'retirements' || flow === 'turnover') return departuresOp(context, at, flow, value);
  if (flow === 'departures') {
    const parts = (['retirements', 'turnover'] as const).map((f) =>
      stub(flowId(at, f), `people_${f}_${at.bound}`, valueOf(at, f) ?? 0),
    );
    return node(at, flow, value, { op: 'linear', coefficients: [1, 1] }, parts);
  }
  if (flow === 'year-fte') {
    const perPerson = groupInput(context, at.areaId, at.unit, 'fte-per-person');
    if (!perPerson) return null;
    const departures = stub(
      flowId(at, 'departures'),
      `people_departures_${at.bound}`,
      valueOf(at, 'departures') ?? 0,
    );
    return node(at, flow, value, { op: 'sumOfProducts' }, [
      departures,
      stub(perPerson.id, perPerson.step, perPerson.value, 'fte'),
    ]);
  }
  return null;
}

/** Cumulative FTE departed by the year: the sum of each year's, from the first projected year. */
function cumulativeNode(at: At, value: number): CaseNode {
  const years = Array.from({ length: at.year - at.area.firstYear + 1 }, (_, i) => at.area.firstYear + i);
  const inputs = years.map((y) =>
    stub(
      flowId(at, 'year-fte', at.unit, y),
      `people_year-fte_${at.bound}`,
      valueOf(at, 'year-fte', at.projection, y) ?? 0,
      'fte',
    ),
  );
  return node(at, 'departed-fte', value, { op: 'linear', coefficients: inputs.map(() => 1) }, inputs);
}

function unitAt(context: ExplainContext, areaId: string, parts: string[]): { at: At; flow: Flow } | null {
  const [unit, bound, flow, yearText] = parts;
  if (!unit || (bound !== 'low' && bound !== 'high') || !flow || !FLOWS.includes(flow)) return null;
  const area = areaOf(context.document, areaId);
  if (!area || area.withheld.has(unit)) return null;
  const projection =
    unit === 'joint' ? area.shown[bound].joint : area.shown[bound].groups.find((g) => g.id === unit);
  if (!projection) return null;
  return { at: { areaId, unit, bound, year: Number(yearText), area, projection }, flow: flow as Flow };
}

/** The case node of `people:<area>/<rest>` or `people:assumptions/<bound>/<field>`; null if none or withheld. */
export function peopleFigure(context: ExplainContext, areaId: string, rest: string): CaseNode | null {
  const parts = rest.split('/');
  if (areaId === 'assumptions')
    return parts.length === 2 ? assumptionLeaf(context, parts[0] as Bound, parts[1] as string) : null;
  if (
    parts.length <= 3 &&
    parts[0] !== undefined &&
    parts[1] !== undefined &&
    !['low', 'high'].includes(parts[1])
  )
    return groupInput(context, areaId, parts[0], parts[1], parts[2]);
  const found = unitAt(context, areaId, parts);
  if (!found || parts.length !== 4) return null;
  if (found.flow !== 'departed-fte') return flowNode(context, found.at, found.flow);
  const value = valueOf(found.at, 'departed-fte');
  return value === null ? null : cumulativeNode(found.at, value);
}
