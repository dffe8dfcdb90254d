/**
 * Contract: revisions only grow, a stale or concurrent save is refused, and documents survive exactly.
 * @module
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.ts';
import {
  caseExists,
  createCase,
  getLatestRevision,
  getRevision,
  listRevisions,
  saveRevision,
} from '../cases.ts';
import { findUnstorableText } from '../unstorable-text.ts';
import { newCase, rejection, type DatabaseAccess } from './fixtures.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Registers the revision tests. */
export function revisionContract(db: DatabaseAccess): void {
  it('creates revision 1, appends revision 2 and keeps revision 1 readable', async () => {
    const first = await createCase(db(), newCase('append', { v: 1 }));
    const second = await saveRevision(db(), {
      ...newCase('append', { v: 2 }),
      baseRevision: 1,
      comment: 'To',
    });
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(second.createdAt).toMatch(ISO_TIME);
    expect((await getRevision(db(), 'append', 1))?.document).toEqual({ v: 1 });
    expect((await getLatestRevision(db(), 'append'))?.document).toEqual({ v: 2 });
    expect((await listRevisions(db(), 'append')).map((r) => r.revision)).toEqual([2, 1]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of revisions, leaving them unchanged', async () => {
    await createCase(db(), newCase('immutable', { v: 1 }));
    const before = await getRevision(db(), 'immutable', 1);
    const update =
      "UPDATE case_revisions SET comment = 'endret', document = '{}' WHERE case_id = 'immutable'";
    await expect(db().query(update)).rejects.toThrow(/append-only/);
    await expect(db().query("DELETE FROM case_revisions WHERE case_id = 'immutable'")).rejects.toThrow(
      /append-only/,
    );
    // Inside a transaction that fails anyway, so a missing trigger could not wipe the other tests' data.
    const truncate = db().transaction(async (tx) => {
      await tx.query('TRUNCATE case_revisions CASCADE');
      throw new Error('TRUNCATE was allowed');
    });
    await expect(truncate).rejects.toThrow(/append-only/);
    expect(await getRevision(db(), 'immutable', 1)).toEqual(before);
  });

  it('refuses to create a case that exists', async () => {
    await createCase(db(), newCase('twice'));
    const error = await rejection(createCase(db(), newCase('twice', { other: true })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ latestRevision: 1, baseRevision: 0 });
    expect(await listRevisions(db(), 'twice')).toHaveLength(1);
  });

  it('refuses a stale save with ConflictError naming the latest revision, and stores nothing', async () => {
    await createCase(db(), newCase('stale', { v: 1 }));
    await saveRevision(db(), { ...newCase('stale', { v: 2 }), baseRevision: 1 });
    const error = await rejection(
      saveRevision(db(), { ...newCase('stale', { v: 'late' }), baseRevision: 1 }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ latestRevision: 2, baseRevision: 1 });
    expect((await listRevisions(db(), 'stale')).map((r) => r.document)).toEqual([{ v: 2 }, { v: 1 }]);
  });

  it('lets exactly one of several concurrent saves on the same base win', async () => {
    await createCase(db(), newCase('race'));
    const saves = [1, 2, 3, 4, 5].map((n) =>
      saveRevision(db(), { ...newCase('race', { n }), baseRevision: 1 }),
    );
    const results = await Promise.allSettled(saves);
    const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(winners.map((w) => w.revision)).toEqual([2]);
    expect(losers).toHaveLength(4);
    for (const loser of losers) expect(loser).toMatchObject({ latestRevision: 2, baseRevision: 1 });
    for (const loser of losers) expect(loser).toBeInstanceOf(ConflictError);
    expect(await listRevisions(db(), 'race')).toHaveLength(2);
  });

  it('reports a missing case as not found', async () => {
    expect(await caseExists(db(), 'missing')).toBe(false);
    expect(await getLatestRevision(db(), 'missing')).toBeNull();
    expect(await getRevision(db(), 'missing', 1)).toBeNull();
    expect(await listRevisions(db(), 'missing')).toEqual([]);
    const error = await rejection(saveRevision(db(), { ...newCase('missing'), baseRevision: 1 }));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('round-trips nested data, numbers and non-ASCII text exactly', async () => {
    const document = {
      title: { nb: 'Særskilt årsmøte på Øya', nn: 'Ærleg, ørlite, åtte 🦆' },
      numbers: [0, -1, 0.1, 1e-7, 2.5e21, 1234567.891, Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE, 5e-324],
      nested: { deep: [[{ empty: {}, list: [], nothing: null, yes: true, no: false }]] },
      text: 'quotes " and \\ backslash, tab\t, newline\n, literal \\u0000',
    };
    await createCase(db(), newCase('json', document));
    expect((await getLatestRevision(db(), 'json'))?.document).toEqual(document);
  });

  it('round-trips any storable JSON value', async () => {
    let n = 0;
    const storable = fc
      .jsonValue({ maxDepth: 3, stringUnit: 'grapheme' })
      .filter((v) => findUnstorableText(v) === null);
    await fc.assert(
      fc.asyncProperty(storable, async (document) => {
        const caseId = `json-${(n += 1)}`;
        await createCase(db(), newCase(caseId, document));
        expect((await getLatestRevision(db(), caseId))?.document).toEqual(document);
      }),
      { seed: 20260203, numRuns: 40 },
    );
  });

  it('refuses text jsonb cannot store with a ValidationError naming the field', async () => {
    const error = await rejection(createCase(db(), newCase('nul', { baseline: [{ note: 'a\u0000b' }] })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ issues: [{ path: 'baseline[0].note', code: 'unsupported_character' }] });
    expect(await caseExists(db(), 'nul')).toBe(false);
  });
}
