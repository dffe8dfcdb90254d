import { Table } from '@digdir/designsystemet-react';
import type { WorkforceArea, WorkforceUnit } from '../../../case/people/workforce-projection.ts';
import { formatFte, formatNumber } from '../../../i18n/format.ts';
import { formatAges } from '../../format/format-ages.ts';
import { useT } from '../../i18n/use-t.ts';
import { Figure } from '../figure.tsx';

export interface WorkforceTableProps {
  area: WorkforceArea;
  areaName: string;
  firstYear: number;
  /** Municipality number → name. */
  municipalityName: (id: string) => string;
}

/** Year indexes shown as columns: the first, third, fifth and tenth projected year. */
const YEAR_INDEXES = [0, 2, 4, 9];

function lowHigh(low: number | null, high: number | null, format: (v: number) => string): string | null {
  if (low === null || high === null) return null;
  const l = format(low);
  const h = format(high);
  return l === h ? l : `${l}–${h}`;
}

function UnitRow({ unit, label, firstYear }: { unit: WorkforceUnit; label: string; firstYear: number }) {
  const t = useT();
  const hidden = unit.years === null;
  const lastYear = firstYear + (unit.years?.length ?? 10) - 1;
  const covered = unit.fullyCoveredYear;
  const coveredText =
    unit.targetReductionFte === null || covered === null
      ? null
      : lowHigh(covered.low ?? Infinity, covered.high ?? Infinity, (v) =>
          Number.isFinite(v) ? String(v) : t('people.notCovered', { year: lastYear }),
        );
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
            <Figure
              value={
                y
                  ? lowHigh(y.cumulativeDepartedFte.low, y.cumulativeDepartedFte.high, (v) =>
                      formatNumber(v, 1),
                    )
                  : null
              }
              suppressed={hidden}
            />
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
  return (
    <div className="table-scroll">
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
          {area.groups.map((g) => (
            <UnitRow key={g.id} unit={g} label={municipalityName(g.id)} firstYear={firstYear} />
          ))}
        </Table.Body>
        {area.joint && (
          <Table.Foot>
            <UnitRow unit={area.joint} label={t('people.joint')} firstYear={firstYear} />
          </Table.Foot>
        )}
      </Table>
    </div>
  );
}
