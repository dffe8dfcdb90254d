/**
 * What `flokk ssb` prints, in bokmål, nynorsk and English.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { SsbUpdateSummary } from '../../case/reference/ssb-update.ts';

const nb = {
  missingSubcommand: 'Skriv «flokk ssb update» eller «flokk ssb show».',
  unknownSubcommand: (word: string) => `Ukjent underkommando: ${word}`,
  invalidYears: (value: string) => `Ugyldig --years «${value}»; skriv for eksempel 2023-2025 eller 2024`,
  invalidNumber: (value: string) => `Ugyldig kommunenummer «${value}»; det har fire sifre, for eksempel 5028`,
  unknownMunicipality: (value: string) => `Referansedataene har ingen kommune med nummer ${value}.`,
  fetching: (count: number, base: string) =>
    `Henter ${count} tabelluttrekk fra SSB (${base}), ett om gangen med pause mellom …`,
  offline: (url: string) =>
    `Fikk ikke kontakt med SSB (${new URL(url).host}). Sjekk nettforbindelsen og prøv igjen. Ingenting ble skrevet.`,
  status: (status: number, url: string) =>
    status === 429
      ? `SSB ber oss vente (HTTP 429, for mange forespørsler). Prøv igjen om et minutt. Ingenting ble skrevet.`
      : status >= 500
        ? `SSB svarer ikke nå (HTTP ${status}). Prøv igjen senere. Ingenting ble skrevet.`
        : `SSB avviste spørringen (HTTP ${status}): ${url}\nTabellen kan ha endret seg. Ingenting ble skrevet.`,
  notJson: (url: string) => `SSB svarte ikke med JSON: ${url}\nIngenting ble skrevet.`,
  badAnswer: (problem: string) => `SSBs svar var ikke som ventet: ${problem}\nIngenting ble skrevet.`,
  cannotWrite: (path: string) => `Kan ikke skrive ${path}. Ingenting ble endret.`,
  written: (path: string, s: SsbUpdateSummary) =>
    [
      `Skrev referansedataene til ${path}.`,
      `Folketall: ${s.populationAdded} nye, ${s.populationChanged} endret, ${s.populationMissing} mangler hos SSB (..).`,
      `KOSTRA: ${s.kostraFigures} tall; ${s.kostraAdded} nye, ${s.kostraChanged} endret, ${s.kostraRemoved} som SSB nå viser som .. er fjernet.`,
      'Start Flokk på nytt for å bruke dem.',
    ].join('\n'),
  invalidFile: (path: string, problem: string) =>
    `Referansedatafilen ${path} er ugyldig (${problem}) og brukes ikke; viser tallene som følger med Flokk.`,
  fromFile: (path: string, at: string) => `Tall fra ${path}, hentet fra SSB ${at}.`,
  shipped: 'Tallene som følger med Flokk.',
  overview: (count: number, years: string, figures: number) =>
    `${count} kommuner; folketall 1. januar ${years}; ${figures} KOSTRA-tall.`,
  group: (n: number) => `KOSTRA-gruppe ${n}`,
  populationTitle: 'Folketall 1. januar',
  area: 'Areal',
  kostraTitle: 'Netto driftsutgifter, kr per innbygger',
  missingNote: '.. = tallet finnes ikke i dataene (som i SSBs tabeller), ikke null.',
};
export type SsbMessages = typeof nb;

const nn: SsbMessages = {
  ...nb,
  missingSubcommand: 'Skriv «flokk ssb update» eller «flokk ssb show».',
  unknownSubcommand: (word) => `Ukjend underkommando: ${word}`,
  invalidYears: (value) => `Ugyldig --years «${value}»; skriv til dømes 2023-2025 eller 2024`,
  invalidNumber: (value) => `Ugyldig kommunenummer «${value}»; det har fire siffer, til dømes 5028`,
  unknownMunicipality: (value) => `Referansedataa har ingen kommune med nummer ${value}.`,
  fetching: (count, base) =>
    `Hentar ${count} tabelluttrekk frå SSB (${base}), eitt om gongen med pause mellom …`,
  offline: (url) =>
    `Fekk ikkje kontakt med SSB (${new URL(url).host}). Sjekk nettsambandet og prøv igjen. Ingenting vart skrive.`,
  status: (status, url) =>
    status === 429
      ? `SSB ber oss vente (HTTP 429, for mange førespurnader). Prøv igjen om eit minutt. Ingenting vart skrive.`
      : status >= 500
        ? `SSB svarar ikkje no (HTTP ${status}). Prøv igjen seinare. Ingenting vart skrive.`
        : `SSB avviste spørjinga (HTTP ${status}): ${url}\nTabellen kan ha endra seg. Ingenting vart skrive.`,
  notJson: (url) => `SSB svarte ikkje med JSON: ${url}\nIngenting vart skrive.`,
  badAnswer: (problem) => `Svaret frå SSB var ikkje som venta: ${problem}\nIngenting vart skrive.`,
  cannotWrite: (path) => `Kan ikkje skrive ${path}. Ingenting vart endra.`,
  written: (path, s) =>
    [
      `Skreiv referansedataa til ${path}.`,
      `Folketal: ${s.populationAdded} nye, ${s.populationChanged} endra, ${s.populationMissing} manglar hos SSB (..).`,
      `KOSTRA: ${s.kostraFigures} tal; ${s.kostraAdded} nye, ${s.kostraChanged} endra, ${s.kostraRemoved} som SSB no viser som .. er fjerna.`,
      'Start Flokk på nytt for å bruke dei.',
    ].join('\n'),
  invalidFile: (path, problem) =>
    `Referansedatafila ${path} er ugyldig (${problem}) og blir ikkje brukt; viser tala som følgjer med Flokk.`,
  fromFile: (path, at) => `Tal frå ${path}, henta frå SSB ${at}.`,
  shipped: 'Tala som følgjer med Flokk.',
  overview: (count, years, figures) =>
    `${count} kommunar; folketal 1. januar ${years}; ${figures} KOSTRA-tal.`,
  populationTitle: 'Folketal 1. januar',
  kostraTitle: 'Netto driftsutgifter, kr per innbyggjar',
  missingNote: '.. = talet finst ikkje i dataa (som i tabellane til SSB), ikkje null.',
};

const en: SsbMessages = {
  missingSubcommand: 'Write "flokk ssb update" or "flokk ssb show".',
  unknownSubcommand: (word) => `Unknown subcommand: ${word}`,
  invalidYears: (value) => `Invalid --years "${value}"; write for example 2023-2025 or 2024`,
  invalidNumber: (value) => `Invalid municipality number "${value}"; it has four digits, for example 5028`,
  unknownMunicipality: (value) => `The reference data has no municipality numbered ${value}.`,
  fetching: (count, base) =>
    `Fetching ${count} table extracts from SSB (${base}), one at a time with a pause …`,
  offline: (url) =>
    `Could not reach SSB (${new URL(url).host}). Check the network connection and try again. Nothing was written.`,
  status: (status, url) =>
    status === 429
      ? 'SSB asks us to wait (HTTP 429, too many requests). Try again in a minute. Nothing was written.'
      : status >= 500
        ? `SSB is not answering now (HTTP ${status}). Try again later. Nothing was written.`
        : `SSB refused the query (HTTP ${status}): ${url}\nThe table may have changed. Nothing was written.`,
  notJson: (url) => `SSB did not answer with JSON: ${url}\nNothing was written.`,
  badAnswer: (problem) => `SSB's answer was not as expected: ${problem}\nNothing was written.`,
  cannotWrite: (path) => `Cannot write ${path}. Nothing was changed.`,
  written: (path, s) =>
    [
      `Wrote the reference data to ${path}.`,
      `Population: ${s.populationAdded} new, ${s.populationChanged} changed, ${s.populationMissing} missing at SSB (..).`,
      `KOSTRA: ${s.kostraFigures} figures; ${s.kostraAdded} new, ${s.kostraChanged} changed, ${s.kostraRemoved} that SSB now shows as .. removed.`,
      'Restart Flokk to use them.',
    ].join('\n'),
  invalidFile: (path, problem) =>
    `The reference data file ${path} is invalid (${problem}) and is not used; showing the figures shipped with Flokk.`,
  fromFile: (path, at) => `Figures from ${path}, fetched from SSB ${at}.`,
  shipped: 'The figures shipped with Flokk.',
  overview: (count, years, figures) =>
    `${count} municipalities; population on 1 January ${years}; ${figures} KOSTRA figures.`,
  group: (n) => `KOSTRA group ${n}`,
  populationTitle: 'Population on 1 January',
  area: 'Area',
  kostraTitle: 'Net operating expenditure, NOK per inhabitant',
  missingNote: ".. = the figure is not in the data (as in SSB's tables), not zero.",
};

const MESSAGES: Record<Language, SsbMessages> = { nb, nn, en };

export function ssbMessages(language: Language): SsbMessages {
  return MESSAGES[language];
}
