import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatNok } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface NetEffectTableProps {
  comparison: CostSharingResponse;
  analysis: NonNullable<CostSharingResponse['analysis']>;
  /**
   * The allocation shown first.
   * @default 'nucleolus'
   */
  initialMethod?: string;
  /** The row that is the scenario's own cost key, marked as such; by default the row the server marks. */
  scenarioKeyRowId?: string | undefined;
}

/** The allocation shown instead when the initial one cannot be computed for this table. */
const FALLBACK_METHOD = 'shapley';

/**
 * The net effect per municipality under every allocation (summed over the years), with the scenario's own
 * key marked: the same figure the scenario page shows for that key. Then per year under the allocation the
 * user chooses. When the initial one cannot be computed for this table, it says so and shows the Shapley
 * value (or the first allocation).
 */
export function NetEffectTable({
  comparison,
  analysis,
  initialMethod = 'nucleolus',
  scenarioKeyRowId,
}: NetEffectTableProps) {
  const t = useT();
  const keyRowId = scenarioKeyRowId ?? analysis.allocations.find((r) => r.scenarioKey)?.id;
  const optionLabel = (r: { id: string; label: string }) =>
    r.id === keyRowId ? `${r.label} (${t('costSharing.scenarioKey')})` : r.label;
  const unavailable = analysis.unavailableMethods.find((m) => m.id === initialMethod);
  const fallback = unavailable
    ? (analysis.allocations.find((r) => r.id === FALLBACK_METHOD) ?? analysis.allocations[0])
    : undefined;
  const [method, setMethod] = useState(fallback?.id ?? initialMethod);
  const net = comparison.netEffect;
  const row = analysis.allocations.find((r) => r.id === method) ?? analysis.allocations[0];
  const perMunicipality = row ? net?.perAllocation[row.id] : undefined;
  const caption = t('costSharing.netCaption', { method: row?.label ?? method });
  const sumCaption = t('costSharing.netSumCaption', {
    from: net?.years[0] ?? '',
    to: net?.years[net.years.length - 1] ?? '',
  });
  const sum = (values: readonly number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="net-effect-heading" className="cost-sharing-section">
      <Heading level={3} data-size="sm" id="net-effect-heading">
        {t('costSharing.netHeading')}
      </Heading>
      <Paragraph>{t('costSharing.netIntro')}</Paragraph>
      {unavailable && (
        <Paragraph data-size="sm" className="unavailable-note">
          {fallback
            ? t('costSharing.netMethodUnavailable', {
                method: unavailable.label,
                reason: unavailable.reasonText,
                fallback: fallback.label,
              })
            : t('costSharing.unavailableItem', { label: unavailable.label, reason: unavailable.reasonText })}
        </Paragraph>
      )}
      {!net || !perMunicipality ? (
        <Paragraph>{t('costSharing.netUnavailable')}</Paragraph>
      ) : (
        <>
          {keyRowId && <Paragraph data-size="sm">{t('costSharing.netSameFigure')}</Paragraph>}
          <ScrollRegion label={sumCaption}>
            <Table border data-color="neutral" className="net-sum-table">
              <caption>{sumCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('costSharing.colAllocation')}</Table.HeaderCell>
                  {comparison.players.map((p) => (
                    <Table.HeaderCell scope="col" key={p.municipality} className="numeric">
                      {p.name}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('costSharing.colTotal')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {analysis.allocations.map((r) => {
                  const flows = net.perAllocation[r.id];
                  if (!flows) return null;
                  const sums = comparison.players.map((p) => sum(flows[p.municipality]));
                  return (
                    <Table.Row
                      key={r.id}
                      data-allocation={r.id}
                      className={r.id === keyRowId ? 'scenario-key-row' : undefined}
                    >
                      <Table.HeaderCell scope="row">
                        {r.label}
                        {r.id === keyRowId && (
                          <span className="scenario-key"> ({t('costSharing.scenarioKey')})</span>
                        )}
                      </Table.HeaderCell>
                      {sums.map((value, i) => (
                        <Table.Cell key={i} className="numeric">
                          {formatNok(value)}
                        </Table.Cell>
                      ))}
                      <Table.Cell className="numeric">{formatNok(sum(sums))}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <Field className="draft-field">
            <Label>{t('costSharing.netMethod')}</Label>
            <Select
              id="net-effect-method"
              value={row?.id}
              width="auto"
              onChange={(e) => setMethod(e.target.value)}
            >
              {analysis.allocations.map((r) => (
                <Select.Option key={r.id} value={r.id}>
                  {optionLabel(r)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <ScrollRegion label={caption}>
            <Table border data-color="neutral" className="net-year-table">
              <caption>{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('costSharing.colYear')}</Table.HeaderCell>
                  {comparison.players.map((p) => (
                    <Table.HeaderCell scope="col" key={p.municipality} className="numeric">
                      {p.name}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('costSharing.colTotal')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {net.years.map((year, y) => {
                  const values = comparison.players.map((p) => perMunicipality[p.municipality]?.[y] ?? 0);
                  return (
                    <Table.Row key={year}>
                      <Table.HeaderCell scope="row">{year}</Table.HeaderCell>
                      {values.map((value, i) => (
                        <Table.Cell key={i} className="numeric">
                          {formatNok(value)}
                        </Table.Cell>
                      ))}
                      <Table.Cell className="numeric">
                        {formatNok(values.reduce((a, b) => a + b, 0))}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
