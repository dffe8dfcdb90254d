/**
 * The fingerprint of an analysis result: its figures (`analysis-figures.ts`) and a SHA-256 over the canonical
 * JSON of what produced them (engine version, kind of analysis, parameters such as seed and draws) and the
 * figures themselves. Stored with the revision it was computed from, it lets a later check say "these are
 * the figures the councils saw", or list exactly which figures moved.
 *
 * SHA-256 comes from Web Crypto (`crypto.subtle`), a global in Node 20 and every browser: no dependency, and
 * no `node:crypto`, so the module stays usable outside the server. It is asynchronous, which costs nothing
 * here: a fingerprint is stored or compared with stored ones, both asynchronous anyway.
 * @module
 */
import { ENGINE_VERSION } from '../engine/engine-version.ts';
import {
  costSharingFigures,
  scenarioFigures,
  type CostSharingSource,
  type FigureValue,
  type Figures,
  type ScenarioAnalysisSource,
} from './analysis-figures.ts';

/** The analyses whose results are fingerprinted, each with where its figures come from. */
export const ANALYSIS_KINDS = {
  'scenario-analysis': (result: unknown) => scenarioFigures(result as ScenarioAnalysisSource),
  'cost-sharing': (result: unknown) => costSharingFigures(result as CostSharingSource),
} satisfies Record<string, (result: unknown) => Figures>;

export type AnalysisKind = keyof typeof ANALYSIS_KINDS;

/** What an analysis was asked with, besides the revision: scenario, draws, seed, area. */
export type AnalysisParameters = Record<string, string | number | boolean | null>;

export interface AnalysisFingerprint {
  engineVersion: string;
  kind: AnalysisKind;
  parameters: AnalysisParameters;
  /** The canonical JSON of `parameters`: the same parameters give the same text. */
  parametersKey: string;
  figures: Figures;
  /** SHA-256, hex, of the canonical JSON of all the above but `parametersKey`. */
  hash: string;
}

/**
 * A number as canonical JSON text: JavaScript's shortest text that reads back as the same double, so two
 * computations agree to the text exactly when they agree to the last bit (nothing rounded away). −0 is 0, and
 * NaN and ±Infinity are null, as JSON itself has them.
 */
function canonicalNumber(value: number): string {
  return Number.isFinite(value) ? JSON.stringify(value + 0) : 'null';
}

/**
 * JSON with object keys sorted at every level (by code unit), so equal values give equal text.
 * @example canonicalJson({ b: 1, a: [2, -0] }) // → '{"a":[2,0],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'number') return canonicalNumber(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A figure map with each value as it would read back from canonical JSON (−0 as 0, non-finite as null). */
function canonicalFigures(figures: Figures): Figures {
  return JSON.parse(canonicalJson(figures)) as Figures;
}

/**
 * The fingerprint of figures computed by `engineVersion` for `kind` with `parameters`.
 * @example (await fingerprintFigures('scenario-analysis', { scenarioId: 'a', draws: 10, seed: 1 }, figures)).hash
 */
export async function fingerprintFigures(
  kind: AnalysisKind,
  parameters: AnalysisParameters,
  figures: Figures,
  engineVersion: string = ENGINE_VERSION,
): Promise<AnalysisFingerprint> {
  const canonical = canonicalFigures(figures);
  const hash = await sha256Hex(canonicalJson({ engineVersion, kind, parameters, figures: canonical }));
  return {
    engineVersion,
    kind,
    parameters,
    parametersKey: canonicalJson(parameters),
    figures: canonical,
    hash,
  };
}

/**
 * The fingerprint of an analysis result (the engine's object or the API's parsed answer).
 * @example await fingerprintAnalysis('scenario-analysis', { scenarioId, draws, seed }, analyseScenario(doc, scenarioId, { draws, seed }))
 */
export function fingerprintAnalysis(
  kind: AnalysisKind,
  parameters: AnalysisParameters,
  result: unknown,
  engineVersion: string = ENGINE_VERSION,
): Promise<AnalysisFingerprint> {
  return fingerprintFigures(kind, parameters, ANALYSIS_KINDS[kind](result), engineVersion);
}

/** A figure that differs between two fingerprints; a side without the figure has no `before` or `after`. */
export interface MovedFigure {
  figure: string;
  before?: FigureValue;
  after?: FigureValue;
}

/**
 * The figures that differ, by id in sorted order: changed values, and figures only one side has.
 * @example movedFigures({ a: 1, b: 2 }, { a: 1, b: 3, c: 0 }) // → [{ figure: 'b', before: 2, after: 3 }, { figure: 'c', after: 0 }]
 */
export function movedFigures(before: Figures, after: Figures): MovedFigure[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.flatMap((figure) => {
    const had = Object.hasOwn(before, figure);
    const has = Object.hasOwn(after, figure);
    if (had && has && Object.is(before[figure], after[figure])) return [];
    return [
      {
        figure,
        ...(had ? { before: before[figure] ?? null } : {}),
        ...(has ? { after: after[figure] ?? null } : {}),
      },
    ];
  });
}
