/**
 * Contract: users are found by e-mail in any case, sessions expire, and members hold one role per case.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.ts';
import {
  createCase,
  createCaseByUser,
  getLatestRevision,
  listCasesForUser,
  saveRevision,
  setCaseArchived,
} from '../cases.ts';
import { getRole, getRoleAndLatestRevision, listMembers, removeMember, setMember } from '../members.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findValidSession,
  touchSession,
} from '../sessions.ts';
import { countUsers, findUserByEmail, findUserById, setPasswordHash } from '../users.ts';
import { addUser, newCase, rejection, type DatabaseAccess } from './fixtures.ts';
import { loginAttemptContract } from './login-attempts.ts';

/** Registers the user, session, member and sign-in attempt tests. */
export function accountContract(db: DatabaseAccess): void {
  it('stores e-mail lower-case and finds users in any case', async () => {
    const before = await countUsers(db());
    const user = await addUser(db(), 'Kari.Nordmann@Example.NO', 'Kari Nordmann');
    expect(user).toMatchObject({ email: 'kari.nordmann@example.no', displayName: 'Kari Nordmann' });
    expect(await findUserByEmail(db(), 'KARI.NORDMANN@example.no')).toEqual({
      ...user,
      passwordHash: 'hash',
    });
    expect(await findUserById(db(), user.id)).toEqual(user);
    expect(await countUsers(db())).toBe(before + 1);
    const duplicate = await rejection(addUser(db(), 'kari.nordmann@EXAMPLE.no'));
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect(duplicate).toMatchObject({ issues: [{ path: 'email', code: 'email_taken' }] });
  });

  it('finds nobody for unknown addresses and ids, and changes the password hash', async () => {
    expect(await findUserByEmail(db(), 'nobody@example.no')).toBeNull();
    expect(await findUserById(db(), '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await findUserById(db(), 'not-a-uuid')).toBeNull();
    const user = await addUser(db(), 'ola@example.no');
    await setPasswordHash(db(), user.id, 'new-hash');
    expect((await findUserByEmail(db(), 'ola@example.no'))?.passwordHash).toBe('new-hash');
    const missing = rejection(setPasswordHash(db(), '00000000-0000-4000-8000-000000000000', 'x'));
    expect(await missing).toBeInstanceOf(NotFoundError);
  });

  it('finds a session until it expires, then deletes it', async () => {
    const user = await addUser(db(), 'session@example.no');
    const expiresAt = '2030-01-01T12:00:00.000Z';
    const session = { tokenHash: 'token-1', userId: user.id, csrfToken: 'csrf-1', expiresAt };
    await createSession(db(), session);
    expect(await findValidSession(db(), 'token-1', new Date('2030-01-01T11:59:59.999Z'))).toEqual(session);
    expect(await findValidSession(db(), 'token-1', new Date(expiresAt))).toBeNull();
    expect(await deleteExpiredSessions(db(), new Date('2029-12-31T00:00:00Z'))).toBe(0);
    expect(await deleteExpiredSessions(db(), new Date('2030-01-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await findValidSession(db(), 'token-1', new Date('2029-01-01T00:00:00Z'))).toBeNull();
  });

  it('ends a session on sign-out', async () => {
    const user = await addUser(db(), 'signout@example.no');
    await createSession(db(), {
      tokenHash: 'token-2',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    await deleteSession(db(), 'token-2');
    await deleteSession(db(), 'token-2');
    expect(await findValidSession(db(), 'token-2', new Date('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('ends a session left unused since `idleSince`, and keeps one that was touched', async () => {
    const user = await addUser(db(), 'idle@example.no');
    const at = (time: string) => new Date(`2030-01-01T${time}Z`);
    await createSession(db(), {
      tokenHash: 'token-idle',
      userId: user.id,
      csrfToken: 'c',
      expiresAt: '2030-01-02T00:00:00.000Z',
      lastSeenAt: '2030-01-01T10:00:00.000Z',
    });
    expect(await findValidSession(db(), 'token-idle', at('10:20:00'), at('09:50:00'))).not.toBeNull();
    expect(await findValidSession(db(), 'token-idle', at('10:40:00'), at('10:10:00'))).toBeNull();
    // A touch newer than `unchangedSince` is not written again; an older one is.
    await touchSession(db(), 'token-idle', at('10:05:00'), at('09:59:00'));
    expect(await findValidSession(db(), 'token-idle', at('10:40:00'), at('10:01:00'))).toBeNull();
    await touchSession(db(), 'token-idle', at('10:30:00'), at('10:29:00'));
    expect(await findValidSession(db(), 'token-idle', at('10:40:00'), at('10:10:00'))).not.toBeNull();
    await deleteExpiredSessions(db(), at('10:40:00'), at('10:29:59'));
    expect(await findValidSession(db(), 'token-idle', at('10:40:00'))).not.toBeNull();
    expect(await deleteExpiredSessions(db(), at('11:00:00'), at('10:30:00'))).toBeGreaterThanOrEqual(1);
    expect(await findValidSession(db(), 'token-idle', at('10:40:00'))).toBeNull();
  });

  it("ends all of a user's sessions but the one kept", async () => {
    const user = await addUser(db(), 'many-sessions@example.no');
    const other = await addUser(db(), 'other-sessions@example.no');
    const session = (tokenHash: string, userId: string) =>
      createSession(db(), { tokenHash, userId, csrfToken: 'c', expiresAt: '2099-01-01T00:00:00.000Z' });
    await session('keep', user.id);
    await session('drop-1', user.id);
    await session('drop-2', user.id);
    await session('someone-else', other.id);
    expect(await deleteUserSessions(db(), user.id, 'keep')).toBe(2);
    const now = new Date('2030-01-01T00:00:00Z');
    expect(await findValidSession(db(), 'keep', now)).not.toBeNull();
    expect(await findValidSession(db(), 'drop-1', now)).toBeNull();
    expect(await findValidSession(db(), 'someone-else', now)).not.toBeNull();
    expect(await deleteUserSessions(db(), user.id)).toBe(1);
  });

  it('removes a member from one case only, and reports whether there was one', async () => {
    await createCase(db(), newCase('remove-a'));
    await createCase(db(), newCase('remove-b'));
    const user = await addUser(db(), 'removed@example.no');
    await setMember(db(), 'remove-a', user.id, 'editor');
    await setMember(db(), 'remove-b', user.id, 'reader');
    expect(await removeMember(db(), 'remove-a', user.id)).toBe(true);
    expect(await removeMember(db(), 'remove-a', user.id)).toBe(false);
    expect(await removeMember(db(), 'remove-a', 'not-a-uuid')).toBe(false);
    expect(await getRole(db(), 'remove-a', user.id)).toBeNull();
    expect(await getRole(db(), 'remove-b', user.id)).toBe('reader');
    expect(await findUserById(db(), user.id)).toEqual(user);
  });

  it('gives a member one role per case, replaced on upsert', async () => {
    await createCase(db(), newCase('members', { title: 'Medlemmer' }));
    const owner = await addUser(db(), 'owner@example.no', 'Eier');
    const reader = await addUser(db(), 'reader@example.no', 'Leser');
    await setMember(db(), 'members', owner.id, 'editor');
    await setMember(db(), 'members', owner.id, 'owner');
    await setMember(db(), 'members', reader.id, 'reader');
    expect(await getRole(db(), 'members', owner.id)).toBe('owner');
    expect(await getRole(db(), 'other-case', owner.id)).toBeNull();
    // The request path reads the role and the newest revision together.
    expect(await getRoleAndLatestRevision(db(), 'members', reader.id)).toEqual({
      role: 'reader',
      latestRevision: 1,
    });
    expect(await getRoleAndLatestRevision(db(), 'other-case', owner.id)).toEqual({
      role: null,
      latestRevision: null,
    });
    expect(await listMembers(db(), 'members')).toEqual([
      { ...owner, role: 'owner' },
      { ...reader, role: 'reader' },
    ]);
    expect(await rejection(setMember(db(), 'no-such-case', owner.id, 'reader'))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it("lists a user's cases with role and latest revision", async () => {
    const user = await addUser(db(), 'lister@example.no');
    await createCase(db(), newCase('list-b', { title: 'B1' }));
    await saveRevision(db(), { ...newCase('list-b', { title: 'B2' }), baseRevision: 1 });
    await createCase(db(), newCase('list-a', { title: 'A1' }));
    await setMember(db(), 'list-b', user.id, 'editor');
    await setMember(db(), 'list-a', user.id, 'reader');
    expect(await listCasesForUser(db(), user.id)).toEqual([
      { caseId: 'list-a', role: 'reader', latestRevision: 1, archivedAt: null },
      { caseId: 'list-b', role: 'editor', latestRevision: 2, archivedAt: null },
    ]);
  });

  it('creates a case made by a user with the user as its owner, and refuses a taken id', async () => {
    const user = await addUser(db(), 'skaper@example.no');
    const meta = await createCaseByUser(db(), { ...newCase('made-by-user'), authorId: user.id });
    expect(meta.revision).toBe(1);
    expect(await getRole(db(), 'made-by-user', user.id)).toBe('owner');
    const creator = await db().query<{ created_by: string }>('SELECT created_by FROM cases WHERE id = $1', [
      'made-by-user',
    ]);
    expect(creator[0]?.created_by).toBe(user.id);
    const again = createCaseByUser(db(), { ...newCase('made-by-user'), authorId: user.id });
    expect(await rejection(again)).toBeInstanceOf(ConflictError);
  });

  it('archives a case and takes it back into use, keeping its revisions', async () => {
    const user = await addUser(db(), 'arkiv@example.no');
    await createCaseByUser(db(), { ...newCase('to-archive'), authorId: user.id });
    expect(await setCaseArchived(db(), 'to-archive', true)).toBe(true);
    const [archived] = await listCasesForUser(db(), user.id);
    expect(archived?.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Archiving again keeps the first date.
    await setCaseArchived(db(), 'to-archive', true);
    expect((await listCasesForUser(db(), user.id))[0]?.archivedAt).toBe(archived?.archivedAt);
    expect((await getLatestRevision(db(), 'to-archive'))?.revision).toBe(1);
    expect(await setCaseArchived(db(), 'to-archive', false)).toBe(true);
    expect((await listCasesForUser(db(), user.id))[0]?.archivedAt).toBeNull();
    expect(await setCaseArchived(db(), 'no-such-case', true)).toBe(false);
  });

  describe('sign-in attempts', () => loginAttemptContract(db));
}
