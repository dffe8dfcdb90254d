/** The words of `flokk export` and `flokk show --xlsx`, per language. @module */
import type { Language } from '../../i18n/language.ts';

export interface ExportText {
  missingOutput: string;
  badTable: (value: string, ids: string) => string;
  badFormat: (value: string) => string;
  badLanguage: (value: string) => string;
  csvAll: string;
  unknownScenario: (value: string, known: string) => string;
  nothing: (table: string) => string;
  cannotWrite: (path: string) => string;
  wrote: (path: string, size: number) => string;
}

export const EXPORT_TEXT: Record<Language, ExportText> = {
  nb: {
    missingOutput: 'Oppgi filen det skal skrives til med --out FIL',
    badTable: (value, ids) => `--table: «${value}» er ikke en tabell. Velg en av: ${ids}`,
    badFormat: (value) => `--format: «${value}» er ikke støttet. Velg xlsx eller csv`,
    badLanguage: (value) => `--language: «${value}» er ikke støttet. Velg nb, nn eller en`,
    csvAll:
      '--format csv gir én tabell per fil. Velg en tabell med --table, eller bruk --format xlsx for hele saken',
    unknownScenario: (value, known) =>
      `--scenario: saken har ikke scenarioet «${value}». Saken har: ${known}`,
    nothing: (table) => `Saken har ingenting å eksportere for tabellen «${table}» (ennå)`,
    cannotWrite: (path) => `Kunne ikke skrive ${path}`,
    wrote: (path, size) => `Skrev ${path} (${size} byte)\n`,
  },
  nn: {
    missingOutput: 'Oppgi fila det skal skrivast til med --out FIL',
    badTable: (value, ids) => `--table: «${value}» er ikkje ein tabell. Vel ein av: ${ids}`,
    badFormat: (value) => `--format: «${value}» er ikkje støtta. Vel xlsx eller csv`,
    badLanguage: (value) => `--language: «${value}» er ikkje støtta. Vel nb, nn eller en`,
    csvAll:
      '--format csv gir éin tabell per fil. Vel ein tabell med --table, eller bruk --format xlsx for heile saka',
    unknownScenario: (value, known) => `--scenario: saka har ikkje scenarioet «${value}». Saka har: ${known}`,
    nothing: (table) => `Saka har ingenting å eksportere for tabellen «${table}» (enno)`,
    cannotWrite: (path) => `Kunne ikkje skrive ${path}`,
    wrote: (path, size) => `Skreiv ${path} (${size} byte)\n`,
  },
  en: {
    missingOutput: 'Give the file to write with --out FILE',
    badTable: (value, ids) => `--table: «${value}» is not a table. Choose one of: ${ids}`,
    badFormat: (value) => `--format: «${value}» is not supported. Choose xlsx or csv`,
    badLanguage: (value) => `--language: «${value}» is not supported. Choose nb, nn or en`,
    csvAll:
      '--format csv holds one table per file. Choose a table with --table, or use --format xlsx for the whole case',
    unknownScenario: (value, known) => `--scenario: the case has no scenario «${value}». It has: ${known}`,
    nothing: (table) => `The case has nothing to export for the table «${table}» (yet)`,
    cannotWrite: (path) => `Could not write ${path}`,
    wrote: (path, size) => `Wrote ${path} (${size} bytes)\n`,
  },
};

const OPTIONS_HELP: Record<Language, string> = {
  nb: `Valg:\n  --default              bruk den innebygde saken (Skaun, Melhus og Midtre Gauldal)\n  --table ID|all         tabellen (standard all: hele saken som én arbeidsbok)\n  --format xlsx|csv      filformatet (standard xlsx; csv gir én tabell)\n  --scenario ID          scenarioet for scenariotabellene (standard: det første)\n  --language nb|nn|en    språket i tabellene (standard som --lang)\n  --out FIL, -o FIL      filen det skrives til (en fil som finnes, skrives over)\n  --lang nb|nn|en        språk for meldinger`,
  nn: `Val:\n  --default              bruk den innebygde saka (Skaun, Melhus og Midtre Gauldal)\n  --table ID|all         tabellen (standard all: heile saka som éi arbeidsbok)\n  --format xlsx|csv      filformatet (standard xlsx; csv gir éin tabell)\n  --scenario ID          scenarioet for scenariotabellane (standard: det første)\n  --language nb|nn|en    språket i tabellane (standard som --lang)\n  --out FIL, -o FIL      fila det blir skrive til (ei fil som finst, blir skriven over)\n  --lang nb|nn|en        språk for meldingar`,
  en: `Options:\n  --default              use the embedded case (Skaun, Melhus and Midtre Gauldal)\n  --table ID|all         the table (default all: the whole case as one workbook)\n  --format xlsx|csv      the file format (default xlsx; csv holds one table)\n  --scenario ID          the scenario of the scenario tables (default: the first)\n  --language nb|nn|en    the language of the tables (default as --lang)\n  --out FILE, -o FILE    the file to write (an existing file is overwritten)\n  --lang nb|nn|en        language of messages`,
};

export const EXPORT_HELP: Record<Language, string> = {
  nb: `Skriver tabeller fra saken som Excel-arbeidsbok (XLSX: ekte tall med norske tallformater, ett ark per tabell og et\nark «Kilder») eller som CSV slik norsk Excel åpner den (semikolon, desimalkomma, UTF-8 med BOM).\nUtskriften regnes som en lesers visning: alder i grupper som kan ha færre enn 5 personer, skjermes («:»).\nTabeller: baseline, profile, benchmark, cash-flows, budget-view, socio-economic-view, cost-sharing, fairness, people, departures,\nswitchboard, model-matrix, model-ranking.\n\n${OPTIONS_HELP.nb}`,
  nn: `Skriv tabellar frå saka som Excel-arbeidsbok (XLSX: ekte tal med norske talformat, eitt ark per tabell og eit\nark «Kjelder») eller som CSV slik norsk Excel opnar ho (semikolon, desimalkomma, UTF-8 med BOM).\nUtskrifta blir rekna som visninga til ein lesar: alder i grupper som kan ha færre enn 5 personar, blir skjerma («:»).\nTabellar: baseline, profile, benchmark, cash-flows, budget-view, socio-economic-view, cost-sharing, fairness, people, departures,\nswitchboard, model-matrix, model-ranking.\n\n${OPTIONS_HELP.nn}`,
  en: `Writes tables of the case as an Excel workbook (XLSX: real numbers with Norwegian number formats, one sheet per table\nand a «Sources» sheet) or as CSV the way Norwegian Excel opens it (semicolon, decimal comma, UTF-8 with BOM).\nThe output is treated as a reader's view: ages of groups that may have fewer than 5 persons are withheld («:»).\nTables: baseline, profile, benchmark, cash-flows, budget-view, socio-economic-view, cost-sharing, fairness, people, departures,\nswitchboard, model-matrix, model-ranking.\n\n${OPTIONS_HELP.en}`,
};
