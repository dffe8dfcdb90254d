/**
 * The inputs of explained departures (see people-figures.ts): each area's projections from the redacted
 * document and which units the people page withholds, the group's FTE, headcount and ages as the baseline
 * gives them, and the retirement assumptions, each with its source.
 * @module
 */
import type { ExplanationInput } from '../../engine/explain/explanation.ts';
import { expectedDepartures, type WorkforceProjection } from '../../engine/workforce/expected-departures.ts';
import type { AgeInfo } from '../../engine/workforce/person-ages.ts';
import type { RetirementAssumptions } from '../../engine/workforce/retirement-assumptions.ts';
import { suppressedInArea } from '../people/redact-workforce.ts';
import {
  assumptionsFor,
  firstProjectionYear,
  groupsOf,
  PROJECTION_YEARS,
  type Bound,
  type WorkforceArea,
} from '../people/workforce-projection.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import type { BaselineRow } from '../schema/baseline.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { fieldLeaf, type CaseNode } from './explained-figure.ts';
import { resolveProvenance } from './provenance-view.ts';
import type { ExplainContext } from './scenario-figures.ts';

/** In the order of the `expectedDepartures` operation's inputs. */
export const ASSUMPTIONS = [
  'earlyRetirementAge',
  'earlyRetirementShare',
  'ordinaryRetirementAge',
  'ordinaryRetirementShare',
  'upperAgeLimit',
  'yearlyTurnover',
] as const satisfies readonly (keyof RetirementAssumptions)[];

export interface AreaFigures {
  firstYear: number;
  shown: Record<Bound, WorkforceProjection>;
  /** Units the people page withholds from readers, by id (`joint` for the joint unit). */
  withheld: Set<string>;
}

interface Shown {
  document: CaseDocument;
  areas: Map<string, AreaFigures | null>;
}
const cache = new WeakMap<CaseDocument, Shown>();

export function shownOf(document: CaseDocument): Shown {
  if (!cache.has(document))
    cache.set(document, { document: redactPersonalData(document).document, areas: new Map() });
  return cache.get(document) as Shown;
}

function project(document: CaseDocument, areaId: string, bound: Bound): WorkforceProjection {
  return expectedDepartures({
    groups: groupsOf(document, areaId, {}),
    assumptions: assumptionsFor(document, bound),
    firstYear: firstProjectionYear(document),
    years: PROJECTION_YEARS,
  });
}

/** What `redactWorkforce` withholds in the area, decided on the full document as the people page does. */
function withheldIn(document: CaseDocument, areaId: string): Set<string> {
  const full = project(document, areaId, 'low');
  const area = { areaId, groups: full.groups, joint: full.joint, warnings: [] } as unknown as WorkforceArea;
  const hide = suppressedInArea(area);
  const ids = hide.groups.map((i) => full.groups[i]?.id ?? '');
  return new Set(hide.joint || hide.groups.length > 0 ? [...ids, 'joint'] : ids);
}

export function areaOf(document: CaseDocument, areaId: string): AreaFigures | null {
  const shown = shownOf(document);
  if (!shown.areas.has(areaId)) {
    const known = document.baseline.some((r) => r.areaId === areaId && r.scope === 'central');
    shown.areas.set(
      areaId,
      known
        ? {
            firstYear: firstProjectionYear(shown.document),
            shown: {
              low: project(shown.document, areaId, 'low'),
              high: project(shown.document, areaId, 'high'),
            },
            withheld: withheldIn(document, areaId),
          }
        : null,
    );
  }
  return shown.areas.get(areaId) ?? null;
}

export const stub = (id: string, step: string, value: number, unit: ExplanationInput['unit'] = 'count') => ({
  id,
  step,
  params: {},
  value,
  unit,
});

const leaf = fieldLeaf;

// What a missing assumption is taken to be, as `assumptionsFor` takes it.
const NO_TURNOVER = 'Ikke lagt inn: regnet som 0 (ingen annen avgang).';
const BOUND_NOTES: Record<Bound, string> = {
  low: 'Ikke lagt inn: nedre anslag 0 (ingen går av før aldersgrensen).',
  high: 'Ikke lagt inn: øvre anslag 1 (alle går av ved første pensjonsalder).',
};

export function assumptionLeaf(context: ExplainContext, bound: Bound, name: string): CaseNode | null {
  if (!(ASSUMPTIONS as readonly string[]).includes(name) || (bound !== 'low' && bound !== 'high'))
    return null;
  const key = name as (typeof ASSUMPTIONS)[number];
  const document = shownOf(context.document).document;
  const entered = document.people.workforce[key];
  const value = assumptionsFor(document, bound)[key];
  const field = {
    path: `people.workforce.${key}`,
    label: '',
    provenance:
      entered.value === null
        ? ({
            kind: 'placeholder',
            note: key === 'yearlyTurnover' ? NO_TURNOVER : BOUND_NOTES[bound],
          } as const)
        : resolveProvenance(document, entered.provenance),
    edit: { href: `/saker/${context.caseId}/ansatte` },
  };
  const unit = key.endsWith('Age') || key === 'upperAgeLimit' ? 'count' : 'share';
  return leaf(`people:assumptions/${bound}/${key}`, value, unit, field, {});
}

/** The group's baseline row in the redacted document, with its index for the document path. */
export function rowOf(document: CaseDocument, areaId: string, m: string) {
  const index = document.baseline.findIndex(
    (r) => r.areaId === areaId && r.scope === 'central' && r.municipalityNumber === m,
  );
  return index < 0 ? null : { row: document.baseline[index] as CaseDocument['baseline'][number], index };
}

/** Where the k-th of `ageNumbers` is in the document, under `ages`. */
function agePath(ages: AgeInfo, k: number): string {
  if (ages.kind === 'single') return 'value';
  if (ages.kind === 'range') return k === 0 ? 'min' : 'max';
  return `bands[${Math.floor(k / 3)}].${['from', 'to', 'count'][k % 3]}`;
}

/** The numbers of the ages, in the order of the `expectedDepartures` operation's inputs. */
export function ageNumbers(ages: AgeInfo): number[] {
  if (ages.kind === 'single') return [ages.value];
  if (ages.kind === 'range') return [ages.min, ages.max];
  return ages.bands.flatMap((b) => [b.from, b.to, b.count]);
}

function headcountNode(
  context: ExplainContext,
  areaId: string,
  m: string,
  row: BaselineRow,
  index: number,
): CaseNode | null {
  const prefix = `people:${areaId}/${m}`;
  const params = { municipality: m, area: areaId };
  const edit = { href: `/saker/${context.caseId}/grunnlag` };
  const shown = shownOf(context.document).document;
  if (row.headcount !== null) {
    const field = {
      path: `baseline[${index}].headcount`,
      label: '',
      provenance: resolveProvenance(shown, row.sources.headcount),
      edit,
    };
    return leaf(`${prefix}/headcount`, row.headcount, 'count', field, params);
  }
  const node = (
    step: string,
    value: number,
    symbols: string,
    formula: CaseNode['formula'],
    inputs: ExplanationInput[],
  ) =>
    ({ id: `${prefix}/headcount`, step, params, value, unit: 'count', symbols, formula, inputs }) as CaseNode;
  if (row.ages?.kind === 'bands') {
    const counts = row.ages.bands.map((b, k) => stub(`${prefix}/ages/${3 * k + 2}`, 'field', b.count));
    const value = row.ages.bands.reduce((s, b) => s + b.count, 0);
    return node(
      'people_headcount_bands',
      value,
      'n = Σ antall i aldersgruppene',
      { op: 'linear', coefficients: counts.map(() => 1) },
      counts,
    );
  }
  if (row.fte === null) return null;
  const fte = stub(`${prefix}/fte`, 'field', row.fte, 'fte');
  return node('people_headcount_fte', Math.ceil(row.fte - 1e-9), 'n = ⌈FTE⌉', { op: 'fewestPersons' }, [fte]);
}

/**
 * A group's own figures: `fte`, `headcount`, `ages/<k>` (the k-th number of the ages as the baseline gives
 * them) and `fte-per-person`; null for a unit the people page withholds.
 */
export function groupInput(
  context: ExplainContext,
  areaId: string,
  m: string,
  kind: string,
  arg?: string,
): CaseNode | null {
  const area = areaOf(context.document, areaId);
  const shown = shownOf(context.document).document;
  const found = rowOf(shown, areaId, m);
  if (!area || area.withheld.has(m) || !found || found.row.ages === null) return null;
  const { row, index } = found;
  const ages = found.row.ages;
  const prefix = `people:${areaId}/${m}`;
  const params = { municipality: m, area: areaId };
  const edit = { href: `/saker/${context.caseId}/grunnlag` };
  if (kind === 'headcount') return headcountNode(context, areaId, m, row, index);
  if (kind === 'fte' && row.fte !== null) {
    const field = {
      path: `baseline[${index}].fte`,
      label: '',
      provenance: resolveProvenance(shown, row.sources.fte),
      edit,
    };
    return leaf(`${prefix}/fte`, row.fte, 'fte', field, params);
  }
  if (kind === 'ages' && arg !== undefined) {
    const value = ageNumbers(ages)[Number(arg)];
    if (value === undefined) return null;
    const field = {
      path: `baseline[${index}].ages.${agePath(ages, Number(arg))}`,
      label: '',
      provenance: resolveProvenance(shown, row.sources.ages),
      edit,
    };
    return leaf(`${prefix}/ages/${arg}`, value, 'count', field, params);
  }
  if (kind === 'fte-per-person') {
    const group = area.shown.low.groups.find((g) => g.id === m);
    const headcount = headcountNode(context, areaId, m, row, index);
    if (!group || row.fte === null || !headcount) return null;
    return {
      id: `${prefix}/fte-per-person`,
      step: 'people_fte_per_person',
      params,
      value: row.fte / group.headcount,
      unit: 'fte',
      symbols: 'f = FTE / n',
      formula: { op: 'quotient' },
      inputs: [
        stub(`${prefix}/fte`, 'field', row.fte, 'fte'),
        stub(`${prefix}/headcount`, headcount.step, headcount.value),
      ],
    };
  }
  return null;
}
