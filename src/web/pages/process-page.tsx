import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { Localized } from '../components/localized.tsx';
import { DecisionRecorder } from '../components/process/decision-recorder.tsx';
import { MilestoneEditor } from '../components/process/milestone-editor.tsx';
import { MilestonePlan } from '../components/process/milestone-plan.tsx';
import { ParticipationEditor } from '../components/process/participation-editor.tsx';
import { ParticipationRecord } from '../components/process/participation-record.tsx';
import { PoliticalTreatment } from '../components/process/political-treatment.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { today } from '../format/plan-dates.ts';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import '../components/process/process.css';

/** `/saker/:caseId/prosess`: the plan with today's position, political treatment, and participation. */
export default function ProcessPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('process.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const [savedStatus, setSavedStatus] = useState('');
  const { reload } = resource;
  const onSaved = useCallback(
    (revision: number) => {
      setSavedStatus(t('process.edit.saved', { revision }));
      reload();
    },
    [reload, t],
  );
  const onDecisionSaved = useCallback(
    (revision: number) => {
      setSavedStatus(t('process.decision.saved', { revision }));
      reload();
    },
    [reload, t],
  );
  const onParticipationSaved = useCallback(
    (revision: number) => {
      setSavedStatus(t('process.forms.saved', { revision }));
      reload();
    },
    [reload, t],
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('process.title')}
      </Heading>
      <p role="status" aria-live="polite" className="save-status">
        {savedStatus}
      </p>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => (
          <>
            <Paragraph className="lead">
              <Localized text={view.document.title} />
            </Paragraph>
            <Paragraph>{t('process.lead')}</Paragraph>
            <MilestonePlan document={view.document} today={today().iso} />
            {view.role !== 'reader' && (
              <MilestoneEditor
                key={view.revision.revision}
                caseId={caseId}
                document={view.document}
                revision={view.revision.revision}
                onSaved={onSaved}
              />
            )}
            <PoliticalTreatment document={view.document}>
              {view.role !== 'reader' && (
                <DecisionRecorder
                  key={view.revision.revision}
                  caseId={caseId}
                  document={view.document}
                  revision={view.revision.revision}
                  onSaved={onDecisionSaved}
                />
              )}
            </PoliticalTreatment>
            <ParticipationRecord document={view.document} />
            {view.role !== 'reader' && (
              <ParticipationEditor
                key={view.revision.revision}
                caseId={caseId}
                document={view.document}
                revision={view.revision.revision}
                onSaved={onParticipationSaved}
              />
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
