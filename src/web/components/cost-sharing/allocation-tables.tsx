import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment, type ReactNode } from 'react';
import type {
  WordedAllocationRow,
  WordedUnavailableMethod,
} from '../../../case/cost-sharing/comparison-words.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';
import { VerdictTag } from './verdict-tag.tsx';

export interface AllocationTablesProps {
  comparison: CostSharingResponse;
  analysis: NonNullable<CostSharingResponse['analysis']>;
}

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '..' : `${formatNumber(value * 100, 1)} %`;

/**
 * Rows grouped as simple keys, then game methods, with a group heading row for each; the methods that cannot
 * be computed for this table follow the others, each with the reason across the figure columns.
 */
function groupedRows(
  rows: readonly WordedAllocationRow[],
  unavailable: readonly WordedUnavailableMethod[],
  columns: number,
  t: ReturnType<typeof useT>,
  render: (row: WordedAllocationRow) => ReactNode,
) {
  return (['key', 'method'] as const).map((kind) => {
    const members = rows.filter((row) => row.kind === kind);
    const missing = kind === 'method' ? unavailable : [];
    if (members.length + missing.length === 0) return null;
    return (
      <Fragment key={kind}>
        <Table.Row className="group-row">
          <Table.HeaderCell scope="colgroup" colSpan={columns}>
            {kind === 'key' ? t('costSharing.kindKey') : t('costSharing.kindMethod')}
          </Table.HeaderCell>
        </Table.Row>
        {members.map(render)}
        {missing.map((method) => (
          <Table.Row key={method.id} data-allocation={method.id} data-unavailable="">
            <Table.HeaderCell scope="row">{method.label}</Table.HeaderCell>
            <Table.Cell colSpan={columns - 1} className="unavailable-cell">
              {method.reasonText}
            </Table.Cell>
          </Table.Row>
        ))}
      </Fragment>
    );
  });
}

function RowLabel({ row }: { row: WordedAllocationRow }) {
  const t = useT();
  return (
    <Table.HeaderCell scope="row">
      {row.label}
      {row.scenarioKey && <span className="scenario-key"> ({t('costSharing.scenarioKey')})</span>}
    </Table.HeaderCell>
  );
}

/** The explain API's id of what `municipality` pays under an allocation method. */
function allocationFigure(comparison: CostSharingResponse, methodId: string, municipality: string): string {
  const scope = comparison.scope.kind === 'area' ? comparison.scope.areaId : 'package';
  return `cost-sharing:${comparison.scenarioId}/${scope}/${methodId}/${municipality}`;
}

/**
 * The allocations side by side: kroner per municipality with each one's core verdict in words, then each
 * municipality's share of the saving.
 */
export function AllocationTables({ comparison, analysis }: AllocationTablesProps) {
  const t = useT();
  const players = comparison.players;
  const rows = analysis.allocations;
  const unavailable = analysis.unavailableMethods;
  const kronerCaption = t('costSharing.allocationsCaption');
  const sharesCaption = t('costSharing.sharesCaption');
  const head = (extra: ReactNode) => (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell scope="col">{t('costSharing.colAllocation')}</Table.HeaderCell>
        {players.map((p) => (
          <Table.HeaderCell scope="col" key={p.municipality} className="numeric">
            {p.name}
          </Table.HeaderCell>
        ))}
        {extra}
      </Table.Row>
    </Table.Head>
  );
  return (
    <section aria-labelledby="allocations-heading" className="cost-sharing-section">
      <Heading level={3} data-size="sm" id="allocations-heading">
        {t('costSharing.allocationsHeading')}
      </Heading>
      <Paragraph>
        {t('costSharing.totalSaving', {
          total: formatNok(Math.round(analysis.totalCost)),
          alone: formatNok(Math.round(analysis.standAloneTotal)),
          saving: formatNok(Math.round(analysis.standAloneTotal - analysis.totalCost)),
        })}{' '}
        {analysis.coreSummary}
      </Paragraph>
      <ScrollRegion label={kronerCaption}>
        <Table border data-color="neutral" className="allocation-table">
          <caption>{kronerCaption}</caption>
          {head(<Table.HeaderCell scope="col">{t('costSharing.colCore')}</Table.HeaderCell>)}
          <Table.Body>
            {groupedRows(rows, unavailable, players.length + 2, t, (row) => (
              <Table.Row key={row.id} data-allocation={row.id}>
                <RowLabel row={row} />
                {players.map((p, i) => {
                  const text = formatNok(Math.round(row.amounts[i] ?? 0));
                  return (
                    <Table.Cell key={p.municipality} className="numeric">
                      {/* The game methods are explained down to the coalition costs; the simple keys are one line. */}
                      {row.kind === 'method' ? (
                        <ExplainableFigure
                          figure={allocationFigure(comparison, row.id, p.municipality)}
                          text={text}
                          label={t('explain.label.allocation', { method: row.label, name: p.name })}
                        />
                      ) : (
                        text
                      )}
                    </Table.Cell>
                  );
                })}
                <Table.Cell className="core-cell">
                  <VerdictTag inCore={row.core.inCore} />
                  {!row.core.inCore &&
                    row.coreSentences.map((sentence) => (
                      <Paragraph key={sentence} data-size="sm" className="core-sentence">
                        {sentence}
                      </Paragraph>
                    ))}
                  {row.warningTexts.map((text) => (
                    <Paragraph key={text} data-size="sm" className="core-sentence">
                      {text}
                    </Paragraph>
                  ))}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {analysis.unavailableKeys.map((key) => (
        <Paragraph key={key.id} data-size="sm">
          {t('costSharing.unavailableItem', { label: key.label, reason: key.reasonText })}
        </Paragraph>
      ))}
      <ScrollRegion label={sharesCaption}>
        <Table border data-color="neutral" className="allocation-table">
          <caption>{sharesCaption}</caption>
          {head(null)}
          <Table.Body>
            {groupedRows(rows, unavailable, players.length + 1, t, (row) => (
              <Table.Row key={row.id}>
                <RowLabel row={row} />
                {players.map((p, i) => (
                  <Table.Cell key={p.municipality} className="numeric">
                    {percent(row.savingShares[i])}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </section>
  );
}
