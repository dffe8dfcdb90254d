/**
 * Building blocks shared by every part of the case document. Every field is bounded: text by `text()` /
 * `note()`, numbers by a range a municipality could meet, lists by a length, so that a crafted document
 * can be neither huge nor absurd.
 * @module
 */
import { z } from 'zod';
import { TEXT_LIMITS, note, text, textProblem } from './text.ts';

/**
 * The largest amount in kroner any field accepts: 100 mrd. kr. Oslo kommune, the largest municipality,
 * has a yearly budget of about 90 mrd. kr, so no real figure is larger; and 10 000 such amounts still
 * add up exactly (1e15 is far below 2^53), so sums over a whole baseline never lose kroner.
 */
export const MAX_NOK = 100_000_000_000;

/** The most persons a count may give (headcount, age band): more than any Norwegian employer has. */
export const MAX_PERSONS = 1_000_000;

/** The largest population figure: about twice Norway's population. */
export const MAX_POPULATION = 10_000_000;

/** The largest volume figure (payslips, invoices, calls, points): a billion a year. */
export const MAX_VOLUME = 1_000_000_000;

/** Longest lists: the baseline (one row per area × municipality × scope) and every other list. */
export const LIST_LIMITS = { baseline: 10_000, list: 1_000 } as const;

/** Longest URL and e-mail address, in characters (e-mail: RFC 5321's path limit). */
export const MAX_URL = 2_000;
export const MAX_EMAIL = 254;

/** A list of at most `max` items (1 000 unless told). */
export function list<T extends z.ZodType>(item: T, max: number = LIST_LIMITS.list) {
  return z.array(item).max(max);
}

/** A record of at most `max` entries; more is refused with `too_many_entries`. */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  key: K,
  value: V,
  max: number = LIST_LIMITS.list,
) {
  return z.record(key, value).superRefine((record, ctx) => {
    if (Object.keys(record).length > max) ctx.addIssue({ code: 'custom', message: 'too_many_entries' });
  });
}

/**
 * A record key a person named (a volume measure such as `lønnsslipper`): 1 to 200 characters with nothing
 * `text()` refuses. Not trimmed, since a key is matched as written.
 */
export const BoundedKey = z
  .string()
  .min(1)
  .max(TEXT_LIMITS.name)
  .superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** A Norwegian kommunenummer: four digits, e.g. `5029` for Skaun. */
export const MunicipalityNumber = z
  .string()
  .regex(/^\d{4}$/, { message: 'Kommunenummer har fire sifre' })
  .brand<'MunicipalityNumber'>()
  .meta({ description: 'Kommunenummer, four digits (e.g. 5029 Skaun)', example: '5029' });
export type MunicipalityNumber = z.infer<typeof MunicipalityNumber>;

/** A kommunenummer as a record key (unbranded, so the record's type stays `Record<string, …>`). */
export const MunicipalityKey = z.string().regex(/^\d{4}$/, { message: 'Kommunenummer har fire sifre' });

/** An identifier inside the document: lower-case letters, digits and hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'Id: små bokstaver, sifre og bindestrek' })
  .meta({ description: 'Identifier: lower-case letters, digits and hyphens' });

/** Text in bokmål, with nynorsk and English translations where given; each at most `max` characters. */
export function localized(max: number) {
  return z.strictObject({ nb: text(max), nn: text(max).optional(), en: text(max).optional() });
}

/** A name or title in bokmål, nynorsk and English (one line, 500 characters). */
export const LocalizedText = localized(TEXT_LIMITS.line);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A summary or description in bokmål, nynorsk and English (5 000 characters). */
export const LocalizedParagraph = localized(TEXT_LIMITS.paragraph);

/** Earliest and latest year a date in a case may have. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/**
 * What is wrong with a date written `YYYY-MM-DD` or `YYYY-MM`: a day its month does not have
 * (`date_not_in_calendar`: 2026-02-30, 2025-02-29) or a year outside 1900–2100 (`date_out_of_range`);
 * `null` for a real date, and for text that is not in that form at all (the format check names that).
 * @example calendarDateProblem('2024-02-29') // → null
 * @example calendarDateProblem('2026-04-31') // → 'date_not_in_calendar'
 */
export function calendarDateProblem(date: string): 'date_not_in_calendar' | 'date_out_of_range' | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return 'date_not_in_calendar';
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
    const daysInMonth = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return 'date_not_in_calendar';
  }
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return 'date_out_of_range';
  return null;
}

/** A date in the form `pattern` matches (message `format` otherwise) that is a real day in 1900–2100. */
function calendarDate(pattern: RegExp, format: string) {
  return z
    .string()
    .regex(pattern, { message: format })
    .superRefine((value, ctx) => {
      if (!pattern.test(value)) return; // the format check has named it
      const problem = calendarDateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });
}

/** A calendar date `2026-03-10`, or a month `2026-06` where the source names only the month. */
export const PlanDate = calendarDate(
  /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
  'Dato som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM',
).meta({ description: 'A date (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM)' });
export type PlanDate = z.infer<typeof PlanDate>;

/** A calendar date `2026-03-10`, a real day of the years 1900–2100. */
export const IsoDate = calendarDate(
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'Dato som ÅÅÅÅ-MM-DD',
).meta({ description: 'A calendar date, YYYY-MM-DD', format: 'date' });

/** A web address: `http:` or `https:` only (never `javascript:`, `data:`, `file:` …), at most 2 000 characters. */
export const HttpUrl = z
  .url()
  .max(MAX_URL)
  .superRefine((value, ctx) => {
    if (!URL.canParse(value)) return; // z.url() has named it
    const { protocol } = new URL(value);
    if (protocol !== 'http:' && protocol !== 'https:')
      ctx.addIssue({ code: 'custom', message: 'url_scheme', input: value });
  });

/** An e-mail address, at most 254 characters. */
export const Email = z.email().max(MAX_EMAIL);

/** Where a figure comes from: a document listed in `sources`, the place in it, and the figure's date. */
export const SourceRef = z.strictObject({
  document: Id.meta({ description: 'Id of a document in `sources`' }),
  locator: text(TEXT_LIMITS.line).optional().meta({ description: 'Section, table or page' }),
  date: PlanDate.optional().meta({ description: 'Date the figure refers to, when not the document date' }),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A document that figures are taken from. */
export const SourceDocument = z.strictObject({
  id: Id,
  title: text(TEXT_LIMITS.line),
  kind: z.enum(['case-report', 'presentation', 'statistics', 'statute', 'report', 'assumption', 'other']),
  publisher: text(TEXT_LIMITS.name).optional(),
  date: PlanDate.optional(),
  url: HttpUrl.optional(),
  note: note(TEXT_LIMITS.paragraph).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Non-negative amount in whole Norwegian kroner, at most {@link MAX_NOK}. */
export const Nok = z
  .number()
  .int({ message: 'Beløp i hele kroner' })
  .nonnegative()
  .max(MAX_NOK)
  .brand<'Nok'>();
export type Nok = z.infer<typeof Nok>;

/** Full-time equivalents (årsverk), to two decimals. */
export const Fte = z.number().nonnegative().max(10_000).multipleOf(0.01).brand<'Fte'>();
export type Fte = z.infer<typeof Fte>;
