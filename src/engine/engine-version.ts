/**
 * The version of the formulas every figure is computed with. A stored analysis result names it (see
 * `case/analysis-fingerprint.ts`), so a later check can tell "the engine changed" from "the case changed".
 *
 * It is the package version plus an engine revision. Bump `ENGINE_REVISION` in the same commit as any change
 * that can move a figure for the same revision and parameters: a formula, a default constant (R-109/21's
 * discount schedule), a rounding rule, the order of random draws. Refactorings that move nothing keep it.
 * A release that changes the package version resets nothing: the two parts are read together.
 * @module
 */

/** The package version this engine ships in; `engine-version.test.ts` keeps it equal to package.json. */
export const PACKAGE_VERSION = '0.1.0';

/** Bumped by hand whenever a formula or an engine constant changes (see the module comment). */
export const ENGINE_REVISION = 1;

/**
 * The engine's version, stored beside every recorded analysis result.
 * @example ENGINE_VERSION // → '0.1.0+engine.1'
 */
export const ENGINE_VERSION = `${PACKAGE_VERSION}+engine.${ENGINE_REVISION}`;
