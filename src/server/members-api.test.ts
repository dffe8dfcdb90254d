/**
 * The members API: an owner adds people and changes roles, the last owner of a case cannot be demoted,
 * and nobody but an owner may see or change the members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface MemberBody {
  userId: string;
  email: string;
  displayName: string;
  role: string;
}

interface ErrorBody {
  error: { code: string; issues: { path: string; code: string; message: string }[] };
}

const membersPath = () => `/api/cases/${server.caseId}/members?lang=nb`;

describe('PUT /api/cases/:caseId/members', () => {
  it('refuses to demote the last owner, naming the role field', async () => {
    const owner = await server.signIn(server.emails.owner);
    const response = await owner.request('PUT', membersPath(), {
      email: server.emails.owner,
      role: 'editor',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('validation');
    expect(body.error.issues).toEqual([
      expect.objectContaining({ path: 'role', code: 'last_owner', message: expect.stringContaining('eier') }),
    ]);
    const list = await owner.request('GET', membersPath());
    const members = (await list.json()) as MemberBody[];
    expect(members.find((m) => m.email === server.emails.owner)?.role).toBe('owner');
  });

  it('lets an owner step down once another owner exists', async () => {
    const owner = await server.signIn(server.emails.owner);
    const promoted = await owner.request('PUT', membersPath(), {
      email: server.emails.editor,
      role: 'owner',
    });
    expect(promoted.status).toBe(200);
    const demoted = await owner.request('PUT', membersPath(), { email: server.emails.owner, role: 'editor' });
    expect(demoted.status).toBe(200);
    expect(((await demoted.json()) as MemberBody).role).toBe('editor');
    // Now the former editor is the only owner and is guarded in turn.
    const newOwner = await server.signIn(server.emails.editor);
    const refused = await newOwner.request('PUT', membersPath(), {
      email: server.emails.editor,
      role: 'reader',
    });
    expect(refused.status).toBe(400);
    const restored = await newOwner.request('PUT', membersPath(), {
      email: server.emails.owner,
      role: 'owner',
    });
    expect(restored.status).toBe(200);
    const back = await owner.request('PUT', membersPath(), { email: server.emails.editor, role: 'editor' });
    expect(back.status).toBe(200);
  });

  it('creates a new user and names the missing fields of a new person', async () => {
    const owner = await server.signIn(server.emails.owner);
    const missing = await owner.request('PUT', membersPath(), { email: 'ny@test.no', role: 'reader' });
    expect(missing.status).toBe(400);
    const issues = ((await missing.json()) as ErrorBody).error.issues.map((i) => i.path);
    expect(issues).toEqual(['displayName', 'password']);
    const created = await owner.request('PUT', membersPath(), {
      email: 'ny@test.no',
      displayName: 'Ny Person',
      password: 'et-langt-passord',
      role: 'reader',
    });
    expect(created.status).toBe(200);
    const reader = await server.signIn('ny@test.no', 'et-langt-passord');
    const forbidden = await reader.request('GET', membersPath());
    expect(forbidden.status).toBe(403);
  });

  it('refuses a short password with an issue on password', async () => {
    const owner = await server.signIn(server.emails.owner);
    const response = await owner.request('PUT', membersPath(), {
      email: 'kort@test.no',
      displayName: 'Kort',
      password: 'kort',
      role: 'reader',
    });
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as ErrorBody).error.issues.map((i) => i.path);
    expect(paths).toEqual(['password']);
  });

  it.each(['editor', 'reader'] as const)('forbids the %s to change members', async (role) => {
    const client = await server.signIn(server.emails[role]);
    const response = await client.request('PUT', membersPath(), {
      email: server.emails.outsider,
      role: 'owner',
    });
    expect(response.status).toBe(403);
  });
});
