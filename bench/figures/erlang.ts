import { agentsForTarget } from '../../src/engine/queueing/erlang-c.ts';
import type { Figure } from '../harness.ts';

/** Erlang C staffing at 2 000 agents' scale: the recursion must stay stable and fast. */
export const erlangLarge: Figure = {
  name: 'Erlang C agents for target, 1 900 Erlangs',
  iterations: 50,
  prepare: () => () =>
    agentsForTarget({
      callsPerInterval: 19_000,
      intervalMinutes: 30,
      ahtSeconds: 180,
      targetServiceLevel: 0.8,
      targetSeconds: 20,
    }),
};
