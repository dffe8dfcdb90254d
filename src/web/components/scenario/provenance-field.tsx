import { Button, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import { editProvenance, type ProvenanceDraft } from '../../editing/scenario/provenance-draft.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { provenanceContext } from '../../editing/scenario/scenario-field-labels.ts';
import { formatProvenance } from '../../format/format-provenance.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { DraftFieldLabel } from '../draft-field-label.tsx';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface ProvenanceFieldProps {
  /** Path of the provenance in the document, e.g. `scenarios[0].areas[0].savingsShare.provenance`. */
  path: string;
  /** What the input is, e.g. «innsparing», for the legend. */
  quantity: string;
  /** Screen-reader context, e.g. «– Lønn, regnskap og fakturering». */
  context: string;
  value: ProvenanceDraft;
  edit: Edit<ProvenanceDraft>;
}

/**
 * Where an input comes from. A saved input shows its source or assumption with a button to change it; a
 * new input (or a changed one) gets the form: a source document and the place in it, or an assumption
 * with its owner.
 */
export function ProvenanceField({ path, quantity, context, value, edit }: ProvenanceFieldProps) {
  const t = useT();
  const { language } = useLanguage();
  const { readOnly, document, errorAt } = useScenarioForm();
  if (value.mode === 'keep' && value.original) {
    return (
      <div className="provenance">
        <Paragraph data-size="sm">
          {formatProvenance(value.original, document.sources, t, language)}
        </Paragraph>
        {!readOnly && (
          <Button variant="tertiary" data-size="sm" onClick={() => edit(`${path}.mode`, editProvenance)}>
            {t('provenance.change', { quantity })}
            <span className="ds-sr-only"> {context}</span>
          </Button>
        )}
      </div>
    );
  }
  const text = (field: 'locator' | 'owner' | 'note', docPath: string, label: string) => (
    <Textfield
      id={fieldIdFor(`${path}.${docPath}`)}
      className="draft-field"
      label={<DraftFieldLabel field={label} context={provenanceContext(t, quantity, context)} />}
      value={value[field]}
      readOnly={readOnly}
      onChange={(event) => {
        const next = event.target.value;
        focusKey(edit, field)(`${path}.${docPath}`, () => next);
      }}
      error={errorAt(`${path}.${docPath}`)}
    />
  );
  return (
    <Fieldset className="provenance provenance--edit">
      <Fieldset.Legend>
        {t('provenance.legend', { quantity })} <span className="ds-sr-only">{context}</span>
      </Fieldset.Legend>
      <div className="button-row">
        {(['source', 'assumption'] as const).map((mode) => (
          <Radio
            key={mode}
            name={`${fieldIdFor(path)}-mode`}
            label={t(`provenance.${mode}`)}
            value={mode}
            checked={value.mode === mode}
            disabled={readOnly}
            onChange={() => focusKey(edit, 'mode')(`${path}.mode`, () => mode)}
          />
        ))}
      </div>
      {value.mode === 'source' ? (
        <div className="field-grid">
          <ScenarioSelectField
            path={`${path}.source.document`}
            label={{ field: t('provenance.document'), context: provenanceContext(t, quantity, context) }}
            value={value.document}
            options={[
              { value: '', label: t('provenance.chooseDocument') },
              ...document.sources.map((source) => ({ value: source.id, label: source.title })),
            ]}
            onChange={(next) => focusKey(edit, 'document')(`${path}.source.document`, () => next)}
          />
          {text('locator', 'source.locator', t('provenance.locator'))}
        </div>
      ) : (
        <div className="field-grid">
          {text('owner', 'assumption.owner', t('provenance.owner'))}
          {text('note', 'assumption.note', t('provenance.note'))}
        </div>
      )}
    </Fieldset>
  );
}
