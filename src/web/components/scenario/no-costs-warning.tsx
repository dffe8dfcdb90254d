import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/use-t.ts';

export interface NoCostsWarningProps {
  /** The areas' names with neither one-off nor new recurring costs. */
  areas: readonly string[];
}

/**
 * Says plainly that no costs are estimated: the seeds name the kinds (project management, harmonisation,
 * ICT, …) but give no amounts, so the NPV shown is the savings alone and too high.
 */
export function NoCostsWarning({ areas }: NoCostsWarningProps) {
  const t = useT();
  if (areas.length === 0) return null;
  return (
    <Alert data-color="warning" className="page-notice">
      <Paragraph>{t('scenarioEdit.noCostsWarning', { areas: areas.join(', ') })}</Paragraph>
    </Alert>
  );
}
