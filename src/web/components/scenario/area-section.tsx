import { Heading } from '@digdir/designsystemet-react';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import type { AreaDraft } from '../../editing/scenario/scenario-draft.ts';
import { areaContext } from '../../editing/scenario/scenario-field-labels.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { useT } from '../../i18n/use-t.ts';
import { CostKeyFields } from './cost-key-fields.tsx';
import { CostListSection } from './cost-list-section.tsx';
import { NoCostsWarning } from './no-costs-warning.tsx';
import { ParticipantsFieldset } from './participants-fieldset.tsx';
import { QuantityFields } from './quantity-fields.tsx';
import { ScaleCurveFields } from './scale-curve-fields.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { VolumeFields } from './volume-fields.tsx';
import { ZeroAlternativeSection } from './zero-alternative-section.tsx';

export interface AreaSectionProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  path: string;
  /** The area's name in the interface language. */
  area: string;
  value: AreaDraft;
  edit: Edit<AreaDraft>;
}

/**
 * One service area of the scenario: who joins, what it saves (and how that depends on the unit's size),
 * when, how costs are shared, what it costs, and what going on alone would cost.
 */
export function AreaSection({ path, area, value, edit }: AreaSectionProps) {
  const t = useT();
  const context = areaContext(t, area);
  const headingId = `${fieldIdFor(path)}-heading`;
  const measures = [value.costKey, value.oneOffKey]
    .filter((key) => key.keyId === 'volume' || (key.keyId === 'hybrid' && key.restKeyId === 'volume'))
    .map((key) => key.measure.trim());
  return (
    <section aria-labelledby={headingId} className="editor-area">
      <Heading level={3} data-size="sm" id={headingId}>
        {area}
      </Heading>
      <ParticipantsFieldset
        path={`${path}.participants`}
        area={area}
        value={value.participants}
        edit={focusKey(edit, 'participants')}
      />
      <Heading level={4} data-size="2xs">
        {t('scenarioEdit.savings')}
      </Heading>
      <QuantityFields
        path={`${path}.savingsShare`}
        quantity="savings"
        unit="percent"
        context={context}
        value={value.savingsShare}
        edit={focusKey(edit, 'savingsShare')}
      />
      <ScaleCurveFields
        path={`${path}.scale`}
        area={area}
        value={value.scale}
        edit={focusKey(edit, 'scale')}
      />
      <Heading level={4} data-size="2xs">
        {t('scenarioEdit.phasing')}
      </Heading>
      <div className="field-grid">
        <ScenarioTextField
          path={`${path}.startYear`}
          label={{ field: t('scenarioField.startYear'), context }}
          value={value.startYear}
          edit={focusKey(edit, 'startYear')}
          inputMode="numeric"
          size={6}
        />
        <ScenarioTextField
          path={`${path}.rampUpYears`}
          label={{ field: t('scenarioField.rampUpYears'), context }}
          value={value.rampUpYears}
          edit={focusKey(edit, 'rampUpYears')}
          inputMode="numeric"
          size={4}
        />
        <ScenarioTextField
          path={`${path}.attritionCap`}
          label={{ field: t('scenarioField.attritionCap'), context }}
          description={t('scenarioEdit.attritionHint')}
          value={value.attritionCap}
          edit={focusKey(edit, 'attritionCap')}
          size={6}
        />
      </div>
      <Heading level={4} data-size="2xs">
        {t('scenarioEdit.sharing')}
      </Heading>
      <CostKeyFields
        areaPath={path}
        which="costKey"
        area={area}
        value={value.costKey}
        edit={focusKey(edit, 'costKey')}
      />
      <CostKeyFields
        areaPath={path}
        which="oneOffKey"
        area={area}
        value={value.oneOffKey}
        edit={focusKey(edit, 'oneOffKey')}
      />
      {[...new Set(measures)].map((measure) => (
        <VolumeFields
          key={measure}
          areaPath={path}
          area={area}
          measure={measure}
          participants={value.participants}
          value={value.volumes}
          edit={focusKey(edit, 'volumes')}
        />
      ))}
      <NoCostsWarning areas={value.oneOffCosts.length + value.recurringCosts.length === 0 ? [area] : []} />
      <CostListSection
        areaPath={path}
        area={area}
        list="oneOffCosts"
        value={value.oneOffCosts}
        edit={focusKey(edit, 'oneOffCosts')}
        defaultYear={value.startYear}
      />
      <CostListSection
        areaPath={path}
        area={area}
        list="recurringCosts"
        value={value.recurringCosts}
        edit={focusKey(edit, 'recurringCosts')}
        defaultYear={value.startYear}
      />
      <ZeroAlternativeSection
        areaPath={path}
        area={area}
        participants={value.participants}
        value={value.zeroAlternativeCosts}
        edit={focusKey(edit, 'zeroAlternativeCosts')}
        defaultYear={value.startYear}
      />
    </section>
  );
}
