/**
 * Localised messages for validation issues. Zod's own locales (no, nn, en) word the built-in checks;
 * Flokk's custom checks use message keys translated here.
 * @module
 */
import { z } from 'zod';
import type { Language } from './language.ts';

const CUSTOM: Record<string, Record<Language, string>> = {
  unknown_reference: {
    nb: 'Viser til noe som ikke finnes i saken',
    nn: 'Viser til noko som ikkje finst i saka',
    en: 'Refers to something that is not in the case',
  },
  duplicate_id: { nb: 'Id-en er brukt før', nn: 'Id-en er brukt før', en: 'This id is already used' },
  duplicate_baseline_row: {
    nb: 'Det finnes allerede en rad for dette området og denne kommunen',
    nn: 'Det finst alt ei rad for dette området og denne kommunen',
    en: 'There is already a row for this area and municipality',
  },
  age_range_inverted: {
    nb: 'Høyeste alder er lavere enn laveste',
    nn: 'Høgaste alder er lågare enn lågaste',
    en: 'Highest age is below the lowest',
  },
  age_bands_headcount_mismatch: {
    nb: 'Aldersgruppene summerer ikke til antall personer',
    nn: 'Aldersgruppene summerer ikkje til talet på personar',
    en: 'The age bands do not add up to the headcount',
  },
  not_an_object: {
    nb: 'Saken må være et JSON- eller YAML-objekt',
    nn: 'Saka må vere eit JSON- eller YAML-objekt',
    en: 'The case must be a JSON or YAML object',
  },
  unsupported_schema_version: {
    nb: 'Ukjent schemaVersion; denne versjonen av Flokk kan ikke lese saken',
    nn: 'Ukjend schemaVersion; denne versjonen av Flokk kan ikkje lese saka',
    en: 'Unknown schemaVersion; this version of Flokk cannot read the case',
  },
  invalid_json: {
    nb: 'Ikke gyldig JSON eller YAML',
    nn: 'Ikkje gyldig JSON eller YAML',
    en: 'Not valid JSON or YAML',
  },
};

const ZOD_LOCALES = { nb: z.locales.no(), nn: z.locales.nn(), en: z.locales.en() } as const;

/** Translates one of Flokk's own message keys; returns the key if it is not one. */
export function customMessage(key: string, language: Language): string {
  return CUSTOM[key]?.[language] ?? key;
}

/** An error map for `safeParse(data, { error })` that words Zod's checks in the given language. */
export function zodErrorMap(language: Language): z.core.$ZodErrorMap {
  const localeError = ZOD_LOCALES[language].localeError;
  return (issue) => localeError(issue);
}
