/**
 * `flokk serve`: starts the web app and API, and tells the user where it runs, where data is stored and
 * how to sign in. The server module is loaded only here, so the other commands work without it.
 * @module
 */
import { resolve } from 'node:path';
import type { Language } from '../../i18n/language.ts';
import type { RunningServer, StartOptions } from '../../server/start-server.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command, CommandContext } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages, type CliMessages } from '../messages.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'serve';

const OPTIONS = {
  ...COMMON_OPTIONS,
  port: { type: 'string' },
  host: { type: 'string' },
  // `npm run dev` passes --dev, but startServer has no development mode yet; accepted so the script runs.
  dev: { type: 'boolean' },
} as const;

/** The options given to `startServer`, from flags first, then environment variables. */
export type ServeOptions = StartOptions & { dataDir: string };

function parsePort(value: string, language: Language): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(cliMessages(language).invalidPort(value), NAME);
  return port;
}

/**
 * Resolves the server options from `--port`/`--host` and PORT, HOST, DATABASE_URL, FLOKK_DATA_DIR,
 * FLOKK_OWNER_PASSWORD.
 */
export function serveOptions(
  flags: { port?: string | undefined; host?: string | undefined },
  context: Pick<CommandContext, 'env' | 'cwd' | 'language'>,
): ServeOptions {
  const { env, cwd, language } = context;
  const options: ServeOptions = { dataDir: resolve(cwd, env['FLOKK_DATA_DIR'] || './data') };
  const port = flags.port ?? env['PORT'];
  if (port) options.port = parsePort(port, language);
  const host = flags.host ?? env['HOST'];
  if (host) options.host = host;
  if (env['DATABASE_URL']) options.databaseUrl = env['DATABASE_URL'];
  if (env['FLOKK_OWNER_PASSWORD']) options.ownerPassword = env['FLOKK_OWNER_PASSWORD'];
  return options;
}

/** Host, port and database of a connection URL, without user or password. */
function describeDatabase(databaseUrl: string | undefined): string {
  if (!databaseUrl) return '';
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return '';
  }
}

/** The lines printed once the server listens. */
export function startupText(
  server: Pick<RunningServer, 'url' | 'driver' | 'owner'>,
  options: ServeOptions,
  messages: CliMessages,
): string {
  const storage =
    server.driver === 'pglite'
      ? messages.storagePglite(options.dataDir)
      : messages.storagePostgres(describeDatabase(options.databaseUrl));
  const { email, password } = server.owner;
  // A password the user chose is not echoed to the terminal or a log.
  const shownPassword = password === options.ownerPassword ? messages.passwordFromEnvironment : password;
  const signIn =
    shownPassword === null ? messages.existingOwner(email) : messages.newOwner(email, shownPassword);
  return `${messages.listening(server.url)}\n${storage}\n\n${signIn}\n\n${messages.stopHint}\n`;
}

function listenFailure(error: unknown, options: ServeOptions, messages: CliMessages): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  // Node's listen errors carry the address and port that were refused.
  const host = 'address' in error ? String(error.address) : (options.host ?? '');
  const port = 'port' in error ? String(error.port) : String(options.port ?? '');
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') return new CommandFailedError(messages.portInUse(where), { cause: error });
  if (error.code === 'EACCES') return new CommandFailedError(messages.portDenied(where), { cause: error });
  return error;
}

export const serveCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk serve [--port N] [--host H] [--lang nb|nn|en]',
    nn: 'flokk serve [--port N] [--host H] [--lang nb|nn|en]',
    en: 'flokk serve [--port N] [--host H] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Start Flokk (nettleserappen og API-et)',
    nn: 'Start Flokk (nettlesarappen og API-et)',
    en: 'Start Flokk (the web app and the API)',
  },
  help: {
    nb: [
      'Starter Flokk og skriver ut adressen, hvor dataene lagres og hvordan du logger inn.',
      'Første gang opprettes en eierkonto, og passordet skrives ut én gang.',
      '',
      'Valg:',
      '  --port N  porten (eller PORT)',
      '  --host H  adressen det lyttes på (eller HOST)',
      '',
      'Miljøvariabler:',
      '  DATABASE_URL          bruk en PostgreSQL-server i stedet for innebygd PGlite',
      '  FLOKK_DATA_DIR        mappen for innebygd PGlite (standard ./data)',
      '  FLOKK_OWNER_PASSWORD  passordet eierkontoen får når den opprettes (ellers et tilfeldig)',
    ].join('\n'),
    nn: [
      'Startar Flokk og skriv ut adressa, kvar dataa blir lagra og korleis du loggar inn.',
      'Første gongen blir det oppretta ein eigarkonto, og passordet blir skrive ut éin gong.',
      '',
      'Val:',
      '  --port N  porten (eller PORT)',
      '  --host H  adressa det blir lytta på (eller HOST)',
      '',
      'Miljøvariablar:',
      '  DATABASE_URL          bruk ein PostgreSQL-tenar i staden for innebygd PGlite',
      '  FLOKK_DATA_DIR        mappa for innebygd PGlite (standard ./data)',
      '  FLOKK_OWNER_PASSWORD  passordet eigarkontoen får når han blir oppretta (elles eit tilfeldig)',
    ].join('\n'),
    en: [
      'Starts Flokk and prints the address, where data is stored and how to sign in.',
      'On first start an owner account is created and its password is printed once.',
      '',
      'Options:',
      '  --port N  the port (or PORT)',
      '  --host H  the address to listen on (or HOST)',
      '',
      'Environment:',
      '  DATABASE_URL          use a PostgreSQL server instead of embedded PGlite',
      '  FLOKK_DATA_DIR        folder of the embedded PGlite database (default ./data)',
      '  FLOKK_OWNER_PASSWORD  the password the owner account gets when created (random otherwise)',
    ].join('\n'),
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(serveCommand, language));
      return EXIT.ok;
    }
    expectAtMostPositionals(positionals, 0, NAME, language);
    const options = serveOptions(values, context);
    const messages = cliMessages(language);
    const { startServer } = await import('../../server/start-server.ts');
    const server = await startServer(options).catch((error: unknown) => {
      throw listenFailure(error, options, messages);
    });
    io.stdout(startupText(server, options, messages));
    const stop = () => {
      io.stdout(`${messages.stopping}\n`);
      server.close().catch(() => {
        process.exitCode = EXIT.internal;
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return EXIT.ok;
  },
};
