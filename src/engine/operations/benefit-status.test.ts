import { describe, expect, it } from 'vitest';
import { benefitStatus, type BenefitPlan } from './benefit-status.ts';
import { OperationsError } from './operations-error.ts';

// Vulnerability: tasks only one person can do, 14 at the baseline 1 January 2027, 4 by 1 January 2030.
// Tolerance 0.1 of the planned change of 10 tasks = 1 task.
const vulnerability: BenefitPlan = {
  baselineDate: '2027-01-01',
  baselineValue: 14,
  targetDate: '2030-01-01',
  targetValue: 4,
  direction: 'lowerIsBetter',
  tolerance: 0.1,
};

describe('benefitStatus: a lower-is-better indicator', () => {
  it('judges the latest measurement against the straight path from baseline to target', () => {
    // 1 January 2028 is 365 of the 1 096 days (2028 is a leap year): planned 14 − 10 · 365 / 1 096 = 10.670.
    // On track down to 10.670 + 1 = 11.670 tasks.
    const onTrack = benefitStatus(vulnerability, [{ date: '2028-01-01', value: 11 }]);
    expect(onTrack.status).toBe('onTrack');
    expect(onTrack.planned).toBeCloseTo(10.67, 3);
    // Progress (14 − 11) / 10 = 0.3 of the change, against 0.333 planned.
    expect(onTrack.progress).toBeCloseTo(0.3, 10);
    expect(benefitStatus(vulnerability, [{ date: '2028-01-01', value: 12 }]).status).toBe('behind');
  });

  it('uses the latest measurement, and says reached at or beyond the target', () => {
    const measurements = [
      { date: '2029-06-30', value: 4 },
      { date: '2028-01-01', value: 12 },
    ];
    expect(benefitStatus(vulnerability, measurements)).toMatchObject({
      status: 'reached',
      latest: { value: 4 },
    });
    expect(benefitStatus(vulnerability, [{ date: '2031-01-01', value: 3 }]).status).toBe('reached');
    // After the target date the planned value stays at the target: 4.9 is within the 1-task tolerance.
    expect(benefitStatus(vulnerability, [{ date: '2031-01-01', value: 4.9 }])).toMatchObject({
      status: 'onTrack',
      planned: 4,
    });
  });

  it('has no status before the first measurement after the baseline', () => {
    expect(benefitStatus(vulnerability, [])).toEqual({ status: 'noMeasurement' });
    expect(benefitStatus(vulnerability, [{ date: '2027-01-01', value: 14 }])).toEqual({
      status: 'noMeasurement',
    });
  });
});

describe('benefitStatus: a higher-is-better indicator', () => {
  it('mirrors the rule', () => {
    // Payslips with no manual correction: 0.85 on 1 January 2027, 0.95 by 1 January 2029 (731 days).
    // 1 July 2028 is day 547: planned 0.85 + 0.10 · 547 / 731 = 0.92483; tolerance 0.1 · 0.10 = 0.01.
    const plan: BenefitPlan = {
      ...vulnerability,
      baselineValue: 0.85,
      targetValue: 0.95,
      targetDate: '2029-01-01',
      direction: 'higherIsBetter',
    };
    expect(benefitStatus(plan, [{ date: '2028-07-01', value: 0.9 }])).toMatchObject({
      status: 'behind',
      planned: expect.closeTo(0.92483, 5),
    });
    expect(benefitStatus(plan, [{ date: '2028-07-01', value: 0.915 }]).status).toBe('onTrack');
  });
});

describe('benefitStatus: refused input', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return error instanceof OperationsError ? [error.code, error.path] : error;
    }
    return undefined;
  };
  it.each([
    [{ targetDate: '2026-01-01' }, [], 'invalid_date', ['targetDate']],
    [{ targetValue: 20 }, [], 'invalid_option', ['targetValue']],
    [{ tolerance: 2 }, [], 'invalid_option', ['tolerance']],
    [{ baselineValue: Number.NaN }, [], 'invalid_option', ['baselineValue']],
    [{}, [{ date: '2026-12-31', value: 1 }], 'invalid_date', ['measurements', 0, 'date']],
    [
      {},
      [{ date: '2028-01-01', value: Number.POSITIVE_INFINITY }],
      'invalid_option',
      ['measurements', 0, 'value'],
    ],
  ])('%o %o → %s', (change, measurements, code, path) => {
    expect(codeOf(() => benefitStatus({ ...vulnerability, ...change }, measurements))).toEqual([code, path]);
  });
});
