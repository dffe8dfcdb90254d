import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { saveRevision } from '../../api/cases-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';
import { calendarPeriods, parseDueDay, withCalendar, type CalendarFrequency } from './budget-calendar.ts';

export interface BudgetCalendarFormProps {
  caseId: string;
  document: CaseDocument;
  revision: number;
  unitId: string;
  year: number;
  /** Called with the new revision number after a save. */
  onSaved: (revision: number) => void;
}

const DUE_DAY_ID = 'budget-calendar-due-day';
const COMMENT_ID = 'budget-calendar-comment';

/**
 * Sets the a-konto calendar of one budget year: quarterly or monthly, on one day of the month. Saved as the
 * budget's `aKontoPeriods` through the normal revision save (validation, conflicts), with a comment.
 */
export function BudgetCalendarForm({
  caseId,
  document,
  revision,
  unitId,
  year,
  onSaved,
}: BudgetCalendarFormProps) {
  const t = useT();
  const [frequency, setFrequency] = useState<CalendarFrequency>('quarterly');
  const [dueDay, setDueDay] = useState('20');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const day = parseDueDay(dueDay);
    const found: FormError[] = [];
    if (day === null) found.push({ fieldId: DUE_DAY_ID, message: t('budget.calendar.dueDayInvalid') });
    if (comment.trim() === '')
      found.push({ fieldId: COMMENT_ID, message: t('budget.calendar.commentRequired') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || day === null) return;
    setFailure(null);
    setSaving(true);
    try {
      const saved = await saveRevision(caseId, {
        baseRevision: revision,
        comment: comment.trim(),
        document: withCalendar(document, unitId, year, calendarPeriods(year, frequency, day)),
      });
      setStatus(t('budget.calendar.saved', { revision: saved.revision }));
      onSaved(saved.revision);
    } catch (error) {
      setSaving(false);
      // A conflict, invalid data or a lost session: the form stays as typed, and the alert says why.
      setFailure(error);
    }
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="budget-calendar-form">
      <Heading level={3} data-size="sm">
        {t('budget.calendar.heading')}
      </Heading>
      {failure !== null && <SaveFailedAlert error={failure} />}
      {errors.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('budget.calendar.errors')} errors={errors} />
      )}
      <Fieldset>
        <Fieldset.Legend>{t('budget.calendar.frequency')}</Fieldset.Legend>
        <Radio
          name="frequency"
          value="quarterly"
          label={t('budget.calendar.quarterly')}
          checked={frequency === 'quarterly'}
          onChange={() => setFrequency('quarterly')}
        />
        <Radio
          name="frequency"
          value="monthly"
          label={t('budget.calendar.monthly')}
          checked={frequency === 'monthly'}
          onChange={() => setFrequency('monthly')}
        />
      </Fieldset>
      <Textfield
        id={DUE_DAY_ID}
        label={t('budget.calendar.dueDay')}
        description={t('budget.calendar.dueDayHint')}
        inputMode="numeric"
        autoComplete="off"
        size={4}
        value={dueDay}
        onChange={(event) => setDueDay(event.target.value)}
        error={errorFor(DUE_DAY_ID)}
      />
      <Textfield
        id={COMMENT_ID}
        label={t('budget.calendar.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={errorFor(COMMENT_ID)}
      />
      <Button type="submit" aria-disabled={saving}>
        {t('budget.calendar.save')}
      </Button>
      <Paragraph role="status" data-size="sm">
        {status}
      </Paragraph>
    </form>
  );
}
