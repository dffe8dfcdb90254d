import { Heading } from '@digdir/designsystemet-react';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import type { ScenarioDraft } from '../../editing/scenario/scenario-draft.ts';
import { useT } from '../../i18n/use-t.ts';
import { DiscountScheduleFields } from './discount-schedule-fields.tsx';
import { ProvenanceField } from './provenance-field.tsx';
import { QuantityFields } from './quantity-fields.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';

export interface ScenarioSettingsSectionProps {
  /** Path of the scenario, e.g. `scenarios[0]`. */
  path: string;
  value: ScenarioDraft;
  edit: Edit<ScenarioDraft>;
}

/**
 * What holds for the whole scenario: price year, period, wage and price growth, discount rate, and for the
 * socio-economic view the lifetime (residual value) and the tax financing cost, each with its provenance.
 */
export function ScenarioSettingsSection({ path, value, edit }: ScenarioSettingsSectionProps) {
  const t = useT();
  const plain = (field: string) => ({ field, context: '' });
  return (
    <section aria-labelledby="scenario-settings-heading" className="editor-area">
      <Heading level={3} data-size="sm" id="scenario-settings-heading">
        {t('scenarioEdit.settings')}
      </Heading>
      <div className="field-grid">
        <ScenarioTextField
          path={`${path}.baseYear`}
          label={plain(t('scenarioField.baseYear'))}
          description={t('scenarioEdit.baseYearHint')}
          value={value.baseYear}
          edit={focusKey(edit, 'baseYear')}
          inputMode="numeric"
          size={6}
        />
        <ScenarioTextField
          path={`${path}.firstYear`}
          label={plain(t('scenarioField.firstYear'))}
          description={t('scenarioEdit.firstYearHint')}
          value={value.firstYear}
          edit={focusKey(edit, 'firstYear')}
          inputMode="numeric"
          size={6}
        />
        <ScenarioTextField
          path={`${path}.horizonYears`}
          label={plain(t('scenarioField.horizonYears'))}
          value={value.horizonYears}
          edit={focusKey(edit, 'horizonYears')}
          inputMode="numeric"
          size={4}
        />
      </div>
      <Heading level={4} data-size="2xs">
        {t('quantity.realWageGrowth')}
      </Heading>
      <QuantityFields
        path={`${path}.realWageGrowth`}
        quantity="realWageGrowth"
        unit="percent"
        context=""
        value={value.realWageGrowth}
        edit={focusKey(edit, 'realWageGrowth')}
      />
      <Heading level={4} data-size="2xs">
        {t('quantity.inflation')}
      </Heading>
      <div className="field-grid">
        <ScenarioTextField
          path={`${path}.inflation.value`}
          label={plain(t('scenarioField.inflation'))}
          description={t('scenarioEdit.inflationHint')}
          value={value.inflation}
          edit={focusKey(edit, 'inflation')}
          size={6}
        />
      </div>
      <ProvenanceField
        path={`${path}.inflation.provenance`}
        quantity={t('quantity.inflation').toLocaleLowerCase()}
        context=""
        value={value.inflationProvenance}
        edit={focusKey(edit, 'inflationProvenance')}
      />
      <DiscountScheduleFields path={path} value={value} edit={edit} />
      <Heading level={4} data-size="2xs">
        {t('scenarioEdit.socioHeading')}
      </Heading>
      <div className="field-grid">
        <ScenarioTextField
          path={`${path}.lifetimeYears.value`}
          label={plain(t('scenarioField.lifetimeYears'))}
          description={t('scenarioEdit.lifetimeHint')}
          value={value.lifetimeYears}
          edit={focusKey(edit, 'lifetimeYears')}
          inputMode="numeric"
          size={4}
        />
      </div>
      {value.lifetimeYears.trim() !== '' && (
        <ProvenanceField
          path={`${path}.lifetimeYears.provenance`}
          quantity={t('scenarioField.lifetimeYears').toLocaleLowerCase()}
          context=""
          value={value.lifetimeProvenance}
          edit={focusKey(edit, 'lifetimeProvenance')}
        />
      )}
      <div className="field-grid">
        <ScenarioTextField
          path={`${path}.taxFinancingCost.rate`}
          label={plain(t('scenarioField.taxFinancingRate'))}
          description={t('scenarioEdit.taxFinancingHint')}
          value={value.taxFinancingRate}
          edit={focusKey(edit, 'taxFinancingRate')}
          size={6}
        />
      </div>
      {value.taxFinancingRate.trim() !== '' && (
        <ProvenanceField
          path={`${path}.taxFinancingCost.provenance`}
          quantity={t('scenarioField.taxFinancingRate').toLocaleLowerCase()}
          context=""
          value={value.taxFinancingProvenance}
          edit={focusKey(edit, 'taxFinancingProvenance')}
        />
      )}
    </section>
  );
}
