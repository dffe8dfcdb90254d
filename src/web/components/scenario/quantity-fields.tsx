import { DISTRIBUTIONS } from '../../../engine/statistics/distributions/registry.ts';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import {
  SCHEMA_PARAMETERS,
  switchKind,
  type DistributionKind,
  type QuantityUnit,
} from '../../editing/scenario/distribution-draft.ts';
import type { QuantityDraft } from '../../editing/scenario/scenario-draft.ts';
import {
  parameterField,
  quantityWord,
  type QuantityName,
} from '../../editing/scenario/scenario-field-labels.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { useT } from '../../i18n/use-t.ts';
import { ProvenanceField } from './provenance-field.tsx';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';

export interface QuantityFieldsProps {
  /** Path of the quantity in the document, e.g. `scenarios[0].areas[0].savingsShare`. */
  path: string;
  quantity: QuantityName;
  unit: QuantityUnit;
  /** Screen-reader context, e.g. «– Lønn, regnskap og fakturering». */
  context: string;
  value: QuantityDraft;
  edit: Edit<QuantityDraft>;
}

function isKind(value: string): value is DistributionKind {
  return Object.hasOwn(SCHEMA_PARAMETERS, value);
}

/**
 * An uncertain input: its distribution (from the engine's registry), the fields that kind needs (low /
 * most likely / high for PERT, mean and standard deviation for normal, …) and its provenance.
 */
export function QuantityFields({ path, quantity, unit, context, value, edit }: QuantityFieldsProps) {
  const t = useT();
  const editDistribution = focusKey(edit, 'distribution');
  const kind = value.distribution.kind;
  return (
    <div className="quantity-fields">
      <div className="field-grid">
        <ScenarioSelectField
          path={`${path}.distribution.kind`}
          label={{ field: t('quantity.distribution', { quantity: quantityWord(t, quantity) }), context }}
          value={kind}
          options={Object.values(DISTRIBUTIONS).map((descriptor) => ({
            value: descriptor.kind,
            label: t(messageKeyOr(descriptor.labelKey, 'distribution.fixed')),
          }))}
          onChange={(next) => {
            if (isKind(next)) editDistribution(`${path}.distribution.kind`, (d) => switchKind(d, next));
          }}
        />
        {SCHEMA_PARAMETERS[kind].map((name) => (
          <ScenarioTextField
            key={name}
            path={`${path}.distribution.${name}`}
            label={{ field: parameterField(t, quantity, name, unit), context }}
            value={value.distribution.parameters[name]}
            edit={(field, recipe) =>
              editDistribution(field, (d) => ({
                ...d,
                parameters: { ...d.parameters, [name]: recipe(d.parameters[name]) },
              }))
            }
            size={unit === 'kroner' ? 12 : 6}
          />
        ))}
      </div>
      <ProvenanceField
        path={`${path}.provenance`}
        quantity={quantityWord(t, quantity).toLocaleLowerCase()}
        context={context}
        value={value.provenance}
        edit={focusKey(edit, 'provenance')}
      />
    </div>
  );
}
