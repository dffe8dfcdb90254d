/**
 * The benchmark figures, in report order. Adding one: a module in `figures/` and one line here.
 * @module
 */
import { baselineTotals10k } from './figures/baseline-totals-10k.ts';
import { erlangLarge } from './figures/erlang.ts';
import { erlangSweep100k } from './figures/erlang-sweep.ts';
import { nucleolus12, nucleolusPlain12, shapley20 } from './figures/games.ts';
import { monteCarlo100k, monteCarloBaseline100k } from './figures/monte-carlo.ts';
import { importBaseline357x10 } from './figures/import-baseline.ts';
import { parseDefaultCase } from './figures/parse-default-case.ts';
import { peerGameFigures } from './figures/peer-games.ts';
import { saksframleggBoth, saksframleggDocx, saksframleggPdf } from './figures/saksframlegg.ts';
import { readLedger100k, readLedgerOnly100k } from './figures/read-ledger.ts';
import { settleLedger100k } from './figures/settle-ledger.ts';
import type { Figure } from './harness.ts';

export const FIGURES: readonly Figure[] = [
  parseDefaultCase,
  baselineTotals10k,
  monteCarlo100k,
  monteCarloBaseline100k,
  nucleolus12,
  nucleolusPlain12,
  shapley20,
  erlangLarge,
  erlangSweep100k,
  saksframleggDocx,
  saksframleggPdf,
  saksframleggBoth,
  importBaseline357x10,
  // Issue 19: settling a year of the host's ledger (the engine alone, and from the uploaded CSV's bytes).
  settleLedger100k,
  readLedgerOnly100k,
  readLedger100k,
  // Flokk on the shared peer games; `npm run bench -- peer` runs these and the Python peer beside them.
  ...peerGameFigures,
];
