import { z } from 'zod';
import { ValidationError } from '../../common/errors.ts';
import { listMembers, setMember } from '../../storage/members.ts';
import { createUser, findUserByEmail } from '../../storage/users.ts';
import { hashPassword } from '../auth/password.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Role = z.enum(['owner', 'editor', 'reader']);
const Member = z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: Role });

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
        await setMember(tx, caseId, user.id, body.role);
        return { userId: user.id, email: user.email, displayName: user.displayName, role: body.role };
      });
      return c.json(result);
    },
  }),
];
