import { erlangC } from '../../src/engine/queueing/erlang-c.ts';
import type { Figure } from '../harness.ts';

const EVALUATIONS = 100_000;

/**
 * 100 000 Erlang C evaluations with agents spread over 1–2 000 and traffic at 80 % of the agents. Issue 12's
 * goal: under 100 ms median (the recursion starts about 9·√A below the traffic, see `erlangBStart`).
 * 15 runs of ~50 ms, so that the median holds steady on a busy machine.
 */
export const erlangSweep100k: Figure = {
  name: 'Erlang C, 100 000 evaluations across 1–2 000 agents',
  iterations: 15,
  prepare: () => () => {
    let sum = 0;
    for (let i = 0; i < EVALUATIONS; i++) {
      const agents = 1 + (i % 2000);
      sum += erlangC(agents, agents * 0.8);
    }
    return sum;
  },
};
