/**
 * `flokk validate FILE`: checks a case document (JSON or YAML) with the same parser as the server.
 * @module
 */
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { readCaseFile } from '../read-case-file.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'validate';

export const validateCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk validate FIL [--lang nb|nn|en]',
    nn: 'flokk validate FIL [--lang nb|nn|en]',
    en: 'flokk validate FILE [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Kontroller en sak (JSON eller YAML) og vis feil med feltets sti',
    nn: 'Kontroller ei sak (JSON eller YAML) og vis feil med stien til feltet',
    en: 'Check a case (JSON or YAML) and name the path of each invalid field',
  },
  help: {
    nb: [
      'Leser saken i FIL (.json, .yaml eller .yml), oppgraderer den til gjeldende schemaVersion og kontrollerer den.',
      'Skriver «OK: <tittel> (schemaVersion N)» når saken er gyldig, ellers én linje per feil som',
      '«baseline[2].fte: <melding>».',
      '',
      'Valg:',
      '  --lang nb|nn|en  språk for meldingene (standard nb)',
      '',
      'Avslutningskode: 0 gyldig, 1 ugyldig, 2 feil bruk eller filen kan ikke leses.',
    ].join('\n'),
    nn: [
      'Les saka i FIL (.json, .yaml eller .yml), oppgraderer henne til gjeldande schemaVersion og kontrollerer henne.',
      'Skriv «OK: <tittel> (schemaVersion N)» når saka er gyldig, elles éi linje per feil som',
      '«baseline[2].fte: <melding>».',
      '',
      'Val:',
      '  --lang nb|nn|en  språk for meldingane (standard nb)',
      '',
      'Avslutningskode: 0 gyldig, 1 ugyldig, 2 feil bruk eller fila kan ikkje lesast.',
    ].join('\n'),
    en: [
      'Reads the case in FILE (.json, .yaml or .yml), upgrades it to the current schemaVersion and checks it.',
      'Prints "OK: <title> (schemaVersion N)" when the case is valid, otherwise one line per issue such as',
      '"baseline[2].fte: <message>".',
      '',
      'Options:',
      '  --lang nb|nn|en  language of the messages (default nb)',
      '',
      'Exit code: 0 valid, 1 invalid, 2 wrong use or unreadable file.',
    ].join('\n'),
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(validateCommand, language));
      return EXIT.ok;
    }
    const file = positionals[0];
    if (file === undefined) throw new UsageError(cliMessages(language).missingFile, NAME);
    expectAtMostPositionals(positionals, 1, NAME, language);
    const document = await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    const title = document.title[language] ?? document.title.nb;
    io.stdout(`OK: ${title} (schemaVersion ${document.schemaVersion})\n`);
    return EXIT.ok;
  },
};
