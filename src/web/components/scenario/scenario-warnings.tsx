import { Alert, Heading, List } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Scenario } from '../../../case/schema/scenario.ts';
import type { ScenarioWarning } from '../../../engine/economics/scenario-input.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { areaName, areasWithoutCosts, warningMessage } from '../../model/scenario/warning-messages.ts';

export interface ScenarioWarningsProps {
  warnings: readonly ScenarioWarning[];
  scenario: Scenario;
  document: CaseDocument;
}

/** What the user should know about the figures: the engine's warnings and areas with no costs estimated. */
export function ScenarioWarnings({ warnings, scenario, document }: ScenarioWarningsProps) {
  const t = useT();
  const { language } = useLanguage();
  const noCosts = areasWithoutCosts(scenario).map((id) => areaName(document, id, language));
  const messages = [
    ...(noCosts.length > 0 ? [t('scenarioEdit.noCostsWarning', { areas: noCosts.join(', ') })] : []),
    ...warnings.map((warning) => warningMessage(warning, scenario, document, t, language)),
  ];
  if (messages.length === 0) return null;
  return (
    <Alert data-color="warning" className="page-notice">
      <Heading level={3} data-size="xs">
        {t('warning.heading')}
      </Heading>
      <List.Unordered>
        {messages.map((message, i) => (
          <List.Item key={i}>{message}</List.Item>
        ))}
      </List.Unordered>
    </Alert>
  );
}
