import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { fieldLabel } from '../../../case/field-label.ts';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../api/types.ts';
import { fieldId } from '../../editing/people/people-draft-common.ts';
import { useUndoableDraft } from '../../editing/people/use-undoable-draft.ts';
import { checkPeopleDraft, provenanceInput } from '../../editing/people/validate-people-draft.ts';
import {
  applyWorkforceDraft,
  PERCENT_WORKFORCE,
  WORKFORCE_FIELDS,
  workforceDraft,
  workforcePath,
} from '../../editing/people/workforce-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { MISSING } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import type { FormError } from '../form-error-summary.tsx';
import { PeopleFormBody, provenanceUpdater } from './people-form-body.tsx';
import './people-forms.css';

export interface WorkforceAssumptionsFormProps {
  caseId: string;
  /** The revision the page loaded; a reader sees the values without inputs to change them. */
  view: CaseView;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

const FORM = 'workforce-assumptions';
const IDS = {
  toBeSetBy: 'wf-provenance-to-be-set-by',
  document: 'wf-provenance-document',
  comment: 'wf-comment',
};

/** The retirement and turnover assumptions, typed in years and percent and saved as a revision. */
export function WorkforceAssumptionsForm({ caseId, view, saver, onSaved }: WorkforceAssumptionsFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const readOnly = view.role === 'reader';
  const { draft, canUndo, update, undo, reset } = useUndoableDraft(() => workforceDraft(view.document));
  // The document the draft started from; what is unchanged since then is not the user's change.
  const [origin, setOrigin] = useState(view.document);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const base = saver.baseDocument;
  const errorOn = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const { document: after, invalid } = applyWorkforceDraft(base, draft, origin);
    const local = invalid.map((id) => ({
      fieldId: id,
      message: t('edit.fieldError', {
        message: t('edit.invalidNumber'),
        field: fieldLabel(id.replaceAll('-', '.'), base, language),
      }),
    }));
    const found = checkPeopleDraft(
      {
        before: base,
        after,
        provenance: draft.provenance,
        comment,
        local,
        prefix: 'people.workforce',
        inputFor: (path) =>
          path.includes('provenance') ? provenanceInput(IDS, draft.provenance) : fieldId(path),
        ids: IDS,
      },
      t,
      language,
    );
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const saved = await saver.save(
      FORM,
      () => after,
      comment.trim(),
      (r) => t('edit.saved', { revision: r }),
    );
    if (saved === null) return;
    reset({ ...workforceDraft(after), provenance: draft.provenance });
    setOrigin(after);
    setComment('');
    onSaved(saved);
  }

  const fields = (
    <div className="people-form-params">
      {WORKFORCE_FIELDS.map((f) => {
        const id = fieldId(workforcePath(f));
        const label = t(`peopleForm.field.${f}`);
        const error = errorOn(id);
        return (
          <Textfield
            key={f}
            id={id}
            label={t(PERCENT_WORKFORCE.has(f) ? 'peopleForm.percent' : 'peopleForm.years', { label })}
            inputMode="decimal"
            value={draft.values[f]}
            onChange={(e) => {
              const text = e.target.value;
              update(id, (d) => ({ ...d, values: { ...d.values, [f]: text } }));
            }}
            {...(error === undefined ? {} : { error })}
          />
        );
      })}
    </div>
  );

  return (
    <section aria-labelledby="wf-inputs-heading" className="people-form">
      <Heading level={2} data-size="md" id="wf-inputs-heading">
        {t('peopleForm.workforceHeading')}
      </Heading>
      {readOnly ? (
        <>
          <Alert data-color="info">
            <Paragraph>{t('peopleForm.readerNotice')}</Paragraph>
          </Alert>
          {/* Text, not read-only fields: a reader sees no input fields (issue 17). */}
          <dl className="read-only-values">
            {WORKFORCE_FIELDS.map((f) => (
              <div key={f}>
                <dt>
                  {t(PERCENT_WORKFORCE.has(f) ? 'peopleForm.percent' : 'peopleForm.years', {
                    label: t(`peopleForm.field.${f}`),
                  })}
                </dt>
                <dd>{draft.values[f].trim() === '' ? MISSING : draft.values[f]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <>
          <PeopleFormBody
            intro={t('peopleForm.workforceIntro')}
            caseId={caseId}
            saver={saver}
            form={FORM}
            attempt={attempt}
            onSubmit={(event) => void submit(event)}
            ids={IDS}
            document={base}
            provenance={draft.provenance}
            onProvenance={provenanceUpdater(update)}
            comment={comment}
            onComment={setComment}
            errors={errors}
            canUndo={canUndo}
            onUndo={undo}
            saving={saver.saving}
            status={saver.owner === FORM ? saver.status : ''}
          >
            {fields}
          </PeopleFormBody>
        </>
      )}
    </section>
  );
}
