import { Table } from '@digdir/designsystemet-react';
import { suppressedInArea } from '../../../case/people/redact-workforce.ts';
import type {
  WorkforceArea,
  WorkforceUnit,
  WorkforceYear,
} from '../../../case/people/workforce-projection.ts';
import { formatFte, formatNumber } from '../../../i18n/format.ts';
import { formatAges } from '../../format/format-ages.ts';
import { formatYearRange } from '../../format/year-range.ts';
import { useT } from '../../i18n/use-t.ts';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { Figure } from '../figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface WorkforceTableProps {
  area: WorkforceArea;
  areaName: string;
  firstYear: number;
  /** Municipality number → name. */
  municipalityName: (id: string) => string;
}

/** Year indexes shown as columns: the first, third, fifth and tenth projected year. */
const YEAR_INDEXES = [0, 2, 4, 9];

/**
 * FTE departed by a year, low–high: each bound opens its explanation (`people:<area>/<unit>/<bound>/departed-fte/<year>`)
 * where the unit is `explainable`; one figure where the bounds agree.
 */
function DepartedFte({ year, prefix, label }: { year: WorkforceYear; prefix: string | null; label: string }) {
  const low = formatNumber(year.cumulativeDepartedFte.low ?? 0, 1);
  const high = formatNumber(year.cumulativeDepartedFte.high ?? 0, 1);
  if (prefix === null) return <Figure value={low === high ? low : `${low}–${high}`} />;
  const figure = (bound: 'low' | 'high', text: string) => (
    <ExplainableFigure figure={`${prefix}/${bound}/departed-fte/${year.year}`} text={text} label={label} />
  );
  return low === high ? (
    figure('low', low)
  ) : (
    <>
      {figure('low', low)}–{figure('high', high)}
    </>
  );
}

function UnitRow({
  unit,
  label,
  firstYear,
  explainAs,
}: {
  unit: WorkforceUnit;
  label: string;
  firstYear: number;
  /** The unit's figure id prefix (`people:<area>/<unit>`), or null where its explanation is withheld. */
  explainAs: string | null;
}) {
  const t = useT();
  const hidden = unit.years === null;
  const lastYear = firstYear + (unit.years?.length ?? 10) - 1;
  const covered = unit.fullyCoveredYear;
  const coveredText =
    unit.targetReductionFte === null || covered === null
      ? null
      : formatYearRange(covered.low, covered.high, lastYear, {
          notWithin: (year) => t('people.notCovered', { year }),
          yearOrNotWithin: (year, last) => t('people.coveredOrNot', { year, last }),
        });
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
      <Table.Cell className="numeric">
        <Figure value={unit.fte === null ? null : formatFte(unit.fte)} />
      </Table.Cell>
      <Table.Cell>
        {unit.id === 'joint' ? '' : <Figure value={formatAges(unit.ages, t)} suppressed={hidden} />}
      </Table.Cell>
      {YEAR_INDEXES.map((i) => {
        const y = unit.years?.[i];
        return (
          <Table.Cell key={i} className="numeric">
            {y && y.cumulativeDepartedFte.low !== null && y.cumulativeDepartedFte.high !== null ? (
              <DepartedFte
                year={y}
                prefix={explainAs}
                label={`${label}: ${t('people.col.departedBy', { year: y.year })}`}
              />
            ) : (
              <Figure value={null} suppressed={hidden} />
            )}
          </Table.Cell>
        );
      })}
      <Table.Cell className="numeric">
        <Figure value={unit.targetReductionFte === null ? null : formatNumber(unit.targetReductionFte, 1)} />
      </Table.Cell>
      <Table.Cell className="numeric">
        <Figure value={coveredText} suppressed={hidden} />
      </Table.Cell>
    </Table.Row>
  );
}

/** One service area: departures per municipality and for the joint unit, with ":" where withheld. */
export function WorkforceTable({ area, areaName, firstYear, municipalityName }: WorkforceTableProps) {
  const t = useT();
  // The explanations are withheld wherever a reader's people view is (also for editors, who see the figures):
  // small groups, what would reveal them, and a joint unit whose groups are not all shown.
  const hide = suppressedInArea(area);
  return (
    <ScrollRegion>
      <Table border zebra data-color="neutral">
        <caption>{t('people.caption', { area: areaName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('col.fte')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('col.ages')}</Table.HeaderCell>
            {YEAR_INDEXES.map((i) => (
              <Table.HeaderCell key={i} scope="col" className="numeric">
                {t('people.col.departedBy', { year: firstYear + i })}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col" className="numeric">
              {t('people.col.target')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('people.col.covered')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {area.groups.map((g, i) => (
            <UnitRow
              key={g.id}
              unit={g}
              label={municipalityName(g.id)}
              firstYear={firstYear}
              explainAs={hide.groups.includes(i) ? null : `people:${area.areaId}/${g.id}`}
            />
          ))}
        </Table.Body>
        {area.joint && (
          <Table.Foot>
            <UnitRow
              unit={area.joint}
              label={t('people.joint')}
              firstYear={firstYear}
              explainAs={hide.joint || hide.groups.length > 0 ? null : `people:${area.areaId}/joint`}
            />
          </Table.Foot>
        )}
      </Table>
    </ScrollRegion>
  );
}
