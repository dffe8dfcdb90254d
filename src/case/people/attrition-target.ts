/**
 * The FTE reduction a scenario plans for a service area: the most likely savings share of the scenario
 * times today's central FTE of the participating municipalities, per municipality and for the joint unit.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { Distribution } from '../schema/scenario.ts';

/** The most likely value of an entered distribution: the mode, the mean, the midpoint or the median. */
export function mostLikely(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
    case 'pert':
      return d.mode;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return Math.sqrt(d.p10 * d.p90);
  }
}

export interface ReductionTargets {
  /** FTE to remove per municipality number. */
  perMunicipality: Record<string, number>;
  /** Their sum; `null` when the scenario does not include the area. */
  joint: number | null;
}

/**
 * Reduction targets for one area under one scenario; empty when the scenario is missing or leaves the area out.
 * @example areaReductionTargets(defaultCase(), 'administrative-tjenester', 'lonn-regnskap').joint
 */
export function areaReductionTargets(
  document: CaseDocument,
  scenarioId: string | null,
  areaId: string,
): ReductionTargets {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const area = scenario?.areas.find((a) => a.areaId === areaId);
  if (!area) return { perMunicipality: {}, joint: null };
  const share = mostLikely(area.savingsShare.distribution);
  const perMunicipality: Record<string, number> = {};
  for (const row of document.baseline) {
    if (row.areaId !== areaId || row.scope !== 'central' || row.fte === null) continue;
    if (!area.participants.includes(row.municipalityNumber)) continue;
    perMunicipality[row.municipalityNumber] =
      (perMunicipality[row.municipalityNumber] ?? 0) + row.fte * share;
  }
  const joint = Object.values(perMunicipality).reduce((s, v) => s + v, 0);
  return { perMunicipality, joint };
}
