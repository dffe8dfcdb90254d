/**
 * SSB's and Kartverket's figures for all 357 municipalities, shipped with Flokk (`data/`, see its PROVENANCE.md)
 * and refreshed by `flokk ssb update`. The schema checks a dataset wherever one comes from, so a refreshed file
 * that is not what Flokk expects is refused, not half used. A figure SSB does not give is absent (shown `..`).
 * @module
 */
import { z } from 'zod';
import municipalities from './data/municipalities.json' with { type: 'json' };
import kostraIndicators from './data/kostra-indicators.json' with { type: 'json' };

const Number4 = z.string().regex(/^\d{4}$/);
const Year = z.number().int().min(1900).max(2100);

export const ReferenceMunicipality = z.strictObject({
  number: Number4,
  name: z.string().min(1).max(200),
  officialName: z.string().min(1).max(200),
  countyNumber: z.string().regex(/^\d{2}$/),
  county: z.string().min(1).max(200),
  /** Population at 1 January of each year (SSB 07459), by year. */
  population: z.record(z.string().regex(/^\d{4}$/), z.number().int().nonnegative()),
  areaKm2: z.number().nonnegative(),
  /** KOSTRA group 1–17 (SSB Klass 112). */
  kostraGroup: z.number().int().min(1).max(17),
  neighbours: z.array(z.strictObject({ number: Number4, border: z.enum(['land', 'sea']) })),
});
export type ReferenceMunicipality = z.infer<typeof ReferenceMunicipality>;

/**
 * One KOSTRA figure: net operating expenditure for a function or function group in a region and year.
 * `region` is a kommunenummer, a KOSTRA group (`EKG07`) or the country as SSB writes it (`EAKUO`: the country
 * without Oslo; `EAK`: the whole country).
 */
export const KostraFigure = z.strictObject({
  region: z.string().regex(/^(\d{4}|EKG\d{2}|EAK|EAKUO)$/),
  year: Year,
  code: z.string().min(1).max(20),
  label: z.string().min(1).max(200),
  amount1000Nok: z.number().nullable(),
  perInhabitantNok: z.number().nullable(),
  table: z.enum(['12362', '12367']),
});
export type KostraFigure = z.infer<typeof KostraFigure>;

export const ReferenceDataset = z.strictObject({
  municipalities: z.array(ReferenceMunicipality).min(1).max(1000),
  kostraIndicators: z.array(KostraFigure).max(1_000_000),
  /** When `flokk ssb update` fetched the figures (absent in the shipped files, which PROVENANCE.md dates). */
  retrievedAt: z.iso.datetime({ offset: true }).optional(),
  /** The SSB addresses it queried, so anyone can fetch the same figures again. */
  queries: z
    .array(z.url({ protocol: /^https?$/ }).max(2_000))
    .max(1_000)
    .optional(),
});
export type ReferenceDataset = z.infer<typeof ReferenceDataset>;

/** «Kilde: …» lines to show beside the figures (NLOD and CC BY 4.0 require naming the source). */
export const REFERENCE_ATTRIBUTION = {
  ssb: 'Kilde: Statistisk sentralbyrå (SSB), Statistikkbanken tabell 07459, 12362 og 12367; KOSTRA-gruppering (Klass 112). Norsk lisens for offentlige data (NLOD).',
  kartverket: 'Areal og grenser: © Kartverket (CC BY 4.0).',
} as const;

/**
 * Reads a reference data file's text: the dataset, or why it cannot be used. Nothing of an invalid file is
 * used, so a figure never comes half from one dataset and half from another.
 */
export function parseReferenceDataJson(
  text: string,
): { success: true; dataset: ReferenceDataset } | { success: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { success: false, problem: 'not JSON' };
  }
  const parsed = ReferenceDataset.safeParse(json);
  if (parsed.success) return { success: true, dataset: parsed.data };
  const issue = parsed.error.issues[0];
  return { success: false, problem: `${issue?.path.join('.') || '(document)'}: ${issue?.message ?? ''}` };
}

let shipped: ReferenceDataset | undefined;

/** The dataset shipped with this build (parsed once). */
export function shippedReferenceData(): ReferenceDataset {
  shipped ??= ReferenceDataset.parse({ municipalities, kostraIndicators });
  return shipped;
}
