import { Table } from '@digdir/designsystemet-react';
import { SOURCED_FIELDS, sourceDeviation } from '../../case/baseline-field-source.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { PartialSum } from '../../engine/baseline-totals.ts';
import { formatFte, formatNok, formatNumber } from '../../i18n/format.ts';
import { formatAges } from '../format/format-ages.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { baselineFootnotes } from '../model/baseline-footnotes.ts';
import type { BaselineTable as BaselineTableModel } from '../model/baseline-tables.ts';
import { BaselineTableNotes } from './baseline-table-notes.tsx';
import { Figure } from './figure.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface BaselineTableProps {
  table: BaselineTableModel;
  document: CaseDocument;
  /** Paths withheld to protect persons, e.g. `baseline[4].ages`. */
  suppressed: ReadonlySet<string>;
}

function TotalFigure({ sum, format }: { sum: PartialSum | undefined; format: (value: number) => string }) {
  const t = useT();
  if (!sum) return <Figure value={null} />;
  return (
    <>
      <Figure value={sum.value === null ? null : format(sum.value)} />
      {sum.missing > 0 && sum.value !== null && (
        <span className="incomplete"> ({t('baseline.incomplete')})</span>
      )}
    </>
  );
}

/** One baseline table: the municipalities' rows, a total computed from them, and the sources below. */
export function BaselineTable({ table, document, suppressed }: BaselineTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const municipality = (number: string) =>
    document.participants.find((p) => p.municipalityNumber === number)?.name ?? number;
  const areaName = table.area ? localized(table.area.name, language) : table.areaId;
  const footnotes = baselineFootnotes(table.rows);
  const documented = document.documentedTotals.find(
    (total) => total.areaId === table.areaId && total.scope === table.scope,
  );
  return (
    <div className="baseline-table">
      <ScrollRegion>
        <Table border zebra data-color="neutral">
          <caption>
            {t('baseline.caption', {
              area: areaName,
              code: table.area?.code ?? table.areaId,
              scope: t(`scope.${table.scope}`),
            })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('col.fte')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('col.headcount')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('col.labourCost')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('col.ages')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('col.budgetYear')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('col.source')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {table.rows.map(({ row, index }) => (
              <Table.Row key={index}>
                <Table.HeaderCell scope="row">{municipality(row.municipalityNumber)}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  <Figure value={row.fte === null ? null : formatFte(row.fte)} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  <Figure value={row.headcount === null ? null : formatNumber(row.headcount)} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  <Figure value={row.labourCost === null ? null : formatNok(row.labourCost)} />
                </Table.Cell>
                <Table.Cell className="nowrap">
                  <Figure
                    value={row.ages === null ? null : formatAges(row.ages, t)}
                    suppressed={suppressed.has(`baseline[${index}].ages`)}
                  />
                </Table.Cell>
                <Table.Cell className="numeric">
                  {row.figureBasis === 'asOfDocument' ? t('baseline.asOfDocument') : row.budgetYear}
                </Table.Cell>
                <Table.Cell>
                  {(footnotes.numbersByRow.get(index) ?? []).join(', ')}
                  {SOURCED_FIELDS.some((field) => sourceDeviation(row, field) !== null) && (
                    <span className="source-deviation-mark"> ({t('baseline.deviatesMark')})</span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('baseline.total')}</Table.HeaderCell>
              <Table.Cell className="numeric">
                <TotalFigure sum={table.total?.fte} format={(value) => formatFte(value)} />
              </Table.Cell>
              <Table.Cell />
              <Table.Cell className="numeric">
                <TotalFigure sum={table.total?.labourCost} format={(value) => formatNok(value)} />
              </Table.Cell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell />
            </Table.Row>
            {documented && (
              <Table.Row className="documented-row">
                <Table.HeaderCell scope="row">{t('baseline.documentedTotal')}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  <Figure value={documented.fte === null ? null : formatFte(documented.fte)} />
                </Table.Cell>
                <Table.Cell />
                <Table.Cell className="numeric">
                  <Figure value={documented.labourCost === null ? null : formatNok(documented.labourCost)} />
                </Table.Cell>
                <Table.Cell />
                <Table.Cell />
                <Table.Cell />
              </Table.Row>
            )}
          </Table.Foot>
        </Table>
      </ScrollRegion>
      <BaselineTableNotes
        table={table}
        document={document}
        suppressed={suppressed}
        footnotes={footnotes.footnotes}
        documented={documented}
        municipality={municipality}
      />
    </div>
  );
}
