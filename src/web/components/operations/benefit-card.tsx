import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { BenefitEntry } from '../../../case/operations/benefits-view.ts';
import type { BenefitView } from '../../../case/operations/benefit-view.ts';
import { areaName } from '../../../case/field-label.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { BenefitSummaryStatus } from '../../../case/operations/benefit-words.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { StatusTag } from '../status-tag.tsx';
import { BenefitChart } from './benefit-chart.tsx';
import { formatIndicator, provenanceText } from './benefit-format.ts';
import { MeasurementForm, TargetForm } from './benefit-forms.tsx';

export interface BenefitCardProps {
  caseId: string;
  entry: BenefitEntry;
  /** The document the page loaded (as the user may see it), for the study figure's area name. */
  document: CaseDocument;
  /** `null` for a reader, who sees no forms. */
  saver: RevisionSave | null;
  onSaved: (revision: number) => void;
}

const TONE: Record<BenefitSummaryStatus, 'success' | 'info' | 'warning' | 'danger' | 'neutral'> = {
  reached: 'success',
  onTrack: 'success',
  behind: 'danger',
  noMeasurement: 'info',
  noTarget: 'warning',
  noBaseline: 'warning',
  invalid: 'danger',
};

function PlaceholderTag() {
  const t = useT();
  return (
    <Tag data-color="warning" data-size="sm">
      {t('benefits.placeholder')}
    </Tag>
  );
}

function Baseline({ plan, document }: { plan: BenefitView; document: CaseDocument }) {
  const t = useT();
  const { language } = useLanguage();
  const { baseline } = plan;
  if (baseline.value === null) return <>{t('benefits.baselineMissing')}</>;
  const value = formatIndicator(baseline.value, language);
  const date = formatPlanDate(baseline.date, language);
  if (baseline.studyFigure !== null) {
    const figure = `${t(`benefits.figure.${baseline.studyFigure.kind}`)} (${areaName(document, baseline.studyFigure.areaId, language)})`;
    return <>{t('benefits.baselineStudy', { value, date, figure })}</>;
  }
  return (
    <>
      {t('benefits.baselineValue', { value, date })}{' '}
      {baseline.provenance && provenanceText(baseline.provenance, t)}
    </>
  );
}

/**
 * One benefit: what it is, its indicator, baseline (with where it comes from), target and date, owner,
 * measures, its status in words, the measurements against the planned path, and the two forms.
 */
export function BenefitCard({ caseId, entry, document, saver, onSaved }: BenefitCardProps) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = `benefit-${entry.id}`;
  const status = (
    <Paragraph>
      <StatusTag tone={TONE[entry.status]}>{entry.statusText.label}</StatusTag> {entry.statusText.meaning}
      {!entry.ok && ` ${entry.field}`}
    </Paragraph>
  );
  if (!entry.ok) {
    return (
      <section aria-labelledby={headingId} className="benefit-card">
        <Heading level={3} data-size="sm" id={headingId}>
          {entry.benefit}
        </Heading>
        {status}
      </section>
    );
  }
  const { target, owner } = entry;
  const targetIsPlaceholder = target.provenance.kind === 'placeholder';
  return (
    <section aria-labelledby={headingId} className="benefit-card">
      <Heading level={3} data-size="sm" id={headingId}>
        {entry.benefit}
      </Heading>
      {status}
      <dl className="benefit-facts">
        <dt>{t('benefits.indicator')}</dt>
        <dd>{entry.indicator}</dd>
        <dt>{t('benefits.baseline')}</dt>
        <dd>
          <Baseline plan={entry} document={document} />
        </dd>
        <dt>{t('benefits.target')}</dt>
        <dd>
          {target.value === null || target.date === null
            ? t('benefits.notSet')
            : t('benefits.targetValue', {
                value: formatIndicator(target.value, language),
                date: formatPlanDate(target.date, language),
              })}{' '}
          {targetIsPlaceholder ? <PlaceholderTag /> : provenanceText(target.provenance, t)}
        </dd>
        <dt>{t('benefits.owner')}</dt>
        <dd>
          {owner.role ?? t('benefits.notSet')} {owner.provenance.kind === 'placeholder' && <PlaceholderTag />}
        </dd>
        <dt>{t('benefits.measures')}</dt>
        <dd>
          {entry.measures.length === 0 ? (
            t('benefits.noMeasures')
          ) : (
            <ul>
              {entry.measures.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {entry.measurements.length === 0 && (
        <Paragraph data-size="sm">{t('benefits.noMeasurements')}</Paragraph>
      )}
      <BenefitChart plan={entry} />
      {saver && (
        <div className="benefit-forms">
          <TargetForm
            caseId={caseId}
            planId={entry.id}
            benefit={entry.benefit}
            saver={saver}
            onSaved={onSaved}
          />
          <MeasurementForm
            caseId={caseId}
            planId={entry.id}
            benefit={entry.benefit}
            saver={saver}
            onSaved={onSaved}
          />
        </div>
      )}
    </section>
  );
}
