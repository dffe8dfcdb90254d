/**
 * The benefits API: a joint unit's benefit plans with their status on the planned path, in the request's
 * language, from the revision asked for; a bad unit is named, an unknown one is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenefitsView } from '../case/operations/benefits-view.ts';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Role = 'reader' | 'editor' | 'owner';
const UNIT = 'administrative-tjenester';
const PLAN = 'arsverk-lonn-regnskap-fakturering';

async function get(role: Role, query: string, headers: Record<string, string> = {}) {
  const client = await server.signIn(server.emails[role]);
  return client.request(
    'GET',
    `/api/cases/${server.caseId}/operations/benefits?${query}`,
    undefined,
    headers,
  );
}

async function benefits(role: Role, query: string): Promise<BenefitsView & { revision: number }> {
  const response = await get(role, query);
  expect(response.status).toBe(200);
  return (await response.json()) as BenefitsView & { revision: number };
}

describe('GET /api/cases/:caseId/operations/benefits', () => {
  it('answers for the default case that no benefit has a target, with the owner not set', async () => {
    const view = await benefits('reader', 'lang=nb');
    expect(view.unitId).toBe(UNIT);
    expect(view.answer).toBe('Ingen av de 6 gevinstene har et mål ennå.');
    expect(view.summary).toMatchObject({ noTarget: 6, onTrack: 0, behind: 0 });
    const plan = view.plans.find((p) => p.id === PLAN);
    if (plan === undefined || !plan.ok) throw new Error('no plan');
    // The study's payroll FTE (6,2 + 6,4 + 5,0 = 17,6), computed from the document the reader may see.
    expect(plan.baseline).toMatchObject({ value: 17.6, from: 'study', studyFigure: { kind: 'fte' } });
    expect(plan.owner.role).toBeNull();
    expect(plan.target).toMatchObject({ value: null, date: null, provenance: { kind: 'placeholder' } });
    expect(plan.statusText.label).toBe('Mål ikke satt');
    const english = await benefits('reader', `unit=${UNIT}&lang=en`);
    expect(english.answer).toBe('None of the 6 benefits has a target yet.');
  });

  it('names a malformed unit, and does not find an unknown unit or revision', async () => {
    const bad = await get('reader', 'unit=%C3%86%20%21');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('"path":"unit"');
    expect((await get('reader', 'unit=finnes-ikke')).status).toBe(404);
    expect((await get('reader', 'revision=9999')).status).toBe(404);
    expect((await get('reader', 'revision=0')).status).toBe(400);
  });

  it('judges a saved target and measurement: 9,4 FTE in 2027 is behind the path from 10 to 8', async () => {
    const editor = await server.signIn(server.emails.editor);
    const current = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: { operations: { benefitPlans: Record<string, unknown>[] } };
    };
    const document = structuredClone(current.document);
    const plan = document.operations.benefitPlans.find((p) => p['id'] === PLAN);
    if (plan === undefined) throw new Error('no plan');
    const source = { source: { document: 'saksframlegg-bik2030', locator: 'Test' } };
    Object.assign(plan, {
      baseline: { date: '2025-01-01', value: 10, provenance: source },
      target: { value: 8, date: '2029-01-01', provenance: source },
      measurements: [{ date: '2027-01-01', value: 9.4, provenance: source }],
    });
    const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: current.revision.revision,
      comment: 'Mål og måling',
      document,
    });
    expect(save.status).toBe(201);
    const saved = ((await save.json()) as { revision: { revision: number } }).revision.revision;

    const view = await benefits('reader', `unit=${UNIT}`);
    expect(view.revision).toBe(saved);
    const judged = view.plans.find((p) => p.id === PLAN);
    if (judged === undefined || !judged.ok) throw new Error('no plan');
    // 730 of 1 461 days from 2025-01-01 to 2029-01-01: planned 10 − 2 · 730/1 461 = 9,0007; 9,4 is 0,4 behind.
    expect(judged.status).toBe('behind');
    expect(judged.assessment?.planned).toBeCloseTo(9.0007, 4);
    expect(view.answer).toBe('Ingen av de 6 er på sporet, 1 ligger bak planen og 5 har ikke mål ennå.');
    // The revision before the save still has no target: results belong to their revision.
    const before = await benefits('reader', `revision=${current.revision.revision}`);
    expect(before.summary.noTarget).toBe(6);
  });

  it('answers 304 when the client already has the revision’s answer', async () => {
    const first = await get('reader', 'lang=nb');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await get('reader', 'lang=nb', { 'if-none-match': etag })).status).toBe(304);
  });
});
