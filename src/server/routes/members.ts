import { z } from 'zod';
import { NotFoundError, ValidationError, type FieldIssue } from '../../common/errors.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import type { Language } from '../../i18n/language.ts';
import type { CaseRole } from '../../storage/case-store.ts';
import type { Queryable } from '../../storage/database.ts';
import { listMembers, lockMembers, removeMember, setMember, type Member } from '../../storage/members.ts';
import { createUser, findUserByEmail } from '../../storage/users.ts';
import { hashPassword } from '../auth/password.ts';
import { PASSWORD_FIELD_MAX, passwordIssues, passwordMessage } from '../auth/password-policy.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Role = z.enum(['owner', 'editor', 'reader']);
const MemberShape = z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: Role });

const LAST_OWNER_MESSAGE: Record<Language, string> = {
  nb: 'Saken må ha minst én eier. Gjør en annen til eier før du endrer denne rollen.',
  nn: 'Saka må ha minst éin eigar. Gjer ein annan til eigar før du endrar denne rolla.',
  en: 'The case must have at least one owner. Make someone else owner before changing this role.',
};

const NAME_REQUIRED: Record<Language, string> = {
  nb: 'Navnet må fylles ut',
  nn: 'Namnet må fyllast ut',
  en: 'The name is required',
};

const PutMember = z.strictObject({
  email: text(TEXT_LIMITS.name).pipe(z.email()),
  displayName: text(TEXT_LIMITS.name).optional(),
  password: z.string().max(PASSWORD_FIELD_MAX).optional(),
  role: Role,
});
type PutMember = z.infer<typeof PutMember>;

/**
 * The name and first password of a person being added, checked the same whether or not an account exists
 * for the address, so the answer never tells the owner which it was.
 */
function newPersonIssues(body: PutMember, language: Language): FieldIssue[] {
  return [
    ...(body.displayName === undefined
      ? [{ path: 'displayName', code: 'required', message: NAME_REQUIRED[language] }]
      : []),
    ...(body.password === undefined
      ? [
          {
            path: 'password',
            code: 'password_required',
            message: passwordMessage('password_required', language),
          },
        ]
      : passwordIssues(body.password, { email: body.email, displayName: body.displayName }, language)),
  ];
}

function lastOwnerIssue(path: string, language: Language): ValidationError {
  return new ValidationError([{ path, code: 'last_owner', message: LAST_OWNER_MESSAGE[language] }]);
}

/** Refuses a change that would leave the case without an owner. */
function guardLastOwner(
  members: readonly Member[],
  userId: string,
  keepsOwner: boolean,
  path: string,
  language: Language,
) {
  const owners = members.filter((m) => m.role === 'owner');
  if (!keepsOwner && owners.length === 1 && owners[0]?.id === userId) throw lastOwnerIssue(path, language);
}

/** The account for the address: the existing one, untouched, or a new one with the given name and hash. */
async function accountFor(tx: Queryable, email: string, displayName: string, passwordHash: string) {
  const existing = await findUserByEmail(tx, email);
  if (existing) return existing;
  return createUser(tx, { email, displayName, passwordHash });
}

export const memberRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/members',
    access: 'owner',
    tag: 'members',
    summary: 'Members of the case and their roles',
    response: z.array(MemberShape),
    async handle(c) {
      const members = await listMembers(c.var.deps.db, caseIdParam(c));
      return c.json(
        members.map((m) => ({ userId: m.id, email: m.email, displayName: m.displayName, role: m.role })),
      );
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/members',
    access: 'owner',
    tag: 'members',
    summary:
      "Add a person with a role (name and first password always required and checked; an existing account keeps its own, and the answer is the same either way), or change a member's role (e-mail and role only)",
    body: PutMember,
    response: MemberShape,
    async handle(c, body) {
      const { db } = c.var.deps;
      const language = c.var.language;
      const caseId = caseIdParam(c);
      const email = body.email.toLowerCase();
      const addsPerson = body.displayName !== undefined || body.password !== undefined;
      const issues = addsPerson ? newPersonIssues(body, language) : [];
      if (issues.length > 0) throw new ValidationError(issues);
      // Hashed for every addition, used or not, so the time taken does not tell whether the account existed.
      const passwordHash = body.password === undefined ? null : await hashPassword(body.password);
      const result = await db.transaction(async (tx) => {
        await lockMembers(tx, caseId);
        const members = await listMembers(tx, caseId);
        const member = members.find((m) => m.email === email);
        let userId: string;
        if (member && !addsPerson) userId = member.id;
        else {
          // Without a name and password only members can be named: the same refusal for every other address.
          if (!addsPerson || body.displayName === undefined || passwordHash === null)
            throw new ValidationError(newPersonIssues(body, language));
          userId = (await accountFor(tx, email, body.displayName, passwordHash)).id;
        }
        // A case without an owner could never get members again, so the last owner stays owner.
        guardLastOwner(members, userId, body.role === 'owner', 'role', language);
        await setMember(tx, caseId, userId, body.role as CaseRole);
        return {
          userId,
          email: body.email,
          displayName: body.displayName ?? member?.displayName ?? '',
          role: body.role,
        };
      });
      return c.json(result);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/members/:userId',
    access: 'owner',
    tag: 'members',
    summary: 'Take a member out of the case (the account stays); the last owner cannot be removed',
    successStatus: 204,
    async handle(c) {
      const { db } = c.var.deps;
      const caseId = caseIdParam(c);
      const userId = (c.req.param('userId') ?? '').toLowerCase();
      await db.transaction(async (tx) => {
        await lockMembers(tx, caseId);
        const members = await listMembers(tx, caseId);
        if (!members.some((m) => m.id === userId)) throw new NotFoundError();
        guardLastOwner(members, userId, false, 'userId', c.var.language);
        await removeMember(tx, caseId, userId);
      });
      return c.body(null, 204);
    },
  }),
];
