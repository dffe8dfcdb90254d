import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { focusIndex, focusKey, type Edit } from '../../editing/edit-lens.ts';
import { financeableCosts, type GrantDraft } from '../../editing/scenario/grant-draft.ts';
import type { AreaDraft } from '../../editing/scenario/scenario-draft.ts';
import { costName, grantContext } from '../../editing/scenario/scenario-field-labels.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { useT } from '../../i18n/use-t.ts';
import { roundedNok } from '../../model/scenario/figure-text.ts';
import { areaName } from '../../model/scenario/warning-messages.ts';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface GrantsSectionProps {
  /** Path of the scenario, e.g. `scenarios[0]`. */
  path: string;
  value: readonly GrantDraft[];
  edit: Edit<GrantDraft[]>;
  /** The areas as the draft has them: their one-off costs are what a grant can finance. */
  areas: readonly AreaDraft[];
}

/**
 * The scenario's grants, each with the one-off cost it finances: a grant is counted only up to that cost,
 * and not at all without one. Nothing shows for a scenario without grants.
 */
export function GrantsSection({ path, value, edit, areas }: GrantsSectionProps) {
  const t = useT();
  const { language } = useLanguage();
  const { document } = useScenarioForm();
  if (value.length === 0) return null;
  const costs = financeableCosts(areas);
  const costLabel = (cost: (typeof costs)[number]) =>
    t('scenarioEdit.financedCostOption', {
      cost: costName(t, 'oneOffCosts', cost.costIndex),
      kind: t(messageKeyOr(`costKind.${cost.kind}`, 'costKind.other')),
      year: cost.year,
      area: areaName(document, cost.areaId, language),
    });
  return (
    <section aria-labelledby="scenario-grants-heading" className="editor-area">
      <Heading level={3} data-size="sm" id="scenario-grants-heading">
        {t('scenarioEdit.grantsHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('scenarioEdit.grantsHint')}</Paragraph>
      {value.map((grant, g) => {
        const saved = document.grants.find((candidate) => candidate.id === grant.grantId);
        const name = saved ? localized(saved.name, language) : grant.grantId;
        const fieldPath = `${path}.grants[${g}].financesCost`;
        const known = grant.financesCost === '' || costs.some((cost) => cost.ref === grant.financesCost);
        return (
          <div key={grant.grantId} className="grant-row">
            <Heading level={4} data-size="2xs">
              {name}
            </Heading>
            {saved && (
              <Paragraph data-size="sm">
                {t('scenarioEdit.grantFacts', { amount: roundedNok(saved.amount), grantor: saved.grantor })}
              </Paragraph>
            )}
            <div className="field-grid">
              <ScenarioSelectField
                path={fieldPath}
                label={{ field: t('scenarioField.financesCost'), context: grantContext(t, name) }}
                value={grant.financesCost}
                options={[
                  { value: '', label: t('scenarioEdit.noFinancedCost') },
                  ...costs.map((cost) => ({ value: cost.ref, label: costLabel(cost) })),
                  // A cost removed since (or never entered) stays listed, so the choice is not changed silently.
                  ...(known
                    ? []
                    : [
                        {
                          value: grant.financesCost,
                          label: t('scenarioEdit.missingFinancedCost', { cost: grant.financesCost }),
                        },
                      ]),
                ]}
                onChange={(next) =>
                  focusKey(focusIndex<GrantDraft>(edit, g), 'financesCost')(fieldPath, () => next)
                }
              />
            </div>
          </div>
        );
      })}
    </section>
  );
}
