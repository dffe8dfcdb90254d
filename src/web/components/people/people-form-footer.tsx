import { Button, Field, Fieldset, Label, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { ProvenanceDraft } from '../../editing/people/people-draft-common.ts';
import type { PeopleFormIds } from '../../editing/people/validate-people-draft.ts';
import { useT } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';

export interface PeopleFormFooterProps {
  ids: PeopleFormIds;
  document: CaseDocument;
  provenance: ProvenanceDraft;
  onProvenance: (change: Partial<ProvenanceDraft>) => void;
  comment: string;
  onComment: (comment: string) => void;
  errors: readonly FormError[];
  canUndo: boolean;
  onUndo: () => void;
  saving: boolean;
  /** The save status, for the live region. */
  status: string;
}

/**
 * Where the changed figures come from (a source, or a placeholder nobody has set), the revision comment, save
 * and undo: the end of each people form.
 */
export function PeopleFormFooter(props: PeopleFormFooterProps) {
  const t = useT();
  const { ids, provenance, errors } = props;
  const errorOn = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const toBeSetByError = errorOn(ids.toBeSetBy);
  const documentError = errorOn(ids.document);
  const commentError = errorOn(ids.comment);
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('peopleForm.provenanceLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('peopleForm.provenanceHint')}</Fieldset.Description>
        <div className="button-row">
          {(['placeholder', 'source'] as const).map((mode) => (
            <Radio
              key={mode}
              name={`${ids.toBeSetBy}-mode`}
              value={mode}
              label={t(`provenance.${mode}`)}
              checked={provenance.mode === mode}
              onChange={() => props.onProvenance({ mode })}
            />
          ))}
        </div>
        {provenance.mode === 'placeholder' ? (
          <Textfield
            id={ids.toBeSetBy}
            label={t('provenance.toBeSetBy')}
            value={provenance.toBeSetBy}
            onChange={(event) => props.onProvenance({ toBeSetBy: event.target.value })}
            {...(toBeSetByError === undefined ? {} : { error: toBeSetByError })}
          />
        ) : (
          <>
            <Field>
              <Label htmlFor={ids.document}>{t('provenance.document')}</Label>
              <Select
                id={ids.document}
                value={provenance.document}
                onChange={(event) => props.onProvenance({ document: event.target.value })}
                {...(documentError === undefined ? {} : { 'aria-invalid': true })}
              >
                <Select.Option value="">{t('provenance.chooseDocument')}</Select.Option>
                {props.document.sources.map((s) => (
                  <Select.Option key={s.id} value={s.id}>
                    {s.title}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id={`${ids.document}-locator`}
              label={t('provenance.locator')}
              value={provenance.locator}
              onChange={(event) => props.onProvenance({ locator: event.target.value })}
            />
          </>
        )}
      </Fieldset>
      <Textfield
        id={ids.comment}
        label={t('edit.comment')}
        description={t('edit.commentHint')}
        multiline
        rows={2}
        required
        value={props.comment}
        onChange={(event) => props.onComment(event.target.value)}
        {...(commentError === undefined ? {} : { error: t('edit.commentRequired') })}
      />
      <div className="button-row">
        <Button type="submit" loading={props.saving}>
          {t('edit.save')}
        </Button>
        <Button type="button" variant="secondary" disabled={!props.canUndo} onClick={props.onUndo}>
          {t('edit.undo')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="save-status">
        {props.status}
      </p>
    </>
  );
}
