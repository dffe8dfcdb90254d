import { Paragraph } from '@digdir/designsystemet-react';
import { baselineTotals, type PartialSum } from '../../engine/baseline-totals.ts';
import { formatFte, formatNok } from '../../i18n/format.ts';
import { draftFigure, type BaselineDraft } from '../editing/baseline-draft.ts';
import { useT } from '../i18n/use-t.ts';
import type { BaselineTable } from '../model/baseline-tables.ts';

export interface LiveTotalsProps {
  table: BaselineTable;
  draft: BaselineDraft;
}

/** The table's totals recomputed from what is typed, with the same engine function as the overview. */
export function LiveTotals({ table, draft }: LiveTotalsProps) {
  const t = useT();
  const figures = table.rows.map(({ row, index }) => {
    const rowDraft = draft[index];
    return {
      areaId: row.areaId,
      municipalityNumber: row.municipalityNumber,
      scope: row.scope,
      fte: rowDraft ? draftFigure(rowDraft, 'fte') : null,
      labourCost: rowDraft ? draftFigure(rowDraft, 'labourCost') : null,
    };
  });
  const total = baselineTotals(figures)[0];
  const show = (sum: PartialSum | undefined, format: (value: number | null) => string) => {
    if (!sum) return format(null);
    const text = format(sum.value);
    return sum.missing > 0 && sum.value !== null ? `${text} (${t('baseline.incomplete')})` : text;
  };
  return (
    <Paragraph data-size="sm" className="live-totals">
      {t('edit.liveTotals', {
        fte: show(total?.fte, (value) => formatFte(value)),
        cost: show(total?.labourCost, (value) => formatNok(value)),
      })}
    </Paragraph>
  );
}
