import { Heading, Input, Table } from '@digdir/designsystemet-react';
import { fieldLabel } from '../../../case/field-label.ts';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../api/types.ts';
import {
  ABSENCE_PARTS,
  absenceDraft,
  absenceId,
  applyAbsenceDraft,
  type AbsenceRowDraft,
} from '../../editing/people/absence-draft.ts';
import { emptyProvenance, type ProvenanceDraft } from '../../editing/people/people-draft-common.ts';
import { useUndoableDraft } from '../../editing/people/use-undoable-draft.ts';
import { checkPeopleDraft, provenanceInput } from '../../editing/people/validate-people-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { MISSING } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import type { FormError } from '../form-error-summary.tsx';
import { PeopleFormBody, provenanceUpdater } from './people-form-body.tsx';
import './people-forms.css';

export interface AbsenceRatesFormProps {
  caseId: string;
  /** The revision the page loaded; a reader sees the values without inputs to change them. */
  view: CaseView;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

interface Draft {
  rows: AbsenceRowDraft[];
  provenance: ProvenanceDraft;
}

const FORM = 'absence-rates';
const IDS = {
  toBeSetBy: 'ab-provenance-to-be-set-by',
  document: 'ab-provenance-document',
  comment: 'ab-comment',
};

/** Absence per service area and municipality in percent, saved as a revision. */
export function AbsenceRatesForm({ caseId, view, saver, onSaved }: AbsenceRatesFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const readOnly = view.role === 'reader';
  const { draft, canUndo, update, undo, reset } = useUndoableDraft<Draft>(() => ({
    rows: absenceDraft(view.document),
    provenance: emptyProvenance,
  }));
  // The document the draft started from; what is unchanged since then is not the user's change.
  const [origin, setOrigin] = useState(view.document);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const base = saver.baseDocument;
  const municipality = (id: string) => base.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
  const area = (id: string) => {
    const found = base.serviceAreas.find((a) => a.id === id);
    return found ? localized(found.name, language) : id;
  };
  if (draft.rows.length === 0) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const { document: after, problems } = applyAbsenceDraft(base, draft.rows, draft.provenance, origin);
    const local = problems.map((p) => ({
      fieldId: p.fieldId,
      message: t('edit.fieldError', {
        message: t(p.kind === 'invalidNumber' ? 'edit.invalidNumber' : 'peopleForm.missingPart'),
        field: fieldLabel(p.path, base, language),
      }),
    }));
    const found = checkPeopleDraft(
      {
        before: base,
        after,
        provenance: draft.provenance,
        comment,
        local,
        prefix: 'people.absenceRates',
        inputFor: () => provenanceInput(IDS, draft.provenance),
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
    reset({ rows: absenceDraft(after), provenance: draft.provenance });
    setOrigin(after);
    setComment('');
    onSaved(saved);
  }

  const table = (
    <div className="people-grid-scroll">
      <Table data-size="sm" border>
        <caption>{t('peopleForm.absenceCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('peopleForm.col.area')}</Table.HeaderCell>
            {ABSENCE_PARTS.map((part) => (
              <Table.HeaderCell key={part} scope="col" className="numeric">
                {t(`peopleForm.absence.${part}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {draft.rows.map((row, index) => (
            <Table.Row key={`${row.areaId}-${row.municipalityNumber}`}>
              <Table.HeaderCell scope="row">
                {area(row.areaId)}, {municipality(row.municipalityNumber)}
              </Table.HeaderCell>
              {ABSENCE_PARTS.map((part) => {
                const id = absenceId(row, part);
                return (
                  <Table.Cell key={part} className="numeric">
                    {/* Text for a reader, who sees no input fields (issue 17). */}
                    {readOnly ? (
                      row.values[part].trim() === '' ? (
                        MISSING
                      ) : (
                        row.values[part]
                      )
                    ) : (
                      <Input
                        id={id}
                        size={5}
                        inputMode="decimal"
                        aria-invalid={errors.some((e) => e.fieldId === id) || undefined}
                        aria-label={t('peopleForm.absenceCell', {
                          part: t(`peopleForm.absence.${part}`),
                          area: area(row.areaId),
                          municipality: municipality(row.municipalityNumber),
                        })}
                        value={row.values[part]}
                        onChange={(event) => {
                          const text = event.target.value;
                          update(id, (d) => ({
                            ...d,
                            rows: d.rows.map((r, i) =>
                              i === index ? { ...r, values: { ...r.values, [part]: text } } : r,
                            ),
                          }));
                        }}
                      />
                    )}
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );

  return (
    <section aria-labelledby="ab-inputs-heading" className="people-form">
      <Heading level={2} data-size="md" id="ab-inputs-heading">
        {t('peopleForm.absenceHeading')}
      </Heading>
      {readOnly ? (
        table
      ) : (
        <>
          <PeopleFormBody
            intro={t('peopleForm.absenceIntro')}
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
            {table}
          </PeopleFormBody>
        </>
      )}
    </section>
  );
}
