/**
 * Small builders shared by the contract suite, so each test states only what it is about.
 * @module
 */
import type { NewCase } from '../cases.ts';
import type { User } from '../case-store.ts';
import type { Database, Queryable } from '../database.ts';
import { createUser } from '../users.ts';

/** Gives the tests the database opened in `beforeAll`. */
export type DatabaseAccess = () => Database;

/** The input for a case's first revision, with a small document. */
export function newCase(caseId: string, document: unknown = { id: caseId, title: { nb: 'Sak' } }): NewCase {
  return { caseId, document, authorId: null, authorName: 'Test', comment: 'Første versjon' };
}

/** Creates a user with a throwaway password hash. */
export function addUser(db: Queryable, email: string, displayName = 'Test Testesen'): Promise<User> {
  return createUser(db, { email, displayName, passwordHash: 'hash' });
}

/** Awaits `promise` and returns what it rejected with; fails if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
