/**
 * The compute pool with real worker threads: results equal the same job run inline, the request thread stays
 * free while a long job runs, a full queue is refused with 503 and a wait, and a job over its time budget
 * stops its worker, which is replaced.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { ServiceBusyError } from '../../common/errors.ts';
import { ComputePool } from './compute-pool.ts';
import { runJob, type Job } from './jobs.ts';

const document = defaultCase();
const analysis = (draws: number, seed = 1, scenarioId = 'administrative-tjenester'): Job => ({
  kind: 'analysis',
  document,
  revision: 1,
  scenarioId,
  draws,
  seed,
  language: 'nb',
});

const pools: ComputePool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.close())));
function pool(options: ConstructorParameters<typeof ComputePool>[0]) {
  const created = new ComputePool(options);
  pools.push(created);
  return created;
}

describe('compute pool', () => {
  it('gives exactly the result of the same job run inline', async () => {
    const compute = pool({ workers: 1 });
    const job = analysis(500, 7);
    expect(await compute.run(job)).toBe(await runJob(job));
    // `null` (not found) crosses the thread boundary as such.
    expect(await compute.run(analysis(10, 1, 'finnes-ikke'))).toBeNull();
  });

  it('keeps the request thread free while a long job runs', async () => {
    const compute = pool({ workers: 1 });
    await compute.run(analysis(10)); // the worker has loaded its modules
    const running = compute.run(analysis(100_000));
    // Timers on this thread still fire on time while the worker computes.
    const lags: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      lags.push(performance.now() - start - 20);
    }
    expect(compute.load().running).toBe(1);
    expect(Math.max(...lags)).toBeLessThan(100);
    expect(JSON.parse((await running) ?? 'null')).toHaveProperty('monteCarlo');
  });

  it('refuses a job when the queue is full, with a wait in seconds', async () => {
    const compute = pool({ workers: 1, maxQueued: 1 });
    const first = compute.run(analysis(20_000, 1));
    const second = compute.run(analysis(20_000, 2));
    const refused = await compute.run(analysis(20_000, 3)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceBusyError);
    expect((refused as ServiceBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await Promise.all([first, second]);
  });

  it('stops a job over its time budget and goes on with a fresh worker', async () => {
    const compute = pool({ workers: 1, timeoutMs: 300 });
    await compute.run(analysis(10)).catch(() => null); // warm-up may itself exceed a tight budget
    const late = await compute.run(analysis(2_000_000, 9)).catch((error: unknown) => error);
    expect(late).toBeInstanceOf(ServiceBusyError);
    expect((late as ServiceBusyError).reason).toBe('timeout');
    expect(compute.load()).toEqual({ running: 0, queued: 0 });
    // The replacement worker answers the next job once it has loaded its modules.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const erlang: Job = {
      kind: 'erlang',
      query: { calls: 100, interval: 30, aht: 180, serviceLevel: 0.8, targetSeconds: 20 },
    };
    expect(await compute.run(erlang)).toBe(await runJob(erlang));
  });
});
