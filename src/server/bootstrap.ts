/**
 * First start: create the owner account and the embedded default case, so `npm start` on a fresh machine
 * opens the Skaun–Melhus–Midtre Gauldal study. Idempotent: later starts change nothing.
 * @module
 */
import { ValidationError } from '../common/errors.ts';
import { defaultCase } from '../case/default-case/default-case.ts';
import { caseExists, createCase } from '../storage/cases.ts';
import type { Database } from '../storage/database.ts';
import { setMember } from '../storage/members.ts';
import { createUser, findUserByEmail } from '../storage/users.ts';
import { generatePassword, hashPassword } from './auth/password.ts';
import { passwordIssues } from './auth/password-policy.ts';

export const OWNER_EMAIL = 'eier@flokk.local';
const OWNER_NAME = 'Eier (standardkonto)';

export interface BootstrapResult {
  caseId: string;
  owner: { email: string; password: string | null };
}

/**
 * @param options.ownerPassword the first owner's password (`FLOKK_OWNER_PASSWORD`); it must pass the same
 *   password policy as any other, or a `ValidationError` on `password` says why (only when the account is made)
 */
export async function bootstrap(
  db: Database,
  options: { ownerPassword?: string } = {},
): Promise<BootstrapResult> {
  const document = defaultCase();
  return db.transaction(async (tx) => {
    let password: string | null = null;
    let owner = await findUserByEmail(tx, OWNER_EMAIL);
    if (!owner) {
      password = options.ownerPassword ?? generatePassword();
      const issues = passwordIssues(password, { email: OWNER_EMAIL, displayName: OWNER_NAME }, 'nb');
      if (issues.length > 0) throw new ValidationError(issues);
      const created = await createUser(tx, {
        email: OWNER_EMAIL,
        displayName: OWNER_NAME,
        passwordHash: await hashPassword(password),
      });
      owner = { ...created, passwordHash: '' };
    }
    if (!(await caseExists(tx, document.id))) {
      await createCase(tx, {
        caseId: document.id,
        document,
        authorId: owner.id,
        authorName: 'Flokk (standardsak fra kildedokumentene)',
        comment: 'Standardsak bygd fra saksframlegget og statuspresentasjonen 3.2.2026',
      });
      await setMember(tx, document.id, owner.id, 'owner');
    }
    return { caseId: document.id, owner: { email: OWNER_EMAIL, password } };
  });
}
