/**
 * What the importer says about a cell, in bokmål, nynorsk and English, and the sentence that places it:
 * «Ark Grunnlag, rad 7, kolonne Årsverk: Må være et tall, ikke «sju»». The schema's own checks keep their
 * wording from `i18n/issue-messages.ts`; these are the problems only a spreadsheet has.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

type Words = Record<Language, string>;

const MESSAGES: Record<string, Words> = {
  not_a_number: {
    nb: 'Må være et tall, ikke «{value}»',
    nn: 'Må vere eit tal, ikkje «{value}»',
    en: 'Must be a number, not “{value}”',
  },
  formula_error: {
    nb: 'Formelen i cellen gir feil ({value}); skriv inn tallet',
    nn: 'Formelen i cella gir feil ({value}); skriv inn talet',
    en: 'The formula in the cell gives an error ({value}); type the figure',
  },
  not_a_time: {
    nb: 'Må være et klokkeslett som 08:00, ikke «{value}»',
    nn: 'Må vere eit klokkeslett som 08:00, ikkje «{value}»',
    en: 'Must be a time of day such as 08:00, not “{value}”',
  },
  unknown_choice: {
    nb: 'Ukjent verdi «{value}»; bruk en av: {choices}',
    nn: 'Ukjend verdi «{value}»; bruk ein av: {choices}',
    en: 'Unknown value “{value}”; use one of: {choices}',
  },
  unknown_municipality: {
    nb: 'Kommunenummer {value} er ikke med i saken',
    nn: 'Kommunenummer {value} er ikkje med i saka',
    en: 'Municipality number {value} is not in the case',
  },
  unknown_area: {
    nb: 'Saken har ikke tjenesteområdet «{value}»',
    nn: 'Saka har ikkje tenesteområdet «{value}»',
    en: 'The case has no service area “{value}”',
  },
  unknown_scenario: {
    nb: 'Saken har ikke scenarioet «{value}»',
    nn: 'Saka har ikkje scenarioet «{value}»',
    en: 'The case has no scenario “{value}”',
  },
  unknown_scenario_area: {
    nb: 'Scenarioet har ikke tjenesteområdet «{value}»',
    nn: 'Scenarioet har ikkje tenesteområdet «{value}»',
    en: 'The scenario does not have the service area “{value}”',
  },
  duplicate_key: {
    nb: 'Samme nøkkel som rad {value}; hver rad kan stå bare én gang',
    nn: 'Same nøkkel som rad {value}; kvar rad kan stå berre éin gong',
    en: 'Same key as row {value}; each row may appear only once',
  },
  missing_column: {
    nb: 'Kolonnen mangler; bruk malen fra Flokk',
    nn: 'Kolonnen manglar; bruk malen frå Flokk',
    en: 'The column is missing; use the template from Flokk',
  },
  duplicate_column: {
    nb: 'Kolonnen står to ganger',
    nn: 'Kolonnen står to gonger',
    en: 'The column appears twice',
  },
  missing_sheet: {
    nb: 'Arbeidsboken har ikke arket «{value}»',
    nn: 'Arbeidsboka har ikkje arket «{value}»',
    en: 'The workbook has no sheet “{value}”',
  },
  age_several_forms: {
    nb: 'Fyll ut enten «Alder (ett tall)», «Alder fra» og «Alder til», eller «Aldersgrupper» – bare én av dem',
    nn: 'Fyll ut anten «Alder (eitt tal)», «Alder frå» og «Alder til», eller «Aldersgrupper» – berre éin av dei',
    en: 'Fill in either “Age (one figure)”, “Age from” and “Age to”, or “Age bands” – only one of them',
  },
  age_range_incomplete: {
    nb: 'Fyll ut både «Alder fra» og «Alder til»',
    nn: 'Fyll ut både «Alder frå» og «Alder til»',
    en: 'Fill in both “Age from” and “Age to”',
  },
  age_bands_format: {
    nb: 'Skriv aldersgruppene som «20–29: 3; 30–39: 4» (fra–til: antall personer)',
    nn: 'Skriv aldersgruppene som «20–29: 3; 30–39: 4» (frå–til: talet på personar)',
    en: 'Write the age bands as “20–29: 3; 30–39: 4” (from–to: persons)',
  },
  source_format: {
    nb: 'Skriv kilden som «kilde-id: plassering i kilden» eller «Egen verdi»',
    nn: 'Skriv kjelda som «kjelde-id: plassering i kjelda» eller «Eigen verdi»',
    en: 'Write the source as “source-id: place in the source” or “Own value”',
  },
  unknown_source: {
    nb: 'Saken har ingen kilde med id «{value}»; se listen på arket «Slik fyller du ut»',
    nn: 'Saka har inga kjelde med id «{value}»; sjå lista på arket «Slik fyller du ut»',
    en: 'The case has no source with id “{value}”; see the list on the sheet “How to fill in”',
  },
  other_costs_several: {
    nb: 'Raden har flere kostnader av dette slaget; endre dem i skjemaet i Flokk',
    nn: 'Rada har fleire kostnader av dette slaget; endre dei i skjemaet i Flokk',
    en: 'The row has several costs of this kind; change them in the form in Flokk',
  },
  too_many_rows: {
    nb: 'Arket har flere enn {value} rader',
    nn: 'Arket har fleire enn {value} rader',
    en: 'The sheet has more than {value} rows',
  },
  text_too_long: {
    nb: 'Teksten er lengre enn {value} tegn',
    nn: 'Teksten er lengre enn {value} teikn',
    en: 'The text is longer than {value} characters',
  },
  too_many_issues: {
    nb: 'Det er flere feil enn de {value} som er vist; rett disse og last opp igjen',
    nn: 'Det er fleire feil enn dei {value} som er viste; rett desse og last opp att',
    en: 'There are more errors than the {value} shown; correct these and upload again',
  },
  not_a_workbook: {
    nb: 'Filen er ikke en Excel-arbeidsbok (.xlsx) som kan leses',
    nn: 'Fila er ikkje ei Excel-arbeidsbok (.xlsx) som kan lesast',
    en: 'The file is not a readable Excel workbook (.xlsx)',
  },
  workbook_too_large: {
    nb: 'Arbeidsboken er for stor når den pakkes ut (over {value} MB)',
    nn: 'Arbeidsboka er for stor når ho blir pakka ut (over {value} MB)',
    en: 'The workbook is too large when unpacked (over {value} MB)',
  },
};

/** The message for an importer's code with `{value}` and `{choices}` filled in; the code itself if unknown. */
export function importMessage(code: string, language: Language, fill: Record<string, string> = {}): string {
  const template = MESSAGES[code]?.[language];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => fill[name] ?? '');
}

const PLACE: Record<Language, { sheet: string; row: string; column: string }> = {
  nb: { sheet: 'Ark', row: 'rad', column: 'kolonne' },
  nn: { sheet: 'Ark', row: 'rad', column: 'kolonne' },
  en: { sheet: 'Sheet', row: 'row', column: 'column' },
};

/**
 * Where a problem is, as a person says it: «Ark Grunnlag, rad 7, kolonne Årsverk»; shorter where the problem
 * has no sheet (a CSV file: «Rad 7, kolonne Beløp»), row or column (a missing sheet).
 */
export function placeWords(
  place: { sheet: string | null; row: number | null; column: string | null },
  language: Language,
): string {
  const words = PLACE[language];
  const parts: string[] = [];
  if (place.sheet !== null) parts.push(`${words.sheet} ${place.sheet}`);
  if (place.row !== null) parts.push(`${words.row} ${place.row}`);
  if (place.column !== null) parts.push(`${words.column} ${place.column}`);
  const joined = parts.join(', ');
  // A CSV has no sheet, so the sentence may start with the row: «Rad 7, kolonne Beløp».
  return joined.charAt(0).toLocaleUpperCase('nb-NO') + joined.slice(1);
}
