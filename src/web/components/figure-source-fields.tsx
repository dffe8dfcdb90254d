import { Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { BaselineRow, SourcedField } from '../../case/schema/baseline.ts';
import type { SourceDocument } from '../../case/schema/common.ts';
import type { DraftField, RowDraft } from '../editing/baseline-draft.ts';
import { FIELD_LABEL } from '../editing/describe-field.ts';
import { fieldId } from '../editing/field-paths.ts';
import { OWN_VALUE, choiceField, textField } from '../editing/figure-source-draft.ts';
import { formatFigureSource } from '../format/format-figure-source.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { DraftFieldLabel } from './draft-field-label.tsx';

// Lower case after «Ny kilde for», so the group's name never reads like the figure's own label.
const LEGEND = {
  fte: 'edit.sourceLegend.fte',
  headcount: 'edit.sourceLegend.headcount',
  labourCost: 'edit.sourceLegend.labourCost',
  ages: 'edit.sourceLegend.ages',
} as const satisfies Record<SourcedField, string>;

export interface FigureSourceFieldsProps {
  /** The row's position in `document.baseline`. */
  index: number;
  /** The row as saved, for the source the figure had. */
  row: BaselineRow;
  /** The changed figure whose source is asked for. */
  field: SourcedField;
  draft: RowDraft;
  /** Which row, for screen readers: "– Melhus, Lønn, regnskap og fakturering". */
  context: string;
  /** The case's documents to choose from. */
  sources: readonly SourceDocument[];
  errors: Partial<Record<DraftField, string>>;
  onChange: (index: number, field: DraftField, value: string) => void;
}

/**
 * Asks where a changed figure now comes from: a document of the case and the place in it, or «Egen verdi»
 * with an optional note. Shown as soon as the figure differs from the saved one, so the old source is never
 * kept by silence.
 */
export function FigureSourceFields({
  index,
  row,
  field,
  draft,
  context,
  sources,
  errors,
  onChange,
}: FigureSourceFieldsProps) {
  const t = useT();
  const { language } = useLanguage();
  const choice = choiceField(field);
  const text = textField(field);
  const own = draft[choice] === OWN_VALUE;
  const was = row.sources[field];
  return (
    <Fieldset className="figure-source">
      <Fieldset.Legend>
        {t(LEGEND[field])} <span className="ds-sr-only">{context}</span>
      </Fieldset.Legend>
      <Fieldset.Description>
        {t('edit.sourceHint')}
        {was && ` ${t('edit.sourceWas', { source: formatFigureSource(was, sources, t, language) })}`}
      </Fieldset.Description>
      <Field className="draft-field">
        <Label>
          <DraftFieldLabel field={t(FIELD_LABEL[choice])} context={context} />
        </Label>
        <Select
          id={fieldId({ index, field: choice })}
          value={draft[choice]}
          width="auto"
          aria-invalid={errors[choice] ? true : undefined}
          onChange={(event) => onChange(index, choice, event.target.value)}
        >
          <Select.Option value="">{t('edit.sourceChoose')}</Select.Option>
          {sources.map((source) => (
            <Select.Option key={source.id} value={source.id}>
              {source.title}
            </Select.Option>
          ))}
          <Select.Option value={OWN_VALUE}>{t('edit.sourceOwn')}</Select.Option>
        </Select>
        {errors[choice] && <ValidationMessage>{errors[choice]}</ValidationMessage>}
      </Field>
      {draft[choice] !== '' && (
        <Textfield
          id={fieldId({ index, field: text })}
          className="draft-field draft-field--wide"
          label={
            <DraftFieldLabel field={own ? t('edit.sourceNote') : t(FIELD_LABEL[text])} context={context} />
          }
          description={own ? t('edit.sourceNoteHint') : t('edit.sourceLocatorHint')}
          autoComplete="off"
          value={draft[text]}
          onChange={(event) => onChange(index, text, event.target.value)}
          error={errors[text]}
        />
      )}
    </Fieldset>
  );
}
