import { isApiError } from '../../api/api-error.ts';
import { deleteScenario } from '../../api/scenarios-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { ConfirmActionButton } from '../confirm-action-button.tsx';
import { errorMessage } from '../error-state.tsx';

export interface DeleteScenarioButtonProps {
  caseId: string;
  scenarioId: string;
  /** The scenario's name as the page shows it. */
  name: string;
  /** The newest revision on the page: a delete over a newer save is refused (409), never merged. */
  latestRevision: number;
  onDeleted: () => void;
}

/**
 * «Slett» for one scenario, asked again in a modal dialog. The delete is a new revision, so the scenario can
 * be got back from the history.
 */
export function DeleteScenarioButton({
  caseId,
  scenarioId,
  name,
  latestRevision,
  onDeleted,
}: DeleteScenarioButtonProps) {
  const t = useT();
  return (
    <ConfirmActionButton
      button={
        <>
          {t('scenarioDelete.button')} <span className="ds-sr-only">{name}</span>
        </>
      }
      title={t('scenarioDelete.title', { name })}
      body={t('scenarioDelete.body')}
      failedHeading={t('scenarioDelete.failed')}
      cancelLabel={t('scenarioDelete.cancel')}
      confirmLabel={t('scenarioDelete.confirm')}
      busyLabel={t('scenarioDelete.deleting')}
      danger
      titleId={`delete-scenario-${scenarioId}-title`}
      action={() => deleteScenario(caseId, scenarioId, latestRevision)}
      onDone={() => onDeleted()}
      // The server's sentence names what refers to the scenario; a conflict says to reload.
      failureText={(error) =>
        !isApiError(error)
          ? errorMessage(error, t)
          : error.code === 'conflict'
            ? t('scenarioDelete.conflict')
            : error.code === 'validation' && error.issues[0]
              ? error.issues[0].message
              : errorMessage(error, t)
      }
    />
  );
}
