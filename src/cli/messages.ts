/**
 * Every text the command line prints, in bokmål, nynorsk and English. Validation messages come from
 * `i18n/issue-messages.ts`; number formats from `i18n/format.ts`.
 * @module
 */
import type { BaselineScope } from '../case/schema/baseline.ts';
import type { Language } from '../i18n/language.ts';

const nb = {
  usageTitle: 'Bruk:',
  generalUsage: 'flokk KOMMANDO [valg] [--lang nb|nn|en] [--help]',
  commandsTitle: 'Kommandoer:',
  helpHint: 'Skriv «flokk KOMMANDO --help» for hjelp til en kommando.',
  commandHelpHint: (name: string) => `Skriv «flokk ${name} --help» for mer hjelp.`,
  missingCommand: 'Mangler kommando.',
  unknownCommand: (name: string) => `Ukjent kommando: ${name}`,
  unknownOption: (option: string) => `Ukjent valg: ${option}`,
  optionNeedsValue: (option: string) => `Valget ${option} mangler verdi`,
  unexpectedArgument: (arg: string) => `Uventet argument: ${arg}`,
  invalidArguments: 'Ugyldige argumenter',
  unknownLanguage: (value: string) => `Ukjent språk «${value}»; bruk nb, nn eller en`,
  unexpectedError: 'Det oppstod en uventet feil i Flokk.',
  missingFile: 'Mangler filnavn.',
  fileOrDefault: 'Oppgi enten FIL eller --default, ikke begge.',
  fileNotFound: (path: string) => `Fant ikke filen ${path}`,
  fileUnreadable: (path: string) => `Kan ikke lese filen ${path}`,
  unsupportedExtension: (path: string) => `Kjenner ikke filtypen til ${path}; bruk .json, .yaml eller .yml`,
  atPosition: (line: number, column: number) => `linje ${line}, kolonne ${column}`,
  invalidCase: (path: string) => `${path}: saken er ikke gyldig`,
  municipality: 'Kommune',
  fte: 'Årsverk',
  labourCost: 'Lønnskostnad',
  ages: 'Alder',
  total: 'Totalt',
  scope: { central: 'sentralt', decentral: 'desentralt' } satisfies Record<BaselineScope, string>,
  incompleteTotal: (missing: number) =>
    `Summen mangler tall fra ${missing} ${missing === 1 ? 'rad' : 'rader'}.`,
  documentedMismatch: (field: string, documented: string, computed: string) =>
    `Merk: kildens TOTALT-rad oppgir ${field.toLowerCase()} ${documented}; summen av radene er ${computed}.`,
  noBaseline: 'Saken har ingen grunnlagstall.',
  legend: '.. = tall mangler   : = skjermet (gruppen kan ha under 5 personer)',
  headcount: 'Antall personer',
  ownValue: (by: string, day: string) => `Egen verdi – lagt inn av ${by} ${day}`,
  deviates: (stated: string) => `Avviker fra kilden: kilden oppgir ${stated}`,
  listening: (url: string) => `Flokk kjører på ${url}`,
  storagePglite: (dir: string) => `Lagring: innebygd PostgreSQL (PGlite) i ${dir}`,
  storagePostgres: (target: string) => `Lagring: PostgreSQL-server ${target} (fra DATABASE_URL)`,
  newOwner: (email: string, password: string) =>
    `Logg inn som eier:\n  e-post:  ${email}\n  passord: ${password}\nPassordet vises bare denne ene gangen. Ta vare på det.`,
  passwordFromEnvironment: '(det du satte i FLOKK_OWNER_PASSWORD)',
  existingOwner: (email: string) =>
    `Logg inn som eier med e-post ${email}. Passordet ble skrevet ut første gang Flokk startet.\nFLOKK_OWNER_PASSWORD velger passordet når eierkontoen opprettes (ny datamappe eller database).`,
  stopHint: 'Stopp med Ctrl+C.',
  stopping: 'Stopper Flokk …',
  invalidPort: (value: string) => `Ugyldig port «${value}»; bruk et heltall fra 0 til 65535`,
  portInUse: (where: string) =>
    `Adressen ${where} er allerede i bruk. Velg en annen port med --port eller PORT.`,
  portDenied: (where: string) => `Flokk har ikke lov til å lytte på ${where}. Velg en port over 1023.`,
};

export type CliMessages = typeof nb;

const nn: CliMessages = {
  usageTitle: 'Bruk:',
  generalUsage: 'flokk KOMMANDO [val] [--lang nb|nn|en] [--help]',
  commandsTitle: 'Kommandoar:',
  helpHint: 'Skriv «flokk KOMMANDO --help» for hjelp til ein kommando.',
  commandHelpHint: (name) => `Skriv «flokk ${name} --help» for meir hjelp.`,
  missingCommand: 'Manglar kommando.',
  unknownCommand: (name) => `Ukjend kommando: ${name}`,
  unknownOption: (option) => `Ukjent val: ${option}`,
  optionNeedsValue: (option) => `Valet ${option} manglar verdi`,
  unexpectedArgument: (arg) => `Uventa argument: ${arg}`,
  invalidArguments: 'Ugyldige argument',
  unknownLanguage: (value) => `Ukjent språk «${value}»; bruk nb, nn eller en`,
  unexpectedError: 'Det oppstod ein uventa feil i Flokk.',
  missingFile: 'Manglar filnamn.',
  fileOrDefault: 'Oppgje anten FIL eller --default, ikkje begge.',
  fileNotFound: (path) => `Fann ikkje fila ${path}`,
  fileUnreadable: (path) => `Kan ikkje lese fila ${path}`,
  unsupportedExtension: (path) => `Kjenner ikkje filtypen til ${path}; bruk .json, .yaml eller .yml`,
  atPosition: (line, column) => `linje ${line}, kolonne ${column}`,
  invalidCase: (path) => `${path}: saka er ikkje gyldig`,
  municipality: 'Kommune',
  fte: 'Årsverk',
  labourCost: 'Lønskostnad',
  ages: 'Alder',
  total: 'Totalt',
  scope: { central: 'sentralt', decentral: 'desentralt' },
  incompleteTotal: (missing) => `Summen manglar tal frå ${missing} ${missing === 1 ? 'rad' : 'rader'}.`,
  documentedMismatch: (field: string, documented: string, computed: string) =>
    `Merk: TOTALT-rada i kjelda oppgir ${field.toLowerCase()} ${documented}; summen av radene er ${computed}.`,
  noBaseline: 'Saka har ingen grunnlagstal.',
  legend: '.. = tal manglar   : = skjerma (gruppa kan ha under 5 personar)',
  headcount: 'Talet på personar',
  ownValue: (by, day) => `Eigen verdi – lagt inn av ${by} ${day}`,
  deviates: (stated) => `Avvik frå kjelda: kjelda oppgir ${stated}`,
  listening: (url) => `Flokk køyrer på ${url}`,
  storagePglite: (dir) => `Lagring: innebygd PostgreSQL (PGlite) i ${dir}`,
  storagePostgres: (target) => `Lagring: PostgreSQL-tenar ${target} (frå DATABASE_URL)`,
  newOwner: (email, password) =>
    `Logg inn som eigar:\n  e-post:  ${email}\n  passord: ${password}\nPassordet blir vist berre denne eine gongen. Ta vare på det.`,
  passwordFromEnvironment: '(det du sette i FLOKK_OWNER_PASSWORD)',
  existingOwner: (email) =>
    `Logg inn som eigar med e-post ${email}. Passordet vart skrive ut første gong Flokk starta.\nFLOKK_OWNER_PASSWORD vel passordet når eigarkontoen blir oppretta (ny datamappe eller database).`,
  stopHint: 'Stopp med Ctrl+C.',
  stopping: 'Stoppar Flokk …',
  invalidPort: (value) => `Ugyldig port «${value}»; bruk eit heiltal frå 0 til 65535`,
  portInUse: (where) => `Adressa ${where} er alt i bruk. Vel ein annan port med --port eller PORT.`,
  portDenied: (where) => `Flokk har ikkje lov til å lytte på ${where}. Vel ein port over 1023.`,
};

const en: CliMessages = {
  usageTitle: 'Usage:',
  generalUsage: 'flokk COMMAND [options] [--lang nb|nn|en] [--help]',
  commandsTitle: 'Commands:',
  helpHint: 'Run "flokk COMMAND --help" for help on a command.',
  commandHelpHint: (name) => `Run "flokk ${name} --help" for more.`,
  missingCommand: 'No command given.',
  unknownCommand: (name) => `Unknown command: ${name}`,
  unknownOption: (option) => `Unknown option: ${option}`,
  optionNeedsValue: (option) => `Option ${option} needs a value`,
  unexpectedArgument: (arg) => `Unexpected argument: ${arg}`,
  invalidArguments: 'Invalid arguments',
  unknownLanguage: (value) => `Unknown language "${value}"; use nb, nn or en`,
  unexpectedError: 'An unexpected error occurred in Flokk.',
  missingFile: 'No file given.',
  fileOrDefault: 'Give either FILE or --default, not both.',
  fileNotFound: (path) => `File not found: ${path}`,
  fileUnreadable: (path) => `Cannot read the file ${path}`,
  unsupportedExtension: (path) => `Unknown file type of ${path}; use .json, .yaml or .yml`,
  atPosition: (line, column) => `line ${line}, column ${column}`,
  invalidCase: (path) => `${path}: the case is not valid`,
  municipality: 'Municipality',
  fte: 'FTE',
  labourCost: 'Labour cost',
  ages: 'Ages',
  total: 'Total',
  scope: { central: 'central', decentral: 'decentral' },
  incompleteTotal: (missing) => `The total lacks figures from ${missing} ${missing === 1 ? 'row' : 'rows'}.`,
  documentedMismatch: (field: string, documented: string, computed: string) =>
    `Note: the source's TOTAL row states ${field.toLowerCase()} ${documented}; the rows sum to ${computed}.`,
  noBaseline: 'The case has no baseline figures.',
  legend: '.. = figure missing   : = withheld (the group may have fewer than 5 persons)',
  headcount: 'Headcount',
  ownValue: (by, day) => `Own value – entered by ${by} ${day}`,
  deviates: (stated) => `Differs from the source: the source states ${stated}`,
  listening: (url) => `Flokk is running at ${url}`,
  storagePglite: (dir) => `Storage: embedded PostgreSQL (PGlite) in ${dir}`,
  storagePostgres: (target) => `Storage: PostgreSQL server ${target} (from DATABASE_URL)`,
  newOwner: (email, password) =>
    `Sign in as owner:\n  email:    ${email}\n  password: ${password}\nThe password is shown only this once. Keep it safe.`,
  passwordFromEnvironment: '(the one you set in FLOKK_OWNER_PASSWORD)',
  existingOwner: (email) =>
    `Sign in as owner with email ${email}. The password was printed when Flokk first started.\nFLOKK_OWNER_PASSWORD chooses the password when the owner account is created (new data folder or database).`,
  stopHint: 'Stop with Ctrl+C.',
  stopping: 'Stopping Flokk …',
  invalidPort: (value) => `Invalid port "${value}"; use a whole number from 0 to 65535`,
  portInUse: (where) => `The address ${where} is already in use. Choose another port with --port or PORT.`,
  portDenied: (where) => `Flokk may not listen on ${where}. Choose a port above 1023.`,
};

const MESSAGES: Record<Language, CliMessages> = { nb, nn, en };

/** The command line's texts in `language`. */
export function cliMessages(language: Language): CliMessages {
  return MESSAGES[language];
}
