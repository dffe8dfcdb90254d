/**
 * The members API: an owner adds people and changes roles, the last owner of a case cannot be demoted or
 * removed, adding never tells whether an account already existed, and nobody but an owner may see or
 * change the members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestClient, type TestServer } from './test-support.ts';

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
const memberPath = (userId: string) => `/api/cases/${server.caseId}/members/${userId}?lang=nb`;

async function members(owner: TestClient): Promise<MemberBody[]> {
  return (await (await owner.request('GET', membersPath())).json()) as MemberBody[];
}

async function issues(response: Response): Promise<string[]> {
  return ((await response.json()) as ErrorBody).error.issues.map((i) => `${i.path}:${i.code}`);
}

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
    const list = await members(owner);
    expect(list.find((m) => m.email === server.emails.owner)?.role).toBe('owner');
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
    expect(await issues(missing)).toEqual(['displayName:required', 'password:password_required']);
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

  it.each([
    ['kort', 'password_too_short'],
    ['aaaaaaaaaaaa', 'password_trivial'],
    ['123456789012', 'password_trivial'],
    ['qwertyuiopasdf', 'password_trivial'],
    ['leavemealone', 'password_common'],
    ['flokk-flokk-2026', 'password_context'],
    ['kortnavn-2026', 'password_context'],
    ['Kari Kortnavn 1', 'password_context'],
  ])('refuses the password %j with an issue on password (%s)', async (password, code) => {
    const owner = await server.signIn(server.emails.owner);
    const response = await owner.request('PUT', membersPath(), {
      email: 'kortnavn@test.no',
      displayName: 'Kari Kortnavn',
      password,
      role: 'reader',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.issues).toEqual([
      { path: 'password', code, message: expect.stringMatching(/^Passordet /) },
    ]);
  });

  it.each([
    ['a NUL byte', 'Kari\u0000 Nordmann'],
    ['a bidi override', 'Kari \u202Enna'],
    ['only zero-width characters', '\u200B\u200C\u200D'],
    ['only spaces', '   '],
  ])('refuses a display name with %s, naming displayName', async (_label, displayName) => {
    const owner = await server.signIn(server.emails.owner);
    const response = await owner.request('PUT', membersPath(), {
      email: 'navn@test.no',
      displayName,
      password: 'et-langt-passord',
      role: 'reader',
    });
    expect(response.status).toBe(400);
    expect((await issues(response)).map((i) => i.split(':')[0])).toEqual(['displayName']);
  });

  it('refuses an e-mail address with a NUL byte or a bidi override, naming email', async () => {
    const owner = await server.signIn(server.emails.owner);
    for (const email of ['ny\u0000@test.no', '\u202Eon.tset@yn', 'ikke-en-adresse']) {
      const response = await owner.request('PUT', membersPath(), {
        email,
        displayName: 'Ny',
        password: 'et-langt-passord',
        role: 'reader',
      });
      expect(response.status).toBe(400);
      expect((await issues(response)).map((i) => i.split(':')[0])).toEqual(['email']);
    }
  });

  it('does not reveal whether an account exists: same checks, same answer, and the account is untouched', async () => {
    const owner = await server.signIn(server.emails.owner);
    // The outsider has an account but is not in the case; the other address has none.
    const existing = server.emails.outsider;
    const unknown = 'finnes-ikke@test.no';
    const put = (email: string, body: Record<string, unknown>) =>
      owner.request('PUT', membersPath(), { email, role: 'reader', ...body });
    const normalize = (text: string, email: string) => text.replaceAll(email, '<email>');

    for (const body of [
      {},
      { displayName: 'Navn Navnesen' },
      { displayName: 'Navn Navnesen', password: 'kort' },
      { displayName: 'Navn Navnesen', password: 'leavemealone' },
    ]) {
      const a = await put(existing, body);
      const b = await put(unknown, body);
      expect(a.status, JSON.stringify(body)).toBe(400);
      expect(b.status).toBe(400);
      expect(normalize(await a.text(), existing)).toBe(normalize(await b.text(), unknown));
    }

    const body = { displayName: 'Navn Navnesen', password: 'eierens-valgte-passord' };
    const a = await put(existing, body);
    const b = await put(unknown, body);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const [first, second] = [(await a.json()) as MemberBody, (await b.json()) as MemberBody];
    expect(Object.keys(first).sort()).toEqual(Object.keys(second).sort());
    expect(first).toEqual({
      userId: expect.any(String),
      email: existing,
      displayName: 'Navn Navnesen',
      role: 'reader',
    });
    expect(second).toEqual({
      userId: expect.any(String),
      email: unknown,
      displayName: 'Navn Navnesen',
      role: 'reader',
    });

    // The existing account keeps its own password and name.
    await server.signIn(existing, TEST_PASSWORD);
    await expect(server.signIn(existing, 'eierens-valgte-passord')).rejects.toThrow(/401/);
    const list = await members(owner);
    expect(list.find((m) => m.email === existing)?.displayName).toBe('Test outsider');
    await server.signIn(unknown, 'eierens-valgte-passord');
  });

  it('changes the role of a member with e-mail and role alone, but names nobody else that way', async () => {
    const owner = await server.signIn(server.emails.owner);
    const changed = await owner.request('PUT', membersPath(), { email: 'ny@test.no', role: 'editor' });
    expect(changed.status).toBe(200);
    expect((await changed.json()) as MemberBody).toMatchObject({ displayName: 'Ny Person', role: 'editor' });
    const back = await owner.request('PUT', membersPath(), { email: 'ny@test.no', role: 'reader' });
    expect(back.status).toBe(200);
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

describe('DELETE /api/cases/:caseId/members/:userId', () => {
  it('takes a member out of the case; they keep their account but lose the case', async () => {
    const owner = await server.signIn(server.emails.owner);
    await owner.request('PUT', membersPath(), {
      email: 'fjernes@test.no',
      displayName: 'Skal Fjernes',
      password: 'et-langt-passord',
      role: 'reader',
    });
    const member = (await members(owner)).find((m) => m.email === 'fjernes@test.no');
    expect(member).toBeDefined();
    const gone = await server.signIn('fjernes@test.no', 'et-langt-passord');
    expect((await gone.request('GET', `/api/cases/${server.caseId}`)).status).toBe(200);

    const removed = await owner.request('DELETE', memberPath(member?.userId ?? ''));
    expect(removed.status).toBe(204);
    expect((await members(owner)).some((m) => m.email === 'fjernes@test.no')).toBe(false);
    expect((await gone.request('GET', `/api/cases/${server.caseId}`)).status).toBe(404);
    expect((await owner.request('DELETE', memberPath(member?.userId ?? ''))).status).toBe(404);
  });

  it('answers 404 for someone who is not a member, or no one at all', async () => {
    const owner = await server.signIn(server.emails.owner);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'ikke-en-id']) {
      expect((await owner.request('DELETE', memberPath(id))).status).toBe(404);
    }
  });

  it('refuses to remove the last owner with the last_owner message', async () => {
    const owner = await server.signIn(server.emails.owner);
    const self = (await members(owner)).find((m) => m.email === server.emails.owner);
    const response = await owner.request('DELETE', memberPath(self?.userId ?? ''));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.issues).toEqual([
      {
        path: 'userId',
        code: 'last_owner',
        message: 'Saken må ha minst én eier. Gjør en annen til eier før du endrer denne rollen.',
      },
    ]);
    expect((await members(owner)).find((m) => m.email === server.emails.owner)?.role).toBe('owner');
  });

  it.each(['editor', 'reader'] as const)('forbids the %s to remove members', async (role) => {
    const owner = await server.signIn(server.emails.owner);
    const target = (await members(owner)).find((m) => m.email === 'ny@test.no');
    const client = await server.signIn(server.emails[role]);
    const response = await client.request('DELETE', memberPath(target?.userId ?? ''));
    expect(response.status).toBe(403);
  });

  it('lets owners remove each other, but never the last one, even at the same time', async () => {
    const owner = await server.signIn(server.emails.owner);
    const list = await members(owner);
    const editor = list.find((m) => m.email === server.emails.editor);
    await owner.request('PUT', membersPath(), { email: server.emails.editor, role: 'owner' });
    // Two owners removing each other at once: one succeeds, the other is refused, one owner is left.
    const other = await server.signIn(server.emails.editor);
    const self = list.find((m) => m.email === server.emails.owner);
    const [a, b] = await Promise.all([
      owner.request('DELETE', memberPath(editor?.userId ?? '')),
      other.request('DELETE', memberPath(self?.userId ?? '')),
    ]);
    // The loser is refused as the last owner, or, if it came after, as no longer a member.
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(204);
    expect([400, 404]).toContain(statuses[1]);
    const remaining = await server.db.query<{ role: string }>(
      "SELECT role FROM case_members WHERE case_id = $1 AND role = 'owner'",
      [server.caseId],
    );
    expect(remaining).toHaveLength(1);
  });
});
