import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { fieldLabel } from '../../../case/field-label.ts';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../api/types.ts';
import { fieldId } from '../../editing/people/people-draft-common.ts';
import {
  applySwitchboardDraft,
  fillAllOpen,
  PARAM_PATH,
  PERCENT_PARAMS,
  SWITCHBOARD_PARAMS,
  switchboardDraft,
  switchboardInputFor,
  type DraftProblem,
  type MunicipalityDraft,
  type SwitchboardDraft,
} from '../../editing/people/switchboard-draft.ts';
import { useUndoableDraft } from '../../editing/people/use-undoable-draft.ts';
import { checkPeopleDraft, provenanceInput } from '../../editing/people/validate-people-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT, type Translate } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import type { FormError } from '../form-error-summary.tsx';
import { CallVolumeGrid } from './call-volume-grid.tsx';
import { PeopleFormBody, provenanceUpdater } from './people-form-body.tsx';
import './people-forms.css';

export interface SwitchboardInputsFormProps {
  caseId: string;
  /** The revision the page loaded; a reader sees the values without inputs to change them. */
  view: CaseView;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

const FORM = 'switchboard-inputs';
const IDS = {
  toBeSetBy: 'sb-provenance-to-be-set-by',
  document: 'sb-provenance-document',
  comment: 'sb-comment',
};

function problemMessage(problem: DraftProblem, t: Translate, labelOf: (path: string) => string): FormError {
  const message = {
    invalidNumber: t('edit.invalidNumber'),
    invalidTime: t('peopleForm.invalidTime'),
    missingCalls: t('peopleForm.missingCalls'),
  }[problem.kind];
  return {
    fieldId: problem.fieldId,
    message: t('edit.fieldError', { message, field: labelOf(problem.path) }),
  };
}

function withMunicipality(
  draft: SwitchboardDraft,
  number: string,
  change: (m: MunicipalityDraft) => MunicipalityDraft,
): SwitchboardDraft {
  return {
    ...draft,
    municipalities: draft.municipalities.map((m) => (m.municipalityNumber === number ? change(m) : m)),
  };
}

/** The switchboard's inputs: parameters, opening hours and a calls grid per municipality, saved as a revision. */
export function SwitchboardInputsForm({ caseId, view, saver, onSaved }: SwitchboardInputsFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const readOnly = view.role === 'reader';
  const { draft, canUndo, update, undo, reset } = useUndoableDraft(() => switchboardDraft(view.document));
  // The document the draft started from; what is unchanged since then is not the user's change.
  const [origin, setOrigin] = useState(view.document);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const base = saver.baseDocument;
  const interval = base.people.switchboard.intervalMinutes;
  const name = (id: string) => base.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
  const errorOn = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const { document: after, problems } = applySwitchboardDraft(base, draft, origin);
    const found = checkPeopleDraft(
      {
        before: base,
        after,
        provenance: draft.provenance,
        comment,
        local: problems.map((p) => problemMessage(p, t, (path) => fieldLabel(path, base, language))),
        prefix: 'people.switchboard',
        inputFor: (path) => switchboardInputFor(path, after, provenanceInput(IDS, draft.provenance)),
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
    reset({ ...switchboardDraft(after), provenance: draft.provenance });
    setOrigin(after);
    setComment('');
    onSaved(saved);
  }

  const fields = (
    <>
      <div className="people-form-params">
        {SWITCHBOARD_PARAMS.map((p) => {
          const id = fieldId(PARAM_PATH(p));
          const label = t(`peopleForm.param.${p}`);
          const error = errorOn(id);
          return (
            <Textfield
              key={p}
              id={id}
              label={PERCENT_PARAMS.has(p) ? t('peopleForm.percent', { label }) : label}
              inputMode="decimal"
              readOnly={readOnly}
              value={draft.params[p]}
              onChange={(e) => {
                const text = e.target.value;
                update(id, (d) => ({ ...d, params: { ...d.params, [p]: text } }));
              }}
              {...(error === undefined ? {} : { error })}
            />
          );
        })}
      </div>
      {draft.municipalities.map((m) => (
        <CallVolumeGrid
          key={m.municipalityNumber}
          municipality={m}
          name={name(m.municipalityNumber)}
          intervalMinutes={interval}
          readOnly={readOnly}
          invalid={(id) => errorOn(id) !== undefined}
          onHours={(weekday, edge, text) =>
            update(`hours-${m.municipalityNumber}-${weekday}-${edge}`, (d) =>
              withMunicipality(d, m.municipalityNumber, (x) => ({
                ...x,
                hours: { ...x.hours, [weekday]: { ...x.hours[weekday], [edge]: text } },
              })),
            )
          }
          onCalls={(key, text) =>
            update(`calls-${m.municipalityNumber}-${key}`, (d) =>
              withMunicipality(d, m.municipalityNumber, (x) => ({
                ...x,
                calls: { ...x.calls, [key]: text },
              })),
            )
          }
          onFill={(text) =>
            update(`fill-${m.municipalityNumber}-${text}`, (d) =>
              withMunicipality(d, m.municipalityNumber, (x) => fillAllOpen(x, text.trim(), interval)),
            )
          }
        />
      ))}
    </>
  );

  return (
    <section aria-labelledby="sb-inputs-heading" className="people-form">
      <Heading level={2} data-size="md" id="sb-inputs-heading">
        {t('peopleForm.switchboardHeading')}
      </Heading>
      {readOnly ? (
        <>
          <Alert data-color="info">
            <Paragraph>{t('peopleForm.readerNotice')}</Paragraph>
          </Alert>
          {fields}
        </>
      ) : (
        <>
          <PeopleFormBody
            intro={t('peopleForm.switchboardIntro')}
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
