/**
 * Hostile SSB answers (issue 18): whatever SSB, a proxy or a mirror answers, `updateReferenceData` returns a
 * dataset the schema accepts or a problem naming the answer; it never throws and never makes a figure up.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ReferenceDataset, shippedReferenceData } from '../../src/case/reference/reference-data.ts';
import { ssbQueries, ssbQueryUrl } from '../../src/case/reference/ssb-tables.ts';
import { updateReferenceData } from '../../src/case/reference/ssb-update.ts';
import { FIXTURE_REQUEST } from '../fixtures/ssb/ssb-fixtures.ts';
import { applyMutation, documentMutation, FUZZ_RUNS, FUZZ_TIMEOUT_MS } from './hostile-values.ts';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT_MS });

const FIXTURES = new URL('../fixtures/ssb/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', FIXTURES), 'utf8')) as Record<string, string>;
const shipped = shippedReferenceData();
// The last population answer and the last of each KOSTRA table: small, and every kind of answer.
const queries = ssbQueries(FIXTURE_REQUEST(shipped)).filter((_, i) => [5, 12, 19].includes(i));

describe('updateReferenceData with hostile answers', () => {
  for (const query of queries) {
    const url = ssbQueryUrl(query);
    const body = JSON.parse(readFileSync(new URL(index[url] ?? '', FIXTURES), 'utf8')) as unknown;
    it(`accepts only what the schema accepts (${query.table})`, () => {
      fc.assert(
        fc.property(documentMutation(body), (mutation) => {
          const result = updateReferenceData(
            shipped,
            [{ query, url, body: applyMutation(body, mutation) }],
            '2026-12-04T10:00:00Z',
          );
          if (result.success) expect(ReferenceDataset.safeParse(result.dataset).success).toBe(true);
          else expect(result.problem.length).toBeGreaterThan(0);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }
});
