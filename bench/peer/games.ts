/**
 * The shared peer games, copied into `bench/games/` (see PROVENANCE.md there), read the way
 * `flokk share --game` reads a game file.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGameFile } from '../../src/case/cost-sharing/game-file.ts';
import type { CostGame } from '../../src/engine/games/game.ts';

/** The games, in report order: one LP round (smooth) and several (rough), 12 and 14 players. */
export const PEER_GAMES = ['smooth-n12', 'rough-n12', 'smooth-n14', 'rough-n14'] as const;
export type PeerGame = (typeof PEER_GAMES)[number];

/** The repository's root folder, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a game file in `bench/games/`. */
export function peerGameFile(name: PeerGame): string {
  return fileURLToPath(new URL(`../games/${name}.json`, import.meta.url));
}

const loaded = new Map<PeerGame, CostGame>();

/** The game, parsed and validated by the product's own `parseGameFile`; throws with the issues if invalid. */
export function loadPeerGame(name: PeerGame): CostGame {
  const cached = loaded.get(name);
  if (cached !== undefined) return cached;
  const parsed = parseGameFile(JSON.parse(readFileSync(peerGameFile(name), 'utf8')), 'en');
  if (!parsed.success) {
    throw new Error(`bench/games/${name}.json: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
  }
  loaded.set(name, parsed.game);
  return parsed.game;
}
