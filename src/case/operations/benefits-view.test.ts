import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../default-case/default-case.ts';
import { ADMIN_UNIT } from '../default-case/operations.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { benefitsAnswer } from './benefit-words.ts';
import { benefitsUnit, benefitsView } from './benefits-view.ts';

const source = { source: { document: 'saksframlegg-bik2030', locator: 'test' } };

/** The default case with its first FTE plan given a baseline of 10 FTE, a target and `measurements`. */
function withMeasured(measurements: { date: string; value: number }[], extra: Record<string, unknown> = {}) {
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const plans = (input['operations'] as { benefitPlans: Record<string, unknown>[] }).benefitPlans;
  const plan = plans.find((p) => p['id'] === 'arsverk-lonn-regnskap-fakturering');
  if (plan === undefined) throw new Error('no plan');
  Object.assign(plan, {
    baseline: { date: '2025-01-01', value: 10, provenance: source },
    target: { value: 8, date: '2029-01-01', provenance: source },
    measurements: measurements.map((m) => ({ ...m, provenance: source })),
    ...extra,
  });
  const parsed = parseCase(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

function planOf(document: CaseDocument) {
  const view = benefitsView(document, ADMIN_UNIT, 'nb');
  const plan = view?.plans.find((p) => p.id === 'arsverk-lonn-regnskap-fakturering');
  if (view === null || plan === undefined || !plan.ok) throw new Error('no view');
  return { view, plan };
}

describe('benefitsView', () => {
  it('answers for the default case that no benefit has a target, and credits no owner', () => {
    const view = benefitsView(defaultCase(), ADMIN_UNIT, 'nb');
    expect(view?.answer).toBe('Ingen av de 6 gevinstene har et mål ennå.');
    expect(view?.summary.noTarget).toBe(6);
    expect(view?.hasPlaceholders).toBe(true);
    expect(view?.plans.every((p) => p.ok && p.owner.role === null)).toBe(true);
    expect(benefitsView(defaultCase(), ADMIN_UNIT, 'nn')?.answer).toBe(
      'Ingen av dei 6 gevinstane har eit mål enno.',
    );
  });

  it('judges 9,4 FTE on 1 January 2027 as behind the path from 10 (2025) to 8 (2029)', () => {
    // 730 of 1 461 days have passed (2028 is a leap year): planned 10 − 2 · 730/1 461 = 9,0007 FTE. 9,4 is
    // 0,4 FTE behind that; progress (9,4 − 10)/(8 − 10) = 0,3 against 0,4997 planned.
    const { view, plan } = planOf(withMeasured([{ date: '2027-01-01', value: 9.4 }]));
    expect(plan.status).toBe('behind');
    expect(plan.assessment?.planned).toBeCloseTo(10 - (2 * 730) / 1461, 10);
    expect((plan.assessment?.latest?.value ?? 0) - (plan.assessment?.planned ?? 0)).toBeCloseTo(0.4, 2);
    expect(plan.statusText.label).toBe('Bak planen');
    expect(view.summary).toMatchObject({ behind: 1, noTarget: 5, onTrack: 0 });
    expect(view.answer).toBe('Ingen av de 6 er på sporet, 1 ligger bak planen og 5 har ikke mål ennå.');
    expect(plan.target.provenance).toEqual({
      kind: 'source',
      source: { title: expect.any(String) as string, locator: 'test' },
      note: null,
    });
  });

  it('counts 8,9 FTE in 2027 as on track (progress 0,55 ≥ 0,4997) and 7,9 in 2028 as reached', () => {
    const onTrack = planOf(withMeasured([{ date: '2027-01-01', value: 8.9 }]));
    expect(onTrack.plan.status).toBe('onTrack');
    expect(onTrack.view.answer).toBe('1 av 6 er på sporet og 5 har ikke mål ennå.');
    // The latest by date is judged, whatever the order entered.
    const reached = planOf(
      withMeasured([
        { date: '2028-01-01', value: 7.9 },
        { date: '2027-01-01', value: 9.4 },
      ]),
    );
    expect(reached.plan.status).toBe('reached');
  });

  it('names a plan that cannot be judged by its field, as the form labels it', () => {
    // A target above the baseline for «lower is better» is not a gain.
    const document = withMeasured([], { target: { value: 12, date: '2029-01-01', provenance: source } });
    const view = benefitsView(document, ADMIN_UNIT, 'nb');
    const plan = view?.plans.find((p) => p.id === 'arsverk-lonn-regnskap-fakturering');
    expect(plan?.ok).toBe(false);
    expect(plan?.status).toBe('invalid');
    expect(plan && !plan.ok && plan.field).toBe('Drift av samarbeidet: gevinstplan nr. 2, mål');
    expect(plan && !plan.ok && plan.field).not.toContain('operations');
    expect(view?.summary.invalid).toBe(1);
  });

  it('picks the first unit when none is asked for, and knows no other', () => {
    expect(benefitsUnit(defaultCase())).toBe(ADMIN_UNIT);
    expect(benefitsUnit(defaultCase(), 'finnes-ikke')).toBeNull();
    expect(benefitsView(defaultCase(), 'finnes-ikke', 'nb')).toBeNull();
  });
});

describe('benefitsAnswer', () => {
  it('says the count on track first, then the rest in the summary’s order', () => {
    expect(benefitsAnswer({ onTrack: 2, behind: 1, noTarget: 3 }, 'nb')).toBe(
      '2 av 6 er på sporet, 1 ligger bak planen og 3 har ikke mål ennå.',
    );
    expect(benefitsAnswer({ onTrack: 2, reached: 1 }, 'en')).toBe('2 of 3 on track and 1 reached.');
    expect(benefitsAnswer({}, 'nb')).toBe('Enheten har ingen gevinstplaner ennå.');
  });
});
