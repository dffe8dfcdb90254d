/**
 * `flokk ics FILE|--default [--revision-time ISO] > x.ics`: the iCalendar feed of political meetings and
 * milestones. DTSTAMP is `--revision-time`, else the file's modification time, else midnight of `--today`.
 * @module
 */
import { caseCalendar } from '../../case/process/icalendar.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument, todayOption } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'ics';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  today: { type: 'string' },
  'revision-time': { type: 'string' },
} as const;

const BAD_TIME: Record<Language, string> = {
  nb: 'Ugyldig --revision-time; bruk et ISO-tidspunkt',
  nn: 'Ugyldig --revision-time; bruk eit ISO-tidspunkt',
  en: 'Invalid --revision-time; use an ISO timestamp',
};

export const icsCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk ics FIL|--default [--revision-time ISO] [--lang nb|nn|en] > sak.ics',
    nn: 'flokk ics FIL|--default [--revision-time ISO] [--lang nb|nn|en] > sak.ics',
    en: 'flokk ics FILE|--default [--revision-time ISO] [--lang nb|nn|en] > case.ics',
  },
  summary: {
    nb: 'Skriv politiske møter og milepæler som iCalendar',
    nn: 'Skriv politiske møte og milepælar som iCalendar',
    en: 'Write political meetings and milestones as iCalendar',
  },
  help: {
    nb: 'Skriver en iCalendar-fil (RFC 5545) med ett heldagsarrangement per politisk møte og milepæl.\n\nValg:\n  --revision-time T  tidsstempel (DTSTAMP); standard filens endringstid',
    nn: 'Skriv ei iCalendar-fil (RFC 5545) med eitt heildagsarrangement per politisk møte og milepæl.\n\nVal:\n  --revision-time T  tidsstempel (DTSTAMP); standard endringstida til fila',
    en: 'Writes an iCalendar file (RFC 5545) with one all-day event per political meeting and milestone.\n\nOptions:\n  --revision-time T  timestamp (DTSTAMP); default the file modification time',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(icsCommand, language));
      return EXIT.ok;
    }
    const { document, modified } = await loadCaseArgument(positionals, values.default, context, NAME);
    const requested = values['revision-time'];
    if (requested !== undefined && Number.isNaN(Date.parse(requested)))
      throw new UsageError(BAD_TIME[language], NAME);
    const revisionTime = requested ?? modified ?? `${todayOption(values.today, language, NAME)}T00:00:00Z`;
    io.stdout(caseCalendar(document, { revisionTime, language }));
    return EXIT.ok;
  },
};
