/**
 * What a new password must be, after NIST SP 800-63B §3.1.1.2 (memorized secrets): long enough, not too long
 * to hash, no composition rules (no "one digit and one capital"), and not one an attacker tries first: a
 * common password, something trivial, or little more than the e-mail address, the name or the service's own
 * words. Lengths count Unicode code points after NFKC, the form the password is hashed in.
 *
 * The same policy guards every way a password is chosen: a new member, the first owner
 * (`FLOKK_OWNER_PASSWORD`) and a password change. Existing passwords are not re-checked at sign-in.
 * @module
 */
import type { FieldIssue } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
/** Longest body field accepted before the policy runs (UTF-16 units): room for 1 024 astral characters. */
export const PASSWORD_FIELD_MAX = 4096;

export type PasswordProblem =
  | 'password_required'
  | 'password_invalid_character'
  | 'password_too_short'
  | 'password_too_long'
  | 'password_trivial'
  | 'password_common'
  | 'password_context';

const MESSAGES: Record<PasswordProblem, Record<Language, string>> = {
  password_required: {
    nb: 'Passordet må fylles ut',
    nn: 'Passordet må fyllast ut',
    en: 'The password is required',
  },
  password_invalid_character: {
    nb: 'Passordet inneholder et kontrolltegn eller et ugyldig tegn',
    nn: 'Passordet inneheld eit kontrollteikn eller eit ugyldig teikn',
    en: 'The password contains a control character or an invalid character',
  },
  password_too_short: {
    nb: `Passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn`,
    nn: `Passordet må ha minst ${PASSWORD_MIN_LENGTH} teikn`,
    en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  password_too_long: {
    nb: `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn`,
    nn: `Passordet kan ha høgst ${PASSWORD_MAX_LENGTH} teikn`,
    en: `The password can have at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  password_trivial: {
    nb: 'Passordet er for lett å gjette: bare mellomrom, det samme tegnet om igjen eller en rekke som 123456 eller qwerty',
    nn: 'Passordet er for lett å gjette: berre mellomrom, det same teiknet om att eller ei rekkje som 123456 eller qwerty',
    en: 'The password is too easy to guess: only spaces, one character repeated, or a run such as 123456 or qwerty',
  },
  password_common: {
    nb: 'Passordet er blant de mest brukte passordene; velg et annet',
    nn: 'Passordet er blant dei mest brukte passorda; vel eit anna',
    en: 'The password is one of the most common passwords; choose another',
  },
  password_context: {
    nb: 'Passordet er for likt e-postadressen, navnet eller ord som «flokk» og «passord»',
    nn: 'Passordet er for likt e-postadressa, namnet eller ord som «flokk» og «passord»',
    en: 'The password is too close to the e-mail address, the name or words such as "flokk" and "password"',
  },
};

/** The message for a password problem in `language`. */
export function passwordMessage(problem: PasswordProblem, language: Language): string {
  return MESSAGES[problem][language];
}

/** Words of the service itself, refused as (nearly) the whole password. */
const SERVICE_WORDS = ['flokk', 'passord', 'password', 'passwort', 'admin', 'eier', 'owner', 'kommune'];

/** Runs an attacker tries first, forwards or backwards, wrapping around (…7890123…). */
const SEQUENCES = [
  '0123456789',
  '!@#$%^&*()_+',
  'abcdefghijklmnopqrstuvwxyz',
  'abcdefghijklmnopqrstuvwxyzæøå',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiopåasdfghjkløæzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
];

/** C0 and C1 controls and DEL; tab is one too, nobody types it into a password field. */
function hasControl(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What the password is checked against besides the lists: the person it is for. */
export interface PasswordContext {
  email?: string | undefined;
  displayName?: string | undefined;
}

function isRepetition(text: string): boolean {
  const chars = [...text];
  for (let unit = 1; unit <= 4 && unit * 2 <= chars.length; unit++) {
    if (chars.every((char, i) => char === chars[i % unit])) return true;
  }
  return false;
}

function isSequence(text: string): boolean {
  if ([...text].length < 3) return false;
  const reversed = [...text].reverse().join('');
  return SEQUENCES.some((sequence) => {
    const wrapped = sequence.repeat(Math.ceil(text.length / sequence.length) + 2);
    return wrapped.includes(text) || wrapped.includes(reversed);
  });
}

/** True for only whitespace, one short unit repeated (aaaa…, abab…), or a run such as 1234… or qwer…. */
function isTrivial(normalized: string): boolean {
  const lower = normalized.toLowerCase();
  const squeezed = lower.replace(/\s+/gu, '');
  if (squeezed === '') return true;
  const compact = lower.replace(/[^\p{L}\p{N}]+/gu, '');
  return [squeezed, compact].some((text) => text !== '' && (isRepetition(text) || isSequence(text)));
}

function contextWords(context: PasswordContext): string[] {
  const words = [...SERVICE_WORDS];
  const add = (text: string | undefined) => {
    if (!text) return;
    const lower = text.normalize('NFKC').toLowerCase();
    const parts = lower.split(/[^\p{L}\p{N}]+/u).filter((part) => [...part].length >= 3);
    words.push(...parts, parts.join(''));
  };
  add(context.email?.split('@')[0]);
  add(context.displayName);
  // Longest first, so "kari" does not leave "nordmann" half removed from "karinordmann".
  return [...new Set(words.filter((word) => word !== ''))].sort((a, b) => b.length - a.length);
}

/**
 * True when, once the person's and the service's words and all digits and symbols are taken out, fewer than
 * 5 letters are left: "Flokk2026!", "passordpassord", "kari.nordmann1".
 */
function isContextual(normalized: string, context: PasswordContext): boolean {
  let rest = normalized.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  let removed = false;
  for (const word of contextWords(context)) {
    if (rest.includes(word)) {
      rest = rest.split(word).join('');
      removed = true;
    }
  }
  return removed && [...rest.replace(/\p{N}+/gu, '')].length < 5;
}

function isCommon(normalized: string): boolean {
  const lower = normalized.toLowerCase();
  return COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/\s+/gu, ''));
}

/** The first thing wrong with a new password, or `null` if it may be used. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if (password === '') return 'password_required';
  if (LONE_SURROGATE.test(password) || hasControl(password)) return 'password_invalid_character';
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'password_too_long';
  if (isTrivial(normalized)) return 'password_trivial';
  if (isCommon(normalized)) return 'password_common';
  if (isContextual(normalized, context)) return 'password_context';
  return null;
}

/** The password's problem as field issues on `path` (empty when it may be used). */
export function passwordIssues(
  password: string,
  context: PasswordContext,
  language: Language,
  path = 'password',
): FieldIssue[] {
  const problem = passwordProblem(password, context);
  return problem ? [{ path, code: problem, message: passwordMessage(problem, language) }] : [];
}
