/**
 * Every route × every role, on the server: anonymous users reach only public routes, non-members learn
 * nothing about a case, readers change nothing, and writes without the CSRF token are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRole } from '../storage/case-store.ts';
import { listRevisions } from '../storage/cases.ts';
import { allRoutes } from './routes/all-routes.ts';
import { startTestServer, TEST_PASSWORD, type TestClient, type TestServer } from './test-support.ts';

type Who = 'anonymous' | 'outsider' | CaseRole;
const RANK: Record<CaseRole, number> = { reader: 1, editor: 2, owner: 3 };

let server: TestServer;
let clients: Record<Who, TestClient>;
let latest: { revision: number; document: unknown };
let ownerId: string;
let documentId: string;

beforeAll(async () => {
  server = await startTestServer();
  clients = {
    anonymous: server.anonymous,
    outsider: await server.signIn(server.emails.outsider),
    reader: await server.signIn(server.emails.reader),
    editor: await server.signIn(server.emails.editor),
    owner: await server.signIn(server.emails.owner),
  };
  const view = (await (await clients.owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
    revision: { revision: number };
    document: unknown;
  };
  latest = { revision: view.revision.revision, document: view.document };
  const me = (await (await clients.owner.request('GET', '/api/auth/me')).json()) as { user: { id: string } };
  ownerId = me.user.id;
  const generated = await clients.owner.request(
    'POST',
    `/api/cases/${server.caseId}/documents`,
    sampleBody('/api/cases/:caseId/documents', 'POST'),
  );
  documentId = ((await generated.json()) as { document: { id: string } }).document.id;
});
afterAll(() => server.close());

function concretePath(path: string): string {
  // For :userId the owner themselves: removing the last owner is refused (400), so the walk changes nothing.
  return path
    .replace(':caseId', server.caseId)
    .replace(':revision', '1')
    .replace(':scenarioId', 'administrative-tjenester')
    .replace(':userId', ownerId)
    .replace(':documentId', documentId);
}

/** A body that passes the route's schema where possible, so a refusal can only come from access control. */
function sampleBody(path: string, method: string): unknown {
  if (method === 'GET') return undefined;
  if (path === '/api/auth/login') return { email: server.emails.reader, password: TEST_PASSWORD };
  if (path.endsWith('/members'))
    return { email: 'ny@test.no', displayName: 'Ny', password: 'et-langt-passord', role: 'reader' };
  // A save that would succeed if access allowed it: the latest revision, unchanged document.
  // The same document each time: generated once, then returned as stored.
  if (path.endsWith('/documents'))
    return { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb', revision: 1 };
  if (path.endsWith('/revisions'))
    return { baseRevision: latest.revision, comment: 'test', document: latest.document };
  return {};
}

function expectedStatus(access: string, who: Who): 'allowed' | 401 | 403 | 404 {
  if (access === 'public') return 'allowed';
  if (who === 'anonymous') return 401;
  if (access === 'signedIn') return 'allowed';
  // Non-members learn nothing about whether the case exists, for reads and writes alike.
  if (who === 'outsider') return 404;
  return RANK[who] >= RANK[access as CaseRole] ? 'allowed' : 403;
}

/**
 * Who may do what, written out by hand: a change to a route's access must be made here too, deliberately.
 * The role tests below then check the server enforces each declaration.
 */
const EXPECTED_ACCESS: Record<string, string> = {
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'signedIn',
  'POST /api/auth/logout': 'signedIn',
  'POST /api/auth/password': 'signedIn',
  'GET /api/cases': 'signedIn',
  'POST /api/cases': 'signedIn',
  'POST /api/cases/:caseId/archive': 'owner',
  'POST /api/cases/:caseId/unarchive': 'owner',
  'GET /api/cases/:caseId': 'reader',
  'GET /api/cases/:caseId/revisions': 'reader',
  'GET /api/cases/:caseId/revisions/:revision': 'reader',
  'GET /api/cases/:caseId/revisions/:revision/analysis-check': 'reader',
  'GET /api/cases/:caseId/revisions/:revision/effect': 'reader',
  'POST /api/cases/:caseId/revisions': 'editor',
  'POST /api/cases/:caseId/revisions/:revision/restore': 'editor',
  'POST /api/cases/:caseId/population/fill': 'editor',
  'GET /api/cases/:caseId/members': 'owner',
  'PUT /api/cases/:caseId/members': 'owner',
  'DELETE /api/cases/:caseId/members/:userId': 'owner',
  'GET /api/cases/:caseId/scenarios/:scenarioId/analysis': 'reader',
  'POST /api/cases/:caseId/scenarios': 'editor',
  'DELETE /api/cases/:caseId/scenarios/:scenarioId': 'editor',
  'GET /api/cases/:caseId/scenarios/:scenarioId/cost-sharing': 'reader',
  'GET /api/cases/:caseId/explain': 'reader',
  'GET /api/cases/:caseId/model-choice': 'reader',
  'GET /api/cases/:caseId/decision': 'reader',
  'GET /api/public/cases/:caseId': 'public',
  'GET /api/public/cases/:caseId/calendar.ics': 'public',
  'GET /api/public/cases/:caseId/decisions.atom': 'public',
  'GET /api/health': 'public',
  'GET /api/cases/:caseId/people': 'reader',
  'GET /api/cases/:caseId/people.csv': 'reader',
  'GET /api/erlang': 'signedIn',
  'POST /api/cases/:caseId/documents': 'editor',
  'GET /api/cases/:caseId/documents': 'reader',
  'GET /api/cases/:caseId/documents/:documentId/file': 'reader',
  'GET /api/cases/:caseId/import/baseline-template.xlsx': 'reader',
  'POST /api/cases/:caseId/import/baseline/preview': 'editor',
  'POST /api/cases/:caseId/import/baseline': 'editor',
  'GET /api/cases/:caseId/agreement-check': 'reader',
  'GET /api/cases/:caseId/benchmarks': 'reader',
  'GET /api/cases/:caseId/profile': 'reader',
  'GET /api/cases/:caseId/export': 'reader',
  'POST /api/cases/:caseId/operations/ledger/preview': 'editor',
  'POST /api/cases/:caseId/operations/ledger': 'editor',
  'GET /api/cases/:caseId/operations/settlement': 'reader',
  'GET /api/cases/:caseId/operations': 'reader',
  'GET /api/cases/:caseId/operations/budget': 'reader',
  'GET /api/cases/:caseId/operations/a-konto': 'reader',
  'GET /api/cases/:caseId/operations/benefits': 'reader',
};

describe('route × role', () => {
  it('declares the access this table expects for every route', () => {
    expect(Object.fromEntries(allRoutes.map((r) => [`${r.method} ${r.path}`, r.access]))).toEqual(
      EXPECTED_ACCESS,
    );
  });

  for (const route of allRoutes) {
    for (const who of ['anonymous', 'outsider', 'reader', 'editor', 'owner'] as const) {
      it(`${route.method} ${route.path} as ${who}`, async () => {
        // Signing out ends the session, so it gets a session of its own.
        const client =
          route.path === '/api/auth/logout' && who !== 'anonymous'
            ? await server.signIn(server.emails[who])
            : clients[who];
        const response = await client.request(
          route.method,
          concretePath(route.path),
          sampleBody(route.path, route.method),
        );
        const expected = expectedStatus(route.access, who);
        if (expected === 'allowed') expect([401, 403, 404]).not.toContain(response.status);
        else expect(response.status).toBe(expected);
      });
    }
  }

  it('refuses every authenticated write without the CSRF token', async () => {
    const owner = clients.owner;
    for (const route of allRoutes.filter(
      (r) => r.method !== 'GET' && r.csrf !== false && r.access !== 'public',
    )) {
      const response = await owner.request(
        route.method,
        concretePath(route.path),
        sampleBody(route.path, route.method),
        {
          'x-csrf-token': 'feil',
        },
      );
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it('leaves the case unchanged after every reader and outsider request', async () => {
    const before = (await listRevisions(server.db, server.caseId)).length;
    latest.revision = before;
    // Case-scoped writes only: signing out would end the reader's session and prove nothing.
    for (const route of allRoutes.filter((r) => r.method !== 'GET' && r.path.includes(':caseId'))) {
      await clients.reader.request(
        route.method,
        concretePath(route.path),
        sampleBody(route.path, route.method),
      );
      await clients.outsider.request(
        route.method,
        concretePath(route.path),
        sampleBody(route.path, route.method),
      );
    }
    expect((await listRevisions(server.db, server.caseId)).length).toBe(before);
  });

  it('answers unknown API paths with the one error shape', async () => {
    const response = await clients.owner.request('GET', '/api/finnes-ikke');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Finnes ikke' } });
  });
});
