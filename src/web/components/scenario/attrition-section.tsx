import { Heading, Link as DsLink, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { AreaAttritionCheck, AttritionYear } from '../../../case/scenario/attrition-check.ts';
import { formatFte } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface AttritionSectionProps {
  caseId: string;
  checks: readonly AreaAttritionCheck[];
  areaName: (areaId: string) => string;
}

const range = (low: number, high: number) =>
  Math.abs(high - low) < 0.05
    ? formatFte(low)
    : `${formatFte(Math.min(low, high))}–${formatFte(Math.max(low, high))}`;

/** The year that asks most beyond natural attrition: the largest «at most», the earliest on a tie. */
function hardestYear(check: AreaAttritionCheck): AttritionYear | undefined {
  let best: AttritionYear | undefined;
  for (const year of check.years) {
    const beyond = year.beyondAttritionFte;
    if (!beyond || beyond.atMost <= 0.005) continue;
    if (!best?.beyondAttritionFte || beyond.atMost > best.beyondAttritionFte.atMost + 1e-9) best = year;
  }
  return best;
}

/**
 * Savings tied to people: per area, the FTE reduction the scenario assumes against the natural attrition
 * the workforce projection expects, what must go by other means, and which staff rules then apply.
 */
export function AttritionSection({ caseId, checks, areaName }: AttritionSectionProps) {
  const t = useT();
  if (checks.length === 0) return null;
  return (
    <>
      <Paragraph data-size="sm">{t('attrition.intro')}</Paragraph>
      {checks.map((check) => {
        const name = areaName(check.areaId);
        const hardest = hardestYear(check);
        const caption = t('attrition.caption', { area: name });
        return (
          <section
            key={check.areaId}
            aria-labelledby={`attrition-${check.areaId}`}
            className="attrition-area"
          >
            <Heading level={4} data-size="2xs" id={`attrition-${check.areaId}`}>
              {name}
            </Heading>
            <Paragraph data-area={check.areaId} className="attrition-sentence">
              {check.agesMissing
                ? t('attrition.agesMissing')
                : hardest?.departedFte && hardest.beyondAttritionFte
                  ? t(
                      hardest.beyondAttritionFte.atLeast > 0.005
                        ? 'attrition.sentence'
                        : 'attrition.sentenceMaybe',
                      {
                        reduction: formatFte(hardest.reductionFte),
                        year: hardest.year,
                        departed: range(hardest.departedFte.low, hardest.departedFte.high),
                        atLeast: formatFte(hardest.beyondAttritionFte.atLeast),
                        atMost: formatFte(hardest.beyondAttritionFte.atMost),
                      },
                    )
                  : t('attrition.covered')}
            </Paragraph>
            {!check.agesMissing && (
              <ScrollRegion label={caption}>
                <Table border data-color="neutral" data-size="sm">
                  <caption>{caption}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('col.year')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('attrition.colReduction')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('attrition.colDeparted')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('attrition.colBeyond')}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {check.years.map((year) => (
                      <Table.Row key={year.year}>
                        <Table.HeaderCell scope="row">{year.year}</Table.HeaderCell>
                        <Table.Cell className="numeric">{formatFte(year.reductionFte)}</Table.Cell>
                        <Table.Cell className="numeric">
                          {year.departedFte ? range(year.departedFte.low, year.departedFte.high) : '..'}
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          {year.beyondAttritionFte
                            ? range(year.beyondAttritionFte.atLeast, year.beyondAttritionFte.atMost)
                            : '..'}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            )}
          </section>
        );
      })}
      <Heading level={4} data-size="2xs">
        {t('attrition.rulesHeading')}
      </Heading>
      <List.Unordered>
        <List.Item>{t('attrition.ruleTransfer')}</List.Item>
        <List.Item>{t('attrition.ruleDismissal')}</List.Item>
        <List.Item>{t('attrition.ruleConsultation')}</List.Item>
      </List.Unordered>
      <Paragraph data-size="sm">
        <DsLink asChild>
          <Link to={casePaths(caseId).modelChoice}>{t('attrition.modelChoiceLink')}</Link>
        </DsLink>
      </Paragraph>
    </>
  );
}
