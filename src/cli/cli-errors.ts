/**
 * Errors that only the command line has. Domain errors come from `common/errors.ts`; these cover wrong use
 * of the command and failures of its surroundings (files, ports), which map to exit code 2 in `run-command.ts`,
 * and a service Flokk needs that cannot be reached (exit code 69).
 * @module
 */

/** The command was called wrongly (unknown command or option, missing argument). Usage is printed too. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to print; the general usage when absent. */
    readonly commandName?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure outside Flokk's control: a file that cannot be read, a port in use. The message is localised. */
export class CommandFailedError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'CommandFailedError';
  }
}

/**
 * A service outside Flokk could not be reached or did not answer as expected (SSB's API offline, refusing or
 * rate limiting). Nothing was changed; trying again later may work. The message is localised.
 */
export class ServiceUnavailableError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'ServiceUnavailableError';
  }
}
