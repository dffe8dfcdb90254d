/**
 * Test helper: runs `flokk` in-process with the arguments given and collects what it writes, so CLI tests
 * read the exit code, standard output and standard error of one call.
 * @module
 */
import { runCli } from './main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `flokk …argv` with `cwd` as the working directory and the environment `env` (empty by default). */
export async function runCliCapture(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, { env, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
