import { labelText } from '../../../case/cost-sharing/allocation-labels.ts';
import { COST_KEYS } from '../../../engine/cost-sharing/registry.ts';
import { ALLOCATION_METHOD_IDS } from '../../../engine/games/allocation-method-ids.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import { isKeyId, isMethodKeyId, isRestKeyId, type KeyDraft } from '../../editing/scenario/key-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { areaContext, keyContext } from '../../editing/scenario/scenario-field-labels.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface CostKeyFieldsProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  areaPath: string;
  /** Which of the area's keys: the running cost's or the one-off costs'. */
  which: 'costKey' | 'oneOffKey';
  /** The area's name. */
  area: string;
  value: KeyDraft;
  edit: Edit<KeyDraft>;
}

/**
 * A cost key from the engine's registry, or an allocation method (nucleolus, Shapley, …) applied to the
 * area's coalition costs, with a line that explains the choice, and the options a simple key reads: the
 * population's reference date, the volume measure, or a hybrid's share split equally and the key for the rest.
 */
export function CostKeyFields({ areaPath, which, area, value, edit }: CostKeyFieldsProps) {
  const t = useT();
  const path = `${areaPath}.${which}`;
  const label = t(which === 'costKey' ? 'scenarioField.costKey' : 'scenarioField.oneOffKey');
  const context = areaContext(t, area);
  const optionContext = keyContext(t, which, area);
  const { language } = useLanguage();
  const { document } = useScenarioForm();
  const keyLabel = (labelKey: string) => t(messageKeyOr(labelKey, 'costKey.equal.label'));
  const dates = [
    ...new Set(document.participants.flatMap((p) => p.population.map((f) => f.referenceDate))),
  ].sort();
  const method = isMethodKeyId(value.keyId);
  const usesPopulation =
    (!method && value.keyId === 'population') ||
    (value.keyId === 'hybrid' && value.restKeyId === 'population');
  const usesVolume = value.keyId === 'volume' || (value.keyId === 'hybrid' && value.restKeyId === 'volume');
  const set = <K extends keyof KeyDraft>(key: K, field: string, next: KeyDraft[K]) =>
    focusKey(edit, key)(field, () => next);
  return (
    <div className="field-grid">
      <ScenarioSelectField
        path={`${path}.keyId`}
        label={{ field: label, context }}
        value={value.keyId}
        description={t(messageKeyOr(`keyExplain.${value.keyId}`, 'keyExplain.method'))}
        options={[
          ...COST_KEYS.map((key) => ({ value: key.id, label: keyLabel(key.labelKey) })),
          ...ALLOCATION_METHOD_IDS.map((id) => ({
            value: id,
            label: t('keyMethod.option', {
              name: labelText(`allocation_method.${id.replaceAll('-', '_')}`, language),
            }),
          })),
        ]}
        onChange={(next) => {
          if (isKeyId(next)) set('keyId', `${path}.keyId`, next);
        }}
      />
      {value.keyId === 'hybrid' && (
        <>
          <ScenarioTextField
            path={`${path}.options.fixedShare`}
            label={{ field: t('scenarioField.fixedShare'), context: optionContext }}
            value={value.fixedShare}
            edit={focusKey(edit, 'fixedShare')}
            size={6}
          />
          <ScenarioSelectField
            path={`${path}.options.rest.keyId`}
            label={{ field: t('scenarioField.restKey'), context: optionContext }}
            value={value.restKeyId}
            options={COST_KEYS.filter((key) => isRestKeyId(key.id)).map((key) => ({
              value: key.id,
              label: keyLabel(key.labelKey),
            }))}
            onChange={(next) => {
              if (isRestKeyId(next)) set('restKeyId', `${path}.options.rest.keyId`, next);
            }}
          />
        </>
      )}
      {usesPopulation && (
        <ScenarioSelectField
          path={`${path}.options.referenceDate`}
          label={{ field: t('scenarioField.referenceDate'), context: optionContext }}
          value={value.referenceDate}
          options={[
            { value: '', label: t('scenarioEdit.latestCommonDate') },
            ...dates.map((date) => ({ value: date, label: formatPlanDate(date, language) })),
          ]}
          onChange={(next) => set('referenceDate', `${path}.options.referenceDate`, next)}
        />
      )}
      {usesVolume && (
        <ScenarioTextField
          path={`${path}.options.measure`}
          label={{ field: t('scenarioField.measure'), context: optionContext }}
          description={t('scenarioEdit.measureHint')}
          value={value.measure}
          edit={focusKey(edit, 'measure')}
          inputMode="text"
          size={16}
        />
      )}
    </div>
  );
}
