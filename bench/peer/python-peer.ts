/**
 * The Python peer (`../shared/peers/coopgame_peer.py` beside the repository, numpy and scipy's HiGHS):
 * found, run on a game file and its JSON read. Only the bench uses it; the product never reads ../shared.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './games.ts';

/** Where the peer is expected: `../shared/peers/coopgame_peer.py` relative to the repository root. */
export const PEER_SCRIPT = resolve(REPO_ROOT, '../shared/peers/coopgame_peer.py');

export type PeerFinding =
  { available: true; script: string; versions: string } | { available: false; note: string };

/** Whether the peer script is there and `python3` can import numpy and scipy. */
export function findPeer(): PeerFinding {
  if (!existsSync(PEER_SCRIPT)) return { available: false, note: `no peer at ${PEER_SCRIPT}` };
  const check = spawnSync(
    'python3',
    ['-c', 'import sys, numpy, scipy; print(sys.version.split()[0], numpy.__version__, scipy.__version__)'],
    { encoding: 'utf8' },
  );
  if (check.error !== undefined || check.status !== 0) {
    return { available: false, note: 'python3 with numpy and scipy is not available' };
  }
  const [python, numpy, scipy] = check.stdout.trim().split(' ');
  return {
    available: true,
    script: PEER_SCRIPT,
    versions: `Python ${python}, numpy ${numpy}, scipy ${scipy}`,
  };
}

const Numbers = z.array(z.number());
const PeerOutput = z.object({
  players: z.array(z.string()),
  nucleolus: Numbers,
  shapley: Numbers,
  seconds: z.object({ nucleolus: z.number(), shapley: z.number() }),
});
export type PeerOutput = z.infer<typeof PeerOutput>;

/** Runs `coopgame_peer.py GAME --json --repeat K` (one warm-up, then K timed runs of each method). */
export function runPeer(script: string, gameFile: string, repeat: number): PeerOutput {
  const run = spawnSync('python3', [script, gameFile, '--json', '--repeat', String(repeat)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 30 * 60 * 1000,
  });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0) throw new Error(`the peer failed on ${gameFile}: ${run.stderr.trim()}`);
  return PeerOutput.parse(JSON.parse(run.stdout));
}
