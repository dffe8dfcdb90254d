import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatNok } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';
import { VerdictTag } from './verdict-tag.tsx';

/** The allocations the summary shows: the two common keys, then the two best-known game methods. */
const SUMMARY_IDS = ['population', 'equal', 'shapley', 'nucleolus'] as const;
const GAME_IDS = ['shapley', 'nucleolus'] as const;

export interface CoreSummaryTablesProps {
  /** One comparison per scope of the scenario: each area, then the package. */
  comparisons: readonly { name: string; comparison: CostSharingResponse }[];
  scenarioName: string;
}

/** The first full year, or the last year of the table when full effect comes later. */
function fullEffectIndex(comparison: CostSharingResponse): number {
  const years = comparison.netEffect?.years ?? [];
  const full = Math.max(...comparison.table.models.map((m) => m.fullEffectYear));
  const index = years.indexOf(full);
  return index >= 0 ? index : years.length - 1;
}

/**
 * For every area of the scenario and the package: whether the population and equal keys, the Shapley value
 * and the nucleolus are in the core; then what the Shapley value and nucleolus charge each municipality,
 * with its net effect in the first year at full effect.
 */
export function CoreSummaryTables({ comparisons, scenarioName }: CoreSummaryTablesProps) {
  const t = useT();
  // A method may be unavailable in one scope and computed in another; its name is the same in both.
  const labelOf = (id: string) =>
    comparisons
      .flatMap(({ comparison }) => [
        ...(comparison.analysis?.allocations ?? []),
        ...(comparison.analysis?.unavailableMethods ?? []),
      ])
      .find((row) => row.id === id)?.label ?? id;
  // An area may have fewer participants than the package; the columns are every municipality in any scope.
  const players = comparisons
    .flatMap(({ comparison }) => comparison.players)
    .filter((p, i, all) => all.findIndex((q) => q.municipality === p.municipality) === i);
  const verdictCaption = t('costSharing.summaryCaption', { scenario: scenarioName });
  const gameCaption = t('costSharing.gameSummaryCaption');
  return (
    <section aria-labelledby="core-summary-heading" className="cost-sharing-section">
      <Heading level={2} data-size="md" id="core-summary-heading">
        {t('costSharing.summaryHeading')}
      </Heading>
      <Paragraph>{t('costSharing.summaryIntro')}</Paragraph>
      <ScrollRegion label={verdictCaption}>
        <Table border data-color="neutral" className="core-summary-table">
          <caption>{verdictCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('costSharing.scope')}</Table.HeaderCell>
              {SUMMARY_IDS.map((id) => (
                <Table.HeaderCell scope="col" key={id}>
                  {labelOf(id)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {comparisons.map(({ name, comparison }) => (
              <Table.Row key={name}>
                <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                {SUMMARY_IDS.map((id) => {
                  const row = comparison.analysis?.allocations.find((r) => r.id === id);
                  const unavailable = comparison.analysis?.unavailableMethods.find((m) => m.id === id);
                  return (
                    <Table.Cell key={id} data-allocation={id}>
                      {row ? <VerdictTag inCore={row.core.inCore} /> : !unavailable && '..'}
                      {row && !row.core.inCore && (
                        <Paragraph data-size="sm" className="core-sentence">
                          {row.coreSentences[0]}
                        </Paragraph>
                      )}
                      {unavailable && (
                        <Paragraph data-size="sm" className="core-sentence">
                          {unavailable.reasonText}
                        </Paragraph>
                      )}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <ScrollRegion label={gameCaption}>
        <Table border data-color="neutral">
          <caption>{gameCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('costSharing.scope')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('costSharing.colAllocation')}</Table.HeaderCell>
              {players.map((p) => (
                <Table.HeaderCell scope="col" key={p.municipality} className="numeric">
                  {p.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {comparisons.flatMap(({ name, comparison }) => {
              const y = fullEffectIndex(comparison);
              const year = comparison.netEffect?.years[y];
              return GAME_IDS.map((id, k) => {
                const row = comparison.analysis?.allocations.find((r) => r.id === id);
                return (
                  <Table.Row key={`${name}-${id}`}>
                    {k === 0 && (
                      <Table.HeaderCell scope="rowgroup" rowSpan={GAME_IDS.length}>
                        {name}
                      </Table.HeaderCell>
                    )}
                    <Table.HeaderCell scope="row">{labelOf(id)}</Table.HeaderCell>
                    {players.map((p) => {
                      const i = comparison.players.findIndex((q) => q.municipality === p.municipality);
                      const amount = row && i >= 0 ? Math.round(row.amounts[i] ?? 0) : null;
                      const net = comparison.netEffect?.perAllocation[id]?.[p.municipality]?.[y];
                      return (
                        <Table.Cell key={p.municipality} className="numeric">
                          <span className="figure">{formatNok(amount)}</span>
                          {net !== undefined && year !== undefined && (
                            <span className="net-effect">
                              {t('costSharing.netAt', { year, amount: formatNok(net) })}
                            </span>
                          )}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                );
              });
            })}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </section>
  );
}
