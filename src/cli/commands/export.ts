/**
 * `flokk export FILE|--default [--table ID|all] [--format xlsx|csv] [--scenario ID] [--language nb|nn|en] --out PATH`:
 * tables of a case as an Excel workbook or a CSV file, made by the same code as the API's export, as a reader's view.
 * @module
 */
import type { ExportSelection } from '../../case/export/export-bundle.ts';
import { isExportTableId } from '../../case/export/export-registry.ts';
import { EXPORT_TABLE_IDS } from '../../case/export/export-table.ts';
import { isLanguage, type Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';
import { writeExportFile } from '../write-export.ts';
import { EXPORT_HELP, EXPORT_TEXT } from './export-text.ts';

const NAME = 'export';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  table: { type: 'string' },
  format: { type: 'string' },
  scenario: { type: 'string' },
  language: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

const USAGE =
  'flokk export FIL|--default [--table ID|all] [--format xlsx|csv] [--scenario ID] [--language nb|nn|en] --out FIL';

function tableOption(value: string | undefined, language: Language): ExportSelection {
  if (value === undefined || value === 'all') return 'all';
  if (isExportTableId(value)) return value;
  throw new UsageError(EXPORT_TEXT[language].badTable(value, ['all', ...EXPORT_TABLE_IDS].join(', ')), NAME);
}

function formatOption(value: string | undefined, language: Language): 'xlsx' | 'csv' {
  if (value === undefined || value === 'xlsx' || value === 'csv') return value ?? 'xlsx';
  throw new UsageError(EXPORT_TEXT[language].badFormat(value), NAME);
}

export const exportCommand: Command = {
  name: NAME,
  usage: {
    nb: USAGE,
    nn: USAGE,
    en: USAGE.replaceAll('FIL', 'FILE'),
  },
  summary: {
    nb: 'Skriv tabeller som Excel-arbeidsbok (XLSX) eller CSV',
    nn: 'Skriv tabellar som Excel-arbeidsbok (XLSX) eller CSV',
    en: 'Write tables as an Excel workbook (XLSX) or CSV',
  },
  help: EXPORT_HELP,
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(exportCommand, language));
      return EXIT.ok;
    }
    const t = EXPORT_TEXT[language];
    const table = tableOption(values.table, language);
    const format = formatOption(values.format, language);
    if (table === 'all' && format === 'csv') throw new UsageError(t.csvAll, NAME);
    if (values.language !== undefined && !isLanguage(values.language))
      throw new UsageError(t.badLanguage(values.language), NAME);
    const tableLanguage: Language = values.language ?? language;
    if (values.out === undefined) throw new UsageError(t.missingOutput, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const scenarioId = values.scenario;
    if (scenarioId !== undefined && !document.scenarios.some((s) => s.id === scenarioId)) {
      const known = document.scenarios.map((s) => s.id).join(', ') || '–';
      throw new UsageError(t.unknownScenario(scenarioId, known), NAME);
    }
    const size = await writeExportFile(document, {
      table,
      format,
      scenarioId,
      language: tableLanguage,
      out: values.out,
      cwd: context.cwd,
      messages: language,
      now: new Date(),
    });
    io.stdout(t.wrote(values.out, size));
    return EXIT.ok;
  },
};
