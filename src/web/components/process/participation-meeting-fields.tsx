import { Button, Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { ParticipationKind } from '../../../case/schema/participation.ts';
import { useT } from '../../i18n/use-t.ts';
import {
  attendeeKey,
  meetingFieldId,
  type Attendee,
  type MeetingDraft,
  type MeetingField,
} from './participation-draft.ts';

export interface ParticipationMeetingFieldsProps {
  document: CaseDocument;
  index: number;
  meeting: MeetingDraft;
  options: readonly Attendee[];
  errorFor: (fieldId: string) => string | undefined;
  edit: (field: string, recipe: (meeting: MeetingDraft) => MeetingDraft) => void;
  onRemove: () => void;
}

/** One information or discussion meeting: kind, date, topic, participants with their union, outcome, minutes. */
export function ParticipationMeetingFields(props: ParticipationMeetingFieldsProps) {
  const { document, index, meeting, options, errorFor, edit, onRemove } = props;
  const t = useT();
  const number = index + 1;
  const id = (field: MeetingField) => meetingFieldId(index, field);
  const text = (field: 'date' | 'topic' | 'decided' | 'minutesReference', value: string) =>
    edit(field, (m) => ({ ...m, [field]: value }));
  const person = (a: Attendee) =>
    [
      t(`memberRole.${a.role}`),
      document.participants.find((p) => p.municipalityNumber === a.municipalityNumber)?.name,
    ]
      .filter(Boolean)
      .join(', ');
  const chosen = (option: Attendee) =>
    meeting.participants.find((p) => attendeeKey(p) === attendeeKey(option));
  const toggle = (option: Attendee, on: boolean) =>
    edit(`participant-${attendeeKey(option)}`, (m) => ({
      ...m,
      participants: on
        ? [...m.participants, option]
        : m.participants.filter((p) => attendeeKey(p) !== attendeeKey(option)),
    }));
  const setUnion = (option: Attendee, union: string) =>
    edit(`union-${attendeeKey(option)}`, (m) => ({
      ...m,
      participants: m.participants.map((p) => {
        if (attendeeKey(p) !== attendeeKey(option)) return p;
        const next: Attendee = { ...p };
        if (union === '') delete next.union;
        else next.union = union;
        return next;
      }),
    }));
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>{t('process.forms.meetingLegend', { number })}</Fieldset.Legend>
      <div className="row-fieldset__grid">
        <Field className="draft-field">
          <Label htmlFor={id('kind')}>{t('process.participation.kind')}</Label>
          <Select
            id={id('kind')}
            value={meeting.kind}
            width="auto"
            onChange={(event) => {
              const kind = ParticipationKind.options.find((k) => k === event.target.value);
              if (kind) edit('kind', (m) => ({ ...m, kind }));
            }}
          >
            {ParticipationKind.options.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`participationKind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={id('date')}
          className="draft-field"
          label={t('process.column.date')}
          description={t('process.forms.dateHint')}
          autoComplete="off"
          size={10}
          value={meeting.date}
          onChange={(event) => text('date', event.target.value)}
          error={errorFor(id('date'))}
        />
        <Textfield
          id={id('topic')}
          className="draft-field draft-field--wide"
          label={t('process.participation.topic')}
          value={meeting.topic}
          onChange={(event) => text('topic', event.target.value)}
          error={errorFor(id('topic'))}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('process.participation.participants')}</Fieldset.Legend>
        {options.map((option) => {
          const attendee = chosen(option);
          const key = attendeeKey(option);
          return (
            <div key={key} className="button-row">
              <Checkbox
                id={`${id('topic')}-participant-${key.replace('|', '-')}`}
                label={person(option)}
                value={key}
                checked={attendee !== undefined}
                onChange={(event) => toggle(option, event.target.checked)}
              />
              {attendee && (
                <Textfield
                  id={`${id('topic')}-union-${key.replace('|', '-')}`}
                  className="draft-field"
                  label={t('process.forms.union', { person: person(option) })}
                  value={attendee.union ?? ''}
                  onChange={(event) => setUnion(option, event.target.value)}
                />
              )}
            </div>
          );
        })}
      </Fieldset>
      <div className="row-fieldset__grid">
        <Textfield
          id={id('decided')}
          className="draft-field draft-field--wide"
          label={t('process.participation.decided')}
          multiline
          rows={2}
          value={meeting.decided}
          onChange={(event) => text('decided', event.target.value)}
          error={errorFor(id('decided'))}
        />
        <Textfield
          id={id('minutesReference')}
          className="draft-field"
          label={t('process.participation.minutes')}
          value={meeting.minutesReference}
          onChange={(event) => text('minutesReference', event.target.value)}
          error={errorFor(id('minutesReference'))}
        />
      </div>
      <Button variant="tertiary" onClick={onRemove}>
        {t('process.forms.removeMeeting', { number })}
      </Button>
    </Fieldset>
  );
}
