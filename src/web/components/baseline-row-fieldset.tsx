import {
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { BaselineRow } from '../../case/schema/baseline.ts';
import type { SourceDocument } from '../../case/schema/common.ts';
import type { DraftField, RowDraft } from '../editing/baseline-draft.ts';
import { fieldId } from '../editing/field-paths.ts';
import { figuresNeedingSource } from '../editing/figure-source-draft.ts';
import { formatAges } from '../format/format-ages.ts';
import type { MessageKey } from '../i18n/catalogues.ts';
import { useT } from '../i18n/use-t.ts';
import { DraftFieldLabel } from './draft-field-label.tsx';
import { FigureSourceFields } from './figure-source-fields.tsx';

export interface BaselineRowFieldsetProps {
  /** The row's position in `document.baseline`. */
  index: number;
  /** The row as saved, for what the form does not edit (age bands). */
  row: BaselineRow;
  draft: RowDraft;
  municipality: string;
  area: string;
  /** The case's documents, offered as the new source of a changed figure. */
  sources: readonly SourceDocument[];
  /** Error messages by field, each naming the field's path. */
  errors: Partial<Record<DraftField, string>>;
  onChange: (index: number, field: DraftField, value: string) => void;
}

interface NumberInputSpec {
  field: Extract<
    DraftField,
    'fte' | 'headcount' | 'labourCost' | 'budgetYear' | 'ageMin' | 'ageMax' | 'ageValue'
  >;
  label: MessageKey;
  inputMode: 'decimal' | 'numeric';
  /** Width in characters. */
  size: number;
}

const FIGURES: NumberInputSpec[] = [
  { field: 'fte', label: 'field.fte', inputMode: 'decimal', size: 8 },
  { field: 'headcount', label: 'field.headcount', inputMode: 'numeric', size: 6 },
  { field: 'labourCost', label: 'field.labourCost', inputMode: 'numeric', size: 12 },
  { field: 'budgetYear', label: 'field.budgetYear', inputMode: 'numeric', size: 6 },
];

const AGE_RANGE: NumberInputSpec[] = [
  { field: 'ageMin', label: 'field.ageMin', inputMode: 'numeric', size: 4 },
  { field: 'ageMax', label: 'field.ageMax', inputMode: 'numeric', size: 4 },
];
const AGE_SINGLE: NumberInputSpec[] = [
  { field: 'ageValue', label: 'field.ageValue', inputMode: 'numeric', size: 4 },
];

/** The form for one baseline row: figures, budget year, ages and a note. Empty means missing, never 0. */
export function BaselineRowFieldset({
  index,
  row,
  draft,
  municipality,
  area,
  sources,
  errors,
  onChange,
}: BaselineRowFieldsetProps) {
  const t = useT();
  const decentral = row.scope === 'decentral';
  const context = t(decentral ? 'edit.fieldContextDecentral' : 'edit.fieldContext', { municipality, area });
  const id = (field: DraftField) => fieldId({ index, field });

  const numberInput = (spec: NumberInputSpec) => (
    <Textfield
      key={spec.field}
      id={id(spec.field)}
      className="draft-field"
      label={<DraftFieldLabel field={t(spec.label)} context={context} />}
      inputMode={spec.inputMode}
      autoComplete="off"
      size={spec.size}
      value={draft[spec.field]}
      onChange={(event) => onChange(index, spec.field, event.target.value)}
      error={errors[spec.field]}
    />
  );

  const ageInputs = draft.ageKind === 'range' ? AGE_RANGE : draft.ageKind === 'single' ? AGE_SINGLE : [];
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>
        {t(decentral ? 'edit.rowLegendDecentral' : 'edit.rowLegend', { municipality })}
      </Fieldset.Legend>
      <div className="row-fieldset__grid">
        {FIGURES.map(numberInput)}
        <Field className="draft-field">
          <Label>
            <DraftFieldLabel field={t('field.ageKind')} context={context} />
          </Label>
          <Select
            id={id('ageKind')}
            value={draft.ageKind}
            width="auto"
            aria-invalid={errors.ageKind ? true : undefined}
            onChange={(event) => onChange(index, 'ageKind', event.target.value)}
          >
            <Select.Option value="none">{t('ageKind.none')}</Select.Option>
            <Select.Option value="range">{t('ageKind.range')}</Select.Option>
            <Select.Option value="single">{t('ageKind.single')}</Select.Option>
            {row.ages?.kind === 'bands' && <Select.Option value="bands">{t('ageKind.bands')}</Select.Option>}
          </Select>
          {errors.ageKind && <ValidationMessage>{errors.ageKind}</ValidationMessage>}
        </Field>
        {ageInputs.map(numberInput)}
      </div>
      {figuresNeedingSource(row, draft).map((field) => (
        <FigureSourceFields
          key={field}
          index={index}
          row={row}
          field={field}
          draft={draft}
          context={context}
          sources={sources}
          errors={errors}
          onChange={onChange}
        />
      ))}
      {draft.ageKind === 'bands' && row.ages?.kind === 'bands' && (
        <Paragraph data-size="sm">{t('edit.bandsReadOnly', { bands: formatAges(row.ages, t) })}</Paragraph>
      )}
      <Textfield
        id={id('notes')}
        className="draft-field draft-field--wide"
        label={<DraftFieldLabel field={t('field.notes')} context={context} />}
        multiline
        rows={2}
        value={draft.notes}
        onChange={(event) => onChange(index, 'notes', event.target.value)}
        error={errors.notes}
      />
    </Fieldset>
  );
}
