/**
 * The shape every probability distribution in Flokk shares, and the parameter checks they use. Each
 * distribution is a module in `distributions/` exporting a descriptor; `distributions/registry.ts` lists them.
 * @module
 */
import type { UniformSource } from '../random/seeded-random.ts';

/** A univariate distribution of an uncertain input, in the input's own unit (kroner, share, rate). */
export interface Distribution {
  readonly kind: string;
  /** One draw, using as many uniform numbers from `random` as the algorithm needs. */
  sample(random: UniformSource): number;
  /** The expected value. */
  mean(): number;
  /** The value x with P(X ≤ x) = p, for p in [0, 1]. */
  quantile(p: number): number;
}

/** Why a parameter was refused. */
export type ParameterProblem =
  /** Not a finite number (NaN or ±Infinity). */
  | 'not_finite'
  /** Must be greater than zero. */
  | 'not_positive'
  /** Must not be below zero. */
  | 'negative'
  /** Breaks the required order, such as min < max or min ≤ mode ≤ max. */
  | 'out_of_order';

/** A refused parameter, named so the UI can point at the field (`path: ['mode']`). */
export interface DistributionIssue {
  code: 'distribution_parameter';
  kind: string;
  path: [string];
  problem: ParameterProblem;
}

/**
 * Thrown by `create` when a parameter is refused; `issues` names every refused parameter.
 * @example new DistributionParameterError([{ code: 'distribution_parameter', kind: 'normal', path: ['sd'], problem: 'not_positive' }])
 */
export class DistributionParameterError extends Error {
  readonly code = 'distribution_parameter';
  readonly issues: readonly DistributionIssue[];

  constructor(issues: readonly DistributionIssue[]) {
    const list = issues.map((i) => `${i.kind}.${i.path[0]}: ${i.problem}`).join(', ');
    super(`Invalid distribution parameters (${list})`);
    this.name = 'DistributionParameterError';
    this.issues = issues;
  }
}

/**
 * Collects parameter issues for one distribution kind.
 * @example new ParameterCheck('uniform').expect(min < max, 'max', 'out_of_order').issues
 */
export class ParameterCheck {
  readonly issues: DistributionIssue[] = [];

  constructor(private readonly kind: string) {}

  /** Records `problem` for `parameter` when `ok` is false. */
  expect(ok: boolean, parameter: string, problem: ParameterProblem): this {
    if (!ok)
      this.issues.push({ code: 'distribution_parameter', kind: this.kind, path: [parameter], problem });
    return this;
  }

  /** Each named value must be a finite number. Returns true when all are. */
  finite(values: Readonly<Record<string, number>>): boolean {
    for (const [name, value] of Object.entries(values))
      this.expect(Number.isFinite(value), name, 'not_finite');
    return this.issues.length === 0;
  }
}

/**
 * Throws `DistributionParameterError` when there are issues.
 * @example throwIfInvalid(uniform.check(spec)) // throws DistributionParameterError when there are issues
 */
export function throwIfInvalid(issues: readonly DistributionIssue[]): void {
  if (issues.length > 0) throw new DistributionParameterError(issues);
}

/**
 * Throws RangeError unless 0 ≤ p ≤ 1.
 * @example checkProbability(1.5) // throws RangeError
 */
export function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
}

/**
 * A kind of distribution as a registry entry: how to check and build it from plain data, and how to read
 * it from a low / most likely / high estimate, the way people in a workshop give numbers.
 */
export interface DistributionDescriptor<S extends { kind: string }> {
  readonly kind: S['kind'];
  /** Message key for the kind's name in the UI, e.g. `distribution.pert`. */
  readonly labelKey: string;
  /** The parameter names in the order an editor shows them. */
  readonly parameters: readonly Exclude<keyof S & string, 'kind'>[];
  /** Every refused parameter; empty when the spec is valid. */
  check(spec: S): DistributionIssue[];
  /** Builds the distribution. @throws DistributionParameterError naming each refused parameter. */
  create(spec: S): Distribution;
  /** The spec this kind makes of a low / most likely / high estimate; each kind states its reading. */
  fromLowLikelyHigh(low: number, likely: number, high: number): S;
}
