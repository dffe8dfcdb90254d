import { z } from 'zod';
import { ValidationError } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import { listMembers, setMember } from '../../storage/members.ts';
import { createUser, findUserByEmail } from '../../storage/users.ts';
import { hashPassword } from '../auth/password.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Role = z.enum(['owner', 'editor', 'reader']);
const Member = z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: Role });

const LAST_OWNER_MESSAGE: Record<Language, string> = {
  nb: 'Saken må ha minst én eier. Gjør en annen til eier før du endrer denne rollen.',
  nn: 'Saka må ha minst éin eigar. Gjer ein annan til eigar før du endrar denne rolla.',
  en: 'The case must have at least one owner. Make someone else owner before changing this role.',
};

const PutMember = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(12).max(1024).optional(),
  role: Role,
});

export const memberRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/members',
    access: 'owner',
    tag: 'members',
    summary: 'Members of the case and their roles',
    response: z.array(Member),
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
    summary: 'Give a user a role in the case; creates the account when the e-mail is new',
    body: PutMember,
    response: Member,
    async handle(c, body) {
      const { db } = c.var.deps;
      const caseId = caseIdParam(c);
      const result = await db.transaction(async (tx) => {
        let user = await findUserByEmail(tx, body.email);
        if (!user) {
          const missing = [
            ...(body.displayName
              ? []
              : [{ path: 'displayName', code: 'required', message: 'Navn må fylles ut for ny bruker' }]),
            ...(body.password
              ? []
              : [{ path: 'password', code: 'required', message: 'Passord må fylles ut for ny bruker' }]),
          ];
          if (missing.length > 0 || !body.displayName || !body.password) throw new ValidationError(missing);
          const created = await createUser(tx, {
            email: body.email,
            displayName: body.displayName,
            passwordHash: await hashPassword(body.password),
          });
          user = { ...created, passwordHash: '' };
        }
        const members = await listMembers(tx, caseId);
        const owners = members.filter((m) => m.role === 'owner');
        // A case without an owner could never get members again, so the last owner stays owner.
        if (body.role !== 'owner' && owners.length === 1 && owners[0]?.id === user.id)
          throw new ValidationError([
            { path: 'role', code: 'last_owner', message: LAST_OWNER_MESSAGE[c.var.language] },
          ]);
        await setMember(tx, caseId, user.id, body.role);
        return { userId: user.id, email: user.email, displayName: user.displayName, role: body.role };
      });
      return c.json(result);
    },
  }),
];
