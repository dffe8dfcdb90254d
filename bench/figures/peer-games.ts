/**
 * Flokk on the shared peer games (`bench/games/`), one nucleolus and one Shapley figure per game, each
 * compared in a second table with the Python peer on the same file (`bench/peer/`). Only the computation is
 * timed; the file is read and validated in `prepare`, as the peer loads it before its timer starts.
 * @module
 */
import { loadLpSolver } from '../../src/engine/games/lp-solver.ts';
import { nucleolus } from '../../src/engine/games/nucleolus.ts';
import { shapley } from '../../src/engine/games/shapley.ts';
import type { Figure, PeerResult } from '../harness.ts';
import { PEER_REPEAT } from '../peer/compare.ts';
import { PEER_GAMES, loadPeerGame, peerGameFile, type PeerGame } from '../peer/games.ts';

/** The exact nucleolus (sequential LPs, HiGHS) on the peer game. */
function nucleolusFigure(game: PeerGame): Figure {
  return {
    name: `Nucleolus ${game} (peer game, HiGHS)`,
    iterations: PEER_REPEAT,
    warmup: 1,
    peer: { game, gameFile: peerGameFile(game), method: 'nucleolus' },
    async prepare() {
      const solver = await loadLpSolver();
      const costGame = loadPeerGame(game);
      return (): PeerResult => ({
        players: costGame.players,
        allocation: nucleolus(costGame, solver).allocation,
      });
    },
  };
}

/** The exact Shapley value on the peer game. */
function shapleyFigure(game: PeerGame): Figure {
  return {
    name: `Shapley ${game} (peer game)`,
    iterations: PEER_REPEAT,
    warmup: 5,
    peer: { game, gameFile: peerGameFile(game), method: 'shapley' },
    prepare() {
      const costGame = loadPeerGame(game);
      return (): PeerResult => ({ players: costGame.players, allocation: shapley(costGame) });
    },
  };
}

export const peerGameFigures: readonly Figure[] = PEER_GAMES.flatMap((game) => [
  nucleolusFigure(game),
  shapleyFigure(game),
]);
