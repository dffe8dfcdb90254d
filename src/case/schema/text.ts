/**
 * Text that a person typed, bounded and checked the same way at every boundary (the case document, comments,
 * names, sign-in). A person writes no control characters, no bidirectional overrides (they make "abc.exe"
 * read as "exe.cba"), nothing that only looks empty, and nothing a PostgreSQL `text` or `jsonb` column would
 * refuse or silently change (NUL, unpaired surrogates). Each is refused with a message naming the field.
 * @module
 */
import { z } from 'zod';

/** Longest text per kind of field, in characters. Generous for a person, tiny for an attack. */
export const TEXT_LIMITS = {
  /** A name, title, role, code or e-mail. */
  name: 200,
  /** A locator, a revision comment, a one-line statement. */
  line: 500,
  /** A note, a rationale, a recommendation point. */
  paragraph: 5_000,
} as const;

// C0 controls except tab, line feed and carriage return; DEL; C1 controls. Matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Embeddings, overrides and isolates (Unicode bidi controls); the marks LRM/RLM/ALM are allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters with no visible form: text made only of these (and spaces) only looks filled in. Some are
// combining marks, which is why they are listed one by one and the class is flagged as misleading.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\s\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu;

/** The message key for the first thing wrong with `text`, or `null` when a person could have typed it. */
export function textProblem(text: string, { allowEmpty = false } = {}): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'text_lone_surrogate';
  if (CONTROL.test(text)) return 'text_control_character';
  if (BIDI_CONTROL.test(text)) return 'text_bidi_control';
  if (!allowEmpty && text.length > 0 && text.replace(INVISIBLE, '').length === 0) return 'text_invisible';
  return null;
}

export type TextProblem =
  'text_lone_surrogate' | 'text_control_character' | 'text_bidi_control' | 'text_invisible';

function checked(schema: z.ZodString, allowEmpty: boolean) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, { allowEmpty });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** Required text, trimmed, 1 to `max` characters, that a person could have typed. */
export function text(max: number = TEXT_LIMITS.line) {
  return checked(z.string().trim().min(1).max(max), false);
}

/** Free text that may be empty (a note), up to `max` characters. */
export function note(max: number = TEXT_LIMITS.paragraph) {
  return checked(z.string().max(max), true);
}
