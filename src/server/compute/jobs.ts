/**
 * The heavy computations the API offers, as jobs: plain data in, the response body out as JSON text. They
 * run in the compute pool's worker threads (`compute-worker.ts`), never on the thread that answers requests,
 * and their results are cached by revision (`result-cache.ts`): a revision never changes, so neither does
 * anything derived from it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import { settlementSummary } from '../../case/operations/settlement-summary.ts';
import type { LedgerRuleInput } from '../../case/schema/operations.ts';
import { importLedgerFile } from '../../documents/spreadsheet/import-ledger-file.ts';
import { costSharingView } from '../../case/cost-sharing/comparison-view.ts';
import { compareAllocations } from '../../case/cost-sharing/compare-allocations.ts';
import type { CostSharingScope } from '../../case/cost-sharing/coalition-costs.ts';
import { costSharingScopes } from '../../case/cost-sharing/scopes.ts';
import { decisionSummary } from '../../case/decision/decision-summary.ts';
import { explainFigure } from '../../case/explain/explain-figure.ts';
import { ENGINE_VERSION } from '../../engine/engine-version.ts';
import { analyseModelChoice } from '../../case/model-choice/analyse-model-choice.ts';
import { erlangCalculation, type ErlangQuery } from '../../case/people/erlang-calculator.ts';
import { peopleView } from '../../case/people/people-view.ts';
import { redactWorkforce, type ViewerRole } from '../../case/people/redact-workforce.ts';
import { analyseScenario } from '../../case/scenario/analyse-scenario.ts';
import { changeEffect } from '../../case/scenario/change-effect.ts';
import { scenarioNeedsSolver } from '../../case/scenario/resolve-allocation-keys.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { resolveDocumentRequest, type DocumentRequest } from '../../documents/document-request.ts';
import { generateDocument } from '../../documents/generate-document.ts';
import { baselineTemplate } from '../../documents/spreadsheet/baseline-template.ts';
import { importBaselineWorkbook } from '../../documents/spreadsheet/import-baseline-workbook.ts';
import type { ImportEntry } from '../../case/import/source-cell.ts';
import type { Language } from '../../i18n/language.ts';
import { sharedLpSolver } from '../shared-lp-solver.ts';
import { exportJob, type ExportJob } from './export-job.ts';

/** What a job computes on: one revision of one case. */
interface OnRevision {
  document: CaseDocument;
  revision: number;
}

export type Job =
  | ({ kind: 'analysis'; scenarioId: string; draws: number; seed: number; language: Language } & OnRevision)
  | ({ kind: 'people'; scenario: string | undefined; role: ViewerRole } & OnRevision)
  | ({ kind: 'cost-sharing'; scenarioId: string; area: string | undefined; language: Language } & OnRevision)
  | ({ kind: 'model-choice'; seed: number; iterations: number; areaIds?: string[] | undefined } & OnRevision)
  | ({ kind: 'decision'; municipality: string; scenarioId: string; language: Language } & OnRevision)
  | ({ kind: 'change-effect'; from: number; before: CaseDocument } & OnRevision)
  | { kind: 'erlang'; query: ErlangQuery }
  | ({ kind: 'explain'; caseId: string; savedAt: string; figure: string; language: Language } & OnRevision)
  | ({
      kind: 'document';
      request: DocumentRequest;
      /** When the revision was saved, and who saved it: the document's date and author. */
      revisionAt: string;
      createdBy: string;
      language: Language;
    } & OnRevision)
  | ({ kind: 'baseline-template'; language: Language } & OnRevision)
  | ({
      kind: 'baseline-import';
      /** The uploaded .xlsx, as base64: jobs cross the worker boundary as JSON. */
      base64: string;
      /** Who imports and when (session and server clock): the own-value mark of imported figures. */
      entry: ImportEntry;
      language: Language;
    } & OnRevision)
  | ({
      kind: 'ledger-import';
      unitId: string;
      year: number;
      /** The uploaded ledger (CSV or .xlsx), as base64. */
      base64: string;
      /** The mapping the user sent, if any (else the unit's remembered one, else a guess). */
      columns?: LedgerColumns | undefined;
      fileName?: string | undefined;
      addRules: LedgerRuleInput[];
      /** Today in Oslo, YYYY-MM-DD: the settlement's `recordedOn`. */
      recordedOn: string;
      language: Language;
    } & OnRevision)
  | ({ kind: 'settlement'; unitId: string; year: number; language: Language } & OnRevision)
  | ExportJob;

export type JobKind = Job['kind'];

/** The response body (JSON, CSV for the people export, base64 JSON for files), or `null` when the thing asked for does not exist. */
export type JobResult = string | null;

async function explainJob(job: Extract<Job, { kind: 'explain' }>): Promise<JobResult> {
  const scenarioId = /^scenario:([^/]+)\//.exec(job.figure)?.[1];
  // The LP solver for cost-sharing figures, and for a scenario whose key is an LP-based method.
  const needsSolver =
    job.figure.startsWith('cost-sharing:') ||
    (scenarioId !== undefined && scenarioNeedsSolver(job.document, scenarioId));
  const figure = explainFigure(job.document, job.figure, {
    caseId: job.caseId,
    language: job.language,
    ...(needsSolver ? { solver: await sharedLpSolver() } : {}),
  });
  if (!figure) return null;
  // The revision and the engine's version: what a later check needs to say this is the figure the councils saw.
  return JSON.stringify({
    caseId: job.caseId,
    revision: job.revision,
    savedAt: job.savedAt,
    engineVersion: ENGINE_VERSION,
    figure,
  });
}

/**
 * A generated document as it crosses the worker boundary: results are JSON text, so the bytes travel as
 * base64 (a DOCX is tens of kilobytes; a third more is cheaper than a second channel for binary replies).
 */
export interface DocumentJobResult {
  fileName: string;
  contentType: string;
  sha256: string;
  base64: string;
}

async function documentJob(job: Extract<Job, { kind: 'document' }>): Promise<JobResult> {
  const { scenarioId, kind } = resolveDocumentRequest(job.document, job.request, job.language);
  // The saksframlegg always compares the keys with the nucleolus; the summary only for an LP-based key.
  const needsSolver =
    kind === 'saksframlegg' ||
    (kind !== 'agreement' && scenarioId !== null && scenarioNeedsSolver(job.document, scenarioId));
  const generated = await generateDocument(job.document, {
    ...job.request,
    revisionAt: job.revisionAt,
    revision: job.revision,
    createdBy: job.createdBy,
    messageLanguage: job.language,
    ...(needsSolver ? { solver: await sharedLpSolver() } : {}),
  });
  const { fileName, contentType, sha256, bytes } = generated;
  const result: DocumentJobResult = {
    fileName,
    contentType,
    sha256,
    base64: Buffer.from(bytes).toString('base64'),
  };
  return JSON.stringify(result);
}

export async function runJob(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case 'analysis': {
      // The LP solver only when a cost key is an LP-based allocation method.
      const solver = scenarioNeedsSolver(job.document, job.scenarioId) ? await sharedLpSolver() : undefined;
      const analysis = analyseScenario(job.document, job.scenarioId, {
        draws: job.draws,
        seed: job.seed,
        language: job.language,
        ...(solver ? { solver } : {}),
      });
      if (!analysis) return null;
      const { mapped, ...rest } = analysis;
      return JSON.stringify({
        revision: job.revision,
        ...rest,
        labels: mapped.labels,
        inputs: mapped.input.uncertainInputs,
      });
    }
    case 'people': {
      const view = peopleView(job.document, job.scenario);
      return JSON.stringify({ revision: job.revision, ...redactWorkforce(view, job.role) });
    }
    case 'cost-sharing': {
      const scopes = costSharingScopes(job.document, job.scenarioId);
      const scope: CostSharingScope | undefined =
        job.area === undefined
          ? scopes.at(-1)
          : scopes.find((s) => s.kind === 'area' && s.areaId === job.area);
      if (!scope) return null;
      const comparison = compareAllocations(job.document, job.scenarioId, scope, await sharedLpSolver());
      if (!comparison) return null;
      return JSON.stringify({
        revision: job.revision,
        scopes,
        ...costSharingView(job.document, comparison, job.language),
      });
    }
    case 'model-choice':
      return JSON.stringify({
        revision: job.revision,
        ...analyseModelChoice(job.document, {
          seed: job.seed,
          iterations: job.iterations,
          areaIds: job.areaIds,
        }),
      });
    case 'decision': {
      const solver = scenarioNeedsSolver(job.document, job.scenarioId) ? await sharedLpSolver() : undefined;
      const summary = decisionSummary(job.document, {
        municipality: job.municipality,
        scenarioId: job.scenarioId,
        language: job.language,
        ...(solver ? { solver } : {}),
      });
      return summary ? JSON.stringify({ revision: job.revision, ...summary }) : null;
    }
    case 'change-effect': {
      // The LP solver only when a scenario of either revision shares a cost by an LP-based method.
      const needsSolver = [job.before, job.document].some((d) =>
        d.scenarios.some((s) => scenarioNeedsSolver(d, s.id)),
      );
      const effect = changeEffect(job.before, job.document, needsSolver ? await sharedLpSolver() : undefined);
      return JSON.stringify({ from: job.from, revision: job.revision, ...effect });
    }
    case 'erlang':
      return JSON.stringify(erlangCalculation(job.query));
    case 'explain':
      return explainJob(job);
    case 'document':
      return documentJob(job);
    case 'baseline-template':
      return JSON.stringify({
        base64: Buffer.from(await baselineTemplate(job.document, job.language)).toString('base64'),
      });
    case 'baseline-import':
      return JSON.stringify(
        await importBaselineWorkbook(
          Buffer.from(job.base64, 'base64'),
          job.document,
          job.entry,
          job.language,
        ),
      );
    case 'ledger-import': {
      const bytes = Buffer.from(job.base64, 'base64');
      const fingerprint = createHash('sha256').update(bytes).digest('hex');
      return JSON.stringify(
        await importLedgerFile(new Uint8Array(bytes), job.document, {
          unitId: job.unitId,
          year: job.year,
          columns: job.columns,
          fileName: job.fileName,
          addRules: job.addRules,
          recordedOn: job.recordedOn,
          fingerprint,
          language: job.language,
        }),
      );
    }
    case 'settlement':
      return JSON.stringify({
        revision: job.revision,
        ...settlementSummary(job.document, job.unitId, job.year, job.language),
      });
    case 'export':
      return exportJob(job);
  }
}
