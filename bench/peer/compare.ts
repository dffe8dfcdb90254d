/**
 * The second bench table: Flokk's median beside the Python peer's on the same game file, the ratio
 * Flokk/peer, and the largest difference between the two allocations (they must agree to 1e-6).
 * @module
 */
import { renderTextTable } from '../../src/cli/text-table.ts';
import type { Measurement, PeerLink, PeerResult } from '../harness.ts';
import { findPeer, runPeer, type PeerOutput } from './python-peer.ts';

/** Timed runs of each method in the peer, after its one warm-up; Flokk's peer figures use the same count. */
export const PEER_REPEAT = 9;
/** Flokk and the peer must give the same allocation to this (largest absolute difference). */
export const AGREEMENT = 1e-6;

/** The largest |a_i − b_i|, matching the peer's players to Flokk's by id; Infinity if they differ. */
export function largestDifference(
  flokk: ArrayLike<number>,
  players: readonly string[],
  peerPlayers: readonly string[],
  peer: readonly number[],
): number {
  if (players.length !== flokk.length || peerPlayers.length !== peer.length) return Infinity;
  if (players.length !== peerPlayers.length) return Infinity;
  let largest = 0;
  players.forEach((id, i) => {
    const j = peerPlayers.indexOf(id);
    const difference = j < 0 ? Infinity : Math.abs((flokk[i] as number) - (peer[j] as number));
    largest = Math.max(largest, Number.isNaN(difference) ? Infinity : difference);
  });
  return largest;
}

/** Runs the peer once per game file and renders the comparison table, with notes and warnings below it. */
export function peerComparison(measurements: readonly Measurement[]): string {
  const compared = measurements.filter((m): m is Measurement & { peer: PeerLink } => m.peer !== undefined);
  if (compared.length === 0) return '';
  const found = findPeer();
  const notes: string[] = [];
  const runs = new Map<string, PeerOutput>();
  if (found.available) {
    for (const { peer } of compared) {
      if (runs.has(peer.gameFile)) continue;
      process.stderr.write(`peer ${peer.game} (--repeat ${PEER_REPEAT}) …\n`);
      runs.set(peer.gameFile, runPeer(found.script, peer.gameFile, PEER_REPEAT));
    }
    notes.push(`peer: ${found.script} (${found.versions}), median of ${PEER_REPEAT} after 1 warm-up`);
  } else {
    notes.push(`peer skipped: ${found.note}`);
  }
  const ms = (value: number) => value.toFixed(3);
  const rows = compared.map(({ peer, median, result }) => {
    const run = runs.get(peer.gameFile);
    if (run === undefined) return [peer.game, peer.method, ms(median), '–', '–', '–'];
    const peerMs = run.seconds[peer.method] * 1000;
    const flokk = result as PeerResult;
    const difference = largestDifference(flokk.allocation, flokk.players, run.players, run[peer.method]);
    if (!(difference <= AGREEMENT)) {
      notes.push(
        `WARNING: ${peer.method} of ${peer.game}: Flokk and the peer differ by ${difference.toExponential(2)} ` +
          `(more than ${AGREEMENT})`,
      );
    }
    return [
      peer.game,
      peer.method,
      ms(median),
      ms(peerMs),
      (median / peerMs).toFixed(2),
      difference.toExponential(1),
    ];
  });
  return (
    renderTextTable(
      [
        { header: 'game', align: 'left' },
        { header: 'method', align: 'left' },
        { header: 'Flokk ms', align: 'right' },
        { header: 'peer ms', align: 'right' },
        { header: 'Flokk/peer', align: 'right' },
        { header: 'max |Δ|', align: 'right' },
      ],
      rows,
      [],
    ) + notes.map((note) => `${note}\n`).join('')
  );
}
