import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { getChangeEffect } from '../api/cases-api.ts';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';
import { changeRows, scenarioMoved } from '../model/change-effect-rows.ts';
import { ResourceView } from './resource-view.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface ChangeEffectProps {
  caseId: string;
  /** The revision just saved. */
  revision: number;
  /** The revision it was based on. */
  from: number;
}

/**
 * «Dette endret seg»: after a save, what the change did to each scenario's net present value, in total and for
 * each municipality, before → after. Computed by the server (`/revisions/:revision/effect`).
 */
export function ChangeEffect({ caseId, revision, from }: ChangeEffectProps) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = useId();
  const resource = useApiResource(
    useCallback(
      (signal: AbortSignal) => getChangeEffect(caseId, revision, from, signal),
      [caseId, revision, from],
    ),
  );
  return (
    <section aria-labelledby={headingId} className="change-effect">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('changeEffect.heading')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('changeEffect.loading')} errorHeadingLevel={3}>
        {(effect) => {
          const moved = effect.scenarios.filter(scenarioMoved).length;
          const names = new Map(effect.municipalities.map((m) => [m.municipalityNumber, m.name]));
          const uncomputable = effect.scenarios.some((s) => s.before === null || s.after === null);
          const cell = (text: string | null) => text ?? t('changeEffect.notComputable');
          return (
            <>
              <Paragraph>
                {moved === 0
                  ? t('changeEffect.none', { from, revision })
                  : t('changeEffect.moved', { count: moved, total: effect.scenarios.length, from, revision })}
              </Paragraph>
              <Paragraph data-size="sm">{t('changeEffect.npvExplained')}</Paragraph>
              {effect.scenarios.filter(scenarioMoved).map((scenario) => {
                const caption = t('changeEffect.caption', { scenario: localized(scenario.name, language) });
                return (
                  <ScrollRegion key={scenario.scenarioId} label={caption}>
                    <Table border zebra data-color="neutral" data-size="sm">
                      <caption>{caption}</caption>
                      <Table.Head>
                        <Table.Row>
                          <Table.HeaderCell scope="col">{t('changeEffect.col.who')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col" className="numeric">
                            {t('changeEffect.col.before')}
                          </Table.HeaderCell>
                          <Table.HeaderCell scope="col" className="numeric">
                            {t('changeEffect.col.after')}
                          </Table.HeaderCell>
                          <Table.HeaderCell scope="col" className="numeric">
                            {t('changeEffect.col.change')}
                          </Table.HeaderCell>
                        </Table.Row>
                      </Table.Head>
                      <Table.Body>
                        {changeRows(scenario, effect.municipalities, language).map((row) => (
                          <Table.Row key={row.key} className={row.key === 'total' ? 'total-row' : undefined}>
                            <Table.HeaderCell scope="row">
                              {row.key === 'total'
                                ? t('changeEffect.total')
                                : (names.get(row.key) ?? row.key)}
                            </Table.HeaderCell>
                            <Table.Cell className="numeric">{cell(row.before)}</Table.Cell>
                            <Table.Cell className="numeric">{cell(row.after)}</Table.Cell>
                            <Table.Cell className="numeric">{row.change ?? ''}</Table.Cell>
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  </ScrollRegion>
                );
              })}
              {uncomputable && <Paragraph data-size="sm">{t('changeEffect.notComputableNote')}</Paragraph>}
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
