import type { Context } from 'hono';
import type { z } from 'zod';
import { ValidationError } from '../common/errors.ts';
import { toFieldIssues } from '../case/issue-path.ts';
import { customMessage, zodErrorMap } from '../i18n/issue-messages.ts';
import type { AppEnv } from './context.ts';

/**
 * Reads and validates the query string; failures become a ValidationError naming the parameter.
 * `lang` chooses the language of messages on every route, so it is never an input of the schema.
 */
export function readQuery<T>(c: Context<AppEnv>, schema: z.ZodType<T>): T {
  const query = Object.fromEntries(Object.entries(c.req.query()).filter(([key]) => key !== 'lang'));
  const parsed = schema.safeParse(query, { error: zodErrorMap(c.var.language) });
  if (parsed.success) return parsed.data;
  const language = c.var.language;
  throw new ValidationError(toFieldIssues(parsed.error.issues, (key) => customMessage(key, language)));
}
