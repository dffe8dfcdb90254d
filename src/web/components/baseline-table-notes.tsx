import { Paragraph } from '@digdir/designsystemet-react';
import { SOURCED_FIELDS, sourceDeviation } from '../../case/baseline-field-source.ts';
import type { DocumentedTotal } from '../../case/schema/baseline.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { checkDocumentedTotals } from '../../engine/documented-total-check.ts';
import { formatFte, formatNok } from '../../i18n/format.ts';
import { formatFigureSource, formatFigureValue } from '../format/format-figure-source.ts';
import { formatSource } from '../format/format-source.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Footnote, SourcedField } from '../model/baseline-footnotes.ts';
import type { BaselineTable } from '../model/baseline-tables.ts';

const FIELD_LABEL = {
  fte: 'col.fte',
  headcount: 'col.headcount',
  labourCost: 'col.labourCost',
  ages: 'col.ages',
} as const satisfies Record<SourcedField, string>;

export interface BaselineTableNotesProps {
  table: BaselineTable;
  document: CaseDocument;
  suppressed: ReadonlySet<string>;
  footnotes: Footnote[];
  /** The total the source states (its TOTALT row), compared with the sum of the rows. */
  documented?: DocumentedTotal | undefined;
  /** The municipality's name from its number. */
  municipality: (number: string) => string;
}

/** Under a baseline table: incomplete totals, withheld figures, notes, other costs and numbered sources. */
export function BaselineTableNotes({
  table,
  document,
  suppressed,
  footnotes,
  documented,
  municipality,
}: BaselineTableNotesProps) {
  const t = useT();
  const { language } = useLanguage();
  const format = (field: 'fte' | 'labourCost', value: number | null) =>
    field === 'fte' ? `${formatFte(value)} ${t('col.fte').toLocaleLowerCase(language)}` : formatNok(value);
  const checks = documented && table.total ? checkDocumentedTotals([table.total], [documented]) : [];
  const incomplete = (['fte', 'labourCost'] as const).filter(
    (field) => (table.total?.[field].missing ?? 0) > 0,
  );
  const anySuppressed = table.rows.some(({ index }) => suppressed.has(`baseline[${index}].ages`));
  const notes = table.rows.filter(({ row }) => row.notes !== undefined && row.notes.trim() !== '');
  const costs = table.rows.filter(({ row }) => row.otherCosts.length > 0);
  // A figure changed without a new source, e.g. in a file edited outside Flokk: said, never hidden.
  const deviations = table.rows.flatMap(({ row, index }) =>
    SOURCED_FIELDS.flatMap((field) => {
      const deviation = sourceDeviation(row, field);
      return deviation ? [{ row, index, field, stated: deviation.stated }] : [];
    }),
  );
  return (
    <div className="table-notes">
      {table.total &&
        incomplete.map((field) => (
          <Paragraph key={field} data-size="sm">
            {t('baseline.incompleteNote', {
              field: t(FIELD_LABEL[field]).toLocaleLowerCase(language),
              missing: table.total?.[field].missing ?? 0,
              rows: table.total?.rows ?? 0,
            })}
          </Paragraph>
        ))}
      {checks.map((check) => (
        <Paragraph key={check.field} data-size="sm" className="total-check">
          {check.code === 'documented_total_mismatch'
            ? t('baseline.totalMismatch', {
                field: t(FIELD_LABEL[check.field]).toLocaleLowerCase(language),
                computed: format(check.field, check.computed),
                documented: format(check.field, check.documented),
                difference: format(check.field, check.difference),
              })
            : t('baseline.totalIncompleteRows', {
                field: t(FIELD_LABEL[check.field]).toLocaleLowerCase(language),
                documented: format(check.field, check.documented),
              })}
        </Paragraph>
      ))}
      {anySuppressed && <Paragraph data-size="sm">{t('baseline.suppressedNote')}</Paragraph>}
      {notes.map(({ row, index }) => (
        <Paragraph key={`note-${index}`} data-size="sm">
          {municipality(row.municipalityNumber)}: {row.notes}
        </Paragraph>
      ))}
      {costs.map(({ row, index }) => (
        <Paragraph key={`costs-${index}`} data-size="sm">
          {municipality(row.municipalityNumber)}:{' '}
          {t('baseline.otherCosts', {
            costs: row.otherCosts
              .map((cost) => `${t(`otherCost.${cost.kind}`)} ${formatNok(cost.amount)}`)
              .join(', '),
          })}
        </Paragraph>
      ))}
      {deviations.map(({ row, index, field, stated }) => (
        <Paragraph key={`deviates-${index}-${field}`} data-size="sm" className="source-deviation">
          {t('baseline.deviates', {
            municipality: municipality(row.municipalityNumber),
            field: t(FIELD_LABEL[field]).toLocaleLowerCase(language),
            stated: formatFigureValue(field, stated, t),
          })}
        </Paragraph>
      ))}
      {footnotes.length > 0 && (
        <ol className="footnotes" aria-label={t('col.source')}>
          {footnotes.map((footnote) => (
            <li key={footnote.number} value={footnote.number}>
              {t('baseline.sourceFor', {
                fields: footnote.fields.map((field) => t(FIELD_LABEL[field])).join(', '),
                source: formatFigureSource(footnote.ref, document.sources, t, language),
              })}
            </li>
          ))}
        </ol>
      )}
      {documented && (
        <Paragraph data-size="sm">
          {t('baseline.documentedSource', {
            source: formatSource(documented.source, document.sources, t, language),
          })}
        </Paragraph>
      )}
    </div>
  );
}
