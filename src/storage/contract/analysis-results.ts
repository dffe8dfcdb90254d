/**
 * Contract: an analysis result's fingerprint is stored once per revision, kind, parameters and engine
 * version, never changed, and its figures come back to the last bit.
 * @module
 */
import { expect, it } from 'vitest';
import { listAnalysisResults, recordAnalysisResult, type NewAnalysisResult } from '../analysis-results.ts';
import { createCase, saveRevision } from '../cases.ts';
import { QueryError } from '../query-error.ts';
import { newCase, rejection, type DatabaseAccess } from './fixtures.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function result(caseId: string, overrides: Partial<NewAnalysisResult> = {}): NewAnalysisResult {
  return {
    caseId,
    revision: 1,
    kind: 'scenario-analysis',
    parametersKey: '{"draws":10000,"scenarioId":"s","seed":1}',
    engineVersion: '0.1.0+engine.1',
    hash: 'a'.repeat(64),
    figures: { 'scenario:s/npv/total': 1 },
    ...overrides,
  };
}

/** Registers the analysis-result tests. */
export function analysisResultContract(db: DatabaseAccess): void {
  it('stores a result once: a second one for the same key is ignored and the first kept', async () => {
    await createCase(db(), newCase('fingerprint-once'));
    expect(await recordAnalysisResult(db(), result('fingerprint-once'))).toBe(true);
    const later = result('fingerprint-once', { hash: 'b'.repeat(64), figures: { x: 2 } });
    expect(await recordAnalysisResult(db(), later)).toBe(false);
    const stored = await listAnalysisResults(db(), 'fingerprint-once', 1);
    expect(stored).toEqual([{ ...result('fingerprint-once'), computedAt: expect.stringMatching(ISO_TIME) }]);
  });

  it('keeps results of other parameters, engine versions and revisions apart', async () => {
    await createCase(db(), newCase('fingerprint-keys'));
    await saveRevision(db(), { ...newCase('fingerprint-keys'), baseRevision: 1 });
    const at = new Date('2026-06-10T10:00:00.000Z');
    await recordAnalysisResult(db(), result('fingerprint-keys', { computedAt: at }));
    await recordAnalysisResult(
      db(),
      result('fingerprint-keys', { parametersKey: '{"seed":2}', computedAt: at }),
    );
    await recordAnalysisResult(
      db(),
      result('fingerprint-keys', { engineVersion: '0.2.0+engine.1', computedAt: at }),
    );
    await recordAnalysisResult(
      db(),
      result('fingerprint-keys', { revision: 2, kind: 'cost-sharing', computedAt: at }),
    );
    const first = await listAnalysisResults(db(), 'fingerprint-keys', 1);
    expect(first.map((r) => [r.parametersKey, r.engineVersion])).toEqual([
      ['{"draws":10000,"scenarioId":"s","seed":1}', '0.1.0+engine.1'],
      ['{"draws":10000,"scenarioId":"s","seed":1}', '0.2.0+engine.1'],
      ['{"seed":2}', '0.1.0+engine.1'],
    ]);
    expect(first[0]?.computedAt).toBe('2026-06-10T10:00:00.000Z');
    expect((await listAnalysisResults(db(), 'fingerprint-keys', 2)).map((r) => r.kind)).toEqual([
      'cost-sharing',
    ]);
  });

  it('gives back every figure to the last bit, and null as null', async () => {
    await createCase(db(), newCase('fingerprint-digits'));
    const figures = {
      a: 0.1 + 0.2,
      b: 1e-7,
      c: 123_456_789.123_456_78,
      d: -4_432_000.000_000_001,
      e: 1e21,
      f: 2 ** -1074,
      g: null,
    };
    await recordAnalysisResult(db(), result('fingerprint-digits', { figures }));
    const [stored] = await listAnalysisResults(db(), 'fingerprint-digits', 1);
    for (const [id, value] of Object.entries(figures))
      expect(Object.is(stored?.figures[id], value), id).toBe(true);
  });

  it('refuses a result of a revision that does not exist', async () => {
    const error = await rejection(recordAnalysisResult(db(), result('fingerprint-no-case')));
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ sqlState: '23503' });
  });

  it('refuses UPDATE and DELETE of a stored result', async () => {
    await createCase(db(), newCase('fingerprint-immutable'));
    await recordAnalysisResult(db(), result('fingerprint-immutable'));
    await expect(
      db().query("UPDATE analysis_results SET hash = 'x' WHERE case_id = 'fingerprint-immutable'"),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().query("DELETE FROM analysis_results WHERE case_id = 'fingerprint-immutable'"),
    ).rejects.toThrow(/append-only/);
    expect((await listAnalysisResults(db(), 'fingerprint-immutable', 1))[0]?.hash).toBe('a'.repeat(64));
  });
}
