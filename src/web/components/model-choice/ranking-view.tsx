import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { CriteriaSetChoice } from '../../../case/model-choice/analyse-model-choice.ts';
import { legalModelById } from '../../../engine/legal/registry.ts';
import { roundedPercentages } from '../../../engine/statistics/rounded-percentages.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { EmptyState } from '../empty-state.tsx';
import { RankingChart } from './ranking-chart.tsx';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface RankingViewProps {
  choice: CriteriaSetChoice;
  /** Area id → name, for the package line. */
  areaNames: ReadonlyMap<string, string>;
}

/** The ranking of one criteria set: group weights with disagreement, the ranking with a chart, and its robustness. */
export function RankingView({ choice, areaNames }: RankingViewProps) {
  const t = useT();
  const { language } = useLanguage();
  const setName = localized(choice.name, language);
  const pct = (value: number) => `${formatNumber(value * 100, 1, language)} %`;
  const modelName = (id: string) => {
    const model = legalModelById(id);
    return model ? localized(model.name, language) : id;
  };
  const criterionName = (id: string) => {
    const c = choice.criteria.find((x) => x.id === id);
    return c ? localized(c.name, language) : id;
  };
  const headingId = `ranking-${choice.criteriaSetId}`;
  const head = (
    <Heading level={3} data-size="xs" id={headingId}>
      {setName}
    </Heading>
  );
  if (choice.status === 'noSession' || choice.status === 'noWeights' || !choice.weights?.weights) {
    return (
      <section aria-labelledby={headingId}>
        {head}
        <EmptyState
          message={t(choice.status === 'noWeights' ? 'modelChoice.noWeights' : 'modelChoice.noSession', {
            set: setName,
          })}
        />
      </section>
    );
  }
  const weights = choice.weights;
  const roleOf = new Map(weights.persons.map((p) => [p.personId, p.role]));
  const ranking = choice.ranking;
  // Rounded together, so the column adds up to exactly 100 %.
  const firstPlace = ranking ? roundedPercentages(ranking.monteCarlo.probabilityFirst, 1) : {};
  return (
    <section aria-labelledby={headingId}>
      {head}
      <Paragraph data-size="sm">
        {t('modelChoice.package', {
          areas: choice.package.areaIds.map((id) => areaNames.get(id) ?? id).join(', '),
        })}{' '}
        {t('modelChoice.groupMethod', { method: t(`modelChoice.aggregation.${weights.method ?? 'aip'}`) })}
        {weights.warnings.some((w) => w.code === 'aij_needs_pairwise') && ` ${t('modelChoice.aijFallback')}`}
      </Paragraph>
      <ScrollRegion>
        <Table border zebra data-color="neutral">
          <caption>
            {t('modelChoice.weightsCaption', { count: weights.persons.filter((p) => p.weights).length })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('modelChoice.criterion')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('modelChoice.groupWeight')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.lowest')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.highest')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('modelChoice.range')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {weights.disagreement.map((d) => (
              <Table.Row key={d.criterionId}>
                <Table.HeaderCell scope="row">{criterionName(d.criterionId)}</Table.HeaderCell>
                <Table.Cell className="numeric">{pct(weights.weights?.[d.criterionId] ?? 0)}</Table.Cell>
                <Table.Cell>
                  {t('modelChoice.personWeight', {
                    percent: pct(d.min),
                    role: roleOf.get(d.lowestPersonId) ?? '',
                  })}
                </Table.Cell>
                <Table.Cell>
                  {t('modelChoice.personWeight', {
                    percent: pct(d.max),
                    role: roleOf.get(d.highestPersonId) ?? '',
                  })}
                </Table.Cell>
                <Table.Cell className="numeric">{pct(d.range)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {choice.status !== 'ranked' || !ranking ? (
        <EmptyState message={t('modelChoice.noScores', { set: setName })} />
      ) : (
        <>
          <ScrollRegion>
            <Table border zebra data-color="neutral">
              <caption>{t('modelChoice.rankingCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('modelChoice.rank')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('modelChoice.model')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('modelChoice.weightedSum')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('modelChoice.probabilityFirst')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {ranking.ranking.ranking.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell className="numeric">
                      <ExplainableFigure
                        figure={`model-choice:${choice.criteriaSetId}/rank/${r.id}`}
                        text={String(r.rank)}
                        label={`${t('modelChoice.rank')}: ${modelName(r.id)}`}
                      />
                    </Table.Cell>
                    <Table.HeaderCell scope="row">{modelName(r.id)}</Table.HeaderCell>
                    <Table.Cell className="numeric">
                      <ExplainableFigure
                        figure={`model-choice:${choice.criteriaSetId}/value/${r.id}`}
                        text={formatNumber(r.value, 2, language)}
                        label={`${t('modelChoice.weightedSum')}: ${modelName(r.id)}`}
                      />
                    </Table.Cell>
                    <Table.Cell className="numeric">{pct((firstPlace[r.id] ?? 0) / 100)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <RankingChart
            label={t('modelChoice.chartLabel')}
            bars={ranking.ranking.ranking.map((r) => ({
              id: r.id,
              label: modelName(r.id),
              value: r.value,
              text: formatNumber(r.value, 2, language),
            }))}
            max={5}
          />
          <Paragraph data-size="sm">
            {t('modelChoice.monteCarlo', {
              iterations: formatNumber(ranking.monteCarlo.iterations, 0, language),
              seed: ranking.monteCarlo.seed,
            })}
          </Paragraph>
          {ranking.notLawful.length > 0 && (
            <Paragraph data-size="sm">
              {t('modelChoice.notLawfulLeftOut', { models: ranking.notLawful.map(modelName).join(', ') })}
            </Paragraph>
          )}
          {ranking.notSuited.length > 0 && (
            <Paragraph data-size="sm">
              {t('modelChoice.notSuitedLeftOut', { models: ranking.notSuited.map(modelName).join(', ') })}
            </Paragraph>
          )}
          <ScrollRegion>
            <Table border zebra data-color="neutral">
              <caption>{t('modelChoice.robustnessCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('modelChoice.criterion')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('modelChoice.weightNow')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('modelChoice.flip')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {ranking.sensitivity.criteria.map((c) => (
                  <Table.Row key={c.criterionId}>
                    <Table.HeaderCell scope="row">{criterionName(c.criterionId)}</Table.HeaderCell>
                    <Table.Cell className="numeric">{pct(c.weight)}</Table.Cell>
                    <Table.Cell>
                      {c.smallest
                        ? t('modelChoice.flipValue', {
                            change: `${c.smallest.change > 0 ? '+' : '−'}${formatNumber(Math.abs(c.smallest.change) * 100, 1, language)}`,
                            weight: pct(c.smallest.weight),
                            model: modelName(c.smallest.newTop),
                          })
                        : t('modelChoice.noFlip')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
