/**
 * After a conflict: carry what the user typed over to the newer revision. Fields the user changed keep the
 * user's text; every other field takes the newer revision's value. Rows are matched by area, municipality
 * and scope, not position. Nothing is merged silently: fields that both sides changed are reported.
 * @module
 */
import type { BaselineRow } from '../../case/schema/baseline.ts';
import {
  DRAFT_FIELDS,
  draftFromRow,
  type BaselineDraft,
  type DraftField,
  type RowDraft,
} from './baseline-draft.ts';

export interface RebaseResult {
  saved: RowDraft[];
  draft: RowDraft[];
  /** Fields both the user and the newer revision changed; the user's text is kept. */
  overlaps: { index: number; field: DraftField }[];
}

const rowKey = (row: Pick<BaselineRow, 'areaId' | 'municipalityNumber' | 'scope'>) =>
  `${row.areaId}|${row.municipalityNumber}|${row.scope}`;

export function rebaseDraft(
  baseRows: readonly BaselineRow[],
  baseSaved: BaselineDraft,
  userDraft: BaselineDraft,
  newerRows: readonly BaselineRow[],
): RebaseResult {
  const userByKey = new Map<string, { saved: RowDraft; draft: RowDraft }>();
  baseRows.forEach((row, index) => {
    const saved = baseSaved[index];
    const draft = userDraft[index];
    if (saved && draft) userByKey.set(rowKey(row), { saved, draft });
  });
  const overlaps: RebaseResult['overlaps'] = [];
  const saved = newerRows.map(draftFromRow);
  const draft = newerRows.map((row, index) => {
    const newer = draftFromRow(row);
    const user = userByKey.get(rowKey(row));
    if (!user) return newer;
    const merged: RowDraft = { ...newer };
    for (const field of DRAFT_FIELDS) {
      if (user.draft[field] === user.saved[field]) continue;
      if (newer[field] !== user.saved[field] && newer[field] !== user.draft[field])
        overlaps.push({ index, field });
      setField(merged, field, user.draft[field]);
    }
    return merged;
  });
  return { saved, draft, overlaps };
}

function setField<F extends DraftField>(row: RowDraft, field: F, value: RowDraft[F]): void {
  row[field] = value;
}
