import { Button, Fieldset, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { isPlaceholder } from '../../../case/schema/provenance.ts';
import type { Provenance } from '../../../case/schema/scenario.ts';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import {
  editProvenance,
  type ProvenanceDraft,
  type ProvenanceMode,
} from '../../editing/scenario/provenance-draft.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { provenanceContext } from '../../editing/scenario/scenario-field-labels.ts';
import { formatProvenance, placeholderDetail, type ProvenanceNames } from '../../format/format-provenance.ts';
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
 * A saved provenance in one line. A placeholder is marked with a warning tag, so that a value nobody has set
 * is never read as a decided one.
 */
export function ProvenanceText({ provenance, names }: { provenance: Provenance; names: ProvenanceNames }) {
  const t = useT();
  const { language } = useLanguage();
  if (!isPlaceholder(provenance))
    return <Paragraph data-size="sm">{formatProvenance(provenance, names, t, language)}</Paragraph>;
  const detail = placeholderDetail(provenance, t);
  return (
    <Paragraph data-size="sm">
      <Tag data-color="warning" data-size="sm">
        {t('provenance.placeholderText')}
      </Tag>
      {detail !== '' && <> {detail}</>}
    </Paragraph>
  );
}

/**
 * Where an input comes from. A saved input shows its source, decision or placeholder with a button to
 * change it; a new input (or a changed one) gets the form: a source document and the place in it, or a
 * placeholder with the role that ought to set it. A saved decision can be chosen again to keep it.
 */
export function ProvenanceField({ path, quantity, context, value, edit }: ProvenanceFieldProps) {
  const t = useT();
  const { readOnly, document, errorAt } = useScenarioForm();
  if (value.mode === 'keep' && value.original) {
    return (
      <div className="provenance">
        <ProvenanceText provenance={value.original} names={document} />
        {!readOnly && (
          <Button variant="tertiary" data-size="sm" onClick={() => edit(`${path}.mode`, editProvenance)}>
            {t('provenance.change', { quantity })}
            <span className="ds-sr-only"> {context}</span>
          </Button>
        )}
      </div>
    );
  }
  const text = (field: 'locator' | 'toBeSetBy' | 'note', docPath: string, label: string) => (
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
  // The editor records no decisions: a saved one can only be kept as it is or replaced.
  const keepsDecision = value.original !== null && 'decision' in value.original;
  const modes: { mode: ProvenanceMode; label: string }[] = [
    { mode: 'source', label: t('provenance.source') },
    { mode: 'placeholder', label: t('provenance.placeholder') },
    ...(keepsDecision ? [{ mode: 'keep' as const, label: t('provenance.keepDecision') }] : []),
  ];
  return (
    <Fieldset className="provenance provenance--edit">
      <Fieldset.Legend>
        {t('provenance.legend', { quantity })} <span className="ds-sr-only">{context}</span>
      </Fieldset.Legend>
      <Fieldset.Description>{t('provenance.help')}</Fieldset.Description>
      <div className="button-row">
        {modes.map(({ mode, label }) => (
          <Radio
            key={mode}
            name={`${fieldIdFor(path)}-mode`}
            label={label}
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
          {text('toBeSetBy', 'placeholder.toBeSetBy', t('provenance.toBeSetBy'))}
          {text('note', 'placeholder.note', t('provenance.note'))}
        </div>
      )}
    </Fieldset>
  );
}
