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
  distribution_order: {
    nb: 'Verdiene må stå i rekkefølge: lav ≤ mest sannsynlig ≤ høy',
    nn: 'Verdiane må stå i rekkjefølgje: låg ≤ mest sannsynleg ≤ høg',
    en: 'Values must be in order: low ≤ most likely ≤ high',
  },
  distribution_sd_zero: {
    nb: 'Standardavviket må være større enn 0 (bruk «fast verdi» for et sikkert tall)',
    nn: 'Standardavviket må vere større enn 0 (bruk «fast verdi» for eit sikkert tal)',
    en: 'The standard deviation must be above 0 (use "fixed" for a certain value)',
  },
  missing_volume: {
    nb: 'Volumnøkkelen trenger et volumtall for hver deltakende kommune',
    nn: 'Volumnøkkelen treng eit volumtal for kvar deltakande kommune',
    en: 'The volume key needs a volume figure for every participating municipality',
  },
  not_finite: { nb: 'Må være et tall', nn: 'Må vere eit tal', en: 'Must be a number' },
  source_not_updated: {
    nb: 'Oppgi ny kilde for tallet eller merk det som egen verdi',
    nn: 'Oppgi ny kjelde for talet eller merk det som eigen verdi',
    en: 'Give a new source for the figure or mark it as your own value',
  },
  duplicate_coalition: {
    nb: 'Denne gruppen av kommuner har allerede en kostnad i tabellen',
    nn: 'Denne gruppa av kommunar har alt ein kostnad i tabellen',
    en: 'This group of municipalities already has a cost in the table',
  },
  duplicate_member: {
    nb: 'Kommunen står to ganger i samme gruppe',
    nn: 'Kommunen står to gonger i same gruppe',
    en: 'The municipality is listed twice in the same group',
  },
  duplicate_cost_game: {
    nb: 'Det finnes allerede en kostnadstabell for dette scenarioet og området',
    nn: 'Det finst alt ein kostnadstabell for dette scenarioet og området',
    en: 'There is already a cost table for this scenario and area',
  },
  text_lone_surrogate: {
    nb: 'Teksten inneholder et ugyldig tegn (et halvt tegnpar); skriv den inn på nytt',
    nn: 'Teksten inneheld eit ugyldig teikn (eit halvt teiknpar); skriv han inn på nytt',
    en: 'The text contains an invalid character (half a surrogate pair); type it again',
  },
  text_control_character: {
    nb: 'Teksten inneholder et kontrolltegn som ikke kan lagres',
    nn: 'Teksten inneheld eit kontrollteikn som ikkje kan lagrast',
    en: 'The text contains a control character that cannot be stored',
  },
  text_bidi_control: {
    nb: 'Teksten inneholder tegn som snur skriveretningen; fjern dem',
    nn: 'Teksten inneheld teikn som snur skriveretninga; fjern dei',
    en: 'The text contains characters that reverse the writing direction; remove them',
  },
  text_invisible: {
    nb: 'Må fylles ut med synlig tekst',
    nn: 'Må fyllast ut med synleg tekst',
    en: 'Must contain visible text',
  },
  provenance_required: {
    nb: 'Oppgi kilde eller antakelse for tallet',
    nn: 'Oppgi kjelde eller føresetnad for talet',
    en: 'Give the source or assumption for this figure',
  },
  date_not_in_calendar: {
    nb: 'Datoen finnes ikke i kalenderen',
    nn: 'Datoen finst ikkje i kalenderen',
    en: 'This date does not exist in the calendar',
  },
  date_out_of_range: {
    nb: 'Året må være mellom 1900 og 2100',
    nn: 'Året må vere mellom 1900 og 2100',
    en: 'The year must be between 1900 and 2100',
  },
  url_scheme: {
    nb: 'Nettadressen må begynne med http:// eller https://',
    nn: 'Nettadressa må byrje med http:// eller https://',
    en: 'The web address must start with http:// or https://',
  },
  too_many_entries: {
    nb: 'For mange oppføringer',
    nn: 'For mange oppføringar',
    en: 'Too many entries',
  },
  too_deeply_nested: {
    nb: 'Innstillingene er nøstet for dypt',
    nn: 'Innstillingane er nøsta for djupt',
    en: 'The options are nested too deeply',
  },
  option_key: {
    nb: 'Navnet på innstillingen kan bare ha bokstaver og sifre (a–z, 0–9)',
    nn: 'Namnet på innstillinga kan berre ha bokstavar og siffer (a–z, 0–9)',
    en: 'An option name may only have letters and digits (a–z, 0–9)',
  },
  scenario_not_computable: {
    nb: 'Scenarioet kan ikke beregnes med tallene i dette feltet; rett dem i scenarioet',
    nn: 'Scenarioet kan ikkje reknast ut med tala i dette feltet; rett dei i scenarioet',
    en: 'The scenario cannot be computed with the figures in this field; correct them in the scenario',
  },
  allocation_unavailable: {
    nb: 'Fordelingsmetoden kan ikke fordele dette områdets kostnader (se kostnadsfordelingen for årsaken); velg en annen nøkkel',
    nn: 'Fordelingsmetoden kan ikkje fordele kostnadene til dette området (sjå kostnadsfordelinga for årsaka); vel ein annan nøkkel',
    en: 'The allocation method cannot allocate this area’s costs (see cost sharing for the reason); choose another key',
  },
  scale_curve_order: {
    nb: 'Punktene på stordriftskurven må stå i stigende rekkefølge etter årsverk',
    nn: 'Punkta på stordriftskurva må stå i stigande rekkjefølgje etter årsverk',
    en: 'The points of the scale curve must be in increasing order of FTE',
  },
  missing_population: {
    nb: 'Folketallsnøkkelen trenger folketall for alle deltakende kommuner på samme dato',
    nn: 'Folketalsnøkkelen treng folketal for alle deltakande kommunar på same dato',
    en: 'The population key needs population figures for every participating municipality on one date',
  },
  direct_cost_one_member: {
    nb: 'En direkte kostnad tilhører én kommune; velg bare én',
    nn: 'Ein direkte kostnad høyrer til éin kommune; vel berre éin',
    en: 'A direct cost belongs to one municipality; choose only one',
  },
  key_required: {
    nb: 'Velg en fordelingsnøkkel for denne delen av budsjettet',
    nn: 'Vel ein fordelingsnøkkel for denne delen av budsjettet',
    en: 'Choose a cost key for this part of the budget',
  },
  margin_required: {
    nb: 'Et tjenestesalg trenger et påslag (0 % eller mer)',
    nn: 'Eit tenestesal treng eit påslag (0 % eller meir)',
    en: 'A service sale needs a margin (0 % or more)',
  },
  margin_only_service_sale: {
    nb: 'Bare tjenestesalg har påslag',
    nn: 'Berre tenestesal har påslag',
    en: 'Only a service sale has a margin',
  },
  duplicate_budget: {
    nb: 'Enheten har allerede et budsjett for dette året',
    nn: 'Eininga har alt eit budsjett for dette året',
    en: 'The unit already has a budget for this year',
  },
  not_a_member: {
    nb: 'Kommunen er ikke medlem av enheten',
    nn: 'Kommunen er ikkje medlem av eininga',
    en: 'The municipality is not a member of the unit',
  },
  leaves_before_joins: {
    nb: 'Datoen kommunen går ut, må være etter datoen den går inn',
    nn: 'Datoen kommunen går ut, må vere etter datoen han går inn',
    en: 'The date the municipality leaves must be after the date it joins',
  },
  ledger_separators_same: {
    nb: 'Tusenskille og desimaltegn kan ikke være samme tegn',
    nn: 'Tusenskilje og desimalteikn kan ikkje vere same teikn',
    en: 'The thousands separator and the decimal sign cannot be the same character',
  },
  ledger_column_twice: {
    nb: 'Kolonnen er allerede valgt for et annet felt',
    nn: 'Kolonnen er alt vald for eit anna felt',
    en: 'The column is already chosen for another field',
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

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_NAMES: Record<Language, Record<string, string>> = {
  nb: {
    number: 'et tall',
    string: 'tekst',
    boolean: 'ja/nei',
    object: 'et objekt',
    array: 'en liste',
    int: 'et heltall',
  },
  nn: {
    number: 'eit tal',
    string: 'tekst',
    boolean: 'ja/nei',
    object: 'eit objekt',
    array: 'ei liste',
    int: 'eit heiltal',
  },
  en: {
    number: 'a number',
    string: 'text',
    boolean: 'yes/no',
    object: 'an object',
    array: 'a list',
    int: 'a whole number',
  },
};

/** True when the issue is about a year: the field's name ends in «year» (`baseYear`, `startYear`, `year`). */
export function isYearField(issue: Issue): boolean {
  const last = [...(issue.path ?? [])].reverse().find((key) => typeof key === 'string');
  return typeof last === 'string' && /year$/i.test(last);
}

/**
 * Plain wording for the checks users meet most often in forms; Zod's locale words the rest. Zod's own
 * Norwegian ("For lite(n): forventet number til å ha >=0") reads like a developer message.
 */
function plainMessage(issue: Issue, language: Language): string | undefined {
  const names = TYPE_NAMES[language];
  const text = {
    nb: {
      required: 'Må fylles ut',
      type: 'Må være',
      min: 'Må være minst',
      max: 'Kan ikke være mer enn',
      minLength: 'Må fylles ut',
      step: 'Må være et multiplum av',
    },
    nn: {
      required: 'Må fyllast ut',
      type: 'Må vere',
      min: 'Må vere minst',
      max: 'Kan ikkje vere meir enn',
      minLength: 'Må fyllast ut',
      step: 'Må vere eit multiplum av',
    },
    en: {
      required: 'Required',
      type: 'Must be',
      min: 'Must be at least',
      max: 'Must be at most',
      minLength: 'Required',
      step: 'Must be a multiple of',
    },
  }[language];
  // A year is written without a thousands separator («minst 2000», not «minst 2 000»).
  const year = isYearField(issue);
  const number = (value: unknown) =>
    typeof value === 'number' && !year
      ? value.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO')
      : String(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return text.required;
      return `${text.type} ${names[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return text.minLength;
      if (issue.origin === 'number' || issue.origin === 'int') return `${text.min} ${number(issue.minimum)}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return `${text.max} ${number(issue.maximum)}`;
      return undefined;
    case 'not_multiple_of':
      return `${text.step} ${number(issue.divisor)}`;
    default:
      return undefined;
  }
}

/** An error map for `safeParse(data, { error })` that words Zod's checks in the given language. */
export function zodErrorMap(language: Language): z.core.$ZodErrorMap {
  const localeError = ZOD_LOCALES[language].localeError;
  return (issue) => plainMessage(issue, language) ?? localeError(issue);
}
