/**
 * Runs `flokk serve` as a real child process on a free port with its own data folder, so browser tests
 * exercise the same start path as `npm start`, including a restart on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/flokk.mjs', import.meta.url));

export interface FlokkProcess {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export function startFlokk(dataDir: string, env: Record<string, string> = {}): Promise<FlokkProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, FLOKK_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`flokk serve did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/[\w.-]+:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[0],
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`flokk serve exited with ${code}:\n${output}`));
    });
  });
}
