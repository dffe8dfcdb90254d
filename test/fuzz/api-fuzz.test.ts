/**
 * Hostile input at every write route, every query parameter and the sign-in (issue 11). For each generated
 * input: no 5xx; a refusal names the field in a sentence; a refused write stores nothing; and whatever was
 * accepted leaves every read of the case working. Seeded (test/setup/fast-check.ts); `npm run soak` runs the
 * same properties with 10 000 inputs per boundary.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allRoutes } from '../../src/server/routes/all-routes.ts';
import { startTestServer, type TestClient, type TestServer } from '../../src/server/test-support.ts';
import { listRevisions } from '../../src/storage/cases.ts';
import { listMembers } from '../../src/storage/members.ts';
import {
  applyMutation,
  describeInput,
  documentMutation,
  FUZZ_RUNS,
  FUZZ_TIMEOUT_MS,
  hostileString,
  hostileValue,
  isSentence,
  jsonText,
  NASTY_STRINGS,
  pathSegment,
} from './hostile-values.ts';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT_MS });

let server: TestServer;
let owner: TestClient;
let editor: TestClient;
let reader: TestClient;
const tally = new Map<string, Map<number, number>>();

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
});
afterAll(async () => {
  if (process.env['FLOKK_FUZZ_RUNS']) {
    for (const [boundary, statuses] of tally) {
      const counts = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      process.stdout.write(`fuzz ${boundary}: ${counts.join(' ')}\n`);
    }
  }
  await server.close();
});

type ErrorBody = {
  error?: { code?: string; message?: string; issues?: { path: unknown; message: unknown }[] };
};

/** The checks every response to hostile input must pass. */
async function expectHandled(boundary: string, response: Response, input: unknown): Promise<void> {
  const statuses = tally.get(boundary) ?? new Map<number, number>();
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  tally.set(boundary, statuses);
  const text = await response.text();
  const shown = describeInput(input);
  expect(response.status, `${boundary}: ${shown} → ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status === 400) {
    const body = JSON.parse(text) as ErrorBody;
    const issues = body.error?.issues ?? [];
    expect(issues.length, `${boundary}: a 400 names the field (${shown})`).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      expect(isSentence(String(issue.message)), `${boundary}: "${String(issue.message)}" is a sentence`).toBe(
        true,
      );
    }
  }
}

async function latest() {
  const view = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
    revision: { revision: number };
    document: unknown;
  };
  return view;
}

/** After an accepted write, every read of the case must still answer, and never with a server error. */
async function expectReadsWork(): Promise<void> {
  const base = `/api/cases/${server.caseId}`;
  for (const path of [
    base,
    `${base}/revisions`,
    `${base}/people`,
    `${base}/model-choice?iterations=50`,
    `${base}/scenarios/administrative-tjenester/analysis?draws=20`,
    `${base}/scenarios/administrative-tjenester/cost-sharing`,
    `${base}/decision?municipality=5028`,
    `/api/public/cases/${server.caseId}`,
    `/api/public/cases/${server.caseId}/calendar.ics`,
    `/api/public/cases/${server.caseId}/decisions.atom`,
  ]) {
    const response = await reader.request('GET', path);
    // A valid document may still hold a scenario the engine cannot compute: then a 400 naming the field.
    await expectHandled('reads after an accepted save', response, path);
  }
}

describe('fuzz: document saves', () => {
  it('survives any one field of the case replaced, removed or added', async () => {
    const start = await latest();
    await fc.assert(
      fc.asyncProperty(documentMutation(start.document), async (mutation) => {
        const before = await latest();
        const document = applyMutation(before.document, mutation);
        const count = (await listRevisions(server.db, server.caseId)).length;
        const response = await editor.request(
          'POST',
          `/api/cases/${server.caseId}/revisions`,
          jsonText({ baseRevision: before.revision.revision, comment: 'Fuzz', document }),
        );
        await expectHandled('document', response.clone(), mutation);
        if (response.status >= 400) {
          expect((await listRevisions(server.db, server.caseId)).length).toBe(count);
        } else {
          await expectReadsWork();
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('survives hostile comments, base revisions and whole bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ comment: hostileString }),
          fc.record({ baseRevision: hostileValue }),
          fc.record({ body: hostileValue }),
          fc.record({
            raw: fc.constantFrom('{', '[1,', '{"document":', 'null', '"x"', '\u0000', '{"a":1}{'),
          }),
        ),
        async (input) => {
          const view = await latest();
          const count = (await listRevisions(server.db, server.caseId)).length;
          const body =
            'raw' in input
              ? input.raw
              : 'body' in input
                ? (JSON.stringify(input.body) ?? 'null')
                : {
                    baseRevision: 'baseRevision' in input ? input.baseRevision : view.revision.revision,
                    comment: 'comment' in input ? input.comment : 'Fuzz',
                    document: view.document,
                  };
          const response = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, body);
          await expectHandled('save body', response.clone(), input);
          if (response.status >= 400)
            expect((await listRevisions(server.db, server.caseId)).length).toBe(count);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('fuzz: members and sign-in', () => {
  it('survives hostile member changes and stores none of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            email: fc.oneof(
              hostileString,
              fc.constantFrom('ny@test.no', 'leser@test.no', 'EIER@flokk.local'),
            ),
            displayName: hostileString,
            password: fc.oneof(hostileString, fc.constant('et-langt-og-godt-passord-2026')),
            role: fc.oneof(fc.constantFrom('owner', 'editor', 'reader'), hostileString),
            extra: hostileValue,
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const before = await listMembers(server.db, server.caseId);
          const response = await owner.request('PUT', `/api/cases/${server.caseId}/members`, jsonText(input));
          await expectHandled('members', response.clone(), input);
          if (response.status >= 400) expect(await listMembers(server.db, server.caseId)).toEqual(before);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('survives hostile sign-ins', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { email: fc.oneof(hostileString, hostileValue), password: fc.oneof(hostileString, hostileValue) },
          {
            requiredKeys: [],
          },
        ),
        async (input) => {
          const response = await server.anonymous.request('POST', '/api/auth/login', jsonText(input));
          await expectHandled('login', response, input);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

const QUERY_KEYS = [
  'draws',
  'seed',
  'revision',
  'area',
  'scenario',
  'iterations',
  'calls',
  'interval',
  'aht',
  'serviceLevel',
  'targetSeconds',
  'shrinkage',
  'maxOccupancy',
  'patience',
  'lang',
  'ukjent',
];

/** The route's path with working parameters, except one that may be replaced by a hostile value. */
function concretePath(template: string, hostile?: { param: string; value: string }): string {
  const values: Record<string, string> = {
    caseId: server.caseId,
    scenarioId: 'administrative-tjenester',
    revision: '1',
  };
  if (hostile) values[hostile.param] = pathSegment(hostile.value);
  return template.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x');
}

describe('fuzz: every query parameter and path parameter', () => {
  const reads = allRoutes.filter((route) => route.method === 'GET');

  it('answers every GET route with hostile query strings and path parameters without a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...reads),
        fc.dictionary(
          fc.constantFrom(...QUERY_KEYS),
          fc.oneof(hostileString, fc.constantFrom(...NASTY_STRINGS)),
          {
            maxKeys: 4,
          },
        ),
        fc.option(
          fc.record({ param: fc.constantFrom('caseId', 'scenarioId', 'revision'), value: hostileString }),
          {
            nil: undefined,
          },
        ),
        async (route, query, hostileParam) => {
          const path = concretePath(route.path, hostileParam);
          const search = new URLSearchParams(query).toString();
          const response = await owner.request('GET', search ? `${path}?${search}` : path);
          await expectHandled(`GET ${route.path}`, response, { path, query });
          if (hostileParam?.param === 'caseId') expect([200, 400, 401, 404]).toContain(response.status);
        },
      ),
      { numRuns: FUZZ_RUNS * 4 },
    );
  });

  it('answers requests with hostile cookies, CSRF tokens and content types without a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...allRoutes),
        fc.record({ cookie: hostileString, token: hostileString, type: hostileString }),
        async (route, { cookie, token, type }) => {
          const path = route.path
            .replace(':caseId', server.caseId)
            .replace(':scenarioId', 'x')
            .replace(':revision', '1');
          const headers: Record<string, string> = {};
          // Header values cannot carry every character; a client could not send those either.
          const safe = (value: string) => value.replace(/[^\u0020-\u007E]/g, '');
          headers['cookie'] = `flokk_session=${safe(cookie)}`;
          headers['x-csrf-token'] = safe(token);
          if (route.method !== 'GET') headers['content-type'] = safe(type);
          const response = await server.app.request(`http://localhost${path}`, {
            method: route.method,
            headers,
            ...(route.method === 'GET' ? {} : { body: '{}' }),
          });
          await expectHandled('headers', response, { route: route.path, cookie, token, type });
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
