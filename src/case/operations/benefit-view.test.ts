import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { ADMIN_UNIT } from '../default-case/operations.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { benefitView } from './benefit-view.ts';

const source = { source: { document: 'saksframlegg-bik2030', locator: 'test' } };

function withPlan(plan: Record<string, unknown>): CaseDocument {
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const operations = input['operations'] as { benefitPlans: unknown[] };
  operations.benefitPlans = [
    {
      id: 'plan',
      unitId: ADMIN_UNIT,
      benefit: 'Færre enpersonsfunksjoner',
      indicator: 'Oppgaver bare én person kan gjøre',
      benefitOwner: { role: 'Leder for den felles enheten', provenance: source },
      direction: 'lowerIsBetter',
      baseline: { date: '2027-01-01', value: 14, provenance: source },
      target: { value: 4, date: '2030-01-01', provenance: source },
      measurements: [{ date: '2028-01-01', value: 11, provenance: source }],
      ...plan,
    },
  ];
  const result = parseCase(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('benefitView', () => {
  it('judges the latest measurement against the straight path from baseline to target', () => {
    // Progress (11 − 14) / (4 − 14) = 0.3; planned after 365 of 1 096 days: 0.333. Within a tolerance of 0.1 of
    // the path, so on track; with no tolerance, behind.
    const onTrack = benefitView(withPlan({ tolerance: { value: 0.1, provenance: source } }), 'plan');
    expect(onTrack.ok && onTrack.status).toBe('onTrack');
    expect(onTrack.ok && onTrack.assessment?.progress).toBeCloseTo(0.3, 10);
    expect(onTrack.ok && onTrack.assessment?.planned).toBeCloseTo(14 - 10 * (365 / 1096), 10);
    const strict = benefitView(withPlan({}), 'plan');
    expect(strict.ok && strict.status).toBe('behind');
  });

  it('reads the baseline from the study: Melhus’ 6,4 FTE on payroll and accounting', () => {
    const view = benefitView(
      withPlan({
        baseline: {
          date: '2025-01-01',
          studyFigure: { kind: 'fte', areaId: 'lonn-regnskap-fakturering', municipality: '5028' },
        },
        target: { value: 5, date: '2030-01-01', provenance: source },
        measurements: [],
      }),
      'plan',
    );
    expect(view.ok && view.baseline).toEqual({
      date: '2025-01-01',
      value: 6.4,
      from: 'study',
      studyFigure: { kind: 'fte', areaId: 'lonn-regnskap-fakturering', municipality: '5028' },
      provenance: null,
    });
    expect(view.ok && view.status).toBe('noMeasurement');
  });

  it('shows no baseline («..») where the study has no figure, and names a bad target by its field', () => {
    const none = benefitView(
      withPlan({ baseline: { date: '2025-01-01', studyFigure: { kind: 'fte', areaId: 'plan' } } }),
      'plan',
    );
    expect(none.ok && none.status).toBe('noBaseline');
    expect(none.ok && none.baseline.value).toBeNull();
    // A target worse than the baseline for «lower is better» cannot be judged.
    const wrong = benefitView(
      withPlan({ target: { value: 20, date: '2030-01-01', provenance: source } }),
      'plan',
    );
    expect(wrong).toEqual({ ok: false, code: 'invalid_option', path: 'operations.benefitPlans[0].target' });
  });
});
