import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { councilDivergences } from '../../../case/process/divergence.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { Localized } from '../localized.tsx';
import { StatusTag } from '../status-tag.tsx';
import { CouncilDivergence } from './council-divergence.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

const POLITICAL_KINDS = new Set([
  'council',
  'executiveCommittee',
  'jointExecutiveCommittee',
  'workingEnvironmentCommittee',
  'jointConsultativeCommittee',
]);

export interface PoliticalTreatmentProps {
  document: CaseDocument;
  /** Shown at the end of the section, e.g. the form that records a decision. */
  children?: ReactNode;
}

/** Bodies per municipality with their meetings, each body's decision per point, and diverging councils. */
export function PoliticalTreatment({ document, children }: PoliticalTreatmentProps) {
  const t = useT();
  const { language } = useLanguage();
  const bodies = document.bodies.filter((b) => POLITICAL_KINDS.has(b.kind));
  const groups = [
    ...document.participants.map((p) => ({ key: p.municipalityNumber as string, name: p.name })),
    { key: '', name: t('process.political.joint') },
  ].map((group) => ({ ...group, bodies: bodies.filter((b) => (b.municipalityNumber ?? '') === group.key) }));
  const recommendation = document.resolutions[0];
  const deciding = bodies.filter((b) => document.decisions.some((d) => d.bodyId === b.id));
  const columns = deciding.length > 0 ? deciding : bodies.filter((b) => b.kind === 'council');
  const divergences = councilDivergences(document);
  const decisionOf = (bodyId: string, point: number) =>
    document.decisions.filter((d) => d.bodyId === bodyId && d.pointNumber === point).at(-1);
  return (
    <section aria-labelledby="political-heading" className="overview-section">
      <Heading level={2} data-size="md" id="political-heading">
        {t('process.political.heading')}
      </Heading>
      <Heading level={3} data-size="sm">
        {t('process.political.bodies')}
      </Heading>
      {groups.map((group) => (
        <div key={group.key} className="process-bodies">
          <Heading level={4} data-size="xs">
            {group.name}
          </Heading>
          <ul>
            {group.bodies.map((body) => {
              const meetings = document.meetings.filter((m) => m.bodyId === body.id);
              return (
                <li key={body.id}>
                  <Localized text={body.name} />
                  {meetings.length > 0 && (
                    <ul>
                      {meetings.map((m) => (
                        <li key={m.id}>
                          <time dateTime={m.date}>{formatPlanDate(m.date, language)}</time>:{' '}
                          <Localized text={m.title} /> (
                          {m.caseNumber ?? t('process.political.caseNumberMissing')})
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {recommendation && (
        <>
          <Heading level={3} data-size="sm" id="decisions-heading">
            <Localized text={recommendation.title} />
          </Heading>
          {document.decisions.length === 0 && <Paragraph>{t('process.political.noDecisions')}</Paragraph>}
          <ScrollRegion>
            <Table border data-color="neutral" className="decisions-table">
              <caption>{t('process.political.decisionsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('process.political.point')}</Table.HeaderCell>
                  {columns.map((body) => (
                    <Table.HeaderCell key={body.id}>
                      <Localized text={body.name} />
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {recommendation.points.map((point) => (
                  <Table.Row key={point.number}>
                    <Table.HeaderCell scope="row">
                      {point.number}. {point.text} <StatusTag>{t(`pointStatus.${point.status}`)}</StatusTag>
                    </Table.HeaderCell>
                    {columns.map((body) => {
                      const decision = decisionOf(body.id, point.number);
                      return (
                        <Table.Cell key={body.id}>
                          {decision ? t(`outcome.${decision.outcome}`) : t('process.political.notRecorded')}
                          {decision?.amendedText && (
                            <Paragraph data-size="sm">{decision.amendedText}</Paragraph>
                          )}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </>
      )}
      {divergences.length === 0 ? (
        <Paragraph>{t('process.divergence.none')}</Paragraph>
      ) : (
        divergences.map((w) => (
          <CouncilDivergence
            key={`${w.resolutionId}-${w.pointNumber}`}
            warning={w}
            bodies={document.bodies}
          />
        ))
      )}
      {children}
    </section>
  );
}
