import { FIXTURE_COLUMNS as columns, ledgerCsv } from '../../src/case/ledger/ledger.fixture.ts';
import { readLedgerCsv } from '../../src/case/ledger/read-ledger.ts';
import { settleLedger } from '../../src/engine/operations/settlement.ts';
import type { Figure } from '../harness.ts';
import { budget, ledger, mapping } from './settle-ledger.ts';

/**
 * The year of `settle-ledger.ts` (100 000 lines, three municipalities) as the CSV export a host uploads: UTF-8
 * with a byte order mark, `;`, decimal comma, each line with a text and a period. About 5 MB.
 */
function exportBytes(): Uint8Array {
  return ledgerCsv(
    ledger().map((line, i) => ({
      ...line,
      ore: Math.round(line.amount * 100),
      text: `Bilag ${100_000 + i}`,
      period: `2026-${String(1 + (i % 12)).padStart(2, '0')}`,
    })),
  );
}

/** From the uploaded bytes to the settlement: decode, split, read every cell, map, sum, split by key, fund. */
export const readLedger100k: Figure = {
  name: 'read + map + settle a 100 000-line CSV ledger, 3 municipalities',
  iterations: 20,
  warmup: 3,
  prepare() {
    const bytes = exportBytes();
    return () => {
      const read = readLedgerCsv(bytes, columns, 'nb');
      if (!read.ok) throw new Error(read.issues[0]?.text);
      return settleLedger({
        budget,
        ledger: read.lines,
        mapping,
        paidOnAccount: [
          { municipality: '5027', amount: 11_000_000 },
          { municipality: '5028', amount: 21_000_000 },
          { municipality: '5029', amount: 12_000_000 },
        ],
        policy: 'to-fund',
        fundOpening: 1_000_000,
      });
    };
  },
};

/** The read alone, to see what the CSV costs beside the settlement. */
export const readLedgerOnly100k: Figure = {
  name: 'read a 100 000-line CSV ledger',
  iterations: 20,
  warmup: 3,
  prepare() {
    const bytes = exportBytes();
    return () => readLedgerCsv(bytes, columns, 'nb');
  },
};
