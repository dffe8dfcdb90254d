import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { localize } from '../../../case/process/localize.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { DecisionOutcome } from '../../../case/schema/participation.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { isApiError } from '../../api/api-error.ts';
import { saveRevision } from '../../api/cases-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ConflictAlert } from '../conflict-alert.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';
import {
  decisionFromDraft,
  withDecision,
  type DecisionDraft,
  type DecisionDraftError,
} from './decision-draft.ts';

export interface DecisionRecorderProps {
  caseId: string;
  document: CaseDocument;
  revision: number;
  onSaved: (revision: number) => void;
}

const ID = {
  meetingId: 'decision-meeting',
  pointNumber: 'decision-point',
  outcome: 'decision-outcome',
  amendedText: 'decision-amended-text',
  comment: 'decision-comment',
} as const;

/** Records one body's decision on one point of the recommendation as a new revision. */
export function DecisionRecorder({ caseId, document, revision, onSaved }: DecisionRecorderProps) {
  const t = useT();
  const { language } = useLanguage();
  const [draft, setDraft] = useState<DecisionDraft>({
    meetingId: '',
    pointNumber: '1',
    outcome: 'adopted',
    amendedText: '',
  });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const recommendation = document.resolutions[0];
  if (!recommendation) return null;
  const bodyName = (id: string) => {
    const body = document.bodies.find((b) => b.id === id);
    return body ? localize(body.name, language) : id;
  };
  const errorFor = (field: keyof typeof ID) => errors.find((e) => e.fieldId === ID[field])?.message;
  const MESSAGE: Record<DecisionDraftError, string> = {
    meetingId: t('process.decision.meetingRequired'),
    pointNumber: t('process.decision.point'),
    amendedText: t('process.decision.amendedRequired'),
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const result = decisionFromDraft(document, draft);
    const found: FormError[] =
      'errors' in result ? result.errors.map((e) => ({ fieldId: ID[e], message: MESSAGE[e] })) : [];
    if (comment.trim() === '')
      found.push({ fieldId: ID.comment, message: `${t('edit.comment')}: ${t('edit.commentRequired')}` });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || !('decision' in result)) return;
    setSaving(true);
    setFailure(null);
    setConflict(null);
    try {
      const saved = await saveRevision(caseId, {
        baseRevision: revision,
        comment: comment.trim(),
        document: withDecision(document, result.decision),
      });
      onSaved(saved.revision);
    } catch (error) {
      setSaving(false);
      if (isApiError(error) && error.code === 'conflict') setConflict(error.latestRevision ?? revision + 1);
      else setFailure(error);
    }
  }

  return (
    <section aria-labelledby="decision-heading" className="overview-section">
      <Heading level={3} data-size="sm" id="decision-heading">
        {t('process.decision.heading')}
      </Heading>
      <Paragraph>{t('process.decision.intro')}</Paragraph>
      {conflict !== null && (
        <ConflictAlert caseId={caseId} latest={conflict} base={revision} onRebase={() => onSaved(conflict)} />
      )}
      {failure !== null && <SaveFailedAlert error={failure} />}
      {errors.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('edit.errorSummary')} errors={errors} />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="decision-form">
        <Field>
          <Label htmlFor={ID.meetingId}>{t('process.decision.meeting')}</Label>
          <Select
            id={ID.meetingId}
            value={draft.meetingId}
            aria-invalid={errorFor('meetingId') ? true : undefined}
            onChange={(event) => setDraft({ ...draft, meetingId: event.target.value })}
          >
            <Select.Option value="">{t('process.decision.choose')}</Select.Option>
            {document.meetings.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {`${formatPlanDate(m.date, language)} – ${bodyName(m.bodyId)}`}
              </Select.Option>
            ))}
          </Select>
          {errorFor('meetingId') && <ValidationMessage>{errorFor('meetingId')}</ValidationMessage>}
        </Field>
        <Field>
          <Label htmlFor={ID.pointNumber}>{t('process.decision.point')}</Label>
          <Select
            id={ID.pointNumber}
            value={draft.pointNumber}
            width="auto"
            onChange={(event) => setDraft({ ...draft, pointNumber: event.target.value })}
          >
            {recommendation.points.map((p) => (
              <Select.Option key={p.number} value={String(p.number)}>
                {String(p.number)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={ID.outcome}>{t('process.decision.outcome')}</Label>
          <Select
            id={ID.outcome}
            value={draft.outcome}
            width="auto"
            onChange={(event) => {
              const parsed = DecisionOutcome.safeParse(event.target.value);
              if (parsed.success) setDraft({ ...draft, outcome: parsed.data });
            }}
          >
            {DecisionOutcome.options.map((o) => (
              <Select.Option key={o} value={o}>
                {t(`outcome.${o}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ID.amendedText}
          label={t('process.decision.amendedText')}
          multiline
          rows={3}
          value={draft.amendedText}
          onChange={(event) => setDraft({ ...draft, amendedText: event.target.value })}
          error={errorFor('amendedText')}
        />
        <Textfield
          id={ID.comment}
          label={t('edit.comment')}
          description={t('edit.commentHint')}
          multiline
          rows={2}
          required
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={errorFor('comment')}
        />
        <div className="button-row">
          <Button type="submit" loading={saving}>
            {t('process.decision.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
