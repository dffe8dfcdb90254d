/**
 * Shrinkage: the share of paid time agents are not available for calls (breaks, meetings, training,
 * sickness). Staff must be scheduled above the agents the queue needs.
 * @module
 */

function checkShrinkage(shrinkage: number): void {
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new RangeError(`shrinkage must be in [0, 1), got ${shrinkage}`);
}

/**
 * Staff to schedule = agents / (1 − shrinkage), as a decimal figure.
 * Source: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example" (14 agents at
 * 30 % shrinkage → 20 staff), reproduced by the pyworkforce README.
 * @example staffForAgents(14, 0.3) // → 20
 */
export function staffForAgents(agents: number, shrinkage: number): number {
  checkShrinkage(shrinkage);
  return agents / (1 - shrinkage);
}

/**
 * Whole staff to schedule: agents / (1 − shrinkage) rounded up to a whole person.
 * @example wholeStaffForAgents(14, 0.3) // → 20 (14 / 0.7 is 20.000000000000004 in floating point)
 */
export function wholeStaffForAgents(agents: number, shrinkage: number): number {
  // 14 / 0.7 is 20.000000000000004 in binary floating point; that is 20 people, not 21.
  return Math.ceil(staffForAgents(agents, shrinkage) - 1e-9);
}
