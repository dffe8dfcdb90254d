import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMemo, useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useUnsavedChangesGuard } from '../../hooks/use-unsaved-changes-guard.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import {
  emptyDraft,
  liveWeights,
  pointsProblem,
  withPerson,
  type WeightingDraft,
} from '../../model/model-choice/weighting-draft.ts';
import type { FormError } from '../form-error-summary.tsx';
import { UnsavedChangesDialog } from '../unsaved-changes-dialog.tsx';
import { PairwiseInputs } from './pairwise-inputs.tsx';
import { PointsInputs } from './points-inputs.tsx';
import { SaveNotices } from './save-notices.tsx';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';

export interface WeightingFormProps {
  caseId: string;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** The revision the page loaded. */
  document: CaseDocument;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

const COMMENT_ID = 'weighting-comment';
const ROLE_ID = 'weighting-role';

/** The weighting form for one person at a time; saves a new revision with a comment, and never merges silently. */
export function WeightingForm({ caseId, saver, document, onSaved }: WeightingFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const baseDocument = saver.baseDocument;
  const firstSet = document.criteriaSets[document.criteriaSets.length - 1]?.id ?? '';
  const [draft, setDraft] = useState<WeightingDraft>(() => emptyDraft(firstSet));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = baseDocument.criteriaSets.find((s) => s.id === draft.criteriaSetId);
  const criteria = useMemo(
    () => (set?.criteria ?? []).map((c) => ({ id: c.id, name: localized(c.name, language) })),
    [set, language],
  );
  const ids = criteria.map((c) => c.id);
  const live = liveWeights(draft, ids);
  const session = baseDocument.weightingSessions.find((s) => s.criteriaSetId === draft.criteriaSetId);
  const dirty =
    draft.role !== '' || Object.keys(draft.points).length > 0 || Object.keys(draft.steps).length > 0;
  const guard = useUnsavedChangesGuard(dirty);
  const update = (change: Partial<WeightingDraft>) => setDraft((d) => ({ ...d, ...change }));

  // Each points field outside 0–100 or not a number, named as its label names it; never saved.
  const pointErrors: FormError[] =
    draft.method === 'points'
      ? criteria.flatMap((c, index) =>
          pointsProblem(draft.points[c.id] ?? '') === null
            ? []
            : [
                {
                  fieldId: `points-${index}`,
                  message: t('modelChoice.pointsInvalid', { criterion: c.name }),
                },
              ],
        )
      : [];

  function check(): FormError[] {
    const found: FormError[] = [];
    if (draft.role.trim() === '') found.push({ fieldId: ROLE_ID, message: t('modelChoice.roleRequired') });
    found.push(...pointErrors);
    if (pointErrors.length === 0 && live.weights === null)
      found.push({
        fieldId: draft.method === 'points' ? 'points-0' : 'pair-0',
        message: t(
          draft.method === 'points' ? 'modelChoice.weightsRequired' : 'modelChoice.judgementsRequired',
        ),
      });
    if (comment.trim() === '')
      found.push({
        fieldId: COMMENT_ID,
        message: `${t('modelChoice.comment')}: ${t('edit.commentRequired')}`,
      });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const found = check();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const saved = await saver.save(
      'weights',
      (doc) => withPerson(doc, draft, ids),
      comment.trim(),
      (r) => t('modelChoice.saved', { revision: r }),
    );
    if (saved === null) return;
    setDraft(emptyDraft(draft.criteriaSetId));
    setComment('');
    guard.allowNextNavigation();
    onSaved(saved);
  }

  return (
    <>
      <Paragraph>{t('modelChoice.weighIntro')}</Paragraph>
      <SaveNotices caseId={caseId} saver={saver} form="weights" errors={errors} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weighting-form">
        <Field>
          <Label htmlFor="weighting-set">{t('modelChoice.criteriaSet')}</Label>
          <Select
            id="weighting-set"
            value={draft.criteriaSetId}
            onChange={(event) => setDraft(emptyDraft(event.target.value))}
          >
            {baseDocument.criteriaSets.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {localized(s.name, language)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ROLE_ID}
          label={t('modelChoice.role')}
          description={t('modelChoice.roleHint')}
          required
          value={draft.role}
          onChange={(event) => update({ role: event.target.value })}
          {...(errors.some((e) => e.fieldId === ROLE_ID) ? { error: t('modelChoice.roleRequired') } : {})}
        />
        <Field>
          <Label htmlFor="weighting-municipality">{t('modelChoice.municipality')}</Label>
          <Select
            id="weighting-municipality"
            value={draft.municipalityNumber}
            onChange={(event) => update({ municipalityNumber: event.target.value })}
          >
            <Select.Option value="">{t('modelChoice.municipalityNone')}</Select.Option>
            {baseDocument.participants.map((p) => (
              <Select.Option key={p.municipalityNumber} value={p.municipalityNumber}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id="weighting-name"
          label={t('modelChoice.personName')}
          value={draft.name}
          autoComplete="off"
          onChange={(event) => update({ name: event.target.value })}
        />
        {session ? (
          <Paragraph data-size="sm">
            {t('modelChoice.aggregationFixed', {
              method: t(`modelChoice.aggregation.${session.aggregation}`),
            })}
          </Paragraph>
        ) : (
          <Fieldset>
            <Fieldset.Legend>{t('modelChoice.aggregation')}</Fieldset.Legend>
            {(['aip', 'aij'] as const).map((method) => (
              <Radio
                key={method}
                name="weighting-aggregation"
                value={method}
                label={t(`modelChoice.aggregation.${method}`)}
                checked={draft.aggregation === method}
                onChange={() => update({ aggregation: method })}
              />
            ))}
          </Fieldset>
        )}
        <Fieldset>
          <Fieldset.Legend>{t('modelChoice.method')}</Fieldset.Legend>
          {(['points', 'pairwise'] as const).map((method) => (
            <Radio
              key={method}
              name="weighting-method"
              value={method}
              label={t(`modelChoice.method.${method}`)}
              checked={draft.method === method}
              onChange={() => update({ method })}
            />
          ))}
        </Fieldset>
        <Heading level={3} data-size="xs">
          {set ? localized(set.name, language) : ''}
        </Heading>
        {draft.method === 'points' ? (
          <PointsInputs
            criteria={criteria}
            points={draft.points}
            live={live}
            errors={attempt > 0 ? pointErrors : []}
            onChange={(id, text) => update({ points: { ...draft.points, [id]: text } })}
          />
        ) : (
          <PairwiseInputs
            criteria={criteria}
            steps={draft.steps}
            live={live}
            onChange={(key, step) => {
              const steps = { ...draft.steps };
              if (step === undefined) delete steps[key];
              else steps[key] = step;
              update({ steps });
            }}
          />
        )}
        <Textfield
          id={COMMENT_ID}
          label={t('modelChoice.comment')}
          description={t('modelChoice.commentHint')}
          multiline
          rows={2}
          required
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          {...(errors.some((e) => e.fieldId === COMMENT_ID) ? { error: t('edit.commentRequired') } : {})}
        />
        <div className="button-row">
          <Button type="submit" loading={saver.saving}>
            {t('modelChoice.save')}
          </Button>
        </div>
        <p role="status" aria-live="polite" className="save-status">
          {saver.owner === 'weights' ? saver.status : ''}
        </p>
      </form>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </>
  );
}
