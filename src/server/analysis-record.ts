/**
 * Records what the server showed: when it computes a scenario analysis or a cost-sharing comparison from a
 * revision, the result's fingerprint (`case/analysis-fingerprint.ts`) is stored with that revision. The result
 * cache computes each (revision, parameters) once, so this runs once per result and process; a second
 * record of the same result is ignored by the database.
 *
 * Recording runs after the answer is on its way and never fails a request: a failure is logged, and the
 * figures can still be recomputed from the revision. The fingerprint is taken from the body that was sent,
 * parsed again (about a millisecond for the default case), so it is exactly what the reader saw.
 * @module
 */
import {
  fingerprintAnalysis,
  type AnalysisKind,
  type AnalysisParameters,
} from '../case/analysis-fingerprint.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { recordAnalysisResult } from '../storage/analysis-results.ts';
import type { RevisionRef } from './cached-response.ts';
import type { Job } from './compute/jobs.ts';
import type { ServerDeps } from './context.ts';

/** The compute job that gives an analysis's answer, for each kind that is recorded. */
export const RECORDED_ANALYSES: Record<
  AnalysisKind,
  (document: CaseDocument, revision: number, parameters: AnalysisParameters) => Job
> = {
  'scenario-analysis': (document, revision, p) => ({
    kind: 'analysis',
    document,
    revision,
    scenarioId: String(p['scenarioId']),
    draws: Number(p['draws']),
    seed: Number(p['seed']),
    // The figures do not depend on the language; only the words around them do.
    language: 'nb',
  }),
  'cost-sharing': (document, revision, p) => ({
    kind: 'cost-sharing',
    document,
    revision,
    scenarioId: String(p['scenarioId']),
    area: typeof p['area'] === 'string' ? p['area'] : undefined,
    language: 'nb',
  }),
};

// Recordings still running; tests wait for them with `analysisRecordsSettled`.
const pending = new Set<Promise<void>>();

async function record(
  deps: Pick<ServerDeps, 'db' | 'now'>,
  ref: RevisionRef,
  kind: AnalysisKind,
  parameters: AnalysisParameters,
  body: string,
): Promise<void> {
  const fingerprint = await fingerprintAnalysis(kind, parameters, JSON.parse(body));
  await recordAnalysisResult(deps.db, {
    caseId: ref.caseId,
    revision: ref.revision,
    kind,
    parametersKey: fingerprint.parametersKey,
    engineVersion: fingerprint.engineVersion,
    hash: fingerprint.hash,
    figures: fingerprint.figures,
    computedAt: deps.now(),
  });
}

/**
 * Stores the fingerprint of `body`, the answer computed for `ref` (`null`: nothing was found, nothing to
 * record), in the background.
 */
export function recordAnalysis(
  deps: Pick<ServerDeps, 'db' | 'now'>,
  ref: RevisionRef,
  kind: AnalysisKind,
  parameters: AnalysisParameters,
  body: string | null,
): void {
  if (body === null) return;
  const running = record(deps, ref, kind, parameters, body)
    .catch((error: unknown) => console.error('Recording an analysis result failed', kind, ref, error))
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Resolves when every recording started so far has finished (stored, ignored or logged). */
export async function analysisRecordsSettled(): Promise<void> {
  await Promise.all([...pending]);
}
