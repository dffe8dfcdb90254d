import { Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { localize } from '../../../case/process/localize.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { IsoDate } from '../../../case/schema/common.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import {
  changeFieldId,
  type ChangeField,
  type MeetingDraft,
  type StaffChangeDraft,
} from './participation-draft.ts';

export interface StaffChangeFieldsProps {
  document: CaseDocument;
  index: number;
  change: StaffChangeDraft;
  meetings: readonly MeetingDraft[];
  errorFor: (fieldId: string) => string | undefined;
  edit: (field: string, recipe: (change: StaffChangeDraft) => StaffChangeDraft) => void;
}

const toggled = (list: readonly string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

/** One change that moves staff: title, affected areas, the planned decision, the meetings about it. */
export function StaffChangeFields({
  document,
  index,
  change,
  meetings,
  errorFor,
  edit,
}: StaffChangeFieldsProps) {
  const t = useT();
  const { language } = useLanguage();
  const id = (field: ChangeField) => changeFieldId(index, field);
  const bodyName = (bodyId: string) => {
    const body = document.bodies.find((b) => b.id === bodyId);
    return body ? localize(body.name, language) : bodyId;
  };
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>{t('process.forms.changeLegend', { number: index + 1 })}</Fieldset.Legend>
      <div className="row-fieldset__grid">
        <Textfield
          id={id('title')}
          className="draft-field draft-field--wide"
          label={t('process.forms.changeTitle')}
          value={change.title}
          onChange={(event) => edit('title', (c) => ({ ...c, title: event.target.value }))}
          error={errorFor(id('title'))}
        />
        <Field className="draft-field">
          <Label htmlFor={id('decisionMeetingId')}>{t('process.forms.decisionMeeting')}</Label>
          <Select
            id={id('decisionMeetingId')}
            value={change.decisionMeetingId}
            width="auto"
            onChange={(event) =>
              edit('decisionMeetingId', (c) => ({ ...c, decisionMeetingId: event.target.value }))
            }
          >
            <Select.Option value="">{t('process.forms.noDecisionMeeting')}</Select.Option>
            {document.meetings.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {t('process.forms.meetingOption', {
                  date: formatPlanDate(m.date, language),
                  title: bodyName(m.bodyId),
                })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={id('decisionDate')}
          className="draft-field"
          label={t('process.forms.decisionDate')}
          description={t('process.edit.dateHint')}
          autoComplete="off"
          size={10}
          value={change.decisionDate}
          onChange={(event) => edit('decisionDate', (c) => ({ ...c, decisionDate: event.target.value }))}
          error={errorFor(id('decisionDate'))}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('process.forms.areas')}</Fieldset.Legend>
        <div className="button-row">
          {document.serviceAreas.map((area) => (
            <Checkbox
              key={area.id}
              id={`${id('title')}-area-${area.id}`}
              label={localize(area.name, language)}
              value={area.id}
              checked={change.serviceAreaIds.includes(area.id)}
              onChange={(event) =>
                edit(`area-${area.id}`, (c) => ({
                  ...c,
                  serviceAreaIds: toggled(c.serviceAreaIds, area.id, event.target.checked),
                }))
              }
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('process.forms.linkedMeetings')}</Fieldset.Legend>
        {meetings.length === 0 && <p>{t('process.forms.noMeetingsToLink')}</p>}
        {meetings.map((m, i) => (
          <Checkbox
            key={m.id}
            id={`${id('title')}-meeting-${m.id}`}
            label={t('process.forms.meetingOption', {
              // The draft's date may be half typed; it is shown as typed until it is a date.
              date: IsoDate.safeParse(m.date.trim()).success
                ? formatPlanDate(m.date.trim(), language)
                : m.date,
              title: m.topic.trim() === '' ? t('process.forms.meetingLegend', { number: i + 1 }) : m.topic,
            })}
            value={m.id}
            checked={change.meetingIds.includes(m.id)}
            onChange={(event) =>
              edit(`meeting-${m.id}`, (c) => ({
                ...c,
                meetingIds: toggled(c.meetingIds, m.id, event.target.checked),
              }))
            }
          />
        ))}
      </Fieldset>
    </Fieldset>
  );
}
