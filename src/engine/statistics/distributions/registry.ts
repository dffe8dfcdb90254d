/**
 * The registry of distribution kinds. Editors, the CLI and the engine iterate `DISTRIBUTIONS`; adding a
 * kind means one module in this folder, one line in the union and one line in the registry.
 * @module
 */
import type { Distribution, DistributionDescriptor, DistributionIssue } from '../distribution.ts';
import { fixed, type FixedSpec } from './fixed.ts';
import { lognormal, type LognormalSpec } from './lognormal.ts';
import { normal, type NormalSpec } from './normal.ts';
import { pert, type PertSpec } from './pert.ts';
import { triangular, type TriangularSpec } from './triangular.ts';
import { uniform, type UniformSpec } from './uniform.ts';

/** An uncertain input's distribution as plain data, as stored in a scenario. */
export type DistributionSpec =
  FixedSpec | UniformSpec | TriangularSpec | PertSpec | NormalSpec | LognormalSpec;

/** The kinds: `fixed`, `uniform`, `triangular`, `pert`, `normal`, `lognormal`. */
export type DistributionKind = DistributionSpec['kind'];

/** The spec type of one kind. */
export type SpecOf<K extends DistributionKind> = Extract<DistributionSpec, { kind: K }>;

/**
 * Every kind's descriptor, keyed by kind, in the order editors offer them.
 * @example DISTRIBUTIONS.pert.fromLowLikelyHigh(0.1, 0.21, 0.3)
 */
export const DISTRIBUTIONS: { readonly [K in DistributionKind]: DistributionDescriptor<SpecOf<K>> } = {
  fixed,
  uniform,
  triangular,
  pert,
  normal,
  lognormal,
};

/**
 * The kinds in editor order.
 * @example DISTRIBUTION_KINDS // → ['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal']
 */
// Object.keys is typed string[]; the object literal above has exactly the kinds as keys.
export const DISTRIBUTION_KINDS = Object.keys(DISTRIBUTIONS) as readonly DistributionKind[];

function descriptorFor<K extends DistributionKind>(kind: K): DistributionDescriptor<SpecOf<K>> {
  const descriptor = DISTRIBUTIONS[kind];
  // A kind outside the union can only arrive from unparsed data.
  if (!descriptor) throw new TypeError(`unknown distribution kind: ${String(kind)}`);
  return descriptor;
}

/**
 * Builds the distribution a spec describes.
 * @throws DistributionParameterError naming each refused parameter; TypeError for an unknown kind.
 * @example createDistribution({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }).mean() // → 0.20666…
 */
export function createDistribution<K extends DistributionKind>(spec: SpecOf<K>): Distribution {
  // TypeScript does not narrow `SpecOf<K>['kind']` back to K (a correlated union), so the cast says it.
  return descriptorFor<K>(spec.kind as K).create(spec);
}

/**
 * Every refused parameter of a spec, for forms and import checks; empty when valid.
 * @example checkDistribution({ kind: 'uniform', min: 3, max: 1 }) // → [{ code: 'distribution_parameter', kind: 'uniform', path: ['max'], problem: 'out_of_order' }]
 */
export function checkDistribution<K extends DistributionKind>(spec: SpecOf<K>): DistributionIssue[] {
  return descriptorFor<K>(spec.kind as K).check(spec);
}

/**
 * The spec of kind `kind` read from a low / most likely / high estimate. Each kind states its reading:
 * fixed takes the likely value; uniform [low, high]; triangular and PERT (low, likely, high) as
 * (min, mode, max); normal mean = likely with low and high as P10 and P90; lognormal low and high as P10
 * and P90. The result is not checked here: pass it to `checkDistribution` or `createDistribution`.
 * @example fromLowLikelyHigh('pert', 0.1, 0.21, 0.3) // → { kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }
 */
export function fromLowLikelyHigh<K extends DistributionKind>(
  kind: K,
  low: number,
  likely: number,
  high: number,
): SpecOf<K> {
  return descriptorFor(kind).fromLowLikelyHigh(low, likely, high);
}
