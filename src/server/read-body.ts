import type { Context } from 'hono';
import type { z } from 'zod';
import { ValidationError } from '../common/errors.ts';
import { toFieldIssues } from '../case/issue-path.ts';
import { customMessage, zodErrorMap } from '../i18n/issue-messages.ts';
import type { AppEnv } from './context.ts';

/** Reads and validates a JSON body; malformed JSON and schema failures become a ValidationError naming the field. */
export async function readBody<T>(c: Context<AppEnv>, schema: z.ZodType<T>): Promise<T> {
  const language = c.var.language;
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ValidationError([
      { path: '', code: 'invalid_json', message: customMessage('invalid_json', language) },
    ]);
  }
  const result = schema.safeParse(raw, { error: zodErrorMap(language) });
  if (result.success) return result.data;
  throw new ValidationError(toFieldIssues(result.error.issues, (key) => customMessage(key, language)));
}
