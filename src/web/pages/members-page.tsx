import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { getMembers } from '../api/members-api.ts';
import { MembersManager } from '../components/members/members-manager.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** `/saker/:caseId/medlemmer`: the owner sees and changes who takes part in the case. */
export default function MembersPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('members.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getMembers(caseId, signal), [caseId]));
  const forbidden =
    resource.state.status === 'error' &&
    isApiError(resource.state.error) &&
    resource.state.error.code === 'forbidden';
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('members.title')}
      </Heading>
      {forbidden ? (
        <Alert data-color="info" className="page-notice">
          <Heading level={2} data-size="xs">
            {t('members.ownerOnlyHeading')}
          </Heading>
          <Paragraph>{t('members.ownerOnly')}</Paragraph>
        </Alert>
      ) : (
        <ResourceView resource={resource} loadingLabel={t('loading.members')}>
          {(members) => <MembersManager caseId={caseId} initialMembers={members} />}
        </ResourceView>
      )}
    </>
  );
}
