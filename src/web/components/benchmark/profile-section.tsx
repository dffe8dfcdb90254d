import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { AgeGroup, CooperationProfile } from '../../../case/reference/cooperation-profile.ts';
import { formatFte, formatNok, formatNumber, MISSING, SUPPRESSED } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface ProfileSectionProps {
  profile: CooperationProfile;
  areaName: (id: string) => string;
  /** The title of a source document of the case, by id. */
  sourceTitle: (id: string) => string;
}

function list(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

function ages(group: AgeGroup): string {
  if (group.withheld) return SUPPRESSED;
  const a = group.ages;
  if (a === null) return MISSING;
  if (a.kind === 'range') return `${a.min}–${a.max}`;
  if (a.kind === 'single') return String(a.value);
  return a.bands.map((b) => `${b.from}–${b.to}: ${b.count}`).join('; ');
}

/** The answer: the municipalities' population together, and the single municipalities of about that size. */
function ProfileAnswer({ profile }: { profile: CooperationProfile }) {
  const t = useT();
  const names = list(
    profile.members.map((m) => m.name),
    t('profile.and'),
  );
  if (profile.population === null || profile.referenceYear === null)
    return <Paragraph>{t('profile.unknownPopulation')}</Paragraph>;
  const like = profile.comparable.municipalities.slice(0, 2).map((m) => m.name);
  const head = t('profile.answer', {
    names,
    population: formatNumber(profile.population),
    year: profile.referenceYear,
  });
  return (
    <Paragraph>
      <strong>
        {like.length > 0
          ? head + t('profile.answerLike', { like: list(like, t('profile.and')) })
          : `${head}.`}
      </strong>
    </Paragraph>
  );
}

const dateText = (date: string) => date.split('-').reverse().join('.');

/** The case's own population figures with their sources, and whether they agree with SSB's for the same date. */
function CaseFigures({ profile, sourceTitle }: Pick<ProfileSectionProps, 'profile' | 'sourceTitle'>) {
  const t = useT();
  const { sum, difference, referenceAtSameDate, combined } = profile.caseFigures;
  const sources = sum ? [...new Set(sum.figures.map((f) => sourceTitle(f.source.document)))].join(', ') : '';
  return (
    <>
      {sum && difference !== null && (
        <Paragraph data-size="sm">
          {difference === 0
            ? t('profile.caseSame', { value: formatNumber(sum.value), date: dateText(sum.referenceDate) })
            : t('profile.caseDiffers', {
                value: formatNumber(sum.value),
                date: dateText(sum.referenceDate),
                reference: formatNumber(referenceAtSameDate),
              })}{' '}
          {t('profile.caseSource', { sources })}
        </Paragraph>
      )}
      {combined.map((figure) => (
        <Paragraph data-size="sm" key={`${figure.referenceDate}-${figure.value}`}>
          {t('profile.caseCombined', {
            value: formatNumber(figure.value),
            date: dateText(figure.referenceDate),
            source: sourceTitle(figure.source.document),
          })}
        </Paragraph>
      ))}
    </>
  );
}

function StaffTable({ profile, areaName }: Omit<ProfileSectionProps, 'sourceTitle'>) {
  const t = useT();
  const row = (label: string, a: CooperationProfile['total'], key: string, header = false) => (
    <Table.Row key={key}>
      <Table.HeaderCell scope="row">{header ? <strong>{label}</strong> : label}</Table.HeaderCell>
      <Table.Cell className="numeric">{formatFte(a.fte.value)}</Table.Cell>
      <Table.Cell className="numeric">
        {a.decentralFte.value === null ? '' : formatFte(a.decentralFte.value)}
      </Table.Cell>
      <Table.Cell className="numeric">{formatNok(a.labourCost.value)}</Table.Cell>
      <Table.Cell className="numeric">{formatNok(a.otherCost.value)}</Table.Cell>
      <Table.Cell className="numeric">{formatNumber(a.ftePer1000, 2)}</Table.Cell>
    </Table.Row>
  );
  const columns = ['fte', 'decentral', 'labourCost', 'otherCost', 'per1000'] as const;
  return (
    <ScrollRegion>
      <Table border data-color="neutral" data-size="sm">
        <caption>{t('profile.staffCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('profile.col.serviceArea')}</Table.HeaderCell>
            {columns.map((c) => (
              <Table.HeaderCell key={c} scope="col" className="numeric">
                {t(`profile.col.${c}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {profile.areas.map((a) => row(areaName(a.areaId), a, a.areaId))}
          {row(t('profile.together'), profile.total, 'total', true)}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function AgesTable({ profile, areaName }: Omit<ProfileSectionProps, 'sourceTitle'>) {
  const t = useT();
  const name = (number: string) => profile.members.find((m) => m.number === number)?.name ?? number;
  return (
    <ScrollRegion>
      <Table border data-color="neutral" data-size="sm">
        <caption>{t('profile.agesCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('profile.col.serviceArea')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('profile.col.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('profile.agesHeading')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {profile.ages.flatMap((area) =>
            area.groups.map((g, i) => (
              <Table.Row key={`${area.areaId}-${g.municipalityNumber}-${g.scope}`}>
                <Table.Cell>{i === 0 ? areaName(area.areaId) : ''}</Table.Cell>
                <Table.Cell>
                  {g.scope === 'decentral'
                    ? t('profile.decentral', { name: name(g.municipalityNumber) })
                    : name(g.municipalityNumber)}
                </Table.Cell>
                <Table.Cell className="numeric">{ages(g)}</Table.Cell>
              </Table.Row>
            )),
          )}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function ComparableTable({ profile }: { profile: CooperationProfile }) {
  const t = useT();
  const rule = profile.comparable.rule;
  if (!rule) return null;
  const lastYear = profile.comparable.municipalities[0]?.indicators[0]?.years.at(-1)?.year;
  return (
    <>
      <Heading level={3} data-size="sm">
        {t('profile.comparableHeading')}
      </Heading>
      <Paragraph>
        {t('profile.comparableRule', {
          min: formatNumber(rule.min),
          max: formatNumber(rule.max),
          year: rule.year,
          share: formatNumber(rule.share * 100),
        })}
      </Paragraph>
      <ScrollRegion>
        <Table border data-color="neutral" data-size="sm">
          <caption>{t('profile.comparableCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('profile.col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('profile.col.county')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('profile.col.population', { year: rule.year })}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('profile.col.areaKm2')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('profile.col.group')}
              </Table.HeaderCell>
              {lastYear !== undefined && (
                <Table.HeaderCell scope="col" className="numeric">
                  {t('profile.col.admin', { year: lastYear })}
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {profile.comparable.municipalities.map((m) => (
              <Table.Row key={m.number}>
                <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                <Table.Cell>{m.county}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(m.population)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(m.areaKm2)}</Table.Cell>
                <Table.Cell className="numeric">{m.kostraGroup}</Table.Cell>
                {lastYear !== undefined && (
                  <Table.Cell className="numeric">
                    {formatNumber(m.indicators[0]?.years.at(-1)?.value)}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </>
  );
}

function MembersTable({ profile }: { profile: CooperationProfile }) {
  const t = useT();
  return (
    <ScrollRegion>
      <Table border data-color="neutral" data-size="sm">
        <caption>{t('profile.membersCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('profile.col.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('profile.col.population', { year: profile.referenceYear ?? MISSING })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('profile.col.areaKm2')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('profile.col.group')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {profile.members.map((m) => (
            <Table.Row key={m.number}>
              <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatNumber(m.population)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(m.areaKm2)}</Table.Cell>
              <Table.Cell className="numeric">{m.kostraGroup ?? MISSING}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('profile.together')}</Table.HeaderCell>
            <Table.Cell className="numeric">{formatNumber(profile.population)}</Table.Cell>
            <Table.Cell className="numeric">{formatNumber(profile.areaKm2)}</Table.Cell>
            <Table.Cell className="numeric" />
          </Table.Row>
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

/** «Samarbeidet som én kommune»: the answer first, then the members, staffing, ages and comparable municipalities. */
export function ProfileSection({ profile, areaName, sourceTitle }: ProfileSectionProps) {
  const t = useT();
  return (
    <section aria-labelledby="profile-heading">
      <Heading level={2} data-size="md" id="profile-heading">
        {t('profile.heading')}
      </Heading>
      <ProfileAnswer profile={profile} />
      <Paragraph>
        {t('profile.area', {
          area: formatNumber(profile.areaKm2),
          density: formatNumber(profile.density, 1),
        })}{' '}
        {t('profile.fte', {
          fte: formatFte(profile.total.fte.value),
          per1000: formatNumber(profile.total.ftePer1000, 2),
        })}
      </Paragraph>
      <CaseFigures profile={profile} sourceTitle={sourceTitle} />
      <MembersTable profile={profile} />
      <StaffTable profile={profile} areaName={areaName} />
      <Heading level={3} data-size="sm">
        {t('profile.agesHeading')}
      </Heading>
      <AgesTable profile={profile} areaName={areaName} />
      {profile.withheldAgeGroups > 0 && <Paragraph data-size="sm">{t('profile.withheldNote')}</Paragraph>}
      <Paragraph data-size="sm">{t('profile.missingNote')}</Paragraph>
      <ComparableTable profile={profile} />
      <Paragraph data-size="sm">{t('profile.source')}</Paragraph>
    </section>
  );
}
