/**
 * The baseline: today's staffing and costs per service area and municipality, as the sources give them.
 * A figure the sources do not give is `null` (shown as ".." like SSB does), never 0.
 * @module
 */
import { z } from 'zod';
import { Fte, Id, MAX_NOK, MAX_PERSONS, MunicipalityNumber, Nok, SourceRef, list } from './common.ts';
import { TEXT_LIMITS, note, text } from './text.ts';

const Age = z.number().int().min(15).max(75);
const Persons = z.number().int().nonnegative().max(MAX_PERSONS);

/** Ages as the source gives them: a range, a single figure, or counts per band. */
export const AgeInfo = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('range'), min: Age, max: Age }),
  z.strictObject({ kind: z.literal('single'), value: Age }),
  z.strictObject({
    kind: z.literal('bands'),
    // One band per age at most: 15 to 75.
    bands: list(z.strictObject({ from: Age, to: Age, count: Persons }), 61).min(1),
  }),
]);
export type AgeInfo = z.infer<typeof AgeInfo>;

/** An annual cost other than labour (systems, premises, ...). */
export const OtherCost = z.strictObject({
  kind: z.enum(['systems', 'premises', 'travel', 'other']),
  amount: Nok.nullable(),
  description: note(TEXT_LIMITS.line).optional(),
  source: SourceRef.optional(),
});

/** central: the unit's own staff, as in the documents' tables · decentral: the same work done out in other units. */
export const BaselineScope = z.enum(['central', 'decentral']);
export type BaselineScope = z.infer<typeof BaselineScope>;

/**
 * What the row's figures are: `budget` — the budget for `budgetYear`, as the seeds' tables say («Budsjett 2025»);
 * `asOfDocument` — the source gives them «per dato», as of its own date, so `budgetYear` is only the year Flokk
 * uses them for and is not shown as a budget year.
 */
export const FigureBasis = z.enum(['budget', 'asOfDocument']);
export type FigureBasis = z.infer<typeof FigureBasis>;

/** Fields of a baseline row that may carry a source. */
export const SourcedField = z.enum(['fte', 'headcount', 'labourCost', 'ages']);
export type SourcedField = z.infer<typeof SourcedField>;

/**
 * A document the figure is taken from, optionally with the value the document itself states, so Flokk can
 * mark a figure that no longer equals what its cited document says.
 */
export const FigureSourceRef = SourceRef.extend({
  statedValue: z
    .union([z.number().nonnegative().max(MAX_NOK), AgeInfo])
    .optional()
    .meta({ description: 'The value the document states for this figure' }),
});
export type FigureSourceRef = z.infer<typeof FigureSourceRef>;

/**
 * A value an editor entered without a document behind it: «egen verdi, lagt inn av X». It records who typed
 * it and when (the server sets both from the session and its clock); it attributes the value to no body.
 */
export const OwnValue = z.strictObject({
  entered: z.strictObject({
    by: text(TEXT_LIMITS.name).meta({ description: 'Display name of the editor who entered the value' }),
    at: z.iso.datetime({ offset: true }).meta({ description: 'When it was entered (server clock)' }),
  }),
  note: note(TEXT_LIMITS.paragraph).optional(),
});
export type OwnValue = z.infer<typeof OwnValue>;

/**
 * Where one baseline figure comes from: a document, or the editor's own value. The own value was added in
 * schema version 2 without a version bump: it is an additional, optional choice, so every document written
 * before it is still valid and means the same, and no upgrade has anything to rewrite.
 */
export const FigureSource = z.union([FigureSourceRef, OwnValue]);
export type FigureSource = z.infer<typeof FigureSource>;

export const BaselineRow = z
  .strictObject({
    areaId: Id,
    municipalityNumber: MunicipalityNumber,
    scope: BaselineScope.default('central'),
    budgetYear: z.number().int().min(2000).max(2100),
    /** Omitted: `budget`. */
    figureBasis: FigureBasis.optional(),
    fte: Fte.nullable().meta({ description: 'Årsverk' }),
    headcount: Persons.nullable().meta({ description: 'Number of persons, if known' }),
    labourCost: Nok.nullable().meta({ description: 'Labour cost incl. social costs, NOK per year' }),
    ages: AgeInfo.nullable(),
    otherCosts: list(OtherCost, 100).default([]),
    notes: note(TEXT_LIMITS.paragraph).optional(),
    sources: z.partialRecord(SourcedField, FigureSource).default(() => ({})),
  })
  .superRefine((row, ctx) => {
    if (row.ages?.kind === 'range' && row.ages.min > row.ages.max) {
      ctx.addIssue({ code: 'custom', path: ['ages', 'max'], message: 'age_range_inverted' });
    }
    if (row.ages?.kind === 'bands' && row.headcount !== null) {
      const counted = row.ages.bands.reduce((sum, band) => sum + band.count, 0);
      if (counted !== row.headcount) {
        ctx.addIssue({ code: 'custom', path: ['ages', 'bands'], message: 'age_bands_headcount_mismatch' });
      }
    }
  });
export type BaselineRow = z.infer<typeof BaselineRow>;

/**
 * A total as the source document states it (its TOTALT row). Kept beside the rows so Flokk can check the
 * document's arithmetic against the sum of the rows, instead of trusting either.
 */
export const DocumentedTotal = z.strictObject({
  areaId: Id,
  scope: BaselineScope.default('central'),
  fte: Fte.nullable(),
  labourCost: Nok.nullable(),
  source: SourceRef,
});
export type DocumentedTotal = z.infer<typeof DocumentedTotal>;
