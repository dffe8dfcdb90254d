import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a.ts';
import { erlangAAgentsForTarget, erlangAModel } from './erlang-a-staffing.ts';
import { agentsForTarget, serviceLevelForAgents } from './erlang-c.ts';

const perSecond = (callsPerSecond: number) => ({
  callsPerInterval: callsPerSecond * 3600,
  intervalMinutes: 60,
});

describe('a hand calculation: one agent, λ = μ = θ = 1 per second', () => {
  // π(0) = π(1) and π(1 + j) = π(1) / (j + 1)!, so the weights sum to 1 + (e − 1) = e.
  const outcome = erlangA({
    ...perSecond(1),
    ahtSeconds: 1,
    agents: 1,
    meanPatienceSeconds: 1,
    targetSeconds: 0,
  });

  it('makes a caller wait with probability (e − 1)/e', () => {
    expect(outcome.probabilityOfWaiting).toBeCloseTo(1 - Math.exp(-1), 14);
  });

  it('has E[Q] = 1/e, so abandonment θ·E[Q]/λ = 1/e and mean wait E[Q]/λ = 1/e s', () => {
    expect(outcome.expectedQueueLength).toBeCloseTo(Math.exp(-1), 14);
    expect(outcome.abandonmentProbability).toBeCloseTo(Math.exp(-1), 14);
    expect(outcome.averageWaitSeconds).toBeCloseTo(Math.exp(-1), 14);
  });

  it('keeps the agent busy (1 − 1/e) of the time and answers 1/e at once', () => {
    expect(outcome.occupancy).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(outcome.serviceLevel).toBeCloseTo(Math.exp(-1), 14);
  });

  it('warns that traffic reaches the agents, and nothing else', () => {
    expect(outcome.warnings).toEqual([{ code: 'traffic-reaches-agents', trafficErlangs: 1, agents: 1 }]);
  });
});

/** The same chain summed naively in linear space over a generous fixed length, for small cases only. */
function naive(lambda: number, mu: number, theta: number, n: number) {
  const weights: number[] = [1];
  for (let k = 1; k < n + 400; k++) {
    const down = k <= n ? k * mu : n * mu + (k - n) * theta;
    weights.push(((weights[k - 1] as number) * lambda) / down);
  }
  const total = weights.reduce((s, w) => s + w, 0);
  const wait = weights.slice(n).reduce((s, w) => s + w, 0) / total;
  const queue = weights.reduce((s, w, k) => s + Math.max(0, k - n) * w, 0) / total;
  return { wait, abandon: (theta * queue) / lambda };
}

describe('against a naive summation of the same chain', () => {
  it('agrees on the probability of waiting and of abandoning', () => {
    for (const [lambda, aht, patience, n] of [
      [0.05, 180, 60, 10],
      [0.1, 120, 300, 8],
      [0.02, 200, 30, 3],
    ] as const) {
      const a = erlangA({
        ...perSecond(lambda),
        ahtSeconds: aht,
        agents: n,
        meanPatienceSeconds: patience,
        targetSeconds: 20,
      });
      const b = naive(lambda, 1 / aht, 1 / patience, n);
      expect(a.probabilityOfWaiting).toBeCloseTo(b.wait, 12);
      expect(a.abandonmentProbability).toBeCloseTo(b.abandon, 12);
    }
  });
});

describe('convergence to Erlang C as patience grows', () => {
  const call = { callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180, agents: 14, targetSeconds: 20 };
  const c = serviceLevelForAgents(call);

  it('matches Erlang C to 6 decimals with a mean patience of 10⁹ s', () => {
    const a = erlangA({ ...call, meanPatienceSeconds: 1e9 });
    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 6);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel as number, 6);
    expect(a.averageSpeedOfAnswerSeconds).toBeCloseTo(c.averageSpeedOfAnswerSeconds as number, 4);
    expect(a.abandonmentProbability).toBeLessThan(1e-7);
  });

  it('is Erlang C exactly with infinite patience', () => {
    const a = erlangA({ ...call, meanPatienceSeconds: Number.POSITIVE_INFINITY });
    expect(a.probabilityOfWaiting).toBe(c.probabilityOfWaiting);
    expect(a.serviceLevel).toBe(c.serviceLevel);
  });

  it('gets closer with every tenfold increase of patience', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const patience of [60, 600, 6000, 60_000, 600_000]) {
      const gap = Math.abs(
        erlangA({ ...call, meanPatienceSeconds: patience }).probabilityOfWaiting - c.probabilityOfWaiting,
      );
      expect(gap).toBeLessThan(previous);
      previous = gap;
    }
  });

  it('staffs the published example with 14 agents, like Erlang C, when callers never give up', () => {
    const target = { ...call, targetServiceLevel: 0.8, maxOccupancy: 0.85 };
    expect(erlangAAgentsForTarget({ ...target, meanPatienceSeconds: 1e9 }).agents).toBe(
      agentsForTarget(target).agents,
    );
  });
});

describe('properties', () => {
  const cases = fc.record({
    n: fc.integer({ min: 1, max: 60 }),
    load: fc.double({ min: 0.01, max: 1.5, noNaN: true }),
    aht: fc.integer({ min: 30, max: 600 }),
    patience: fc.double({ min: 5, max: 3600, noNaN: true }),
    target: fc.integer({ min: 0, max: 120 }),
  });
  const run = (c: { n: number; load: number; aht: number; patience: number; target: number }, agents = c.n) =>
    erlangA({
      ...perSecond((c.load * c.n) / c.aht),
      ahtSeconds: c.aht,
      agents,
      meanPatienceSeconds: c.patience,
      targetSeconds: c.target,
    });

  it('keeps every probability in [0, 1] and obeys Little’s law and P(abandon) = θ·E[W]', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const o = run(c);
        for (const p of [o.probabilityOfWaiting, o.abandonmentProbability, o.serviceLevel, o.occupancy]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
        }
        const lambda = (c.load * c.n) / c.aht;
        expect(o.expectedQueueLength).toBeCloseTo(lambda * (o.averageWaitSeconds as number), 9);
        expect(o.abandonmentProbability).toBeCloseTo((o.averageWaitSeconds as number) / c.patience, 9);
      }),
    );
  });

  it('raises the service level and lowers abandonment as agents are added', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const now = run(c);
        const more = run(c, c.n + 1);
        expect(more.serviceLevel).toBeGreaterThanOrEqual((now.serviceLevel as number) - 1e-12);
        expect(more.abandonmentProbability).toBeLessThanOrEqual(now.abandonmentProbability + 1e-12);
      }),
    );
  });

  it('stays finite at 2 000 agents, even when overloaded', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2600, noNaN: true }),
        fc.double({ min: 10, max: 1e5, noNaN: true }),
        (a, patience) => {
          const o = erlangA({
            callsPerInterval: a * 10,
            intervalMinutes: 30,
            ahtSeconds: 180,
            agents: 2000,
            meanPatienceSeconds: patience,
            targetSeconds: 20,
          });
          for (const v of [
            o.probabilityOfWaiting,
            o.abandonmentProbability,
            o.serviceLevel,
            o.averageWaitSeconds,
          ])
            expect(Number.isFinite(v)).toBe(true);
          expect(o.warnings.map((w) => w.code)).not.toContain('queue-truncated');
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('erlangAModel', () => {
  it('states the exponential patience it assumes', () => {
    expect(erlangAModel(120).assumptions).toContainEqual({
      code: 'exponential-patience',
      meanPatienceSeconds: 120,
    });
  });

  it('finds the smallest number of agents that meets the target', () => {
    const model = erlangAModel(120);
    const load = { callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 };
    const result = model.staffing(load, { targetServiceLevel: 0.8, targetSeconds: 20 });
    expect(result.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(model.outcome(load, result.agents - 1, 20).serviceLevel).toBeLessThan(0.8);
  });
});
