import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { useT } from '../../i18n/use-t.ts';
import type { AnalysisFailure } from '../../model/scenario/run-analysis.ts';

export interface AnalysisFailureAlertProps {
  failure: AnalysisFailure;
  /** The field's label for a path, when the form edits it. */
  describe: (path: string) => string | undefined;
}

/** The engine could not compute with the scenario: why, and which field, in words. */
export function AnalysisFailureAlert({ failure, describe }: AnalysisFailureAlertProps) {
  const t = useT();
  const reason = t(messageKeyOr(`analysisError.${failure.code}`, 'analysisError.unknown'));
  const field = failure.path === '' ? undefined : (describe(failure.path) ?? failure.path);
  return (
    <Alert data-color="danger" className="page-notice">
      <Heading level={3} data-size="xs">
        {t('analysisError.heading')}
      </Heading>
      <Paragraph>
        {field === undefined ? reason : t('analysisError.at', { reason, field, path: failure.path })}
      </Paragraph>
    </Alert>
  );
}
