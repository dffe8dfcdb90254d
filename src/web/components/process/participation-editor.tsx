import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { fieldLabel } from '../../../case/field-label.ts';
import { useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useUndoableDraft } from '../../editing/use-undoable-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useRevisionSave } from '../../model/model-choice/use-revision-save.ts';
import type { FormError } from '../form-error-summary.tsx';
import { SaveNotices } from '../model-choice/save-notices.tsx';
import { ParticipationMeetingFields } from './participation-meeting-fields.tsx';
import {
  applyParticipationDraft,
  attendeeOptions,
  freshId,
  participationDraft,
  validateParticipationDraft,
  type ParticipationDraft,
} from './participation-draft.ts';
import { StaffChangeFields } from './staff-change-fields.tsx';
import { RevisionSaveSection } from '../revision-save-section.tsx';

export interface ParticipationEditorProps {
  caseId: string;
  document: CaseDocument;
  revision: number;
  /** Called with the new revision number after a save. */
  onSaved: (revision: number) => void;
}

const FORM = 'participation';
const COMMENT_ID = 'participation-comment';

/** Records meetings with union representatives and changes that move staff, with undo; saves a new revision. */
export function ParticipationEditor({ caseId, document, revision, onSaved }: ParticipationEditorProps) {
  const t = useT();
  const { language } = useLanguage();
  const saver = useRevisionSave(caseId, document, revision);
  const draft = useUndoableDraft<ParticipationDraft>(participationDraft(document));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const options = attendeeOptions(document);
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const { meetings, changes } = draft.draft;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const found: FormError[] = validateParticipationDraft(saver.baseDocument, draft.draft, language).map(
      (issue) => ({
        fieldId: issue.fieldId,
        message: `${fieldLabel(issue.path, saver.baseDocument, language)}: ${issue.message}`,
      }),
    );
    if (draft.draft === draft.saved) found.unshift({ message: t('edit.noChanges') });
    if (comment.trim() === '')
      found.push({ fieldId: COMMENT_ID, message: `${t('edit.comment')}: ${t('edit.commentRequired')}` });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const saved = await saver.save(
      FORM,
      (base) => applyParticipationDraft(base, draft.draft),
      comment.trim(),
      (r) => t('process.forms.saved', { revision: r }),
    );
    if (saved !== null) onSaved(saved);
  }

  return (
    <section aria-labelledby="participation-edit-heading" className="overview-section">
      <Heading level={2} data-size="md" id="participation-edit-heading">
        {t('process.forms.heading')}
      </Heading>
      <Paragraph>{t('process.forms.intro')}</Paragraph>
      <SaveNotices caseId={caseId} saver={saver} form={FORM} errors={errors} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)} className="participation-form">
        <Heading level={3} data-size="sm">
          {t('process.participation.meetings')}
        </Heading>
        {meetings.map((meeting, index) => (
          <ParticipationMeetingFields
            key={meeting.id}
            document={document}
            index={index}
            meeting={meeting}
            options={options}
            errorFor={errorFor}
            edit={(field, recipe) =>
              draft.update(`meeting-${meeting.id}-${field}`, (d) => ({
                ...d,
                meetings: d.meetings.map((m) => (m.id === meeting.id ? recipe(m) : m)),
              }))
            }
            onRemove={() =>
              draft.update(`remove-${meeting.id}`, (d) => ({
                meetings: d.meetings.filter((m) => m.id !== meeting.id),
                changes: d.changes.map((c) => ({
                  ...c,
                  meetingIds: c.meetingIds.filter((id) => id !== meeting.id),
                })),
              }))
            }
          />
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            draft.update(`add-meeting-${meetings.length}`, (d) => ({
              ...d,
              meetings: [
                ...d.meetings,
                {
                  id: freshId(
                    'medvirkning',
                    [...document.participationMeetings, ...d.meetings].map((m) => m.id),
                  ),
                  kind: 'informationAndDiscussion',
                  date: '',
                  topic: '',
                  participants: [],
                  decided: '',
                  minutesReference: '',
                },
              ],
            }))
          }
        >
          {t('process.forms.addMeeting')}
        </Button>
        <Heading level={3} data-size="sm">
          {t('process.participation.staffChanges')}
        </Heading>
        {changes.map((change, index) => (
          <StaffChangeFields
            key={change.id}
            document={document}
            index={index}
            change={change}
            meetings={meetings}
            errorFor={errorFor}
            edit={(field, recipe) =>
              draft.update(`change-${change.id}-${field}`, (d) => ({
                ...d,
                changes: d.changes.map((c) => (c.id === change.id ? recipe(c) : c)),
              }))
            }
          />
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            draft.update(`add-change-${changes.length}`, (d) => ({
              ...d,
              changes: [
                ...d.changes,
                {
                  id: freshId(
                    'endring',
                    [...document.staffChanges, ...d.changes].map((c) => c.id),
                  ),
                  title: '',
                  serviceAreaIds: [],
                  decisionMeetingId: '',
                  decisionDate: '',
                  meetingIds: [],
                },
              ],
            }))
          }
        >
          {t('process.forms.addChange')}
        </Button>
        <RevisionSaveSection
          headingId="participation-save-heading"
          headingLevel={3}
          commentId={COMMENT_ID}
          comment={comment}
          onComment={setComment}
          commentError={errorFor(COMMENT_ID)}
          saving={saver.saving}
          saveLabel={t('process.forms.save')}
          undoLabel={t('process.forms.undo')}
          canUndo={draft.canUndo}
          onUndo={() => {
            draft.undo();
            setStatus(t('edit.undone'));
          }}
          status={saver.owner === FORM && saver.status !== '' ? saver.status : status}
        />
      </form>
    </section>
  );
}
