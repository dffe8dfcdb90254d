/**
 * Where a value comes from. Exactly one of three things, so that Flokk never invents and never attributes:
 * - `source`: a document listed in `sources` and the place in it;
 * - `decision`: a point of a resolution (vedtak) recorded in the case, the body's own decision;
 * - `placeholder`: a value Flokk uses only so that something can be computed. It is shown as
 *   «plassholder – ikke fastsatt» wherever it is used, may name the role that ought to set it, and is never
 *   presented as if anyone had.
 * Documents written before schema version 2 said `assumption` with an `owner`; the migration turns those
 * into placeholders that the owner ought to set, since nothing shows that the owner decided the value.
 * @module
 */
import { z } from 'zod';
import { Id, SourceRef } from './common.ts';
import { TEXT_LIMITS, note, text } from './text.ts';

/** The highest point number a resolution may have (as `process.ts`). */
const MAX_POINT = 100;

export const SourceProvenance = z.strictObject({
  source: SourceRef,
  note: note(TEXT_LIMITS.paragraph).optional(),
});

export const DecisionProvenance = z.strictObject({
  decision: z.strictObject({
    resolutionId: Id.meta({ description: 'Id of a resolution (vedtak) in `resolutions`' }),
    point: z.number().int().positive().max(MAX_POINT).meta({ description: 'The point of the resolution' }),
  }),
  note: note(TEXT_LIMITS.paragraph).optional(),
});

export const PlaceholderProvenance = z.strictObject({
  placeholder: z.strictObject({
    toBeSetBy: text(TEXT_LIMITS.name)
      .optional()
      .meta({ description: 'The role that ought to set the value (never someone who has)' }),
    note: note(TEXT_LIMITS.paragraph).optional(),
  }),
});

/** Where an input comes from: a source, a recorded decision, or a placeholder. */
export const Provenance = z.union([SourceProvenance, DecisionProvenance, PlaceholderProvenance]);
export type Provenance = z.infer<typeof Provenance>;
export type PlaceholderProvenance = z.infer<typeof PlaceholderProvenance>;

/**
 * A placeholder provenance.
 * @example placeholder('Økonomisjefene', 'Ingen kilde.') // → { placeholder: { toBeSetBy: 'Økonomisjefene', note: 'Ingen kilde.' } }
 */
export function placeholder(toBeSetBy?: string, noteText?: string): Provenance {
  return {
    placeholder: {
      ...(toBeSetBy === undefined ? {} : { toBeSetBy }),
      ...(noteText === undefined ? {} : { note: noteText }),
    },
  };
}

/** True for a placeholder provenance. */
export function isPlaceholder(provenance: Provenance | undefined): provenance is PlaceholderProvenance {
  return provenance !== undefined && 'placeholder' in provenance;
}
