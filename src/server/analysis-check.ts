/**
 * The check of a revision's recorded analyses: each stored fingerprint is recomputed from the same revision
 * with today's engine and compared. The same hash means "these are the figures that were shown"; otherwise the
 * answer lists every figure that moved, before and after, with the engine versions involved. A revision never
 * changes, so a figure can only move because the engine did: with the same engine version, that is an engine
 * change nobody marked by bumping `ENGINE_REVISION`, and the check says so.
 * @module
 */
import {
  fingerprintAnalysis,
  movedFigures,
  type AnalysisFingerprint,
  type AnalysisKind,
  type AnalysisParameters,
  type MovedFigure,
} from '../case/analysis-fingerprint.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { ValidationError } from '../common/errors.ts';
import type { DiscountStep } from '../engine/economics/discounting.ts';
import { ENGINE_VERSION } from '../engine/engine-version.ts';
import type { Language } from '../i18n/language.ts';
import { listAnalysisResults, type AnalysisResultRecord } from '../storage/analysis-results.ts';
import { RECORDED_ANALYSES } from './analysis-record.ts';
import type { RevisionRef } from './cached-response.ts';
import type { ServerDeps } from './context.ts';

/**
 * Stand-ins for a changed engine, so a test can show what a check reports without changing the engine for
 * everyone else. Nothing in the API sets them.
 */
export interface EngineOverrides {
  /** Replaces every scenario's discount schedule, as a change of R-109/21's rates would. */
  discountSchedule?: readonly DiscountStep[];
  /** The version the recomputation claims to be. @default ENGINE_VERSION */
  engineVersion?: string;
}

/**
 * `same`: the same hash. `same_figures`: every figure the same, but computed by another engine version.
 * `moved`: some figures differ. `not_computable`: today's engine cannot compute it from this revision.
 */
export type CheckStatus = 'same' | 'same_figures' | 'moved' | 'not_computable';

export interface AnalysisCheck {
  kind: string;
  parameters: AnalysisParameters;
  computedAt: string;
  stored: { engineVersion: string; hash: string };
  recomputed: { engineVersion: string; hash: string } | null;
  status: CheckStatus;
  /** The figures that moved, in id order (empty unless `moved`). */
  moved: MovedFigure[];
  message: string;
}

const MESSAGES: Record<CheckStatus | 'unmarked', Record<Language, string>> = {
  same: {
    nb: 'Dette er tallene som ble vist.',
    nn: 'Dette er tala som vart viste.',
    en: 'These are the figures that were shown.',
  },
  same_figures: {
    nb: 'Tallene er de samme som ble vist, regnet ut med motorversjon {after} (vist med {before}).',
    nn: 'Tala er dei same som vart viste, rekna ut med motorversjon {after} (vist med {before}).',
    en: 'The figures are those shown, computed by engine version {after} (shown with {before}).',
  },
  moved: {
    nb: '{count} tall er endret: de ble vist med motorversjon {before} og regnes nå med {after}.',
    nn: '{count} tal er endra: dei vart viste med motorversjon {before} og blir no rekna med {after}.',
    en: '{count} figures moved: shown with engine version {before}, computed now with {after}.',
  },
  unmarked: {
    nb: '{count} tall er endret med samme motorversjon ({after}): motoren er endret uten ny versjon.',
    nn: '{count} tal er endra med same motorversjon ({after}): motoren er endra utan ny versjon.',
    en: '{count} figures moved with the same engine version ({after}): the engine changed without a new version.',
  },
  not_computable: {
    nb: 'Motorversjon {after} kan ikke regne ut denne analysen av revisjonen på nytt.',
    nn: 'Motorversjon {after} kan ikkje rekne ut denne analysen av revisjonen på nytt.',
    en: 'Engine version {after} cannot compute this analysis of the revision again.',
  },
};

function isRecordedKind(kind: string): kind is AnalysisKind {
  return Object.hasOwn(RECORDED_ANALYSES, kind);
}

function withOverrides(document: CaseDocument, overrides: EngineOverrides): CaseDocument {
  const schedule = overrides.discountSchedule;
  if (!schedule) return document;
  const scenarios = document.scenarios.map((s) => ({
    ...s,
    discountSchedule: schedule.map((step) => ({ ...step })),
  }));
  return { ...document, scenarios };
}

/** Today's fingerprint of a stored result's analysis, or null when today's engine cannot compute it. */
async function recompute(
  deps: Pick<ServerDeps, 'compute'>,
  ref: RevisionRef,
  document: CaseDocument,
  stored: AnalysisResultRecord,
  engineVersion: string,
): Promise<AnalysisFingerprint | null> {
  if (!isRecordedKind(stored.kind)) return null;
  const parameters = JSON.parse(stored.parametersKey) as AnalysisParameters;
  try {
    const body = await deps.compute.run(RECORDED_ANALYSES[stored.kind](document, ref.revision, parameters));
    return body === null
      ? null
      : fingerprintAnalysis(stored.kind, parameters, JSON.parse(body), engineVersion);
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
}

function verdict(stored: AnalysisResultRecord, now: AnalysisFingerprint | null, language: Language) {
  const after = now?.engineVersion ?? ENGINE_VERSION;
  const moved = now ? movedFigures(stored.figures, now.figures) : [];
  const status: CheckStatus = !now
    ? 'not_computable'
    : now.hash === stored.hash
      ? 'same'
      : moved.length === 0
        ? 'same_figures'
        : 'moved';
  const template = status === 'moved' && after === stored.engineVersion ? 'unmarked' : status;
  const message = MESSAGES[template][language]
    .replace('{count}', String(moved.length))
    .replace('{before}', stored.engineVersion)
    .replace('{after}', after);
  return { status, moved, message };
}

/**
 * Recomputes every stored result of revision `ref` from `document` (that revision's) and compares. Runs one
 * job at a time on the compute pool, so a check never fills its queue; a result stored by several engine
 * versions is recomputed once.
 */
export async function checkAnalyses(
  deps: Pick<ServerDeps, 'db' | 'compute'>,
  ref: RevisionRef,
  document: CaseDocument,
  options: { language?: Language; overrides?: EngineOverrides } = {},
): Promise<AnalysisCheck[]> {
  const overrides = options.overrides ?? {};
  const engineVersion = overrides.engineVersion ?? ENGINE_VERSION;
  const computing = withOverrides(document, overrides);
  const recomputed = new Map<string, AnalysisFingerprint | null>();
  const checks: AnalysisCheck[] = [];
  for (const stored of await listAnalysisResults(deps.db, ref.caseId, ref.revision)) {
    const key = `${stored.kind}:${stored.parametersKey}`;
    if (!recomputed.has(key))
      recomputed.set(key, await recompute(deps, ref, computing, stored, engineVersion));
    const now = recomputed.get(key) ?? null;
    checks.push({
      kind: stored.kind,
      parameters: JSON.parse(stored.parametersKey) as AnalysisParameters,
      computedAt: stored.computedAt,
      stored: { engineVersion: stored.engineVersion, hash: stored.hash },
      recomputed: now && { engineVersion: now.engineVersion, hash: now.hash },
      ...verdict(stored, now, options.language ?? 'nb'),
    });
  }
  return checks;
}
