/**
 * The annual settlement: the ledger import's preview and save, and the settlement view of a revision.
 * The shapes are the server's (`case/operations/settlement-summary.ts`, `documents/spreadsheet/import-ledger-file.ts`).
 * @module
 */
import type { LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import type { SettlementMissing, SettlementSummary } from '../../case/operations/settlement-summary.ts';
import type { LedgerFilePreview } from '../../documents/spreadsheet/import-ledger-file.ts';
import type { LedgerRuleInput } from '../../case/schema/operations.ts';
import { request } from './http-client.ts';

export type { LedgerColumns, LedgerRuleInput, SettlementMissing, SettlementSummary };
export type SettlementAnswer = (SettlementSummary | SettlementMissing) & { revision: number };
export type LedgerPreview = LedgerFilePreview & { baseRevision: number };

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/operations`;

export interface LedgerRequest {
  unitId: string;
  year: number;
  fileName: string;
  /** The mapping as the user confirmed it; left out, the server uses the remembered one or guesses. */
  mapping?: LedgerColumns | undefined;
  rules?: readonly LedgerRuleInput[] | undefined;
}

function query(input: LedgerRequest, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    unit: input.unitId,
    year: String(input.year),
    fileName: input.fileName.slice(0, 200),
    ...(input.mapping ? { mapping: JSON.stringify(input.mapping) } : {}),
    ...(input.rules && input.rules.length > 0 ? { rules: JSON.stringify(input.rules) } : {}),
    ...extra,
  }).toString();
}

/** The file's bytes as they are: the server tells CSV from .xlsx by the content. */
function asFile(file: Blob): Blob {
  return new Blob([file], { type: 'application/octet-stream' });
}

export function previewLedger(caseId: string, file: Blob, input: LedgerRequest, signal?: AbortSignal) {
  return request<LedgerPreview>(`${base(caseId)}/ledger/preview?${query(input)}`, {
    method: 'POST',
    body: asFile(file),
    signal,
  });
}

export function saveLedger(caseId: string, file: Blob, input: LedgerRequest, baseRevision: number) {
  return request<{ revision: { revision: number } }>(
    `${base(caseId)}/ledger?${query(input, { baseRevision: String(baseRevision) })}`,
    { method: 'POST', body: asFile(file) },
  );
}

export function getSettlement(
  caseId: string,
  unitId: string,
  year: number,
  revision: number | undefined,
  signal?: AbortSignal,
) {
  const params = new URLSearchParams({
    unit: unitId,
    year: String(year),
    ...(revision === undefined ? {} : { revision: String(revision) }),
  });
  return request<SettlementAnswer>(`${base(caseId)}/settlement?${params.toString()}`, { signal });
}
