import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { InputDescription } from '../../model/scenario/input-label.ts';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface SwitchingValuesTableProps {
  switchingValues: DeterministicAnalysis['switchingValues'];
  municipalities: readonly MunicipalityName[];
  describe: (inputId: string) => InputDescription;
}

/** Per uncertain input: the value at which NPV is zero, in total and for each municipality. */
export function SwitchingValuesTable({
  switchingValues,
  municipalities,
  describe,
}: SwitchingValuesTableProps) {
  const t = useT();
  const { language } = useLanguage();
  if (switchingValues.length === 0) return <Paragraph>{t('tornado.none')}</Paragraph>;
  const caption = t('switching.caption');
  // A summary: kroner in millions with one decimal, as a budget document; the exact value is in the API.
  const show = (value: number | null | undefined, description: InputDescription) => {
    if (value === null || value === undefined) return t('switching.none');
    return description.unit === 'share' ? formatPercent(value) : formatMillionNok(value, language);
  };
  return (
    <>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.input')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('results.total')}
              </Table.HeaderCell>
              {municipalities.map((m) => (
                <Table.HeaderCell key={m.id} scope="col" className="numeric">
                  {m.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {switchingValues.map((entry) => {
              const description = describe(entry.inputId);
              return (
                <Table.Row key={entry.inputId}>
                  <Table.HeaderCell scope="row">{description.label}</Table.HeaderCell>
                  <Table.Cell className="numeric">{show(entry.value, description)}</Table.Cell>
                  {municipalities.map((m) => (
                    <Table.Cell key={m.id} className="numeric">
                      {show(entry.perMunicipality[m.id], description)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Paragraph data-size="sm">{t('switching.explained')}</Paragraph>
    </>
  );
}
