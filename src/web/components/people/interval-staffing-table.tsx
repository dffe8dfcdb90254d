import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { SwitchboardSizing } from '../../../engine/queueing/switchboard-sizing.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { useT } from '../../i18n/use-t.ts';
import { Figure } from '../figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

const WEEKDAY_KEYS: MessageKey[] = [
  'switchboard.weekday.1',
  'switchboard.weekday.2',
  'switchboard.weekday.3',
  'switchboard.weekday.4',
  'switchboard.weekday.5',
  'switchboard.weekday.6',
  'switchboard.weekday.7',
];

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const percent = (v: number | null) => (v === null ? null : `${formatNumber(v * 100, 1)} %`);

/** The pooled switchboard's staffing per open interval of the week, with the warnings of the sizing. */
export function IntervalStaffingTable({ sizing }: { sizing: SwitchboardSizing }) {
  const t = useT();
  const pooled = sizing.pooled;
  if (!pooled) return null;
  const counts = new Map<string, number>();
  for (const w of sizing.warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return (
    <>
      {[...counts].map(([code, count]) => (
        <Paragraph key={code} data-size="sm">
          {t('switchboard.warningCount', {
            count,
            warning: t(
              code === 'calls-outside-opening-hours'
                ? 'switchboard.outsideHours'
                : messageKeyOr(`erlang.warning.${code}`, 'erlang.warning.target-unreachable'),
            ),
          })}
        </Paragraph>
      ))}
      <details>
        <summary>{t('switchboard.intervalsSummary')}</summary>
        <ScrollRegion>
          <Table border zebra data-color="neutral">
            <caption>{t('switchboard.intervalsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('switchboard.col.interval')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.calls')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.agents')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.fractionalAgents')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.result.serviceLevel')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.asa')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('erlang.occupancy')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {pooled.intervals.map((i) => (
                <Table.Row key={`${i.weekday}-${i.startMinute}`}>
                  <Table.HeaderCell scope="row">
                    {t(WEEKDAY_KEYS[i.weekday - 1] ?? 'switchboard.weekday.1')} {clock(i.startMinute)}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{formatNumber(i.calls, 1)}</Table.Cell>
                  <Table.Cell className="numeric">{i.agents}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(i.fractionalAgents, 2)}</Table.Cell>
                  <Table.Cell className="numeric">
                    <Figure value={percent(i.serviceLevel)} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Figure
                      value={
                        i.averageSpeedOfAnswerSeconds === null
                          ? null
                          : formatNumber(i.averageSpeedOfAnswerSeconds, 1)
                      }
                    />
                  </Table.Cell>
                  <Table.Cell className="numeric">{percent(i.occupancy)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </details>
    </>
  );
}
