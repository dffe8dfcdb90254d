/**
 * Fingerprints of analysis results, by the revision they were computed from: a record of the figures that
 * were shown, written once and never changed (the table refuses UPDATE and DELETE). The same revision,
 * analysis and parameters computed by another engine version is another row.
 * @module
 */
import type { Queryable } from './database.ts';

/** One stored fingerprint (`case/analysis-fingerprint.ts` makes them). */
export interface AnalysisResultRecord {
  caseId: string;
  revision: number;
  /** `scenario-analysis` or `cost-sharing`. */
  kind: string;
  /** The canonical JSON of the parameters. */
  parametersKey: string;
  engineVersion: string;
  /** SHA-256, hex. */
  hash: string;
  /** Figure id → value. */
  figures: Record<string, number | null>;
  /** ISO 8601. */
  computedAt: string;
}

export type NewAnalysisResult = Omit<AnalysisResultRecord, 'computedAt'> & { computedAt?: Date };

type Row = {
  case_id: string;
  revision: number;
  kind: string;
  parameters_key: string;
  engine_version: string;
  hash: string;
  figures: Record<string, number | null> | string;
  computed_at: Date | string;
};

/**
 * Stores a fingerprint unless one for the same revision, kind, parameters and engine version is stored: the
 * first is what was shown, so it is kept. Returns true when this call stored it.
 * Throws QueryError (foreign key violation) when the revision does not exist.
 */
export async function recordAnalysisResult(db: Queryable, result: NewAnalysisResult): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO analysis_results
       (case_id, revision, kind, parameters_key, engine_version, hash, figures, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, COALESCE($8::timestamptz, now()))
     ON CONFLICT DO NOTHING
     RETURNING 1`,
    [
      result.caseId,
      result.revision,
      result.kind,
      result.parametersKey,
      result.engineVersion,
      result.hash,
      JSON.stringify(result.figures),
      result.computedAt?.toISOString() ?? null,
    ],
  );
  return rows.length > 0;
}

/** Every fingerprint stored for a revision, oldest first (then by kind and parameters). */
export async function listAnalysisResults(
  db: Queryable,
  caseId: string,
  revision: number,
): Promise<AnalysisResultRecord[]> {
  const rows = await db.query<Row>(
    `SELECT case_id, revision, kind, parameters_key, engine_version, hash, figures, computed_at
       FROM analysis_results WHERE case_id = $1 AND revision = $2
      ORDER BY computed_at, kind, parameters_key, engine_version`,
    [caseId, revision],
  );
  return rows.map((row) => ({
    caseId: row.case_id,
    revision: Number(row.revision),
    kind: row.kind,
    parametersKey: row.parameters_key,
    engineVersion: row.engine_version,
    hash: row.hash,
    figures: typeof row.figures === 'string' ? JSON.parse(row.figures) : row.figures,
    computedAt: new Date(row.computed_at).toISOString(),
  }));
}
