import { describe, expect, it } from 'vitest';
import { erlangAModel } from './erlang-a-staffing.ts';
import type { OpeningPeriod, Weekday } from './opening-hours.ts';
import { type CallInterval, type SwitchboardMunicipality, switchboardSizing } from './switchboard-sizing.ts';

const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const hours = (opens: number, closes: number): OpeningPeriod[] =>
  WORKDAYS.map((weekday) => ({ weekday, opensMinute: opens * 60, closesMinute: closes * 60 }));
const flatCalls = (perHour: number, opens: number, closes: number): CallInterval[] =>
  WORKDAYS.flatMap((weekday) =>
    Array.from({ length: closes - opens }, (_, i) => ({
      weekday,
      startMinute: (opens + i) * 60,
      calls: perHour,
    })),
  );
const municipality = (municipalityNumber: string, perHour: number): SwitchboardMunicipality => ({
  municipalityNumber,
  calls: flatCalls(perHour, 8, 15),
  openingHours: hours(8, 15),
  labourCostPerFteNok: 800_000,
});
const parameters = {
  intervalMinutes: 60,
  ahtSeconds: 120,
  targetServiceLevel: 0.8,
  targetSeconds: 20,
  shrinkage: 0.25,
  fteHoursPerYear: 1695,
  openWeeksPerYear: 50,
  pooledLabourCostPerFteNok: 800_000,
};

describe('three switchboards against one pooled (hand calculation)', () => {
  // 10, 15 and 5 calls an hour at 120 s are A = 1/3, 1/2 and 1/6 Erlangs. For 80 % in 20 s:
  // A = 1/3: one agent gives SL = 1 − (1/3)e^(−(2/3)·20/120) = 0.702, two give 0.964 → 2 agents.
  // A = 1/2: one agent gives 1 − 0.5·e^(−0.5/6) = 0.540 → 2 agents. A = 1/6: 1 − (1/6)e^(−(5/6)/6) = 0.855 → 1.
  // Pooled, 30 calls an hour, A = 1: two agents give 1 − (1/3)e^(−1/6) = 0.718, three give 0.935 → 3.
  // Open 7 h × 5 days = 35 h a week; FTE = agents × 35 × 50 weeks / (1 − 0.25) / 1 695.
  const fte = (agents: number) => (agents * 35 * 50) / 0.75 / 1695;
  const result = switchboardSizing({
    municipalities: [municipality('5027', 10), municipality('5028', 15), municipality('5029', 5)],
    parameters,
  });

  it('staffs each municipality and the pooled switchboard as calculated by hand', () => {
    expect(result.separate.map((m) => m.intervals[0]?.agents)).toEqual([2, 2, 1]);
    expect(result.pooled?.intervals.every((i) => i.agents === 3)).toBe(true);
    expect(result.separate.map((m) => m.fte)).toEqual(
      [fte(2), fte(2), fte(1)].map((x) => expect.closeTo(x, 12)),
    );
    expect(result.pooled?.fte).toBeCloseTo(fte(3), 12);
  });

  it('gains 2 FTE-worth of agent hours (5 − 3 agents), that is 2.753 FTE and 2.20 million kroner a year', () => {
    expect(result.poolingGain?.fte).toBeCloseTo(fte(2), 12);
    expect(result.poolingGain?.fte).toBeCloseTo(2.7532, 4);
    expect(result.poolingGain?.costNok).toBeCloseTo(fte(2) * 800_000, 4);
  });

  it('gives each municipality its share of the calls for a volume key', () => {
    expect(result.separate.map((m) => m.callShare)).toEqual(
      [10 / 30, 15 / 30, 5 / 30].map((x) => expect.closeTo(x, 12)),
    );
  });

  it('has nothing missing and nothing to warn about, and states its assumptions', () => {
    expect(result.missing).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.assumptions).toContainEqual({ code: 'poisson-arrivals' });
    expect(result.assumptions).toContainEqual({ code: 'fte-hours-per-year', hours: 1695 });
  });

  it('keeps one person at the switchboard in an open hour without calls', () => {
    const quiet = switchboardSizing({
      municipalities: [{ ...municipality('5029', 0), calls: [] }],
      parameters,
    });
    expect(quiet.separate[0]?.fte).toBeCloseTo(fte(1), 12);
    expect(quiet.separate[0]?.callWorkloadFte).toBe(0);
  });
});

describe('missing inputs', () => {
  it('lists what is missing and computes nothing that depends on it', () => {
    const result = switchboardSizing({
      municipalities: [
        municipality('5027', 10),
        { municipalityNumber: '5028', calls: null, openingHours: hours(8, 15), labourCostPerFteNok: null },
      ],
      parameters,
    });
    expect(result.missing).toEqual([
      { code: 'missing-input', path: ['municipalities', 1, 'calls'] },
      { code: 'missing-input', path: ['municipalities', 1, 'labourCostPerFteNok'] },
    ]);
    expect(result.separate.map((m) => m.municipalityNumber)).toEqual(['5027']);
    expect(result.pooled).toBeNull();
    expect(result.poolingGain).toBeNull();
  });

  it('computes nothing without a handling time', () => {
    const result = switchboardSizing({
      municipalities: [municipality('5027', 10)],
      parameters: { ...parameters, ahtSeconds: null },
    });
    expect(result.missing).toEqual([{ code: 'missing-input', path: ['parameters', 'ahtSeconds'] }]);
    expect(result.separate).toEqual([]);
  });
});

describe('opening hours and warnings', () => {
  it('warns about calls outside the opening hours and leaves them out', () => {
    const m = {
      ...municipality('5027', 10),
      calls: [...flatCalls(10, 8, 15), { weekday: 6 as const, startMinute: 600, calls: 4 }],
    };
    const result = switchboardSizing({ municipalities: [m], parameters });
    expect(result.warnings).toEqual([
      { code: 'calls-outside-opening-hours', calls: 4, path: ['municipalities', 0, 'calls', 35] },
    ]);
    expect(result.separate[0]?.callsPerWeek).toBe(350);
  });

  it('counts only the open part of an hour: open 08:00–15:30 is 37.5 agent hours a week for one agent', () => {
    const m = { ...municipality('5029', 5), openingHours: hours(8, 15.5) };
    expect(switchboardSizing({ municipalities: [m], parameters }).separate[0]?.agentHoursPerWeek).toBe(37.5);
  });

  it('passes queue warnings on with the interval they belong to', () => {
    // 285 calls an hour at 120 s are 9.5 Erlangs; a 0 % target needs only 10 agents, 95 % busy.
    const busy = {
      ...municipality('5027', 10),
      calls: [{ weekday: 1 as const, startMinute: 480, calls: 285 }],
    };
    const result = switchboardSizing({
      municipalities: [busy],
      parameters: { ...parameters, targetServiceLevel: 0 },
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'high-occupancy', path: ['municipalities', 0, 'intervals', '1-480'] }),
    );
  });
});

describe('with Erlang A', () => {
  it('needs no more agents than Erlang C when callers hang up after two minutes on average here', () => {
    const municipalities = [municipality('5027', 10), municipality('5028', 15), municipality('5029', 5)];
    const c = switchboardSizing({ municipalities, parameters });
    const a = switchboardSizing({ municipalities, parameters, queueModel: erlangAModel(120) });
    expect(a.assumptions).toContainEqual({ code: 'exponential-patience', meanPatienceSeconds: 120 });
    expect(a.pooled?.fte).toBeLessThanOrEqual(c.pooled?.fte as number);
  });
});
