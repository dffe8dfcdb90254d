/**
 * A benefit plan as the councils follow it up (DFØ's gevinstrealisering): the baseline, taken from the study
 * where the plan points to it, the target, the owner (a role), the measurements and the status. The status
 * rule is the engine's (`benefitStatus`); a target nobody has set gives `noTarget`, never a made-up one.
 * @module
 */
import {
  benefitStatus,
  type BenefitAssessment,
  type BenefitStatus,
} from '../../engine/operations/benefit-status.ts';
import { OperationsError } from '../../engine/operations/operations-error.ts';
import { formatIssuePath } from '../issue-path.ts';
import { vulnerabilityView } from '../people/vulnerability-view.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { BenefitPlan } from '../schema/operations.ts';
import type { Provenance } from '../schema/provenance.ts';
import { provenanceKind, type OperationsViewError, type ProvenanceKind } from './budget-view.ts';

/** Where a value comes from, with what a person needs to check it: the source's title and place, the decision, or the placeholder's note. */
export interface ProvenanceDetail {
  kind: ProvenanceKind;
  source?: { title: string; locator: string | null };
  decision?: { resolutionId: string; point: number };
  /** A placeholder's note and the role that ought to set it (never one that has). */
  toBeSetBy?: string | null;
  note?: string | null;
}

/** A benefit's status: the engine's, or why it cannot be judged yet. */
export type BenefitViewStatus = BenefitStatus | 'noTarget' | 'noBaseline';

export interface BenefitView {
  ok: true;
  id: string;
  unitId: string;
  benefit: string;
  indicator: string;
  /** The gevinstansvarlig's role; `role` null when nobody has named one (shown «ikke satt»). */
  owner: { role: string | null; provenance: ProvenanceDetail };
  measures: string[];
  /** `value` null when the study has no such figure (shown «..»); `studyFigure` when taken from the study. */
  baseline: {
    date: string;
    value: number | null;
    from: 'study' | ProvenanceKind;
    studyFigure: StudyFigure | null;
    provenance: ProvenanceDetail | null;
  };
  target: { value: number | null; date: string | null; provenance: ProvenanceDetail };
  direction: BenefitPlan['direction'];
  measurements: { date: string; value: number; provenance: ProvenanceDetail }[];
  status: BenefitViewStatus;
  assessment: BenefitAssessment | null;
  /** True when the target, its date or the owner is a placeholder: the status then rests on nobody's decision. */
  hasPlaceholders: boolean;
}

export type StudyFigure = Extract<BenefitPlan['baseline'], { studyFigure: unknown }>['studyFigure'];

/** The provenance with the source's title looked up in the case's sources. */
export function provenanceDetail(document: CaseDocument, provenance: Provenance): ProvenanceDetail {
  if ('source' in provenance) {
    const title = document.sources.find((s) => s.id === provenance.source.document)?.title;
    return {
      kind: 'source',
      source: { title: title ?? provenance.source.document, locator: provenance.source.locator ?? null },
      note: provenance.note ?? null,
    };
  }
  if ('decision' in provenance) {
    return { kind: 'decision', decision: provenance.decision, note: provenance.note ?? null };
  }
  return {
    kind: 'placeholder',
    toBeSetBy: provenance.placeholder.toBeSetBy ?? null,
    note: provenance.placeholder.note ?? null,
  };
}

/**
 * The study's figure: FTE today (the central baseline rows of the area, one municipality or all), or the
 * number of municipalities where the area is a one-person function today (the people page's vulnerability).
 */
export function studyFigureValue(document: CaseDocument, figure: StudyFigure): number | null {
  const inScope = (m: string) => figure.municipality === undefined || figure.municipality === m;
  if (figure.kind === 'fte') {
    const rows = document.baseline.filter(
      (r) => r.areaId === figure.areaId && r.scope === 'central' && inScope(r.municipalityNumber),
    );
    if (rows.length === 0 || rows.some((r) => r.fte === null)) return null;
    // In hundredths, as FTE are entered, so 6.2 + 6.4 + 5.0 is exactly 17.6.
    return rows.reduce((sum, r) => sum + Math.round((r.fte as number) * 100), 0) / 100;
  }
  const area = vulnerabilityView(document).areas.find((a) => a.areaId === figure.areaId);
  if (area === undefined) return null;
  return area.before.filter((b) => inScope(b.municipalityNumber) && b.onePersonFunction).length;
}

/**
 * The benefit plan `planId` with its status.
 * @example benefitView(defaultCase(), 'sarbarhet-sentralbord').status // → 'noTarget'
 */
export function benefitView(document: CaseDocument, planId: string): BenefitView | OperationsViewError {
  const p = document.operations.benefitPlans.findIndex((b) => b.id === planId);
  const plan = document.operations.benefitPlans[p];
  if (plan === undefined) return { ok: false, code: 'no_benefit_plan', path: 'operations.benefitPlans' };
  const baselineValue =
    'studyFigure' in plan.baseline
      ? studyFigureValue(document, plan.baseline.studyFigure)
      : plan.baseline.value;
  const detail = (provenance: Provenance) => provenanceDetail(document, provenance);
  const target = { ...plan.target, provenance: detail(plan.target.provenance) };
  const owner = { role: plan.benefitOwner.role, provenance: detail(plan.benefitOwner.provenance) };
  const base = {
    ok: true as const,
    id: plan.id,
    unitId: plan.unitId,
    benefit: plan.benefit,
    indicator: plan.indicator,
    owner,
    measures: plan.measures,
    baseline:
      'provenance' in plan.baseline
        ? {
            date: plan.baseline.date,
            value: baselineValue,
            from: provenanceKind(plan.baseline.provenance),
            studyFigure: null,
            provenance: detail(plan.baseline.provenance),
          }
        : {
            date: plan.baseline.date,
            value: baselineValue,
            from: 'study' as const,
            studyFigure: plan.baseline.studyFigure,
            provenance: null,
          },
    target,
    direction: plan.direction,
    measurements: plan.measurements.map((m) => ({ ...m, provenance: detail(m.provenance) })),
    hasPlaceholders:
      target.provenance.kind === 'placeholder' ||
      owner.role === null ||
      owner.provenance.kind === 'placeholder',
  };
  if (baselineValue === null) return { ...base, status: 'noBaseline', assessment: null };
  const { value: targetValue, date: targetDate } = plan.target;
  if (targetValue === null || targetDate === null) return { ...base, status: 'noTarget', assessment: null };
  try {
    const assessment = benefitStatus(
      {
        baselineDate: plan.baseline.date,
        baselineValue,
        targetDate,
        targetValue,
        direction: plan.direction,
        // Without a tolerance any shortfall from the planned path counts as behind.
        tolerance: plan.tolerance?.value ?? 0,
      },
      plan.measurements,
    );
    return { ...base, status: assessment.status, assessment };
  } catch (error) {
    if (!(error instanceof OperationsError)) throw error;
    const path = error.path.map((s) =>
      s === 'baselineDate' ? 'baseline' : s === 'targetValue' || s === 'targetDate' ? 'target' : s,
    );
    return { ok: false, code: error.code, path: formatIssuePath(['operations', 'benefitPlans', p, ...path]) };
  }
}
