/**
 * Building blocks shared by every part of the case document.
 * @module
 */
import { z } from 'zod';

/** A Norwegian kommunenummer: four digits, e.g. `5029` for Skaun. */
export const MunicipalityNumber = z
  .string()
  .regex(/^\d{4}$/, { message: 'Kommunenummer har fire sifre' })
  .brand<'MunicipalityNumber'>()
  .meta({ description: 'Kommunenummer, four digits (e.g. 5029 Skaun)', example: '5029' });
export type MunicipalityNumber = z.infer<typeof MunicipalityNumber>;

/** An identifier inside the document: lower-case letters, digits and hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'Id: små bokstaver, sifre og bindestrek' })
  .meta({ description: 'Identifier: lower-case letters, digits and hyphens' });

/** Text in bokmål, with nynorsk and English translations where given. */
export const LocalizedText = z.strictObject({
  nb: z.string().trim().min(1),
  nn: z.string().trim().min(1).optional(),
  en: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A calendar date `2026-03-10`, or a month `2026-06` where the source names only the month. */
export const PlanDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    message: 'Dato som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM',
  })
  .meta({ description: 'A date (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM)' });
export type PlanDate = z.infer<typeof PlanDate>;

export const IsoDate = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD' });

/** Where a figure comes from: a document listed in `sources`, the place in it, and the figure's date. */
export const SourceRef = z.strictObject({
  document: Id.meta({ description: 'Id of a document in `sources`' }),
  locator: z.string().trim().min(1).optional().meta({ description: 'Section, table or page' }),
  date: PlanDate.optional().meta({ description: 'Date the figure refers to, when not the document date' }),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A document that figures are taken from. */
export const SourceDocument = z.strictObject({
  id: Id,
  title: z.string().trim().min(1),
  kind: z.enum(['case-report', 'presentation', 'statistics', 'statute', 'report', 'assumption', 'other']),
  publisher: z.string().trim().min(1).optional(),
  date: PlanDate.optional(),
  url: z.url().optional(),
  note: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Non-negative amount in whole Norwegian kroner. */
export const Nok = z.number().int({ message: 'Beløp i hele kroner' }).nonnegative().brand<'Nok'>();
export type Nok = z.infer<typeof Nok>;

/** Full-time equivalents (årsverk), to two decimals. */
export const Fte = z.number().nonnegative().max(10_000).multipleOf(0.01).brand<'Fte'>();
export type Fte = z.infer<typeof Fte>;
