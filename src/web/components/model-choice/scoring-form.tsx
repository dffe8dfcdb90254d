import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { packageVerdicts } from '../../../case/model-choice/feasibility-matrix.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { DEFAULT_SCALE } from '../../../engine/decision/scoring/anchored-scale.ts';
import { legalModels } from '../../../engine/legal/registry.ts';
import { isUsable } from '../../../engine/legal/verdict.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { emptyScoring, withScores, type ScoringDraft } from '../../model/model-choice/scoring-draft.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { EmptyState } from '../empty-state.tsx';
import type { FormError } from '../form-error-summary.tsx';
import { SaveNotices } from './save-notices.tsx';

export interface ScoringFormProps {
  caseId: string;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** The revision the page loaded. */
  document: CaseDocument;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

const BY_ID = 'scoring-by';
const COMMENT_ID = 'scoring-comment';

function lawfulModelIds(document: CaseDocument, criteriaSetId: string): string[] {
  const session = document.weightingSessions.find((s) => s.criteriaSetId === criteriaSetId);
  const verdicts = packageVerdicts(document, session?.serviceAreaIds);
  return legalModels
    .filter((m) => verdicts[m.id] !== undefined && isUsable(verdicts[m.id]!.verdict))
    .map((m) => m.id);
}

/** Scores one lawful model on every criterion of a set on the anchored 1–5 scale; saves a new revision. */
export function ScoringForm({ caseId, saver, document, onSaved }: ScoringFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const doc = saver.baseDocument;
  const firstSet = document.criteriaSets[document.criteriaSets.length - 1]?.id ?? '';
  const [draft, setDraft] = useState<ScoringDraft>(() =>
    emptyScoring(firstSet, lawfulModelIds(document, firstSet)[0] ?? ''),
  );
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = doc.criteriaSets.find((s) => s.id === draft.criteriaSetId);
  const models = lawfulModelIds(doc, draft.criteriaSetId);
  const update = (change: Partial<ScoringDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saver.saving) return;
    const found: FormError[] = [];
    if (draft.scoredBy.trim() === '')
      found.push({ fieldId: BY_ID, message: t('modelChoice.scoredByRequired') });
    if (Object.keys(draft.scores).length === 0)
      found.push({ fieldId: 'score-0', message: t('modelChoice.scoresRequired') });
    if (comment.trim() === '')
      found.push({
        fieldId: COMMENT_ID,
        message: `${t('modelChoice.comment')}: ${t('edit.commentRequired')}`,
      });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const saved = await saver.save(
      'scores',
      (d) => withScores(d, draft),
      comment.trim(),
      (r) => t('modelChoice.scoresSaved', { revision: r }),
    );
    if (saved === null) return;
    setDraft(emptyScoring(draft.criteriaSetId, draft.modelId));
    setComment('');
    onSaved(saved);
  }

  return (
    <>
      <Paragraph>{t('modelChoice.scoreIntro')}</Paragraph>
      <SaveNotices caseId={caseId} saver={saver} form="scores" errors={errors} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weighting-form">
        <Field>
          <Label htmlFor="scoring-set">{t('modelChoice.criteriaSet')}</Label>
          <Select
            id="scoring-set"
            value={draft.criteriaSetId}
            onChange={(event) =>
              setDraft(emptyScoring(event.target.value, lawfulModelIds(doc, event.target.value)[0] ?? ''))
            }
          >
            {doc.criteriaSets.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {localized(s.name, language)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {models.length === 0 ? (
          <EmptyState message={t('modelChoice.noLawfulModels')} />
        ) : (
          <>
            <Field>
              <Label htmlFor="scoring-model">{t('modelChoice.scoreModel')}</Label>
              <Select
                id="scoring-model"
                value={draft.modelId}
                onChange={(event) => update({ modelId: event.target.value, scores: {} })}
              >
                {models.map((id) => {
                  const model = legalModels.find((m) => m.id === id);
                  return (
                    <Select.Option key={id} value={id}>
                      {model ? localized(model.name, language) : id}
                    </Select.Option>
                  );
                })}
              </Select>
            </Field>
            <Textfield
              id={BY_ID}
              label={t('modelChoice.scoredBy')}
              description={t('modelChoice.scoredByHint')}
              required
              value={draft.scoredBy}
              onChange={(event) => update({ scoredBy: event.target.value })}
              {...(errors.some((e) => e.fieldId === BY_ID)
                ? { error: t('modelChoice.scoredByRequired') }
                : {})}
            />
            <ol className="weight-rows">
              {(set?.criteria ?? []).map((c, index) => (
                <li key={c.id}>
                  <Field>
                    <Label htmlFor={`score-${index}`}>
                      {t('modelChoice.scoreFor', { criterion: localized(c.name, language) })}
                    </Label>
                    <Select
                      id={`score-${index}`}
                      value={String(draft.scores[c.id] ?? '')}
                      onChange={(event) => {
                        const scores = { ...draft.scores };
                        if (event.target.value === '') delete scores[c.id];
                        else scores[c.id] = Number(event.target.value);
                        update({ scores });
                      }}
                    >
                      <Select.Option value="">{t('modelChoice.scoreNone')}</Select.Option>
                      {DEFAULT_SCALE.anchors.map((anchor) => (
                        <Select.Option key={anchor.level} value={String(anchor.level)}>
                          {`${anchor.level} – ${localized(anchor.label, language)}`}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                </li>
              ))}
            </ol>
            <Textfield
              id="scoring-rationale"
              label={t('modelChoice.rationale')}
              multiline
              rows={2}
              value={draft.rationale}
              onChange={(event) => update({ rationale: event.target.value })}
            />
          </>
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
            {t('modelChoice.saveScores')}
          </Button>
        </div>
        <p role="status" aria-live="polite" className="save-status">
          {saver.owner === 'scores' ? saver.status : ''}
        </p>
      </form>
    </>
  );
}
